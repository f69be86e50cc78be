/**
 * The map's small icons on a 16 × 16 grid (never taken from data): the shared channel icons,
 * and the moment-of-truth flag and off-norm warning that the legend explains.
 */
import { html, type TemplateResult } from 'lit';
import type { ResolvedChannel } from '../../analytics/channels.js';
import { channelIcon as channelIconShape } from '../../layout/channel-icons.js';

/** The moment-of-truth flag (filled). */
export const MOMENT_FLAG = 'M3.5 15V1.5M3.5 2h9.5l-2.4 3.4L13 8.8H3.5z';
/** The off-norm warning triangle, outline plus exclamation mark. */
export const WARNING = 'M8 1.6 15 14H1zM8 6v4M8 11.8v.1';

/** A channel icon as an inline SVG (decorative: the channel's name is always written next to it). */
export function channelIcon(channel: ResolvedChannel): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${channelIconShape(channel.id, channel.kind).path} /></svg>`;
}

/** The moment-of-truth flag as an inline SVG (decorative: the kind is always written next to it). */
export function momentIcon(): TemplateResult {
  return html`<svg class="icon moment-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${MOMENT_FLAG} /></svg>`;
}

/** The off-norm triangle as an inline SVG (decorative: "off norm" is always written next to it). */
export function warningIcon(): TemplateResult {
  return html`<svg class="icon warning-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${WARNING} /></svg>`;
}
