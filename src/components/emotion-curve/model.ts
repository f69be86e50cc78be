/**
 * What the emotion curve draws, derived without Lit: the curves of a journey (model), their
 * geometry for a width (layout), the slice of it for the rendered columns (window), and the
 * tooltip's place. The element memoises each step on its inputs.
 */
import type { LinearScale } from '../../layout/scale.js';
import {
  type EmotionDrop,
  type EmotionPoint,
  type PeakEnd,
  type ScoredPoint,
  curveKeys,
  emotionSeries,
  emotionTrend,
  highestPoints,
  largestDrops,
  lowestPoints,
  peakEndOf,
} from '../../analytics/emotion.js';
import { type ColumnLayout, type PhaseBand, columnLayout } from '../../layout/columns.js';
import {
  type AxisTick,
  CURVE_KINDS,
  type ColumnLabel,
  type CurveFrame,
  type CurveMarker,
  type MeasureText,
  columnLabels,
  curveFrame,
  curveMarkers,
  curvePath,
  emotionScale,
  emotionTicks,
  hostedCurveFrame,
} from '../../layout/emotion-curve.js';
import type { Journey, Touchpoint } from '../../model/types.js';
import { uniqueId } from '../../shared/ids.js';
import { isAllPersonas } from '../../shared/personas.js';
import { personaStroke } from '../../shared/theme.js';
import { type ChangeMark, type CurvePeriods, type EarlierCurve, changeMarks, earlierCurve } from './periods.js';

/** Space left of the first column for the emotion axis (px). */
export const AXIS_INSET = 56;
/** Space after the last column (px). */
export const END_SPACE = 12;
/** Narrowest a column gets: two lines of a 12 px touchpoint label and an emotion word fit. */
export const MIN_COLUMN_WIDTH = 88;
/** Font size of every text in the drawing (px). */
export const TEXT_SIZE = 12;
/** Narrowest inset that holds the axis beside the plot; a hosted curve given less draws its ticks inside the plot. */
export const MIN_AXIS_INSET = 40;
/** Where ticks drawn inside the plot start, from the left of the first column (px). */
export const INNER_TICK_X = 6;

/**
 * How the curve lays itself out: `standalone` (its own title, legend, phase bands, touchpoint
 * labels, table view and summary) or `hosted` (a lane of `<journey-map>`, which shows all of
 * those itself: only the axis, the zero line, the curves, glyphs, peak-end and drop marks).
 */
export const EMOTION_CURVE_MODES = ['standalone', 'hosted'] as const;
/** One layout mode of `<emotion-curve>`. */
export type EmotionCurveMode = (typeof EMOTION_CURVE_MODES)[number];

/** One curve: a persona's, or all customers' when the journey has no personas. */
export interface CurveModel {
  /** Persona id, or null for all customers. */
  key: string | null;
  /** Persona name, or undefined for all customers. */
  name: string | undefined;
  colour: string;
  dash: string;
  /** The id of the clip path of its largest drop (allocated here, never in a render). */
  clipId: string;
  series: EmotionPoint[];
  scored: number;
  first: ScoredPoint | undefined;
  peakEnd: PeakEnd | null;
  drop: EmotionDrop | undefined;
  lowest: ScoredPoint | undefined;
  highest: ScoredPoint | undefined;
  trend: 'rising' | 'falling' | 'level' | null;
  /** The earlier period's curve and the changes to it, when two periods are compared. */
  earlier?: EarlierCurve;
}

/** Everything derived from the journey alone. */
export interface JourneyModel {
  journey: Journey;
  curves: CurveModel[];
  phaseLabels: Map<string, string>;
  /** The periods drawn (both null for a journey without periods or without a chosen one). */
  periods: CurvePeriods;
}

/** Everything derived from the journey and the width. */
export interface Geometry {
  layout: ColumnLayout;
  frame: CurveFrame;
  /** The emotion scale, −5 at the bottom of the plot, +5 at its top. */
  scale: LinearScale;
  y: (score: number) => number;
  ticks: AxisTick[];
  /** Index in `layout.bands` of each column's band. */
  bandOf: Uint32Array;
}

/** What is drawn for the columns `first…last`. */
export interface WindowGeometry {
  first: number;
  last: number;
  x0: number;
  x1: number;
  /** Per curve (all curves, shown or not). */
  paths: string[];
  markers: CurveMarker[][];
  labels: ColumnLabel[];
  bands: PhaseBand[];
  moments: { index: number; x: number; touchpoint: Touchpoint }[];
  /** Per curve, the earlier period's path (empty without a comparison). */
  earlierPaths: string[];
  /** The significant and unknown changes between the periods, beside their points. */
  changeMarks: ChangeMark[];
}

/** A point of the plot: a touchpoint on one curve. */
export interface PointRef {
  index: number;
  curve: number;
}

/** The curves of a journey with what the summary, legend and marks need; in `periods.period` and compared with `periods.compare` when given. */
export function buildModel(journey: Journey, periods: CurvePeriods = { period: null, compare: null }): JourneyModel {
  const personas = journey.personas ?? [];
  const curves = curveKeys(journey).map((key, index): CurveModel => {
    const persona = key === null ? undefined : personas.find((p) => p.id === key);
    const series = emotionSeries(journey, key, periods.period);
    const scoredPoints = series.filter((p) => p.score !== null);
    const first = scoredPoints[0];
    const { colour, dash } = personaStroke(index, persona);
    return {
      key,
      name: persona?.name,
      colour,
      dash,
      clipId: uniqueId('curve-drop'),
      series,
      scored: scoredPoints.length,
      first: first ? { touchpointId: first.touchpointId, index: first.index, score: first.score! } : undefined,
      peakEnd: peakEndOf(series, key),
      drop: largestDrops(series, 1)[0],
      lowest: lowestPoints(series, 1)[0],
      highest: highestPoints(series, 1)[0],
      trend: emotionTrend(series),
      ...(periods.compare === null
        ? {}
        : { earlier: earlierCurve(journey, key, series, emotionSeries(journey, key, periods.compare), periods) }),
    };
  });
  return { journey, curves, periods, phaseLabels: new Map(journey.phases.map((p) => [p.id, p.label])) };
}

/** Whether a given layout's columns are this journey's touchpoints, in order. */
export function layoutFits(layout: ColumnLayout | undefined, journey: Journey): layout is ColumnLayout {
  return (
    layout !== undefined &&
    layout.columns.length === journey.touchpoints.length &&
    layout.columns.every((c, i) => c.touchpointId === journey.touchpoints[i]!.id)
  );
}

/**
 * The geometry for `width` px (0 for a hosted curve, which draws on its host's layout whatever its
 * own width): the given layout when it fits the journey, else the curve's own, `ownWidth` wide.
 */
export function layOut(
  model: JourneyModel,
  width: number,
  ownWidth: number,
  given: ColumnLayout | undefined,
  hosted: boolean,
): Geometry {
  const layout = layoutFits(given, model.journey)
    ? given
    : columnLayout(model.journey, {
        width: ownWidth,
        minColumnWidth: MIN_COLUMN_WIDTH,
        inset: AXIS_INSET,
        end: END_SPACE,
      });
  const basis = width || layout.width;
  const height = basis < 480 ? 340 : basis >= 1600 ? 440 : 380;
  const frame = hosted ? hostedCurveFrame() : curveFrame(height);
  const scale = emotionScale(frame.plotTop, frame.plotBottom);
  const bandOf = new Uint32Array(layout.columns.length);
  layout.bands.forEach((band, b) => bandOf.fill(b, band.firstIndex, band.lastIndex + 1));
  return { layout, frame, scale, y: (score) => scale(score), ticks: emotionTicks(scale), bandOf };
}

/** The curves shown for `persona` (an id, or `all`): indices into `model.curves`. */
export function shownCurves(model: JourneyModel, persona: string | undefined): number[] {
  if (!isAllPersonas(persona)) {
    const index = model.curves.findIndex((c) => c.key === persona!.trim());
    if (index >= 0) return [index];
  }
  return model.curves.map((_, i) => i);
}

/** Paths, markers, labels, bands and moments of the columns `first…last`. */
export function windowGeometry(
  model: JourneyModel,
  geometry: Geometry,
  range: { first: number; last: number },
  options: { kind: string; hosted: boolean; measure: MeasureText },
): WindowGeometry {
  const { first, last } = range;
  const { layout, scale } = geometry;
  const kind = (CURVE_KINDS as readonly string[]).includes(options.kind) ? options.kind : 'monotone';
  const count = layout.columns.length;
  const x0 = first <= 0 || count === 0 ? 0 : layout.columns[first]!.x0;
  const x1 = last >= count - 1 || count === 0 ? layout.width : layout.columns[last]!.x1;
  const touchpoints = model.journey.touchpoints;
  // A hosting map draws the phases, the touchpoint labels and the moments of truth in lanes of its own.
  const hosted = options.hosted;
  const moments: WindowGeometry['moments'] = [];
  for (let i = Math.max(0, first); i <= last && !hosted; i += 1) {
    const touchpoint = touchpoints[i]!;
    if (touchpoint.momentOfTruth) moments.push({ index: i, x: layout.columns[i]!.cx, touchpoint });
  }
  const labels = touchpoints.map((t) => t.label);
  return {
    first,
    last,
    x0,
    x1,
    paths: model.curves.map((c) => curvePath(c.series, layout, scale, kind, first, last)),
    markers: model.curves.map((c) => curveMarkers(c.series, layout, scale, first, last)),
    labels: hosted ? [] : columnLabels(labels, layout, { fontSize: TEXT_SIZE, measure: options.measure, first, last }),
    bands: hosted ? [] : layout.bands.filter((b) => b.lastIndex >= first && b.firstIndex <= last),
    moments,
    earlierPaths: model.curves.map((c) =>
      c.earlier ? curvePath(c.earlier.series, layout, scale, kind, first, last) : '',
    ),
    changeMarks: changeMarks(model.curves, layout.columns, (score) => scale(score), first, last),
  };
}

/** The marker of touchpoint `index` on curve `c`, also outside the window; null when there is no such touchpoint. */
export function markerAt(model: JourneyModel, geometry: Geometry, c: number, index: number): CurveMarker | null {
  const point = model.curves[c]?.series[index];
  const column = geometry.layout.columns[index];
  if (!point || !column) return null;
  const marker: CurveMarker = {
    index,
    touchpointId: point.touchpointId,
    x: column.cx,
    y: point.score === null ? null : geometry.y(point.score),
    score: point.score,
  };
  if (point.label !== undefined) marker.label = point.label;
  return marker;
}

/** Where the tooltip of a point goes in the plot's box, scrolled `scroll` px, `viewport` px wide. */
export function tooltipPlace(
  model: JourneyModel,
  geometry: Geometry,
  target: PointRef,
  scroll: number,
  viewport: number,
): { left: number; top: number; width: number; above: boolean } {
  const { layout, frame } = geometry;
  const column = layout.columns[target.index]!;
  const seen = viewport || layout.width;
  const width = Math.min(280, Math.max(160, seen - 16));
  const x = column.cx - scroll;
  const minLeft = Math.min(layout.inset + 4, Math.max(4, seen - width - 4));
  const left = Math.max(minLeft, Math.min(x - width / 2, seen - width - 4));
  const point = model.curves[target.curve]!.series[target.index]!;
  const y = point.score === null ? (frame.plotTop + frame.plotBottom) / 2 : geometry.y(point.score);
  const above = y > frame.height * 0.5;
  return { left, top: above ? y - 16 : y + 16, width, above };
}

/** The point nearest to (x, y) in the plot: the column under x, the shown curve whose score is closest to y. */
export function pointNear(
  model: JourneyModel,
  geometry: Geometry,
  shown: readonly number[],
  x: number,
  y: number,
): PointRef | null {
  const { layout } = geometry;
  if (layout.columnWidth <= 0) return null;
  const index = Math.floor((x - layout.inset) / layout.columnWidth);
  if (index < 0 || index >= layout.columns.length) return null;
  let best: PointRef | null = null;
  let distance = Infinity;
  for (const c of shown) {
    const score = model.curves[c]!.series[index]!.score;
    const d = score === null ? 1e6 : Math.abs(geometry.y(score) - y);
    if (d < distance) {
      distance = d;
      best = { index, curve: c };
    }
  }
  return best;
}

/** What choosing a point selects: its touchpoint, and the persona of its curve (none for all customers). */
export function selection(
  model: JourneyModel,
  { index, curve }: PointRef,
): { touchpointId: string; persona?: string } | null {
  const touchpoint = model.journey.touchpoints[index];
  if (!touchpoint) return null;
  const key = model.curves[curve]?.key ?? null;
  return key === null ? { touchpointId: touchpoint.id } : { touchpointId: touchpoint.id, persona: key };
}
