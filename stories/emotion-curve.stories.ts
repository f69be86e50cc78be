import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { CURVE_KINDS } from '../src/components/emotion-curve/emotion-curve.js';
import {
  BRAND_THEME,
  DARK_PAGE,
  NARROW,
  dense,
  healthClaim,
  invalidJourney,
  longLabels,
  mortgage,
  noTouchpoints,
} from './support/journeys.js';
import './support/live-journey.js';
import monitored from '../test/fixtures/nps-periods.json';
import { elementIn, parts, textOf, waitForPart, langOf, shadowNodeCount } from './support/play.js';

interface CurveArgs {
  journey?: unknown;
  src?: string;
  persona?: string;
  curve?: string;
  period?: string;
  comparePeriod?: string;
  lang?: 'auto' | 'nl' | 'en';
  onJourneyLoad?: (event: Event) => void;
  onJourneyError?: (event: Event) => void;
  onJourneyTouchpointSelect?: (event: Event) => void;
}

const meta = {
  title: 'Elements/emotion-curve',
  component: 'emotion-curve',
  args: { journey: mortgage, persona: 'all', curve: 'monotone', lang: 'auto' },
  argTypes: {
    curve: { control: 'inline-radio', options: [...CURVE_KINDS] },
    lang: {
      control: 'inline-radio',
      options: ['auto', 'nl', 'en'],
      description: 'The `lang` attribute: the language of the built-in texts.',
    },
    persona: { control: 'text' },
    period: { control: 'text', description: 'The `period` attribute: the period of the emotions drawn.' },
    comparePeriod: {
      control: 'text',
      description: 'The `compare-period` attribute: an earlier period drawn muted beside it.',
    },
  },
  render: (args) =>
    html`<emotion-curve
      .journey=${args.journey}
      src=${ifDefined(args.src || undefined)}
      persona=${args.persona ?? 'all'}
      curve=${args.curve ?? 'monotone'}
      period=${ifDefined(args.period || undefined)}
      compare-period=${ifDefined(args.comparePeriod || undefined)}
      lang=${ifDefined(langOf(args.lang))}
      @journey-load=${args.onJourneyLoad}
      @journey-error=${args.onJourneyError}
      @journey-touchpoint-select=${args.onJourneyTouchpointSelect}
    ></emotion-curve>`,
} satisfies Meta<CurveArgs>;
export default meta;
type Story = StoryObj<CurveArgs>;

/** The mortgage journey: one curve per persona, peak and end marked. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await waitForPart(curve, 'figure');
    await expect(parts(curve, 'error')).toHaveLength(0);
    await expect(textOf(await waitForPart(curve, 'legend'))).toContain('Doorstromer');
  },
};

/** Every persona overlaid, each with its own colour and dash pattern. */
export const AllPersonasOverlaid: Story = {
  args: { persona: 'all' },
};

/** One persona only. */
export const OnePersona: Story = {
  args: { persona: 'mover' },
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    const legend = await waitForPart(curve, 'legend');
    await expect(textOf(legend)).toContain('Doorstromer');
    await expect(textOf(legend)).not.toContain('Starter');
  },
};

/** Straight lines between touchpoints. */
export const LinearCurve: Story = { args: { curve: 'linear' } };

/** Steps: the emotion holds until the next touchpoint. */
export const StepCurve: Story = { args: { curve: 'step' } };

/** Dutch built-in texts. */
export const Dutch: Story = {
  args: { lang: 'nl' },
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await waitForPart(curve, 'summary');
    await expect(textOf(await waitForPart(curve, 'toggle'))).toMatch(/tabel/i);
  },
};

/** English: the health-claim journey. */
export const English: Story = {
  args: { journey: healthClaim, lang: 'en' },
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await waitForPart(curve, 'summary');
    await expect(textOf(await waitForPart(curve, 'toggle'))).toMatch(/table/i);
  },
};

/** Dark page. */
export const Dark: Story = {
  decorators: [(story) => html`<div style=${DARK_PAGE}>${story()}</div>`],
};

/** A brand theme through `--journey-*` custom properties. */
export const BrandTheme: Story = {
  decorators: [(story) => html`<div style=${BRAND_THEME}>${story()}</div>`],
};

/** The data table view with the same numbers as the chart. */
export const DataTable: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await userEvent.click(await waitForPart(curve, 'toggle'));
    const table = await waitForPart(curve, 'table');
    await expect(textOf(table)).toContain('Adviesgesprek');
  },
};

/** No journey: the empty state. */
export const Empty: Story = {
  args: { journey: undefined },
  play: async ({ canvasElement }) => {
    await waitForPart(elementIn(canvasElement, 'emotion-curve'), 'status');
  },
};

/** A journey without touchpoints yet. */
export const NoTouchpoints: Story = { args: { journey: noTouchpoints } };

/** Invalid input: the error panel lists every issue with its path. */
export const Invalid: Story = {
  args: { journey: invalidJourney, lang: 'en' },
  play: async ({ canvasElement }) => {
    const panel = await waitForPart(elementIn(canvasElement, 'emotion-curve'), 'error');
    await expect(panel.getAttribute('role')).toBe('alert');
    await expect(textOf(panel)).toContain('touchpoints[0].emotions[0].score');
  },
};

/** Long labels wrap or are shortened with the full text in the tooltip and table. */
export const LongLabels: Story = { args: { journey: longLabels() } };

/** 1,000 touchpoints: the plot scrolls and draws only what is near the viewport. */
export const Dense: Story = {
  args: { journey: dense },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await waitForPart(curve, 'plot', 15_000);
    await expect(shadowNodeCount(curve)).toBeLessThan(5000);
    // Above 200 touchpoints the tab stop is a phase, named by its summary.
    const stop = curve.shadowRoot!.querySelector('.chart [tabindex="0"]')!;
    await expect(stop.classList.contains('phase-target')).toBe(true);
  },
};

/** Right to left: the curve runs from the right, its axis on the right; labels still read. */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await waitForPart(curve, 'plot');
    const point = (i: number) => curve.shadowRoot!.querySelector(`g.point[data-index="${i}"]`)!.getBoundingClientRect();
    await expect(point(0).left).toBeGreaterThan(point(1).right);
  },
};

/** Live data: a fresh journey every 2 s. */
export const LiveData: Story = {
  args: { journey: undefined },
  tags: ['!autodocs'],
  decorators: [(story) => html`<story-live-journey>${story()}</story-live-journey>`],
  play: async ({ canvasElement, userEvent }) => {
    const live = elementIn(canvasElement, 'story-live-journey');
    const curve = elementIn(canvasElement, 'emotion-curve');
    await waitForPart(curve, 'figure');
    const pause = [...live.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).startsWith('Pause'));
    await userEvent.click(pause!);
    await waitFor(() => expect(live.running).toBe(false));
    await expect(textOf(await waitForPart(curve, 'legend'))).toContain('Starter');
    await expect(parts(curve, 'error')).toHaveLength(0);
  },
};

/** A 375 px wide phone: the plot scrolls sideways, the axis stays. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
};

/**
 * A journey monitored per quarter (emotions with `period`, `n` and `sd`): 2026-Q3 drawn, 2026-Q2
 * beside it, muted and dotted. ▼ and ▲ mark the significant changes (Welch's t, 95 %), ? the ones
 * whose significance cannot be known (no `n` or `sd`).
 */
export const TwoPeriods: Story = {
  args: { journey: monitored, period: '2026-Q3', comparePeriod: '2026-Q2' },
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    const legend = await waitForPart(curve, 'legend');
    await expect(textOf(legend)).toContain('2026-Q2 (earlier)');
    const root = curve.shadowRoot!;
    await expect(root.querySelectorAll('.chart .curve-line--earlier').length).toBe(2);
    await expect([...root.querySelectorAll('.chart .change-mark')].map((m) => m.textContent)).toEqual([
      '▼',
      '▲',
      '?',
      '▲',
    ]);
  },
};

/** The same comparison in the data table: both periods and the change in words per persona. */
export const TwoPeriodsTable: Story = {
  args: { journey: monitored, period: '2026-Q3', comparePeriod: '2026-Q2' },
  play: async ({ canvasElement, userEvent }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await userEvent.click(await waitForPart(curve, 'toggle'));
    const table = await waitForPart(curve, 'table');
    await expect(textOf(table)).toContain('significant fall of −1.1');
    await expect(textOf(table)).toContain('significance unknown');
  },
};

/** Two periods in Dutch: "significante daling", "significantie onbekend". */
export const TwoPeriodsDutch: Story = {
  args: { journey: monitored, period: '2026-Q3', comparePeriod: '2026-Q2', lang: 'nl' },
  play: async ({ canvasElement }) => {
    const curve = elementIn(canvasElement, 'emotion-curve');
    await expect(textOf(await waitForPart(curve, 'summary'))).toContain('Vergeleken met 2026-Q2');
  },
};

/** One chosen period of a monitored journey (2026-Q2), without a comparison. */
export const OnePeriod: Story = {
  args: { journey: monitored, period: '2026-Q2' },
};
