// exportPptx() of <journey-map> on real pages (a local copy of dist/, real HTTP, the strict CSP):
// the deck is a file of its own in every build that a page fetches only when it exports; the
// .pptx opened as a zip has the title, the touchpoint labels and one chart series per persona;
// a hostile journey (markup, a formula) stays plain text. Needs `node scripts/build.js` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { elementHtml, pageHtml, startDistSite } from '../../scripts/dist-site.js';
import { ROOT, launch, openPage, waitInPage } from '../support/browser.js';
import { STRICT_CSP } from '../support/site.js';

const it = (name, fn) => test(name, { timeout: 90_000 }, fn);
const JOURNEY = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/health-claim-en.json'), 'utf8'));
const SINGLE = '<script src="/klantreis.min.js" defer></script>';
const LOADER = '<script type="module" src="/klantreis.loader.js"></script>';

let site;
let browser;

before(async () => {
  for (const file of ['dist/klantreis.min.js', 'dist/klantreis.pptx.js', 'dist/klantreis.loader.js']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run "node scripts/build.js" first`);
  }
  site = await startDistSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(head, journey = JOURNEY, attributes = {}) {
  const session = await openPage(browser);
  const fetched = [];
  session.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await session.page.goto(
    site.page(pageHtml({ head, body: elementHtml('journey-map', journey, attributes) }), { csp: STRICT_CSP }),
  );
  await waitInPage(
    session.page,
    () => (document.querySelector('journey-map')?.shadowRoot?.querySelector('figure') ?? null) !== null,
  );
  return { ...session, fetched };
}

/** Calls exportPptx() in the page and opens the deck as a zip. */
async function exportDeck(page) {
  const bytes = await page.evaluate(async () => {
    const blob = await document.querySelector('journey-map').exportPptx();
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  const zip = await JSZip.loadAsync(Buffer.from(bytes));
  const numbered = (prefix) =>
    Object.keys(zip.files)
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n))
      .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
  const read = (n) => zip.file(n).async('string');
  return {
    slides: await Promise.all(numbered('ppt/slides/slide').map(read)),
    charts: await Promise.all(numbered('ppt/charts/chart').map(read)),
  };
}

const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
/** The text runs of a slide, XML entities decoded: what PowerPoint shows. */
const runs = (xml) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ENTITIES[e]));
const deckFetches = (fetched) => fetched.filter((p) => /pptx/.test(p));

for (const [build, head, deckFile] of [
  ['the single file', SINGLE, /^\/klantreis\.pptx\.js$/],
  ['the loader', LOADER, /^\/klantreis\/pptx(gen\.es)?-[\w-]+\.js$/],
]) {
  describe(`exportPptx() with ${build}`, () => {
    it('a page that does not export never fetches the deck', async () => {
      const { page, fetched, context } = await open(head, JOURNEY, { view: 'wheel' });
      await page.waitForLoadState('networkidle');
      assert.deepEqual(deckFetches(fetched), []);
      await context.close();
    });

    it('exporting fetches it, and the deck has the title, every touchpoint and one chart series per persona', async () => {
      const { page, fetched, problems, context } = await open(head);
      const deck = await exportDeck(page);
      assert.ok(
        deckFetches(fetched).some((p) => deckFile.test(p)),
        deckFetches(fetched).join(', '),
      );
      // title, overview, one slide per phase (3)
      assert.equal(deck.slides.length, 5);
      assert.ok(runs(deck.slides[0]).includes(JOURNEY.title));
      const text = deck.slides.flatMap(runs).join('\n');
      for (const tp of JOURNEY.touchpoints) assert.ok(text.includes(tp.label), tp.label);
      assert.equal(deck.charts.length, 3);
      for (const chart of deck.charts) {
        assert.equal((chart.match(/<c:ser>/g) ?? []).length, JOURNEY.personas.length);
        for (const persona of JOURNEY.personas) assert.ok(chart.includes(persona.name), persona.name);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

describe('exportPptx(): hostile text', () => {
  it('markup and formulas in labels stay literal text in the deck', async () => {
    const hostile = {
      ...JOURNEY,
      title: '=HYPERLINK("http://x","click")',
      touchpoints: JOURNEY.touchpoints.map((tp, i) =>
        i === 0 ? { ...tp, label: '<b>bold</b> & <script>alert(1)</script>' } : tp,
      ),
    };
    const { page, context } = await open(SINGLE, hostile);
    const deck = await exportDeck(page);
    const all = deck.slides.join('\n');
    // shown as typed, a text run and never a field or a link
    assert.ok(runs(deck.slides[0]).includes('=HYPERLINK("http://x","click")'), runs(deck.slides[0]).join(' | '));
    assert.ok(deck.slides.flatMap(runs).some((t) => t.includes('<b>bold</b> & <script>alert(1)</script>')));
    assert.ok(!all.includes('<script'));
    assert.ok(!all.includes('hlinkClick'));
    await context.close();
  });
});
