/**
 * Chromium for the Node tests, driven by playwright-core: the project's own browser finder and
 * flags (scripts/browser.js), the built bundle (dist/klantreis.min.js, built when missing), and
 * page helpers that collect console errors, page errors and CSP violations.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.js';
import { ensureFreshDist } from './fresh-dist.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The bundle the Node tests load: `KLANTREIS_BUNDLE` when set (a test build of src/), else
 * dist/klantreis.min.js, built first when it is missing or older than src/ (fresh-dist.js).
 */
export function bundleText() {
  const override = process.env.KLANTREIS_BUNDLE;
  if (override) return readFileSync(override, 'utf8');
  ensureFreshDist();
  return readFileSync(join(ROOT, 'dist', 'klantreis.min.js'), 'utf8');
}

/** Launches headless Chromium with the project's flags, plus `extraArgs`. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/**
 * Opens a page that records console errors and uncaught page errors in `page.problems`.
 * @param {import('playwright-core').Browser} browser
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** Polls `predicate` (a function evaluated in the page with `arg`) until it returns true; false after `timeout` ms. */
export async function waitInPage(page, predicate, arg, timeout = 20_000) {
  const start = Date.now();
  for (;;) {
    if (await page.evaluate(predicate, arg)) return true;
    if (Date.now() - start > timeout) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
