// The PowerPoint deck of src/export/pptx.ts, opened as a zip: slide titles, touchpoint labels,
// one native chart series per persona, and hostile text kept as escaped text. The module is
// bundled with esbuild for Node here (PptxGenJS and JSZip are CommonJS), the way a page's
// bundler would.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import JSZip from 'jszip';

const fixture = (name) => JSON.parse(readFileSync(`test/fixtures/${name}`, 'utf8'));
const WORDS = {
  overview: 'Overview',
  phase: 'Phase',
  lowest: 'Lowest',
  highest: 'Highest',
  momentsOfTruth: 'Moments of truth',
  worstNps: 'Worst NPS',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  openActions: 'Open actions',
  touchpoints: 'Touchpoints',
  emotion: 'Emotion',
  nps: 'NPS',
  norm: 'norm',
  noData: 'no data',
  sources: 'Sources',
  allCustomers: 'All customers',
  beforeAfter: 'Before and after',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  momentKinds: { 'make-or-break': 'make or break', wow: 'wow', critical: 'critical' },
};

let dir;
let buildDeck;
let deckColour;
let parseJourney;
let nl;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klantreis-pptx-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { buildDeck, deckColour } from ${JSON.stringify(`${process.cwd()}/src/export/pptx.ts`)};\n` +
      `export { parseJourney } from ${JSON.stringify(`${process.cwd()}/src/model/index.ts`)};\n` +
      `export { nl } from ${JSON.stringify(`${process.cwd()}/src/shared/i18n/messages.nl.ts`)};\n`,
  );
  const out = join(dir, 'deck.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  ({ buildDeck, deckColour, parseJourney, nl } = await import(pathToFileURL(out).href));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const load = (doc) => {
  const result = parseJourney(doc);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.journey;
};

async function open(blob) {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const names = Object.keys(zip.files);
  const numbered = (prefix) =>
    names
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`).test(n))
      .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
  const read = (n) => zip.file(n).async('string');
  return {
    zip,
    names,
    slides: await Promise.all(numbered('ppt/slides/slide').map(read)),
    charts: await Promise.all(numbered('ppt/charts/chart').map(read)),
  };
}

/** The text runs of a slide as PowerPoint reads them (XML entities decoded). */
const runs = (xml) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('buildDeck', () => {
  test('title, overview and one slide per phase, with the titles and every touchpoint label', async () => {
    const journey = load(fixture('health-claim-en.json'));
    const deck = await open(await buildDeck(journey, { words: WORDS }));
    assert.equal(deck.slides.length, 5); // title + overview + before, during, after
    const title = runs(deck.slides[0]);
    assert.ok(title.includes('Getting a medical bill reimbursed'));
    assert.ok(title.includes('Get treated and not worry about the cost'));
    assert.ok(title.includes('Customer needs care → The bill is settled and the customer knows what they paid'));
    const overview = runs(deck.slides[1]);
    for (const word of ['Overview', 'Before care', 'During care', 'After care'])
      assert.ok(overview.includes(word), word);
    assert.ok(runs(deck.slides[2]).includes('Before care'));
    const all = deck.slides.flatMap(runs).join('\n');
    for (const tp of journey.touchpoints) assert.ok(all.includes(tp.label), tp.label);
    assert.ok(all.includes('Check what is covered — web'));
  });

  test('well-known channels take their names from the words; a prototype key is not a name', async () => {
    const journey = load(fixture('health-claim-en.json'));
    const words = { ...WORDS, channels: { web: 'Website', chatbot: 'Chatbot' } };
    const all = (await open(await buildDeck(journey, { words }))).slides.flatMap(runs).join('\n');
    assert.ok(all.includes('Check what is covered — Website'));
    assert.ok(all.includes('Ask the chatbot — Chatbot'));
    assert.ok(all.includes('Treatment at the clinic — branch'));
  });

  test('one native line chart per phase, one series per persona', async () => {
    const deck = await open(await buildDeck(load(fixture('health-claim-en.json')), { words: WORDS }));
    assert.equal(deck.charts.length, 3);
    for (const chart of deck.charts) {
      assert.ok(chart.includes('<c:lineChart>'));
      assert.equal(chart.match(/<c:ser>/g).length, 2);
      const names = [...chart.matchAll(/<c:tx>.*?<c:v>([^<]*)<\/c:v>.*?<\/c:tx>/gs)].map((m) => m[1]);
      assert.deepEqual(names, ['Young adult', 'Chronic patient']);
    }
    assert.ok(deck.charts[2].includes('Bill arrives by letter'));
  });

  test('NPS with "no data" for a measurement without answers; the mortgage deck has its norms', async () => {
    const deck = await open(await buildDeck(load(fixture('health-claim-en.json')), { words: WORDS }));
    const after = runs(deck.slides[4]);
    // bill: 35 promoters, 150 detractors of 260 answers → −44
    assert.ok(
      after.some((t) => /^Bill arrives by letter: [−-]44$/.test(t)),
      after.join(' | '),
    );
    assert.ok(after.includes('Submit the claim in the app: no data'));
    const periods = await open(await buildDeck(load(fixture('nps-periods.json')), { words: WORDS }));
    assert.ok(periods.slides.flatMap(runs).some((t) => t.startsWith('Advice conversation: 0 (norm +30)')));
  });

  test('in Dutch with the catalogue’s words: the mortgage deck', async () => {
    const words = { ...nl.deck, momentKinds: nl.momentOfTruthKinds, channels: nl.channels };
    const deck = await open(await buildDeck(load(fixture('mortgage-nl.json')), { words }));
    const overview = runs(deck.slides[1]);
    for (const word of ['Overzicht', 'Fase', 'Laagste moment', 'Pijnpunten', 'Open verbeteracties']) {
      assert.ok(overview.includes(word), word);
    }
    assert.ok(
      overview.some((t) => t.includes('(beslissend moment)')),
      overview.join(' | '),
    );
    // well-known channels in Dutch, e.g. "telefoon"
    assert.ok(deck.slides.flatMap(runs).some((t) => t.endsWith(` — ${nl.channels.phone}`)));
  });

  test('a before/after slide when a base journey is given', async () => {
    const health = fixture('health-claim-en.json');
    // The journey before: its first five touchpoints, without the actions that name later ones.
    const base = load({ ...health, touchpoints: health.touchpoints.slice(0, 5), actions: undefined });
    const deck = await open(await buildDeck(load(health), { words: WORDS, base }));
    assert.equal(deck.slides.length, 6);
    const slide = runs(deck.slides[5]);
    assert.ok(slide.includes('Before and after'));
    assert.ok(slide.includes('Reimbursement received'));
    assert.ok(slide.includes('added'));
  });

  test('hostile text stays literal text: no markup, no formula, no hyperlink', async () => {
    const health = fixture('health-claim-en.json');
    const hostile = load({
      ...health,
      title: '=HYPERLINK("http://x","click")',
      goal: '<b>bold</b> & <script>alert(1)</script>',
      personas: [
        { id: 'young', name: '=1+2' },
        { id: 'chronic', name: '<i>Chronic</i>' },
      ],
      touchpoints: health.touchpoints.map((tp, i) =>
        i === 0 ? { ...tp, label: '=HYPERLINK("http://x")', painPoints: ['"quoted" </a:t><a:t>injected'] } : tp,
      ),
    });
    const deck = await open(await buildDeck(hostile, { words: WORDS }));
    const texts = deck.slides.flatMap(runs);
    assert.ok(texts.includes('=HYPERLINK("http://x","click")'));
    assert.ok(texts.includes('<b>bold</b> & <script>alert(1)</script>'));
    assert.ok(texts.includes('"quoted" </a:t><a:t>injected'));
    assert.ok(texts.join('\n').includes('=HYPERLINK("http://x") — web'));
    const xml = [...deck.slides, ...deck.charts].join('\n');
    assert.ok(xml.includes('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;'));
    assert.ok(!xml.includes('<b>'));
    assert.ok(!xml.includes('<script>'));
    assert.ok(!/<a:hlinkClick/.test(xml));
    assert.ok(deck.charts[0].includes('&lt;i&gt;Chronic&lt;/i&gt;'));
    // the charts' embedded workbooks hold the labels as strings, never as formulas
    const books = deck.names.filter((n) => n.endsWith('.xlsx'));
    assert.ok(books.length >= 1);
    for (const name of books) {
      const book = await JSZip.loadAsync(await deck.zip.file(name).async('arraybuffer'));
      for (const part of Object.keys(book.files).filter((n) => n.endsWith('.xml'))) {
        const text = await book.file(part).async('string');
        assert.ok(!/<f>|<f /.test(text), `${name}/${part} has a formula`);
      }
    }
  });

  test('colours: plain hex only; anything else falls back', () => {
    assert.equal(deckColour('#1a7f37', '000000'), '1A7F37');
    assert.equal(deckColour('1a7f37', '000000'), '1A7F37');
    assert.equal(deckColour('red', '000000'), '000000');
    assert.equal(deckColour('#fff"/><x', '000000'), '000000');
    assert.equal(deckColour(undefined, 'abcdef'), 'ABCDEF');
  });
});
