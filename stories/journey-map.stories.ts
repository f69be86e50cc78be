import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  BRAND_THEME,
  DARK_PAGE,
  NARROW,
  dense,
  generic,
  healthClaim,
  invalidJourney,
  longLabels,
  mortgage,
  noTouchpoints,
} from './support/journeys.js';
import './support/live-journey.js';
import { elementIn, parts, shadowText, textOf, waitForPart, langOf, shadowNodeCount } from './support/play.js';

interface MapArgs {
  journey?: unknown;
  src?: string;
  base?: unknown;
  baseSrc?: string;
  persona?: string;
  lanes?: string;
  noToolbar?: boolean;
  summary?: string;
  lang?: 'auto' | 'nl' | 'en';
  onJourneyLoad?: (event: Event) => void;
  onJourneyError?: (event: Event) => void;
  onJourneyTouchpointSelect?: (event: Event) => void;
}

const meta = {
  title: 'Elements/journey-map',
  component: 'journey-map',
  args: { journey: mortgage, persona: 'all', lang: 'auto', noToolbar: false },
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['auto', 'nl', 'en'],
      description:
        "The `lang` attribute: the language of the built-in texts (else the journey's locale, then the page's).",
    },
    persona: { control: 'text' },
    lanes: { control: 'text' },
  },
  render: (args) =>
    html`<journey-map
      .journey=${args.journey}
      src=${ifDefined(args.src || undefined)}
      .base=${args.base}
      base-src=${ifDefined(args.baseSrc || undefined)}
      persona=${args.persona ?? 'all'}
      lanes=${ifDefined(args.lanes || undefined)}
      ?no-toolbar=${args.noToolbar}
      summary=${ifDefined(args.summary || undefined)}
      lang=${ifDefined(langOf(args.lang))}
      @journey-load=${args.onJourneyLoad}
      @journey-error=${args.onJourneyError}
      @journey-touchpoint-select=${args.onJourneyTouchpointSelect}
    ></journey-map>`,
} satisfies Meta<MapArgs>;
export default meta;
type Story = StoryObj<MapArgs>;

/** The Dutch mortgage journey with both personas overlaid. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const title = await waitForPart(map, 'title');
    await expect(textOf(title)).toBe('Een huis kopen met een hypotheek');
    await expect(parts(map, 'error')).toHaveLength(0);
  },
};

/** Every persona's emotion on one map, each with its own colour and dash. */
export const AllPersonasOverlaid: Story = {
  args: { persona: 'all' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const legend = await waitForPart(map, 'legend');
    await expect(textOf(legend)).toContain('Starter');
    await expect(textOf(legend)).toContain('Doorstromer');
  },
};

/** One persona only (`persona="starter"`). */
export const OnePersona: Story = {
  args: { persona: 'starter' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const legend = await waitForPart(map, 'legend');
    await expect(textOf(legend)).toContain('Starter');
    await expect(textOf(legend)).not.toContain('Doorstromer');
  },
};

/** Dutch: the journey's own locale (`nl-NL`) sets the built-in texts. */
export const Dutch: Story = {
  args: { lang: 'nl' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'summary');
    await expect(shadowText(map)).toContain('Samenvatting');
  },
};

/** English: the health-claim journey (`en-GB`). */
export const English: Story = {
  args: { journey: healthClaim, lang: 'en' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const title = await waitForPart(map, 'title');
    await expect(textOf(title)).toBe('Getting a medical bill reimbursed');
    await expect(shadowText(map)).toContain('Summary');
  },
};

/** The same Dutch data with English built-in texts (`lang="en"` on the element wins). */
export const DutchDataEnglishInterface: Story = {
  args: { lang: 'en' },
};

/** Dark: the elements follow the page's `color-scheme`. */
export const Dark: Story = {
  decorators: [(story) => html`<div style=${DARK_PAGE}>${story()}</div>`],
};

/** A bank's own brand through `--journey-*` custom properties on an ancestor. */
export const BrandTheme: Story = {
  decorators: [(story) => html`<div style=${BRAND_THEME}>${story()}</div>`],
};

/** Compare mode: the mortgage journey against the generic product journey it extends. */
export const CompareGenericVsSpecific: Story = {
  args: { base: generic },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'badge');
    await expect(shadowText(map)).toContain(generic.title);
  },
};

/** Only some lanes, in the author's order (`lanes="touchpoints emotion nps"`). */
export const ChosenLanes: Story = {
  args: { lanes: 'touchpoints emotion nps' },
};

/** Loaded from a URL (`src="/journeys/health-claim-en.json"`). */
export const FromSrc: Story = {
  args: { journey: undefined, src: '/journeys/health-claim-en.json' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const title = await waitForPart(map, 'title', 10_000);
    await expect(textOf(title)).toBe('Getting a medical bill reimbursed');
  },
};

/** No journey at all: a calm empty state, never a blank area. */
export const Empty: Story = {
  args: { journey: undefined },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'status');
  },
};

/** A valid journey that has phases but no touchpoints yet. */
export const NoTouchpoints: Story = {
  args: { journey: noTouchpoints },
};

/** An invalid journey: every issue with its JSON path, in place, and one `journey-error`. */
export const Invalid: Story = {
  args: { journey: invalidJourney, lang: 'en' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const panel = await waitForPart(map, 'error');
    await expect(panel.getAttribute('role')).toBe('alert');
    await expect(textOf(panel)).toContain('touchpoints[0].phase');
    await expect(textOf(panel)).toContain('touchpoints[0].emotions[0].score');
    await expect(textOf(panel)).toContain('touchpoints[0].links[0].href');
  },
};

/** Long titles, labels, persona names and Dutch compound words wrap instead of overflowing. */
export const LongLabels: Story = {
  args: { journey: longLabels() },
};

/**
 * 1,000 touchpoints: only the columns near the viewport are rendered. Above 200 touchpoints the
 * keyboard starts at the phase level: the tab stop is a phase, read as a summary of its
 * touchpoints; Enter goes into them, Escape comes back.
 */
export const Dense: Story = {
  args: { journey: dense },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'grid', 15_000);
    // Level of detail: far fewer cells than 1,000 touchpoints × lanes.
    await waitFor(() => expect(parts(map, 'cell').length).toBeGreaterThan(0));
    await expect(shadowNodeCount(map)).toBeLessThan(5000);
    const stop = map.shadowRoot!.querySelector('.grid [tabindex="0"]')!;
    await expect(stop.getAttribute('role')).toBe('columnheader');
    await expect(stop.getAttribute('aria-description')).toMatch(/^Phase 1, phase 1 of \d+: /);
  },
};

/** Right to left: the journey starts on the right, lane headers and arrows follow; the words still read. */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'grid');
    const cell = (col: number) =>
      map.shadowRoot!.querySelector(`[role="gridcell"][data-col="${col}"][data-lane="0"]`)!.getBoundingClientRect();
    await expect(cell(0).left).toBeGreaterThan(cell(1).right - 1);
  },
};

/** Live NPS: a fresh journey is assigned every 2 s, as a BI feed would. */
export const LiveNps: Story = {
  args: { journey: undefined, lanes: 'touchpoints nps' },
  tags: ['!autodocs'],
  decorators: [(story) => html`<story-live-journey>${story()}</story-live-journey>`],
  play: async ({ canvasElement, userEvent }) => {
    const live = elementIn(canvasElement, 'story-live-journey');
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'grid');
    const button = (name: string) =>
      [...live.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).startsWith(name)) as HTMLButtonElement;
    await userEvent.click(button('Pause'));
    await expect(live.running).toBe(false);
    const before = live.round;
    await userEvent.click(button('Next survey round'));
    await expect(live.round).toBe(before + 1);
    await waitFor(() => expect((map.journey as { touchpoints: unknown[] }).touchpoints).toHaveLength(12));
  },
};

/** A 375 px wide phone: below 600 px of its own width the map turns vertical. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const figure = await waitForPart(map, 'figure');
    await waitFor(() => expect(figure.classList.contains('vertical')).toBe(true));
  },
};

/**
 * 1,000 touchpoints on a phone: the narrow map of a long journey is a tree grid of phases, each
 * with its touchpoint count; a click (or → / Enter) opens one to its touchpoints, 60 at a time.
 */
export const NarrowLongJourney: Story = {
  args: { journey: dense },
  tags: ['!autodocs'],
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
  play: async ({ canvasElement, userEvent }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'figure', 15_000);
    const tree = await waitFor(() => {
      const found = map.shadowRoot!.querySelector('[role="treegrid"]');
      if (!found) throw new Error('no tree grid yet');
      return found;
    });
    const phases = [...tree.querySelectorAll<HTMLElement>('.v-phase-cell')];
    await expect(phases.length).toBeGreaterThan(1);
    await expect(tree.querySelectorAll('.v-cell')).toHaveLength(0);
    await userEvent.click(phases[0]!);
    await waitFor(() => expect(tree.querySelectorAll('.v-cell').length).toBe(60));
    await expect(phases[0]!.closest('[role="row"]')!.getAttribute('aria-expanded')).toBe('true');
  },
};
