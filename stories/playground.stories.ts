import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { forEachDiagnostic } from '@codemirror/lint';
import { type JourneyPlayground, STARTING_POINTS } from './playground/journey-playground.js';
import { generic } from './support/journeys.js';
import { embedSnippet } from './playground/snippet.js';
import './playground/event-log-miner.js';
import exampleLog from '../test/fixtures/events/mortgage-events.csv?raw';
import { elementIn, textOf, waitForPart } from './support/play.js';

interface PlaygroundArgs {
  start: string;
}

/**
 * Two-way: a JSON code editor next to a live `<journey-map editable>` and `<emotion-curve
 * editable>`. The JSON is checked against the journey's JSON Schema and by `parseJourney` as you
 * type, each problem marked where it is; after a short pause the map follows (an invalid text
 * leaves it on the last valid journey). An edit on the map or the curve (`journey-change`) writes
 * the JSON. "Download JSON" and "Copy embed snippet" use the edited journey; "New journey" starts
 * from the generic template.
 */
const meta = {
  title: 'Playground',
  tags: ['!autodocs'],
  args: { start: 'mortgage' },
  argTypes: {
    start: {
      control: 'select',
      options: STARTING_POINTS.map((p) => p.id),
      description: 'The journey the editor starts with.',
    },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<div style="padding: 1rem 1.25rem"><journey-playground start=${args.start}></journey-playground></div>`,
} satisfies Meta<PlaygroundArgs>;
export default meta;
type Story = StoryObj<PlaygroundArgs>;

/** Sets the editor's text the way typing does (one change of the code editor). */
function typeInto(playground: JourneyPlayground, text: string): void {
  playground.editor!.replaceText(text);
}

/** The underlined problems in the code editor: the marked text and the message of each. */
function markedProblems(playground: JourneyPlayground): string[] {
  const marks: string[] = [];
  forEachDiagnostic(playground.editor!.view.state, (d, from, to) => {
    marks.push(`${playground.text.slice(from, to)} ${d.message}`);
  });
  return marks;
}

/** The designers' playground. */
export const Playground: Story = {};

/**
 * The playground's behaviour, checked in CI: validation on every keystroke, the blank template,
 * the escaped embed snippet and the copy button. Hidden from the sidebar (`!dev`) so designers
 * never see it drive the editor.
 */
export const PlaygroundChecks: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, userEvent, step }) => {
    const playground = elementIn(canvasElement, 'journey-playground');
    const root = playground.shadowRoot!;
    const validity = () => root.querySelector('#validity')!;
    const map = root.querySelector('journey-map')!;
    const curve = root.querySelector('emotion-curve')!;

    await step('the example journey renders in the code editor, the map and the curve', async () => {
      await waitFor(() => expect(textOf(validity())).toBe('Valid journey: 12 touchpoints'));
      await expect(textOf(await waitForPart(map, 'title'))).toBe('Een huis kopen met een hypotheek');
      await expect(root.querySelector('.cm-editor .cm-content')!.getAttribute('aria-label')).toBe('Journey JSON');
      await expect(JSON.parse(playground.text).id).toBe('mortgage-starter');
      await expect(map.hasAttribute('editable') && curve.hasAttribute('editable')).toBe(true);
    });

    await step('typing re-validates, lists the issues and marks each one at its path', async () => {
      const broken = JSON.parse(playground.text);
      broken.touchpoints[2].phase = 'nowhere';
      broken.touchpoints[3].emotions = [{ score: 12 }];
      typeInto(playground, JSON.stringify(broken, null, 2));
      await waitFor(() => expect(textOf(validity())).toBe('2 issues to fix'));
      const issues = textOf(root.querySelector('.issues'));
      await expect(issues).toContain('touchpoints[2].phase');
      await expect(issues).toContain('touchpoints[3].emotions[0].score');
      await expect(root.querySelector('.cm-content')!.getAttribute('aria-invalid')).toBe('true');
      // The schema finds the score (maximum 5), parseJourney the unknown phase: both marked on
      // their own value in the text.
      await waitFor(() => expect(markedProblems(playground), markedProblems(playground).join(' | ')).toHaveLength(2));
      const marks = markedProblems(playground);
      await expect(marks.some((m) => m.startsWith('12 '))).toBe(true);
      await expect(marks.some((m) => m.startsWith('"nowhere" touchpoints[2].phase: unknown phase'))).toBe(true);
      // The map keeps the last valid version.
      await expect(textOf(await waitForPart(map, 'title'))).toBe('Een huis kopen met een hypotheek');
      await expect(textOf(root.querySelector('.stale'))).toContain('last valid version');
      // An issue is a button that puts the cursor on it.
      root.querySelector<HTMLButtonElement>('.issues button')!.click();
      const { from, to } = playground.editor!.view.state.selection.main;
      await expect(playground.text.slice(from, to)).toBe('12');
    });

    await step('a field the model does not know is marked once, on its name', async () => {
      const journey = STARTING_POINTS[0].journey() as Record<string, unknown> & { touchpoints: object[] };
      journey.touchpoints[1] = { ...journey.touchpoints[1], bogus: 1 };
      typeInto(playground, JSON.stringify(journey, null, 2));
      await waitFor(() => expect(textOf(validity())).toBe('1 issue to fix'));
      await waitFor(() => expect(markedProblems(playground), markedProblems(playground).join(' | ')).toHaveLength(1));
      await expect(markedProblems(playground)[0]).toMatch(/^"bogus" /);
    });

    await step('a JSON syntax error is marked where the text breaks', async () => {
      typeInto(playground, '{ "version": 1, "id": }');
      await waitFor(() => expect(textOf(validity())).toBe('1 issue to fix'));
      await waitFor(() => expect(markedProblems(playground)).toHaveLength(1));
    });

    await step('the JSON edits, the map follows', async () => {
      const journey = STARTING_POINTS[0].journey();
      journey.title = 'Een huis kopen, bewerkt';
      typeInto(playground, JSON.stringify(journey, null, 2));
      await waitFor(async () => expect(textOf(await waitForPart(map, 'title'))).toBe('Een huis kopen, bewerkt'));
      await expect(markedProblems(playground)).toEqual([]);
    });

    await step('an edit on the curve (journey-change) writes the JSON and keeps the cursor', async () => {
      const before = JSON.parse(playground.text);
      // Put the cursor in the title (near the start of the text): it must stay there.
      const titleAt = playground.text.indexOf('Een huis kopen, bewerkt');
      playground.editor!.view.dispatch({ selection: { anchor: titleAt + 4 } });
      const edited = structuredClone(before);
      edited.touchpoints[2].emotions[0].score = 4;
      curve.dispatchEvent(
        new CustomEvent('journey-change', {
          bubbles: true,
          composed: true,
          detail: {
            journey: edited,
            patch: [{ op: 'replace', path: '/touchpoints/2/emotions/0/score', value: 4 }],
            label: 'Emotie van Starter bij Adviesgesprek: +3 → +4',
          },
        }),
      );
      await expect(JSON.parse(playground.text)).toEqual(edited);
      await expect(playground.editor!.view.state.selection.main.head).toBe(titleAt + 4);
      await waitFor(() => expect(textOf(root.querySelector('.last-change'))).toContain('+3 → +4'));
      await expect(textOf(validity())).toBe('Valid journey: 12 touchpoints');
      // The snippet and the download are the edited journey.
      await expect(playground.snippet).toBe(embedSnippet(edited));
      await expect(JSON.parse(playground.download)).toEqual(edited);
      await expect(playground.downloadName).toBe('mortgage-starter.json');
    });

    await step('"New journey" starts from the generic template', async () => {
      await userEvent.click(root.querySelector<HTMLButtonElement>('.new-journey')!);
      await waitFor(() => expect(textOf(validity())).toBe('Valid journey: 7 touchpoints'));
      await waitFor(async () => expect(textOf(await waitForPart(map, 'title'))).toBe('Mijn klantreis'));
      const journey = JSON.parse(playground.text);
      await expect(journey.extends).toBe(generic.id);
      await expect(generic.kind).toBe('generic');
      await expect(root.querySelector<HTMLSelectElement>('#start')!.value).toBe('blank');
    });

    await step('the embed snippet escapes </script inside the JSON', async () => {
      const journey = JSON.parse(playground.text);
      journey.title = 'Quote: </script><script>alert(1)</script>';
      typeInto(playground, JSON.stringify(journey, null, 2));
      await waitFor(() => expect(playground.snippet).toBe(embedSnippet(journey)));
      await playground.updateComplete;
      const snippet = root.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      await expect(snippet).toBe(embedSnippet(journey));
      await expect(
        snippet.startsWith('<script src="/assets/klantreis/klantreis.min.js" defer></script>\n<journey-map>'),
      ).toBe(true);
      await expect(snippet.match(/<\/script/gi)).toHaveLength(2);
      await expect(snippet).toContain('Quote: <\\/script><script>alert(1)<\\/script>');
      // What the CMS page's parser reads back is the same journey.
      const inline = inlineJsonOf(snippet);
      await expect(JSON.parse(inline)).toEqual(journey);
    });

    await step('copy gives feedback either way', async () => {
      await userEvent.click(root.querySelector<HTMLButtonElement>('button.copy')!);
      await waitFor(() => expect(textOf(root.querySelector('.copy-state'))).not.toBe(''));
    });
  },
};

/**
 * The inline JSON of a snippet as the HTML parser reads it: the script element's text runs to the
 * first `</script` (case-insensitive).
 */
function inlineJsonOf(snippet: string): string {
  const open = '<script type="application/json">';
  const start = snippet.indexOf(open) + open.length;
  return snippet.slice(start, start + snippet.slice(start).search(/<\/script/i));
}

/** Starting from the blank journey. */
export const BlankJourney: Story = {
  args: { start: 'blank' },
  play: async ({ canvasElement }) => {
    const playground = elementIn(canvasElement, 'journey-playground');
    await waitFor(() =>
      expect(textOf(playground.shadowRoot!.querySelector('#validity'))).toBe('Valid journey: 7 touchpoints'),
    );
  },
};

/**
 * Drop a CSV event log: the columns are guessed from their names, `mineCsv` turns the log into
 * a journey (directly-follows transitions, drop-off, channels, durations, emotion and NPS) and
 * the map shows it. "Use the example log" loads a small mortgage log.
 */
export const FromAnEventLog: Story = {
  render: () => html`<div style="padding: 1rem 1.25rem">
    <event-log-miner>
      <button slot="sample" type="button" @click=${(e: Event) => {
        const miner = (e.target as HTMLElement).closest('event-log-miner')!;
        miner.load(exampleLog, 'mortgage-events.csv');
      }}>Use the example log</button>
    </event-log-miner>
  </div>`,
  play: async ({ canvasElement, step }) => {
    const miner = elementIn(canvasElement, 'event-log-miner');
    await step('the example log is loaded and its columns guessed', async () => {
      canvasElement.querySelector<HTMLButtonElement>('button[slot="sample"]')!.click();
      await miner.updateComplete;
      const selects = [...miner.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')];
      await expect(selects.map((s) => s.value).slice(0, 3)).toEqual(['case', 'activity', 'time']);
    });
    await step('mining (on a worker) shows the journey in a map', async () => {
      await miner.mine();
      await miner.updateComplete;
      await expect(textOf(miner.shadowRoot!.querySelector('[role="status"], .status'))).toContain('on a worker');
      const map = miner.shadowRoot!.querySelector('journey-map')!;
      await waitFor(() =>
        expect(map.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim()).toBe('mortgage-events'),
      );
    });
  },
};
