// `npm run mutate`: Stryker over src/model, src/analytics and src/layout, one layer at a time
// (stryker.config.mjs), then one line per layer with its mutation score (killed and timed-out
// mutants over all that a test covers or should cover; static mutants are left out, see the
// config). Exits 1 when a layer is under its goal. `npm run mutate -- analytics` runs one layer.
// Not part of `npm test`: a full run takes most of an hour on two cores (incremental re-runs are
// quicker: only changed code and tests are tested again).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const GOALS = { model: 85, analytics: 85, layout: 75 };
const layers = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(GOALS);

/** Counts per status and the score of one Stryker JSON report (mutation-testing-report-schema). */
export function scoreOf(report) {
  const counts = {};
  for (const file of Object.values(report.files))
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { counts, detected, valid, score: valid === 0 ? 0 : (100 * detected) / valid };
}

const lines = [];
let below = false;
for (const layer of layers) {
  if (!(layer in GOALS)) throw new Error(`unknown layer ${layer}: one of ${Object.keys(GOALS).join(', ')}`);
  const run = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, KLANTREIS_MUTATE_LAYER: layer },
  });
  if (run.status !== 0) {
    lines.push(`mutation ${layer}: Stryker failed (exit ${run.status})`);
    below = true;
    continue;
  }
  const { counts, detected, valid, score } = scoreOf(
    JSON.parse(readFileSync(`reports/mutation/${layer}.json`, 'utf8')),
  );
  const ok = score >= GOALS[layer];
  if (!ok) below = true;
  lines.push(
    `mutation ${layer}: ${score.toFixed(1)} % (${detected} of ${valid} killed; ${counts.Survived ?? 0} survived, ` +
      `${counts.NoCoverage ?? 0} without a test, ${counts.Ignored ?? 0} static left out) goal ${GOALS[layer]} %${ok ? '' : ': BELOW'}`,
  );
}
console.log(lines.join('\n'));
process.exitCode = below ? 1 : 0;
