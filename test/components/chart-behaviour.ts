/**
 * One behaviour suite for every chart element (Web Awesome's `runFormControlBaseTests` idea):
 * the keyboard walk, the phase level, the table toggle, the render guard and the announcements,
 * run by `runChartBehaviourTests(fixture)` from each element's test file. A chart plugs in with
 * one fixture: how to find its tab stop and the active touchpoint, and how to make its derivation
 * fail from outside (a hostile input the element must survive).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JourneyErrorEvent } from '../../src/events/journey-events.js';
import { longJourney } from '../a11y/helpers.js';
import mortgage from '../fixtures/mortgage-nl.json';

/** What the suite needs to know about one chart element. */
export interface ChartFixture {
  tag: string;
  /** The node holding the one tab stop inside the chart. */
  tabStop: (el: HTMLElement) => HTMLElement | SVGElement | null;
  /** The touchpoint index of the focused point (null at the phase level). */
  activeIndex: (el: HTMLElement) => number | null;
  /** Makes the next derivation throw (e.g. a hostile property); `undefined` when the element cannot be broken from outside. */
  breakDerivation?: (el: HTMLElement) => void;
  /** Undoes `breakDerivation`, so the next valid input draws again. */
  repair?: (el: HTMLElement) => void;
  /**
   * The journeys walked, for an element whose tab stop skips touchpoints it has nothing to show
   * for (the NPS overlay's unmeasured ones): the 12-touchpoint mortgage and `longJourney(count)`
   * unless given, with the same touchpoints and phases.
   */
  journeys?: { short: unknown; long: (count: number) => unknown };
}

type Chart = HTMLElement & { journey: unknown; updateComplete: Promise<boolean> };

async function settle(el: Chart): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await aTimeout(30);
  await el.updateComplete;
}

async function mountChart(tag: string, journey: unknown, width = 1000): Promise<Chart> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as Chart;
  el.journey = journey;
  const loaded = new Promise((resolve) => el.addEventListener('journey-load', resolve, { once: true }));
  box.append(el);
  await Promise.race([loaded, aTimeout(10_000)]);
  await settle(el);
  return el;
}

const focused = (el: HTMLElement) => el.shadowRoot!.activeElement;

/** Runs the shared behaviour tests for one chart element. */
export function runChartBehaviourTests(chart: ChartFixture): void {
  describe(`<${chart.tag}>: shared chart behaviour`, function () {
    this.timeout(20_000);

    it('keyboard walk: one tab stop; Right, End, Home and PageDown move it and focus follows', async () => {
      const el = await mountChart(chart.tag, chart.journeys?.short ?? mortgage);
      const stop = chart.tabStop(el) as HTMLElement;
      expect(stop, 'a tab stop').to.exist;
      stop.focus();
      await settle(el);
      expect(chart.activeIndex(el)).to.equal(0);
      const walk: [string, number][] = [
        ['ArrowRight', 1],
        ['End', 11], // the mortgage journey has 12 touchpoints
        ['Home', 0],
        ['PageDown', 3], // its second phase starts at the fourth touchpoint
      ];
      for (const [key, index] of walk) {
        await sendKeys({ press: key });
        await settle(el);
        expect([key, chart.activeIndex(el)]).to.deep.equal([key, index]);
        expect(focused(el), `${key}: focus follows the tab stop`).to.equal(chart.tabStop(el));
        expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]').length, 'one tab stop').to.be.at.most(2);
      }
    });

    it('phase level: above 200 touchpoints the tab stop is a phase; Right goes to the next, Enter into it', async () => {
      const el = await mountChart(chart.tag, chart.journeys?.long(240) ?? longJourney(240));
      const stop = chart.tabStop(el) as HTMLElement;
      expect(chart.activeIndex(el), 'no point at the phase level').to.equal(null);
      expect(stop.getAttribute('aria-label')).to.match(/Fase 1/);
      stop.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(chart.tabStop(el)!.getAttribute('aria-label')).to.match(/Fase 2/);
      expect(focused(el)).to.equal(chart.tabStop(el));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // 240 touchpoints in 6 phases of 40: phase 2 starts at index 40.
      expect(chart.activeIndex(el)).to.equal(40);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(chart.activeIndex(el), 'Escape goes back to the phase level').to.equal(null);
    });

    it('table toggle: a pressed toggle shows the table in a named, focusable region; pressing again shows the chart', async () => {
      const el = await mountChart(chart.tag, mortgage);
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      const name = toggle.textContent!.trim();
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(toggle.textContent!.trim(), 'the name stays').to.equal(name);
      const table = el.shadowRoot!.querySelectorAll('[part~="table"]');
      expect(table, 'one node with part="table"').to.have.length(1);
      expect([table[0]!.getAttribute('role'), table[0]!.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
      expect(table[0]!.getAttribute('aria-label')).to.not.equal(null);
      expect(table[0]!.querySelector('caption')).to.exist;
      expect([...table[0]!.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(
        true,
      );
      toggle.click();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="table"]')).to.equal(null);
      expect(chart.tabStop(el)).to.exist;
    });

    if (chart.breakDerivation && chart.repair) {
      it('render guard: a failure while deriving shows the RENDER panel and fires one journey-error; the next valid input draws again', async () => {
        const el = await mountChart(chart.tag, mortgage);
        const errors: string[] = [];
        el.addEventListener('journey-error', (e) => errors.push((e as JourneyErrorEvent).detail.code));
        chart.breakDerivation!(el);
        await settle(el);
        expect(errors).to.deep.equal(['RENDER']);
        const panel = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(chart.tabStop(el), 'no half-drawn chart').to.equal(null);
        chart.repair!(el);
        el.journey = structuredClone(mortgage);
        await settle(el);
        expect(errors, 'still one').to.deep.equal(['RENDER']);
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(chart.tabStop(el)).to.exist;
      });
    }

    it('announcements: one polite live region says a replaced journey is loaded, with its title', async () => {
      const el = await mountChart(chart.tag, mortgage);
      const region = el.shadowRoot!.querySelector('.journey-announcer')!;
      expect([region.getAttribute('aria-live'), region.getAttribute('aria-atomic')]).to.deep.equal(['polite', 'true']);
      const replaced = { ...structuredClone(mortgage), title: 'Een tweede reis' };
      el.journey = replaced;
      await settle(el);
      await waitUntil(() => (region.textContent ?? '').includes('Een tweede reis'), 'no announcement', {
        timeout: 5000,
      });
    });
  });
}
