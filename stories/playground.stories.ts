import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { STARTING_POINTS } from './playground/journey-playground.js';
import { embedSnippet } from './playground/snippet.js';
import './playground/event-log-miner.js';
import exampleLog from '../test/fixtures/events/mortgage-events.csv?raw';
import { elementIn, textOf, waitForPart } from './support/play.js';

interface PlaygroundArgs {
  start: string;
}

/**
 * A JSON editor next to a live `<journey-map>`. Every keystroke re-validates the journey and
 * lists the issues with their JSON paths; "Copy embed snippet" gives the HTML for a CMS page.
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

/** Sets the editor's text the way typing does (one `input` event). */
function typeInto(textarea: HTMLTextAreaElement, text: string): void {
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
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
    const editor = root.querySelector<HTMLTextAreaElement>('#json')!;
    const validity = root.querySelector('#validity')!;
    const map = root.querySelector('journey-map')!;

    await step('the example journey renders', async () => {
      await expect(textOf(validity)).toBe('Valid journey: 12 touchpoints');
      await expect(textOf(await waitForPart(map, 'title'))).toBe('Een huis kopen met een hypotheek');
    });

    await step('typing re-validates and lists issues with their paths', async () => {
      const broken = JSON.parse(editor.value);
      broken.touchpoints[2].phase = 'nowhere';
      broken.touchpoints[3].emotions = [{ score: 12 }];
      typeInto(editor, JSON.stringify(broken, null, 2));
      await waitFor(() => expect(textOf(validity)).toBe('2 issues to fix'));
      const issues = textOf(root.querySelector('.issues'));
      await expect(issues).toContain('touchpoints[2].phase');
      await expect(issues).toContain('touchpoints[3].emotions[0].score');
      await expect(editor.getAttribute('aria-invalid')).toBe('true');
      // The map keeps the last valid version.
      await expect(textOf(await waitForPart(map, 'title'))).toBe('Een huis kopen met een hypotheek');
    });

    await step('a blank journey from the generic one', async () => {
      await userEvent.selectOptions(root.querySelector('#start')!, 'blank');
      await waitFor(() => expect(textOf(validity)).toBe('Valid journey: 7 touchpoints'));
      await waitFor(async () => expect(textOf(await waitForPart(map, 'title'))).toBe('Mijn klantreis'));
    });

    await step('the embed snippet escapes </script inside the JSON', async () => {
      const journey = JSON.parse(editor.value);
      journey.title = 'Quote: </script><script>alert(1)</script>';
      typeInto(editor, JSON.stringify(journey, null, 2));
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
      await userEvent.click(root.querySelector('button')!);
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
    await expect(textOf(playground.shadowRoot!.querySelector('#validity'))).toBe('Valid journey: 7 touchpoints');
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
