/** The overlay in words, without Lit: a measurement, the figure's summary, a persona's and a phase's name. */
import { phaseFacts } from '../../analytics/phase-facts.js';
import type { Journey } from '../../model/types.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { describePhase } from '../../shared/phase-level.js';
import type { NpsRow, NpsRows } from './rows.js';

/** One measurement in words, after "NPS": the score, the shares, the responses, the target and the trend. */
export function measurementText(
  row: Pick<NpsRow, 'measured' | 'current' | 'nps'>,
  localizer: Localizer,
  period: string | null,
): string {
  const m = localizer.messages;
  const current = row.current;
  if (!current || current.score === null || !current.shares) {
    return row.measured ? m.npsOverlay.noData(period ?? undefined) : m.npsOverlay.notMeasured;
  }
  const trend = row.nps.trend;
  const change =
    trend && trend.delta !== null && trend.direction !== null
      ? m.nps.change(trend.direction, localizer.number(Math.abs(trend.delta)), trend.from.period ?? '')
      : undefined;
  return m.npsOverlay.measurement({
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
  });
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
    const named = (r: NpsRow) => m.npsOverlay.scored(r.touchpoint.label, localizer.signed(r.score!));
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
