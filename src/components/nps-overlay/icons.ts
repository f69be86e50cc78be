/**
 * The overlay's small icons, fixed path data in a 16 × 16 box (never from the model). Each one
 * doubles a text (the trend, the target state, the small-sample flag, a moment of truth), so
 * the icons are decorative (`aria-hidden`) and colour is never the only carrier.
 */
import { type SVGTemplateResult, html, svg } from 'lit';

const ICONS = {
  up: svg`<path class="icon-fill" d="M8 3.5 13 10H3Z" />`,
  down: svg`<path class="icon-fill" d="M8 12.5 3 6h10Z" />`,
  flat: svg`<path class="icon-stroke" d="M2.5 8h9M9 5l3 3-3 3" />`,
  check: svg`<path class="icon-stroke" d="M3 8.5l3.2 3.2L13 5" />`,
  warning: svg`<path class="icon-stroke" d="M8 2 14.5 13.5h-13Z" /><path class="icon-stroke" d="M8 6.5v3.2M8 11.6v.1" />`,
  star: svg`<path class="icon-fill" d="M8 1.2l2 4.3 4.7.6-3.4 3.2.9 4.6L8 11.6l-4.2 2.3.9-4.6L1.3 6.1 6 5.5Z" />`,
  close: svg`<path class="icon-stroke" d="M4 4l8 8M12 4l-8 8" />`,
} as const;

/** The name of one of the overlay's icons. */
export type IconName = keyof typeof ICONS;

/** A decorative 16 × 16 icon scaled to the text (1em), hidden from assistive technology. */
export function icon(name: IconName): ReturnType<typeof html> {
  const body: SVGTemplateResult = ICONS[name];
  return html`<svg class="icon icon-${name}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${body}</svg>`;
}
