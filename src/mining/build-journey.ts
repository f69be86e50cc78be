/**
 * Builds a journey model from the aggregates of an event log (aggregates.ts). Both miners end
 * here — DuckDB in the CLI and the TypeScript one in the browser — so the same aggregates
 * always give the same journey, byte for byte.
 *
 * The rules (also in the README, "From event log to journey map"):
 * - A touchpoint's typical position is the lower median, over the cases that have its activity,
 *   of the relative position of the activity's first event in the case; the k-th of a case's
 *   n events (in time order, ties by input row) is at (k − 1) / (n − 1), and at 0 in a case of
 *   one event.
 * - With a phase column, each activity belongs to the phase most of its events carry (ties by
 *   name); phases are ordered by the typical position of their earliest touchpoint (ties by
 *   name), and activities without any phase go to a last phase, "Other". Without a phase
 *   column there is one phase, "Journey".
 * - Touchpoints are ordered by phase, then typical position, then name.
 * - With an owner column, each touchpoint gets a process per owner that performed its activity,
 *   in the layer most of that owner's events there carry (ties by name; `backstage` without a
 *   layer column), an `owner-share:<owner>` metric, and each owner an `owners` entry; a move
 *   between events of different owners is its own transition labelled `handover: A → B`.
 * - Names compare by UTF-16 code units, so every engine and locale gives the same order.
 */
import { PROCESS_LAYERS } from '../model/blueprint.js';
import { parseJourney } from '../model/parse.js';
import { LIMITS } from '../model/limits.js';
import { isWellKnownChannel } from '../model/channels.js';
import type { JourneyIssue } from '../model/issues.js';
import type { Journey, JourneyInput } from '../model/types.js';
import type { AggregateRow, EventRole, MiningColumns } from './aggregates.js';
import { IdAllocator, compareText, slug } from './ids.js';
import { roundHalfAway } from './values.js';

/** The id of the `process-mining` source every mined fact points to. */
export const MINING_SOURCE_ID = 'process-mining';

/** Options of a mined journey. */
export interface MiningOptions {
  /** The journey's title (default "Mined customer journey"). */
  title?: string;
  /** The journey's id (default: made from the title). */
  id?: string;
}

/** Why a log could not become a journey: one plain sentence, with the row and column when known. */
export interface MiningError {
  message: string;
  /** The data row (1 = the first row after the header), for an unreadable value. */
  row?: number;
  /** The log's column, for a missing column or an unreadable value. */
  column?: string;
  /** The model's own issues, when the mined journey did not pass `parseJourney`. */
  issues?: JourneyIssue[];
}

/** What was mined. */
export interface MiningStats {
  cases: number;
  events: number;
  /** Rows left out because they had no case, activity or time. */
  skipped: number;
  touchpoints: number;
  transitions: number;
}

/** The result of mining: a journey that passed `parseJourney`, or every reason why not. */
export type MineResult = { ok: true; journey: Journey; stats: MiningStats } | { ok: false; errors: MiningError[] };

const DEFAULT_TITLE = 'Mined customer journey';

const BAD_VALUES = [
  ['bad_time', 'time', 'is not a timestamp: use ISO 8601, e.g. 2026-03-01T09:30:00Z or 2026-03-01 09:30'],
  ['bad_emotion', 'emotion', 'is not an emotion score: use a number from -5 to 5'],
  ['bad_nps', 'nps', 'is not an NPS answer: use a whole number from 0 to 10'],
  ['bad_layer', 'layer', `is not a blueprint layer: use ${PROCESS_LAYERS.join(', ')}`],
] as const;

const short = (text: string) => text.slice(0, LIMITS.maxShortText);
const num = (value: number | null) => value ?? 0;
const byText =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    compareText(key(a), key(b));

/** An ISO 8601 duration of whole seconds, days being the largest unit (months vary in length). */
export function isoDuration(ms: number): string {
  let seconds = Math.max(0, Math.round(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3_600);
  seconds -= hours * 3_600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (days === 0 && time === '') return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** The key with the largest count; ties go to the smallest key. */
function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && compareText(key, best) < 0)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Turns the aggregates of an event log into a validated journey, or the reasons it cannot. */
export function journeyFromAggregates(
  rows: readonly AggregateRow[],
  options: MiningOptions & { columns?: Partial<MiningColumns> } = {},
): MineResult {
  const columnName = (role: EventRole) => options.columns?.[role] ?? role;
  const of = (kind: AggregateRow['kind']) => rows.filter((r) => r.kind === kind);

  const errors: MiningError[] = [];
  for (const [kind, role, problem] of BAD_VALUES) {
    const bad = of(kind)[0];
    if (!bad) continue;
    const more = num(bad.n) > 1 ? ` (${num(bad.n)} rows in all)` : '';
    errors.push({
      message: `row ${num(bad.row_no)}: ${JSON.stringify(bad.raw)} in column "${columnName(role)}" ${problem}${more}`,
      row: num(bad.row_no),
      column: columnName(role),
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const totals = of('totals')[0];
  const skipped = num(of('skipped')[0]?.n ?? null);
  const events = num(totals?.n ?? null);
  const cases = num(totals?.cases ?? null);
  if (events === 0) {
    const message =
      skipped > 0
        ? `no events: none of the ${skipped} rows has a case ("${columnName('case')}"), an activity ("${columnName('activity')}") and a time ("${columnName('time')}")`
        : 'no events: the log is empty';
    return { ok: false, errors: [{ message }] };
  }

  // Where each activity typically first happens, and in how many cases.
  const activityFirst = new Map(
    of('activity_first').map((r) => [r.activity!, { cases: num(r.cases), position: num(r.position) }]),
  );
  const positionOf = (activity: string) => activityFirst.get(activity)?.position ?? 0;

  // Each activity's phase is the one most of its events carry (ties by name); a phase sits
  // where its earliest touchpoint typically happens.
  const activityPhaseCounts = new Map<string, Map<string, number>>();
  for (const row of of('activity_phase')) {
    const counts = activityPhaseCounts.get(row.activity!) ?? new Map<string, number>();
    counts.set(row.phase!, num(row.n));
    activityPhaseCounts.set(row.activity!, counts);
  }
  const placed = of('activity').map((row) => ({
    row,
    phaseName: mostFrequent(activityPhaseCounts.get(row.activity!) ?? new Map<string, number>()),
    position: positionOf(row.activity!),
  }));
  const phasePosition = new Map<string, number>();
  for (const { phaseName, position } of placed) {
    if (phaseName !== undefined)
      phasePosition.set(phaseName, Math.min(phasePosition.get(phaseName) ?? Infinity, position));
  }
  const phaseIds = new IdAllocator('phase');
  const phases: { id: string; label: string }[] = [];
  const phaseOf = new Map<string | undefined, string>();
  for (const [name] of [...phasePosition].sort((a, b) => a[1] - b[1] || compareText(a[0], b[0]))) {
    phaseOf.set(name, phaseIds.next(name));
    phases.push({ id: phaseOf.get(name)!, label: short(name) });
  }
  if (placed.some((a) => a.phaseName === undefined)) {
    const label = phases.length === 0 ? 'Journey' : 'Other';
    phaseOf.set(undefined, phaseIds.next(label));
    phases.push({ id: phaseOf.get(undefined)!, label });
  }
  const phaseRank = new Map(phases.map((p, i) => [p.id, i]));

  // Touchpoints, one per activity, in journey order.
  const activities = placed
    .map(({ row, phaseName, position }) => ({ row, phase: phaseOf.get(phaseName)!, position }))
    .sort(
      (a, b) =>
        phaseRank.get(a.phase)! - phaseRank.get(b.phase)! ||
        a.position - b.position ||
        compareText(a.row.activity!, b.row.activity!),
    );
  const touchpointIds = new IdAllocator('touchpoint');
  const touchpointOf = new Map<string, string>();
  for (const { row } of activities) touchpointOf.set(row.activity!, touchpointIds.next(row.activity!));

  // Channels: a well-known id (web, app, phone, …) when the name is one, else a definition.
  const channelNames = [...new Set(of('channel').map((r) => r.channel!))].sort(compareText);
  const channelIds = new IdAllocator('channel');
  const channelOf = new Map<string, string>();
  const channels: { id: string; label: string }[] = [];
  for (const name of channelNames) {
    const id = channelIds.next(name);
    channelOf.set(name, id);
    if (!isWellKnownChannel(id)) channels.push({ id, label: short(name) });
  }

  // Personas, by name.
  const personaNames = of('persona')
    .map((r) => r.persona!)
    .sort(compareText);
  const personaIds = new IdAllocator('persona');
  const personaOf = new Map<string, string>();
  for (const name of personaNames) personaOf.set(name, personaIds.next(name));

  const channelCounts = new Map<string, Map<string, number>>();
  for (const row of of('channel')) {
    const counts = channelCounts.get(row.activity!) ?? new Map<string, number>();
    counts.set(row.channel!, num(row.n));
    channelCounts.set(row.activity!, counts);
  }
  const emotionRows = new Map<string, AggregateRow[]>();
  for (const row of of('emotion')) emotionRows.set(row.activity!, [...(emotionRows.get(row.activity!) ?? []), row]);
  const npsRows = new Map<string, AggregateRow[]>();
  for (const row of of('nps')) npsRows.set(row.activity!, [...(npsRows.get(row.activity!) ?? []), row]);

  // Owners, by name; per activity, each owner's events per layer.
  const ownerNames = [...new Set(of('owner').map((r) => r.owner!))].sort(compareText);
  const ownerIds = new IdAllocator('owner');
  const ownerOf = new Map(ownerNames.map((name) => [name, ownerIds.next(name)]));
  const ownerLayers = new Map<string, Map<string, Map<string, number>>>();
  for (const row of of('owner')) {
    const owners = ownerLayers.get(row.activity!) ?? new Map<string, Map<string, number>>();
    const layers = owners.get(row.owner!) ?? new Map<string, number>();
    if (row.layer !== null) layers.set(row.layer, (layers.get(row.layer) ?? 0) + num(row.n));
    layers.set('', (layers.get('') ?? 0) + num(row.n));
    owners.set(row.owner!, layers);
    ownerLayers.set(row.activity!, owners);
  }

  const source = MINING_SOURCE_ID;
  const touchpoints = activities.map(({ row, phase }) => {
    const activity = row.activity!;
    const touchpoint: NonNullable<JourneyInput['touchpoints']>[number] = {
      id: touchpointOf.get(activity)!,
      phase,
      label: short(activity),
    };
    const counts = channelCounts.get(activity);
    const main = counts && mostFrequent(counts);
    if (main !== undefined) touchpoint.channel = channelOf.get(main)!;
    if (row.gap_ms !== null) touchpoint.duration = isoDuration(row.gap_ms);

    const emotions = emotionsOf(emotionRows.get(activity) ?? [], personaOf, source);
    if (emotions.length > 0) touchpoint.emotions = emotions;

    const metrics: NonNullable<(typeof touchpoint)['metrics']> = [
      { id: 'cases', label: 'Cases', value: activityFirst.get(activity)?.cases ?? 0, unit: 'cases', source },
      { id: 'events', label: 'Events', value: num(row.n), unit: 'events', source },
    ];
    if (counts) {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const shares = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
      for (const [name, count] of shares) {
        metrics.push({
          id: `channel-share:${channelOf.get(name)!}`,
          label: short(`Share on ${name}`),
          value: Math.round((1000 * count) / total) / 10,
          unit: '%',
          source,
        });
      }
    }
    const owners = ownerLayers.get(activity);
    if (owners) {
      // Each owner's events here; the '' key holds all of them, the others per layer.
      const byOwner = [...owners].map(([name, layers]) => ({ name, layers, events: layers.get('')! }));
      byOwner.sort((a, b) => b.events - a.events || compareText(a.name, b.name));
      const total = byOwner.reduce((sum, o) => sum + o.events, 0);
      touchpoint.processes = byOwner.map(({ name, layers, events }) => {
        const perLayer = new Map([...layers].filter(([layer]) => layer !== ''));
        const layer = (mostFrequent(perLayer) ?? 'backstage') as (typeof PROCESS_LAYERS)[number];
        return {
          id: ownerOf.get(name)!,
          label: short(activity),
          layer,
          owner: ownerOf.get(name)!,
          note: `${events} of ${total} event${total === 1 ? '' : 's'}`,
          source,
        };
      });
      for (const { name, events } of byOwner) {
        metrics.push({
          id: `owner-share:${ownerOf.get(name)!}`,
          label: short(`Share by ${name}`),
          value: Math.round((1000 * events) / total) / 10,
          unit: '%',
          source,
        });
      }
    }
    touchpoint.metrics = metrics;

    const nps = npsOf(npsRows.get(activity) ?? [], personaOf, source);
    if (nps.length > 0) touchpoint.nps = nps;
    return touchpoint;
  });

  // Transitions: per pair, the moves within a channel and owner first, then each channel hop
  // and handover.
  const order = new Map(activities.map(({ row }, i) => [row.activity!, i]));
  const transitions = of('transition')
    .map((row) => ({
      row,
      from: order.get(row.activity!)!,
      to: row.next_activity === null ? activities.length : order.get(row.next_activity)!,
      hop: `${row.channel ?? ''}\u0000${row.next_channel ?? ''}\u0000${row.owner ?? ''}\u0000${row.next_owner ?? ''}`,
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to || compareText(a.hop, b.hop))
    .map(({ row }) => {
      const transition: NonNullable<JourneyInput['transitions']>[number] = {
        from: touchpointOf.get(row.activity!)!,
        to: row.next_activity === null ? null : touchpointOf.get(row.next_activity)!,
        count: num(row.n),
      };
      const labels: string[] = [];
      if (row.channel !== null) labels.push(`channel hop: ${row.channel} → ${row.next_channel}`);
      if (row.owner !== null) labels.push(`handover: ${row.owner} → ${row.next_owner}`);
      if (labels.length > 0) transition.label = short(labels.join('; '));
      return transition;
    });

  const title = short(options.title?.trim() || DEFAULT_TITLE);
  const skippedNote = skipped > 0 ? `; ${skipped} rows without a case, activity or time left out` : '';
  const document: JourneyInput = {
    version: 1,
    id: options.id ?? (slug(title) || 'mined-journey'),
    title,
    ...(personaOf.size > 0 ? { personas: [...personaOf].map(([name, id]) => ({ id, name: short(name) })) } : {}),
    ...(channels.length > 0 ? { channels } : {}),
    ...(ownerOf.size > 0 ? { owners: [...ownerOf].map(([name, id]) => ({ id, name: short(name) })) } : {}),
    phases,
    touchpoints,
    transitions,
    sources: [
      {
        id: source,
        kind: 'process-mining',
        label: `Event log: ${cases} cases, ${events} events${skippedNote}`,
        n: cases,
        ...(totals?.first_ms != null && totals.last_ms != null
          ? { date: `${isoDate(totals.first_ms)}/${isoDate(totals.last_ms)}` }
          : {}),
      },
    ],
  };

  const parsed = parseJourney(document);
  if (!parsed.ok) {
    const first = parsed.issues.slice(0, 5).map((i) => `${i.path || '(document)'}: ${i.message}`);
    return {
      ok: false,
      errors: [{ message: `the mined journey is not a valid model: ${first.join('; ')}`, issues: parsed.issues }],
    };
  }
  return {
    ok: true,
    journey: parsed.journey,
    stats: { cases, events, skipped, touchpoints: touchpoints.length, transitions: transitions.length },
  };
}

/** Mean emotion per touchpoint: all customers first, then each persona (rounded to 2 decimals). */
function emotionsOf(rows: readonly AggregateRow[], personaOf: Map<string, string>, source: string) {
  const mean = (milli: number, n: number) => roundHalfAway(milli / n / 10) / 100;
  const emotions: { score: number; persona?: string; note: string; source: string }[] = [];
  let milli = 0;
  let n = 0;
  for (const row of rows) {
    milli += num(row.emotion_milli);
    n += num(row.n);
  }
  if (n > 0) emotions.push({ score: mean(milli, n), note: `mean of ${n} score${n === 1 ? '' : 's'}`, source });
  const perPersona = rows.filter((r) => r.persona !== null && num(r.n) > 0).sort(byText((r) => r.persona!));
  for (const row of perPersona) {
    emotions.push({
      score: mean(num(row.emotion_milli), num(row.n)),
      persona: personaOf.get(row.persona!)!,
      note: `mean of ${num(row.n)} score${num(row.n) === 1 ? '' : 's'}`,
      source,
    });
  }
  return emotions;
}

/**
 * The 0–10 answers per touchpoint: all customers first, then each persona; within each, one
 * entry per period (by label), or one entry without a period column. Answers without a period
 * are left out of a per-period series.
 */
function npsOf(rows: readonly AggregateRow[], personaOf: Map<string, string>, source: string) {
  const periodic = rows.some((r) => r.period !== null);
  const groups = new Map<string, { persona: string | null; period: string | null; distribution: number[] }>();
  const add = (persona: string | null, row: AggregateRow) => {
    if (periodic && row.period === null) return;
    const key = `${persona ?? ''}\u0000${row.period ?? ''}`;
    const group = groups.get(key) ?? { persona, period: row.period, distribution: new Array<number>(11).fill(0) };
    group.distribution[num(row.score)]! += num(row.n);
    groups.set(key, group);
  };
  for (const row of rows) {
    add(null, row);
    if (row.persona !== null) add(row.persona, row);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        Number(a.persona !== null) - Number(b.persona !== null) ||
        compareText(a.persona ?? '', b.persona ?? '') ||
        compareText(a.period ?? '', b.period ?? ''),
    )
    .map((g) => ({
      distribution: g.distribution,
      ...(g.persona !== null ? { persona: personaOf.get(g.persona)! } : {}),
      ...(g.period !== null ? { period: short(g.period) } : {}),
      source,
    }));
}
