/**
 * The drawn lanes: the embedded `<emotion-curve>` and `<nps-overlay>` (sharing the map's column
 * layout through their `layout` property) and the flow lane's SVG. Each drawing spans the
 * rendered columns; transparent gridcells on top of it carry focus, pointer and the words.
 * The embedded elements are `inert`: the map's cells are their keyboard and screen-reader face,
 * so the grid stays one tab stop.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../../shared/style-properties.js';
import { touchpointNps } from '../../../analytics/nps.js';
import { type FlowLayout, visibleFlows } from '../../../layout/flows.js';
import type { MapColumn } from '../derive.js';
import { columnEmotionText, columnNpsText } from '../describe.js';
import { type LaneContext, cellName, gridCell } from './context.js';

function span(ctx: LaneContext): ReturnType<typeof styleProperties> | typeof nothing {
  if (!ctx.windowLines) return nothing;
  return styleProperties({ 'grid-column': `${ctx.windowLines[0]} / ${ctx.windowLines[1]}`, 'grid-row': '1' });
}

function overlayCells(ctx: LaneContext, text: (column: MapColumn) => string | null): TemplateResult {
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column = ctx.model.columns[i]!;
      return gridCell(ctx, column, cellName(ctx, column, text(column)), nothing, { overlay: true });
    },
  )}`;
}

/** The emotion lane: the embedded curve for the shown persona(s). */
export function emotionLane(ctx: LaneContext, curve: string): TemplateResult {
  const w = ctx.window;
  return html`${
    w
      ? html`<emotion-curve
          class="embedded embedded--emotion"
          inert
          aria-hidden="true"
          style=${span(ctx)}
          .journey=${w.journey}
          .layout=${w.layout}
          persona=${ctx.persona}
          curve=${curve}
          lang=${ctx.localizer.locale}
        ></emotion-curve>`
      : nothing
  }
    ${overlayCells(ctx, (column) => columnEmotionText(ctx.model, column, ctx.persona, ctx.localizer))}`;
}

/** The NPS in words for a cell: the score, responses, target and small-sample flag. */
function npsWords(ctx: LaneContext, column: MapColumn): string | null {
  const score = columnNpsText(column, ctx.persona, ctx.localizer);
  if (score === null) return null;
  const current = touchpointNps(column.touchpoint, { persona: ctx.persona === 'all' ? null : ctx.persona }).current;
  if (!current) return score;
  const m = ctx.localizer.messages;
  const parts = [score, m.nps.responses(current.responses)];
  if (current.target !== undefined) {
    parts.push(m.nps.target(ctx.localizer.signed(current.target)));
    if (current.onTarget !== null) parts.push(current.onTarget ? m.nps.targetMet : m.nps.targetMissed);
  }
  if (current.smallSample) parts.push(m.smallSample(current.responses));
  if (current.period) parts.push(current.period);
  return parts.join(', ');
}

/** The NPS lane: the embedded overlay. */
export function npsLane(ctx: LaneContext): TemplateResult {
  const w = ctx.window;
  return html`${
    w
      ? html`<nps-overlay
          class="embedded embedded--nps"
          inert
          aria-hidden="true"
          style=${span(ctx)}
          .journey=${w.journey}
          .layout=${w.layout}
          persona=${ctx.persona}
          lang=${ctx.localizer.locale}
        ></nps-overlay>`
      : nothing
  }
    ${overlayCells(ctx, (column) => npsWords(ctx, column))}`;
}

/** The flows out of a column in words, e.g. "2,300 to Advice (plans a meeting); 6,800 drop off". */
export function flowWords(ctx: Pick<LaneContext, 'model' | 'localizer'>, column: MapColumn): string | null {
  if (column.flowsOut.length === 0) return null;
  const l = ctx.localizer;
  const m = l.messages.map;
  return column.flowsOut
    .map((f) => {
      const count = l.number(f.count);
      const target =
        f.to === null ? null : (ctx.model.columns[ctx.model.columnOf.get(f.to) ?? -1]?.touchpoint.label ?? f.to);
      const words = target === null ? m.flowExit(count) : m.flowTo(count, target);
      return f.label ? `${words} (${f.label})` : words;
    })
    .join('; ');
}

/** The flow lane: transitions drawn between the columns, counts written on them. */
export function flowLane(ctx: LaneContext, flows: FlowLayout): TemplateResult {
  const w = ctx.window;
  let drawing: TemplateResult | typeof nothing = nothing;
  if (w) {
    const offset = ctx.layout.columns[w.first]!.x0;
    const right = ctx.layout.columns[w.last]!.x1;
    const width = right - offset;
    const shapes = visibleFlows(flows, offset, right);
    drawing = html`<svg
      class="flows mirror-rtl"
      aria-hidden="true"
      style=${span(ctx)}
      width=${width}
      height=${flows.height}
      viewBox="0 0 ${width} ${flows.height}"
    >
      <g transform="translate(${-offset} 0)">
        ${repeat(
          shapes,
          (s) => s.key,
          (s) => svg`<g class="flow flow--${s.kind}">
            <path class="flow-line" d=${s.path} stroke-width=${s.width}></path>
            <path class="flow-arrow" d=${s.arrow}></path>
            <text class="flow-count" x=${s.labelX} y=${s.labelY} text-anchor=${s.labelAnchor}>${ctx.localizer.number(s.count)}</text>
          </g>`,
        )}
      </g>
    </svg>`;
  }
  return html`${drawing}${overlayCells(ctx, (column) => flowWords(ctx, column))}`;
}
