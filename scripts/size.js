// `npm run size`: min, gzip and brotli bytes of every published JavaScript file and of the
// ESM entry bundled with its dependencies, against budgets that fail the command.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Budgets in gzip bytes: a ceiling that fails the command, so the bundle cannot grow unnoticed.
 * The goal of issue 7 (all four elements in one file ≤ 45 KB gzipped) is not reached yet; it is
 * printed beside the measured size so the gap stays visible.
 */
// +3 KB each for the statistics of issue 16 (intervals, significance tests, trends: 2.7 KB gzipped),
// which window.Klantreis and the main entry export; +4 KB more on the main entry for the wheel
// geometry and the overview facts of issue 17 (3.9 KB: d3-shape's arc and radial line among it).
export const BUDGETS = {
  'dist/klantreis.min.js': 123 * 1024,
  'klantreis + klantreis/define (ESM, with dependencies, minified)': 132 * 1024,
};
export const GOAL = 45 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'types' ? [] : jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

export async function sizes() {
  const rows = [];
  for (const file of jsFiles('dist').sort()) rows.push({ name: file, ...measure(readFileSync(file)) });
  const bundled = await build({
    stdin: {
      contents: "export * from './dist/index.js'; import './dist/define.js';",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  rows.push({
    name: 'klantreis + klantreis/define (ESM, with dependencies, minified)',
    ...measure(bundled.outputFiles[0].contents),
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await sizes();
  let over = 0;
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(
    `${'file'.padEnd(width)}  ${'min'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}  budget (gzip)`,
  );
  for (const row of rows) {
    const budget = BUDGETS[row.name];
    const verdict =
      budget === undefined ? '' : row.gzip <= budget ? `≤ ${kb(budget)} ok` : `> ${kb(budget)} OVER BUDGET`;
    if (budget !== undefined && row.gzip > budget) over += 1;
    console.log(
      `${row.name.padEnd(width)}  ${kb(row.min).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.brotli).padStart(9)}  ${verdict}`,
    );
  }
  const single = rows.find((r) => r.name === 'dist/klantreis.min.js');
  if (single) {
    console.log(
      `goal (issue 7): dist/klantreis.min.js ≤ ${kb(GOAL)} gzipped — ${single.gzip <= GOAL ? 'met' : `missed: ${kb(single.gzip)}`}`,
    );
  }
  const mermaid = 'node_modules/mermaid/dist/mermaid.min.js';
  try {
    const m = measure(readFileSync(mermaid));
    console.log(
      `for comparison, Mermaid's single file (${mermaid}): ${kb(m.min)} min, ${kb(m.gzip)} gzip, ${kb(m.brotli)} brotli`,
    );
  } catch {
    // Mermaid is a devDependency for the bench; without it there is nothing to compare.
  }
  if (over > 0) {
    console.error(`size: ${over} file(s) over budget`);
    process.exitCode = 1;
  }
}
