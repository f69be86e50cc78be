import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('validate accepts the mortgage example', () => {
  const out = execFileSync(process.execPath, ['bin/klantreis.js', 'validate', 'test/fixtures/mortgage-nl.json'], { encoding: 'utf8' });
  assert.match(out, /^valid: 12 touchpoints in 4 phases/);
});

test('validate prints path: message and exits 1 for an invalid journey', () => {
  const bad = JSON.stringify({ version: 1, id: 'x', title: 'X', phases: [{ id: 'a', label: 'A' }], touchpoints: [{ id: 't', phase: 'buy', label: 'T' }] });
  const result = spawnSync(process.execPath, ['bin/klantreis.js', 'validate', '-'], { input: bad, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, 'touchpoints[0].phase: unknown phase "buy"\n');
});
