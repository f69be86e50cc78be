// Component, model and analytics tests in a real headless Chromium.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.js';
import { hostileEndpoints } from './test/support/wtr-middleware.js';

let executablePath;
try {
  executablePath = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

/**
 * Counts passed and failed tests (a file that fails to load counts as a failure) and names the
 * skipped ones, for scripts/test.js.
 */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const skipped = [];
      const walk = (suite, path) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) {
            skipped.push([...path, test.name].join(' > '));
            continue;
          }
          if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child, [...path, child.name]);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, [session.testFile.replace(/^.*?\/test\//, 'test/')]);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

/**
 * A live NPS endpoint for the tests of `<nps-overlay refresh>` (test only, never shipped): a real
 * HTTP answer from this dev server whose NPS changes every time a test POSTs
 * `/__test__/nps-live/advance?key=<k>`. `GET /__test__/nps-live.json?key=<k>` answers the
 * journey with an ETag (304 on a matching If-None-Match); `POST /__test__/nps-live/mode?key=<k>&mode=`
 * `ok | error | html | slow` (`&delay=<ms>` for slow) switches it to a 500, an intranet's HTML
 * login page (200, text/html) or a slow answer; `GET /__test__/nps-live/stats?key=<k>` counts the
 * requests, 200s and 304s. Each key is its own journey, so tests never share state.
 */
function npsLiveEndpoint() {
  const states = new Map();
  const stateOf = (key) => {
    if (!states.has(key)) states.set(key, { version: 0, mode: 'ok', delay: 0, requests: 0, ok: 0, notModified: 0 });
    return states.get(key);
  };
  const journeyOf = (version) => ({
    version: 1,
    id: 'nps-live',
    title: 'Live NPS',
    locale: 'en-GB',
    phases: [
      { id: 'orient', label: 'Orientation' },
      { id: 'buy', label: 'Purchase' },
    ],
    touchpoints: [
      { id: 'compare', phase: 'orient', label: 'Compare offers', channel: 'web' },
      {
        id: 'advice',
        phase: 'orient',
        label: 'Advice meeting',
        channel: 'phone',
        // version 0: 50/30/20 → +30; 1: 60/30/20 → +36; 2: 70/30/20 → +42; …
        nps: { promoters: 50 + 10 * version, passives: 30, detractors: 20, period: `v${version}`, target: 35 },
      },
      {
        id: 'sign',
        phase: 'buy',
        label: 'Sign the contract',
        channel: 'branch',
        nps: { promoters: 40, passives: 40, detractors: 20 },
      },
    ],
  });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__test__/nps-live')) return next();
    const key = String(ctx.query.key ?? 'default');
    const state = stateOf(key);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'POST' && ctx.path === '/__test__/nps-live/advance') {
      state.version += 1;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ version: state.version });
      return;
    }
    if (ctx.method === 'POST' && ctx.path === '/__test__/nps-live/mode') {
      state.mode = String(ctx.query.mode ?? 'ok');
      state.delay = Number(ctx.query.delay ?? 0);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ mode: state.mode });
      return;
    }
    if (ctx.method === 'GET' && ctx.path === '/__test__/nps-live/stats') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ...state });
      return;
    }
    if (ctx.method !== 'GET' || ctx.path !== '/__test__/nps-live.json') return next();
    state.requests += 1;
    if (state.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, state.delay || 1500));
    if (state.mode === 'error') {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    }
    if (state.mode === 'html') {
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body =
        '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>';
      return;
    }
    const etag = `"nps-live-${key}-${state.version}"`;
    ctx.set('ETag', etag);
    if (ctx.get('If-None-Match') === etag) {
      state.notModified += 1;
      ctx.status = 304;
      return;
    }
    state.ok += 1;
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(journeyOf(state.version));
  };
}

/**
 * `.json` files as real JSON for `fetch()` (the esbuild plugin turns them into modules for
 * `import`): a journey's `src` fetch must see `application/json`, with an ETag and 304s as a
 * static server gives them.
 */
function jsonForFetch() {
  return async (ctx, next) => {
    const wantsJson = ctx.method === 'GET' && ctx.path.endsWith('.json') && ctx.get('Sec-Fetch-Dest') === 'empty';
    if (!wantsJson || (ctx.get('Accept') ?? '').includes('javascript')) return next();
    const file = resolve('.', `.${decodeURIComponent(ctx.path)}`);
    if (!file.startsWith(`${resolve('.')}/`) || !existsSync(file)) return next();
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = body;
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active, scheme? })`: real forced-colours
 * emulation for test/a11y/forced-colours.test.ts. The stock `emulate-media` command passes only
 * `prefers-color-scheme` and `prefers-reduced-motion` to puppeteer, so this calls CDP
 * `Emulation.setEmulatedMedia` itself. The CDP session is kept per page: an emulation ends with the
 * session that set it.
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`emulate-forced-colors needs puppeteer, not ${session.browser.type}`);
      const { active, scheme } = payload ?? {};
      if (typeof active !== 'boolean')
        throw new Error('emulate-forced-colors: payload { active: boolean, scheme?: "light" | "dark" }');
      if (scheme !== undefined && scheme !== 'light' && scheme !== 'dark')
        throw new Error('emulate-forced-colors: scheme is "light" or "dark"');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'forced-colors', value: active ? 'active' : 'none' },
          { name: 'prefers-color-scheme', value: scheme ?? '' },
        ],
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('capture-region', { x, y, width, height })`: a PNG (base64) of that box of
 * the page in CSS px, document coordinates, as the browser painted it (filters included), for the
 * grayscale checks of test/a11y/colour-not-alone.test.ts.
 */
function captureRegionPlugin() {
  return {
    name: 'capture-region',
    async executeCommand({ command, payload, session }) {
      if (command !== 'capture-region') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`capture-region needs puppeteer, not ${session.browser.type}`);
      const { x, y, width, height } = payload ?? {};
      if (
        ![x, y, width, height].every((v) => typeof v === 'number' && Number.isFinite(v)) ||
        width <= 0 ||
        height <= 0
      ) {
        throw new Error('capture-region: payload { x, y, width, height } in CSS px');
      }
      const page = session.browser.getPage(session.id);
      return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64', captureBeyondViewport: true });
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [jsonForFetch(), npsLiveEndpoint(), hostileEndpoints()],
  concurrency: 2,
  testsFinishTimeout: 240_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', json: true }),
    forcedColorsPlugin(),
    captureRegionPlugin(),
    // `a11ySnapshot()`: the browser's accessibility tree, for what a screen reader reads (test/a11y/keyboard-journey.test.ts).
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // One browser context per test page: pages that share a context are background tabs,
      // which get no animation frames, observer callbacks or :focus while another runs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
