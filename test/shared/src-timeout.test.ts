/**
 * The `timeout` attribute of every element: how long fetching `src` may take, in seconds. Against
 * the test server's live endpoint switched to a slow answer (2 s): with `timeout="0.3"` each
 * element shows the error panel and fires one `journey-error` (FETCH, naming the 0.3 seconds) long
 * before the answer comes; without it the same slow answer loads. The map's `base-src` obeys it too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyErrorEvent } from '../../src/events/index.js';

const TAGS = ['journey-map', 'emotion-curve', 'nps-overlay', 'touchpoint-card'] as const;

let keys = 0;
/** A fresh live journey on the test server that answers after `delay` ms. */
async function slowSource(delay: number): Promise<string> {
  const key = `timeout-${Date.now()}-${(keys += 1)}`;
  const response = await fetch(`/__test__/nps-live/mode?key=${key}&mode=slow&delay=${delay}`, { method: 'POST' });
  expect(response.ok).to.equal(true);
  return `/__test__/nps-live.json?key=${key}`;
}

function outcome(el: Element): Promise<{ type: string; event: Event; at: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    for (const type of ['journey-load', 'journey-error']) {
      el.addEventListener(type, (event) => resolve({ type, event, at: performance.now() - start }), { once: true });
    }
  });
}

describe('the timeout attribute', () => {
  for (const tag of TAGS) {
    it(`<${tag} timeout="0.3"> gives up on a slow src with a FETCH error that says so`, async () => {
      const src = await slowSource(2000);
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('timeout', '0.3');
      if (tag === 'touchpoint-card') el.setAttribute('touchpoint', 'calculate');
      const result = outcome(el);
      el.setAttribute('src', src);
      box.append(el);
      const { type, event } = await result;
      expect(type).to.equal('journey-error');
      const detail = (event as JourneyErrorEvent).detail;
      expect(detail.code).to.equal('FETCH');
      expect(detail.message).to.contain('within 0.3 seconds');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]'), 'the error panel').to.exist;
    });
  }

  it('waits for a slow src without it (the 15 s default)', async () => {
    const src = await slowSource(800);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('nps-overlay');
    const result = outcome(el);
    el.setAttribute('src', src);
    box.append(el);
    const { type, at } = await result;
    expect(type).to.equal('journey-load');
    expect(at, 'it waited for the slow answer').to.be.greaterThan(700);
  });

  it('applies to the map’s base-src too', async () => {
    const base = await slowSource(2000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('journey-map');
    el.setAttribute('timeout', '0.3');
    const errors: JourneyErrorEvent[] = [];
    el.addEventListener('journey-error', (e) => errors.push(e as JourneyErrorEvent));
    el.setAttribute('base-src', base);
    const mortgage = (await import('../fixtures/mortgage-nl.json')).default;
    (el as HTMLElement & { journey: unknown }).journey = mortgage;
    box.append(el);
    // Ignored, the base would load after 2 s without an error, and this wait would fail.
    await waitUntil(() => errors.length > 0, 'a journey-error for base-src', { timeout: 5000 });
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['FETCH']);
    expect(errors[0]!.detail.message).to.contain('within 0.3 seconds');
  });
});
