// QUALITY.md 12 against a real server: every element's `src` fetch meets 401, 404, 500, an intranet
// login page, a wrong content type, a JSON-hijacking prefix, redirects (same origin, another origin
// with and without CORS, blocked by CSP), a body that never ends (the timeout), an endless body
// without Content-Length (the byte cap while streaming), a race (slow A then fast B: B wins) and
// removal mid-fetch (nothing happens after removal, and the server sees the connection close).
// The page runs under the strict policy of QUALITY.md 14 unless a case says otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, launch, openPage, waitInPage } from '../support/browser.js';
import { TAGS, requiredAttributes } from '../support/elements.js';
import { send, sleep, startServer } from '../support/server.js';
import { startSite } from '../support/site.js';

/** A test that fails instead of hanging when something never settles. */
const it = (name, fn) => test(name, { timeout: 30_000 }, fn);

const BASE = JSON.parse(readFileSync(join(ROOT, 'test/hostile/base.json'), 'utf8'));
const journeyText = (title) => JSON.stringify({ ...BASE, title });
const CARD = BASE.touchpoints[0].id;
const MAX_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

let site;
let other;
let browser;
let session;
let caseCount = 0;

before(async () => {
  site = await startSite();
  // A second server: another port is another origin.
  other = await startServer((req, res, log) => {
    const cors = log.url.searchParams.get('cors') === '1' ? { 'Access-Control-Allow-Origin': '*' } : {};
    send(res, 200, { 'Content-Type': 'application/json', ...cors }, journeyText('From the other origin'));
  });
  browser = await launch();
  session = await openPage(browser);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await other?.close();
});

/** A fresh route for one case, so request logs never mix. */
function route(handler) {
  caseCount += 1;
  const path = `/case-${caseCount}.json`;
  return { path, url: site.route(path, handler) };
}

/**
 * Opens a page (strict CSP unless `csp` says otherwise). With `clock`, in a context of its own with
 * Playwright's fake clock installed (it stays for the context's life): close it when done.
 */
async function openCase({ csp, clock = false } = {}) {
  const url = site.page(csp === undefined ? {} : { csp });
  if (clock) {
    const own = await openPage(browser);
    await own.page.clock.install();
    await own.page.goto(url);
    return own.page;
  }
  session.problems.length = 0;
  await session.page.goto(url);
  return session.page;
}

/**
 * The address each element fetches: this site's addresses get `?el=<tag>`, so the four requests are
 * distinct (the HTTP cache would otherwise hold identical GETs back behind the first one).
 */
function srcFor(src, tag) {
  return src.startsWith(site.origin) ? `${src}${src.includes('?') ? '&' : '?'}el=${tag}` : src;
}

/** Adds one of each element with `src`. */
async function mount(page, src) {
  await page.evaluate(
    ({ tags, sources, attributes }) => {
      for (const tag of tags) {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes[tag])) element.setAttribute(name, value);
        element.setAttribute('src', sources[tag]);
        document.body.append(element);
      }
    },
    {
      tags: TAGS,
      sources: Object.fromEntries(TAGS.map((tag) => [tag, srcFor(src, tag)])),
      attributes: Object.fromEntries(TAGS.map((tag) => [tag, requiredAttributes(tag, { card: CARD })])),
    },
  );
}

/** What each element shows and has fired. */
function state(page) {
  return page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => {
          const element = document.querySelector(tag);
          const root = element?.shadowRoot;
          const panel = root?.querySelector('[part="error"][role="alert"]');
          return [
            tag,
            {
              connected: element?.isConnected ?? false,
              events: (element?.__events ?? []).map((e) => ({
                type: e.type,
                code: e.code,
                message: e.message,
                title: e.title,
              })),
              panel: panel ? panel.textContent.replace(/\s+/g, ' ').trim() : null,
              loading: Boolean(root?.querySelector('[part="status"]')),
              text: (root?.textContent ?? '').replace(/\s+/g, ' '),
            },
          ];
        }),
      ),
    TAGS,
  );
}

/** Waits until every element fired at least `count` journey events. */
function settled(page, count = 1) {
  return waitInPage(
    page,
    ({ tags, count }) => tags.every((tag) => (document.querySelector(tag)?.__events?.length ?? 0) >= count),
    { tags: TAGS, count },
  );
}

async function harness(page) {
  return page.evaluate(() => ({ violations: window.__harness.violations, errors: window.__harness.errors }));
}

/** Asserts every element fired exactly one journey-error with `code`, whose message matches `pattern`, and shows the panel. */
function assertFailed(shown, code, pattern) {
  for (const tag of TAGS) {
    const { events, panel } = shown[tag];
    assert.deepEqual(
      events.map((e) => [e.type, e.code]),
      [['journey-error', code]],
      `<${tag}> fires one ${code}`,
    );
    assert.match(events[0].message, pattern, `<${tag}>'s message`);
    assert.ok(panel, `<${tag}> shows the error panel`);
  }
}

/** Asserts every element loaded the journey titled `title`, once, and shows no error. */
function assertLoaded(shown, title) {
  for (const tag of TAGS) {
    const { events, panel } = shown[tag];
    assert.deepEqual(
      events.map((e) => [e.type, e.title]),
      [['journey-load', title]],
      `<${tag}> loads "${title}" once`,
    );
    assert.equal(panel, null, `<${tag}> shows no error panel`);
  }
}

describe('src faults against a real server, in every element', () => {
  const statusCases = [
    [401, 'Unauthorized'],
    [404, 'Not Found'],
    [500, 'Internal Server Error'],
  ];
  for (const [status, text] of statusCases) {
    it(`${status} is FETCH, naming the status`, async () => {
      const { path, url } = route((req, res) =>
        send(res, status, { 'Content-Type': 'application/json' }, '{"error":"no"}'),
      );
      const page = await openCase();
      await mount(page, url);
      assert.ok(await settled(page));
      assertFailed(await state(page), 'FETCH', new RegExp(`server answered ${status} ${text}`));
      assert.equal(site.requestsTo(path).length, TAGS.length);
      assert.deepEqual((await harness(page)).violations, []);
    });
  }

  it('an HTML login page with status 200 is FETCH that says so, not a parse crash', async () => {
    const { url } = route((req, res) =>
      send(
        res,
        200,
        { 'Content-Type': 'text/html; charset=utf-8' },
        '<!doctype html><title>Sign in</title><form><input name="user"></form>',
      ),
    );
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /sent an HTML page instead of JSON/);
  });

  it('valid JSON served as text/plain is FETCH (JSON content type required)', async () => {
    const { url } = route((req, res) => send(res, 200, { 'Content-Type': 'text/plain' }, journeyText('Plain')));
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /sent text\/plain instead of JSON/);
  });

  it('204 without a body or content type is FETCH', async () => {
    const { url } = route((req, res) => send(res, 204, {}));
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /no Content-Type/);
  });

  it('a JSON-hijacking prefix ")]}\',\\n" is PARSE', async () => {
    const { url } = route((req, res) =>
      send(res, 200, { 'Content-Type': 'application/json' }, `)]}',\n${journeyText('Prefixed')}`),
    );
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'PARSE', /not valid/);
  });

  it('an empty 200 JSON body is PARSE', async () => {
    const { url } = route((req, res) => send(res, 200, { 'Content-Type': 'application/json' }, ''));
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'PARSE', /not valid/);
  });

  it('a +json type, a charset and a UTF-8 byte order mark load the journey', async () => {
    const { url } = route((req, res) =>
      send(
        res,
        200,
        { 'Content-Type': 'application/vnd.klantreis+json; charset=utf-8' },
        `\ufeff${journeyText('With a BOM')}`,
      ),
    );
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertLoaded(await state(page), 'With a BOM');
  });

  it('same-origin: Accept JSON, cookies sent (credentials same-origin), redirect followed', async () => {
    const target = route((req, res) =>
      send(res, 200, { 'Content-Type': 'application/json' }, journeyText('After a redirect')),
    );
    const { path, url } = route((req, res) => send(res, 302, { Location: target.path }));
    const page = await openCase();
    await page.context().addCookies([{ name: 'session', value: 'abc', url: site.origin }]);
    await mount(page, url);
    assert.ok(await settled(page));
    assertLoaded(await state(page), 'After a redirect');
    for (const request of [...site.requestsTo(path), ...site.requestsTo(target.path)]) {
      assert.match(String(request.headers.accept), /application\/json/);
      assert.equal(request.headers.cookie, 'session=abc');
    }
    await page.context().clearCookies();
  });

  it("a redirect to another origin under connect-src 'self' is blocked by the page's CSP: FETCH", async () => {
    const { url } = route((req, res) => send(res, 302, { Location: `${other.origin}/journey.json?cors=1` }));
    const page = await openCase();
    const before = other.requests.length;
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /Content-Security-Policy \(connect-src\) or the server's CORS/);
    assert.equal(other.requests.length, before, 'the other origin was never asked');
    const { violations } = await harness(page);
    assert.equal(violations.length, TAGS.length);
    // The report names the address before the redirect (the spec hides where a redirect went).
    for (const violation of violations)
      assert.match(violation, new RegExp(`^connect-src blocked ${site.origin}/case-`));
  });

  it('a redirect to another origin without CORS (no CSP): FETCH, and no cookie crossed', async () => {
    const { url } = route((req, res) => send(res, 302, { Location: `${other.origin}/journey.json` }));
    const page = await openCase({ csp: null });
    await page.context().addCookies([{ name: 'session', value: 'abc', url: site.origin }]);
    const before = other.requests.length;
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /CORS/);
    for (const request of other.requests.slice(before)) assert.equal(request.headers.cookie, undefined);
    await page.context().clearCookies();
  });

  it("a redirect to another origin that allows CORS (no CSP): the other origin's journey loads, without cookies", async () => {
    const { url } = route((req, res) => send(res, 302, { Location: `${other.origin}/journey.json?cors=1` }));
    const page = await openCase({ csp: null });
    await page.context().addCookies([{ name: 'session', value: 'abc', url: site.origin }]);
    const before = other.requests.length;
    await mount(page, url);
    assert.ok(await settled(page));
    assertLoaded(await state(page), 'From the other origin');
    const requests = other.requests.slice(before);
    assert.equal(requests.length, TAGS.length);
    for (const request of requests) assert.equal(request.headers.cookie, undefined);
    await page.context().clearCookies();
  });

  it('a redirect to a data: address is FETCH', async () => {
    const { url } = route((req, res) => send(res, 302, { Location: 'data:application/json,{}' }));
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /request failed/);
  });

  it('a redirect loop is FETCH', async () => {
    const loop = route((req, res) => send(res, 302, { Location: loop.path }));
    const page = await openCase();
    await mount(page, loop.url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'FETCH', /request failed/);
  });

  for (const src of [
    'javascript:window.__pwned=true',
    'data:application/json,{}',
    'ftp://127.0.0.1/x.json',
    'http://user:secret@127.0.0.1/x.json',
  ]) {
    it(`src ${JSON.stringify(src)} is SRC_REJECTED without a request`, async () => {
      const page = await openCase();
      const before = site.requests.length;
      await mount(page, src);
      assert.ok(await settled(page));
      assertFailed(await state(page), 'SRC_REJECTED', /was not loaded/);
      assert.equal(site.requests.length, before);
      assert.equal(await page.evaluate(() => window.__pwned), false);
    });
  }

  it(`a body that never ends: FETCH after the ${TIMEOUT_MS / 1000} s timeout, and the connection is closed`, async () => {
    const { path, url } = route((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"version": 1, "title": "never ends"');
    });
    const page = await openCase({ clock: true });
    try {
      await mount(page, url);
      while (site.requestsTo(path).length < TAGS.length) await sleep(10);
      let shown = await state(page);
      for (const tag of TAGS)
        assert.deepEqual([shown[tag].events, shown[tag].loading], [[], true], `<${tag}> is still loading`);
      await page.clock.runFor(TIMEOUT_MS - 1_000);
      shown = await state(page);
      for (const tag of TAGS) assert.deepEqual(shown[tag].events, [], `<${tag}> still waits before the timeout`);
      await page.clock.runFor(1_500);
      assert.ok(await settled(page));
      assertFailed(await state(page), 'FETCH', /no complete answer within 15 seconds/);
      await Promise.all(site.requestsTo(path).map((request) => request.closed));
      for (const request of site.requestsTo(path)) assert.equal(request.aborted, true);
    } finally {
      await page.context().close();
    }
  });

  it('an endless body without Content-Length: LIMIT at the byte cap, and the stream is cancelled', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const { path, url } = route((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"version": 1, "title": "');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const page = await openCase();
    await mount(page, url);
    assert.ok(await settled(page));
    assertFailed(await state(page), 'LIMIT', /larger than 16,777,216 bytes/);
    const requests = site.requestsTo(path);
    assert.deepEqual(requests.map((request) => request.url.searchParams.get('el')).sort(), [...TAGS].sort());
    await Promise.all(requests.map((request) => request.closed));
    for (const request of requests) {
      assert.equal(request.aborted, true, 'the client closed the connection');
      // Sent before the close: the cap plus what sat in socket buffers, far from endless.
      assert.ok(
        request.bytes > MAX_BYTES && request.bytes < MAX_BYTES + 32 * 1024 * 1024,
        `${request.bytes} bytes sent`,
      );
    }
  });

  it('a race: src A (slow) then src B (fast): B wins, A is aborted, nothing arrives from A later', async () => {
    const slow = route(async (req, res) => {
      await sleep(1_500);
      if (!res.destroyed) send(res, 200, { 'Content-Type': 'application/json' }, journeyText('Journey A'));
    });
    const fast = route((req, res) => send(res, 200, { 'Content-Type': 'application/json' }, journeyText('Journey B')));
    const page = await openCase();
    await mount(page, slow.url);
    while (site.requestsTo(slow.path).length < TAGS.length) await sleep(10);
    await page.evaluate(
      (sources) => {
        for (const [tag, src] of Object.entries(sources)) document.querySelector(tag).setAttribute('src', src);
      },
      Object.fromEntries(TAGS.map((tag) => [tag, srcFor(fast.url, tag)])),
    );
    assert.ok(await settled(page));
    await Promise.all(site.requestsTo(slow.path).map((request) => request.closed));
    for (const request of site.requestsTo(slow.path)) assert.equal(request.aborted, true, 'A was aborted');
    await sleep(1_700);
    const shown = await state(page);
    assertLoaded(shown, 'Journey B');
    for (const tag of TAGS) assert.doesNotMatch(shown[tag].text, /Journey A/);
  });

  it('removed mid-fetch: the request is aborted, and no event and no render follow', async () => {
    let release = () => undefined;
    const released = new Promise((resolve) => (release = resolve));
    const held = route(async (req, res) => {
      await released;
      if (!res.destroyed) send(res, 200, { 'Content-Type': 'application/json' }, journeyText('Too late'));
    });
    const page = await openCase();
    await mount(page, held.url);
    while (site.requestsTo(held.path).length < TAGS.length) await sleep(10);
    await page.evaluate((tags) => {
      window.__mutations = 0;
      for (const tag of tags) {
        const element = document.querySelector(tag);
        // Once removed, its events no longer reach document: listen on the element itself.
        element.__late = 0;
        for (const type of ['journey-load', 'journey-error'])
          element.addEventListener(type, () => (element.__late += 1));
        new MutationObserver((records) => (window.__mutations += records.length)).observe(element.shadowRoot, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        element.remove();
        window[`__removed_${tag}`] = element;
      }
    }, TAGS);
    await Promise.all(site.requestsTo(held.path).map((request) => request.closed));
    for (const request of site.requestsTo(held.path))
      assert.equal(request.aborted, true, 'the server saw the connection close');
    release();
    await sleep(300);
    const after = await page.evaluate(
      (tags) => ({
        mutations: window.__mutations,
        events: tags.map((tag) => window[`__removed_${tag}`].__late),
      }),
      TAGS,
    );
    assert.deepEqual(after, { mutations: 0, events: TAGS.map(() => 0) });
    const { violations, errors } = await harness(page);
    assert.deepEqual([...violations, ...errors], []);
  });
});
