// The demo's "edit a journey" page (demo/edit.html, edit.js) end to end in Chromium, against the
// real demo server on a free port with its own data directory: the page loads a journey from the
// store under the strict CSP, saves each journey-change with PUT + If-Match, and when two pages
// edit the same journey the second save gets 412 and the conflict notice — nothing is lost: the
// first page's save stays, and the second page's edit is saved on top of theirs after "Load
// theirs". A page whose element has its own conflict flow (`offerTheirs`) gets their journey
// handed to it. Edits are made the way the element reports them: a `journey-change` event from
// <emotion-curve> with the new journey. Needs the built dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { createDemoServer } from '../../demo/server.js';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.js';

const root = new URL('../../', import.meta.url);
const mortgage = JSON.parse(readFileSync(new URL('test/fixtures/mortgage-nl.json', root), 'utf8'));
const ID = mortgage.id; // mortgage-starter

let server;
let base;
let browser;
let data;

before(async () => {
  assert.ok(existsSync(new URL('dist/klantreis.loader.js', root)), 'dist/ is missing: run "npm run build" first');
  data = mkdtempSync(join(tmpdir(), 'klantreis-edit-page-'));
  server = createDemoServer({ data });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  if (data) rmSync(data, { recursive: true, force: true });
});

/** A page of its own (its own browser context), recording console errors and uncaught exceptions. */
async function openEditPage(id = ID) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('console', (message) => {
    // A refused save (412, 422) is logged by the browser itself as a failed resource: expected here.
    if (message.type() !== 'error' || /Failed to load resource: .* status of 4(12|22)/.test(message.text())) return;
    problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const response = await page.goto(`${base}/edit.html?journey=${encodeURIComponent(id)}`, { waitUntil: 'load' });
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  await waitFor(page, () => state(page), /^Loaded “/);
  return { page, problems };
}

/** The save state line (role="status") as the user reads it. */
const state = (page) => page.locator('[data-save-state]').textContent();

async function waitFor(page, read, expected, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (expected instanceof RegExp ? expected.test(String(last)) : last === expected) return last;
    await page.waitForTimeout(50);
  }
  assert.fail(`timed out waiting for ${expected}; last value: ${JSON.stringify(last)}`);
}

/** Makes an edit the way the editable element reports one: journey-change with the new journey. */
function edit(page, change) {
  return page.evaluate(([field, value]) => {
    const curve = document.querySelector('emotion-curve');
    const journey = structuredClone(curve.journey);
    journey[field] = value;
    // The element's journey is the new one from then on (the editing API says so).
    curve.journey = journey;
    curve.dispatchEvent(
      new CustomEvent('journey-change', {
        bubbles: true,
        composed: true,
        detail: { journey, patch: [{ op: 'replace', path: `/${field}`, value }], label: `${field}: ${value}` },
      }),
    );
  }, change);
}

const stored = async () => (await fetch(`${base}/api/journeys/${ID}`)).json();

describe('edit a journey page', () => {
  it('is linked from the demo home page', async () => {
    const html = await (await fetch(`${base}/`)).text();
    assert.match(html, /<a href="edit\.html">Edit a journey<\/a>/);
  });

  it('loads the journey from the store into the curve and the map, under the strict CSP', async () => {
    const { page, problems } = await openEditPage();
    const shown = await page.evaluate(() => ({
      curve: document.querySelector('emotion-curve').journey?.title,
      map: document.querySelector('journey-map').journey?.title,
    }));
    assert.deepEqual(shown, { curve: mortgage.title, map: mortgage.title });
    // The curve draws it (read-only where it has no editing yet): its plot and its summary.
    await waitFor(
      page,
      () =>
        page.evaluate(() =>
          Boolean(document.querySelector('emotion-curve').shadowRoot?.querySelector('[part~="plot"] path')),
        ),
      true,
    );
    assert.equal(await page.locator('[data-conflict]').isHidden(), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('has no axe violations, with the conflict notice open too', async () => {
    // axe is injected as a script of the test's own, so this page runs without the CSP header.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/edit.html?journey=health-claim`, { waitUntil: 'load' });
    await waitFor(page, () => state(page), /^Loaded “/);
    await page.addScriptTag({ path: fileURLToPath(new URL('node_modules/axe-core/axe.min.js', root)) });
    const audit = () =>
      page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    assert.deepEqual(await audit(), []);
    // A second page saves first, so this one's save opens the notice.
    const other = await openEditPage('health-claim');
    await edit(other.page, ['title', 'Theirs']);
    await waitFor(other.page, () => state(other.page), /^Saved at /);
    await edit(page, ['title', 'Mine']);
    await waitFor(page, () => state(page), /^Not saved: someone else saved/);
    assert.deepEqual(await audit(), []);
    await other.page.close();
    await context.close();
  });

  it('two pages edit the same journey: the second save gets 412 and the notice, and nothing is lost', async () => {
    const a = await openEditPage();
    const b = await openEditPage();
    // The page's own notice: the flow for an element without a conflict flow of its own (the
    // element's flow is the next test's, and the curve's own tests').
    for (const { page } of [a, b])
      await page.evaluate(() =>
        Object.defineProperty(document.querySelector('emotion-curve'), 'offerTheirs', { value: undefined }),
      );

    // Page A saves first: stored, with the ETag it loaded.
    await edit(a.page, ['title', 'Een huis kopen (A)']);
    await waitFor(a.page, () => state(a.page), /^Saved at /);
    assert.equal((await stored()).title, 'Een huis kopen (A)');

    // Page B still has the ETag of the version before A's save: 412, the notice, focus on "Load theirs".
    await edit(b.page, ['goal', 'Doel van B']);
    await waitFor(b.page, () => state(b.page), /^Not saved: someone else saved this journey/);
    assert.equal(await b.page.locator('[data-conflict]').isVisible(), true);
    assert.equal(await b.page.locator('[data-conflict]').getAttribute('role'), 'alert');
    assert.equal(await b.page.evaluate(() => document.activeElement?.hasAttribute('data-load-theirs')), true);
    // A's save is not overwritten; B's edit is not sent.
    let journey = await stored();
    assert.equal(journey.title, 'Een huis kopen (A)');
    assert.equal(journey.goal, mortgage.goal);

    // More edits in B while the notice is open wait for the choice.
    await edit(b.page, ['goal', 'Doel van B, nog eens']);
    await waitFor(b.page, () => state(b.page), /^Not saved: choose first/);
    assert.equal((await stored()).goal, mortgage.goal);

    // "Load theirs": B shows A's version, and its next edit builds on it and is saved.
    await b.page.click('[data-load-theirs]');
    await waitFor(b.page, () => state(b.page), /^Loaded their version/);
    assert.equal(
      await b.page.evaluate(() => document.querySelector('emotion-curve').journey.title),
      'Een huis kopen (A)',
    );
    assert.equal(await b.page.locator('[data-conflict]').isHidden(), true);
    await edit(b.page, ['goal', 'Doel van B']);
    await waitFor(b.page, () => state(b.page), /^Saved at /);
    journey = await stored();
    assert.equal(journey.title, 'Een huis kopen (A)');
    assert.equal(journey.goal, 'Doel van B');

    // "Keep mine" saves over theirs, knowingly: A (now behind B) keeps its own goal.
    await edit(a.page, ['start', 'Start van A']);
    await waitFor(a.page, () => state(a.page), /^Not saved: someone else saved/);
    await a.page.click('[data-keep-mine]');
    await waitFor(a.page, () => state(a.page), /^Saved at /);
    journey = await stored();
    assert.equal(journey.start, 'Start van A');

    assert.deepEqual(a.problems, []);
    assert.deepEqual(b.problems, []);
    await a.page.close();
    await b.page.close();
  });

  it("hands their journey to the element's own conflict flow (offerTheirs) when it has one", async () => {
    const behind = await openEditPage();
    const ahead = await openEditPage();
    await edit(ahead.page, ['title', 'Titel van de ander']);
    await waitFor(ahead.page, () => state(ahead.page), /^Saved at /);

    // The element's flow, as a stand-in: records what it was offered and answers "theirs".
    await behind.page.evaluate(() => {
      const curve = document.querySelector('emotion-curve');
      curve.offerTheirs = async (journey, reason) => {
        window.offered = { title: journey.title, reason };
        return 'theirs';
      };
    });
    await edit(behind.page, ['goal', 'Mijn doel']);
    await waitFor(behind.page, () => state(behind.page), /^Loaded their version/);
    assert.deepEqual(await behind.page.evaluate(() => window.offered), {
      title: 'Titel van de ander',
      reason: 'Someone else saved this journey since you loaded it.',
    });
    // The element shows its own notice: the page's stays hidden.
    assert.equal(await behind.page.locator('[data-conflict]').isHidden(), true);
    assert.equal((await stored()).title, 'Titel van de ander');
    assert.deepEqual(behind.problems, []);
    await behind.page.close();
    await ahead.page.close();
  });

  it('reports a save the server refuses (422) and keeps the edit', async () => {
    const { page, problems } = await openEditPage();
    const before = await stored();
    await edit(page, ['title', '']);
    await waitFor(page, () => state(page), /^Not saved: title: /);
    assert.equal((await stored()).title, before.title);
    // Not retried by itself (it would fail again); the next edit tries again, with the ETag the
    // page still holds.
    await edit(page, ['title', 'Weer geldig']);
    await waitFor(page, () => state(page), /^Saved at /);
    assert.equal((await stored()).title, 'Weer geldig');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
