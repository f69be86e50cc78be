/**
 * The map in words: each touchpoint's accessible name, the text of each lane's cell, and the
 * generated summary of the whole journey (the figure's description). Every string comes from
 * the message catalogues through the Localizer.
 */
import {
  type EmotionPoint,
  emotionAt,
  emotionSeries,
  highestPoints,
  lowestPoints,
  peakEndOf,
} from '../../analytics/emotion.js';
import { isOffNorm, offNormMetrics } from '../../analytics/metrics.js';
import { touchpointNps } from '../../analytics/nps.js';
import { parseDuration } from '../../model/duration.js';
import type { Metric, Touchpoint } from '../../model/types.js';
import { type PhaseEntry, phaseFacts } from '../../analytics/phase-facts.js';
import { describePhase } from '../../shared/phase-level.js';
import { actionCountsText } from '../../shared/blueprint-words.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { MapColumn, MapModel } from './derive.js';

/** The name of a curve: the persona's name, or "all customers". */
export function curveName(model: MapModel, persona: string | null, localizer: Localizer): string {
  if (persona === null) return localizer.messages.allCustomers;
  return model.personas.find((p) => p.id === persona)?.name ?? persona;
}

/** The curves shown for a persona selection: every curve for "all", else that persona's. */
export function shownCurves(model: MapModel, persona: string): (string | null)[] {
  if (persona === 'all' || !model.curves.includes(persona)) return model.curves;
  return [persona];
}

/** One emotion point in words and numbers, e.g. "frustration, −3 (negative)". */
export function emotionText(point: EmotionPoint, localizer: Localizer): string | null {
  if (point.score === null) return null;
  const score = localizer.emotionScore(point.score);
  return point.label === undefined ? score : `${localizer.emotionWord(point.label)}, ${score}`;
}

/** The emotions at a column for the shown curves, e.g. "Starter: fear, −2 (negative); Mover: …". */
export function columnEmotionText(
  model: MapModel,
  column: MapColumn,
  persona: string,
  localizer: Localizer,
): string | null {
  if (column.journeyIndex === null) return null;
  const curves = shownCurves(model, persona);
  const parts = curves.flatMap((key) => {
    const text = emotionText(emotionAt(column.touchpoint, column.journeyIndex!, key), localizer);
    if (text === null) return [];
    return [curves.length > 1 || key !== null ? `${curveName(model, key, localizer)}: ${text}` : text];
  });
  return parts.length === 0 ? null : parts.join('; ');
}

/** The latest NPS at a column for the persona selection, signed, or "no data" when measured without responses. */
export function columnNpsText(column: MapColumn, persona: string, localizer: Localizer): string | null {
  if (column.touchpoint.nps === undefined || column.journeyIndex === null) return null;
  const current = touchpointNps(column.touchpoint, { persona: persona === 'all' ? null : persona }).current;
  if (!current) return null;
  return current.score === null ? localizer.messages.noData : localizer.signed(current.score);
}

/** The moment of truth in words, with its note. */
export function momentText(touchpoint: Touchpoint, localizer: Localizer): string | null {
  const moment = touchpoint.momentOfTruth;
  if (!moment) return null;
  const kind = localizer.messages.momentOfTruthKinds[moment.kind];
  return moment.note ? `${kind}: ${moment.note}` : kind;
}

/** A metric's value with its unit. */
export function metricValue(metric: Metric, localizer: Localizer): string {
  const value = localizer.number(metric.value);
  return metric.unit ? `${value} ${metric.unit}` : value;
}

/** A metric's norm in words, e.g. "norm ≤ 5", or null without a target. */
export function metricNorm(metric: Metric, localizer: Localizer): string | null {
  if (metric.target === undefined) return null;
  const target = localizer.number(metric.target);
  const m = localizer.messages.map;
  return (metric.better ?? 'higher') === 'lower' ? m.normAtMost(target) : m.normAtLeast(target);
}

/** A metric in words: label, value, norm and whether it is off norm. */
export function metricText(metric: Metric, localizer: Localizer): string {
  const norm = metricNorm(metric, localizer);
  const off = isOffNorm(metric);
  const state = off === null ? null : off ? localizer.messages.metric.offNorm : localizer.messages.metric.onNorm;
  return [`${metric.label}: ${metricValue(metric, localizer)}`, norm, state].filter((x) => x !== null).join(', ');
}

/** A duration in words, or null when absent or unreadable. */
export function durationText(touchpoint: Touchpoint, localizer: Localizer): string | null {
  if (touchpoint.duration === undefined) return null;
  const parts = parseDuration(touchpoint.duration);
  return parts ? localizer.duration(parts) : null;
}

/**
 * A touchpoint's accessible name: label, position, phase, channel, emotion in words and numbers,
 * NPS and moment of truth; in compare mode also how it changed.
 */
export function touchpointName(model: MapModel, column: MapColumn, persona: string, localizer: Localizer): string {
  const m = localizer.messages;
  const moment = column.touchpoint.momentOfTruth;
  const name = m.summary.touchpoint({
    label: column.touchpoint.label,
    position: column.index + 1,
    total: model.columns.length,
    phase: column.phaseLabel,
    channel:
      column.touchpoint.channel === undefined
        ? undefined
        : localizer.channelName(column.touchpoint.channel, model.journey),
    emotion: columnEmotionText(model, column, persona, localizer) ?? undefined,
    nps: columnNpsText(column, persona, localizer) ?? undefined,
    momentOfTruth: moment ? m.momentOfTruthKinds[moment.kind] : undefined,
  });
  const status = column.comparison?.status;
  return status && status !== 'unchanged' ? `${name}, ${m.map.badges[status]}` : name;
}

/**
 * A phase of a long map in words, for the phase level (see shared/phase-level.ts): its
 * touchpoints, the lowest and highest emotion of the shown curves, the lowest NPS, moments of
 * truth and metrics off norm, then how to drill down. Reads only the phase's own columns.
 */
export function phaseSummary(model: MapModel, bandIndex: number, persona: string, localizer: Localizer): string {
  const bands = model.phaseRuns;
  const band = bands[bandIndex]!;
  const curves = shownCurves(model, persona);
  const entries: PhaseEntry[] = [];
  for (let i = band.firstIndex; i <= band.lastIndex; i += 1) {
    const column = model.columns[i]!;
    if (column.journeyIndex !== null) entries.push({ touchpoint: column.touchpoint, index: column.journeyIndex });
  }
  const facts = phaseFacts(entries, {
    curves,
    nps: persona === 'all' || !model.curves.includes(persona) ? null : persona,
  });
  // Stand-ins of removed touchpoints (compare mode) count as columns of the phase too.
  facts.count = band.lastIndex - band.firstIndex + 1;
  return describePhase(
    facts,
    { label: band.label, position: bandIndex, total: bands.length, first: band.firstIndex, last: band.lastIndex },
    localizer,
    curves.length > 1 ? (key) => curveName(model, key, localizer) : null,
  );
}

/** Where a touchpoint is, for the summary: its label. */
function where(model: MapModel, touchpointId: string): string {
  const column = model.columns[model.columnOf.get(touchpointId) ?? -1];
  return column?.touchpoint.label ?? touchpointId;
}

/**
 * The generated summary of the whole journey: phases and counts, lowest and highest point,
 * peak-end per persona, the lowest NPS, off-norm metrics, moments of truth, and in compare mode
 * what changed.
 */
export function journeySummary(model: MapModel, localizer: Localizer): string {
  const m = localizer.messages;
  const s = m.map.summary;
  const journey = model.journey;
  const sentences: string[] = [
    m.summary.journey(journey.title, journey.phases.length, journey.touchpoints.length, model.personas.length),
    s.phases(localizer.list(journey.phases.map((p) => p.label))),
  ];

  const series = model.curves.map((key) => ({ key, series: emotionSeries(journey, key) }));
  const low = series
    .flatMap(({ key, series: points }) => lowestPoints(points, 1).map((p) => ({ key, p })))
    .sort((a, b) => a.p.score - b.p.score || a.p.index - b.p.index)[0];
  const high = series
    .flatMap(({ key, series: points }) => highestPoints(points, 1).map((p) => ({ key, p })))
    .sort((a, b) => b.p.score - a.p.score || a.p.index - b.p.index)[0];
  const who = (key: string | null, scoreText: string) =>
    key === null ? scoreText : m.map.whoScore(curveName(model, key, localizer), scoreText);
  if (low)
    sentences.push(s.lowest(where(model, low.p.touchpointId), who(low.key, localizer.emotionScore(low.p.score))));
  if (high)
    sentences.push(s.highest(where(model, high.p.touchpointId), who(high.key, localizer.emotionScore(high.p.score))));
  for (const { key, series: points } of series) {
    const pe = peakEndOf(points, key);
    if (!pe) continue;
    sentences.push(
      s.peakEnd(
        key === null ? m.allCustomers : curveName(model, key, localizer),
        localizer.emotionScore(pe.remembered),
        localizer.signed(pe.peak.score),
        where(model, pe.peak.touchpointId),
        localizer.signed(pe.end.score),
        where(model, pe.end.touchpointId),
      ),
    );
  }

  let worst: { id: string; score: number } | null = null;
  for (const tp of journey.touchpoints) {
    const score = touchpointNps(tp).current?.score;
    if (score !== undefined && score !== null && (worst === null || score < worst.score)) worst = { id: tp.id, score };
  }
  if (worst) sentences.push(s.worstNps(where(model, worst.id), localizer.signed(worst.score)));

  const off = offNormMetrics(journey);
  if (off.length > 0) {
    sentences.push(
      s.offNorm(
        off.length,
        localizer.list(
          off.map((o) => `${o.metric.label} (${metricValue(o.metric, localizer)}, ${metricNorm(o.metric, localizer)})`),
        ),
      ),
    );
  }
  const moments = journey.touchpoints.filter((tp) => tp.momentOfTruth !== undefined);
  if (moments.length > 0) {
    sentences.push(
      s.moments(
        moments.length,
        localizer.list(moments.map((tp) => `${tp.label} (${m.momentOfTruthKinds[tp.momentOfTruth!.kind]})`)),
      ),
    );
  }
  const { processes, actionCounts: actions } = model.blueprint;
  if (processes.counts.total > 0)
    sentences.push(m.blueprint.summaryProcesses(processes.counts.total, processes.handovers.total));
  if (actions.total > 0)
    sentences.push(m.blueprint.summaryActions(actions.total, actionCountsText(actions, localizer)));
  if (model.comparison && model.base) {
    const c = model.comparison;
    sentences.push(s.compare(model.base.title, c.added.length, c.removed.length, c.changed.length));
  }
  return sentences.join(' ');
}
