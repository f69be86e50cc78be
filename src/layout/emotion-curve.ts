/**
 * Geometry of the emotion curve for a given column layout and height: the vertical frame,
 * the emotion scale (−5…+5), one line path per curve (gaps where no score was recorded),
 * marker positions, and label placement that never overlaps and never overflows its column.
 * No DOM: text is measured with a function the caller passes (or a deterministic estimate).
 */
import { type LinearScale, scaleLinear } from './scale.js';
import { type CurveFactory, curveLinear, curveMonotoneX, curveStep, line } from 'd3-shape';
import type { EmotionPoint } from '../analytics/emotion.js';
import type { ColumnLayout } from './columns.js';
import { type MeasureText, estimateTextWidth, truncateText, wrapText } from './text.js';

export { type MeasureText, estimateTextWidth, truncateText, wrapText } from './text.js';

/** How the line between two touchpoints is drawn. */
export const CURVE_KINDS = ['monotone', 'linear', 'step'] as const;
export type CurveKind = (typeof CURVE_KINDS)[number];

/** The emotion scale of the model: −5 (worst) to +5 (best). */
export const EMOTION_DOMAIN = [-5, 5] as const;

const FACTORIES: Record<CurveKind, CurveFactory> = {
  // Monotone in x keeps the line from overshooting a score (a smooth curve that invents a +5.4 would lie).
  monotone: curveMonotoneX,
  linear: curveLinear,
  // A step holds each touchpoint's feeling across its column, changing halfway to the next.
  step: curveStep,
};

/** The d3-shape curve factory of a curve kind (monotone for anything unknown). */
export function curveFactory(kind: string): CurveFactory {
  return FACTORIES[(CURVE_KINDS as readonly string[]).includes(kind) ? (kind as CurveKind) : 'monotone'];
}

/** Vertical bands of the drawing, in px from its top. */
export interface CurveFrame {
  height: number;
  /** Row of the phase bands. */
  bandTop: number;
  bandBottom: number;
  /** Centre line of the moment-of-truth markers. */
  momentY: number;
  /** Top of the room that the labels of points (peak, end, drop, emotion word) may take. */
  marksTop: number;
  /** Where +5 and −5 are drawn. */
  plotTop: number;
  plotBottom: number;
  /** First baseline of the touchpoint labels under the plot, and their line height. */
  labelTop: number;
  labelLineHeight: number;
}

/** Row heights of the frame (px). */
export const FRAME = {
  band: 32,
  moment: 24,
  /** Room above +5 and below −5 for markers and their labels. */
  plotPadding: 22,
  labelLines: 3,
  labelLineHeight: 16,
  labelGap: 10,
  bottom: 8,
} as const;

/** The vertical frame for a drawing `height` px tall (never shorter than the rows need). */
export function curveFrame(height: number): CurveFrame {
  const labelBlock = FRAME.labelGap + FRAME.labelLines * FRAME.labelLineHeight + FRAME.bottom;
  const minPlot = 120;
  const fixed = FRAME.band + FRAME.moment + 2 * FRAME.plotPadding + labelBlock;
  const total = Math.max(height, fixed + minPlot);
  const bandTop = 0;
  const bandBottom = FRAME.band;
  const momentY = bandBottom + FRAME.moment / 2;
  const plotTop = bandBottom + FRAME.moment + FRAME.plotPadding;
  const plotBottom = total - labelBlock - FRAME.plotPadding;
  const labelTop = plotBottom + FRAME.plotPadding + FRAME.labelGap + 12;
  return {
    height: total,
    bandTop,
    bandBottom,
    momentY,
    marksTop: bandBottom + FRAME.moment,
    plotTop,
    plotBottom,
    labelTop,
    labelLineHeight: FRAME.labelLineHeight,
  };
}

/** Height of the drawing (px) when a `<journey-map>` hosts the curve as one of its lanes. */
export const HOSTED_HEIGHT = 240;

/**
 * The vertical frame of a hosted curve (a lane of `<journey-map>`): the map draws the phases,
 * the moments of truth and the touchpoint labels itself, so the frame is only the plot with room
 * above +5 and below −5 for the marks and their labels. Never shorter than a 120 px plot.
 */
export function hostedCurveFrame(height: number = HOSTED_HEIGHT): CurveFrame {
  const minPlot = 120;
  const total = Math.max(height, minPlot + 2 * FRAME.plotPadding + FRAME.bottom);
  const plotTop = FRAME.plotPadding;
  const plotBottom = total - FRAME.plotPadding - FRAME.bottom;
  return {
    height: total,
    bandTop: 0,
    bandBottom: 0,
    momentY: 0,
    marksTop: 0,
    plotTop,
    plotBottom,
    labelTop: total,
    labelLineHeight: FRAME.labelLineHeight,
  };
}

/** The emotion scale: −5 at `bottom`, +5 at `top` (the number-only scale of ./scale.js). */
export function emotionScale(top: number, bottom: number): LinearScale {
  return scaleLinear().domain([EMOTION_DOMAIN[0], EMOTION_DOMAIN[1]]).range([bottom, top]);
}

/** One tick of the emotion axis. */
export interface AxisTick {
  value: number;
  y: number;
}

/**
 * Axis ticks of the emotion scale, at least `spacing` px apart: every point, every 2.5 or
 * only −5, 0 and +5 — steps that divide the scale evenly, so both ends and 0 are always ticks.
 */
export function emotionTicks(scale: (score: number) => number, spacing = 20): AxisTick[] {
  const [low, high] = EMOTION_DOMAIN;
  const unit = Math.abs(scale(1) - scale(0));
  const step = [1, 2.5].find((s) => unit * s >= spacing) ?? 5;
  const count = Math.round((high - low) / step);
  return Array.from({ length: count + 1 }, (_, k) => {
    const value = low + k * step;
    return { value, y: scale(value) };
  });
}

/** A point of a curve placed in the drawing. */
export interface CurveMarker {
  /** Touchpoint index in journey order. */
  index: number;
  touchpointId: string;
  x: number;
  /** Null where no score was recorded (a gap). */
  y: number | null;
  score: number | null;
  label?: string;
}

/** Marker positions of one curve for the columns `first…last` (inclusive). */
export function curveMarkers(
  series: readonly EmotionPoint[],
  layout: ColumnLayout,
  y: (score: number) => number,
  first = 0,
  last = series.length - 1,
): CurveMarker[] {
  const out: CurveMarker[] = [];
  const to = Math.min(last, series.length - 1, layout.columns.length - 1);
  for (let i = Math.max(0, first); i <= to; i += 1) {
    const point = series[i]!;
    const column = layout.columns[i]!;
    const marker: CurveMarker = {
      index: i,
      touchpointId: point.touchpointId,
      x: column.cx,
      y: point.score === null ? null : y(point.score),
      score: point.score,
    };
    if (point.label !== undefined) marker.label = point.label;
    out.push(marker);
  }
  return out;
}

/**
 * The SVG path of one curve over the columns `first…last`, one neighbour on each side
 * included so the line runs on past the edge of a virtualised window. A missing score
 * breaks the line (`line().defined()`): the path then has one `M` per run of scores.
 */
export function curvePath(
  series: readonly EmotionPoint[],
  layout: ColumnLayout,
  y: (score: number) => number,
  kind: string,
  first = 0,
  last = series.length - 1,
): string {
  const from = Math.max(0, first - 1);
  const to = Math.min(series.length - 1, layout.columns.length - 1, last + 1);
  if (to < from) return '';
  const points = series.slice(from, to + 1);
  const generator = line<EmotionPoint>()
    .defined((p) => p.score !== null)
    .x((p) => layout.columns[p.index]!.cx)
    .y((p) => y(p.score ?? 0))
    .curve(curveFactory(kind));
  return generator(points) ?? '';
}

/** A touchpoint's name under its column, wrapped and cut to fit the column. */
export interface ColumnLabel {
  index: number;
  x: number;
  lines: string[];
  /** Whether the text had to be cut (the full text is then in the tooltip and accessible name). */
  truncated: boolean;
  full: string;
}

/** Horizontal room kept free on each side of a label inside its column. */
export const LABEL_PADDING = 4;

/** The touchpoint labels of the columns `first…last`, each wrapped and cut to its column. */
export function columnLabels(
  labels: readonly string[],
  layout: ColumnLayout,
  options: { fontSize?: number; maxLines?: number; measure?: MeasureText; first?: number; last?: number } = {},
): ColumnLabel[] {
  const fontSize = options.fontSize ?? 12;
  const maxLines = options.maxLines ?? FRAME.labelLines;
  const maxWidth = Math.max(0, layout.columnWidth - 2 * LABEL_PADDING);
  const first = Math.max(0, options.first ?? 0);
  const last = Math.min(layout.columns.length - 1, labels.length - 1, options.last ?? Infinity);
  const out: ColumnLabel[] = [];
  for (let i = first; i <= last; i += 1) {
    const full = labels[i]!;
    const wrapped = wrapText(full, maxWidth, maxLines, fontSize, options.measure);
    out.push({ index: i, x: layout.columns[i]!.cx, lines: wrapped.lines, truncated: wrapped.truncated, full });
  }
  return out;
}

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A label that wants to sit next to a marker. */
export interface LabelRequest {
  key: string;
  text: string;
  /** The marker it belongs to. */
  x: number;
  y: number;
  /** Half the marker's size: the label keeps clear of it. */
  radius: number;
  /** Higher is placed first (and wins the best spot). */
  priority: number;
  /** Side tried first. */
  prefer: 'above' | 'below';
  fontSize?: number;
}

/** A label placed next to its marker, cut to fit. */
export interface PlacedLabel {
  key: string;
  text: string;
  full: string;
  truncated: boolean;
  /** Centre x and baseline y of the text. */
  x: number;
  y: number;
  fontSize: number;
  box: Box;
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelOptions {
  /** Widest a label may be (the column width less padding). */
  maxWidth: number;
  /** Labels stay inside this vertical range. */
  top: number;
  bottom: number;
  /** Boxes no label may cover (the markers). */
  obstacles?: readonly Box[];
  measure?: MeasureText;
  /** Gap between a marker and its label. */
  gap?: number;
}

/**
 * Places labels next to their markers without overlapping each other or any obstacle and
 * without leaving [top, bottom]: highest priority first, each trying its preferred side,
 * the other side, then one line further out on either side. A label that finds no free spot
 * is left out (its text stays in the tooltip and the accessible name). Intended for the
 * labels of one column: labels are never wider than `maxWidth`, so columns cannot collide.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceLabelOptions): PlacedLabel[] {
  const measure = options.measure ?? estimateTextWidth;
  const gap = options.gap ?? 3;
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.x - b.x || a.y - b.y);
  for (const request of order) {
    const fontSize = request.fontSize ?? 12;
    const cut = truncateText(request.text, options.maxWidth, fontSize, measure);
    if (cut.text === '') continue;
    const lineHeight = Math.ceil(fontSize * 1.25);
    const half = cut.width / 2;
    const above = (step: number): Box => {
      const y1 = request.y - request.radius - gap - step * lineHeight;
      return { x0: request.x - half, x1: request.x + half, y0: y1 - lineHeight, y1 };
    };
    const below = (step: number): Box => {
      const y0 = request.y + request.radius + gap + step * lineHeight;
      return { x0: request.x - half, x1: request.x + half, y0, y1: y0 + lineHeight };
    };
    const first = request.prefer === 'above' ? above : below;
    const second = request.prefer === 'above' ? below : above;
    const candidates = [first(0), second(0), first(1), second(1)];
    const box = candidates.find(
      (c) =>
        c.y0 >= options.top &&
        c.y1 <= options.bottom &&
        !taken.some((t) => overlaps(c, t)) &&
        !(options.obstacles ?? []).some((o) => overlaps(c, o)),
    );
    if (!box) continue;
    taken.push(box);
    placed.push({
      key: request.key,
      text: cut.text,
      full: request.text,
      truncated: cut.truncated,
      x: request.x,
      // Baseline: the box holds the line with the descender room below it.
      y: box.y1 - Math.round(fontSize * 0.3),
      fontSize,
      box,
    });
  }
  return placed;
}
