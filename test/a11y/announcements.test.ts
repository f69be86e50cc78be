/**
 * What a screen reader hears while a journey loads, updates or fails (src/shared/announcer.ts),
 * for each of the four elements, in English and Dutch, against the real test server
 * (`/__test__/nps-live.json` of web-test-runner.config.js).
 *
 * Checked: each element has one persistent polite live region from its first render (a region
 * inserted together with its text is announced unreliably); "Loading…" only when loading lasts
 * (a fast load says just "loaded"); "loaded" with the title and counts; a live refresh that changed
 * the data says "updated at", a 304 says nothing; a failed refresh says "could not refresh" once; a
 * failure is spoken by the role="alert" panel only, never a second time by the polite region;
 * the elements a map embeds stay silent (their host speaks for the journey).
 * Every write to the region is recorded (a MutationObserver), so a message that came and went
 * still counts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import mortgage from '../fixtures/mortgage-nl.json';
import { TAGS, type Tag, deepElements, isVisible, settle } from './helpers.js';

type Lang = 'en' | 'nl';
type El = HTMLElement & { src?: string | null; refresh?: number | null; updateComplete: Promise<unknown> };

const WORDS = {
  en: {
    loading: 'Loading the journey…',
    live: 'Journey “Live NPS” loaded: 3 touchpoints in 2 phases',
    mortgage: `Journey “${mortgage.title}” loaded: 12 touchpoints in 4 phases`,
    second: 'Journey “Second journey” loaded: 12 touchpoints in 4 phases',
    updated: (time: string) => `Journey “Live NPS” updated at ${time}`,
    stale: (time: string) => `Could not refresh; showing data from ${time}`,
    alert: 'This journey cannot be shown',
  },
  nl: {
    loading: 'Klantreis laden…',
    live: 'Klantreis ‘Live NPS’ geladen: 3 contactmomenten in 2 fasen',
    mortgage: `Klantreis ‘${mortgage.title}’ geladen: 12 contactmomenten in 4 fasen`,
    second: 'Klantreis ‘Second journey’ geladen: 12 contactmomenten in 4 fasen',
    updated: (time: string) => `Klantreis ‘Live NPS’ bijgewerkt om ${time}`,
    stale: (time: string) => `Vernieuwen mislukt; gegevens van ${time} worden getoond`,
    alert: 'Deze klantreis kan niet worden getoond',
  },
} as const;

/** 60 touchpoints in 3 phases: more than a 1200 px map draws at once, so its lanes get slices. */
const LONG = {
  version: 1,
  id: 'long',
  title: 'Long journey',
  personas: [{ id: 'p', name: 'P' }],
  phases: [0, 1, 2].map((i) => ({ id: `ph${i}`, label: `Phase ${i}` })),
  touchpoints: Array.from({ length: 60 }, (_, i) => ({
    id: `t${i}`,
    phase: `ph${Math.floor(i / 20)}`,
    label: `Step ${i}`,
    channel: 'web',
    emotions: [{ persona: 'p', score: (i % 9) - 4 }],
    nps: { promoters: 50, passives: 30, detractors: 20 },
  })),
};

/**
 * The README's promise, as a literal (not the source's constant, so changing the constant fails a
 * test): "Loading…" only when loading takes over a second.
 */
const README_LOADING_AFTER_MS = 1000;
/** A slow source answers after 1.8 s: well past the second, so "Loading…" must come, once. */
const SLOW_SOURCE_MS = 1800;
/** A fast source answers after 0.6 s: "Loading…" must never come (a delay of 300 ms says it at 0.3 s). */
const FAST_SOURCE_MS = 600;

const newKey = () => `a${Math.random().toString(36).slice(2)}`;
const post = (what: 'advance' | 'mode', key: string, query = '') =>
  fetch(`/__test__/nps-live/${what}?key=${key}${query}`, { method: 'POST' }).then((r) => r.json());
const stats = (key: string): Promise<{ requests: number; notModified: number }> =>
  fetch(`/__test__/nps-live/stats?key=${key}`).then((r) => r.json());
const liveSrc = (key: string) => `/__test__/nps-live.json?key=${key}`;

/** Every short time ("10:15", "10:15 AM") from `from` to `to`, minute by minute, in `lang`. */
function timesBetween(lang: Lang, from: Date, to: Date): string[] {
  const format = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
  const out = new Set<string>();
  for (let t = from.getTime() - 60_000; t <= to.getTime() + 60_000; t += 30_000) out.add(format.format(new Date(t)));
  return [...out];
}

/** The element's own live region: a direct child of its shadow root. */
function regionOf(el: Element): HTMLElement {
  const region = [...el.shadowRoot!.children].find((child): child is HTMLElement =>
    child.classList.contains('journey-announcer'),
  );
  expect(region, `${el.localName}: live region`).to.exist;
  return region!;
}

/**
 * Records every text written into the region (an empty write as ''), and in `at` when each was
 * written (ms of performance.now()).
 */
function record(region: HTMLElement, at: number[] = []): string[] {
  const texts: string[] = [];
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type !== 'childList') continue;
      const added = [...r.addedNodes].map((n) => n.textContent ?? '').join('');
      if (added !== '' || r.removedNodes.length > 0) {
        texts.push(added);
        at.push(performance.now());
      }
    }
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return texts;
}

/** Creates `tag` in a 1200 px wrapper, `setup` before connecting; starts recording its region at once. */
async function create(tag: Tag, lang: Lang, setup: (el: El) => void) {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="wrap"></div>`);
  wrapper.style.width = '1200px';
  const el = document.createElement(tag) as El;
  el.setAttribute('lang', lang);
  if (tag === 'touchpoint-card') el.setAttribute('touchpoint', 'advice');
  setup(el);
  wrapper.append(el);
  // There on connect, before the first render: never inserted together with a message.
  const region = regionOf(el);
  expect(region.textContent, 'empty at first').to.equal('');
  const at: number[] = [];
  return { el, region, texts: record(region, at), at };
}

function expectPoliteHiddenRegion(el: Element, region: HTMLElement): void {
  expect(region.getAttribute('role')).to.equal('status');
  expect(region.getAttribute('aria-live')).to.equal('polite');
  expect(region.getAttribute('aria-atomic')).to.equal('true');
  expect(region.classList.contains('journey-visually-hidden')).to.equal(true);
  expect(isVisible(region), 'visually hidden').to.equal(false);
  // The only live region of the element's own shadow root: the loading text is no second one.
  expect(
    el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]'),
    `${el.localName}: live regions`,
  ).to.have.length(1);
}

const errorPanel = (el: Element) => el.shadowRoot!.querySelector('[role="alert"][part="error"]');

describe('status announcements', function () {
  this.timeout(20_000);

  for (const lang of ['en', 'nl'] as const) {
    const w = WORDS[lang];
    for (const tag of TAGS) {
      describe(`<${tag}> in ${lang}`, () => {
        it('says "Loading…" once when loading takes over a second, then "loaded" with title and counts, in one persistent region', async () => {
          const key = newKey();
          await post('mode', key, `&mode=slow&delay=${SLOW_SOURCE_MS}`);
          const started = performance.now();
          const { el, region, texts, at } = await create(tag, lang, (e) => (e.src = liveSrc(key)));
          await waitUntil(() => region.textContent === w.loading, 'no loading announcement', { timeout: 5000 });
          expectPoliteHiddenRegion(el, region);
          await waitUntil(() => region.textContent === w.live, 'no loaded announcement', { timeout: 8000 });
          await settle(el);
          expect(texts).to.deep.equal([w.loading, w.live]);
          // Timers never fire early: "Loading…" written before one second means a shorter delay.
          const loadingAfter = at[0]! - started;
          expect(loadingAfter, `"Loading…" after ${Math.round(loadingAfter)} ms`).to.be.at.least(
            README_LOADING_AFTER_MS,
          );
          expect(regionOf(el), 'the same node').to.equal(region);
          // Embedded elements (the map's lanes, the card in its dialog) leave it to their host.
          const nested = deepElements(el).filter((e) => e.classList.contains('journey-announcer') && e !== region);
          for (const other of nested) expect(other.textContent, 'an embedded region').to.equal('');
        });

        it('says only "loaded" when loading is quick, and nothing more on re-renders', async () => {
          const key = newKey();
          await post('mode', key, `&mode=slow&delay=${FAST_SOURCE_MS}`);
          const started = performance.now();
          const { el, region, texts, at } = await create(tag, lang, (e) => (e.src = liveSrc(key)));
          await oneEvent(el, 'journey-load');
          const took = performance.now() - started;
          await settle(el);
          expect(region.textContent).to.equal(w.live);
          // No write before the README's second can be "Loading…"; a load within it has none at all.
          const early = texts.filter((t, i) => t === w.loading && at[i]! - started < README_LOADING_AFTER_MS);
          expect(early, '"Loading…" before one second').to.deep.equal([]);
          expect(took, 'the fast source answered after its delay').to.be.at.least(FAST_SOURCE_MS);
          if (took < README_LOADING_AFTER_MS) expect(texts).to.deep.equal([w.live]);
          const before = texts.length;
          el.style.width = '900px';
          (el as unknown as { requestUpdate(): void }).requestUpdate();
          await settle(el);
          expect(texts, 'written again on a re-render').to.have.length(before);
        });

        it('says nothing for a journey that is there at the first render, "loaded" for one that replaces it', async () => {
          const { el, region, texts } = await create(
            tag,
            lang,
            (e) => ((e as { journey?: unknown }).journey = mortgage),
          );
          await settle(el);
          expect(texts, 'a journey the page arrives with').to.deep.equal([]);
          const loaded = oneEvent(el, 'journey-load');
          (el as { journey?: unknown }).journey = { ...mortgage, title: 'Second journey' };
          await loaded;
          await settle(el);
          expect(region.textContent).to.equal(w.second);
          expect(texts).to.deep.equal([w.second]);
        });

        it('leaves a failing src to the alert panel: the polite region says nothing', async () => {
          const key = newKey();
          await post('mode', key, '&mode=error');
          const { el, region, texts } = await create(tag, lang, (e) => (e.src = liveSrc(key)));
          await oneEvent(el, 'journey-error');
          await settle(el);
          expect(errorPanel(el), 'the alert panel').to.exist;
          expect(errorPanel(el)!.textContent).to.contain(w.alert);
          expect(
            texts.filter((t) => t !== ''),
            'a second announcement of the error',
          ).to.deep.equal([]);
          expect(region.textContent).to.equal('');
        });

        it('leaves invalid inline JSON to the alert panel, and says "loaded" once it is fixed', async () => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = '{ "version": 1, "title": ';
          const { el, region, texts } = await create(tag, lang, (e) => e.append(script));
          await settle(el);
          expect(errorPanel(el)!.textContent).to.contain(w.alert);
          expect(texts).to.deep.equal([]);
          const loaded = oneEvent(el, 'journey-load');
          script.textContent = JSON.stringify(mortgage);
          await loaded;
          await settle(el);
          expect(errorPanel(el)).to.equal(null);
          expect(region.textContent).to.equal(w.mortgage);
          expect(texts).to.deep.equal([w.mortgage]);
        });
      });
    }

    it(`<journey-map> in ${lang}: its embedded lanes stay silent when scrolling hands them new slices`, async () => {
      const { el, region, texts } = await create(
        'journey-map',
        lang,
        (e) => ((e as { journey?: unknown }).journey = LONG),
      );
      await settle(el);
      const embedded = el.shadowRoot!.querySelector<El & { journey?: unknown }>('emotion-curve')!;
      const slice = embedded.journey;
      const nested = deepElements(el).filter((e) => e.classList.contains('journey-announcer') && e !== region);
      expect(nested.length, 'the embedded elements have a region too').to.be.at.least(2);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      scroller.scrollLeft = scroller.scrollWidth;
      await waitUntil(() => embedded.journey !== slice, 'the embedded curve never got a new slice', { timeout: 5000 });
      await settle(el);
      for (const other of nested) expect(other.textContent, 'an embedded region').to.equal('');
      expect(texts).to.deep.equal([]);
    });

    describe(`<nps-overlay refresh> in ${lang}`, () => {
      /** A live overlay refreshing every 0.2 s, after its first load. */
      async function live() {
        const key = newKey();
        const made = await create('nps-overlay', lang, (e) => {
          e.src = liveSrc(key);
          e.refresh = 0.2;
        });
        await oneEvent(made.el, 'journey-load');
        await settle(made.el);
        return { ...made, key, loadedAt: new Date() };
      }

      it('says nothing after a 304, "updated at" once the data changed', async () => {
        const { el, region, texts, key } = await live();
        const start = (await stats(key)).notModified;
        await waitUntil(async () => (await stats(key)).notModified >= start + 2, 'no 304 answers', { timeout: 5000 });
        await settle(el);
        expect(texts, 'after 304s').to.deep.equal([w.live]);
        const before = new Date();
        const next = oneEvent(el, 'journey-load');
        await post('advance', key);
        await next;
        await settle(el);
        const updated = timesBetween(lang, before, new Date()).map(w.updated);
        expect(updated).to.include(region.textContent);
        expect(texts).to.have.length(2);
      });

      it('says once that a refresh failed and which data is shown; no alert panel', async () => {
        const { el, region, texts, key, loadedAt } = await live();
        const error = oneEvent(el, 'journey-error');
        await post('mode', key, '&mode=error');
        await error;
        await settle(el);
        const stale = timesBetween(lang, loadedAt, new Date()).map(w.stale);
        expect(stale).to.include(region.textContent);
        expect(errorPanel(el)).to.equal(null);
        const failures = (await stats(key)).requests;
        await waitUntil(async () => (await stats(key)).requests >= failures + 2, 'no more refreshes', {
          timeout: 5000,
        });
        await settle(el);
        expect(texts, 'repeated on every failed refresh').to.have.length(2);
      });

      it('empties the region when a slow load fails, so "Loading…" is not read after the alert', async () => {
        const key = newKey();
        await post('mode', key, '&mode=slow&delay=2500');
        const { el, region, texts } = await create('nps-overlay', lang, (e) => (e.src = liveSrc(key)));
        await waitUntil(() => region.textContent === w.loading, 'no loading announcement', { timeout: 5000 });
        const error = oneEvent(el, 'journey-error');
        // The request in flight reads the mode after its delay: it answers 500.
        await post('mode', key, '&mode=error');
        await error;
        await settle(el);
        expect(errorPanel(el)!.textContent).to.contain(w.alert);
        expect(texts).to.deep.equal([w.loading, '']);
      });
    });
  }
});
