// `klantreis mine` end to end (CSV, Parquet, --print-sql, --aggregates, errors) and the
// agreement of its DuckDB path with the TypeScript miner in dist/mining.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateLog, toCsv } from '../fixtures/events/generate.js';
import { ensureFreshDist } from '../support/fresh-dist.js';

// dist/ is imported after the check that it is not older than src/ (a static import would be
// linked first).
ensureFreshDist();
const { parseJourney } = await import('../../dist/model.js');
const { mineCsv, mineEvents } = await import('../../dist/mining.js');

const FIXTURE = 'test/fixtures/events/mortgage-events.csv';
const ALL_ROLES = ['case', 'activity', 'time', 'channel', 'persona', 'phase', 'emotion', 'nps', 'period'];
const ALL = Object.fromEntries(ALL_ROLES.map((r) => [r, r]));
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

/** What the TS miner prints for the same log: the same JSON text the CLI writes. */
function tsJson(csv, columns, options = {}) {
  const result = mineCsv(csv, columns, options);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return `${JSON.stringify(result.journey, null, 2)}\n`;
}

let dir;
let db;
let connection;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klantreis-mine-'));
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

describe('mine: the mortgage log with known answers', () => {
  let journey;
  let text;
  before(() => {
    text = mineOk(FIXTURE, ...flags(ALL), '--title', 'Hypotheek aanvragen');
    const parsed = parseJourney(text);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    journey = parsed.journey;
  });

  test('one touchpoint per activity, in order of the median first position, grouped by phase', () => {
    assert.deepEqual(
      journey.touchpoints.map((t) => [t.id, t.label, t.phase]),
      [
        ['orienteren', 'Oriënteren', 'orientatie'],
        ['berekenen', 'Berekenen', 'orientatie'],
        ['afspraak-maken', 'Afspraak maken', 'advies'],
        ['adviesgesprek-hypotheek', 'Adviesgesprek, hypotheek', 'advies'],
        ['aanvraag', 'Aanvraag ✍️', 'aanvraag'],
        ['tekenen', 'Tekenen', 'aanvraag'],
        ['touchpoint', '確認', 'other'],
      ],
    );
    assert.deepEqual(
      journey.phases.map((p) => [p.id, p.label]),
      [
        ['orientatie', 'Oriëntatie'],
        ['advies', 'Advies'],
        ['aanvraag', 'Aanvraag'],
        ['other', 'Other'],
      ],
    );
  });

  test('every directly-follows count, with channel hops, loops and drop-off', () => {
    const got = journey.transitions.map((t) => `${t.from} > ${t.to} ${t.count}${t.label ? ` (${t.label})` : ''}`);
    assert.deepEqual(got, [
      'orienteren > berekenen 1',
      'orienteren > berekenen 1 (channel hop: web → app)',
      'orienteren > afspraak-maken 1 (channel hop: app → phone)',
      'orienteren > afspraak-maken 1 (channel hop: web → phone)',
      'orienteren > adviesgesprek-hypotheek 1 (channel hop: web → branch)',
      'orienteren > touchpoint 1',
      'orienteren > null 1',
      'berekenen > orienteren 1',
      'berekenen > berekenen 1',
      'berekenen > afspraak-maken 1 (channel hop: app → phone)',
      'berekenen > afspraak-maken 1 (channel hop: web → phone)',
      'berekenen > adviesgesprek-hypotheek 1 (channel hop: web → branch)',
      'afspraak-maken > berekenen 2 (channel hop: phone → web)',
      'afspraak-maken > adviesgesprek-hypotheek 1',
      'afspraak-maken > adviesgesprek-hypotheek 1 (channel hop: phone → branch)',
      'adviesgesprek-hypotheek > aanvraag 1 (channel hop: branch → app)',
      'adviesgesprek-hypotheek > aanvraag 1 (channel hop: branch → web)',
      'adviesgesprek-hypotheek > aanvraag 1 (channel hop: phone → web)',
      'adviesgesprek-hypotheek > tekenen 1',
      'aanvraag > tekenen 1 (channel hop: app → branch)',
      'aanvraag > tekenen 1 (channel hop: web → branch)',
      'aanvraag > null 1',
      'tekenen > null 3',
      'touchpoint > null 1',
    ]);
    // Every event has exactly one move out: the counts add up to the events.
    assert.equal(
      journey.transitions.reduce((sum, t) => sum + t.count, 0),
      27,
    );
  });

  test('channels, shares, cases, events and median durations per touchpoint', () => {
    const summary = journey.touchpoints.map((t) => [
      t.channel,
      t.duration,
      Object.fromEntries(t.metrics.map((m) => [m.id, m.value])),
    ]);
    assert.deepEqual(summary, [
      ['web', 'PT30M', { cases: 6, events: 7, 'channel-share:web': 83.3, 'channel-share:app': 16.7 }],
      ['web', 'P1DT30M', { cases: 4, events: 5, 'channel-share:web': 60, 'channel-share:app': 40 }],
      ['phone', 'P1DT15H30M', { cases: 4, events: 4, 'channel-share:phone': 100 }],
      ['branch', 'P1DT3H', { cases: 4, events: 4, 'channel-share:branch': 75, 'channel-share:phone': 25 }],
      ['web', 'P15DT23H', { cases: 3, events: 3, 'channel-share:web': 66.7, 'channel-share:app': 33.3 }],
      ['branch', undefined, { cases: 3, events: 3, 'channel-share:branch': 100 }],
      ['chat', undefined, { cases: 1, events: 1, 'channel-share:chat': 100 }],
    ]);
  });

  test('mean emotion per touchpoint and persona', () => {
    assert.deepEqual(
      journey.touchpoints.map((t) => (t.emotions ?? []).map((e) => [e.persona ?? 'all', e.score])),
      [
        [
          ['all', 1],
          ['doorstromer', 2],
          ['starter', 0.5],
        ],
        [
          ['all', 0.67],
          ['doorstromer', 1],
          ['starter', 0.5],
        ],
        [
          ['all', -3],
          ['starter', -3],
        ],
        [
          ['all', 1.75],
          ['doorstromer', 1],
          ['starter', 2.5],
        ],
        [
          ['all', -1.67],
          ['doorstromer', -4],
          ['starter', -0.5],
        ],
        [
          ['all', 4],
          ['doorstromer', 3],
          ['starter', 4.5],
        ],
        [['all', -1.5]],
      ],
    );
    assert.deepEqual(journey.personas, [
      { id: 'doorstromer', name: 'Doorstromer' },
      { id: 'starter', name: 'Starter' },
    ]);
  });

  test('the 0–10 NPS distribution per touchpoint, persona and period', () => {
    const nps = Object.fromEntries(
      journey.touchpoints
        .filter((t) => t.nps)
        .map((t) => [t.id, t.nps.map((n) => `${n.persona ?? 'all'} ${n.period} ${n.distribution.join('')}`)]),
    );
    assert.deepEqual(nps, {
      'adviesgesprek-hypotheek': [
        'all 2024-Q1 00000100120',
        'doorstromer 2024-Q1 00000100010',
        'starter 2024-Q1 00000000110',
      ],
      aanvraag: [
        'all 2024-Q1 00000010000',
        'all 2024-Q2 00010001000',
        'doorstromer 2024-Q2 00010000000',
        'starter 2024-Q1 00000010000',
        'starter 2024-Q2 00000001000',
      ],
      tekenen: ['all 2024-Q2 00000000012', 'doorstromer 2024-Q2 00000000010', 'starter 2024-Q2 00000000002'],
    });
  });

  test('a process-mining source with the number of cases', () => {
    assert.equal(journey.title, 'Hypotheek aanvragen');
    assert.equal(journey.id, 'hypotheek-aanvragen');
    assert.deepEqual(journey.sources, [
      {
        id: 'process-mining',
        kind: 'process-mining',
        label: 'Event log: 6 cases, 27 events; 3 rows without a case, activity or time left out',
        n: 6,
        date: '2024-03-01/2024-03-25',
      },
    ]);
  });

  test('without --phase: one phase "Journey"; without --channel: no hops', () => {
    const plain = parseJourney(mineOk(FIXTURE, '--case', 'case', '--activity', 'activity', '--time', 'time'));
    assert.ok(plain.ok);
    assert.deepEqual(plain.journey.phases, [{ id: 'journey', label: 'Journey' }]);
    assert.deepEqual(
      plain.journey.touchpoints.map((t) => t.id),
      ['orienteren', 'berekenen', 'afspraak-maken', 'adviesgesprek-hypotheek', 'aanvraag', 'tekenen', 'touchpoint'],
    );
    assert.ok(plain.journey.transitions.every((t) => t.label === undefined));
    assert.equal(plain.journey.transitions.find((t) => t.from === 'orienteren' && t.to === 'berekenen').count, 2);
  });

  test('the TypeScript miner gives the very same journey', () => {
    assert.equal(tsJson(readFileSync(FIXTURE, 'utf8'), ALL, { title: 'Hypotheek aanvragen' }), text);
  });

  test('--out writes the file and reports on stderr', () => {
    const out = join(dir, 'journey.json');
    const result = mine(FIXTURE, ...flags(ALL), '--title', 'Hypotheek aanvragen', '--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /wrote .*journey\.json: 7 touchpoints, 24 transitions from 6 cases, 27 events/);
    assert.equal(readFileSync(out, 'utf8'), text);
  });
});

describe('mine: Parquet, printed SQL and aggregates give the same journey', () => {
  const log = generateLog({ cases: 300, seed: 11 });
  let csvPath;
  let expected;
  before(() => {
    csvPath = join(dir, 'generated.csv');
    writeFileSync(csvPath, toCsv(log));
    expected = mineOk(csvPath, ...flags(ALL));
  });

  test('DuckDB and the TypeScript miner agree on a generated log (CSV text and rows)', () => {
    assert.equal(tsJson(readFileSync(csvPath, 'utf8'), ALL), expected);
    const fromRows = mineEvents(log, ALL);
    assert.ok(fromRows.ok);
    assert.equal(`${JSON.stringify(fromRows.journey, null, 2)}\n`, expected);
  });

  test('a semicolon-separated export is read alike', () => {
    const path = join(dir, 'semicolon.csv');
    writeFileSync(path, toCsv(log, ';'));
    assert.equal(mineOk(path, ...flags(ALL)), expected);
    assert.equal(tsJson(readFileSync(path, 'utf8'), ALL), expected);
  });

  test('directly-follows counts match a plain reference count', () => {
    const journey = parseJourney(expected).journey;
    const idOf = new Map(journey.touchpoints.map((t) => [t.label, t.id]));
    const epoch = (text) =>
      Date.parse(/Z|[+-]\d\d:\d\d$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`);
    const byCase = new Map();
    log.forEach((row, index) => {
      if (!row.case || !row.activity || !row.time) return;
      byCase.set(row.case, [...(byCase.get(row.case) ?? []), { ...row, index, t: epoch(row.time) }]);
    });
    const reference = new Map();
    for (const events of byCase.values()) {
      events.sort((a, b) => a.t - b.t || a.index - b.index);
      events.forEach((e, i) => {
        const key = `${idOf.get(e.activity)} > ${i + 1 < events.length ? idOf.get(events[i + 1].activity) : null}`;
        reference.set(key, (reference.get(key) ?? 0) + 1);
      });
    }
    const mined = new Map();
    for (const t of journey.transitions)
      mined.set(`${t.from} > ${t.to}`, (mined.get(`${t.from} > ${t.to}`) ?? 0) + t.count);
    assert.deepEqual([...mined].sort(), [...reference].sort());
    assert.ok(mined.has('berekenen > berekenen'), 'the log has self-loops');
  });

  test('Parquet (text columns) created with DuckDB', async () => {
    const parquet = join(dir, 'generated.parquet');
    await sql(
      `COPY (SELECT * FROM read_csv(${quote(csvPath)}, header = true, all_varchar = true)) TO ${quote(parquet)} (FORMAT parquet)`,
    );
    assert.equal(mineOk(parquet, ...flags(ALL)), expected);
  });

  test('Parquet with TIMESTAMPTZ and numeric columns', async () => {
    const parquet = join(dir, 'typed.parquet');
    await sql(`SET TimeZone = 'UTC'`);
    await sql(`COPY (
      SELECT "case", activity, CAST(time AS TIMESTAMPTZ) AS time, channel, persona, phase,
        CAST(emotion AS DOUBLE) AS emotion, CAST(nps AS INTEGER) AS nps, period
      FROM read_csv(${quote(csvPath)}, header = true, all_varchar = true)
    ) TO ${quote(parquet)} (FORMAT parquet)`);
    assert.equal(mineOk(parquet, ...flags(ALL)), expected);
  });

  test('the printed SQL, run by DuckDB into result files, feeds --aggregates', async () => {
    const query = mineOk(csvPath, ...flags(ALL), '--print-sql');
    assert.match(query, /LEAD\(activity\) OVER by_time/);
    assert.match(query, /PARTITION BY case_id ORDER BY t_ms, row_no/);
    for (const format of ['parquet', 'csv']) {
      const out = join(dir, `aggregates-${format}`);
      mkdirSync(out);
      await sql(`COPY (${query}) TO ${quote(join(out, `events.${format}`))} (FORMAT ${format})`);
      assert.equal(mineOk('--aggregates', out), expected, `aggregates as ${format}`);
    }
  });
});

describe('mine: errors are one sentence on stderr, exit 1', () => {
  const failsWith = (pattern, ...args) => {
    const result = mine(...args);
    assert.equal(result.status, 1, result.stdout);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, pattern);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  };

  test('a missing column is named, with the columns there are', () => {
    failsWith(
      /no column "klant" \(--case\) in the log; its columns are "case", "activity", "time"/,
      'test/fixtures/events/bad-time.csv',
      '--case',
      'klant',
      '--activity',
      'activity',
      '--time',
      'time',
    );
  });

  test('a column name is matched ignoring case', () => {
    assert.equal(
      mine('test/fixtures/events/mortgage-events.csv', '--case', 'CASE', '--activity', 'Activity', '--time', 'time')
        .status,
      0,
    );
  });

  test('a bad timestamp is named with its row', () => {
    failsWith(
      /row 3: "2024-02-30 09:00" in column "time" is not a timestamp.*\(2 rows in all\)/,
      'test/fixtures/events/bad-time.csv',
      '--case',
      'case',
      '--activity',
      'activity',
      '--time',
      'time',
    );
    const ts = mineCsv(readFileSync('test/fixtures/events/bad-time.csv', 'utf8'), {
      case: 'case',
      activity: 'activity',
      time: 'time',
    });
    assert.equal(ts.ok, false);
    assert.equal(ts.errors[0].row, 3);
  });

  test('a bad emotion score and NPS answer are named with their rows', () => {
    const path = join(dir, 'bad-scores.csv');
    writeFileSync(
      path,
      'case,activity,time,emotion,nps\na,Start,2024-01-01,1,7\na,Next,2024-01-02,6,\nb,Start,2024-01-01,,7.5\n',
    );
    failsWith(
      /row 2: "6" in column "emotion" is not an emotion score[\s\S]*row 3: "7.5" in column "nps" is not an NPS answer/,
      path,
      '--case',
      'case',
      '--activity',
      'activity',
      '--time',
      'time',
      '--emotion',
      'emotion',
      '--nps',
      'nps',
    );
  });

  test('an empty file, a header without rows, a missing file', () => {
    failsWith(
      /empty\.csv is empty: no events/,
      'test/fixtures/events/empty.csv',
      '--case',
      'case',
      '--activity',
      'activity',
      '--time',
      'time',
    );
    failsWith(
      /no events: the log is empty/,
      'test/fixtures/events/header-only.csv',
      '--case',
      'case',
      '--activity',
      'activity',
      '--time',
      'time',
    );
    failsWith(
      /no such file: nowhere\.csv/,
      'nowhere.csv',
      '--case',
      'case',
      '--activity',
      'activity',
      '--time',
      'time',
    );
    failsWith(/no such directory/, '--aggregates', join(dir, 'nowhere'));
  });

  test('usage problems exit 2 with the usage', () => {
    for (const args of [
      [FIXTURE, '--case', 'case'],
      [FIXTURE, '--case'],
      ['--case', 'case', '--activity', 'a', '--time', 't'],
      [FIXTURE, '--bogus', 'x'],
    ]) {
      const result = mine(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /Usage:\n {2}klantreis mine/);
    }
  });

  test('the help lists the mine command', () => {
    const result = spawnSync(process.execPath, ['bin/klantreis.js', '--help'], { encoding: 'utf8' });
    assert.match(result.stdout, /klantreis mine <events\.csv\|events\.parquet> --case <col>/);
  });
});

describe('klantreis/mining stays browser-safe', () => {
  test('dist/mining.js and dist/mine-worker.js import neither DuckDB nor node: modules', () => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?['"]([^'"]+)['"]/g)) {
        assert.ok(!spec.startsWith('node:') && !spec.includes('duckdb'), `${file} imports ${spec}`);
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      }
    };
    visit(resolve('dist/mining.js'));
    visit(resolve('dist/mine-worker.js'));
    assert.ok(seen.size > 2);
    assert.match(readFileSync('dist/mining.js', 'utf8'), /new URL\(["']\.\/mine-worker\.js["'], import\.meta\.url\)/);
  });
});
