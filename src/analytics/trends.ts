/**
 * Experience over time: per touchpoint and persona, the NPS and the emotion of every period with
 * their intervals, the change between the last two periods, and the dips and rises among them
 * (JOURNEY-MODEL.md, "Derived figures"). Only a significant change is a dip or a rise; a change
 * whose significance cannot be known is reported as such by {@link periodChanges}, never as one.
 */
import type { Emotion, Journey, Touchpoint } from '../model/types.js';
import { type EmotionInterval, type NpsInterval, emotionInterval, npsInterval } from './intervals.js';
import { type NpsResult, npsSeries } from './nps.js';
import { emotionChange, npsChange } from './significance.js';

/** One period of a touchpoint's NPS. */
export interface NpsPeriodPoint {
  /** The period label, or `null` for a measurement without one. */
  period: string | null;
  /** The plain NPS, or `null` without answers. */
  score: number | null;
  /** The adjusted-Wald interval, or `null` without answers. */
  interval: NpsInterval | null;
  /** The number of answers. */
  n: number;
  result: NpsResult;
}

/**
 * The NPS of a touchpoint per period (oldest first) for one persona, or all customers with
 * `persona` null, each with its interval at `level` — what a trend view draws.
 */
export function npsPeriodSeries(touchpoint: Touchpoint, persona: string | null, level = 0.95): NpsPeriodPoint[] {
  return npsSeries(touchpoint, persona).map((result) => ({
    period: result.period ?? null,
    score: result.score,
    interval: npsInterval(result, level),
    n: result.responses,
    result,
  }));
}

/** One period of a touchpoint's emotion. */
export interface EmotionPeriodPoint {
  period: string;
  /** The mean score of the period (−5…5). */
  score: number;
  /** The answers behind it, or `null` when not known. */
  n: number | null;
  /** Their standard deviation, or `null` when not known. */
  sd: number | null;
  /** The t interval of the mean, or `null` when `n` or `sd` is missing. */
  interval: EmotionInterval | null;
}

/**
 * Several findings of one period combined. With every `n` known: the n-weighted mean, and with
 * every `sd` as well the standard deviation of the pooled answers,
 * s² = (Σ (nᵢ − 1) sᵢ² + Σ nᵢ (mᵢ − m)²) / (N − 1) (the between-group sum of squares added to the
 * within-group ones). Otherwise the plain mean, its `n` and `sd` unknown.
 */
function combine(findings: readonly Emotion[]): { score: number; n: number | null; sd: number | null } {
  if (findings.length === 1) {
    const [only] = findings as [Emotion];
    return { score: only.score, n: only.n ?? null, sd: only.sd ?? null };
  }
  if (findings.every((e) => e.n !== undefined)) {
    const total = findings.reduce((sum, e) => sum + e.n!, 0);
    const score = findings.reduce((sum, e) => sum + e.n! * e.score, 0) / total;
    let sd: number | null = null;
    if (total >= 2 && findings.every((e) => e.sd !== undefined)) {
      const within = findings.reduce((sum, e) => sum + (e.n! - 1) * e.sd! * e.sd!, 0);
      const between = findings.reduce((sum, e) => sum + e.n! * (e.score - score) ** 2, 0);
      sd = Math.sqrt((within + between) / (total - 1));
    }
    return { score, n: total, sd };
  }
  return { score: findings.reduce((sum, e) => sum + e.score, 0) / findings.length, n: null, sd: null };
}

/**
 * The emotion of a touchpoint per period (oldest first, in the order the findings give them) for
 * one persona — its own findings only, as for NPS — or for all customers with `persona` null:
 * the all-customers findings, else every persona's findings pooled. Timeless findings are not
 * measurements of a period and form no point. Several findings of one period are combined.
 */
export function emotionPeriodSeries(
  touchpoint: Touchpoint,
  persona: string | null,
  level = 0.95,
): EmotionPeriodPoint[] {
  const dated = (touchpoint.emotions ?? []).filter((e) => e.period !== undefined);
  let findings = dated.filter((e) => (persona === null ? e.persona === undefined : e.persona === persona));
  if (persona === null && findings.length === 0) findings = dated;
  const byPeriod = new Map<string, Emotion[]>();
  for (const e of findings) {
    const group = byPeriod.get(e.period!);
    if (group) group.push(e);
    else byPeriod.set(e.period!, [e]);
  }
  return [...byPeriod].map(([period, group]) => {
    const { score, n, sd } = combine(group);
    const interval = n === null || sd === null ? null : emotionInterval({ score, n, sd }, level);
    return { period, score, n, sd, interval };
  });
}

/** Which measure changed. */
export type ChangeMeasure = 'nps' | 'emotion';

/** The change between the last two periods of one touchpoint, persona and measure. */
export interface PeriodChange {
  touchpointId: string;
  /** Position of the touchpoint in journey order. */
  index: number;
  /** The persona, or `null` for all customers. */
  persona: string | null;
  measure: ChangeMeasure;
  /** The earlier and the latest period (`null` for an NPS measurement without a label). */
  from: string | null;
  to: string | null;
  before: number;
  after: number;
  /** after − before: NPS points or emotion score points. */
  delta: number;
  /** The two-sided p, or `null` when it cannot be known. */
  p: number | null;
  /** Significant at `level`; `null` when it cannot be known (QUALITY.md invariant 19). */
  significant: boolean | null;
  level: number;
  /** |delta| as a share of the measure's range (NPS 200 points, emotion 10), so NPS and emotion changes can be ranked together. */
  size: number;
}

/** Options of {@link periodChanges}, {@link dips} and {@link rises}. */
export interface ChangeOptions {
  /** Only this persona (`null`: all customers). Default: every persona and all customers. */
  persona?: string | null;
  /** The confidence level of the tests, default 0.95. */
  level?: number;
}

const NPS_RANGE = 200;
const EMOTION_RANGE = 10;

/**
 * For every touchpoint × persona (and all customers), the change of NPS and of emotion from the
 * period before the latest to the latest one, in journey order; only where both periods have a
 * score. A change whose significance is unknown is included with `significant: null`.
 */
export function periodChanges(
  journey: Pick<Journey, 'touchpoints' | 'personas'>,
  options: ChangeOptions = {},
): PeriodChange[] {
  const level = options.level ?? 0.95;
  const keys: (string | null)[] =
    options.persona !== undefined ? [options.persona] : [...(journey.personas ?? []).map((p) => p.id), null];
  const changes: PeriodChange[] = [];
  journey.touchpoints.forEach((touchpoint, index) => {
    for (const persona of keys) {
      const nps = npsSeries(touchpoint, persona);
      if (nps.length >= 2) {
        const before = nps[nps.length - 2]!;
        const after = nps[nps.length - 1]!;
        const change = npsChange(before, after, level);
        if (change !== null) {
          changes.push({
            touchpointId: touchpoint.id,
            index,
            persona,
            measure: 'nps',
            from: before.period ?? null,
            to: after.period ?? null,
            before: before.score!,
            after: after.score!,
            delta: change.delta,
            p: change.p,
            significant: change.significant,
            level,
            size: Math.abs(change.delta) / NPS_RANGE,
          });
        }
      }
      const emotion = emotionPeriodSeries(touchpoint, persona, level);
      if (emotion.length >= 2) {
        const before = emotion[emotion.length - 2]!;
        const after = emotion[emotion.length - 1]!;
        const sample = (point: EmotionPeriodPoint) => ({
          score: point.score,
          ...(point.n === null ? {} : { n: point.n }),
          ...(point.sd === null ? {} : { sd: point.sd }),
        });
        const change = emotionChange(sample(before), sample(after), level);
        changes.push({
          touchpointId: touchpoint.id,
          index,
          persona,
          measure: 'emotion',
          from: before.period,
          to: after.period,
          before: before.score,
          after: after.score,
          delta: change.delta,
          p: change.p,
          significant: change.significant,
          level,
          size: Math.abs(change.delta) / EMOTION_RANGE,
        });
      }
    }
  });
  return changes;
}

const largestFirst = (a: PeriodChange, b: PeriodChange) => b.size - a.size || a.index - b.index;

/**
 * Every touchpoint × persona whose latest period is significantly worse than the period before
 * it (NPS or emotion), largest first (by the share of the scale it fell; ties in journey order).
 */
export function dips(journey: Pick<Journey, 'touchpoints' | 'personas'>, options: ChangeOptions = {}): PeriodChange[] {
  return periodChanges(journey, options)
    .filter((c) => c.significant === true && c.delta < 0)
    .sort(largestFirst);
}

/** Every touchpoint × persona whose latest period is significantly better than the one before it, largest first. */
export function rises(journey: Pick<Journey, 'touchpoints' | 'personas'>, options: ChangeOptions = {}): PeriodChange[] {
  return periodChanges(journey, options)
    .filter((c) => c.significant === true && c.delta > 0)
    .sort(largestFirst);
}
