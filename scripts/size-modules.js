// `node scripts/size-modules.js [entry.ts …]`: where the bytes of a page go. Bundles each entry as
// the loader's chunks are bundled (dependencies included, Lit in production mode), minifies every
// module's rendered code on its own and prints the largest, dependencies grouped by package.
// Per-module figures are minified bytes before gzip (gzip only means something for a whole file).
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const DEFAULT_ENTRIES = [
  'src/components/nps-overlay/nps-overlay.ts',
  'src/components/touchpoint-card/touchpoint-card.ts',
  'src/components/emotion-curve/emotion-curve.ts',
  'src/components/journey-map/journey-map.ts',
  'src/global.ts',
];

/** Minified bytes per module (dependencies grouped by package) of `entry` bundled alone. */
export async function moduleSizes(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ browser: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const sizes = new Map();
  for (const chunk of output) {
    for (const [id, module] of Object.entries(chunk.modules ?? {})) {
      if (!module.code) continue;
      const bytes = (await transform(module.code, { minify: true, loader: 'js' })).code.length;
      const parts = id.split('/node_modules/');
      const name =
        parts.length > 1
          ? parts
              .at(-1)
              .split('/')
              .slice(0, parts.at(-1).startsWith('@') ? 2 : 1)
              .join('/')
          : id.slice(id.indexOf('/src/') + 1);
      sizes.set(name, (sizes.get(name) ?? 0) + bytes);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_ENTRIES;
  for (const entry of entries) {
    const rows = await moduleSizes(entry);
    const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`\n${entry}: ${(total / 1024).toFixed(1)} KB minified, largest first`);
    for (const [name, bytes] of rows.slice(0, 25)) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${name}`);
  }
}
