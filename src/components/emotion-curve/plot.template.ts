import { type TemplateResult, html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CurveMarker } from '../../layout/emotion-curve.js';
import type { MomentBadge, PointLabel } from '../../layout/emotion-labels.js';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { styleProperties } from '../../shared/style-properties.js';
import { pointName } from './describe.js';
import { backdrop, changes, dipMarks, drops, earlierLines, moments, rings } from './marks.template.js';
import { type Geometry, INNER_TICK_X, type JourneyModel, type PointRef, type WindowGeometry } from './model.js';

/** Size of an emotion glyph (px², d3-shape's measure). */
const GLYPH_SIZE = 80;
/** Width of the box of a hosted curve's ticks laid over its plot. */
const OVERLAY_AXIS_WIDTH = 40;

/** Everything the plot draws, derived before the render: the templates only map it to SVG. */
export interface PlotContext {
  model: JourneyModel;
  geometry: Geometry;
  win: WindowGeometry;
  localizer: Localizer;
  shown: readonly number[];
  hosted: boolean;
  rtl: boolean;
  /** Ticks laid over the plot (a hosted curve without room for its axis). */
  insideTicks: boolean;
  active: PointRef;
  /** The active point's marker, found also outside the window (null without touchpoints). */
  activeMarker: CurveMarker | null;
  atPhaseLevel: boolean;
  /** The phase holding the tab stop at the phase level, and its summary. */
  phase: { band: number; name: string } | null;
  focused: boolean;
  highlight: PointRef | null;
  pointLabels: readonly PointLabel[];
  momentBadges: readonly MomentBadge[];
  viewport: number;
  scrolled: boolean;
  /** The points with a fresh dip of a live refresh, as `index:curve` (plot-state.ts `dippedPoints`). */
  dipped: ReadonlySet<string>;
  tooltip: TemplateResult | typeof nothing;
  on: Record<
    'scroll' | 'keydown' | 'pointermove' | 'pointerleave' | 'click' | 'focusin' | 'focusout',
    (e: Event) => void
  >;
}

/** The scrolling plot: the sticky axis, the phase band labels, the chart, and the tooltip over it. */
export function plot(ctx: PlotContext): TemplateResult {
  const { layout, frame } = ctx.geometry;
  return html`<div class="plot-wrap">
    <div part="plot" class="scroller${ctx.scrolled ? ' scroller--scrolled' : ''}" @scroll=${ctx.on.scroll}>
      <div
        class="canvas"
        style=${styleProperties({
          width: `${layout.width}px`,
          height: `${frame.height}px`,
          '--inset': `${layout.inset}px`,
          '--band-height': `${frame.bandBottom}px`,
        })}
      >
        ${axis(ctx)} ${bandLabels(ctx)} ${chart(ctx)}
      </div>
    </div>
    ${ctx.tooltip}
  </div>`;
}

function axis(ctx: PlotContext): TemplateResult {
  const { layout, frame, ticks } = ctx.geometry;
  const { rtl, localizer } = ctx;
  if (ctx.insideTicks) {
    // Laid over the plot's start, taking no room, sticking beside the host's sticky lane headers.
    const width = OVERLAY_AXIS_WIDTH;
    return html`<div class="axis axis--overlay" aria-hidden="true" style=${styleProperties({ width: `${width}px`, height: `${frame.height}px`, 'margin-inline-end': `${-width}px` })}>
      <svg width=${width} height=${frame.height} viewBox="0 0 ${width} ${frame.height}">
        ${ticks.map((t) => svg`<text class="tick-label tick-label--inside${t.value === 0 ? ' tick-label--zero' : ''}" x=${rtl ? width - INNER_TICK_X : INNER_TICK_X} y=${t.y} dy="0.35em" text-anchor=${rtl ? 'end' : 'start'}>${localizer.signed(t.value)}</text>`)}
      </svg>
    </div>`;
  }
  const inset = layout.inset;
  const middle = (frame.plotTop + frame.plotBottom) / 2;
  // The axis sits at the inline start: its numbers face the plot, its title the outer edge.
  const tickX = rtl ? 8 : inset - 8;
  return html`<div class="axis" aria-hidden="true" style=${styleProperties({ width: `${inset}px`, height: `${frame.height}px` })}>
    <svg width=${inset} height=${frame.height} viewBox="0 0 ${inset} ${frame.height}">
      ${
        inset >= 48 && !ctx.hosted
          ? svg`<text class="axis-title" text-anchor="middle" transform="translate(${rtl ? inset - 14 : 14} ${middle}) rotate(-90)">${localizer.messages.axis.emotion}</text>`
          : nothing
      }
      ${ticks.map((t) => svg`<text class="tick-label${t.value === 0 ? ' tick-label--zero' : ''}" x=${tickX} y=${t.y} dy="0.35em" text-anchor=${rtl ? 'start' : 'end'}>${localizer.signed(t.value)}</text>`)}
    </svg>
  </div>`;
}

function bandLabels(ctx: PlotContext): TemplateResult | typeof nothing {
  const bands = ctx.win.bands;
  if (bands.length === 0) return nothing;
  return html`<div class="bands" aria-hidden="true" style=${styleProperties({ height: `${ctx.geometry.frame.bandBottom}px` })}>
    ${repeat(
      bands,
      (b) => b.firstIndex,
      (b) =>
        html`<div class="band${b.phaseIndex % 2 === 1 ? ' band--odd' : ''}" style=${styleProperties({ 'inset-inline-start': `${b.x0}px`, width: `${b.x1 - b.x0}px` })}>
          <span class="band-label">${b.label}</span>
        </div>`,
    )}
  </div>`;
}

function chart(ctx: PlotContext): TemplateResult {
  const { model, win, localizer, highlight, shown } = ctx;
  const { frame, layout } = ctx.geometry;
  const width = Math.max(1, win.x1 - win.x0);
  const noScores = shown.every((c) => model.curves[c]!.scored === 0);
  // tabindex -1: Chromium makes an <svg> with focus listeners a tab stop of its own; the one tab
  // stop is the active point.
  return html`<svg
    class="chart mirror-rtl"
    role="group"
    tabindex="-1"
    aria-label=${`${localizer.messages.elementNames.emotionCurve}: ${model.journey.title}`}
    width=${width}
    height=${frame.height}
    viewBox="${win.x0} 0 ${width} ${frame.height}"
    style=${styleProperties({ 'inset-inline-start': `${win.x0}px` })}
    @keydown=${ctx.on.keydown}
    @pointermove=${ctx.on.pointermove}
    @pointerleave=${ctx.on.pointerleave}
    @click=${ctx.on.click}
    @focusin=${ctx.on.focusin}
    @focusout=${ctx.on.focusout}
  >
    <g aria-hidden="true">
      ${backdrop(ctx)}
      ${
        highlight && highlight.index >= win.first && highlight.index <= win.last
          ? svg`<rect class="column-highlight" x=${layout.columns[highlight.index]!.x0} width=${layout.columnWidth} y=${frame.bandBottom} height=${frame.height - frame.bandBottom}></rect>`
          : nothing
      }
      ${moments(ctx)} ${dipMarks(ctx)} ${drops(ctx)} ${earlierLines(ctx)}
      ${repeat(
        shown,
        (c) => c,
        (c) => {
          const curve = model.curves[c]!;
          return svg`<path class="curve-line" data-curve=${c} d=${win.paths[c]!} stroke-dasharray=${curve.dash} style=${styleProperties({ '--curve-colour': curve.colour })}></path>`;
        },
      )}
      ${rings(ctx)} ${changes(ctx)}
    </g>
    ${ctx.atPhaseLevel ? phaseTarget(ctx) : nothing}
    <g class="points">${points(ctx)}</g>
    <g aria-hidden="true">
      ${repeat(
        ctx.pointLabels,
        (l) => l.key,
        (l) =>
          svg`<text class="point-label point-label--${l.kind}" data-curve=${l.curve} x=${l.x} y=${l.y} text-anchor="middle">${l.text}</text>`,
      )}
      ${repeat(
        win.labels,
        (l) => l.index,
        (l) =>
          svg`<text class="column-label${highlight?.index === l.index ? ' column-label--active' : ''}" data-index=${l.index} x=${l.x} y=${frame.labelTop} text-anchor="middle">${l.lines.map(
            (line, k) => svg`<tspan x=${l.x} dy=${k === 0 ? 0 : frame.labelLineHeight}>${line}</tspan>`,
          )}</text>`,
      )}
      ${
        noScores
          ? svg`<text class="no-data" x=${Math.max(layout.inset, win.x0) + Math.min(ctx.viewport || 320, win.x1 - win.x0) / 2} y=${(frame.plotTop + frame.plotBottom) / 2 - 12} text-anchor="middle">${localizer.capitalise(localizer.messages.emotionCurve.noEmotions)}</text>`
          : nothing
      }
      ${ctx.focused && layout.columns.length > 0 && !ctx.atPhaseLevel ? focusRing(ctx) : nothing}
    </g>
  </svg>`;
}

function points(ctx: PlotContext) {
  const { active, win, model } = ctx;
  // The point with the tab stop is drawn even outside the window, so focus has a target; at the phase level a phase holds it.
  const outside = (active.index < win.first || active.index > win.last) && !ctx.atPhaseLevel;
  return svg`${repeat(
    ctx.shown,
    (c) => c,
    (c) =>
      svg`<g class="curve-points" data-curve=${c} style=${styleProperties({ '--curve-colour': model.curves[c]!.colour })}>${repeat(
        win.markers[c]!,
        (marker) => marker.index,
        (marker) => point(ctx, c, marker),
      )}${outside && active.curve === c && ctx.activeMarker ? point(ctx, c, ctx.activeMarker) : nothing}</g>`,
  )}`;
}

function point(ctx: PlotContext, c: number, marker: CurveMarker) {
  const isActive = ctx.active.index === marker.index && ctx.active.curve === c && !ctx.atPhaseLevel;
  const y = marker.y ?? ctx.geometry.y(0);
  const glyph = marker.score === null ? null : emotionGlyph(marker.label, GLYPH_SIZE);
  const shape =
    marker.score === null
      ? nothing
      : glyph
        ? svg`<path class="glyph glyph--${glyph.style}" d=${glyph.path}></path>`
        : svg`<circle class="dot" r="4.5"></circle>`;
  return svg`<g
    class="point ${marker.score === null ? 'gap' : 'scored'}"
    role="img"
    tabindex=${isActive ? 0 : -1}
    aria-label=${pointName(ctx.model, ctx.geometry, c, marker.index, ctx.localizer, ctx.dipped.has(`${marker.index}:${c}`))}
    data-index=${marker.index}
    data-curve=${c}
    transform="translate(${marker.x} ${y})"
  ><circle class="hit" r="12"></circle>${shape}</g>`;
}

/** The phase holding the tab stop at the phase level: a focusable area over its columns, named by its summary. */
function phaseTarget(ctx: PlotContext) {
  const band = ctx.phase ? ctx.geometry.layout.bands[ctx.phase.band] : undefined;
  if (!ctx.phase || !band) return nothing;
  const { frame } = ctx.geometry;
  const y = frame.plotTop - 8;
  const height = frame.plotBottom - frame.plotTop + 16;
  const width = Math.max(0, band.x1 - band.x0 - 4);
  return svg`<rect class="phase-target" role="img" tabindex="0" aria-label=${ctx.phase.name} data-band=${ctx.phase.band}
      x=${band.x0 + 2} width=${width} y=${y} height=${height} rx="6"></rect>
    ${ctx.focused ? svg`<rect class="focus-ring" aria-hidden="true" x=${band.x0 + 2} width=${width} y=${y} height=${height} rx="6"></rect>` : nothing}`;
}

function focusRing(ctx: PlotContext) {
  const marker = ctx.activeMarker;
  if (!marker) return nothing;
  const { frame, layout } = ctx.geometry;
  if (marker.y === null) {
    const column = layout.columns[marker.index]!;
    return svg`<rect class="focus-ring" x=${column.x0 + 2} width=${layout.columnWidth - 4} y=${frame.plotTop - 8} height=${frame.plotBottom - frame.plotTop + 16} rx="6"></rect>`;
  }
  return svg`<circle class="focus-ring" cx=${marker.x} cy=${marker.y} r="13"></circle>`;
}
