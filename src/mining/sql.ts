/**
 * The mining query: one SQL text that turns an event log into the aggregates table
 * (aggregates.ts). The CLI runs it in DuckDB; `klantreis mine --print-sql` prints it so a
 * team can run the very same query on its warehouse and hand the result to `--aggregates`.
 *
 * Reading a file, only the first two CTEs are DuckDB's own (reading the file, numbering its
 * rows, parsing timestamps and numbers); from `events` on it is standard SQL: ROW_NUMBER, COUNT
 * and LEAD over `PARTITION BY case ORDER BY time, row`, GROUP BY, PERCENTILE_DISC/PERCENTILE_CONT
 * and UNION ALL. Reading a table (`--from-table`), all of it is standard SQL; the one thing
 * outside SQL:2016 is EXTRACT(EPOCH FROM time), which PostgreSQL, DuckDB and Trino have (see the
 * README for the other warehouses).
 */
import { PROCESS_LAYERS } from '../model/blueprint.js';
import { AGGREGATE_COLUMNS, type EventRole, type MiningColumns } from './aggregates.js';
import type { CsvDelimiter } from './csv.js';
import { NAIVE_TIMESTAMP_PATTERN, NUMBER_PATTERN, OFFSET_TIMESTAMP_PATTERN } from './values.js';

/** An event log file, and the DuckDB type of each column (VARCHAR when not given). */
export type FileSource =
  | { format: 'csv'; path: string; delimiter: CsvDelimiter; types?: Partial<Record<EventRole, string>> }
  | { format: 'parquet'; path: string; types?: Partial<Record<EventRole, string>> };
/** Where the events come from: a file DuckDB reads, or an existing table (`--from-table`). */
export type MiningSource = FileSource | { format: 'table'; name: string; order?: string };

/** A SQL identifier, quoted. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** A SQL string literal. */
export const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A table name, each dot-separated part quoted: `analytics.events` → `"analytics"."events"`. */
export const quoteTableName = (name: string) => name.split('.').map(quoteIdentifier).join('.');

const TEXT_ROLES = ['case', 'activity', 'channel', 'persona', 'phase', 'period', 'owner', 'layer'] as const;
const TEXT_NAMES: Record<(typeof TEXT_ROLES)[number], string> = {
  case: 'case_id',
  activity: 'activity',
  channel: 'channel',
  persona: 'persona',
  phase: 'phase',
  period: 'period',
  owner: 'owner',
  layer: 'layer',
};

/** The standard spelling of a type of the aggregates table (DuckDB reads both). */
const sqlType = (type: string) => (type === 'DOUBLE' ? 'DOUBLE PRECISION' : type);

/**
 * How a table's columns are read (`--from-table`): the time column as a TIMESTAMP (or
 * TIMESTAMP WITH TIME ZONE), emotion and NPS as numbers, every other column cast to text.
 */
const TABLE_TYPES: Partial<Record<EventRole, string>> = {
  case: 'ANY',
  activity: 'ANY',
  channel: 'ANY',
  persona: 'ANY',
  phase: 'ANY',
  period: 'ANY',
  owner: 'ANY',
  layer: 'ANY',
  time: 'TIMESTAMP',
  emotion: 'DOUBLE PRECISION',
  nps: 'DOUBLE PRECISION',
};

const isVarchar = (type: string) => /^(VARCHAR|TEXT|STRING|CHAR|BPCHAR)\b/i.test(type);
const isTimestamp = (type: string) => /^TIMESTAMP/i.test(type);
const isDate = (type: string) => /^DATE$/i.test(type);
const isNumeric = (type: string) =>
  /^(DOUBLE PRECISION|TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)\b/i.test(
    type,
  );

function readSource(source: MiningSource, columns: MiningColumns): string {
  const picked = [...new Set(Object.values(columns).filter((c): c is string => c !== undefined))]
    .map(quoteIdentifier)
    .join(', ');
  if (source.format === 'table') {
    // A table has no row order (an engine may return its rows in any order, and PostgreSQL
    // does): the events of one case at the very same time are ordered by the --row column
    // (an event id, a load sequence), else by activity name.
    const order = source.order
      ? quoteIdentifier(source.order)
      : [columns.case, columns.time, columns.activity].map(quoteIdentifier).join(', ');
    return `  SELECT ROW_NUMBER() OVER (ORDER BY ${order}) AS row_no, ${picked}
  FROM ${quoteTableName(source.name)}`;
  }
  if (source.format === 'parquet') {
    return `  SELECT file_row_number + 1 AS row_no, ${picked}
  FROM read_parquet(${quoteString(source.path)}, file_row_number = true)`;
  }
  const options = [
    'header = true',
    'all_varchar = true',
    `delim = ${quoteString(source.delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    'null_padding = true',
  ].join(', ');
  return `  SELECT ordinality AS row_no, ${picked}
  FROM read_csv(${quoteString(source.path)}, ${options}) WITH ORDINALITY`;
}

/**
 * The mining SQL for an event log. The result has the columns of {@link AGGREGATE_COLUMNS};
 * save it (CSV or Parquet) and build the journey with `klantreis mine --aggregates <dir>`.
 */
export function miningSql(source: MiningSource, columns: MiningColumns): string {
  const table = source.format === 'table';
  const typeOf = (role: EventRole) => (table ? TABLE_TYPES[role] : source.types?.[role]) ?? 'VARCHAR';
  const col = (role: EventRole) => quoteIdentifier(columns[role]!);
  const has = (role: EventRole) => columns[role] !== undefined;

  // 1. Typed values, NULL where missing; *_raw keeps the text for error messages.
  const typed: string[] = ['row_no'];
  for (const role of TEXT_ROLES) {
    const name = TEXT_NAMES[role];
    if (!has(role)) typed.push(`CAST(NULL AS VARCHAR) AS ${name}`);
    else if (isVarchar(typeOf(role))) typed.push(`NULLIF(${col(role)}, '') AS ${name}`);
    else typed.push(`NULLIF(CAST(${col(role)} AS VARCHAR), '') AS ${name}`);
  }
  const time = col('time');
  const timeType = typeOf('time');
  if (isVarchar(timeType)) {
    typed.push(`NULLIF(${time}, '') AS time_raw`);
    typed.push(`CASE
      WHEN regexp_full_match(${time}, '${NAIVE_TIMESTAMP_PATTERN}') THEN epoch_ms(TRY_CAST(${time} AS TIMESTAMP))
      WHEN regexp_full_match(${time}, '${OFFSET_TIMESTAMP_PATTERN}') THEN epoch_ms(TRY_CAST(${time} AS TIMESTAMPTZ))
    END AS t_ms`);
  } else if (table) {
    // Standard but for EXTRACT(EPOCH …): seconds since 1970-01-01 00:00 UTC (a TIMESTAMP
    // without zone counts as UTC), a number with the fraction of the second.
    typed.push('CAST(NULL AS VARCHAR) AS time_raw');
    typed.push(`CAST(FLOOR(EXTRACT(EPOCH FROM ${time}) * 1000 + 0.5) AS BIGINT) AS t_ms`);
  } else if (isTimestamp(timeType) || isDate(timeType)) {
    // A typed timestamp is always readable: no text to keep for messages.
    typed.push('CAST(NULL AS VARCHAR) AS time_raw');
    typed.push(isDate(timeType) ? `epoch_ms(CAST(${time} AS TIMESTAMP)) AS t_ms` : `epoch_ms(${time}) AS t_ms`);
  } else {
    typed.push(`CAST(${time} AS VARCHAR) AS time_raw`, 'CAST(NULL AS BIGINT) AS t_ms');
  }
  // An emotion score is −5…+5; an NPS answer a whole number 0…10.
  const inRange = {
    emotion: (v: string) => `${v} BETWEEN -5 AND 5`,
    nps: (v: string) => `${v} = FLOOR(${v}) AND ${v} BETWEEN 0 AND 10`,
  };
  for (const role of ['emotion', 'nps'] as const) {
    if (!has(role)) {
      typed.push(`CAST(NULL AS VARCHAR) AS ${role}_raw`, `CAST(NULL AS DOUBLE PRECISION) AS ${role}_value`);
      continue;
    }
    const type = typeOf(role);
    if (isVarchar(type)) {
      typed.push(`NULLIF(${col(role)}, '') AS ${role}_raw`);
      typed.push(
        `CASE WHEN regexp_full_match(${col(role)}, '${NUMBER_PATTERN}') THEN CAST(${col(role)} AS DOUBLE PRECISION) END AS ${role}_value`,
      );
    } else {
      const value = isNumeric(type) ? `CAST(${col(role)} AS DOUBLE PRECISION)` : 'CAST(NULL AS DOUBLE PRECISION)';
      // The text of a typed number is only needed when it is out of range.
      typed.push(
        `CASE WHEN NOT COALESCE(${inRange[role](value)}, ${col(role)} IS NULL) THEN CAST(${col(role)} AS VARCHAR) END AS ${role}_raw`,
      );
      typed.push(`${value} AS ${role}_value`);
    }
  }

  const channel = has('channel');
  const phase = has('phase');
  const owner = has('owner');
  // One UNION ALL branch: `kind` is an SQL expression; columns not given are NULL.
  const out = (kind: string, values: Record<string, string>, rest: string, first = false) => {
    const cells = AGGREGATE_COLUMNS.map(([name, type], i) => {
      const value = i === 0 ? kind : (values[name] ?? (first ? `CAST(NULL AS ${sqlType(type)})` : 'NULL'));
      return first ? `${value} AS ${name}` : value;
    });
    return `SELECT ${cells.join(', ')}\n${rest}`;
  };
  // Where an activity typically first happens in a case: the lower median of the relative
  // position of its first event, over the cases that have it.
  const firsts = `FROM (
  SELECT activity,
    CASE WHEN MIN(case_events) = 1 THEN CAST(0 AS DOUBLE PRECISION)
      ELSE CAST(MIN(seq) - 1 AS DOUBLE PRECISION) / (MIN(case_events) - 1) END AS first_position
  FROM steps
  GROUP BY case_id, activity
) AS firsts
GROUP BY activity`;

  const branches = [
    out(
      "'totals'",
      { n: 'COUNT(*)', cases: 'COUNT(CASE WHEN seq = 1 THEN 1 END)', first_ms: 'MIN(t_ms)', last_ms: 'MAX(t_ms)' },
      'FROM steps',
      true,
    ),
    out("'skipped'", { n: 'COUNT(*)' }, 'FROM events\nWHERE NOT placed'),
    out('kind', { n: 'n', row_no: 'row_no', raw: 'raw' }, 'FROM problems\nWHERE k = 1'),
    out(
      "'activity'",
      {
        activity: 'activity',
        n: 'COUNT(*)',
        gap_ms: 'PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY next_t_ms - t_ms)',
      },
      'FROM steps\nGROUP BY activity',
    ),
    out(
      "'activity_first'",
      {
        activity: 'activity',
        cases: 'COUNT(*)',
        position: 'PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY first_position)',
      },
      firsts,
    ),
    out(
      "'transition'",
      {
        activity: 'activity',
        next_activity: 'next_activity',
        ...(channel ? { channel: 'hop_from', next_channel: 'hop_to' } : {}),
        ...(owner ? { owner: 'handover_from', next_owner: 'handover_to' } : {}),
        n: 'COUNT(*)',
      },
      `FROM steps\nGROUP BY activity, next_activity${channel ? ', hop_from, hop_to' : ''}${owner ? ', handover_from, handover_to' : ''}`,
    ),
  ];
  if (owner) {
    branches.push(
      out(
        "'owner'",
        { activity: 'activity', owner: 'owner', layer: 'layer', n: 'COUNT(*)' },
        'FROM events\nWHERE placed AND owner IS NOT NULL\nGROUP BY activity, owner, layer',
      ),
    );
  }
  if (channel) {
    branches.push(
      out(
        "'channel'",
        { activity: 'activity', channel: 'channel', n: 'COUNT(*)' },
        'FROM events\nWHERE placed AND channel IS NOT NULL\nGROUP BY activity, channel',
      ),
    );
  }
  if (phase) {
    branches.push(
      out(
        "'activity_phase'",
        { activity: 'activity', phase: 'phase', n: 'COUNT(*)' },
        'FROM events\nWHERE placed AND phase IS NOT NULL\nGROUP BY activity, phase',
      ),
    );
  }
  if (has('persona')) {
    branches.push(
      out(
        "'persona'",
        { persona: 'persona', n: 'COUNT(*)' },
        'FROM events\nWHERE placed AND persona IS NOT NULL\nGROUP BY persona',
      ),
    );
  }
  if (has('emotion')) {
    branches.push(
      out(
        "'emotion'",
        {
          activity: 'activity',
          persona: 'persona',
          n: 'COUNT(*)',
          emotion_milli: 'CAST(SUM(emotion_milli) AS BIGINT)',
        },
        'FROM events\nWHERE placed AND emotion_milli IS NOT NULL\nGROUP BY activity, persona',
      ),
    );
  }
  if (has('nps')) {
    branches.push(
      out(
        "'nps'",
        { activity: 'activity', persona: 'persona', period: 'period', score: 'nps', n: 'COUNT(*)' },
        'FROM events\nWHERE placed AND nps IS NOT NULL\nGROUP BY activity, persona, period, nps',
      ),
    );
  }

  const problemSources = [`SELECT 'bad_time' AS kind, row_no, bad_time AS raw FROM events WHERE bad_time IS NOT NULL`];
  if (has('emotion'))
    problemSources.push(`SELECT 'bad_emotion', row_no, bad_emotion FROM events WHERE bad_emotion IS NOT NULL`);
  if (has('nps')) problemSources.push(`SELECT 'bad_nps', row_no, bad_nps FROM events WHERE bad_nps IS NOT NULL`);
  if (has('layer'))
    problemSources.push(`SELECT 'bad_layer', row_no, bad_layer FROM events WHERE bad_layer IS NOT NULL`);

  const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
  const columnList = Object.entries(columns)
    .map(([role, name]) => `--   ${role}: ${name}`)
    .join('\n');
  const emotionOk = inRange.emotion('emotion_value');
  const npsOk = inRange.nps('nps_value');

  return `-- klantreis mine: the aggregates of an event log, from which a journey model is built.
-- Columns used:
${columnList}
-- The result is one table; "kind" says what each row holds (see the klantreis README,
-- "From event log to journey map"). Save it as CSV or Parquet files in a directory and run
--   klantreis mine --aggregates <dir>
-- e.g. in DuckDB: COPY (<this query>) TO 'aggregates/events.parquet' (FORMAT parquet);
${
  table
    ? `-- It reads the table ${source.name}: the time column a TIMESTAMP (read as UTC), emotion and NPS
-- numbers. Standard SQL but for EXTRACT(EPOCH FROM …) in "typed" (see the klantreis README for
-- BigQuery, Snowflake and Spark SQL).`
    : `-- Only "source" and "typed" are DuckDB's own: reading the file, numbering its rows (the
-- number breaks ties between equal times), reading timestamps as UTC and numbers. Adapt
-- those two for a warehouse table (or print the query with --from-table); the rest is standard SQL.`
}
WITH source AS (
${readSource(source, columns)}
),
typed AS (
  SELECT
    ${typed.map((t) => indent(t, '  ')).join(',\n    ')}
  FROM source
),
-- One row per input row; "placed" when it has a case, an activity and a time; the bad_*
-- columns hold a value that could not be read.
events AS (
  SELECT
    row_no, case_id, activity, t_ms, channel, persona, phase, period, owner, layer,
    case_id IS NOT NULL AND activity IS NOT NULL AND t_ms IS NOT NULL AS placed,
    CASE WHEN ${emotionOk} THEN CAST(SIGN(emotion_value) * FLOOR(ABS(emotion_value) * 1000 + 0.5) AS BIGINT) END AS emotion_milli,
    CASE WHEN ${npsOk} THEN CAST(nps_value AS INTEGER) END AS nps,
    CASE WHEN t_ms IS NULL THEN time_raw END AS bad_time,
    CASE WHEN NOT COALESCE(${emotionOk}, FALSE) THEN emotion_raw END AS bad_emotion,
    CASE WHEN NOT COALESCE(${npsOk}, FALSE) THEN nps_raw END AS bad_nps,
    CASE WHEN layer NOT IN (${PROCESS_LAYERS.map(quoteString).join(', ')}) THEN layer END AS bad_layer
  FROM typed
),
problems AS (
  SELECT kind, row_no, raw,
    ROW_NUMBER() OVER (PARTITION BY kind ORDER BY row_no) AS k,
    COUNT(*) OVER (PARTITION BY kind) AS n
  FROM (
    ${problemSources.join('\n    UNION ALL\n    ')}
  ) AS bad
),
-- Each case's events in time order, ties by input row: the directly-follows relation.
steps AS (
  SELECT
    case_id, activity, t_ms,
    ROW_NUMBER() OVER by_time AS seq,
    COUNT(*) OVER (PARTITION BY case_id) AS case_events,
    LEAD(activity) OVER by_time AS next_activity,
    LEAD(t_ms) OVER by_time AS next_t_ms${
      channel
        ? `,
    CASE WHEN channel <> LEAD(channel) OVER by_time THEN channel END AS hop_from,
    CASE WHEN channel <> LEAD(channel) OVER by_time THEN LEAD(channel) OVER by_time END AS hop_to`
        : ''
    }${
      owner
        ? `,
    CASE WHEN owner <> LEAD(owner) OVER by_time THEN owner END AS handover_from,
    CASE WHEN owner <> LEAD(owner) OVER by_time THEN LEAD(owner) OVER by_time END AS handover_to`
        : ''
    }
  FROM events
  WHERE placed
  WINDOW by_time AS (PARTITION BY case_id ORDER BY t_ms, row_no)
)
${branches.join('\nUNION ALL\n')}
`;
}
