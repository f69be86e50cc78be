// The same mining SQL on a second engine: an event log loaded into PostgreSQL 15, the query
// printed by `klantreis mine --print-sql --from-table` run there, its result fed to
// `--aggregates`, and the journey compared with the direct `klantreis mine` (DuckDB).
// The test starts a throw-away cluster of its own on a free loopback port in a temp dir and
// stops it; it is skipped, with the reason printed, only when PostgreSQL is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseJourney } from '../../dist/model.js';
import { LOG_COLUMNS, generateLog, toCsv } from '../fixtures/events/generate.js';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const TOOLS = ['initdb', 'pg_ctl', 'psql'];
const missing = TOOLS.filter((tool) => !existsSync(join(BIN, tool)));
const SKIP =
  missing.length > 0
    ? `PostgreSQL 15 is not installed (no ${missing.join(', ')} in ${BIN}): apt-get install postgresql`
    : false;
if (SKIP) console.log(`# postgres.test.js skipped: ${SKIP}`);

const CLAIMS = 'test/fixtures/events/claims-owners.csv';
const ALL = Object.fromEntries(LOG_COLUMNS.map((c) => [c, c]));
const flags = (columns) => Object.entries(columns).flatMap(([role, name]) => [`--${role}`, name]);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.error}`);
  }
  return result.stdout;
}
const mineOk = (...args) => run(process.execPath, ['bin/klantreis.js', 'mine', ...args]);

/** PostgreSQL refuses to run as root: then its server tools run as the `postgres` user. */
const asRoot = userInfo().uid === 0;
const server = (tool, args) =>
  asRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]) : run(join(BIN, tool), args);

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let dir;
let data;
let port;
let started = false;
const psql = (args, options) =>
  run(
    join(BIN, 'psql'),
    [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      ...args,
    ],
    options,
  );

before(async () => {
  if (SKIP) return;
  dir = mkdtempSync(join(tmpdir(), 'klantreis-pg-'));
  data = join(dir, 'data');
  if (asRoot) {
    const { uid, gid } = { uid: Number(run('id', ['-u', 'postgres'])), gid: Number(run('id', ['-g', 'postgres'])) };
    chownSync(dir, uid, gid);
  }
  server('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // A port can be taken between the probe and the start: try a few.
  for (let attempt = 0; attempt < 5 && !started; attempt += 1) {
    port = await freePort();
    try {
      server('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c TimeZone=UTC`,
        'start',
      ]);
      started = true;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
});

after(() => {
  if (started) server('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Loads a CSV log into a table with typed columns and a load sequence (`seq`, numbered in file
 * order: a table has no row order of its own), runs the printed SQL, saves its result as CSV.
 */
function minedInPostgres(csvPath, table, columnTypes, columns) {
  const names = Object.keys(columnTypes).map((name) => `"${name}"`);
  const definition = Object.entries(columnTypes)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(', ');
  psql([
    '-c',
    `DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (seq bigint GENERATED ALWAYS AS IDENTITY, ${definition})`,
  ]);
  psql(['-c', `\\copy ${table} (${names.join(', ')}) FROM '${csvPath}' WITH (FORMAT csv, HEADER true)`]);
  const query = mineOk('--print-sql', '--from-table', table, '--row', 'seq', ...flags(columns));
  const script = join(dir, `${table}.sql`);
  writeFileSync(script, `DROP VIEW IF EXISTS mined_${table};\nCREATE VIEW mined_${table} AS\n${query};\n`);
  psql(['-f', script]);
  const out = join(dir, `aggregates-${table}`);
  mkdirSync(out);
  writeFileSync(
    join(out, 'aggregates.csv'),
    psql(['-c', `COPY (SELECT * FROM mined_${table}) TO STDOUT WITH (FORMAT csv, HEADER true)`]),
  );
  return out;
}

describe('PostgreSQL 15 runs the printed SQL to the same journey', { skip: SKIP }, () => {
  test('the server answers on its loopback port', () => {
    assert.match(psql(['-t', '-A', '-c', 'SHOW server_version']), /^15\./);
  });

  test('the claims log with owners and layers', () => {
    const columns = {
      case: 'case',
      activity: 'activity',
      time: 'time',
      channel: 'channel',
      owner: 'owner',
      layer: 'layer',
    };
    const out = minedInPostgres(
      join(process.cwd(), CLAIMS),
      'claims',
      { case: 'text', activity: 'text', time: 'timestamp', channel: 'text', owner: 'text', layer: 'text' },
      columns,
    );
    const direct = mineOk(CLAIMS, ...flags(columns));
    assert.equal(mineOk('--aggregates', out), direct);
    const journey = parseJourney(direct).journey;
    assert.equal(
      journey.transitions.filter((t) => t.label?.includes('handover: ')).reduce((s, t) => s + t.count, 0),
      8,
    );
  });

  test('a generated log of every column: offsets, equal times, loops, emotions, NPS, periods', () => {
    const csvPath = join(dir, 'generated.csv');
    writeFileSync(csvPath, toCsv(generateLog({ cases: 400, seed: 5 })));
    const types = Object.fromEntries(LOG_COLUMNS.map((c) => [c, 'text']));
    // The time with its offset (read in UTC), emotion and NPS as numbers.
    Object.assign(types, { time: 'timestamp with time zone', emotion: 'double precision', nps: 'integer' });
    const out = minedInPostgres(csvPath, 'generated', types, ALL);
    const direct = mineOk(csvPath, ...flags(ALL));
    assert.equal(mineOk('--aggregates', out), direct);
    assert.ok(parseJourney(direct).journey.touchpoints.length >= 8);
  });
});
