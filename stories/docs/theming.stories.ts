import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { BRAND_THEME, DARK_PAGE, mortgage } from '../support/journeys.js';
import { elementIn, waitForPart } from '../support/play.js';
import { manifestElements, renderPartsTables, renderThemeTable, themeProperties } from './reference-tables.js';

/** Theming: the custom properties and parts of every element, read from custom-elements.json. */
const meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

const example = html`<journey-map .journey=${mortgage} lanes="touchpoints emotion nps" no-toolbar></journey-map>
  <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; margin-top: 1rem">
    <touchpoint-card .journey=${mortgage} touchpoint="advice" compact></touchpoint-card>
    <nps-overlay .journey=${mortgage} touchpoint="documents"></nps-overlay>
  </div>`;

/** The default look (light). */
export const DefaultTheme: StoryObj = { render: () => example };

/** One rule on an ancestor: a bank's brand colours, font, radius and spacing. */
export const BrandTheme: StoryObj = {
  render: () => html`<div style=${BRAND_THEME}>${example}</div>`,
  play: async ({ canvasElement }) => {
    const map = elementIn(canvasElement, 'journey-map');
    const title = await waitForPart(map, 'title');
    await expect(getComputedStyle(title).fontFamily).toContain('Georgia');
  },
};

/** The page's `color-scheme: dark`: every default follows through `light-dark()`. */
export const DarkTheme: StoryObj = { render: () => html`<div style=${DARK_PAGE}>${example}</div>` };

/** Every `--journey-*` custom property. */
export const CustomProperties: StoryObj = {
  render: () => renderThemeTable(),
  play: async ({ canvasElement }) => {
    const properties = themeProperties();
    await expect(properties.every((p) => p.name.startsWith('--journey-'))).toBe(true);
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(properties.length);
  },
};

/** Every element's parts and slots. */
export const PartsAndSlots: StoryObj = {
  render: () => renderPartsTables(),
  play: async ({ canvasElement }) => {
    await expect(manifestElements().map((e) => e.tagName).sort()).toEqual(['emotion-curve', 'journey-map', 'nps-overlay', 'touchpoint-card']);
    await expect(canvasElement.querySelectorAll('table')).toHaveLength(4);
  },
};
