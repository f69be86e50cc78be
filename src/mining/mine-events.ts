/**
 * Journey mining in plain TypeScript: event rows in, journey model out. No DOM, no
 * dependencies, so it runs on a page, in a Web Worker (mine-worker.ts) or in Node.
 *
 * It computes exactly the aggregates of the mining SQL (sql.ts) — the same directly-follows
 * counts, medians and firsts, with the same tie-breaks — and hands them to the same builder,
 * so a log mined here and with the CLI's DuckDB gives the same journey.
 */
import { aggregateRow, type AggregateRow, EVENT_ROLES, type EventRole, type MiningColumns } from './aggregates.js';
import { type MineResult, type MiningError, type MiningOptions, journeyFromAggregates } from './build-journey.js';
import { CsvError, type CsvDelimiter, readCsv } from './csv.js';
import { PROCESS_LAYERS } from '../model/blueprint.js';
import { emotionMilli, npsAnswer, parseNumber, parseTimestamp } from './values.js';

type BadKind = 'bad_time' | 'bad_emotion' | 'bad_nps' | 'bad_layer';
const LAYERS: ReadonlySet<string> = new Set(PROCESS_LAYERS);

/** A cell of an event row: text, a number, a `Date`, or missing (`null`, `undefined`, `''`). */
export type EventValue = string | number | bigint | boolean | Date | null | undefined;

/**
 * Finds each role's column among a log's column names: the exact name, else the one name that
 * matches ignoring case (as SQL does). Returns the names to use, or an error per missing column.
 */
export function resolveColumns(
  available: readonly string[],
  columns: MiningColumns,
): { ok: true; columns: MiningColumns } | { ok: false; errors: MiningError[] } {
  const resolved: Partial<Record<EventRole, string>> = {};
  const errors: MiningError[] = [];
  for (const role of EVENT_ROLES) {
    const wanted = columns[role];
    if (wanted === undefined) continue;
    let name = available.includes(wanted) ? wanted : undefined;
    if (name === undefined) {
      const folded = available.filter((a) => a.toLowerCase() === wanted.toLowerCase());
      if (folded.length === 1) name = folded[0];
    }
    if (name === undefined) {
      const list = available.map((a) => JSON.stringify(a)).join(', ');
      errors.push({
        message: `no column "${wanted}" (--${role}) in the log; its columns are ${list || '(none)'}`,
        column: wanted,
      });
    } else resolved[role] = name;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns: resolved as MiningColumns };
}

interface FirstBad {
  row: number;
  raw: string;
  count: number;
}

/** Interns text values as small integers; `-1` is missing. */
class Dictionary {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();

  code(value: string | null): number {
    if (value === null) return -1;
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }
}

function text(value: EventValue): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return String(value);
}

/** Collects event rows column by column, then computes the aggregates of the mining SQL. */
class EventLog {
  readonly cases = new Dictionary();
  readonly activities = new Dictionary();
  readonly channels = new Dictionary();
  readonly personas = new Dictionary();
  readonly phases = new Dictionary();
  readonly periods = new Dictionary();
  readonly owners = new Dictionary();
  readonly layers = new Dictionary();
  readonly caseOf: number[] = [];
  readonly activityOf: number[] = [];
  readonly timeOf: number[] = [];
  readonly channelOf: number[] = [];
  readonly personaOf: number[] = [];
  readonly phaseOf: number[] = [];
  readonly periodOf: number[] = [];
  readonly ownerOf: number[] = [];
  readonly layerOf: number[] = [];
  /** Emotion in thousandths, NaN when none. */
  readonly emotionOf: number[] = [];
  /** NPS answer, −1 when none. */
  readonly npsOf: number[] = [];
  skipped = 0;
  readonly bad: Partial<Record<BadKind, FirstBad>> = {};

  #flag(kind: BadKind, row: number, raw: string): void {
    const first = this.bad[kind];
    if (first) first.count += 1;
    else this.bad[kind] = { row, raw, count: 1 };
  }

  /** Adds the input row `row` (1-based, in input order: it breaks ties between equal times). */
  add(
    row: number,
    caseValue: EventValue,
    activityValue: EventValue,
    timeValue: EventValue,
    channel: EventValue,
    persona: EventValue,
    phase: EventValue,
    emotion: EventValue,
    nps: EventValue,
    period: EventValue,
    owner: EventValue = null,
    layerValue: EventValue = null,
  ): void {
    let time: number | null = null;
    const rawTime = text(timeValue);
    if (rawTime !== null) {
      if (timeValue instanceof Date) time = timeValue.getTime();
      else if (typeof timeValue === 'string') time = parseTimestamp(timeValue);
      if (time === null) this.#flag('bad_time', row, rawTime);
    }
    let milli = Number.NaN;
    const rawEmotion = text(emotion);
    if (rawEmotion !== null) {
      const value = emotionMilli(typeof emotion === 'number' ? emotion : parseNumber(rawEmotion));
      if (value === null) this.#flag('bad_emotion', row, rawEmotion);
      else milli = value;
    }
    let answer = -1;
    const rawNps = text(nps);
    if (rawNps !== null) {
      const value = npsAnswer(typeof nps === 'number' ? nps : parseNumber(rawNps));
      if (value === null) this.#flag('bad_nps', row, rawNps);
      else answer = value;
    }
    const layer = text(layerValue);
    if (layer !== null && !LAYERS.has(layer)) this.#flag('bad_layer', row, layer);
    const caseId = text(caseValue);
    const activity = text(activityValue);
    if (caseId === null || activity === null || time === null) {
      this.skipped += 1;
      return;
    }
    this.caseOf.push(this.cases.code(caseId));
    this.activityOf.push(this.activities.code(activity));
    this.timeOf.push(time);
    this.channelOf.push(this.channels.code(text(channel)));
    this.personaOf.push(this.personas.code(text(persona)));
    this.phaseOf.push(this.phases.code(text(phase)));
    this.periodOf.push(this.periods.code(text(period)));
    this.ownerOf.push(this.owners.code(text(owner)));
    this.layerOf.push(this.layers.code(layer));
    this.emotionOf.push(milli);
    this.npsOf.push(answer);
  }

  /** The aggregates table of this log (see aggregates.ts). */
  aggregates(): AggregateRow[] {
    const rows: AggregateRow[] = [];
    const events = this.caseOf.length;
    for (const kind of ['bad_time', 'bad_emotion', 'bad_nps', 'bad_layer'] as const) {
      const bad = this.bad[kind];
      if (bad) rows.push(aggregateRow(kind, { row_no: bad.row, raw: bad.raw, n: bad.count }));
    }
    rows.push(aggregateRow('skipped', { n: this.skipped }));
    if (events === 0) {
      rows.push(aggregateRow('totals', { n: 0, cases: 0 }));
      return rows;
    }

    // Events per case in time order; events were added in row order, so a stable sort by
    // time breaks ties by row, as `ORDER BY t_ms, row_no` does.
    const caseCount = this.cases.values.length;
    const start = new Int32Array(caseCount + 1);
    for (const c of this.caseOf) start[c + 1]! += 1;
    for (let c = 0; c < caseCount; c += 1) start[c + 1]! += start[c]!;
    const order = new Int32Array(events);
    const fill = start.slice(0, caseCount);
    for (let e = 0; e < events; e += 1) order[fill[this.caseOf[e]!]!++] = e;
    const time = this.timeOf;
    for (let c = 0; c < caseCount; c += 1) {
      const from = start[c]!;
      const to = start[c + 1]!;
      if (to - from > 32) {
        const sorted = Array.from(order.subarray(from, to)).sort((a, b) => time[a]! - time[b]!);
        order.set(sorted, from);
      } else {
        for (let i = from + 1; i < to; i += 1) {
          const e = order[i]!;
          let j = i - 1;
          while (j >= from && time[order[j]!]! > time[e]!) {
            order[j + 1] = order[j]!;
            j -= 1;
          }
          order[j + 1] = e;
        }
      }
    }

    const activityCount = this.activities.values.length;
    const actEvents = new Float64Array(activityCount);
    const actCases = new Float64Array(activityCount);
    const actPositions: number[][] = Array.from({ length: activityCount }, () => []);
    const actGaps: number[][] = Array.from({ length: activityCount }, () => []);
    const actSeen = new Int32Array(activityCount).fill(-1);
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const transitions = new Map<string, number>();
    const channelCounts = new Map<string, number>();
    const activityPhase = new Map<string, number>();
    const personaEvents = new Map<number, number>();
    const emotions = new Map<string, { milli: number; n: number }>();
    const nps = new Map<string, number>();
    const ownerEvents = new Map<string, number>();
    let first = Infinity;
    let last = -Infinity;

    for (let c = 0; c < caseCount; c += 1) {
      const from = start[c]!;
      const n = start[c + 1]! - from;
      for (let k = 0; k < n; k += 1) {
        const e = order[from + k]!;
        const a = this.activityOf[e]!;
        const t = time[e]!;
        const position = n === 1 ? 0 : k / (n - 1);
        if (t < first) first = t;
        if (t > last) last = t;
        actEvents[a]! += 1;
        if (actSeen[a] !== c) {
          actSeen[a] = c;
          actCases[a]! += 1;
          actPositions[a]!.push(position);
        }
        const ch = this.channelOf[e]!;
        const ow = this.ownerOf[e]!;
        // activity, next activity, then channel and owner on both sides (-1: no hop, no handover).
        let move = `${a},-1,-1,-1,-1,-1`;
        if (k + 1 < n) {
          const f = order[from + k + 1]!;
          const next = this.activityOf[f]!;
          actGaps[a]!.push(time[f]! - t);
          const nextCh = this.channelOf[f]!;
          const nextOw = this.ownerOf[f]!;
          const hop = ch !== -1 && nextCh !== -1 && ch !== nextCh ? `${ch},${nextCh}` : '-1,-1';
          const handover = ow !== -1 && nextOw !== -1 && ow !== nextOw ? `${ow},${nextOw}` : '-1,-1';
          move = `${a},${next},${hop},${handover}`;
        }
        count(transitions, move);
        if (ow !== -1) count(ownerEvents, `${a},${ow},${this.layerOf[e]!}`);
        if (ch !== -1) count(channelCounts, `${a},${ch}`);
        const ph = this.phaseOf[e]!;
        if (ph !== -1) count(activityPhase, `${a},${ph}`);
        const p = this.personaOf[e]!;
        if (p !== -1) personaEvents.set(p, (personaEvents.get(p) ?? 0) + 1);
        const milli = this.emotionOf[e]!;
        if (!Number.isNaN(milli)) {
          const key = `${a},${p}`;
          const sum = emotions.get(key) ?? { milli: 0, n: 0 };
          sum.milli += milli;
          sum.n += 1;
          emotions.set(key, sum);
        }
        const answer = this.npsOf[e]!;
        if (answer !== -1) count(nps, `${a},${p},${this.periodOf[e]!},${answer}`);
      }
    }

    const activity = (code: number) => this.activities.values[code]!;
    const orNull = (values: string[], code: number) => (code === -1 ? null : values[code]!);
    const split = (key: string) => key.split(',').map(Number);
    rows.push(aggregateRow('totals', { n: events, cases: caseCount, first_ms: first, last_ms: last }));
    for (let a = 0; a < activityCount; a += 1) {
      rows.push(
        aggregateRow('activity', { activity: activity(a), n: actEvents[a]!, gap_ms: median(actGaps[a]!) }),
        aggregateRow('activity_first', {
          activity: activity(a),
          cases: actCases[a]!,
          position: lowerMedian(actPositions[a]!),
        }),
      );
    }
    for (const [key, n] of transitions) {
      const [a, next, ch, nextCh, ow, nextOw] = split(key);
      rows.push(
        aggregateRow('transition', {
          activity: activity(a!),
          next_activity: orNull(this.activities.values, next!),
          channel: orNull(this.channels.values, ch!),
          next_channel: orNull(this.channels.values, nextCh!),
          owner: orNull(this.owners.values, ow!),
          next_owner: orNull(this.owners.values, nextOw!),
          n,
        }),
      );
    }
    for (const [key, n] of ownerEvents) {
      const [a, ow, layer] = split(key);
      rows.push(
        aggregateRow('owner', {
          activity: activity(a!),
          owner: this.owners.values[ow!]!,
          layer: orNull(this.layers.values, layer!),
          n,
        }),
      );
    }
    for (const [key, n] of channelCounts) {
      const [a, ch] = split(key);
      rows.push(aggregateRow('channel', { activity: activity(a!), channel: this.channels.values[ch!]!, n }));
    }
    for (const [key, n] of activityPhase) {
      const [a, ph] = split(key);
      rows.push(aggregateRow('activity_phase', { activity: activity(a!), phase: this.phases.values[ph!]!, n }));
    }
    for (const [p, n] of personaEvents) rows.push(aggregateRow('persona', { persona: this.personas.values[p]!, n }));
    for (const [key, sum] of emotions) {
      const [a, p] = split(key);
      rows.push(
        aggregateRow('emotion', {
          activity: activity(a!),
          persona: orNull(this.personas.values, p!),
          n: sum.n,
          emotion_milli: sum.milli,
        }),
      );
    }
    for (const [key, n] of nps) {
      const [a, p, period, score] = split(key);
      rows.push(
        aggregateRow('nps', {
          activity: activity(a!),
          persona: orNull(this.personas.values, p!),
          period: orNull(this.periods.values, period!),
          score: score!,
          n,
        }),
      );
    }
    return rows;
  }
}

/** `percentile_disc(0.5)`: the lower middle value, one of the values themselves. */
function lowerMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}

/** `percentile_cont(0.5)`: the middle value, or the mean of the two middle values. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const OPTIONAL_ROLES = ['channel', 'persona', 'phase', 'emotion', 'nps', 'period', 'owner', 'layer'] as const;

/**
 * The aggregates of event rows, as the mining SQL computes them (see aggregates.ts). Every
 * column named in `columns` must appear in the first row (a missing value may be `null`).
 */
export function aggregateEvents(
  rows: Iterable<Readonly<Record<string, EventValue>>>,
  columns: MiningColumns,
): { ok: true; aggregates: AggregateRow[]; columns: MiningColumns } | { ok: false; errors: MiningError[] } {
  const log = new EventLog();
  let resolved: MiningColumns | undefined;
  let row = 0;
  for (const record of rows) {
    row += 1;
    if (resolved === undefined) {
      const found = resolveColumns(Object.keys(record), columns);
      if (!found.ok) return found;
      resolved = found.columns;
    }
    const c = resolved;
    const get = (role: (typeof OPTIONAL_ROLES)[number]) => (c[role] === undefined ? null : record[c[role]]);
    log.add(
      row,
      record[c.case],
      record[c.activity],
      record[c.time],
      get('channel'),
      get('persona'),
      get('phase'),
      get('emotion'),
      get('nps'),
      get('period'),
      get('owner'),
      get('layer'),
    );
  }
  return { ok: true, aggregates: log.aggregates(), columns: resolved ?? columns };
}

/**
 * The aggregates of an event log in CSV text (RFC 4180, header row first; the separator is
 * sniffed from the header unless given).
 */
export function aggregateCsv(
  csv: string,
  columns: MiningColumns,
  options: { delimiter?: CsvDelimiter } = {},
): { ok: true; aggregates: AggregateRow[]; columns: MiningColumns } | { ok: false; errors: MiningError[] } {
  if (!/\S/.test(csv)) return { ok: false, errors: [{ message: 'no events: the log is empty' }] };
  const log = new EventLog();
  let index: Partial<Record<EventRole, number>> = {};
  let resolved: MiningColumns = columns;
  let failure: MiningError[] | undefined;
  try {
    readCsv(
      csv,
      (fields, row) => {
        if (failure) return;
        if (row === 0) {
          const header = fields.map((f, i) => f ?? `column${i}`);
          const found = resolveColumns(header, columns);
          if (!found.ok) {
            failure = found.errors;
            return;
          }
          resolved = found.columns;
          index = Object.fromEntries(
            EVENT_ROLES.filter((r) => resolved[r] !== undefined).map((r) => [r, header.indexOf(resolved[r]!)]),
          );
          return;
        }
        const at = (role: EventRole) => (index[role] === undefined ? null : fields[index[role]]);
        log.add(
          row,
          at('case'),
          at('activity'),
          at('time'),
          at('channel'),
          at('persona'),
          at('phase'),
          at('emotion'),
          at('nps'),
          at('period'),
          at('owner'),
          at('layer'),
        );
      },
      options,
    );
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, errors: [{ message: error.message, row: error.row }] };
    throw error;
  }
  if (failure) return { ok: false, errors: failure };
  return { ok: true, aggregates: log.aggregates(), columns: resolved };
}

/**
 * Mines a journey from event rows: one touchpoint per activity, the directly-follows
 * transitions between consecutive events of each case (with drop-off and loops), channels,
 * durations, emotions and NPS. Never throws for bad data; returns every reason instead.
 *
 * @example
 * const result = mineEvents(rows, { case: 'case_id', activity: 'step', time: 'timestamp', channel: 'channel' });
 * if (result.ok) element.journey = result.journey;
 */
export function mineEvents(
  rows: Iterable<Readonly<Record<string, EventValue>>>,
  columns: MiningColumns,
  options: MiningOptions = {},
): MineResult {
  const result = aggregateEvents(rows, columns);
  if (!result.ok) return result;
  return journeyFromAggregates(result.aggregates, { ...options, columns: result.columns });
}

/** Mines a journey from an event log in CSV text; see {@link mineEvents}. */
export function mineCsv(
  csv: string,
  columns: MiningColumns,
  options: MiningOptions & { delimiter?: CsvDelimiter } = {},
): MineResult {
  const result = aggregateCsv(csv, columns, options);
  if (!result.ok) return result;
  return journeyFromAggregates(result.aggregates, { ...options, columns: result.columns });
}
