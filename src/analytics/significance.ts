/**
 * Whether a change between two periods is real. QUALITY.md invariant 19: a change is called
 * significant only by a stated test at a stated level; where the data cannot say, `significant`
 * is `null` (unknown), never `false`.
 *
 * NPS: the z test on the adjusted-Wald estimates (Rocks 2016, The American Statistician 70(4);
 * MeasuringU, "Comparing Two Net Promoter Scores"): z = (NPS′₂ − NPS′₁) / √(Var₁ + Var₂), the
 * two samples independent; two-sided p = 2 · (1 − Φ(|z|)).
 *
 * Emotion: Welch's unequal-variances t test (Welch 1947, Biometrika 34, 28–35):
 * t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂), with the Welch–Satterthwaite degrees of freedom
 * ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)); two-sided p from Student's t.
 */
import { normalTwoSidedP, studentTTwoSidedP } from './distributions.js';
import { type EmotionSample, type NpsLike, adjustedNps } from './intervals.js';
import { npsOf } from './nps.js';

/** The change in NPS between two periods. */
export interface NpsChange {
  /** The difference of the plain scores, after − before. */
  delta: number;
  /** The z statistic on the adjusted estimates. */
  z: number;
  /** The two-sided p. */
  p: number;
  /** Whether p < 1 − level. */
  significant: boolean;
  level: number;
}

const checkLevel = (level: number) => {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, not ${level}`);
};

/** The change from `before` to `after` and whether it is significant at `level`; `null` when either has no answers. */
export function npsChange(before: NpsLike, after: NpsLike, level = 0.95): NpsChange | null {
  checkLevel(level);
  const a = adjustedNps(before);
  const b = adjustedNps(after);
  if (a === null || b === null) return null;
  const scoreOf = (nps: NpsLike) => ('responses' in nps ? nps : npsOf(nps)).score!;
  // The adjusted variance is never 0 (the added ¾ promoter and ¾ detractor see to it), so z is finite.
  const z = (b.estimate - a.estimate) / Math.sqrt(a.variance + b.variance);
  const p = normalTwoSidedP(z);
  return { delta: scoreOf(after) - scoreOf(before), z, p, significant: p < 1 - level, level };
}

/** The change in a mean emotion score between two periods. */
export interface EmotionChange {
  /** after.score − before.score. */
  delta: number;
  /** Welch's t, or `null` when it cannot be computed. */
  t: number | null;
  /** The Welch–Satterthwaite degrees of freedom, or `null`. */
  df: number | null;
  /** The two-sided p, or `null`. */
  p: number | null;
  /**
   * Whether p < 1 − level; `null` (unknown) when either side lacks `n` ≥ 2 or `sd`, or when
   * both spreads are 0 (the test is undefined).
   */
  significant: boolean | null;
  level: number;
}

/** Welch's t test of the change from `before` to `after` at `level` (default 95 %). */
export function emotionChange(before: EmotionSample, after: EmotionSample, level = 0.95): EmotionChange {
  checkLevel(level);
  const delta = after.score - before.score;
  const unknown: EmotionChange = { delta, t: null, df: null, p: null, significant: null, level };
  const { n: n1, sd: s1 } = before;
  const { n: n2, sd: s2 } = after;
  if (n1 === undefined || n2 === undefined || s1 === undefined || s2 === undefined) return unknown;
  if (n1 < 2 || n2 < 2) return unknown;
  const v1 = (s1 * s1) / n1;
  const v2 = (s2 * s2) / n2;
  const se2 = v1 + v2;
  if (se2 === 0) return unknown;
  const t = delta / Math.sqrt(se2);
  const df = (se2 * se2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  const p = studentTTwoSidedP(t, df);
  return { delta, t, df, p, significant: p < 1 - level, level };
}
