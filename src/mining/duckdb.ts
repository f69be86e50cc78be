/**
 * The CLI's mining engine: DuckDB in process (`@duckdb/node-api`, an optional dependency),
 * which reads CSV and Parquet directly and runs the mining SQL. Node only: the browser
 * bundle never imports this file.
 */
import { readdir, open, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  AGGREGATE_COLUMNS,
  AGGREGATE_KINDS,
  OPTIONAL_AGGREGATE_COLUMNS,
  type AggregateKind,
  type AggregateRow,
} from './aggregates.js';
import { type CsvDelimiter, sniffDelimiter } from './csv.js';
import { type FileSource, quoteIdentifier, quoteString } from './sql.js';

/** A problem to report in one sentence (never with a stack trace). */
export class MiningFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MiningFailure';
  }
}

/** A column of the log as DuckDB reads it. */
export interface LogColumn {
  name: string;
  type: string;
}

const PARQUET = new Set(['.parquet', '.pq', '.parq']);

/** DuckDB's error text without its class prefix and with at most its first lines of detail. */
function plain(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^(Possible fixes|\* |The search space|LINE \d)/.test(l));
  const message = lines
    .slice(0, 3)
    .join('; ')
    .replace(/^[A-Za-z ]+ Error: /, '');
  // DuckDB checks a CSV file's first rows before reading; a broken quote fails there.
  const sniff = /^Error when sniffing file "(.*?)"\.?;?/.exec(message);
  if (sniff)
    return `${sniff[1]} cannot be read as CSV (is a quote left open?): ${message.slice(sniff[0].length).trim()}`;
  return message;
}

function value(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

/** An in-process DuckDB for one CLI run. */
export class MiningEngine {
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#instance = instance;
    this.#connection = connection;
  }

  /** Starts DuckDB, or explains how to install it. */
  static async open(): Promise<MiningEngine> {
    let api: typeof import('@duckdb/node-api');
    try {
      api = await import('@duckdb/node-api');
    } catch {
      throw new MiningFailure(
        'mining needs DuckDB, an optional dependency that is not installed here: run "npm install @duckdb/node-api"',
      );
    }
    const instance = await api.DuckDBInstance.create(':memory:');
    return new MiningEngine(instance, await instance.connect());
  }

  /** Runs a query and returns its rows as plain objects (BIGINT as number). */
  async query(sql: string): Promise<Record<string, string | number | null>[]> {
    try {
      const reader = await this.#connection.runAndReadAll(sql);
      return reader.getRowObjects().map((row) => {
        const plainRow: Record<string, string | number | null> = {};
        for (const [key, v] of Object.entries(row)) plainRow[key] = value(v);
        return plainRow;
      });
    } catch (error) {
      throw new MiningFailure(plain(error));
    }
  }

  /** Runs a statement that returns nothing worth reading (COPY, SET). */
  async run(sql: string): Promise<void> {
    try {
      await this.#connection.run(sql);
    } catch (error) {
      throw new MiningFailure(plain(error));
    }
  }

  /** How to read an event log file, and its columns; fails for a missing or empty file. */
  async describe(path: string): Promise<{ source: FileSource; columns: LogColumn[] }> {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      throw new MiningFailure(`no such file: ${path}`);
    }
    if (size === 0) throw new MiningFailure(`${path} is empty: no events`);
    let source: FileSource;
    if (PARQUET.has(extname(path).toLowerCase())) {
      source = { format: 'parquet', path };
    } else {
      source = { format: 'csv', path, delimiter: await sniffFile(path) };
    }
    const columns = await this.query(`DESCRIBE SELECT * FROM ${from(source)}`);
    return { source, columns: columns.map((c) => ({ name: String(c.column_name), type: String(c.column_type) })) };
  }

  /** Runs the mining SQL and returns its aggregates. */
  async aggregates(sql: string): Promise<AggregateRow[]> {
    return (await this.query(sql)).map((row) => toAggregateRow(row));
  }

  /** Reads the aggregates a mining query wrote into `dir` (every .csv and .parquet file in it). */
  async readAggregates(dir: string): Promise<AggregateRow[]> {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      throw new MiningFailure(`no such directory: ${dir}`);
    }
    const files = names
      .filter((n) => n.endsWith('.csv') || PARQUET.has(extname(n).toLowerCase()))
      .map((n) => join(dir, n));
    if (files.length === 0) throw new MiningFailure(`${dir} holds no .csv or .parquet files of mining aggregates`);
    const rows: AggregateRow[] = [];
    for (const file of files) {
      const source = file.endsWith('.csv')
        ? `read_csv(${quoteString(file)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`
        : `read_parquet(${quoteString(file)})`;
      const present = new Set((await this.query(`DESCRIBE SELECT * FROM ${source}`)).map((c) => String(c.column_name)));
      const missing = AGGREGATE_COLUMNS.filter(
        ([name]) => !present.has(name) && !OPTIONAL_AGGREGATE_COLUMNS.has(name),
      ).map(([name]) => name);
      if (missing.length > 0) {
        throw new MiningFailure(
          `${file} is not a mining aggregates file: it lacks the column(s) ${missing.join(', ')}`,
        );
      }
      const select = AGGREGATE_COLUMNS.map(
        ([name, type]) => `CAST(${present.has(name) ? quoteIdentifier(name) : 'NULL'} AS ${type}) AS ${name}`,
      ).join(', ');
      rows.push(...(await this.query(`SELECT ${select} FROM ${source}`)).map((r) => toAggregateRow(r, file)));
    }
    return rows;
  }

  /** Ends the DuckDB session. */
  close(): void {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}

/** The FROM item that reads a log, as the mining SQL reads it. */
function from(source: FileSource): string {
  if (source.format === 'parquet') return `read_parquet(${quoteString(source.path)})`;
  return `read_csv(${quoteString(source.path)}, header = true, all_varchar = true, delim = ${quoteString(source.delimiter)}, quote = '"', escape = '"', null_padding = true)`;
}

/** The separator of a CSV file, from its first line (read from the first 64 KB). */
async function sniffFile(path: string): Promise<CsvDelimiter> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return sniffDelimiter(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

function toAggregateRow(row: Record<string, string | number | null>, file?: string): AggregateRow {
  const kind = row.kind;
  if (typeof kind !== 'string' || !(AGGREGATE_KINDS as readonly string[]).includes(kind)) {
    throw new MiningFailure(`${file ?? 'the mining query'} has a row of unknown kind ${JSON.stringify(kind)}`);
  }
  const text = (name: string) => (row[name] === null ? null : String(row[name]));
  const number = (name: string) => (row[name] === null ? null : Number(row[name]));
  return {
    kind: kind as AggregateKind,
    activity: text('activity'),
    next_activity: text('next_activity'),
    channel: text('channel'),
    next_channel: text('next_channel'),
    persona: text('persona'),
    phase: text('phase'),
    period: text('period'),
    score: number('score'),
    n: number('n'),
    cases: number('cases'),
    position: number('position'),
    gap_ms: number('gap_ms'),
    emotion_milli: number('emotion_milli'),
    row_no: number('row_no'),
    raw: text('raw'),
    first_ms: number('first_ms'),
    last_ms: number('last_ms'),
    owner: text('owner'),
    next_owner: text('next_owner'),
    layer: text('layer'),
  };
}
