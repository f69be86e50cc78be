/**
 * The map and the NPS overlay mark a touchpoint with a fresh live dip (issue 16): after a refresh of `src` brings a
 * significant dip, the touchpoint cell shows "▼ new significant dip (live)" and says it in its
 * accessible name; the map fires one `journey-dip`. The journey: the starter's NPS at "advice"
 * goes from (105 − 40)/200 = +32.5 in 2026-Q2 to (50 − 90)/200 = −20 in 2026-Q3, a fall of 52.5
 * points on 200 answers each side, far beyond two standard errors (about 2 × 9 points).
 */
import { expect } from '@open-wc/testing';
import '../../src/components/journey-map/journey-map.js';
import type { JourneyMap } from '../../src/components/journey-map/journey-map.js';
import '../../src/components/nps-overlay/nps-overlay.js';
import type { NpsOverlay } from '../../src/components/nps-overlay/nps-overlay.js';
import { fakeIntersectionObserver, serveJson, sleep, unserveJson, until } from './helpers.js';

function monitored(dip: boolean): Record<string, any> {
  const nps: Record<string, unknown>[] = [
    { persona: 'starter', period: '2026-Q1', promoters: 100, passives: 60, detractors: 40 },
    { persona: 'starter', period: '2026-Q2', promoters: 105, passives: 55, detractors: 40 },
  ];
  if (dip) nps.push({ persona: 'starter', period: '2026-Q3', promoters: 50, passives: 60, detractors: 90 });
  return {
    version: 1,
    id: 'monitor',
    title: 'Monitored mortgage',
    locale: 'en-GB',
    personas: [{ id: 'starter', name: 'First-time buyer' }],
    phases: [{ id: 'orient', label: 'Orientation' }],
    touchpoints: [
      { id: 'compare', phase: 'orient', label: 'Compare mortgages', emotions: [{ score: 1 }] },
      { id: 'advice', phase: 'orient', label: 'Advice meeting', emotions: [{ score: 1 }], nps },
    ],
  };
}

describe('<journey-map>: a live dip', () => {
  it('fires journey-dip once and marks the dipped touchpoint with a glyph and words', async () => {
    const intersection = fakeIntersectionObserver();
    const name = `map-live-dip-${Date.now()}`;
    const url = await serveJson(name, monitored(false));
    const events: Event[] = [];
    const record = (e: Event) => events.push(e);
    document.addEventListener('journey-dip', record);
    const map = document.createElement('journey-map') as JourneyMap;
    let loads = 0;
    map.addEventListener('journey-load', () => (loads += 1));
    map.style.cssText = 'display:block;width:2000px';
    map.src = url;
    map.refresh = 0.2;
    document.body.append(map);
    try {
      await until(() => loads === 1, 'the first load');
      await map.updateComplete;
      const cells = () => [...map.shadowRoot!.querySelectorAll<HTMLElement>('.cell--touchpoint')];
      expect(map.shadowRoot!.querySelectorAll('.tp-dip')).to.have.length(0);

      await serveJson(name, monitored(true));
      await until(() => loads === 2, 'the refresh with the dip');
      await map.updateComplete;
      expect(events).to.have.length(1);
      const marked = cells().filter((c) => c.querySelector('.tp-dip'));
      expect(marked.map((c) => c.dataset['col'])).to.deep.equal(['1']);
      expect(marked[0]!.querySelector('.tp-dip')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '▼ new significant dip (live)',
      );
      const label = marked[0]!.querySelector(':scope > .journey-visually-hidden')!.textContent!;
      expect(label).to.contain('Advice meeting');
      expect(label).to.contain('new significant dip (live)');
      const other = cells().find((c) => c.dataset['col'] === '0')!;
      expect(other.querySelector(':scope > .journey-visually-hidden')!.textContent).to.not.contain('dip');
      // No further event while nothing changes.
      await sleep(600);
      expect(events).to.have.length(1);
    } finally {
      document.removeEventListener('journey-dip', record);
      map.remove();
      intersection.restore();
      await sleep(100);
      await unserveJson(name);
    }
  });
});

describe('<nps-overlay>: a live dip', () => {
  it('marks the dipped touchpoint with a glyph and words in its name', async () => {
    const intersection = fakeIntersectionObserver();
    const name = `overlay-live-dip-${Date.now()}`;
    const url = await serveJson(name, monitored(false));
    const events: Event[] = [];
    const record = (e: Event) => events.push(e);
    document.addEventListener('journey-dip', record);
    const overlay = document.createElement('nps-overlay') as NpsOverlay;
    let loads = 0;
    overlay.addEventListener('journey-load', () => (loads += 1));
    overlay.style.cssText = 'display:block;width:1200px';
    overlay.src = url;
    overlay.refresh = 0.2;
    document.body.append(overlay);
    try {
      await until(() => loads === 1, 'the first load');
      await overlay.updateComplete;
      expect(overlay.shadowRoot!.querySelectorAll('.tp-dip')).to.have.length(0);
      await serveJson(name, monitored(true));
      await until(() => loads === 2, 'the refresh with the dip');
      await overlay.updateComplete;
      expect(events).to.have.length(1);
      const marks = [...overlay.shadowRoot!.querySelectorAll<HTMLElement>('.tp-dip')];
      expect(marks).to.have.length(1);
      expect(marks[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▼ new significant dip (live)');
      const advice = overlay.shadowRoot!.querySelector('button.hit[data-touchpoint-id="advice"]')!;
      expect(advice.getAttribute('aria-label')).to.contain('new significant dip (live)');
    } finally {
      document.removeEventListener('journey-dip', record);
      overlay.remove();
      intersection.restore();
      await sleep(100);
      await unserveJson(name);
    }
  });
});
