/**
 * What the map shows, derived once per journey (and base journey): one column per touchpoint
 * in display order (the compared order in compare mode, removed touchpoints in place), with
 * everything each lane needs, and which lanes have data. Pure; no DOM.
 */
import { type ChannelHop, type ResolvedChannel, channelHops, resolveChannel } from '../../analytics/channels.js';
import { type ComparedTouchpoint, type JourneyComparison, compareJourneys } from '../../analytics/compare.js';
import { curveKeys, emotionAt } from '../../analytics/emotion.js';
import { isOffNorm } from '../../analytics/metrics.js';
import { type TransitionFlow, transitionFlows } from '../../analytics/transitions.js';
import { type MapBlueprint, mapBlueprint } from '../../layout/blueprint.js';
import { type PhaseRun, phaseRuns } from '../../layout/columns.js';
import { type EmotionLabel, isKnownEmotion } from '../../layout/emotion-glyphs.js';
import { EMOTION_LABELS } from '../../model/schema.js';
import type { Journey, Persona, Phase, Touchpoint } from '../../model/types.js';
import { LANES, type Lane } from './lanes.js';

/** One column of the map: a touchpoint with what its lanes show. */
export interface MapColumn {
  /** Position in display order. */
  index: number;
  id: string;
  /** The touchpoint shown: the journey's, or the base journey's when it was removed. */
  touchpoint: Touchpoint;
  /** Position in the shown journey, or `null` for a touchpoint only the base journey has. */
  journeyIndex: number | null;
  phaseId: string;
  phaseLabel: string;
  /** Compare mode: how the touchpoint differs from the base journey. */
  comparison: ComparedTouchpoint | null;
  channel: ResolvedChannel | null;
  /** The channel hop that leads into this touchpoint, if the previous one was on another channel. */
  hop: ChannelHop | null;
  /** Transitions leaving this touchpoint. */
  flowsOut: TransitionFlow[];
}

/** Everything the map derives from its journey (and base journey). */
export interface MapModel {
  journey: Journey;
  base: Journey | null;
  comparison: JourneyComparison | null;
  /** Phases in display order: the journey's, then any only the base journey has. */
  phases: Phase[];
  columns: MapColumn[];
  /** The columns' phase runs (a phase that comes back gets another): the phase level and the narrow map's tree. */
  phaseRuns: PhaseRun[];
  /** The display order as a journey shape, for the column layout. */
  shape: Pick<Journey, 'touchpoints' | 'phases'>;
  /** Index of each display column by touchpoint id. */
  columnOf: Map<string, number>;
  /** The curves the journey has: persona ids in order, or `[null]` for one overall curve. */
  curves: (string | null)[];
  personas: readonly Persona[];
  flows: TransitionFlow[];
  /** A stable key per flow (its position in `transitions`), and the largest count. */
  flowKeys: Map<TransitionFlow, string>;
  maxFlowCount: number;
  /** Lanes with something to show, in the default order. */
  lanesWithData: Lane[];
  /** The known emotion labels the journey uses, in catalogue order. */
  emotionLabels: EmotionLabel[];
  hasMoments: boolean;
  hasOffNorm: boolean;
  /** The service blueprint: processes by layer with handovers, actions, and in compare mode their effects. */
  blueprint: MapBlueprint;
}

function mergedPhases(journey: Journey, base: Journey | null): Phase[] {
  if (!base) return [...journey.phases];
  const own = new Set(journey.phases.map((p) => p.id));
  return [...journey.phases, ...base.phases.filter((p) => !own.has(p.id))];
}

type Entry = { touchpoint: Touchpoint; comparison: ComparedTouchpoint | null; owner: Journey };

/**
 * Compare order keeps a removed touchpoint after the base touchpoint it followed. When that puts
 * it outside the run of its own phase (the base had it in "Afsluiten" right after two
 * "Oriënteren" touchpoints, and the journey added a third one there), the map would show the
 * phase split in two bands around it. So a removed touchpoint whose phase the journey still has
 * moves to the nearest edge of that phase's touchpoints: just before the first when it stood
 * earlier, just after the last when it stood later; within the run, or with a phase only the
 * base has, it stays where it is. The journey's own touchpoints keep their order.
 */
function withinTheirPhases(entries: Entry[], journey: Journey): Entry[] {
  const span = new Map<string, { first: number; last: number }>();
  entries.forEach((entry, i) => {
    if (entry.owner !== journey) return;
    const run = span.get(entry.touchpoint.phase);
    if (run) run.last = i;
    else span.set(entry.touchpoint.phase, { first: i, last: i });
  });
  // Fractions place moved entries between whole positions, in their original order (i / n < 1).
  const n = entries.length + 1;
  const position = entries.map((entry, i) => {
    const run = entry.owner === journey ? undefined : span.get(entry.touchpoint.phase);
    if (!run || (i > run.first && i < run.last)) return i;
    return i < run.first ? run.first - 1 + (1 + i / n) / 2 : run.last + (1 + i / n) / 2;
  });
  return entries
    .map((entry, i) => ({ entry, at: position[i]! }))
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => entry);
}

/** Derives the map's model; `base` turns on compare mode. */
export function deriveMapModel(journey: Journey, base: Journey | null): MapModel {
  const comparison = base ? compareJourneys(base, journey) : null;
  const phases = mergedPhases(journey, base);
  const phaseLabel = new Map(phases.map((p) => [p.id, p.label]));
  const journeyIndex = new Map(journey.touchpoints.map((tp, i) => [tp.id, i]));
  const hops = new Map(channelHops(journey).map((h) => [h.toTouchpointId, h]));
  const flows = transitionFlows(journey);
  const out = new Map<string, TransitionFlow[]>();
  for (const flow of flows) {
    if (flow.fromIndex < 0 || flow.toIndex === -1) continue;
    const list = out.get(flow.from);
    if (list) list.push(flow);
    else out.set(flow.from, [flow]);
  }

  const entries: Entry[] = comparison
    ? withinTheirPhases(
        comparison.touchpoints.map((c) => ({
          touchpoint: (c.after ?? c.before)!,
          comparison: c,
          owner: c.after ? journey : base!,
        })),
        journey,
      )
    : journey.touchpoints.map((touchpoint) => ({ touchpoint, comparison: null, owner: journey }));

  const columns = entries.map(({ touchpoint, comparison: compared, owner }, index): MapColumn => {
    const shown = owner === journey;
    return {
      index,
      id: touchpoint.id,
      touchpoint,
      journeyIndex: shown ? (journeyIndex.get(touchpoint.id) ?? null) : null,
      phaseId: touchpoint.phase,
      phaseLabel: phaseLabel.get(touchpoint.phase) ?? touchpoint.phase,
      comparison: compared,
      channel: touchpoint.channel === undefined ? null : resolveChannel(owner, touchpoint.channel),
      hop: shown ? (hops.get(touchpoint.id) ?? null) : null,
      flowsOut: shown ? (out.get(touchpoint.id) ?? []) : [],
    };
  });

  const touchpoints = columns.map((c) => c.touchpoint);
  const has = (test: (tp: Touchpoint) => boolean) => touchpoints.some(test);
  const blueprint = mapBlueprint(journey, touchpoints, base);
  const data: Record<Lane, boolean> = {
    touchpoints: touchpoints.length > 0,
    channels: has((tp) => tp.channel !== undefined),
    emotion: journey.touchpoints.some((tp) => (tp.emotions?.length ?? 0) > 0),
    nps: journey.touchpoints.some((tp) => tp.nps !== undefined && (!Array.isArray(tp.nps) || tp.nps.length > 0)),
    flows: flows.some((f) => f.fromIndex >= 0 && f.toIndex !== -1),
    metrics: has((tp) => (tp.metrics?.length ?? 0) > 0),
    'pain-points': has((tp) => (tp.painPoints?.length ?? 0) > 0),
    opportunities: has((tp) => (tp.opportunities?.length ?? 0) > 0),
    'moments-of-truth': has((tp) => tp.momentOfTruth !== undefined),
    quotes: has((tp) => (tp.quotes?.length ?? 0) > 0),
    processes: blueprint.processes.counts.total > 0,
    actions: blueprint.actionCounts.total > 0,
  };

  const usedLabels = new Set<string>();
  for (const tp of journey.touchpoints)
    for (const e of tp.emotions ?? []) if (isKnownEmotion(e.label)) usedLabels.add(e.label);

  return {
    journey,
    base,
    comparison,
    phases,
    columns,
    phaseRuns: phaseRuns(columns, phases),
    shape: { touchpoints, phases },
    columnOf: new Map(columns.map((c) => [c.id, c.index])),
    curves: curveKeys(journey),
    personas: journey.personas ?? [],
    flows,
    flowKeys: new Map(flows.map((f, i) => [f, `t${i}`])),
    maxFlowCount: flows.reduce((m, f) => Math.max(m, f.count), 0),
    lanesWithData: LANES.filter((lane) => data[lane]),
    emotionLabels: EMOTION_LABELS.filter((label) => usedLabels.has(label)),
    hasMoments: data['moments-of-truth'],
    hasOffNorm: journey.touchpoints.some((tp) => (tp.metrics ?? []).some((m) => isOffNorm(m) === true)),
    blueprint,
  };
}

/**
 * The emotion score of each column from `first` to `last` for `persona` ('all': all customers,
 * the mean of the persona curves where there is no overall finding); null where there is none,
 * and for a stand-in of a touchpoint only the base journey has.
 */
export function columnScores(model: MapModel, first: number, last: number, persona: string): (number | null)[] {
  const key = persona === 'all' || !model.curves.includes(persona) ? null : persona;
  const scores: (number | null)[] = [];
  for (let i = first; i <= last; i += 1) {
    const column = model.columns[i]!;
    scores.push(column.journeyIndex === null ? null : emotionAt(column.touchpoint, column.journeyIndex, key).score);
  }
  return scores;
}
