// The browser half of the mining bench: mines a CSV log through `mineInWorker` on a Web Worker
// in headless Chromium, the way a page would with a file the user picked.
//
// `src/mining/mine-in-worker.ts` and the worker (`src/mining/mine-worker.ts`) are bundled with
// esbuild in memory, served with the log from a loopback HTTP server on a free port, and the
// page fetches the log as a Blob, then times `mineInWorker(blob, columns, { worker })` from the
// call to the result, watching the main thread's long tasks meanwhile.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the page's entry (mineInWorker) and the worker for the browser, in memory. */
async function bundle() {
  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  };
  const [page, worker] = await Promise.all([
    build({
      ...common,
      stdin: {
        contents: `export { mineInWorker } from './src/mining/mine-in-worker.ts';`,
        resolveDir: root,
        sourcefile: 'bench-entry.ts',
        loader: 'ts',
      },
    }),
    build({ ...common, entryPoints: [join(root, 'src/mining/mine-worker.ts')] }),
  ]);
  return { '/mine.js': page.outputFiles[0].text, '/mine-worker.js': worker.outputFiles[0].text };
}

/** Serves the bundles, an empty page and the log (as /events.csv) on 127.0.0.1. */
async function serve(files, csv) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<!doctype html><meta charset="utf-8"><title>mining bench</title><script type="module">import("/mine.js").then((m) => (window.mine = m));</script>',
      );
    } else if (path in files) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(files[path]);
    } else if (path === '/events.csv') {
      response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-length': statSync(csv).size });
      createReadStream(csv).pipe(response);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server;
}

/**
 * Mines `csv` with the columns `roles` (each column named after its role) through the worker
 * in headless Chromium. Returns the wall time of `mineInWorker` (ms), the time to fetch the
 * log into a Blob, the main thread's long tasks during mining, a summary and the journey as
 * the Node bench writes it (`JSON.stringify(journey, null, 2)` plus a newline).
 */
export async function mineInBrowser(csv, roles) {
  const files = await bundle();
  const server = await serve(files, csv);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.mine !== undefined);
    const columns = Object.fromEntries(roles.map((r) => [r, r]));
    const r = await page.evaluate(async (columns) => {
      const fetchStart = performance.now();
      const blob = await (await fetch('/events.csv')).blob();
      const file = new File([blob], 'events.csv', { type: 'text/csv' });
      const fetchMs = performance.now() - fetchStart;
      if (!PerformanceObserver.supportedEntryTypes.includes('longtask'))
        return { failure: 'this browser reports no long tasks' };
      const tasks = [];
      const observer = new PerformanceObserver((list) =>
        tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration }))),
      );
      observer.observe({ type: 'longtask' });
      // A timer ticking every 50 ms: how late it fires shows what the user would feel.
      let ticks = 0;
      let worstLateMs = 0;
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        worstLateMs = Math.max(worstLateMs, now - last - 50);
        last = now;
        ticks += 1;
      }, 50);
      const start = performance.now();
      const result = await window.mine.mineInWorker(file, columns, {
        worker: new URL('/mine-worker.js', location.href),
      });
      const ms = performance.now() - start;
      clearInterval(timer);
      // Long-task entries arrive asynchronously: give them a moment before reading.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.takeRecords().forEach((e) => tasks.push({ start: e.startTime, ms: e.duration }));
      observer.disconnect();
      const during = tasks.filter((t) => t.start >= start - 1 && t.start <= start + ms);
      if (!result.ok) return { ms, fetchMs, failure: JSON.stringify(result.errors) };
      return {
        ms,
        fetchMs,
        longTasks: during.length,
        longestTaskMs: during.reduce((max, t) => Math.max(max, t.ms), 0),
        longTaskMs: during.reduce((sum, t) => sum + t.ms, 0),
        ticks,
        worstLateMs,
        summary: `${result.stats.touchpoints} touchpoints, ${result.stats.transitions} transitions from ${result.stats.cases} cases`,
        journey: `${JSON.stringify(result.journey, null, 2)}\n`,
      };
    }, columns);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    if (r.failure) throw new Error(`mineInWorker failed: ${r.failure}`);
    return { ...r, browser: browser.version() };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
