// `npm run test:planted`: plants known bugs, one at a time, in a copy of the project and runs the
// tests that must catch each; fails if any planted bug survives (its tests pass) or no longer
// applies (the code it changes moved: update the plant here, never drop it). The copy shares
// node_modules by a symbolic link; the working tree is never changed.
// About 3–4 minutes on two cores (five browser test runs); not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', 'storybook-static', '.git', 'reports', '.stryker-tmp', '.test-results']);

/** Each plant: the file, the exact text it replaces (must occur once) and the tests that must fail. */
export const PLANTS = [
  {
    name: 'NPS buckets: an 8 counts as a promoter (promoters are 9–10)',
    file: 'src/analytics/nps.ts',
    find: 'else if (score <= 8) passives += answers;',
    replace: 'else if (score <= 7) passives += answers;',
    tests: ['test/analytics/nps.test.ts'],
  },
  {
    name: 'a dropped reference check: an unknown id is accepted',
    file: 'src/model/references.ts',
    find: 'if (id === undefined || known.has(id) || extra?.(id)) return;',
    replace: 'return;',
    tests: ['test/model/references.test.ts'],
  },
  {
    name: 'the error panel without the JSON path of each problem',
    file: 'src/shared/error-panel.ts',
    find: "${item.path === '' ? nothing : html`<code>${item.path}</code> `}",
    replace: '',
    tests: ['test/shared/journey-source.test.ts', 'test/shared/theme.test.ts'],
  },
  {
    name: '"Loading…" after 300 ms instead of one second',
    file: 'src/shared/announcer.ts',
    find: 'export const LOADING_ANNOUNCE_DELAY_MS = 1000;',
    replace: 'export const LOADING_ANNOUNCE_DELAY_MS = 300;',
    tests: ['test/a11y/announcements.test.ts'],
  },
  {
    name: '<touchpoint-card> ignores its journey property',
    file: 'src/components/touchpoint-card/touchpoint-card.component.ts',
    find: "if (changed.has('journey')) this.#source.setJourney(this.journey);",
    replace: "if (changed.has('journey')) void this.journey;",
    tests: ['test/a11y/axe.test.ts'],
  },
];

function copyTree() {
  const dir = mkdtempSync(join(tmpdir(), 'klantreis-planted-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => {
      const rel = relative(ROOT, source);
      return rel === '' || !SKIP.has(rel.split(/[\\/]/)[0]);
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const only = process.argv.slice(2);
const plants = only.length > 0 ? PLANTS.filter((p, i) => only.includes(String(i + 1))) : PLANTS;
const copy = copyTree();
const results = [];
try {
  for (const plant of plants) {
    const path = join(copy, plant.file);
    const original = readFileSync(path, 'utf8');
    const occurrences = original.split(plant.find).length - 1;
    if (occurrences !== 1) {
      results.push({ plant, verdict: `DOES NOT APPLY (the text occurs ${occurrences} times in ${plant.file})` });
      continue;
    }
    writeFileSync(path, original.replace(plant.find, plant.replace));
    console.log(`\nplanted: ${plant.name} (${plant.file}); running ${plant.tests.join(' ')}`);
    const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...plant.tests], {
      cwd: copy,
      encoding: 'utf8',
      // A planted bug can fail many tests, each with a long report.
      maxBuffer: 256 * 1024 * 1024,
    });
    writeFileSync(path, original);
    const failedLine = /(\d+) passed, (\d+) failed/.exec(
      (run.stdout ?? '')
        .split('\n')
        .filter((l) => / passed, \d+ failed/.test(l))
        .pop() ?? '',
    );
    const failed = failedLine ? Number(failedLine[2]) : 0;
    if (run.error) console.error(`the test run could not finish: ${run.error.message}`);
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
    // A run can also end without its closing count: a test file that timed out as a whole (a
    // planted bug that makes every test wait for an event that never comes) is a failure too.
    const unfinished = /did not finish|timed out|❌/.test(output);
    results.push({
      plant,
      verdict:
        run.status !== 0 && failed > 0
          ? `caught (${failed} failing tests)`
          : run.status !== 0 && unfinished
            ? 'caught (the test file failed or timed out as a whole)'
            : run.status !== 0
              ? `SURVIVED? the test run failed without a failing test (exit ${run.status}): ${output.trim().split('\n').slice(-5).join(' / ')}`
              : 'SURVIVED (every test passed)',
    });
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}

console.log('');
for (const { plant, verdict } of results) console.log(`planted ${plant.name}: ${verdict}`);
const survived = results.filter((r) => !r.verdict.startsWith('caught')).length;
console.log(`planted: ${results.length - survived} caught, ${survived} survived`);
process.exitCode = survived > 0 ? 1 : 0;
