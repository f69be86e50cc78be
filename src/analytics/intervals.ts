/**
 * Confidence intervals of an NPS and of a mean emotion score.
 *
 * NPS: the adjusted-Wald interval of Rocks (2016), "Interval Estimation for the 'Net Promoter
 * Score'", The American Statistician 70(4), 365–372 (also described by Sauro at MeasuringU,
 * "Confidence Intervals for Net Promoter Scores"): add ¾ promoter, 1½ passive and ¾ detractor
 * (n′ = n + 3); with the adjusted shares p′ = (P + ¾)/n′ and d′ = (D + ¾)/n′,
 * NPS′ = p′ − d′ and Var = (p′ + d′ − (p′ − d′)²) / n′ (the variance of a difference of two
 * multinomial shares); the bounds are 100 · (NPS′ ± z · √Var), z = Φ⁻¹(½ + level/2), clipped
 * to [−100, 100].
 *
 * Emotion: the t interval of a mean, score ± t(½ + level/2; n − 1) · sd / √n, clipped to the
 * scale [−5, 5].
 */
import type { Nps } from '../model/types.js';
import { normalQuantile, studentTQuantile } from './distributions.js';
import { type NpsResult, npsOf } from './nps.js';

/** An NPS measurement as the model gives it, or as {@link npsOf} computed it. */
export type NpsLike = Nps | NpsResult;

/** The counts behind an NPS measurement. */
export function npsCounts(nps: NpsLike): { promoters: number; passives: number; detractors: number; n: number } {
  const r = 'responses' in nps ? nps : npsOf(nps);
  return { promoters: r.promoters, passives: r.passives, detractors: r.detractors, n: r.responses };
}

/** The adjusted-Wald estimate of an NPS, as shares (−1…1): NPS′ and its variance. */
export interface AdjustedNps {
  /** NPS′ = p′ − d′, on the −1…1 scale. */
  estimate: number;
  /** Var = (p′ + d′ − (p′ − d′)²) / n′. */
  variance: number;
}

/** The adjusted-Wald estimate and variance (Rocks 2016), or `null` without answers. */
export function adjustedNps(nps: NpsLike): AdjustedNps | null {
  const { promoters, detractors, n } = npsCounts(nps);
  if (n === 0) return null;
  const adjustedN = n + 3;
  const p = (promoters + 0.75) / adjustedN;
  const d = (detractors + 0.75) / adjustedN;
  const estimate = p - d;
  return { estimate, variance: (p + d - estimate * estimate) / adjustedN };
}

/** The z of a two-sided interval at `level`: Φ⁻¹(½ + level/2); 1.959964 at 95 %. */
export function zFor(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, not ${level}`);
  return normalQuantile(0.5 + level / 2);
}

/** An NPS with its confidence interval. */
export interface NpsInterval {
  /** The plain NPS, rounded as everywhere (−100…100). */
  score: number;
  /** The adjusted estimate 100 · NPS′ the interval is centred on (before clipping). */
  estimate: number;
  /** Lower bound, 100 · (NPS′ − z√Var), not below −100. */
  low: number;
  /** Upper bound, 100 · (NPS′ + z√Var), not above 100. */
  high: number;
  /** Half the width of [low, high]. */
  margin: number;
  /** The number of answers. */
  n: number;
  /** The confidence level, e.g. 0.95. */
  level: number;
}

/** The adjusted-Wald interval of an NPS at `level` (default 95 %), or `null` with no answers. */
export function npsInterval(nps: NpsLike, level = 0.95): NpsInterval | null {
  const z = zFor(level);
  const adjusted = adjustedNps(nps);
  if (adjusted === null) return null;
  const r = 'responses' in nps ? nps : npsOf(nps);
  const half = z * Math.sqrt(adjusted.variance);
  const low = Math.max(-100, 100 * (adjusted.estimate - half));
  const high = Math.min(100, 100 * (adjusted.estimate + half));
  return {
    score: r.score!,
    estimate: 100 * adjusted.estimate,
    low,
    high,
    margin: (high - low) / 2,
    n: r.responses,
    level,
  };
}

/** The parts of an emotion finding an interval or a test reads. */
export interface EmotionSample {
  score: number;
  n?: number | undefined;
  sd?: number | undefined;
}

/** A mean emotion score with its confidence interval. */
export interface EmotionInterval {
  score: number;
  low: number;
  high: number;
  margin: number;
  n: number;
  level: number;
}

/**
 * The t interval of a mean emotion score at `level`, or `null` when it cannot be known: no `n`,
 * `n` below 2 or no `sd`.
 */
export function emotionInterval(emotion: EmotionSample, level = 0.95): EmotionInterval | null {
  const { score, n, sd } = emotion;
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, not ${level}`);
  if (n === undefined || sd === undefined || n < 2) return null;
  const half = (studentTQuantile(0.5 + level / 2, n - 1) * sd) / Math.sqrt(n);
  const low = Math.max(-5, score - half);
  const high = Math.min(5, score + half);
  return { score, low, high, margin: (high - low) / 2, n, level };
}
