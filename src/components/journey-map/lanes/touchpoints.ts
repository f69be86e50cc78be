/** The touchpoint lane (compact cells with compare badges) and the channel lane (icons, hops). */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapColumn } from '../derive.js';
import { durationText } from '../describe.js';
import { channelIcon } from '../icons.js';
import { type LaneContext, cellName, gridCell } from './context.js';

/** The compare badge of a column ("new", "removed", "changed"), or nothing. */
export function compareBadge(column: MapColumn, localizer: Localizer): TemplateResult | typeof nothing {
  const status = column.comparison?.status;
  if (!status || status === 'unchanged') return nothing;
  return html`<span class="badge badge--${status}" part="badge">${localizer.messages.map.badges[status]}</span>`;
}

/** The emotion and NPS deltas of a compared touchpoint, e.g. ["emotion Starter +1", "NPS −4"]. */
export function compareDeltas(ctx: Pick<LaneContext, 'model' | 'localizer'>, column: MapColumn): string[] {
  const c = column.comparison;
  if (!c || c.status !== 'changed') return [];
  const m = ctx.localizer.messages;
  const deltas: string[] = [];
  for (const e of c.emotion) {
    if (e.delta === null || e.delta === 0) continue;
    const who =
      e.persona === null ? m.allCustomers : (ctx.model.personas.find((p) => p.id === e.persona)?.name ?? e.persona);
    deltas.push(m.map.emotionDelta(who, ctx.localizer.signed(e.delta)));
  }
  if (c.nps && c.nps.delta !== null && c.nps.delta !== 0)
    deltas.push(m.map.npsDelta(ctx.localizer.signed(c.nps.delta)));
  return deltas;
}

function touchpointContent(ctx: LaneContext, column: MapColumn): TemplateResult {
  const tp = column.touchpoint;
  const meta = [tp.actor, durationText(tp, ctx.localizer)].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  const deltas = compareDeltas(ctx, column);
  return html`<div class="tp">
    <div class="tp-top">
      <span class="tp-number" aria-hidden="true">${ctx.localizer.number(column.index + 1)}</span>
      ${compareBadge(column, ctx.localizer)}
    </div>
    ${
      ctx.dipped(column)
        ? html`<span class="tp-dip" part="dip"
            ><span class="tp-dip-glyph" aria-hidden="true">▼</span> ${ctx.localizer.messages.trendLane.liveDip}</span
          >`
        : nothing
    }
    <span class="tp-label">${tp.label}</span>
    ${meta.length > 0 ? html`<span class="tp-meta">${meta.join(' · ')}</span>` : nothing}
    ${
      deltas.length > 0
        ? html`<ul class="deltas">
          ${deltas.map((d) => html`<li>${d}</li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}

/** The touchpoint lane: number, label, actor and duration, compare badge and deltas. */
export function touchpointLane(ctx: LaneContext): TemplateResult {
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column = ctx.model.columns[i]!;
      return gridCell(ctx, column, ctx.touchpointName(column), touchpointContent(ctx, column), {
        extraClass: 'cell--touchpoint',
      });
    },
  )}`;
}

/** The channel hop into a column in words, e.g. "channel hop: app → phone, 3,150 customers". */
export function hopText(ctx: Pick<LaneContext, 'model' | 'localizer'>, column: MapColumn): string | null {
  const hop = column.hop;
  if (!hop) return null;
  const l = ctx.localizer;
  const route = `${l.channelName(hop.fromChannel, ctx.model.journey)} → ${l.channelName(hop.toChannel, ctx.model.journey)}`;
  const count = hop.count === undefined ? '' : `, ${l.messages.map.customers(hop.count, l.number(hop.count))}`;
  return `${l.messages.flows.channelHop}: ${route}${count}`;
}

/** The channel lane: icon and name, and the hop from the previous touchpoint's channel. */
export function channelLane(ctx: LaneContext): TemplateResult {
  const l = ctx.localizer;
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column = ctx.model.columns[i]!;
      const channel = column.channel;
      const owner = column.journeyIndex === null && ctx.model.base ? ctx.model.base : ctx.model.journey;
      const name = channel ? l.channelName(channel.id, owner) : null;
      const hop = column.hop;
      const hopWords = hopText(ctx, column);
      const label = cellName(ctx, column, [name, hopWords].filter((x) => x !== null).join('; ') || null);
      const content = html`${
        hop
          ? html`<div class="hop" title=${hopWords ?? ''}>
              <span class="hop-route"
                >${l.channelName(hop.fromChannel, ctx.model.journey)} → ${l.channelName(hop.toChannel, ctx.model.journey)}</span
              >${
                hop.count === undefined
                  ? nothing
                  : html`<span class="hop-count">${l.messages.map.customers(hop.count, l.number(hop.count))}</span>`
              }
            </div>`
          : nothing
      }
        ${channel ? html`<div class="channel">${channelIcon(channel)}<span>${name}</span></div>` : nothing}`;
      return gridCell(ctx, column, label, content);
    },
  )}`;
}
