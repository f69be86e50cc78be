/**
 * The Node tests run against the built dist/. Run alone (`node --test test/node/x.test.js`) they
 * must not test a bundle older than the source: `ensureFreshDist()` rebuilds dist/ (scripts/build.js)
 * when it is missing or when any file it is built from (src/, the build scripts, package.json,
 * tsconfig.build.json) is newer than its oldest output, and throws a sentence saying so when the
 * build fails. Import it before dist/ (statically imported dist modules are linked before any
 * code runs, so a test file imports them dynamically after the check).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What the tests load from dist/: each must be newer than every input. */
export const DIST_OUTPUTS = [
  'dist/klantreis.min.js',
  'dist/index.js',
  'dist/model.js',
  'dist/mining.js',
  'dist/mine-worker.js',
  'dist/journey.schema.json',
];
const INPUT_FILES = ['scripts/build.js', 'scripts/templates.js', 'package.json', 'tsconfig.build.json'];

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Why dist/ is stale ('' when it is fresh). */
export function staleness() {
  const missing = DIST_OUTPUTS.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) return `${missing.join(', ')} missing`;
  const oldestOutput = Math.min(...DIST_OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
  const inputs = [
    ['src/', newestUnder('src')],
    ...INPUT_FILES.filter((f) => existsSync(join(ROOT, f))).map((f) => [f, statSync(join(ROOT, f)).mtimeMs]),
  ];
  const newer = inputs.filter(([, mtime]) => mtime > oldestOutput).map(([name]) => name);
  return newer.length > 0 ? `${newer.join(', ')} changed after dist/ was built` : '';
}

let checked = false;

/** Builds dist/ when it is missing or older than its sources; throws when that build fails. */
export function ensureFreshDist() {
  if (checked || process.env.KLANTREIS_BUNDLE) return;
  const why = staleness();
  if (why) {
    process.stderr.write(`dist/ is stale (${why}): building it first\n`);
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, stdio: 'inherit' });
    } catch (error) {
      throw new Error(
        `dist/ is stale (${why}) and "node scripts/build.js" failed, so the Node tests would test an old bundle: ${error.message}`,
      );
    }
    const still = staleness();
    if (still) throw new Error(`dist/ is still stale after a build (${still}): the Node tests refuse to run on it`);
  }
  checked = true;
}
