/**
 * Net Promoter Score from counts or from the 0–10 distribution (JOURNEY-MODEL.md, "Nps").
 * NPS = round(100 × (promoters − detractors) / responses); promoters answer 9–10,
 * detractors 0–6 (Reichheld, "The One Number You Need to Grow", 2003).
 */
import type { Nps, Touchpoint } from '../model/types.js';
import { orderPeriods } from './period-order.js';

/** Below this many responses an NPS is flagged as a small sample. */
export const SMALL_SAMPLE = 30;

/** One NPS measurement, computed. */
export interface NpsResult {
  /** The score from −100 to 100, or `null` when there are no responses ("no data", never 0). */
  score: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares of the responses (0–1), or `null` without responses. */
  shares: { promoters: number; passives: number; detractors: number } | null;
  /** True when there are responses, but fewer than {@link SMALL_SAMPLE}. */
  smallSample: boolean;
  /** The norm, when given. */
  target?: number;
  /** Whether the score meets the target; `null` without a target or without data. */
  onTarget: boolean | null;
  /** The answers 0…10, when the measurement gave them. */
  distribution?: readonly number[];
  period?: string;
  persona?: string;
  source?: string;
}

/** Rounds half away from zero, without producing −0. */
export function roundScore(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}

/** Computes one NPS measurement. */
export function npsOf(nps: Nps): NpsResult {
  let promoters: number;
  let passives: number;
  let detractors: number;
  let distribution: readonly number[] | undefined;
  if ('distribution' in nps) {
    distribution = nps.distribution;
    detractors = 0;
    passives = 0;
    promoters = 0;
    nps.distribution.forEach((answers, score) => {
      if (score <= 6) detractors += answers;
      else if (score <= 8) passives += answers;
      else promoters += answers;
    });
  } else {
    ({ promoters, passives, detractors } = nps);
  }
  const responses = promoters + passives + detractors;
  const score = responses === 0 ? null : roundScore((100 * (promoters - detractors)) / responses);
  const result: NpsResult = {
    score,
    responses,
    promoters,
    passives,
    detractors,
    shares:
      responses === 0
        ? null
        : { promoters: promoters / responses, passives: passives / responses, detractors: detractors / responses },
    smallSample: responses > 0 && responses < SMALL_SAMPLE,
    onTarget: score === null || nps.target === undefined ? null : score >= nps.target,
  };
  if (nps.target !== undefined) result.target = nps.target;
  if (distribution) result.distribution = distribution;
  if (nps.period !== undefined) result.period = nps.period;
  if (nps.persona !== undefined) result.persona = nps.persona;
  if (nps.source !== undefined) result.source = nps.source;
  return result;
}

/** The trend between the last two periods of a series. */
export interface NpsTrend {
  from: NpsResult;
  to: NpsResult;
  /** `to.score − from.score`, or `null` when either has no data. */
  delta: number | null;
  direction: 'up' | 'down' | 'flat' | null;
}

/** The trend between the last two measurements of a series (oldest first), or `null` with fewer than two. */
export function npsTrend(series: readonly NpsResult[]): NpsTrend | null {
  if (series.length < 2) return null;
  const from = series[series.length - 2]!;
  const to = series[series.length - 1]!;
  const delta = from.score === null || to.score === null ? null : to.score - from.score;
  return { from, to, delta, direction: delta === null ? null : delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat' };
}

function sumMeasurements(group: readonly Nps[]): Nps {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  const distribution = new Array<number>(11).fill(0);
  let allDistributions = true;
  for (const nps of group) {
    const r = npsOf(nps);
    promoters += r.promoters;
    passives += r.passives;
    detractors += r.detractors;
    if ('distribution' in nps) nps.distribution.forEach((n, i) => (distribution[i]! += n));
    else allDistributions = false;
  }
  const first = group[0]!;
  const common = {
    ...(first.period !== undefined ? { period: first.period } : {}),
    ...(first.target !== undefined ? { target: first.target } : {}),
  };
  return allDistributions ? { distribution, ...common } : { promoters, passives, detractors, ...common };
}

/**
 * The NPS series of a touchpoint (oldest first) for one persona, or for all customers
 * (`persona` null/undefined). All-customers measurements are used as given; when a
 * touchpoint has only per-persona measurements, each period's counts are summed.
 * A persona without its own measurements has no series (its NPS is not the overall one).
 */
export function npsSeries(touchpoint: Touchpoint, persona?: string | null): NpsResult[] {
  if (touchpoint.nps === undefined) return [];
  const all = Array.isArray(touchpoint.nps) ? touchpoint.nps : [touchpoint.nps];
  if (persona) return all.filter((n) => n.persona === persona).map(npsOf);
  const overall = all.filter((n) => n.persona === undefined);
  if (overall.length > 0) return overall.map(npsOf);
  const byPeriod = new Map<string, Nps[]>();
  for (const n of all) {
    const key = n.period ?? '';
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), n]);
  }
  return [...byPeriod.values()].map((group) => npsOf(sumMeasurements(group)));
}

/** A touchpoint's NPS for display: the chosen (default: latest) period, its series and trend. */
export interface TouchpointNps {
  current: NpsResult | null;
  series: NpsResult[];
  trend: NpsTrend | null;
}

/** NPS of a touchpoint for a persona (or all customers) and a period (default: the latest). */
export function touchpointNps(
  touchpoint: Touchpoint,
  options: { persona?: string | null; period?: string | null } = {},
): TouchpointNps {
  const series = npsSeries(touchpoint, options.persona);
  let upTo = series.length;
  if (options.period) {
    const at = series.findIndex((r) => r.period === options.period);
    upTo = at === -1 ? 0 : at + 1;
  }
  const shown = series.slice(0, upTo);
  return { current: shown[shown.length - 1] ?? null, series, trend: npsTrend(shown) };
}

/**
 * Every period label used in a journey's NPS, oldest first. Period labels are free text, so
 * their order comes from the series themselves (each touchpoint's measurements are oldest
 * first, per persona); periods that no series orders stay in first-seen order. A touchpoint
 * whose only period is the latest one (mortgage `calculate`: 2026-Q3) therefore does not put
 * that period before an older one measured further on (`advice`: 2026-Q2, 2026-Q3).
 * Contradicting series fall back to first-seen order for the periods they disagree on.
 */
export function npsPeriods(touchpoints: readonly Touchpoint[]): string[] {
  return orderPeriods(touchpoints.map((tp) => (tp.nps === undefined ? [] : Array.isArray(tp.nps) ? tp.nps : [tp.nps])));
}
