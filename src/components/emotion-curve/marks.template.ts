import { nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FRAME } from '../../layout/emotion-curve.js';
import { RING_RADIUS } from '../../layout/emotion-labels.js';
import { ICONS } from '../../shared/icons.js';
import { styleProperties } from '../../shared/style-properties.js';
import { momentFlagAt } from './legend.template.js';
import { END_SPACE } from './model.js';
import { CHANGE_GLYPHS } from './periods.js';
import type { PlotContext } from './plot.template.js';

/** The marks under the points: phase fills, zones, grid, moments of truth, the largest drops and the peak-end rings. */
export function backdrop(ctx: PlotContext) {
  const { win, geometry } = ctx;
  const { frame, ticks, layout } = geometry;
  const left = Math.max(win.x0, layout.inset);
  // A hosted curve's layout has no end space: the plot runs to the last column's edge.
  const right = Math.min(win.x1, ctx.hosted ? layout.width : layout.width - END_SPACE / 2);
  const zero = geometry.y(0);
  return svg`
    ${repeat(
      win.bands,
      (b) => b.firstIndex,
      (
        b,
      ) => svg`<rect class="band-fill${b.phaseIndex % 2 === 1 ? ' band-fill--odd' : ''}" x=${b.x0} width=${b.x1 - b.x0} y=${frame.bandTop} height=${frame.height}></rect>
        ${b.firstIndex > 0 ? svg`<line class="band-separator" x1=${b.x0} x2=${b.x0} y1=${frame.bandTop} y2=${frame.plotBottom + FRAME.plotPadding}></line>` : nothing}`,
    )}
    <rect class="zone zone--positive" x=${left} width=${Math.max(0, right - left)} y=${frame.plotTop} height=${zero - frame.plotTop}></rect>
    <rect class="zone zone--negative" x=${left} width=${Math.max(0, right - left)} y=${zero} height=${frame.plotBottom - zero}></rect>
    ${ticks.map((t) => (t.value === 0 ? nothing : svg`<line class="grid-line" x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>`))}
    <line class="zero-line" x1=${left} x2=${right} y1=${zero} y2=${zero}></line>
  `;
}

export function moments(ctx: PlotContext) {
  const { frame } = ctx.geometry;
  return repeat(
    ctx.momentBadges,
    (b) => b.index,
    (b) => {
      const total = b.text === null ? 0 : b.width + 16;
      const flagX = b.text === null ? b.x : b.x - total / 2 + 5;
      return svg`<g class="moment" data-index=${b.index}>
        <line class="moment-line" x1=${b.x} x2=${b.x} y1=${frame.momentY + 10} y2=${frame.plotBottom + FRAME.plotPadding}></line>
        <path class="moment-flag" d=${ICONS.momentOfTruth} transform=${momentFlagAt(flagX, frame.momentY)}></path>
        ${b.text === null ? nothing : svg`<text class="moment-text" x=${flagX + 10} y=${frame.momentY} dy="0.35em">${b.text}</text>`}
      </g>`;
    },
  );
}

export function drops(ctx: PlotContext) {
  const { model, win, geometry } = ctx;
  const { layout, frame } = geometry;
  return ctx.shown.map((c) => {
    const curve = model.curves[c]!;
    const drop = curve.drop;
    if (!drop || drop.to.index < win.first || drop.from.index > win.last) return nothing;
    const x0 = layout.columns[drop.from.index]!.cx;
    const x1 = layout.columns[drop.to.index]!.cx;
    if (drop.to.index - drop.from.index > 1) {
      // The drop is measured across a gap, where no line is drawn: highlight it as a straight span.
      return svg`<path class="drop-halo" data-curve=${c} data-from=${drop.from.index} data-to=${drop.to.index}
        d="M${x0},${geometry.y(drop.from.score)}L${x1},${geometry.y(drop.to.score)}"></path>`;
    }
    return svg`<clipPath id=${curve.clipId}><rect x=${x0} width=${x1 - x0} y=${frame.bandTop} height=${frame.height}></rect></clipPath>
      <path class="drop-halo" data-curve=${c} data-from=${drop.from.index} data-to=${drop.to.index} d=${win.paths[c]!} clip-path="url(#${curve.clipId})"></path>`;
  });
}

export function rings(ctx: PlotContext) {
  const { model, win } = ctx;
  return ctx.shown.map((c) => {
    const pe = model.curves[c]!.peakEnd;
    if (!pe) return nothing;
    const marks =
      pe.peak.index === pe.end.index
        ? [['peak-end', pe.peak] as const]
        : [['peak', pe.peak] as const, ['end', pe.end] as const];
    return marks.map(([kind, point]) => {
      if (point.index < win.first || point.index > win.last) return nothing;
      const marker = win.markers[c]![point.index - win.first]!;
      return svg`<circle class="peak-end-mark" data-kind=${kind} data-curve=${c} data-index=${point.index} data-value=${String(point.score)}
        cx=${marker.x} cy=${marker.y!} r=${RING_RADIUS}></circle>`;
    });
  });
}

/** The earlier period's curves, muted: thinner, dotted, under the chosen period's. */
export function earlierLines(ctx: PlotContext) {
  const { model, win } = ctx;
  return ctx.shown.map((c) => {
    const earlier = model.curves[c]!.earlier;
    if (!earlier || !win.earlierPaths[c]) return nothing;
    return svg`<path class="curve-line curve-line--earlier" data-curve=${c} data-period=${earlier.period} d=${win.earlierPaths[c]!}
      stroke-dasharray=${earlier.dash} style=${styleProperties({ '--curve-colour': model.curves[c]!.colour })}></path>`;
  });
}

/** ▲ and ▼ beside a point whose change from the earlier period is significant, ? where it cannot be known. */
export function changes(ctx: PlotContext) {
  const shown = new Set(ctx.shown);
  return repeat(
    ctx.win.changeMarks.filter((m) => shown.has(m.curve)),
    (m) => `${m.index}:${m.curve}`,
    (m) =>
      svg`<text class="change-mark change-mark--${m.kind}" data-curve=${m.curve} data-index=${m.index} x=${m.x} y=${m.y} text-anchor="middle" dy="0.35em">${CHANGE_GLYPHS[m.kind]}</text>`,
  );
}

/** A dashed outline around the column of every touchpoint with a fresh dip of a live refresh. */
export function dipMarks(ctx: PlotContext) {
  const { layout, frame } = ctx.geometry;
  const { first, last } = ctx.win;
  const columns = new Set<number>();
  for (const key of ctx.dipped) columns.add(Number(key.split(':')[0]));
  return [...columns]
    .filter((i) => i >= first && i <= last)
    .sort((a, b) => a - b)
    .map(
      (i) =>
        svg`<rect class="dip-mark" data-index=${i} x=${layout.columns[i]!.x0 + 3} width=${layout.columnWidth - 6} y=${frame.plotTop - 6} height=${frame.plotBottom - frame.plotTop + 12} rx="6"></rect>`,
    );
}
