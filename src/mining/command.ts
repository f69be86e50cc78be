/**
 * `klantreis mine`: an event log (CSV or Parquet) in, a journey model out, through DuckDB.
 * Node only; the CLI (src/cli/main.ts) hands its arguments here.
 */
import { writeFile } from 'node:fs/promises';
import { EVENT_ROLES, type EventRole, type MiningColumns } from './aggregates.js';
import { type MineResult, type MiningError, journeyFromAggregates } from './build-journey.js';
import { MiningEngine, MiningFailure } from './duckdb.js';
import { resolveColumns } from './mine-events.js';
import { miningSql } from './sql.js';

/** Usage lines of the mine command, for the CLI's help. */
export const MINE_USAGE = `  klantreis mine <events.csv|events.parquet> --case <col> --activity <col> --time <col>
                 [--channel <col>] [--persona <col>] [--phase <col>] [--emotion <col>] [--nps <col>]
                 [--period <col>] [--owner <col> [--layer <col>]] [--title <text>] [--out journey.json]
                 [--print-sql]
                                   mine a journey from an event log with DuckDB (to stdout without --out);
                                   --owner adds a process per owner, owners and handovers, in the
                                   blueprint layer of --layer (frontstage, backstage, support; else backstage);
                                   --print-sql prints the mining SQL instead of running it
  klantreis mine --print-sql --from-table <name> [--row <col>] --case <col> --activity <col> --time <col> [...]
                                   print the standard SQL that mines an existing table (time a TIMESTAMP,
                                   emotion and NPS numbers) in PostgreSQL or a warehouse; --row orders
                                   a case's events at the same time (else by activity name)
  klantreis mine --aggregates <dir> [--title <text>] [--out journey.json]
                                   build the journey from the result files of that SQL (CSV or Parquet)
`;

/** Where the command writes. */
export interface MineIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const VALUE_FLAGS = new Set<string>([...EVENT_ROLES, 'out', 'title', 'aggregates', 'from-table', 'row']);
const SWITCHES = new Set(['print-sql']);

class UsageProblem extends Error {}

function parseArgs(args: readonly string[]): { file?: string; flags: Map<string, string>; switches: Set<string> } {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  let file: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (file !== undefined) throw new UsageProblem(`unexpected argument "${arg}": give one event log`);
      file = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (SWITCHES.has(name)) {
      switches.add(name);
      continue;
    }
    if (!VALUE_FLAGS.has(name)) throw new UsageProblem(`unknown option --${name}`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageProblem(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { ...(file === undefined ? {} : { file }), flags, switches };
}

function report(errors: readonly MiningError[], io: MineIo, prefix = ''): number {
  for (const error of errors) io.err(`klantreis: ${prefix}${error.message}\n`);
  return 1;
}

/** Runs `klantreis mine` with the arguments after `mine`; returns the exit code. */
export async function runMine(args: readonly string[], io: MineIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(args);
    if (parsed.flags.has('aggregates') && parsed.file !== undefined) {
      throw new UsageProblem('give either an event log or --aggregates <dir>, not both');
    }
    if (parsed.flags.has('from-table')) {
      if (parsed.file !== undefined || parsed.flags.has('aggregates'))
        throw new UsageProblem('--from-table reads a table: give no event log and no --aggregates');
      if (!parsed.switches.has('print-sql'))
        throw new UsageProblem('--from-table only prints the SQL: add --print-sql and run it where the table is');
    }
    if (parsed.flags.has('row') && !parsed.flags.has('from-table')) {
      throw new UsageProblem('--row orders the rows of a table: use it with --from-table (a file has its own order)');
    }
    if (parsed.flags.has('layer') && !parsed.flags.has('owner')) {
      throw new UsageProblem('--layer gives the layer of each owner’s process: add --owner <column>');
    }
    if (!parsed.flags.has('aggregates')) {
      if (parsed.file === undefined && !parsed.flags.has('from-table'))
        throw new UsageProblem('missing the event log (a .csv or .parquet file)');
      const missing = (['case', 'activity', 'time'] as const).filter((r) => !parsed.flags.has(r));
      if (missing.length > 0) throw new UsageProblem(`missing ${missing.map((r) => `--${r} <column>`).join(', ')}`);
    }
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    io.err(`klantreis mine: ${error.message}\nUsage:\n${MINE_USAGE}`);
    return 2;
  }
  const { file, flags, switches } = parsed;
  const columns = Object.fromEntries(
    EVENT_ROLES.filter((r) => flags.has(r)).map((r) => [r, flags.get(r)!]),
  ) as MiningColumns;
  const title = flags.get('title');
  const table = flags.get('from-table');
  if (table !== undefined) {
    const order = flags.get('row');
    io.out(miningSql({ format: 'table', name: table, ...(order === undefined ? {} : { order }) }, columns));
    return 0;
  }

  let engine: MiningEngine | undefined;
  try {
    engine = await MiningEngine.open();
    let result: MineResult;
    if (file === undefined) {
      const rows = await engine.readAggregates(flags.get('aggregates')!);
      result = journeyFromAggregates(rows, { ...(title ? { title } : {}), columns });
    } else {
      const { source, columns: available } = await engine.describe(file);
      const found = resolveColumns(
        available.map((c) => c.name),
        columns,
      );
      if (!found.ok) return report(found.errors, io, `${file}: `);
      const types: Partial<Record<EventRole, string>> = {};
      for (const role of EVENT_ROLES) {
        const name = found.columns[role];
        if (name !== undefined) types[role] = available.find((c) => c.name === name)!.type;
      }
      const sql = miningSql({ ...source, types }, found.columns);
      if (switches.has('print-sql')) {
        io.out(sql);
        return 0;
      }
      const rows = await engine.aggregates(sql);
      result = journeyFromAggregates(rows, { ...(title ? { title } : {}), columns: found.columns });
      if (!result.ok) return report(result.errors, io, `${file}: `);
    }
    if (!result.ok) return report(result.errors, io);
    const json = `${JSON.stringify(result.journey, null, 2)}\n`;
    const out = flags.get('out');
    if (out === undefined) io.out(json);
    else {
      await writeFile(out, json);
      const { cases, events, touchpoints, transitions } = result.stats;
      io.err(
        `klantreis: wrote ${out}: ${touchpoints} touchpoints, ${transitions} transitions from ${cases} cases, ${events} events\n`,
      );
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof MiningFailure ? error.message : error instanceof Error ? error.message : String(error);
    io.err(`klantreis: ${file !== undefined && !message.includes(file) ? `${file}: ` : ''}${message}\n`);
    return 1;
  } finally {
    engine?.close();
  }
}
