// Runs every Storybook story as a test in Chromium (addon-vitest): render errors, console
// errors and axe violations fail it. `npm run test:stories` ends with one plain line
// `stories: N passed, N failed` and writes the same counts to .test-results/stories.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/reporters';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.js';

/**
 * Counts stories: a failed story, a story file that fails to load and an unhandled error
 * (a rejection thrown by an element after its story ended) each count as one failure.
 */
const countingReporter: Reporter = {
  onTestRunEnd(testModules, unhandledErrors) {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const testModule of testModules) {
      let tests = 0;
      for (const test of testModule.children.allTests()) {
        tests += 1;
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
      if (tests === 0 && testModule.state() === 'failed') failed += 1;
    }
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(
      '.test-results/stories.json',
      JSON.stringify({ passed, failed, unhandledErrors: unhandledErrors.length }),
    );
    console.log(`stories: ${passed} passed, ${failed} failed`);
  },
};

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: findChromium(),
          args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
    setupFiles: ['.storybook/vitest.setup.ts'],
    // A dense story (1,000 touchpoints) with an axe scan takes a few seconds on a 2-core machine.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: '.test-results/storybook.json' }], countingReporter],
  },
});
