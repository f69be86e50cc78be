import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { NPS_OVERLAY_VIEWS } from '../src/components/nps-overlay/nps-overlay.js';
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
import { elementIn, parts, textOf, waitForPart, langOf, shadowNodeCount } from './support/play.js';

interface NpsArgs {
  journey?: unknown;
  src?: string;
  refresh?: number;
  persona?: string;
  period?: string;
  touchpoint?: string;
  alignTo?: string;
  view?: string;
  lang?: 'auto' | 'nl' | 'en';
  onJourneyLoad?: (event: Event) => void;
  onJourneyError?: (event: Event) => void;
  onJourneyTouchpointSelect?: (event: Event) => void;
}

const meta = {
  title: 'Elements/nps-overlay',
  component: 'nps-overlay',
  args: { journey: mortgage, persona: 'all', view: 'chart', lang: 'auto' },
  argTypes: {
    view: { control: 'inline-radio', options: [...NPS_OVERLAY_VIEWS] },
    lang: {
      control: 'inline-radio',
      options: ['auto', 'nl', 'en'],
      description: 'The `lang` attribute: the language of the built-in texts.',
    },
    persona: { control: 'text' },
    period: { control: 'text' },
    touchpoint: { control: 'text' },
    refresh: { control: 'number' },
  },
  render: (args) =>
    html`<nps-overlay
      .journey=${args.journey}
      src=${ifDefined(args.src || undefined)}
      refresh=${ifDefined(args.refresh ?? undefined)}
      persona=${args.persona ?? 'all'}
      period=${ifDefined(args.period || undefined)}
      touchpoint=${ifDefined(args.touchpoint || undefined)}
      align-to=${ifDefined(args.alignTo || undefined)}
      view=${args.view ?? 'chart'}
      lang=${ifDefined(langOf(args.lang))}
      @journey-load=${args.onJourneyLoad}
      @journey-error=${args.onJourneyError}
      @journey-touchpoint-select=${args.onJourneyTouchpointSelect}
    ></nps-overlay>`,
} satisfies Meta<NpsArgs>;
export default meta;
type Story = StoryObj<NpsArgs>;

const scoreTexts = (overlay: Element) => parts(overlay, 'score').map(textOf).join(' | ');

/** NPS per touchpoint of the mortgage journey, with targets, sample sizes and trends. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const overlay = elementIn(canvasElement, 'nps-overlay');
    await waitForPart(overlay, 'score');
    await expect(parts(overlay, 'error')).toHaveLength(0);
    await expect(parts(overlay, 'moment-of-truth').length).toBeGreaterThan(0);
  },
};

/** All customers (the default `persona="all"`). */
export const AllPersonasOverlaid: Story = { args: { persona: 'all' } };

/** One persona's answers (touchpoints without answers from them show "no data"). */
export const OnePersona: Story = { args: { persona: 'starter' } };

/** An earlier period of the time series (`period="2026-Q2"`). */
export const EarlierPeriod: Story = { args: { period: '2026-Q2' } };

/** One touchpoint as a compact badge, for cards and dashboards. */
export const Badge: Story = {
  args: { touchpoint: 'advice' },
  play: async ({ canvasElement }) => {
    const overlay = elementIn(canvasElement, 'nps-overlay');
    await waitForPart(overlay, 'touchpoint');
    await expect(parts(overlay, 'touchpoint')).toHaveLength(1);
  },
};

/** The data table: the same numbers as the chart. */
export const DataTable: Story = {
  args: { view: 'table' },
  play: async ({ canvasElement }) => {
    const table = await waitForPart(elementIn(canvasElement, 'nps-overlay'), 'table');
    await expect(textOf(table)).toContain('Adviesgesprek');
  },
};

/** Lined up under an `<emotion-curve>` with `align-to`: the columns match exactly. */
export const AlignedToEmotionCurve: Story = {
  render: (args) =>
    html`<emotion-curve id="mortgage-curve" .journey=${args.journey}></emotion-curve>
      <nps-overlay .journey=${args.journey} align-to="mortgage-curve"></nps-overlay>`,
};

/** Dutch built-in texts. */
export const Dutch: Story = { args: { lang: 'nl' } };

/** English: the health-claim journey, with an NPS of zero responses ("no data", never 0). */
export const English: Story = {
  args: { journey: healthClaim, lang: 'en' },
  play: async ({ canvasElement }) => {
    const overlay = elementIn(canvasElement, 'nps-overlay');
    await waitForPart(overlay, 'score');
    await expect(scoreTexts(overlay)).toMatch(/no data/i);
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

/** Loaded from a URL. */
export const FromSrc: Story = {
  args: { journey: undefined, src: '/journeys/mortgage-nl.json' },
  play: async ({ canvasElement }) => {
    await waitForPart(elementIn(canvasElement, 'nps-overlay'), 'score', 10_000);
  },
};

/** No journey: the empty state. */
export const Empty: Story = {
  args: { journey: undefined },
  play: async ({ canvasElement }) => {
    await waitForPart(elementIn(canvasElement, 'nps-overlay'), 'status');
  },
};

/** A journey without touchpoints yet. */
export const NoTouchpoints: Story = { args: { journey: noTouchpoints } };

/** Invalid input: the error panel lists every issue with its path. */
export const Invalid: Story = {
  args: { journey: invalidJourney, lang: 'en' },
  play: async ({ canvasElement }) => {
    const panel = await waitForPart(elementIn(canvasElement, 'nps-overlay'), 'error');
    await expect(panel.getAttribute('role')).toBe('alert');
    await expect(textOf(panel)).toContain('touchpoints[0].phase');
  },
};

/** Long labels. */
export const LongLabels: Story = { args: { journey: longLabels() } };

/** 1,000 touchpoints (NPS on every fifth). */
export const Dense: Story = {
  args: { journey: dense },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const overlay = elementIn(canvasElement, 'nps-overlay');
    await waitForPart(overlay, 'figure', 15_000);
    await expect(shadowNodeCount(overlay)).toBeLessThan(5000);
  },
};

/** Right to left: touchpoints run from the right and the NPS scale from +100 on the left. */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const overlay = elementIn(canvasElement, 'nps-overlay');
    await waitForPart(overlay, 'figure');
    const [first, second] = [...overlay.shadowRoot!.querySelectorAll('.cell button.hit')].map((b) =>
      b.getBoundingClientRect(),
    );
    await expect(first!.left).toBeGreaterThan(second!.right - 1);
  },
};

/**
 * Live NPS: a fresh journey every 2 s, the way a BI feed reassigns one (with `src` and
 * `refresh="10"` the element polls a URL itself, with ETag and If-None-Match).
 */
export const LiveNps: Story = {
  args: { journey: undefined },
  tags: ['!autodocs'],
  decorators: [(story) => html`<story-live-journey>${story()}</story-live-journey>`],
  play: async ({ canvasElement, userEvent }) => {
    const live = elementIn(canvasElement, 'story-live-journey');
    const overlay = elementIn(canvasElement, 'nps-overlay');
    await waitForPart(overlay, 'score');
    const button = (name: string) =>
      [...live.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).startsWith(name)) as HTMLButtonElement;
    // Stop the clock first, so nothing changes behind the test's back; then step by hand.
    await userEvent.click(button('Pause'));
    await expect(live.running).toBe(false);
    const before = scoreTexts(overlay);
    await userEvent.click(button('Next survey round'));
    await waitFor(() => expect(scoreTexts(overlay)).not.toBe(before));
  },
};

/** A 375 px wide phone: below 600 px the touchpoints become rows. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
};
