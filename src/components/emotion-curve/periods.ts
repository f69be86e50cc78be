/**
 * Two periods on the emotion curve (`period`, `compare-period`): which periods they are, the
 * earlier period's curve per persona, and per touchpoint whether the change between them is
 * significant (Welch's t, analytics `emotionChange`), unknown (no `n` or `sd`: never guessed,
 * QUALITY 19) or not. Pure: no DOM, no Lit.
 */
import { type EmotionPoint, emotionPeriods } from '../../analytics/emotion.js';
import { type EmotionPeriodPoint, emotionPeriodSeries } from '../../analytics/trends.js';
import { emotionChange } from '../../analytics/significance.js';
import type { Journey, Touchpoint } from '../../model/types.js';

/** The dash of an earlier period's curve: dotted, unlike any persona's own dash (theme.ts PERSONA_DASHES). */
export const EARLIER_DASH = '1 4';

/** The periods a curve draws: `period` (null: each series' latest, as without periods) and the earlier `compare`. */
export interface CurvePeriods {
  period: string | null;
  compare: string | null;
}

/**
 * The periods to draw for the attributes given: a period the journey's emotions do not have is
 * ignored; `compare-period` alone compares with the latest period; comparing a period with itself
 * compares nothing. A journey without periods draws as it always did.
 */
export function resolvePeriods(journey: Journey, period?: string, compare?: string): CurvePeriods {
  const periods = emotionPeriods(journey.touchpoints);
  const known = (value: string | undefined) =>
    value !== undefined && periods.includes(value.trim()) ? value.trim() : null;
  const chosen = known(period);
  const main = chosen ?? periods[periods.length - 1] ?? null;
  const earlier = known(compare);
  if (earlier === null || earlier === main) return { period: chosen, compare: null };
  return { period: main, compare: earlier };
}

/** The change at one touchpoint of one curve, from the earlier period to the chosen one. */
export interface PointChange {
  before: number;
  after: number;
  /** after − before, emotion score points. */
  delta: number;
  /** The two-sided p of Welch's t, or null when it cannot be known. */
  p: number | null;
  /** Significant at 95 %; null when unknown (no `n` or `sd` on either side). */
  significant: boolean | null;
}

const sample = (point: EmotionPeriodPoint) => ({
  score: point.score,
  ...(point.n === null ? {} : { n: point.n }),
  ...(point.sd === null ? {} : { sd: point.sd }),
});

/**
 * The change of `persona` (null: all customers) at a touchpoint between two periods: its own
 * findings, or with `allCustomers` (the curve draws the all-customers finding for a persona
 * without its own) the all-customers ones. Null when either period has no finding.
 */
export function changeAt(
  touchpoint: Touchpoint,
  persona: string | null,
  from: string,
  to: string,
  allCustomers = false,
): PointChange | null {
  const find = (series: EmotionPeriodPoint[]) => {
    const before = series.find((p) => p.period === from);
    const after = series.find((p) => p.period === to);
    return before && after ? { before, after } : null;
  };
  const pair = find(emotionPeriodSeries(touchpoint, allCustomers ? null : persona));
  if (!pair) return null;
  const change = emotionChange(sample(pair.before), sample(pair.after));
  return {
    before: pair.before.score,
    after: pair.after.score,
    delta: change.delta,
    p: change.p,
    significant: change.significant,
  };
}

/** The earlier period of one curve: its points and, per touchpoint, the change (null where there is none). */
export interface EarlierCurve {
  period: string;
  series: EmotionPoint[];
  changes: (PointChange | null)[];
  dash: string;
  /** Counts for the summary. */
  significant: number;
  unknown: number;
}

/** The earlier curve of `persona` with its changes to `period`. */
export function earlierCurve(
  journey: Journey,
  persona: string | null,
  current: readonly EmotionPoint[],
  series: EmotionPoint[],
  periods: CurvePeriods,
): EarlierCurve | undefined {
  const { period, compare } = periods;
  if (period === null || compare === null) return undefined;
  // Only where both periods have a point on this curve, from the same findings it draws.
  const changes = journey.touchpoints.map((t, i) => {
    const now = current[i]!;
    if (now.score === null || series[i]!.score === null) return null;
    return changeAt(t, persona, compare, period, persona !== null && now.basis === 'all-customers');
  });
  return {
    period: compare,
    series,
    changes,
    dash: EARLIER_DASH,
    significant: changes.filter((c) => c?.significant === true).length,
    unknown: changes.filter((c) => c !== null && c.significant === null).length,
  };
}

/** A mark drawn beside a point: a significant rise or fall, or a change of unknown significance. */
export interface ChangeMark {
  curve: number;
  index: number;
  x: number;
  y: number;
  kind: 'rise' | 'fall' | 'unknown';
}

/** The glyph of a change mark: ▲ rise, ▼ fall, ? unknown (shape, not colour, carries the meaning). */
export const CHANGE_GLYPHS = { rise: '▲', fall: '▼', unknown: '?' } as const;

/** Where the marks of the columns `first…last` go: beside the chosen period's point, up and to the inline end. */
export function changeMarks(
  curves: readonly { earlier?: EarlierCurve | undefined; series: EmotionPoint[] }[],
  columns: readonly { cx: number }[],
  y: (score: number) => number,
  first: number,
  last: number,
): ChangeMark[] {
  const marks: ChangeMark[] = [];
  curves.forEach((curve, c) => {
    const changes = curve.earlier?.changes;
    if (!changes) return;
    for (let index = Math.max(0, first); index <= last && index < changes.length; index += 1) {
      const change = changes[index];
      if (!change || change.significant === false) continue;
      const kind = change.significant === null ? 'unknown' : change.delta < 0 ? 'fall' : 'rise';
      marks.push({ curve: c, index, x: columns[index]!.cx + 11, y: y(change.after) - 10, kind });
    }
  });
  return marks;
}
