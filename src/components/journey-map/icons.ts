/**
 * The map's channel icons on the 16 × 16 grid (never taken from data). The moment-of-truth flag
 * and the off-norm warning are the shared ones (shared/icons.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { ResolvedChannel } from '../../analytics/channels.js';
import { channelIcon as channelIconShape } from '../../layout/channel-icons.js';

/** A channel icon as an inline SVG (decorative: the channel's name is always written next to it). */
export function channelIcon(channel: ResolvedChannel): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${channelIconShape(channel.id, channel.kind).path} /></svg>`;
}
