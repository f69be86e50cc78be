/**
 * The emotion curve in words: curve names, each point's accessible name, the marks at a point,
 * a phase's summary at the phase level and the text summary under the chart.
 */
import type { ScoredPoint } from '../../analytics/emotion.js';
import type { PeriodChange } from '../../analytics/trends.js';
import { type PhaseEntry, phaseFacts } from '../../analytics/phase-facts.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { describePhase } from '../../shared/phase-level.js';
import type { CurveModel, Geometry, JourneyModel } from './model.js';
import type { PointChange } from './periods.js';

/** A curve's name: the persona's, or "All customers". */
export function curveName(curve: CurveModel, localizer: Localizer): string {
  return curve.name ?? localizer.capitalise(localizer.messages.allCustomers);
}

/** Peak, end and largest drop at a touchpoint of a curve, in words. */
export function marksOf(curve: CurveModel, index: number, localizer: Localizer): string[] {
  const m = localizer.messages;
  const marks: string[] = [];
  const pe = curve.peakEnd;
  if (pe?.peak.index === index) marks.push(m.peak);
  if (pe?.end.index === index) marks.push(`${m.end} (${m.rememberedExperience} ${localizer.signed(pe.remembered)})`);
  if (curve.drop?.to.index === index) marks.push(`${m.largestDrop} ${localizer.signed(-curve.drop.drop)}`);
  return marks;
}

/** The accessible name of a point: touchpoint, position, phase, channel, persona, emotion, moment of truth, peak-end. */
export function pointName(
  model: JourneyModel,
  geometry: Geometry,
  c: number,
  index: number,
  localizer: Localizer,
  dipped = false,
): string {
  const m = localizer.messages;
  const touchpoint = model.journey.touchpoints[index]!;
  const curve = model.curves[c]!;
  const point = curve.series[index]!;
  const who = curveName(curve, localizer);
  const emotion =
    point.score === null
      ? `${who}: ${m.noData}`
      : `${who}: ${point.label !== undefined ? `${localizer.emotionWord(point.label)}, ` : ''}${localizer.emotionScore(point.score)}`;
  const moment = touchpoint.momentOfTruth
    ? `${m.momentOfTruth}: ${m.momentOfTruthKinds[touchpoint.momentOfTruth.kind]}${touchpoint.momentOfTruth.note ? ` (${touchpoint.momentOfTruth.note})` : ''}`
    : undefined;
  const band = geometry.layout.bands[geometry.bandOf[index]!];
  const base = m.summary.touchpoint({
    label: touchpoint.label,
    position: index + 1,
    total: model.journey.touchpoints.length,
    phase: band?.label ?? model.phaseLabels.get(touchpoint.phase) ?? touchpoint.phase,
    channel: touchpoint.channel === undefined ? undefined : localizer.channelName(touchpoint.channel, model.journey),
    emotion,
    momentOfTruth: moment,
  });
  const earlier = curve.earlier;
  const compared = earlier
    ? earlierWords(earlier.series[index]!.score, earlier.changes[index] ?? null, earlier.period, localizer)
    : [];
  return [
    base,
    ...compared,
    ...marksOf(curve, index, localizer),
    ...(dipped ? [m.trends.dipHere] : []),
    ...(point.note ? [point.note] : []),
  ].join(', ');
}

/** The change from the earlier period in words: significant rise or fall, not significant, or unknown; with its p. */
export function changeWords(change: PointChange, localizer: Localizer): string {
  const t = localizer.messages.trends;
  const delta = localizer.signed(change.delta, { maximumFractionDigits: 1 });
  if (change.significant === null || change.p === null) return t.unknown(delta);
  // "p < 0.001" below what three decimals can show, else "p = 0.012".
  const pText =
    change.p < 0.001 ? `< ${localizer.number(0.001)}` : `= ${localizer.number(change.p, { maximumFractionDigits: 3 })}`;
  if (!change.significant) return t.notSignificant(delta, pText);
  return change.delta < 0 ? t.significantFall(delta, pText) : t.significantRise(delta, pText);
}

/** What a point says about the earlier period: its score then, and the change. */
export function earlierWords(
  score: number | null,
  change: PointChange | null,
  period: string,
  localizer: Localizer,
): string[] {
  if (score === null) return [];
  const then = `${period}: ${localizer.emotionScore(score)}`;
  return change ? [then, changeWords(change, localizer)] : [then];
}

/** The name of phase `b` at the phase level: its summary over the shown curves. */
export function phaseName(
  model: JourneyModel,
  geometry: Geometry,
  b: number,
  shown: readonly number[],
  localizer: Localizer,
): string {
  const band = geometry.layout.bands[b]!;
  const curves = shown.map((c) => model.curves[c]!);
  const entries: PhaseEntry[] = [];
  for (let i = band.firstIndex; i <= band.lastIndex; i += 1)
    entries.push({ touchpoint: model.journey.touchpoints[i]!, index: i });
  return describePhase(
    phaseFacts(entries, { curves: curves.map((c) => c.key), nps: false }),
    {
      label: band.label,
      position: b,
      total: geometry.layout.bands.length,
      first: band.firstIndex,
      last: band.lastIndex,
    },
    localizer,
    curves.length > 1
      ? (key) =>
          curveName(
            curves.find((c) => c.key === key)!,
            localizer,
          )
      : null,
  );
}

/** The text summary under the chart: a paragraph per shown curve. */
export function curveSummary(
  model: JourneyModel,
  shown: readonly number[],
  localizer: Localizer,
  dips: readonly PeriodChange[] = [],
): string[] {
  const m = localizer.messages;
  const touchpoints = model.journey.touchpoints;
  // Without touchpoints the empty state says all there is to say.
  if (touchpoints.length === 0) return [];
  const at = (p: ScoredPoint) =>
    `${touchpoints[p.index]!.label} (${localizer.signed(p.score)}, ${localizer.polarity(p.score)})`;
  return shown.map((c) => {
    const curve = model.curves[c]!;
    const subject = curve.name ?? m.allCustomers;
    if (!curve.peakEnd || !curve.first || !curve.lowest || !curve.highest) {
      return `${localizer.capitalise(subject)}: ${m.emotionCurve.noEmotions}.`;
    }
    const pe = curve.peakEnd;
    const sentences = [
      m.summary.emotionCurve({
        subject,
        count: curve.scored,
        start: at(curve.first),
        end: at(pe.end),
        lowest: at(curve.lowest),
        highest: at(curve.highest),
        trend: curve.trend,
      }),
      `${localizer.capitalise(m.peak)} ${localizer.signed(pe.peak.score)} (${touchpoints[pe.peak.index]!.label}), ` +
        `${m.end} ${localizer.signed(pe.end.score)} (${touchpoints[pe.end.index]!.label}): ` +
        `${m.rememberedExperience} ${localizer.signed(pe.remembered)}.`,
    ];
    if (curve.earlier) sentences.push(comparedSentence(curve, localizer));
    const fresh = dips.filter((d) => d.persona === null || d.persona === curve.key);
    if (fresh.length > 0) {
      const places = fresh.map((d) => touchpoints[d.index]?.label ?? d.touchpointId).join(', ');
      sentences.push(`${localizer.capitalise(m.trends.dipHere)}: ${places}.`);
    }
    if (curve.drop) {
      sentences.push(
        `${localizer.capitalise(m.largestDrop)} ${localizer.signed(-curve.drop.drop)}: ` +
          `${touchpoints[curve.drop.from.index]!.label} → ${touchpoints[curve.drop.to.index]!.label}.`,
      );
    }
    return sentences.join(' ');
  });
}

/** "Compared with 2026-Q2: 2 significant changes (…), one of unknown significance." */
function comparedSentence(curve: CurveModel, localizer: Localizer): string {
  const earlier = curve.earlier!;
  return localizer.messages.trends.compared(earlier.period, earlier.significant, earlier.unknown);
}
