/**
 * Emotion curves and the peak-end rule (Kahneman et al., 1993: an experience is remembered
 * by its most intense moment and by its end, roughly their mean).
 */
import type { Emotion, Journey, Touchpoint } from '../model/types.js';
import { orderPeriods } from './period-order.js';

/** What one persona (or all customers) felt at one touchpoint. */
export interface EmotionPoint {
  touchpointId: string;
  /** Position of the touchpoint in journey order. */
  index: number;
  /** The score −5…+5, or `null` when nothing was recorded (a gap, never a zero). */
  score: number | null;
  /** The named emotion, when one was recorded. */
  label?: string;
  intensity?: number;
  note?: string;
  /**
   * Where the score came from: the persona's own finding, the all-customers finding that
   * applies to every persona, or the mean of the personas' findings (for the overall curve).
   */
  basis: 'persona' | 'all-customers' | 'persona-mean' | 'none';
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function pointFrom(
  touchpoint: Touchpoint,
  index: number,
  found: readonly Emotion[],
  basis: EmotionPoint['basis'],
): EmotionPoint {
  const point: EmotionPoint = {
    touchpointId: touchpoint.id,
    index,
    score: mean(found.map((e) => e.score)),
    basis,
  };
  // With several findings the first named one describes the moment.
  const named = found.find((e) => e.label !== undefined);
  if (named?.label !== undefined) point.label = named.label;
  const intense = found.find((e) => e.intensity !== undefined);
  if (intense?.intensity !== undefined) point.intensity = intense.intensity;
  const noted = found.find((e) => e.note !== undefined);
  if (noted?.note !== undefined) point.note = noted.note;
  return point;
}

/** Every period label of a journey's emotion findings, oldest first (ordered by the series themselves, as NPS periods). */
export function emotionPeriods(touchpoints: readonly Touchpoint[]): string[] {
  return orderPeriods(touchpoints.map((tp) => tp.emotions ?? []));
}

/** The latest period of a journey's emotion findings, or `null` when none has a period. */
export function latestPeriod(touchpoints: readonly Touchpoint[]): string | null {
  const periods = emotionPeriods(touchpoints);
  return periods[periods.length - 1] ?? null;
}

/**
 * The findings of a touchpoint that count in a period (JOURNEY-MODEL.md, "Emotion"): those of
 * that period, plus the timeless ones (without a period), which count in every period. Without
 * a chosen period each persona's (and the all-customers) series shows its latest period — the
 * period of its last finding, the list being oldest first — so a journey with periods is never
 * averaged across them. A touchpoint without periods gets its findings back unchanged.
 */
export function emotionsInPeriod(touchpoint: Touchpoint, period?: string | null): readonly Emotion[] {
  const emotions = touchpoint.emotions ?? [];
  if (!emotions.some((e) => e.period !== undefined)) return emotions;
  if (period !== undefined && period !== null) {
    return emotions.filter((e) => e.period === undefined || e.period === period);
  }
  const latest = new Map<string | undefined, string>();
  for (const e of emotions) if (e.period !== undefined) latest.set(e.persona, e.period);
  return emotions.filter((e) => e.period === undefined || latest.get(e.persona) === e.period);
}

/**
 * What `persona` felt at a touchpoint: its own findings (averaged when several), else the
 * all-customers finding. For `persona` null (the overall curve): the all-customers finding,
 * else the mean over the personas of each one's (averaged) findings. Only the findings of
 * `period` count (default: each series' latest; see {@link emotionsInPeriod}).
 */
export function emotionAt(
  touchpoint: Touchpoint,
  index: number,
  persona: string | null,
  period?: string | null,
): EmotionPoint {
  const emotions = emotionsInPeriod(touchpoint, period);
  const overall = emotions.filter((e) => e.persona === undefined);
  if (persona !== null) {
    const own = emotions.filter((e) => e.persona === persona);
    if (own.length > 0) return pointFrom(touchpoint, index, own, 'persona');
    if (overall.length > 0) return pointFrom(touchpoint, index, overall, 'all-customers');
  } else {
    if (overall.length > 0) return pointFrom(touchpoint, index, overall, 'all-customers');
    if (emotions.length > 0) {
      // Each persona counts once, however many findings it has: the overall point is the mean
      // of what the persona curves show here, not skewed towards the most-researched persona.
      const byPersona = new Map<string | undefined, number[]>();
      for (const e of emotions) {
        const scores = byPersona.get(e.persona);
        if (scores) scores.push(e.score);
        else byPersona.set(e.persona, [e.score]);
      }
      const point = pointFrom(touchpoint, index, emotions, 'persona-mean');
      point.score = mean([...byPersona.values()].map(mean));
      return point;
    }
  }
  return { touchpointId: touchpoint.id, index, score: null, basis: 'none' };
}

/**
 * The emotion curve of one persona (or all customers), one point per touchpoint, gaps as `null`;
 * in `period` when given, else each touchpoint's latest.
 */
export function emotionSeries(
  journey: Pick<Journey, 'touchpoints'>,
  persona: string | null,
  period?: string | null,
): EmotionPoint[] {
  return journey.touchpoints.map((tp, i) => emotionAt(tp, i, persona, period));
}

/** The curves a journey has: one per persona, or one overall curve when it has no personas. */
export function curveKeys(journey: Pick<Journey, 'personas'>): (string | null)[] {
  const personas = journey.personas ?? [];
  return personas.length > 0 ? personas.map((p) => p.id) : [null];
}

/** One scored point of a curve. */
export interface ScoredPoint {
  touchpointId: string;
  index: number;
  score: number;
}

/** The peak-end figures of one curve. */
export interface PeakEnd {
  persona: string | null;
  /** The most extreme emotion: largest absolute score (the first, on a tie). */
  peak: ScoredPoint;
  /** The last touchpoint with a score. */
  end: ScoredPoint;
  /** The remembered experience: the mean of peak and end. */
  remembered: number;
}

const scored = (series: readonly EmotionPoint[]): ScoredPoint[] =>
  series.flatMap((p) => (p.score === null ? [] : [{ touchpointId: p.touchpointId, index: p.index, score: p.score }]));

/** Peak-end of one curve, or `null` when it has no scores. */
export function peakEndOf(series: readonly EmotionPoint[], persona: string | null = null): PeakEnd | null {
  const points = scored(series);
  if (points.length === 0) return null;
  let peak = points[0]!;
  for (const p of points) if (Math.abs(p.score) > Math.abs(peak.score)) peak = p;
  const end = points[points.length - 1]!;
  return { persona, peak, end, remembered: (peak.score + end.score) / 2 };
}

/**
 * Peak-end for every curve of the journey (each persona, or the overall curve), skipping curves
 * without scores; in `period` when given, else each touchpoint's latest.
 */
export function peakEnd(journey: Pick<Journey, 'touchpoints' | 'personas'>, period?: string | null): PeakEnd[] {
  return curveKeys(journey).flatMap((persona) => {
    const result = peakEndOf(emotionSeries(journey, persona, period), persona);
    return result ? [result] : [];
  });
}

/** The `count` lowest points of a curve, lowest first (ties in journey order). */
export function lowestPoints(series: readonly EmotionPoint[], count = 1): ScoredPoint[] {
  return scored(series)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count);
}

/** The `count` highest points of a curve, highest first (ties in journey order). */
export function highestPoints(series: readonly EmotionPoint[], count = 1): ScoredPoint[] {
  return scored(series)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count);
}

/** A fall in emotion between two consecutive scored touchpoints. */
export interface EmotionDrop {
  from: ScoredPoint;
  to: ScoredPoint;
  /** How far it fell (positive). */
  drop: number;
}

/**
 * The `count` largest drops between consecutive scored touchpoints of a curve, largest
 * first: the transitions that need attention. Gaps are bridged (the drop is measured
 * from the last touchpoint with a score).
 */
export function largestDrops(series: readonly EmotionPoint[], count = 3): EmotionDrop[] {
  const points = scored(series);
  const drops: EmotionDrop[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1]!;
    const to = points[i]!;
    if (to.score < from.score) drops.push({ from, to, drop: from.score - to.score });
  }
  return drops.sort((a, b) => b.drop - a.drop || a.from.index - b.from.index).slice(0, count);
}

/** Whether a curve ends higher than it starts (by more than half a point), lower, or level. */
export function emotionTrend(series: readonly EmotionPoint[]): 'rising' | 'falling' | 'level' | null {
  const points = scored(series);
  if (points.length < 2) return null;
  const delta = points[points.length - 1]!.score - points[0]!.score;
  return delta > 0.5 ? 'rising' : delta < -0.5 ? 'falling' : 'level';
}
