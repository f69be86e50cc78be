// `npm run size` (scripts/size.js): the budget check itself, table-driven, and the command failing
// (exit code 1, the page named) when a real page is over its budget, so `npm test` fails with it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS, CEILINGS, checkBudgets } from '../../scripts/size.js';
import { ROOT } from '../support/browser.js';

const KB = 1024;

test('the budgets are the issue-20 figures', () => {
  assert.deepEqual(BUDGETS, {
    'the loader alone': 8 * KB,
    'one <nps-overlay>': 40 * KB,
    'one <touchpoint-card>': 40 * KB,
    'one <emotion-curve>': 45 * KB,
    'one <journey-map> (with its nested elements)': 75 * KB,
    'dist/klantreis.min.js (four elements, window.Klantreis)': 90 * KB,
  });
  // A ceiling only ever sits above its budget: it holds an over-budget page where it is.
  for (const [name, ceiling] of Object.entries(CEILINGS)) {
    assert.ok(ceiling.bytes > BUDGETS[name], name);
    assert.ok(ceiling.why.length > 0, `${name} says why`);
  }
});

test('checkBudgets: within budget, over budget under a ceiling, above a ceiling, no budget', () => {
  const budgets = { a: 8 * KB, b: 8 * KB, c: 8 * KB, d: 8 * KB, e: 8 * KB };
  const ceilings = { c: { bytes: 9000, why: 'x' }, d: { bytes: 9000, why: 'x' }, e: { bytes: 9000, why: 'x' } };
  const rows = [
    ['a', 8192, 'ok'], // 8 × 1024 = 8,192: exactly the budget is within it
    ['b', 8193, 'fail'], // one byte over, no ceiling
    ['c', 8193, 'over'], // over the budget, under its ceiling of 9,000
    ['d', 9000, 'over'], // exactly the ceiling
    ['e', 9001, 'fail'], // one byte above the ceiling
    ['f', 1e9, 'info'], // a page without a budget is only reported
  ];
  const checked = checkBudgets(
    rows.map(([name, gzip]) => ({ name, gzip, files: [] })),
    budgets,
    ceilings,
  );
  assert.deepEqual(
    checked.map((row) => [row.name, row.gzip, row.verdict]),
    rows,
  );
});

test('npm run size fails, naming the page, when a page is over its budget', { timeout: 120_000 }, () => {
  assert.ok(existsSync(join(ROOT, 'dist/klantreis.loader.js')), 'run "node scripts/build.js" first');
  const run = (budgets) =>
    spawnSync(process.execPath, ['scripts/size.js', '--only=the loader alone'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KLANTREIS_SIZE_BUDGETS: JSON.stringify(budgets) },
    });
  // The loader is about 1 KB gzipped: 100 bytes is exceeded, 8 KB is not.
  const over = run({ 'the loader alone': 100 });
  assert.equal(over.status, 1, over.stdout + over.stderr);
  assert.match(over.stderr, /size: the loader alone over budget/);
  assert.match(over.stdout, /the loader alone\s+\d+\.\d KB\s+> 0\.1 KB FAILED/);
  const within = run({});
  assert.equal(within.status, 0, within.stdout + within.stderr);
  assert.match(within.stdout, /the loader alone\s+\d+\.\d KB\s+≤ 8\.0 KB ok/);
});
