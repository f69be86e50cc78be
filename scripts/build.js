// Builds dist/: ESM entries with types, the self-contained dist/klantreis.min.js, the loader
// dist/klantreis.loader.js with its chunks in dist/klantreis/, the CLI, and
// dist/journey.schema.json generated from the zod schema (never hand-written).
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { pureD3 } from './pure-d3.js';
import { minifyTemplates } from './templates.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const pkg = JSON.parse(await (await import('node:fs/promises')).readFile(resolve(root, 'package.json'), 'utf8'));
// Optional dependencies (DuckDB, used by `klantreis mine` only) and peer dependencies (React,
// used by `klantreis/react` only) stay imports as well.
const runtimeDeps = Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies });
const external = (id) => runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));
const ts = () => esbuild({ target: 'es2022', tsconfig: resolve(root, 'tsconfig.json') });

// After esbuild: the TypeScript is plain JavaScript then, without comments that could mention a template.
const litTemplates = () => ({
  name: 'klantreis:lit-templates',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts') || !/(css|html|svg)`/.test(code)) return null;
    return { code: minifyTemplates(code), map: null };
  },
});

/**
 * For the loader's chunks: catalogues.ts gets Dutch from dutch-catalogue.lazy.ts (a dynamic import,
 * so a chunk of its own) instead of bundling it; the ESM entries and the single file keep both.
 */
/** The single file leaves the editor out: the curve's `./edit.js` becomes a stand-in that says so. */
const noEditor = () => ({
  name: 'klantreis:no-editor',
  resolveId(source, importer) {
    if (source !== './edit.js' || !importer?.endsWith('/src/components/emotion-curve/emotion-curve.component.ts'))
      return null;
    return resolve(root, 'src/components/emotion-curve/edit.single-file.ts');
  },
});

const lazyDutch = () => ({
  name: 'klantreis:lazy-dutch',
  resolveId(source, importer) {
    if (source !== './dutch-catalogue.js' || !importer?.endsWith('/src/shared/i18n/catalogues.ts')) return null;
    return resolve(root, 'src/shared/i18n/dutch-catalogue.lazy.ts');
  },
});

/**
 * The loader's chunks, each an entry (a stable file name the loader imports): one per element —
 * the map's chunk defines its nested elements too — and `fromMermaid`. `emotion-curve-editor` is
 * the curve's edit mode with the editing layer and the edit session: the curve imports it itself,
 * dynamically, only once `editable` is set (the map's editor will share the session through a
 * common chunk); mining stays out (`klantreis/mining`).
 */
export const LOADER_CHUNKS = {
  'journey-map': 'src/components/journey-map/journey-map.ts',
  'emotion-curve': 'src/components/emotion-curve/emotion-curve.ts',
  'touchpoint-card': 'src/components/touchpoint-card/touchpoint-card.ts',
  'nps-overlay': 'src/components/nps-overlay/nps-overlay.ts',
  'from-mermaid': 'src/model/mermaid.ts',
  'emotion-curve-editor': 'src/components/emotion-curve/edit.ts',
};

/**
 * The shared core of the loader's chunks: every module that each of the four elements imports
 * (statically, directly or not) — Lit, zod, the model, the source controller, the theme, the
 * English catalogue. A module that only some elements import is not in it: rollup puts it in a
 * chunk shared by just those elements (d3-scale for the overlay, curve and map; the column layout
 * for the card, curve and map), so a page downloads only code its elements import.
 */
const ELEMENT_CHUNKS = ['journey-map', 'emotion-curve', 'touchpoint-card', 'nps-overlay'];
const coreChunk = () => {
  let core;
  return (id, { getModuleInfo }) => {
    if (!core) {
      const reached = ELEMENT_CHUNKS.map((name) => {
        const seen = new Set();
        const stack = [resolve(root, LOADER_CHUNKS[name])];
        while (stack.length > 0) {
          const next = stack.pop();
          if (seen.has(next)) continue;
          seen.add(next);
          stack.push(...(getModuleInfo(next)?.importedIds ?? []));
        }
        return seen;
      });
      core = new Set([...reached[0]].filter((module) => reached.every((set) => set.has(module))));
      for (const name of ELEMENT_CHUNKS) core.delete(resolve(root, LOADER_CHUNKS[name]));
    }
    return core.has(id) ? 'core' : undefined;
  };
};

const quietDependencies = (warning, warn) => {
  // Dependencies' own comment placement and internal cycles are theirs, not ours.
  if (warning.id?.includes('node_modules') || warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};
const minify = () => terser({ format: { comments: false }, ecma: 2020 });

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// 1. ESM for bundlers and Node: our code only, dependencies stay imports.
const esm = await rollup({
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    model: 'src/model/index.ts',
    analytics: 'src/analytics/index.ts',
    cli: 'src/cli/main.ts',
    mining: 'src/mining/index.ts',
    // The Web Worker of mineInWorker, which starts it as `./mine-worker.js` next to mining.js.
    'mine-worker': 'src/mining/mine-worker.ts',
    // React wrappers (`klantreis/react`); react is an optional peer dependency and stays an import.
    react: 'src/react/index.ts',
  },
  external: (id) => external(id) || id.startsWith('node:'),
  plugins: [ts(), litTemplates()],
  onwarn: (warning, warn) => {
    if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
    warn(warning);
  },
});
await esm.write({
  dir: dist,
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: true,
});
await esm.close();

// The PowerPoint deck (src/export/pptx.ts with PptxGenJS and JSZip, which is CommonJS) is never in
// an entry: each build below leaves it a file of its own that exportPptx() imports on first use.
const DECK_MODULE = resolve(root, 'src/export/pptx.ts');
const DECK_FILE = 'klantreis.pptx.js';

/**
 * For the single file: an IIFE cannot split, so its `import()` of the deck becomes an import of
 * dist/klantreis.pptx.js next to the script, resolved against the script's own address (taken
 * while it runs, in the intro below), so a page that never exports never fetches it.
 */
const deckBesideScript = () => ({
  name: 'klantreis:deck-beside-script',
  async resolveId(source, importer) {
    if (!importer || !source.endsWith('/export/pptx.js')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === DECK_MODULE ? { id: DECK_FILE, external: true } : null;
  },
  renderDynamicImport({ targetModuleId }) {
    if (targetModuleId !== DECK_FILE) return null;
    return {
      left: '(',
      right: `, import(new URL(${JSON.stringify(DECK_FILE)}, klantreisScript || document.baseURI).href))`,
    };
  },
});

// 2. One self-contained file for a plain <script> tag: registers the elements, exposes window.Klantreis.
const iife = await rollup({
  input: 'src/global.ts',
  plugins: [
    noEditor(),
    deckBesideScript(),
    nodeResolve({ browser: true }),
    commonjs(),
    pureD3(),
    ts(),
    litTemplates(),
    minify(),
  ],
  onwarn: quietDependencies,
});
// One file, without the editor (issue 20: a read-only page pays nothing for it); what is left of
// the curve's dynamic import is the small stand-in above. The deck stays a file beside it.
await iife.write({
  file: resolve(dist, 'klantreis.min.js'),
  format: 'iife',
  sourcemap: true,
  inlineDynamicImports: true,
  intro: "const klantreisScript = (document.currentScript && document.currentScript.src) || '';",
});
await iife.close();

// 2a. The deck beside the single file: one ES module with PptxGenJS and JSZip inside.
const deck = await rollup({
  input: DECK_MODULE,
  plugins: [nodeResolve({ browser: true }), commonjs(), ts(), minify()],
  onwarn: quietDependencies,
});
await deck.write({ file: resolve(dist, DECK_FILE), format: 'es', inlineDynamicImports: true, sourcemap: true });
await deck.close();

// 2b. The loader's chunks in dist/klantreis/: dependencies bundled, the shared core in one chunk.
const chunks = await rollup({
  input: LOADER_CHUNKS,
  // The deck becomes a chunk of its own through its dynamic import; commonjs() for JSZip inside it.
  plugins: [lazyDutch(), nodeResolve({ browser: true }), commonjs(), pureD3(), ts(), litTemplates(), minify()],
  onwarn: quietDependencies,
});
const { output: chunkFiles } = await chunks.write({
  dir: resolve(dist, 'klantreis'),
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
  manualChunks: coreChunk(),
  sourcemap: true,
});
await chunks.close();

// 2c. The loader: one small ES module with no imports; it imports the chunks above at run time and
// preloads each one's shared chunks (all it imports, transitively), written in here.
const byName = new Map(chunkFiles.filter((file) => file.type === 'chunk').map((file) => [file.fileName, file]));
const dependenciesOf = (fileName, seen = new Set()) => {
  for (const name of byName.get(fileName)?.imports ?? []) {
    if (!seen.has(name)) {
      seen.add(name);
      dependenciesOf(name, seen);
    }
  }
  return [...seen].sort();
};
const chunkDependencies = Object.fromEntries(
  Object.keys(LOADER_CHUNKS).map((name) => [`${name}.js`, dependenciesOf(`${name}.js`)]),
);
const MARKER = '/* klantreis:chunk-dependencies */ {}';
const withDependencies = () => ({
  name: 'klantreis:chunk-dependencies',
  transform(code, id) {
    if (!id.endsWith('/src/loader.ts')) return null;
    if (!code.includes(MARKER)) throw new Error(`src/loader.ts: the marker ${MARKER} is missing`);
    return { code: code.replace(MARKER, JSON.stringify(chunkDependencies)), map: null };
  },
});
const loader = await rollup({ input: 'src/loader.ts', plugins: [withDependencies(), ts(), minify()] });
await loader.write({ file: resolve(dist, 'klantreis.loader.js'), format: 'es', sourcemap: true });
await loader.close();

// 3. Types for every entry.
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

// 4. The JSON Schema of the input contract, from the same zod schema the SDK validates with.
const { toJSONSchema } = await import('zod/mini');
const model = await import(pathToFileURL(resolve(dist, 'model.js')).href);
const schema = {
  ...toJSONSchema(model.JourneySchema, { io: 'input', target: 'draft-2020-12' }),
  $id: 'https://klantreis.dev/journey.schema.json',
  title: 'klantreis journey model, version 1',
};
await writeFile(resolve(dist, 'journey.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log('built dist/ (esm, klantreis.min.js, klantreis.loader.js + klantreis/, types, journey.schema.json)');
