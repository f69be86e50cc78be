// `node scripts/size-modules.js [entry.ts …]`: where the bytes of a page go. Bundles each entry as
// the loader's chunks are bundled (dependencies included, Lit in production mode), minifies every
// module's rendered code on its own and prints the largest, dependencies grouped by package.
// Per-module figures are minified bytes before gzip (gzip only means something for a whole file).
// `--built` reads the loader's chunks in dist/klantreis/ instead (after `node scripts/build.js`):
// each chunk's minified bytes per source module, attributed through its source map, so the split
// that pages really download can be read module by module.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { pureD3 } from './pure-d3.js';

const DEFAULT_ENTRIES = [
  'src/components/nps-overlay/nps-overlay.ts',
  'src/components/touchpoint-card/touchpoint-card.ts',
  'src/components/emotion-curve/emotion-curve.ts',
  'src/components/journey-map/journey-map.ts',
  'src/global.ts',
];

/** A module id as printed: the package for a dependency, the path from src/ for our code. */
function moduleName(id) {
  const parts = id.split('/node_modules/');
  if (parts.length === 1) return id.slice(id.indexOf('/src/') + 1);
  const segments = parts.at(-1).split('/');
  return segments.slice(0, segments[0].startsWith('@') ? 2 : 1).join('/');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ, as the Source Map v3 format defines it). */
function segmentValues(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Bytes of a built file per source module: each mapped stretch of generated code, up to the next
 * mapping on its line or the line's end, counts for the source of its mapping.
 */
export function builtModuleSizes(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const sizes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, row) => {
    let column = 0;
    const starts = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [dColumn, dSource] = segmentValues(segment);
      column += dColumn;
      if (dSource !== undefined) source += dSource;
      starts.push([column, dSource === undefined ? null : source]);
    }
    starts.forEach(([start, from], i) => {
      if (from === null) return;
      const end = starts[i + 1]?.[0] ?? lines[row].length;
      const name = moduleName(map.sources[from]);
      sizes.set(name, (sizes.get(name) ?? 0) + end - start);
    });
  });
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

/** Minified bytes per module (dependencies grouped by package) of `entry` bundled alone. */
export async function moduleSizes(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ browser: true }), pureD3(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const sizes = new Map();
  for (const chunk of output) {
    for (const [id, module] of Object.entries(chunk.modules ?? {})) {
      if (!module.code) continue;
      const bytes = (await transform(module.code, { minify: true, loader: 'js' })).code.length;
      const name = moduleName(id);
      sizes.set(name, (sizes.get(name) ?? 0) + bytes);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--built')) {
  const dir = 'dist/klantreis';
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const rows = builtModuleSizes(join(dir, file));
    const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`\n${dir}/${file}: ${(total / 1024).toFixed(1)} KB minified, largest first`);
    for (const [name, bytes] of rows.slice(0, 25)) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${name}`);
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_ENTRIES;
  for (const entry of entries) {
    const rows = await moduleSizes(entry);
    const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`\n${entry}: ${(total / 1024).toFixed(1)} KB minified, largest first`);
    for (const [name, bytes] of rows.slice(0, 25)) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${name}`);
  }
}
