// The DOM-free layers' unit tests (test/model, test/analytics, test/layout) run in Node for
// the mutation run (`npm run mutate`, stryker.config.json). They are the same files that
// @web/test-runner runs in Chromium; only `expect` comes from chai directly.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@open-wc/testing': fileURLToPath(new URL('./test/support/chai-node.ts', import.meta.url)) },
  },
  test: {
    name: 'layers',
    environment: 'node',
    globals: true,
    include: ['test/model/**/*.test.ts', 'test/analytics/**/*.test.ts', 'test/layout/**/*.test.ts'],
    // never-throws feeds the parser DOM objects (window, elements): browser only. The fuzz
    // test is random by design; a mutant must be killed by a deterministic test.
    exclude: ['test/model/never-throws.test.ts', 'test/model/fuzz.test.ts'],
    setupFiles: ['test/support/vitest-node-setup.ts'],
    testTimeout: 60_000,
  },
});
