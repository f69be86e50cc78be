// `klantreis mine --owner/--layer`: processes per owner, owners, owner shares and handover
// transitions, counted by hand on test/fixtures/events/claims-owners.csv; the DuckDB path, the
// TypeScript miner and the printed SQL (from a file and --from-table) give identical journeys.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseJourney } from '../../dist/model.js';
import { mineCsv, mineEvents } from '../../dist/mining.js';
import { LOG_COLUMNS, generateLog, toCsv } from '../fixtures/events/generate.js';

const CLAIMS = 'test/fixtures/events/claims-owners.csv';
const OWNED = { case: 'case', activity: 'activity', time: 'time', owner: 'owner', layer: 'layer' };
const ALL = Object.fromEntries(LOG_COLUMNS.map((c) => [c, c]));
const flags = (columns) => Object.entries(columns).flatMap(([role, name]) => [`--${role}`, name]);

function mine(...args) {
  const result = spawnSync(process.execPath, ['bin/klantreis.js', 'mine', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function mineOk(...args) {
  const result = mine(...args);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}
const json = (result) => {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return `${JSON.stringify(result.journey, null, 2)}\n`;
};

let dir;
let db;
let connection;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klantreis-owners-'));
  db = await DuckDBInstance.create(':memory:');
  connection = await db.connect();
});
after(() => {
  connection?.closeSync();
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});
const sql = (text) => connection.run(text);
const quote = (path) => `'${path.replaceAll("'", "''")}'`;

describe('mine --owner --layer: the claims log, counted by hand', () => {
  let text;
  let journey;
  before(() => {
    text = mineOk(CLAIMS, ...flags(OWNED), '--title', 'Claims');
    const parsed = parseJourney(text);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    journey = parsed.journey;
  });

  test('an owners entry per owner, by name', () => {
    assert.deepEqual(journey.owners, [
      { id: 'claims', name: 'Claims' },
      { id: 'contact-centre', name: 'Contact centre' },
      { id: 'finance', name: 'Finance' },
      { id: 'intake', name: 'Intake' },
      { id: 'partner-medcheck', name: 'Partner MedCheck' },
    ]);
  });

  test('a process per owner that performed the touchpoint, in its layer, with its share of the events', () => {
    const rows = journey.touchpoints.map((t) => [
      t.id,
      t.processes.map((p) => [p.owner, p.layer, p.note]),
      t.metrics.filter((m) => m.id.startsWith('owner-share:')).map((m) => [m.id, m.value]),
    ]);
    assert.deepEqual(rows, [
      // Submit: Intake in k1, k2, k3; k4's event has no owner and counts for no one.
      ['submit-claim', [['intake', 'frontstage', '3 of 3 events']], [['owner-share:intake', 100]]],
      // Call: k3 twice, frontstage once and once without a layer: frontstage.
      ['call-about-status', [['contact-centre', 'frontstage', '2 of 2 events']], [['owner-share:contact-centre', 100]]],
      // Assess: Claims in k1 (twice), k2, k3 = 4 of 5 (80 %); Partner MedCheck in k4 = 1 of 5 (20 %).
      [
        'assess-claim',
        [
          ['claims', 'backstage', '4 of 5 events'],
          ['partner-medcheck', 'backstage', '1 of 5 events'],
        ],
        [
          ['owner-share:claims', 80],
          ['owner-share:partner-medcheck', 20],
        ],
      ],
      ['request-documents', [['claims', 'frontstage', '1 of 1 event']], [['owner-share:claims', 100]]],
      // Pay out: Finance; support in k1 and k4, no layer in k2: support.
      ['pay-out', [['finance', 'support', '3 of 3 events']], [['owner-share:finance', 100]]],
    ]);
  });

  test('a move between events of different owners is its own transition, labelled "handover: A → B"', () => {
    // k1 Intake→Claims, Claims→Claims, Claims→Claims, Claims→Finance;
    // k2 Intake→Claims, Claims→Finance; k3 Intake→Contact centre, Contact centre→Claims,
    // Claims→Contact centre; k4 (none)→Claims, Partner MedCheck→Finance. 8 handovers.
    assert.deepEqual(
      journey.transitions.map((t) => [t.from, t.to, t.count, t.label ?? '']),
      [
        ['submit-claim', 'call-about-status', 1, 'handover: Intake → Contact centre'],
        ['submit-claim', 'assess-claim', 1, ''],
        ['submit-claim', 'assess-claim', 2, 'handover: Intake → Claims'],
        ['call-about-status', 'assess-claim', 1, 'handover: Contact centre → Claims'],
        ['call-about-status', null, 1, ''],
        ['assess-claim', 'call-about-status', 1, 'handover: Claims → Contact centre'],
        ['assess-claim', 'request-documents', 1, ''],
        ['assess-claim', 'pay-out', 2, 'handover: Claims → Finance'],
        ['assess-claim', 'pay-out', 1, 'handover: Partner MedCheck → Finance'],
        ['request-documents', 'assess-claim', 1, ''],
        ['pay-out', null, 3, ''],
      ],
    );
    const handovers = journey.transitions.filter((t) => t.label?.startsWith('handover: '));
    assert.equal(
      handovers.reduce((sum, t) => sum + t.count, 0),
      8,
    );
  });

  test('the TypeScript miner gives the very same journey', () => {
    assert.equal(json(mineCsv(readFileSync(CLAIMS, 'utf8'), OWNED, { title: 'Claims' })), text);
  });

  test('without --layer every process is backstage', () => {
    const plain = parseJourney(
      mineOk(CLAIMS, '--case', 'case', '--activity', 'activity', '--time', 'time', '--owner', 'owner'),
    );
    assert.ok(plain.ok);
    const layers = new Set(plain.journey.touchpoints.flatMap((t) => t.processes.map((p) => p.layer)));
    assert.deepEqual([...layers], ['backstage']);
  });

  test('with --channel a move that is both a channel hop and a handover says both', () => {
    const columns = { ...OWNED, channel: 'channel' };
    const both = mineOk(CLAIMS, ...flags(columns));
    assert.equal(both, json(mineCsv(readFileSync(CLAIMS, 'utf8'), columns)));
    const moves = parseJourney(both).journey.transitions.filter(
      (t) => t.from === 'submit-claim' && t.to === 'assess-claim',
    );
    // k1 app → web and Intake → Claims; k2 web → web and Intake → Claims; k4 app → web, no owner.
    // Ordered by channels, then owners, a missing one first.
    assert.deepEqual(
      moves.map((t) => [t.count, t.label]),
      [
        [1, 'handover: Intake → Claims'],
        [1, 'channel hop: app → web'],
        [1, 'channel hop: app → web; handover: Intake → Claims'],
      ],
    );
  });
});

describe('mine --owner: every path gives the same journey', () => {
  const log = generateLog({ cases: 300, seed: 23 });
  let csvPath;
  let expected;
  before(() => {
    csvPath = join(dir, 'generated.csv');
    writeFileSync(csvPath, toCsv(log));
    expected = mineOk(csvPath, ...flags(ALL));
  });

  test('DuckDB and the TypeScript miner (CSV text and rows) agree', () => {
    assert.ok(parseJourney(expected).journey.transitions.some((t) => t.label?.includes('handover: ')));
    assert.equal(json(mineCsv(readFileSync(csvPath, 'utf8'), ALL)), expected);
    assert.equal(json(mineEvents(log, ALL)), expected);
  });

  test('the printed SQL, run by DuckDB, feeds --aggregates', async () => {
    const query = mineOk(csvPath, ...flags(ALL), '--print-sql');
    assert.match(query, /handover_from/);
    const out = join(dir, 'aggregates-file');
    mkdirSync(out);
    await sql(`COPY (${query}) TO ${quote(join(out, 'events.csv'))} (FORMAT csv)`);
    assert.equal(mineOk('--aggregates', out), expected);
  });

  test('--print-sql --from-table prints standard SQL that mines a typed table to the same journey', async () => {
    const query = mineOk('--print-sql', '--from-table', 'mining.events', '--row', 'seq', ...flags(ALL));
    for (const duckOnly of ['read_csv', 'read_parquet', 'regexp_full_match', 'epoch_ms', 'TRY_CAST', 'ordinality']) {
      assert.ok(!query.includes(duckOnly), `the table query uses ${duckOnly}`);
    }
    assert.match(query, /FROM "mining"\."events"/);
    assert.match(query, /EXTRACT\(EPOCH FROM "time"\)/);
    assert.match(query, /ROW_NUMBER\(\) OVER \(ORDER BY "seq"\) AS row_no/);
    await sql(`SET TimeZone = 'UTC'`);
    await sql('CREATE SCHEMA mining');
    await sql(`CREATE TABLE mining.events AS
      SELECT ordinality AS seq, "case", activity, CAST("time" AS TIMESTAMPTZ) AS "time", channel, persona, phase,
        CAST(emotion AS DOUBLE) AS emotion, CAST(nps AS INTEGER) AS nps, period, owner, layer
      FROM read_csv(${quote(csvPath)}, header = true, all_varchar = true) WITH ORDINALITY
      ORDER BY random()`);
    const out = join(dir, 'aggregates-table');
    mkdirSync(out);
    await sql(`COPY (${query}) TO ${quote(join(out, 'events.parquet'))} (FORMAT parquet)`);
    assert.equal(mineOk('--aggregates', out), expected);
  });

  test('without --row, a case’s events at the same time are ordered by activity name', () => {
    const query = mineOk('--print-sql', '--from-table', 'events', ...flags(ALL));
    assert.match(query, /ROW_NUMBER\(\) OVER \(ORDER BY "case", "time", "activity"\) AS row_no/);
  });

  test('aggregates written before owners existed (no owner, next_owner, layer columns) still read', async () => {
    const { owner, layer, ...rest } = ALL;
    const query = mineOk(csvPath, ...flags(rest), '--print-sql');
    const out = join(dir, 'aggregates-old');
    mkdirSync(out);
    await sql(
      `COPY (SELECT * EXCLUDE (owner, next_owner, layer) FROM (${query})) TO ${quote(join(out, 'old.csv'))} (FORMAT csv)`,
    );
    assert.equal(mineOk('--aggregates', out), mineOk(csvPath, ...flags(rest)));
  });
});

describe('mine --owner: errors', () => {
  test('a value outside frontstage, backstage, support in --layer is named with its row', () => {
    const path = join(dir, 'bad-layer.csv');
    writeFileSync(
      path,
      'case,activity,time,owner,layer\nc1,A,2026-01-01 10:00,Team,frontstage\nc1,B,2026-01-01 11:00,Team,offstage\nc2,B,2026-01-02 11:00,Team,Backstage\n',
    );
    const result = mine(path, ...flags(OWNED));
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      `klantreis: ${path}: row 2: "offstage" in column "layer" is not a blueprint layer: use frontstage, backstage, support (2 rows in all)\n`,
    );
    const ts = mineCsv(readFileSync(path, 'utf8'), OWNED);
    assert.equal(ts.ok, false);
    assert.equal(ts.errors[0].message, result.stderr.slice(`klantreis: ${path}: `.length, -1));
  });

  test('--layer without --owner, and --from-table without --print-sql or with a file, are usage errors', () => {
    const base = ['--case', 'case', '--activity', 'activity', '--time', 'time'];
    for (const [args, message] of [
      [[CLAIMS, ...base, '--layer', 'layer'], /--layer gives the layer of each owner’s process: add --owner <column>/],
      [['--from-table', 'events', ...base], /--from-table only prints the SQL: add --print-sql/],
      [[CLAIMS, '--from-table', 'events', '--print-sql', ...base], /--from-table reads a table: give no event log/],
      [[CLAIMS, '--row', 'seq', ...base], /--row orders the rows of a table: use it with --from-table/],
    ]) {
      const result = mine(...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage:/);
    }
  });
});
