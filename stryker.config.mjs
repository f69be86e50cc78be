// Mutation testing of the DOM-free layers, one layer per run (`npm run mutate`: scripts/mutate.js
// runs each layer and prints its score; KLANTREIS_MUTATE_LAYER picks the layer). Their unit tests
// run in Node under vitest (vitest.node.config.ts).
const LAYERS = ['model', 'analytics', 'layout'];
const layer = process.env.KLANTREIS_MUTATE_LAYER ?? 'model';
if (!LAYERS.includes(layer)) throw new Error(`KLANTREIS_MUTATE_LAYER must be one of ${LAYERS.join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.node.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [`src/${layer}/**/*.ts`, '!src/**/index.ts', '!src/model/types.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as the zod schema and the limits) would each
  // re-run every test: about 30 % of the mutants for 90 % of the time on two cores. They are
  // left out of the score; the score is over the mutants that a test can be chosen for.
  ignoreStatic: true,
  // Two cores: more runners only queue.
  concurrency: 2,
  // Re-runs test only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: `reports/mutation/${layer}-incremental.json`,
  reporters: ['json', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${layer}.json` },
  ignorePatterns: ['dist', 'storybook-static', '.test-results', 'reports', 'bench', 'stories', 'demo', 'docs'],
  // TypeScript 7 has no JavaScript API, so Stryker must not rewrite a tsconfig (it would load
  // `typescript` to parse it). The tests are transpiled by vitest (esbuild), which needs none
  // of it: pointing the option at a file that does not exist turns the rewrite off.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  tempDirName: `.stryker-tmp/${layer}`,
};
