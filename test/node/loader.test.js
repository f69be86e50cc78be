// dist/klantreis.loader.js on real pages (a local copy of dist/, real HTTP): under the strict CSP and
// Trusted Types policy of the README, it draws every element and fetches only the chunks the page
// uses; elements added later and elements in a shadow root after discover() are drawn; a chunk that
// answers 404 leaves a visible error panel naming the file; a Dutch page renders Dutch from its
// first frame (the Dutch catalogue is a chunk of its own, fetched only for Dutch elements).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { elementHtml, pageHtml, startDistSite } from '../../scripts/dist-site.js';
import { ROOT, launch, openPage, waitInPage } from '../support/browser.js';
import { STRICT_CSP } from '../support/site.js';

const it = (name, fn) => test(name, { timeout: 60_000 }, fn);

const TAGS = ['journey-map', 'emotion-curve', 'touchpoint-card', 'nps-overlay'];
const JOURNEY = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/health-claim-en.json'), 'utf8'));
const CARD = { touchpoint: JOURNEY.touchpoints[0].id };
const HARNESS = readFileSync(join(ROOT, 'test/support/csp-harness.js'), 'utf8');
const HEAD = '<script src="/harness.js"></script><script type="module" src="/klantreis.loader.js"></script>';

const markup = (tag, attributes = {}) => elementHtml(tag, JOURNEY, tag === 'touchpoint-card' ? CARD : attributes);

let site;
let browser;

before(async () => {
  if (!existsSync(join(ROOT, 'dist/klantreis.loader.js'))) {
    throw new Error('dist/klantreis.loader.js is missing: run "node scripts/build.js" first');
  }
  site = await startDistSite();
  site.serve('/harness.js', HARNESS);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `html` under `csp` in a new context; returns the page, its problems and the paths it fetched. */
async function open(html, { csp = STRICT_CSP, init } = {}) {
  const session = await openPage(browser);
  const fetched = [];
  session.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  if (init) await session.page.addInitScript(init);
  await session.page.goto(site.page(html, { csp }));
  return { ...session, fetched };
}

/** Whether each tag is defined, has drawn (a journey-load reached the page) and shows content. */
function drawn(page, tags) {
  return waitInPage(
    page,
    (list) =>
      list.every((tag) => {
        const element = document.querySelector(tag) ?? window.__shadowHost?.shadowRoot?.querySelector(tag);
        return (
          customElements.get(tag) !== undefined &&
          element !== null &&
          (element.__events ?? []).some((e) => e.type === 'journey-load') &&
          (element.shadowRoot?.textContent ?? '').trim().length > 0
        );
      }),
    tags,
  );
}

const chunkFiles = (fetched) => fetched.filter((path) => path.startsWith('/klantreis/')).map((p) => p.slice(11));

describe('the loader under the strict CSP and Trusted Types policy', () => {
  it('draws all four elements with no violation and no console error', async () => {
    const { page, problems, context } = await open(pageHtml({ head: HEAD, body: TAGS.map((t) => markup(t)).join('') }));
    assert.equal(await drawn(page, TAGS), true, 'every element drew');
    const harness = await page.evaluate(() => window.__harness);
    assert.deepEqual(harness.violations, []);
    assert.deepEqual([...harness.errors, ...problems], []);
    await context.close();
  });

  it('fetches only the chunks of the elements on the page: one <nps-overlay>', async () => {
    const { page, fetched, context } = await open(pageHtml({ head: HEAD, body: markup('nps-overlay') }));
    assert.equal(await drawn(page, ['nps-overlay']), true);
    await page.waitForLoadState('networkidle');
    const chunks = chunkFiles(fetched);
    assert.ok(chunks.includes('nps-overlay.js'), chunks.join(', '));
    for (const other of ['journey-map.js', 'emotion-curve.js', 'touchpoint-card.js', 'from-mermaid.js']) {
      assert.ok(!chunks.includes(other), `${other} is not fetched: ${chunks.join(', ')}`);
    }
    assert.ok(!chunks.some((c) => c.startsWith('messages.nl')), `no Dutch catalogue on an English page: ${chunks}`);
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    assert.deepEqual(defined, ['nps-overlay']);
    // Its shared chunks are preloaded with it (one round trip, not two): the core among them.
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname),
    );
    assert.ok(
      preloaded.some((path) => /^\/klantreis\/core-[\w-]+\.js$/.test(path)),
      preloaded.join(', '),
    );
    assert.ok(
      preloaded.every((path) => chunks.includes(path.slice(11))),
      'every preloaded chunk is one the page uses',
    );
    await context.close();
  });

  it("a <journey-map>'s chunk brings its nested elements: every element inside it is defined", async () => {
    const { page, fetched, context } = await open(pageHtml({ head: HEAD, body: markup('journey-map') }));
    assert.equal(await drawn(page, ['journey-map']), true);
    await page.waitForLoadState('networkidle');
    const nested = await page.evaluate(() => {
      const tags = new Set();
      const walk = (root) => {
        for (const node of root.querySelectorAll('*')) {
          if (node.localName.includes('-'))
            tags.add(`${node.localName}:${customElements.get(node.localName) ? 'defined' : 'undefined'}`);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(document.querySelector('journey-map').shadowRoot);
      return [...tags].sort();
    });
    assert.ok(nested.length > 0, 'the map nests klantreis elements');
    assert.deepEqual(
      nested.filter((entry) => entry.endsWith(':undefined')),
      [],
      `nested: ${nested.join(', ')}`,
    );
    assert.ok(!chunkFiles(fetched).includes('from-mermaid.js'));
    await context.close();
  });

  it('a page with no klantreis element fetches the loader only', async () => {
    const { page, fetched, context } = await open(pageHtml({ head: HEAD, body: '<p>nothing here</p>' }));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(chunkFiles(fetched), []);
    assert.ok(fetched.includes('/klantreis.loader.js'));
    await context.close();
  });
});

describe('elements the loader finds later', () => {
  it('an element added after load is loaded and drawn', async () => {
    const { page, problems, fetched, context } = await open(pageHtml({ head: HEAD, body: '<main></main>' }));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(chunkFiles(fetched), []);
    await page.evaluate((journey) => {
      const curve = document.createElement('emotion-curve');
      curve.journey = journey;
      const wrapper = document.createElement('section');
      wrapper.append(curve); // nested in an added subtree
      document.querySelector('main').append(wrapper);
    }, JOURNEY);
    assert.equal(await drawn(page, ['emotion-curve']), true);
    assert.ok(chunkFiles(fetched).includes('emotion-curve.js'));
    const harness = await page.evaluate(() => window.__harness);
    assert.deepEqual(harness.violations, []);
    assert.deepEqual([...harness.errors, ...problems], []);
    await context.close();
  });

  it('an element in a shadow root the page owns is loaded after discover(root), not before', async () => {
    // A page's own module (same origin, so script-src 'self' allows it) calls discover().
    site.serve(
      '/app.js',
      `import { discover } from '/klantreis.loader.js';
       const host = document.createElement('div');
       window.__shadowHost = host;
       const root = host.attachShadow({ mode: 'open' });
       document.body.append(host);
       const card = document.createElement('touchpoint-card');
       card.setAttribute('touchpoint', ${JSON.stringify(CARD.touchpoint)});
       card.journey = ${JSON.stringify(JOURNEY)};
       // Journey events from inside a shadow root reach the document retargeted to its host.
       card.addEventListener('journey-load', () => (card.__events = [{ type: 'journey-load' }]));
       root.append(card);
       window.__discover = () => discover(root).then(() => 'done');`,
    );
    const head = `${HEAD}<script type="module" src="/app.js"></script>`;
    const { page, problems, context } = await open(pageHtml({ head, body: '' }));
    await page.waitForFunction(() => typeof window.__discover === 'function');
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => customElements.get('touchpoint-card') === undefined), true);
    assert.equal(await page.evaluate(() => window.__discover()), 'done');
    assert.equal(await drawn(page, ['touchpoint-card']), true);
    // Elements added to that shadow root later are found too.
    await page.evaluate((journey) => {
      const overlay = document.createElement('nps-overlay');
      overlay.addEventListener('journey-load', () => (overlay.__events = [{ type: 'journey-load' }]));
      overlay.journey = journey;
      window.__shadowHost.shadowRoot.append(overlay);
    }, JOURNEY);
    assert.equal(await drawn(page, ['nps-overlay']), true);
    const harness = await page.evaluate(() => window.__harness);
    assert.deepEqual(harness.violations, []);
    assert.deepEqual([...harness.errors, ...problems], []);
    await context.close();
  });
});

describe('a chunk that does not load', () => {
  it('a 404 for an element chunk shows a visible role="alert" panel naming the file, under the strict policy', async () => {
    const local = await startDistSite();
    local.serve('/harness.js', HARNESS);
    local.missing('/klantreis/nps-overlay.js');
    try {
      const session = await openPage(browser);
      const { page, context } = session;
      await page.goto(
        local.page(pageHtml({ head: HEAD, body: markup('nps-overlay') + markup('emotion-curve') }), {
          csp: STRICT_CSP,
        }),
      );
      await page.waitForFunction(() => document.querySelector('nps-overlay [data-klantreis-load-error]'));
      const panel = await page.evaluate(() => {
        const element = document.querySelector('nps-overlay [data-klantreis-load-error]');
        const box = element.getBoundingClientRect();
        return {
          role: element.getAttribute('role'),
          text: element.textContent,
          visible: element.checkVisibility() && box.width > 0 && box.height > 0,
          count: document.querySelectorAll('nps-overlay [data-klantreis-load-error]').length,
        };
      });
      assert.equal(panel.role, 'alert');
      assert.equal(panel.visible, true, 'the panel is visible, not a blank box');
      assert.equal(panel.count, 1);
      assert.match(panel.text, new RegExp(`${local.origin}/klantreis/nps-overlay\\.js`));
      assert.match(panel.text, /^<nps-overlay> could not be shown/);
      // The other element on the page is not affected.
      assert.equal(await drawn(page, ['emotion-curve']), true);
      // Another <nps-overlay> added later shows the panel too, without another attempt.
      await page.evaluate(() => document.body.append(document.createElement('nps-overlay')));
      await page.waitForFunction(
        () => document.querySelectorAll('nps-overlay [data-klantreis-load-error]').length === 2,
      );
      const harness = await page.evaluate(() => window.__harness);
      assert.deepEqual(harness.violations, [], 'the panel needs no inline style or markup sink');
      await context.close();
    } finally {
      await local.close();
    }
  });

  it('a 404 for a shared chunk names that file, not the element chunk that needed it', async () => {
    const core = readdirSync(join(ROOT, 'dist/klantreis')).find((name) => /^core-[\w-]+\.js$/.test(name));
    assert.ok(core, 'the build has a core chunk');
    const local = await startDistSite();
    local.serve('/harness.js', HARNESS);
    local.missing(`/klantreis/${core}`);
    try {
      const { page, context } = await openPage(browser);
      await page.goto(local.page(pageHtml({ head: HEAD, body: markup('nps-overlay') }), { csp: STRICT_CSP }));
      await page.waitForFunction(() => document.querySelector('nps-overlay [data-klantreis-load-error]'));
      const text = await page.evaluate(
        () => document.querySelector('nps-overlay [data-klantreis-load-error]').textContent,
      );
      assert.ok(text.includes(`${local.origin}/klantreis/${core}`), text);
      assert.ok(!text.includes('nps-overlay.js'), text);
      await context.close();
    } finally {
      await local.close();
    }
  });

  it('on a Dutch page the panel is in Dutch', async () => {
    const local = await startDistSite();
    local.serve('/harness.js', HARNESS);
    local.missing('/klantreis/touchpoint-card.js');
    try {
      const { page, context } = await openPage(browser);
      await page.goto(local.page(pageHtml({ head: HEAD, lang: 'nl', body: markup('touchpoint-card') })));
      await page.waitForFunction(() => document.querySelector('touchpoint-card [data-klantreis-load-error]'));
      const panel = await page.evaluate(() => {
        const element = document.querySelector('touchpoint-card [data-klantreis-load-error]');
        return { lang: element.lang, text: element.textContent };
      });
      assert.equal(panel.lang, 'nl');
      assert.match(panel.text, /kon niet worden getoond: het bestand .*\/klantreis\/touchpoint-card\.js/);
      await context.close();
    } finally {
      await local.close();
    }
  });
});

describe('one language at a time', () => {
  /** Records every text and aria-label an element's shadow root ever shows, from its first render. */
  const RECORD = () => {
    window.__seen = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName !== 'nps-overlay') return root;
      const take = () => {
        const texts = [];
        const walk = (node) => {
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) texts.push(child.textContent.trim());
            if (child.nodeType === Node.ELEMENT_NODE) {
              for (const name of ['aria-label', 'title', 'aria-description']) {
                if (child.getAttribute(name)) texts.push(child.getAttribute(name));
              }
              walk(child);
              if (child.shadowRoot) walk(child.shadowRoot);
            }
          }
        };
        walk(root);
        window.__seen.push(texts);
      };
      new MutationObserver(take).observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      return root;
    };
  };

  async function render(lang) {
    // The element's own lang: it wins over the journey's locale (en-GB in this fixture).
    const body = elementHtml('nps-overlay', JOURNEY, { lang });
    const { page, fetched, context } = await open(pageHtml({ head: HEAD, lang, body }), {
      init: RECORD,
    });
    assert.equal(await drawn(page, ['nps-overlay']), true);
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => window.__seen);
    await context.close();
    return { seen, chunks: chunkFiles(fetched) };
  }

  it('a Dutch page fetches the Dutch catalogue and never shows English text first', async () => {
    const english = await render('en');
    const dutch = await render('nl');
    assert.ok(!english.chunks.some((c) => c.startsWith('messages.nl')), english.chunks.join(', '));
    assert.ok(
      dutch.chunks.some((c) => c.startsWith('messages.nl')),
      dutch.chunks.join(', '),
    );
    // Text the English rendering shows and the Dutch one does not: catalogue text. The journey's
    // own text is the same in both and drops out.
    const finalDutch = new Set(dutch.seen.at(-1));
    const englishOnly = [...new Set(english.seen.at(-1))].filter((text) => !finalDutch.has(text));
    assert.ok(englishOnly.length >= 5, `the English rendering has its own text: ${englishOnly.slice(0, 5)}`);
    for (const snapshot of dutch.seen) {
      const leaked = snapshot.filter((text) => englishOnly.includes(text));
      assert.deepEqual(leaked, [], 'no state of the Dutch element showed English catalogue text');
    }
  });
});
