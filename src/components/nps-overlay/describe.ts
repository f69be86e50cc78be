/** The overlay in words, without Lit: a measurement, the figure's summary, a persona's and a phase's name. */
import type { NpsInterval } from '../../analytics/intervals.js';
import { roundScore } from '../../analytics/nps.js';
import { phaseFacts } from '../../analytics/phase-facts.js';
import type { Journey } from '../../model/types.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { describePhase } from '../../shared/phase-level.js';
import type { NpsRow, NpsRows } from './rows.js';

/** One measurement in words, after "NPS": the score, the shares, the responses, the target and the trend. */
export function measurementText(
  row: Pick<NpsRow, 'measured' | 'current' | 'nps' | 'interval' | 'change'>,
  localizer: Localizer,
  period: string | null,
): string {
  const m = localizer.messages;
  const current = row.current;
  if (!current || current.score === null || !current.shares) {
    return row.measured ? m.npsOverlay.noData(period ?? undefined) : m.npsOverlay.notMeasured;
  }
  const change = changeText(row, localizer);
  return (
    m.npsOverlay.measurement({
      scoreText: localizer.signed(current.score),
      promotersText: localizer.percent(current.shares.promoters),
      passivesText: localizer.percent(current.shares.passives),
      detractorsText: localizer.percent(current.shares.detractors),
      responses: current.responses,
      targetText: current.target === undefined ? undefined : localizer.signed(current.target),
      met: current.onTarget,
      changeText: change,
      smallSample: current.smallSample,
      periodText: period ?? undefined,
    }) + (row.interval ? `, ${m.npsStatistics.intervalClause(intervalParts(row.interval, localizer))}` : '')
  );
}

/** The bounds of an interval as signed whole points, e.g. {lowText: "+6", highText: "+25", level: 95}. */
export function intervalParts(
  interval: NpsInterval,
  localizer: Localizer,
): { lowText: string; highText: string; level: number } {
  return {
    lowText: localizer.signed(roundScore(interval.low)),
    highText: localizer.signed(roundScore(interval.high)),
    level: Math.round(interval.level * 100),
  };
}

/** A score with its interval and sample size: "+16 (95 %: +6 tot +25), n = 250"; null without answers. */
export function scoreWithInterval(row: Pick<NpsRow, 'interval'>, localizer: Localizer): string | null {
  const interval = row.interval;
  if (!interval) return null;
  return localizer.messages.npsStatistics.scoreWithInterval({
    scoreText: localizer.signed(interval.score),
    countText: localizer.number(interval.n),
    ...intervalParts(interval, localizer),
  });
}

/**
 * The change since the period before, in words, with its significance: the direction only when
 * the z test says the change is real; otherwise "not significant" with both sample sizes, or
 * "unknown" when a period has no answers. Undefined with fewer than two periods.
 */
export function changeText(row: Pick<NpsRow, 'nps' | 'change'>, localizer: Localizer): string | undefined {
  const trend = row.nps.trend;
  const change = row.change;
  if (!trend || change === null) return undefined;
  const s = localizer.messages.npsStatistics;
  const since = trend.from.period ?? '';
  if (change === 'unknown' || trend.direction === null) return s.unknownChange(since);
  if (!change.significant) {
    return s.notSignificantChange({
      deltaText: localizer.signed(change.delta),
      since,
      beforeText: localizer.number(trend.from.responses),
      afterText: localizer.number(trend.to.responses),
    });
  }
  return s.significantChange(
    localizer.messages.nps.change(trend.direction, localizer.number(Math.abs(change.delta)), since),
  );
}

/** The change as a table cell: "+14 (significant)", "+3 (not significant)", "unknown"; a dash with one period. */
export function changeCell(row: Pick<NpsRow, 'change'>, localizer: Localizer): string {
  const change = row.change;
  const s = localizer.messages.npsStatistics;
  if (change === null) return '–';
  if (change === 'unknown') return s.unknownCell;
  const delta = localizer.signed(change.delta);
  return change.significant ? s.significantCell(delta) : s.notSignificantCell(delta);
}

/** The figure's summary: how many touchpoints have NPS, how many miss their target, the lowest and highest. */
export function summaryText(data: NpsRows, localizer: Localizer): string {
  const m = localizer.messages;
  const scored = data.measured.filter((r) => r.score !== null);
  const offTarget = scored.filter((r) => r.offTarget).length;
  const parts = [m.summary.nps(data.measured.length, data.rows.length, offTarget)];
  if (scored.length > 1) {
    // The first of equal scores wins, so the summary is stable.
    const lowest = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
    const highest = scored.reduce((a, b) => (b.score! > a.score! ? b : a));
    // With its interval, so a reader sees how sure the extreme is: "Documents (−39; 95%: −47 to −30)".
    const named = (r: NpsRow) =>
      m.npsOverlay.scored(
        r.touchpoint.label,
        r.interval
          ? `${localizer.signed(r.score!)}; ${m.npsStatistics.intervalShort(intervalParts(r.interval, localizer))}`
          : localizer.signed(r.score!),
      );
    parts.push(m.npsOverlay.extremes(named(lowest), named(highest)));
  }
  return parts.join(' ');
}

/** The name of the persona shown (its id when the journey does not name it); undefined for all customers. */
export function personaName(journey: Journey, persona: string): string | undefined {
  if (!persona || persona === 'all') return undefined;
  return journey.personas?.find((p) => p.id === persona)?.name ?? persona;
}

/** The phase `at` in words (shared/phase-level.ts), for the tab stop at the phase level. */
export function phaseName(data: NpsRows, at: number, persona: string | null, localizer: Localizer): string {
  const phase = data.phases[at]!;
  return describePhase(
    phaseFacts(
      data.rows.slice(phase.first, phase.last + 1).map((r) => ({ touchpoint: r.touchpoint, index: r.index })),
      { curves: [], nps: persona },
    ),
    { label: phase.label, position: at, total: data.phases.length, first: phase.first, last: phase.last },
    localizer,
    null,
  );
}
