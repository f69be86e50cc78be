// Journey-mining bench: synthetic event logs through the CLI's DuckDB path (CSV and Parquet),
// through the TypeScript miner in Node, and through `mineInWorker` on a Web Worker in headless
// Chromium (bench/mining-browser.js); prints wall time, CPU time and peak memory per run.
//
//   node scripts/build.js && node bench/mining.js           1 M and 10 M events (DuckDB), 1 M (TS, worker)
//   node bench/mining.js --quick                             50 k events, every path (CI)
//
// Each Node run is its own process, so its peak memory (DuckDB's native memory included) is
// its own; the worker run reports the page's longest main-thread task instead (CPU and memory
// are not measured there). The logs are generated with DuckDB into a temporary directory, not
// timed. The worker path targets 1 M events in under 3 s (issue 10).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROLES = ['case', 'activity', 'time', 'channel', 'persona', 'phase', 'emotion', 'nps', 'period'];
const CORE = ['case', 'activity', 'time'];
const WORKER_TARGET_MS = 3000;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (file) => pathToFileURL(join(root, 'dist', file)).href;

/** Runs one measurement in this process and prints it as JSON (the parent reads it). */
async function child([kind, file, roles]) {
  const columns = Object.fromEntries(roles.split(',').map((r) => [r, r]));
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let summary;
  if (kind === 'duckdb') {
    const { main } = await import(dist('cli.js'));
    const flags = Object.entries(columns).flatMap(([role, name]) => [`--${role}`, name]);
    let err = '';
    const code = await main(['mine', file, ...flags, '--out', `${file}.journey.json`], {
      out: () => {},
      err: (t) => (err += t),
      stdin: async () => '',
    });
    if (code !== 0) throw new Error(err);
    summary = err.trim();
  } else {
    const { mineCsv } = await import(dist('mining.js'));
    const result = mineCsv(readFileSync(file, 'utf8'), columns);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    writeFileSync(`${file}.journey-ts.json`, `${JSON.stringify(result.journey, null, 2)}\n`);
    summary = `${result.stats.touchpoints} touchpoints, ${result.stats.transitions} transitions from ${result.stats.cases} cases`;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      summary,
    }),
  );
}

/** Writes a synthetic log of `events` rows as Parquet (typed) and CSV (text) with DuckDB. */
async function generate(dir, events) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const activities = `['Oriënteren', 'Berekenen', 'Afspraak maken', 'Adviesgesprek', 'Aanvraag ✍️', 'Documenten', 'Taxatie', 'Offerte', 'Tekenen', 'Notaris', 'Passeren', 'Nazorg']`;
  const phases = `['Oriëntatie', 'Oriëntatie', 'Advies', 'Advies', 'Aanvraag', 'Aanvraag', 'Aanvraag', 'Aanvraag', 'Akkoord', 'Akkoord', 'Akkoord', 'Nazorg']`;
  // About ten events per case; one step in five goes back, repeats or skips ahead; many
  // events share a timestamp; 30 % carry an emotion score and 10 % an NPS answer.
  const query = `
    WITH e AS (
      SELECT i, i // 10 AS c,
        CAST(greatest(0, least(11, i % 10 + CASE hash(i) % 10 WHEN 0 THEN -1 WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END)) AS INTEGER) AS step
      FROM range(${events}) t(i)
    )
    SELECT
      'C' || lpad(CAST(c AS VARCHAR), 8, '0') AS "case",
      ${activities}[step + 1] AS activity,
      TIMESTAMP '2025-01-01' + to_seconds(CAST((c * 7919) % 31536000 + (i % 10) * 3600 + (hash(i * 3) % 4) * 900 AS BIGINT)) AS time,
      ['web', 'app', 'phone', 'branch'][CAST(hash(i * 5) % 4 AS INTEGER) + 1] AS channel,
      ['Starter', 'Doorstromer', 'Oversluiter'][CAST(c % 3 AS INTEGER) + 1] AS persona,
      ${phases}[step + 1] AS phase,
      CASE WHEN hash(i * 7) % 10 < 3 THEN CAST(hash(i * 11) % 11 AS INTEGER) - 5 END AS emotion,
      CASE WHEN hash(i * 13) % 10 = 0 THEN CAST(hash(i * 17) % 11 AS INTEGER) END AS nps,
      '2025-Q' || CAST(((c * 7919) % 31536000) // 7884000 + 1 AS VARCHAR) AS period
    FROM e`;
  const parquet = join(dir, `events-${events}.parquet`);
  const csv = join(dir, `events-${events}.csv`);
  await connection.run(`COPY (${query}) TO '${parquet}' (FORMAT parquet)`);
  await connection.run(`COPY (SELECT * FROM read_parquet('${parquet}')) TO '${csv}' (HEADER, DELIMITER ',')`);
  connection.closeSync();
  db.closeSync();
  return { parquet, csv };
}

function measure(kind, file, roles) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, file, roles.join(',')], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  if (result.status !== 0) throw new Error(`${kind} ${file} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

async function parent(args) {
  const quick = args.includes('--quick');
  const dir = mkdtempSync(join(tmpdir(), 'klantreis-bench-'));
  const runs = quick
    ? [
        [50_000, 'duckdb', 'csv', ROLES],
        [50_000, 'duckdb', 'parquet', ROLES],
        [50_000, 'ts', 'csv', ROLES],
        [50_000, 'worker', 'csv', ROLES],
      ]
    : [
        [1_000_000, 'duckdb', 'csv', ROLES],
        [1_000_000, 'duckdb', 'parquet', ROLES],
        [1_000_000, 'ts', 'csv', ROLES],
        [1_000_000, 'worker', 'csv', ROLES],
        [10_000_000, 'duckdb', 'parquet', ROLES],
        [10_000_000, 'duckdb', 'parquet', CORE],
        [10_000_000, 'duckdb', 'csv', ROLES],
      ];
  console.log(
    `mining bench: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const logs = new Map();
  try {
    for (const size of [...new Set(runs.map((r) => r[0]))]) {
      const start = performance.now();
      logs.set(size, await generate(dir, size));
      const { csv, parquet } = logs.get(size);
      console.log(
        `generated ${size.toLocaleString('en')} events in ${((performance.now() - start) / 1000).toFixed(1)} s: CSV ${(statSync(csv).size / 2 ** 20).toFixed(0)} MB, Parquet ${(statSync(parquet).size / 2 ** 20).toFixed(0)} MB`,
      );
    }
    console.log('events      engine  input    columns  wall s   cpu s  peak MB  result');
    const workerRuns = [];
    for (const [size, kind, format, roles] of runs) {
      const file = logs.get(size)[format];
      let r;
      if (kind === 'worker') {
        const { mineInBrowser } = await import('./mining-browser.js');
        r = await mineInBrowser(file, roles);
        writeFileSync(`${file}.journey-worker.json`, r.journey);
        workerRuns.push({ size, ...r });
        r.summary += `; main thread: longest task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} long tasks)`;
      } else {
        r = measure(kind, file, roles);
      }
      console.log(
        [
          size.toLocaleString('en').padEnd(11),
          ({ ts: 'TS', worker: 'Worker' }[kind] ?? 'DuckDB').padEnd(7),
          format.padEnd(8),
          (roles.length === ROLES.length ? 'all 9' : 'core 3').padEnd(8),
          (r.ms / 1000).toFixed(2).padStart(6),
          (r.cpuMs === undefined ? '-' : (r.cpuMs / 1000).toFixed(2)).padStart(7),
          (r.maxRssMb === undefined ? '-' : r.maxRssMb.toFixed(0)).padStart(8),
          ` ${r.summary.replace(/^klantreis: wrote \S+: /, '')}`,
        ].join(' '),
      );
    }
    for (const { csv } of logs.values()) {
      const journeys = [
        ['DuckDB', `${csv}.journey.json`],
        ['TS', `${csv}.journey-ts.json`],
        ['worker', `${csv}.journey-worker.json`],
      ].filter(([, path]) => existsSync(path));
      if (journeys.length < 2) continue;
      const texts = journeys.map(([, path]) => readFileSync(path, 'utf8'));
      const same = texts.every((text) => text === texts[0]);
      const names = journeys.map(([name]) => name);
      console.log(
        `${csv.replace(/^.*events-/, 'events-')}: ${names.slice(0, -1).join(', ')} and ${names.at(-1)} journeys ${same ? 'identical' : 'DIFFER'}`,
      );
      if (!same) process.exitCode = 1;
    }
    for (const w of workerRuns) {
      const figures = {
        events: w.size,
        wallMs: Math.round(w.ms),
        fetchMs: Math.round(w.fetchMs),
        longestMainThreadTaskMs: Math.round(w.longestTaskMs),
        longTasks: w.longTasks,
        longTaskTotalMs: Math.round(w.longTaskMs),
        worstTimerLateMs: Math.round(w.worstLateMs),
        browser: w.browser,
      };
      const target =
        w.size === 1_000_000
          ? ` (target < ${WORKER_TARGET_MS / 1000} s: ${w.ms < WORKER_TARGET_MS ? 'met' : 'MISSED'})`
          : '';
      console.log(`browser worker${target}: ${JSON.stringify(figures)}`);
    }
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args.slice(1));
else await parent(args);
