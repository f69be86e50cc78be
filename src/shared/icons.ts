/**
 * The interface icons of every klantreis element, on the 16 × 16 grid of the channel icons, and
 * never taken from data. One moment-of-truth glyph (a flag) for every element: the legend, the
 * card's badge, the curve's marks and the map's lane all draw this one.
 */
import { type TemplateResult, html } from 'lit';

const CIRCLE = 'M14.5 8a6.5 6.5 0 1 1-13 0a6.5 6.5 0 1 1 13 0Z';
const ARROW_FORWARD = 'M3 8h10M9 4l4 4-4 4';
const WARNING = 'M8 1.6 15 14H1zM8 6v4M8 11.8v.1';

/** The paths of the icons by name. */
export const ICONS = {
  /** A moment of truth: the one glyph for it everywhere. */
  momentOfTruth: 'M3.5 15V1.5M3.5 2h9.5l-2.4 3.4L13 8.8H3.5z',
  /** Off norm, or a small sample. */
  warning: WARNING,
  check: `${CIRCLE}M5.25 8.25l1.9 1.9 3.6-3.65`,
  cross: `${CIRCLE}M6 6l4 4M10 6l-4 4`,
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  flat: ARROW_FORWARD,
  clock: `${CIRCLE}M8 4.5V8l2.5 1.5`,
  actor: 'M10.75 5a2.75 2.75 0 1 1-5.5 0a2.75 2.75 0 1 1 5.5 0ZM2.5 14.5a5.5 5.5 0 0 1 11 0',
  pain: `${CIRCLE}M8 4.75v3.75M8 11h.01`,
  idea: 'M6 14.5h4M6.25 12h3.5M8 1.5a4.25 4.25 0 0 0-2.55 7.65c.6.45 1 1.1 1 1.85v1h3.1v-1c0-.75.4-1.4 1-1.85A4.25 4.25 0 0 0 8 1.5Z',
  link: ARROW_FORWARD,
  sample: WARNING,
} as const;

/** The name of an interface icon. */
export type IconName = keyof typeof ICONS;

/** Half the icon grid: an SVG mark drawn at (x, y) translates the path by (x − 8, y − 8) to centre it. */
export const ICON_CENTRE = 8;

/** A decorative icon as inline SVG (its meaning is always written next to it). */
export function icon(name: IconName, className = ''): TemplateResult {
  return html`<svg class="icon ${className}" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${ICONS[name]}></path></svg>`;
}
