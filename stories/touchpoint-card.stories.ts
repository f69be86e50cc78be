import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { HEADING_LEVELS } from '../src/components/touchpoint-card/touchpoint-card.js';
import {
  BRAND_THEME,
  DARK_PAGE,
  NARROW,
  dense,
  healthClaim,
  invalidJourney,
  longLabels,
  mortgage,
} from './support/journeys.js';
import './support/live-journey.js';
import { elementIn, parts, textOf, waitForPart, langOf } from './support/play.js';

interface CardArgs {
  journey?: unknown;
  src?: string;
  touchpoint?: unknown;
  persona?: string;
  compact?: boolean;
  headingLevel?: number;
  lang?: 'auto' | 'nl' | 'en';
  onJourneyLoad?: (event: Event) => void;
  onJourneyError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/touchpoint-card',
  component: 'touchpoint-card',
  args: { journey: mortgage, touchpoint: 'advice', persona: 'all', compact: false, headingLevel: 3, lang: 'auto' },
  argTypes: {
    headingLevel: { control: 'select', options: [...HEADING_LEVELS] },
    lang: {
      control: 'inline-radio',
      options: ['auto', 'nl', 'en'],
      description: 'The `lang` attribute: the language of the built-in texts.',
    },
    persona: { control: 'text' },
    touchpoint: { control: 'text' },
  },
  render: (args) =>
    html`<touchpoint-card
      .journey=${args.journey}
      src=${ifDefined(args.src || undefined)}
      .touchpoint=${args.touchpoint}
      persona=${args.persona ?? 'all'}
      ?compact=${args.compact}
      heading-level=${args.headingLevel ?? 3}
      lang=${ifDefined(langOf(args.lang))}
      @journey-load=${args.onJourneyLoad}
      @journey-error=${args.onJourneyError}
      style="max-width: 40rem"
    ></touchpoint-card>`,
} satisfies Meta<CardArgs>;
export default meta;
type Story = StoryObj<CardArgs>;

/** The advice meeting of the mortgage journey: a moment of truth with NPS, quotes and metrics. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'touchpoint-card');
    const heading = await waitForPart(card, 'heading');
    await expect(textOf(heading)).toBe('Adviesgesprek');
    await expect(heading.getAttribute('aria-level')).toBe('3');
  },
};

/** Every persona's emotion at this touchpoint. */
export const AllPersonasOverlaid: Story = { args: { persona: 'all' } };

/** One persona's emotion only. */
export const OnePersona: Story = {
  args: { persona: 'starter' },
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'touchpoint-card');
    await waitForPart(card, 'emotions');
    await expect(parts(card, 'emotion')).toHaveLength(1);
  },
};

/** The compact card of a map column or a dashboard tile. */
export const Compact: Story = {
  args: { compact: true },
  render: (args) => html`<div style="max-width: 16rem">${meta.render(args)}</div>`,
};

/** Dutch built-in texts. */
export const Dutch: Story = { args: { lang: 'nl' } };

/** English: the claim submitted in the app (no responses yet: "no data", never 0). */
export const English: Story = {
  args: { journey: healthClaim, touchpoint: 'claim', lang: 'en' },
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'touchpoint-card');
    const score = await waitForPart(card, 'nps-score');
    await expect(textOf(score)).not.toBe('0');
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

/** Heading level 2 for a page where the card sits right under the page title. */
export const HeadingLevel2: Story = {
  args: { headingLevel: 2 },
  play: async ({ canvasElement }) => {
    const heading = await waitForPart(elementIn(canvasElement, 'touchpoint-card'), 'heading');
    await expect(heading.getAttribute('aria-level')).toBe('2');
  },
};

/** Buttons or links about the touchpoint in the `actions` slot. */
export const WithActions: Story = {
  render: (args) =>
    html`<touchpoint-card .journey=${args.journey} touchpoint="documents" style="max-width: 40rem">
      <a slot="actions" href="#improvement-backlog">Open in the improvement backlog</a>
    </touchpoint-card>`,
};

/** No journey: the empty state. */
export const Empty: Story = {
  args: { journey: undefined, touchpoint: undefined },
  play: async ({ canvasElement }) => {
    await waitForPart(elementIn(canvasElement, 'touchpoint-card'), 'status');
  },
};

/** A touchpoint id the journey does not have. */
export const UnknownTouchpoint: Story = {
  args: { touchpoint: 'teleport', lang: 'en' },
  play: async ({ canvasElement }) => {
    const panel = await waitForPart(elementIn(canvasElement, 'touchpoint-card'), 'error');
    await expect(textOf(panel)).toContain('teleport');
  },
};

/** An invalid journey: the error panel with every issue and its path. */
export const Invalid: Story = {
  args: { journey: invalidJourney, touchpoint: 'compare', lang: 'en' },
  play: async ({ canvasElement }) => {
    const panel = await waitForPart(elementIn(canvasElement, 'touchpoint-card'), 'error');
    await expect(panel.getAttribute('role')).toBe('alert');
    await expect(textOf(panel)).toContain('touchpoints[0].links[0].href');
  },
};

/** Long labels and Dutch compound words wrap inside the card. */
export const LongLabels: Story = { args: { journey: longLabels(), touchpoint: 'documents' } };

/** Right to left: facts, bars and shares mirror; the words still read. */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** One touchpoint of a 1,000-touchpoint journey. */
export const FromDenseJourney: Story = {
  args: { journey: dense, touchpoint: 'tp-500', lang: 'en' },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const heading = await waitForPart(elementIn(canvasElement, 'touchpoint-card'), 'heading');
    await expect(textOf(heading)).toBe('Step 501: Compare offers');
  },
};

/** Live NPS: the card follows a journey reassigned every 2 s. */
export const LiveNps: Story = {
  args: { journey: undefined, touchpoint: 'documents' },
  tags: ['!autodocs'],
  decorators: [(story) => html`<story-live-journey>${story()}</story-live-journey>`],
  play: async ({ canvasElement, userEvent }) => {
    const live = elementIn(canvasElement, 'story-live-journey');
    const card = elementIn(canvasElement, 'touchpoint-card');
    await waitForPart(card, 'nps-score');
    const pause = [...live.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).startsWith('Pause'));
    await userEvent.click(pause!);
    await expect(live.running).toBe(false);
  },
};

/** A 375 px wide phone. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
};
