/**
 * The aggregates of an event log: the one table the mining SQL returns (and the TypeScript
 * miner computes), one row per fact with `kind` saying which. A journey is built from this
 * table alone (build-journey.ts), so a warehouse can run the SQL and hand over its result.
 *
 * | kind             | keys                                             | values |
 * |------------------|--------------------------------------------------|--------|
 * | `totals`         | –                                                | `n` events, `cases`, `first_ms`, `last_ms` (epoch ms) |
 * | `skipped`        | –                                                | `n` rows without a case, activity or readable time |
 * | `bad_time`, `bad_emotion`, `bad_nps`, `bad_layer` | –               | `row_no` and `raw` of the first unreadable value, `n` such rows |
 * | `activity`       | `activity`                                       | `n` events, `gap_ms` (median time from its events to the next event of the case) |
 * | `activity_first` | `activity`                                       | `cases` with it, `position`: the lower median, over those cases, of the relative position of its first event |
 * | `transition`     | `activity`, `next_activity` (null: the case ends), `channel`/`next_channel` (set only for a channel hop), `owner`/`next_owner` (set only for a handover) | `n` |
 * | `channel`        | `activity`, `channel`                            | `n` events |
 * | `activity_phase` | `activity`, `phase`                              | `n` events |
 * | `persona`        | `persona`                                        | `n` events |
 * | `emotion`        | `activity`, `persona` (null: none given)         | `n` scores, `emotion_milli` (their sum in thousandths) |
 * | `nps`            | `activity`, `persona`, `period`, `score` (0–10)  | `n` answers |
 * | `owner`          | `activity`, `owner`, `layer` (null: none given)  | `n` events |
 *
 * The relative position of the k-th of a case's n events (in time order, ties by input row)
 * is (k − 1) / (n − 1), and 0 in a case of one event.
 */

/** The kinds of aggregate rows. */
export const AGGREGATE_KINDS = [
  'totals',
  'skipped',
  'bad_time',
  'bad_emotion',
  'bad_nps',
  'bad_layer',
  'activity',
  'activity_first',
  'transition',
  'channel',
  'activity_phase',
  'persona',
  'emotion',
  'nps',
  'owner',
] as const;
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];

/** The columns of the aggregates table, in order, with their SQL types. */
export const AGGREGATE_COLUMNS = [
  ['kind', 'VARCHAR'],
  ['activity', 'VARCHAR'],
  ['next_activity', 'VARCHAR'],
  ['channel', 'VARCHAR'],
  ['next_channel', 'VARCHAR'],
  ['persona', 'VARCHAR'],
  ['phase', 'VARCHAR'],
  ['period', 'VARCHAR'],
  ['score', 'INTEGER'],
  ['n', 'BIGINT'],
  ['cases', 'BIGINT'],
  ['position', 'DOUBLE'],
  ['gap_ms', 'DOUBLE'],
  ['emotion_milli', 'BIGINT'],
  ['row_no', 'BIGINT'],
  ['raw', 'VARCHAR'],
  ['first_ms', 'BIGINT'],
  ['last_ms', 'BIGINT'],
  ['owner', 'VARCHAR'],
  ['next_owner', 'VARCHAR'],
  ['layer', 'VARCHAR'],
] as const;

/** Columns added with owners (`--owner`, `--layer`): aggregates files written before them lack them, and read as null. */
export const OPTIONAL_AGGREGATE_COLUMNS: ReadonlySet<string> = new Set(['owner', 'next_owner', 'layer']);

/** One row of the aggregates table; a column a kind does not use is `null`. */
export interface AggregateRow {
  kind: AggregateKind;
  activity: string | null;
  next_activity: string | null;
  channel: string | null;
  next_channel: string | null;
  persona: string | null;
  phase: string | null;
  period: string | null;
  score: number | null;
  n: number | null;
  cases: number | null;
  position: number | null;
  gap_ms: number | null;
  emotion_milli: number | null;
  row_no: number | null;
  raw: string | null;
  first_ms: number | null;
  last_ms: number | null;
  owner: string | null;
  next_owner: string | null;
  layer: string | null;
}

/** An aggregate row of `kind` with the given values and `null` elsewhere. */
export function aggregateRow(kind: AggregateKind, values: Partial<Omit<AggregateRow, 'kind'>>): AggregateRow {
  return {
    kind,
    activity: null,
    next_activity: null,
    channel: null,
    next_channel: null,
    persona: null,
    phase: null,
    period: null,
    score: null,
    n: null,
    cases: null,
    position: null,
    gap_ms: null,
    emotion_milli: null,
    row_no: null,
    raw: null,
    first_ms: null,
    last_ms: null,
    owner: null,
    next_owner: null,
    layer: null,
    ...values,
  };
}

/** Roles of the columns of an event log. */
export const EVENT_ROLES = [
  'case',
  'activity',
  'time',
  'channel',
  'persona',
  'phase',
  'emotion',
  'nps',
  'period',
  'owner',
  'layer',
] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/**
 * Which column of the log plays which role. `case`, `activity` and `time` are required; the
 * others add channels, personas, phases, emotion scores (−5…+5), NPS answers (0–10) and the
 * period an NPS answer belongs to, the owner (team, department, partner) who performed an
 * event and its service-blueprint layer (`frontstage`, `backstage` or `support`).
 */
export type MiningColumns = { case: string; activity: string; time: string } & Partial<
  Record<Exclude<EventRole, 'case' | 'activity' | 'time'>, string>
>;
