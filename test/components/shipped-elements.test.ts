/**
 * Promises of the shared layer proven on the four shipped elements themselves (not the test
 * stand-in of test/shared): with reduced motion nothing in an element's shadow tree moves, even
 * motion added to its parts (the elements have none of their own at rest); live refresh (`src` +
 * `refresh`, shared by all four through JourneyElement) pauses while the page is hidden and
 * catches up when it is visible again.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { TAGS, type Tag, deepElements, mount } from '../a11y/helpers.js';
import { fakeIntersectionObserver, sleep, spyFetch, until } from '../shared/helpers.js';

/** Elements of `host`'s shadow trees that move: a transition or an animation longer than 0 s. */
function moving(host: Element): string[] {
  return deepElements(host)
    .filter((e) => {
      const style = getComputedStyle(e);
      const durations = (list: string) => list.split(',').map((d) => parseFloat(d) || 0);
      const transitions = durations(style.transitionDuration).some((d) => d > 0);
      const animations = style.animationName !== 'none' && durations(style.animationDuration).some((d) => d > 0);
      return transitions || animations;
    })
    .map((e) => `${e.localName}.${(e.getAttribute('class') ?? '').split(' ')[0]}`);
}

describe('reduced motion on each shipped element', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const tag of TAGS as readonly Tag[]) {
    it(`<${tag}>: nothing moves with reduced motion, not even motion a page theme adds to its parts`, async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const { el, cleanup } = await mount(tag, 'mortgage');
      try {
        expect(moving(el), `<${tag}>: its own motion at rest`).to.deep.equal([]);
        // Motion added to every part, as a theme might: it moves without a preference…
        const motion = new CSSStyleSheet();
        motion.replaceSync('[part] { transition: opacity 1s; animation: spin 2s infinite; }');
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, motion];
        const parts = el.shadowRoot!.querySelectorAll('[part]').length;
        expect(parts, `<${tag}>: parts`).to.be.above(2);
        expect(moving(el).length, `<${tag}>: parts moving without a preference`).to.be.at.least(parts);
        // …and the element's reduced-motion rule stops all of it.
        await emulateMedia({ reducedMotion: 'reduce' });
        await sleep(0);
        expect(moving(el), `<${tag}>: still moving with reduced motion`).to.deep.equal([]);
      } finally {
        cleanup();
      }
    });
  }
});

/** Pretends the page is hidden or visible, as a tab switch would. */
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('hidden-tab pausing on each shipped element with src and refresh', () => {
  const INTERVAL = 0.2;

  for (const tag of TAGS as readonly Tag[]) {
    it(`<${tag}>: no request while the page is hidden, and one at once when it is visible again and overdue`, async () => {
      setVisibility('visible');
      const intersection = fakeIntersectionObserver();
      const fetches = spyFetch();
      const key = `h${Math.random().toString(36).slice(2)}`;
      const url = `/__test__/nps-live.json?key=${key}`;
      const ours = () => fetches.calls.filter((call) => call.url.includes(key)).length;
      const el = document.createElement(tag);
      try {
        if (tag === 'touchpoint-card') el.setAttribute('touchpoint', 'advice');
        el.setAttribute('refresh', String(INTERVAL));
        el.setAttribute('src', url);
        document.body.append(el);
        intersection.setIntersecting(true);
        await until(() => ours() >= 3, `<${tag}>: the first load and two refreshes`);
        setVisibility('hidden');
        await sleep(50);
        const before = ours();
        // Four intervals hidden: a timer that did not pause would have asked three or four times.
        await sleep(INTERVAL * 1000 * 4);
        expect(ours(), `<${tag}>: requests while hidden`).to.equal(before);
        setVisibility('visible');
        await until(() => ours() === before + 1, `<${tag}>: the overdue refresh`, 1_000);
      } finally {
        el.remove();
        fetches.restore();
        intersection.restore();
        delete (document as unknown as Record<string, unknown>).visibilityState;
      }
    });
  }
});
