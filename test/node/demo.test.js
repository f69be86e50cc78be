// End-to-end checks of the demo (`npm start`) in Chromium against the real demo server on a free
// port: the intranet page and the BI portal render without a console error (a CSP violation is
// one) or an uncaught exception, and the live page follows the NPS feed when the server's clock
// moves on. Needs the built dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { createDemoServer } from '../../demo/server.js';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.js';
import { ensureFreshDist } from '../support/fresh-dist.js';

ensureFreshDist();

const root = new URL('../../', import.meta.url);
const mortgage = JSON.parse(readFileSync(new URL('test/fixtures/mortgage-nl.json', root), 'utf8'));
const START = Date.UTC(2026, 8, 14, 9, 30, 0);

let now = START;
let server;
let base;
let browser;
let storybookDir;

before(async () => {
  assert.ok(
    existsSync(new URL('dist/klantreis.min.js', root)),
    'dist/klantreis.min.js is missing: run "npm run build" first',
  );
  storybookDir = mkdtempSync(join(tmpdir(), 'klantreis-storybook-'));
  writeFileSync(join(storybookDir, 'index.html'), '<!doctype html><title>Storybook</title>');
  server = createDemoServer({ clock: () => now, storybook: storybookDir });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  if (storybookDir) rmSync(storybookDir, { recursive: true, force: true });
});

/** A page that records every console error, uncaught exception and failed request. */
async function openPage(path, viewport = { width: 1440, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  // Distinct problems, shortened: a CSP violation repeats once per blocked element.
  const report = (text) => {
    const short = text.length > 160 ? `${text.slice(0, 160)}…` : text;
    if (!problems.includes(short)) problems.push(short);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') report(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => report(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A live element aborts its request when it starts a newer one (last request wins): not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') report(`request failed: ${request.url()}`);
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** The text of a part inside the shadow root of the n-th element matching `selector`. */
function partText(page, selector, part, index = 0) {
  return page.evaluate(
    ([sel, p, i]) => {
      const host = document.querySelectorAll(sel)[i];
      const node = host?.shadowRoot?.querySelector(`[part~="${p}"]`);
      return node ? node.textContent.replace(/\s+/g, ' ').trim() : null;
    },
    [selector, part, index],
  );
}

/** The score texts of an `<nps-overlay>`, joined. */
function scores(page, selector) {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    return [...(host?.shadowRoot?.querySelectorAll('[part~="score"]') ?? [])]
      .map((n) => n.textContent.replace(/\s+/g, ' ').trim())
      .join(' | ');
  }, selector);
}

async function waitForText(page, read, expected, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (typeof expected === 'function' ? expected(last) : last === expected) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out: last value ${JSON.stringify(last)}`);
}

describe('demo server', () => {
  it('serves the pages with the strict CSP', async () => {
    for (const path of ['/', '/intranet.html', '/bi-portal.html']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'/, path);
      assert.match(response.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/, path);
    }
  });

  it('answers /api/nps with an ETag, 304 on If-None-Match, and new data each minute', async () => {
    now = START;
    const first = await fetch(`${base}/api/nps`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type'), /^application\/json/);
    const etag = first.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{20}"$/);
    const journey = await first.json();
    assert.equal(journey.title, mortgage.title);

    const again = await fetch(`${base}/api/nps`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');

    now = START + 59_000; // the same minute: unchanged
    assert.equal((await fetch(`${base}/api/nps`, { headers: { 'if-none-match': etag } })).status, 304);

    now = START + 60_000;
    const next = await fetch(`${base}/api/nps`, { headers: { 'if-none-match': etag } });
    assert.equal(next.status, 200);
    assert.notEqual(next.headers.get('etag'), etag);
    assert.notDeepEqual((await next.json()).touchpoints, journey.touchpoints);
    now = START;
  });

  it('serves the Storybook build at /storybook/', async () => {
    const response = await fetch(`${base}/storybook/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>Storybook<\/title>/);
    assert.equal(response.headers.get('content-security-policy'), null);
  });

  it('never serves files outside its folders', async () => {
    for (const path of ['/%2e%2e/package.json', '/journeys/..%2f..%2fpackage.json', '/dist/../../package.json']) {
      assert.equal((await fetch(`${base}${path}`)).status, 404, path);
    }
  });
});

describe('intranet page', () => {
  it('renders the inline journey, the one from src, the wheel and the overview without console errors', async () => {
    const { page, problems } = await openPage('/intranet.html');
    try {
      await waitForText(page, () => partText(page, 'journey-map', 'title', 0), mortgage.title);
      await waitForText(page, () => partText(page, 'journey-map', 'title', 1), 'Getting a medical bill reimbursed');
      // the mortgage again as a wheel and as the one-page overview (issue 17)
      await waitForText(page, () => partText(page, 'journey-map', 'title', 3), mortgage.title);
      assert.equal(await page.evaluate(() => document.querySelectorAll('journey-map').length), 4);
      for (const index of [0, 1, 2, 3]) assert.equal(await partText(page, 'journey-map', 'error', index), null);
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll('journey-map')].map((map) => ({
          view: map.getAttribute('view'),
          wheel: map.shadowRoot.querySelectorAll('.wheel-tp').length,
          phases: map.shadowRoot.querySelectorAll('.overview-phase').length,
        })),
      );
      assert.deepEqual(drawn.slice(2), [
        { view: 'wheel', wheel: mortgage.touchpoints.length, phases: 0 },
        { view: 'overview', wheel: 0, phases: mortgage.phases.length },
      ]);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('holds the mortgage fixture as its inline JSON, unchanged', async () => {
    const html = await (await fetch(`${base}/intranet.html`)).text();
    const inline = /<journey-map[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/.exec(html);
    assert.ok(inline, 'no inline JSON child');
    assert.deepEqual(JSON.parse(inline[1]), mortgage);
    assert.equal(html.match(/<script\b[^>]*\bsrc=/g)?.length, 1, 'one script tag loads the SDK');
  });
});

describe('intranet page: improvement actions', () => {
  it('shows the journey’s actions in the map’s actions lane, not in a hand-written box', async () => {
    const { page, problems } = await openPage('/intranet.html');
    try {
      await waitForText(page, () => partText(page, 'journey-map', 'title', 0), mortgage.title);
      const chips = await page.evaluate(() =>
        [...document.querySelector('journey-map').shadowRoot.querySelectorAll('.cell--actions .chip')].map((c) =>
          c.textContent.trim(),
        ),
      );
      // One chip per action per touchpoint of the fixture: 6 actions over 9 touchpoints, rendered columns only.
      const expected = mortgage.actions.flatMap((a) => a.touchpoints.map(() => a.status)).length;
      assert.ok(chips.length > 0 && chips.length <= expected, `${chips.length} chips`);
      const titles = await page.evaluate(() =>
        [...document.querySelectorAll('.intranet-aside h2')].map((h) => h.textContent.trim()),
      );
      assert.ok(!titles.includes('Verbeteracties'), 'the hand-written box is gone');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('BI portal', () => {
  it('renders, filters by persona and follows the live feed', async () => {
    now = START;
    const { page, problems } = await openPage('/bi-portal.html?refresh=1');
    try {
      const before = await waitForText(
        page,
        () => scores(page, '#nps-main'),
        (text) => /[+−-]\d/.test(text),
      );
      await waitForText(
        page,
        () => page.textContent('[data-updated]'),
        (text) => text.startsWith('Bijgewerkt om'),
      );
      assert.equal(await page.getAttribute('#nps-main', 'refresh'), '1');
      // The badges show one touchpoint each.
      assert.equal(
        await page.evaluate(
          () =>
            document
              .querySelector('nps-overlay[touchpoint="advice"]')
              .shadowRoot.querySelectorAll('[part~="touchpoint"]').length,
        ),
        1,
      );

      // The server's data moves on a minute: the page follows without a reload.
      now = START + 60_000;
      const after = await waitForText(
        page,
        () => scores(page, '#nps-main'),
        (text) => text !== before && /[+−-]\d/.test(text),
      );
      assert.notEqual(after, before);

      // The persona filter reaches every live element and the KPI tiles.
      const allResponses = await page.textContent('[data-kpi="responses"]');
      await page.selectOption('#persona-filter', 'starter');
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelectorAll('[data-live]')].map((e) => e.getAttribute('persona'))),
        ['starter', 'starter', 'starter', 'starter', 'starter'],
      );
      await waitForText(
        page,
        () => page.textContent('[data-kpi="responses"]'),
        (text) => text !== allResponses,
      );
      assert.equal(await page.textContent('[data-kpi-note="responses"]'), 'laatste periode, starters');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('shows a notice listing the dip when the feed dips (its third survey round)', async () => {
    // The feed's rounds count from its first answer, at START (the /api/nps test above); the
    // starters' advice NPS dips from round 2 (demo/nps-feed.js DIP_ROUND).
    now = START;
    const { page, problems } = await openPage('/bi-portal.html?refresh=1');
    try {
      await waitForText(
        page,
        () => page.textContent('[data-updated]'),
        (text) => text.startsWith('Bijgewerkt om'),
      );
      const dipEvents = [];
      await page.exposeFunction('recordDip', (dips) => dipEvents.push(dips));
      await page.evaluate(() =>
        document.addEventListener('journey-dip', (e) =>
          window.recordDip(e.detail.dips.map((d) => [e.target.localName, d.touchpointId, d.persona, d.measure])),
        ),
      );
      // Round 1: the data moves, nothing dips, no notice.
      now = START + 60_000;
      await page.waitForTimeout(2500);
      assert.equal(await page.isVisible('[data-dip-notice]'), false);
      assert.deepEqual(dipEvents, []);

      // Round 2: the starters' advice NPS falls from about +31 to about −14: a real dip.
      now = START + 120_000;
      const listed = await waitForText(
        page,
        () => page.evaluate(() => [...document.querySelectorAll('[data-dip-list] li')].map((li) => li.textContent)),
        (items) => items.length > 0,
      );
      assert.equal(await page.isVisible('[data-dip-notice]'), true);
      assert.equal(listed.length, 1, 'the dip is listed once, whichever elements fired it');
      assert.match(listed[0], /^Adviesgesprek, Starter: NPS \+\d+ → [−+-]?\d+ \(2026-Q2 → 2026-Q3; p [<=] [\d,]+\)$/);
      // The elements reading the feed refresh on their own timers: wait (bounded) until the card
      // (on the chart core, with refresh) has fired too, then check every event.
      // The elements reading the feed refresh on their own timers: wait (bounded) until the three
      // overlays (on the chart core, src + refresh) have each fired.
      const overlaysFired = () => dipEvents.filter((d) => d[0]?.[0] === 'nps-overlay').length;
      for (let waited = 0; waited < 15_000 && overlaysFired() < 3; waited += 250) await page.waitForTimeout(250);
      // Every live element showing the feed fired it once, with the one dip.
      for (const dips of dipEvents)
        assert.deepEqual(
          dips.map((d) => d.slice(1)),
          [['advice', 'starter', 'nps']],
        );
      // Each of the three overlays fires once; no element fires twice (the card at most once).
      const firers = dipEvents.map((d) => d[0][0]);
      assert.equal(overlaysFired(), 3, `fired by ${firers.join(', ')}`);
      assert.ok(firers.filter((f) => f === 'touchpoint-card').length <= 1);
      assert.ok(firers.length <= 4);

      // A later round repeats the dip: no new events, the notice unchanged.
      const count = dipEvents.length;
      now = START + 180_000;
      await page.waitForTimeout(2500);
      assert.equal(dipEvents.length, count);
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelectorAll('[data-dip-list] li')].map((li) => li.textContent)),
        listed,
      );
      assert.deepEqual(problems, []);
    } finally {
      now = START;
      await page.close();
    }
  });

  it('fits a 375 px phone without horizontal scrolling', async () => {
    const { page, problems } = await openPage('/bi-portal.html', { width: 375, height: 800 });
    try {
      await waitForText(
        page,
        () => scores(page, '#nps-main'),
        (text) => /[+−-]\d/.test(text),
      );
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
