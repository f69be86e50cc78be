/**
 * Emotion polarity in words: where a score from −5 to +5 turns from "neutral" into
 * "positive", and from "positive" into "very positive". One table, so the chart, its
 * accessible names and its data table always agree.
 */

/** The five polarity classes, from worst to best. */
export const POLARITIES = ['very-negative', 'negative', 'neutral', 'positive', 'very-positive'] as const;
/** One polarity class. */
export type Polarity = (typeof POLARITIES)[number];

/**
 * The boundaries of the polarity classes: a score ≤ `veryNegative` is very negative, < `negative`
 * is negative, > `positive` is positive, ≥ `veryPositive` is very positive, anything else neutral.
 */
export const POLARITY_THRESHOLDS = Object.freeze({
  veryNegative: -3.5,
  negative: -0.5,
  positive: 0.5,
  veryPositive: 3.5,
} as const);

/** The polarity class of an emotion score; a score that is not a finite number counts as neutral. */
export function polarityOf(score: number): Polarity {
  if (!Number.isFinite(score)) return 'neutral';
  if (score <= POLARITY_THRESHOLDS.veryNegative) return 'very-negative';
  if (score < POLARITY_THRESHOLDS.negative) return 'negative';
  if (score >= POLARITY_THRESHOLDS.veryPositive) return 'very-positive';
  if (score > POLARITY_THRESHOLDS.positive) return 'positive';
  return 'neutral';
}
