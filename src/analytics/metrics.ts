/** KPIs against their norms. */
import type { Journey, Metric } from '../model/types.js';

/**
 * Whether a metric is off-norm: its value on the wrong side of its target
 * (below it when higher is better, above it when lower is better). `null` without a target.
 */
export function isOffNorm(metric: Metric): boolean | null {
  if (metric.target === undefined) return null;
  return (metric.better ?? 'higher') === 'higher' ? metric.value < metric.target : metric.value > metric.target;
}

/** An off-norm metric and where it was measured. */
export interface OffNormMetric {
  touchpointId: string;
  index: number;
  metric: Metric;
  /** How far the value is on the wrong side of the target (positive). */
  gap: number;
}

/** Every off-norm metric of a journey, in journey order. */
export function offNormMetrics(journey: Pick<Journey, 'touchpoints'>): OffNormMetric[] {
  return journey.touchpoints.flatMap((tp, index) =>
    (tp.metrics ?? []).flatMap((metric) =>
      isOffNorm(metric) ? [{ touchpointId: tp.id, index, metric, gap: Math.abs(metric.value - metric.target!) }] : [],
    ),
  );
}
