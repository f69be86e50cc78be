/**
 * Geometry of the emotion curve for a given column layout and height: the vertical frame,
 * the emotion scale (−5…+5), one line path per curve (gaps where no score was recorded),
 * marker positions, and label placement that never overlaps and never overflows its column.
 * No DOM: text is measured with a function the caller passes (or a deterministic estimate).
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { type CurveFactory, curveLinear, curveMonotoneX, curveStep, line } from 'd3-shape';
import type { EmotionPoint } from '../analytics/emotion.js';
import type { ColumnLayout } from './columns.js';

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

/** The emotion scale: −5 at `bottom`, +5 at `top`. */
export function emotionScale(top: number, bottom: number): ScaleLinear<number, number> {
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
export function emotionTicks(scale: ScaleLinear<number, number>, spacing = 20): AxisTick[] {
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
  y: ScaleLinear<number, number>,
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
  y: ScaleLinear<number, number>,
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

/** Measures the width of `text` in px at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number) => number;

// Average advance widths (em) of a humanist sans-serif, by character class: a deterministic
// estimate for places without a canvas, slightly generous so truncation errs on the safe side.
const NARROW = new Set([..."iljtfrI.,:;!|'()[] "]);
const WIDE = new Set([...'mwMWœæ@%']);

/** A deterministic estimate of text width (used when no measuring function is given). */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else em += 0.56;
  }
  return em * fontSize;
};

const ELLIPSIS = '…';

/** `text` cut (with an ellipsis) to at most `maxWidth` px; returns whether it was cut. */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): { text: string; truncated: boolean; width: number } {
  const full = measure(text, fontSize);
  if (full <= maxWidth) return { text, truncated: false, width: full };
  const chars = [...text];
  // Binary search for the longest prefix that fits with the ellipsis.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (measure(candidate, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) {
    const width = measure(ELLIPSIS, fontSize);
    return width <= maxWidth ? { text: ELLIPSIS, truncated: true, width } : { text: '', truncated: true, width: 0 };
  }
  const cut = chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
  return { text: cut, truncated: true, width: measure(cut, fontSize) };
}

const VOWELS = new Set([...'aeiouyàáâäèéêëìíîïòóôöùúûü']);
const isConsonant = (ch: string | undefined) =>
  ch !== undefined && /\p{L}/u.test(ch) && !VOWELS.has(ch.toLocaleLowerCase());

/**
 * Where to break a word that is wider than a line: after at least 3 and before the last 2
 * characters, with the hyphen fitting. The longest such prefix ending between two consonants
 * ("Welkomst-pakket") is preferred when it keeps 60 % of the room; else the longest that fits.
 * 0 when the word cannot be broken.
 */
function hyphenPoint(chars: readonly string[], maxWidth: number, fontSize: number, measure: MeasureText): number {
  let fit = 0;
  for (let k = 3; k <= chars.length - 2; k += 1) {
    if (measure(`${chars.slice(0, k).join('')}-`, fontSize) <= maxWidth) fit = k;
    else break;
  }
  for (let k = fit; k >= Math.max(3, Math.ceil(fit * 0.6)); k -= 1) {
    if (isConsonant(chars[k - 1]) && isConsonant(chars[k])) return k;
  }
  return fit;
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of at most `maxWidth` px. A word
 * wider than a line is broken with a hyphen; the last line is cut with an ellipsis when the
 * text does not fit.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): { lines: string[]; truncated: boolean } {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let truncated = false;
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      // The last line takes the rest, cut to fit.
      const cut = truncateText(words.slice(i).join(' '), maxWidth, fontSize, measure);
      truncated ||= cut.truncated;
      if (cut.text !== '') lines.push(cut.text);
      i = words.length;
      break;
    }
    let current = words[i]!;
    i += 1;
    if (measure(current, fontSize) > maxWidth) {
      // A word wider than the line (Dutch compounds: "Welkomstpakket") is broken with a hyphen
      // and its rest starts the next line; a word that cannot be broken sensibly is cut.
      const chars = [...current];
      const fit = hyphenPoint(chars, maxWidth, fontSize, measure);
      if (fit > 0) {
        lines.push(`${chars.slice(0, fit).join('')}-`);
        i -= 1;
        words[i] = chars.slice(fit).join('');
      } else {
        const cut = truncateText(current, maxWidth, fontSize, measure);
        truncated = true;
        if (cut.text !== '') lines.push(cut.text);
      }
      continue;
    }
    while (i < words.length && measure(`${current} ${words[i]!}`, fontSize) <= maxWidth) {
      current = `${current} ${words[i]!}`;
      i += 1;
    }
    lines.push(current);
  }
  if (i < words.length) truncated = true;
  return { lines, truncated };
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

/** The columns to render for a horizontal viewport, with `margin` px either side, snapped to `chunk` columns. */
export function renderWindow(
  layout: ColumnLayout,
  scrollLeft: number,
  viewportWidth: number,
  margin: number,
  chunk = 16,
): { first: number; last: number } {
  const count = layout.columns.length;
  if (count === 0 || layout.columnWidth <= 0) return { first: 0, last: -1 };
  const left = scrollLeft - margin;
  const right = scrollLeft + Math.max(viewportWidth, 1) + margin;
  const first = Math.max(0, Math.floor((left - layout.inset) / layout.columnWidth));
  const last = Math.min(count - 1, Math.floor((right - layout.inset) / layout.columnWidth));
  const snappedFirst = Math.max(0, Math.floor(first / chunk) * chunk);
  const snappedLast = Math.min(count - 1, Math.ceil((last + 1) / chunk) * chunk - 1);
  return { first: Math.min(snappedFirst, snappedLast), last: snappedLast };
}
