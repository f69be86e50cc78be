import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { DARK_PAGE, NARROW, healthClaim, mortgage } from './support/journeys.js';
import { elementIn, langOf, parts, waitForPart } from './support/play.js';

interface ViewArgs {
  journey?: unknown;
  view: 'grid' | 'wheel' | 'overview';
  persona?: string;
  lang?: 'auto' | 'nl' | 'en';
}

/**
 * `<journey-map view="wheel">` and `view="overview"`: the journey as Lego's customer experience
 * wheel (phases as ring sectors, each persona's emotion a closed line round the neutral circle,
 * moments of truth flagged) and "in its main lines" on one page per phase. Same toolbar, data
 * table, themes, right to left and exports as the grid; "Download PowerPoint" makes a native deck.
 */
const meta = {
  title: 'Elements/journey-map views',
  component: 'journey-map',
  args: { journey: mortgage, view: 'wheel', persona: 'all', lang: 'auto' },
  argTypes: {
    view: { control: 'inline-radio', options: ['grid', 'wheel', 'overview'] },
    lang: { control: 'inline-radio', options: ['auto', 'nl', 'en'] },
    persona: { control: 'text' },
  },
  render: (args) =>
    html`<journey-map
      .journey=${args.journey}
      view=${args.view}
      persona=${args.persona ?? 'all'}
      lang=${ifDefined(langOf(args.lang))}
    ></journey-map>`,
} satisfies Meta<ViewArgs>;

export default meta;
type Story = StoryObj<ViewArgs>;

/** The mortgage journey as an experience wheel: arrows go round, PageUp/PageDown by phase, Enter opens. */
export const Wheel: Story = {
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'wheel');
    await expect(map.shadowRoot!.querySelectorAll('.wheel-tp')).toHaveLength(12);
    await expect(parts(map, 'error')).toHaveLength(0);
  },
};

/** One persona on the wheel. */
export const WheelOnePersona: Story = { args: { persona: 'starter' } };

/** The English health-claim journey as a wheel. */
export const WheelEnglish: Story = { args: { journey: healthClaim } };

/** Right to left: the wheel runs counter-clockwise from twelve o'clock. */
export const WheelRightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** On a phone: a smaller wheel, labels cut with an ellipsis (the data table has them in full). */
export const WheelNarrow: Story = {
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
};

/** The wheel on a dark page. */
export const WheelDark: Story = {
  decorators: [(story) => html`<div style=${DARK_PAGE}>${story()}</div>`],
};

/** The journey in its main lines: per phase the lowest and highest moments, moments of truth, worst NPS, pain points, open actions. */
export const Overview: Story = {
  args: { view: 'overview' },
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const overview = await waitForPart(map, 'overview');
    await expect(overview.querySelectorAll('.overview-phase')).toHaveLength(4);
  },
};

/** The overview on a phone: one phase under the other. */
export const OverviewNarrow: Story = {
  args: { view: 'overview' },
  decorators: [(story) => html`<div style=${NARROW}>${story()}</div>`],
};

/** The overview on a dark page. */
export const OverviewDark: Story = {
  args: { view: 'overview', journey: healthClaim },
  decorators: [(story) => html`<div style=${DARK_PAGE}>${story()}</div>`],
};
