import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateJourney } from '../../bench/generate.js';
import '../../src/components/emotion-curve/emotion-curve.js';
import type { EmotionCurve } from '../../src/components/emotion-curve/emotion-curve.js';
import '../../src/components/nps-overlay/nps-overlay.js';
import type { NpsOverlay } from '../../src/components/nps-overlay/nps-overlay.js';
import type {
  JourneyErrorEvent,
  JourneyLoadEvent,
  JourneyTouchpointSelectEvent,
} from '../../src/events/journey-events.js';
import { JourneyLayoutEvent } from '../../src/events/layout-event.js';
import { type ColumnLayout, columnLayout } from '../../src/layout/columns.js';
import { ICONS } from '../../src/shared/icons.js';
import { contrast, effectiveBackground, isVisible, longJourney, textHolders, toRgba } from '../a11y/helpers.js';
import { runChartBehaviourTests } from './chart-behaviour.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import periods from '../fixtures/nps-periods.json';

const MINUS = '\u2212';

/** The health-claim journey with the bill's NPS per persona (young 10/5/15, chronic 30/10/10). */
const healthByPersona = {
  ...health,
  touchpoints: health.touchpoints.map((tp) =>
    tp.id === 'bill'
      ? {
          ...tp,
          nps: [
            { persona: 'young', promoters: 10, passives: 5, detractors: 15, period: '2026-Q3' },
            { persona: 'chronic', promoters: 30, passives: 10, detractors: 10, period: '2026-Q3' },
          ],
        }
      : tp,
  ),
};

function shadow(el: NpsOverlay): ShadowRoot {
  return el.shadowRoot!;
}
/** A touchpoint's drawn cell. */
function cell(el: NpsOverlay, id: string): HTMLElement {
  const found = [...shadow(el).querySelectorAll<HTMLElement>('.cell.measured')].find(
    (b) => b.dataset['touchpointId'] === id,
  );
  if (!found) throw new Error(`no cell for ${id}`);
  return found;
}
/** The button over a touchpoint's cell: its tab stop and accessible name. */
function hit(el: NpsOverlay, id: string): HTMLButtonElement {
  return cell(el, id).querySelector<HTMLButtonElement>('button.hit')!;
}
function scoreOf(el: NpsOverlay, id: string): string {
  return cell(el, id).querySelector('.score')!.textContent!.trim();
}
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
/** Waits for the element, its size observer's frame and the re-render that follows. */
async function settle(el: NpsOverlay): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}
async function overlay(template: ReturnType<typeof html>, width = 1200): Promise<NpsOverlay> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrap.querySelector('nps-overlay')!;
  await settle(el);
  return el;
}
async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Every node of the element's shadow tree, and of the shadow trees nested in it. */
function shadowNodes(root: ShadowRoot): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count += 1;
    const nested = (node as Element).shadowRoot;
    if (nested) count += shadowNodes(nested);
  }
  return count;
}

describe('<nps-overlay>', () => {
  /** Lit's dev-mode warnings (each is printed once per page, so one list for the whole file). */
  const warnings: string[] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
  });
  after(() => {
    console.warn = warn;
    // An update requested while one completes (in updated(), or by a controller's hostUpdated) renders twice.
    expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
  });

  describe('accessibility', () => {
    it('is accessible as columns', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      expect(el.mode).to.equal('horizontal');
      await expect(el).to.be.accessible();
    });
    it('is accessible as rows, as a table and as a badge', async () => {
      const rows = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`, 480);
      expect(rows.mode).to.equal('vertical');
      await expect(rows).to.be.accessible();
      const table = await overlay(html`<nps-overlay .journey=${health} view="table"></nps-overlay>`);
      expect(shadow(table).querySelector('table')).to.exist;
      await expect(table).to.be.accessible();
      const badge = await overlay(html`<nps-overlay .journey=${mortgage} touchpoint="advice"></nps-overlay>`);
      await expect(badge).to.be.accessible();
    });
    it('is accessible with the drill-down open', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} lang="en"></nps-overlay>`);
      hit(el, 'advice').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('dialog')!.open).to.equal(true);
      await expect(el).to.be.accessible();
      shadow(el).querySelector('dialog')!.close();
    });
    it('is a named figure with a generated summary (Dutch)', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const figure = shadow(el).querySelector('figure')!;
      const caption = shadow(el).getElementById(figure.getAttribute('aria-labelledby')!)!;
      const summary = shadow(el).getElementById(figure.getAttribute('aria-describedby')!)!;
      expect(text(caption)).to.equal('Net Promoter Score per contactmoment');
      expect(text(summary)).to.equal(
        `NPS bij 5 van 12 contactmomenten; 1 onder de norm. Laagste Documenten aanleveren (${MINUS}39; 95 %: ${MINUS}46 tot ${MINUS}32); ` +
          'hoogste Welkomstpakket nieuwe woning (+64; 95 %: +58 tot +70).',
      );
    });
    it('summarises in English, and an author can replace the summary', async () => {
      const el = await overlay(
        html`<nps-overlay .journey=${mortgage} lang="en"><span slot="summary">Our own words.</span></nps-overlay>`,
      );
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="summary"]')!;
      expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Our own words.']);
      expect(text(slot)).to.equal(
        `NPS at 5 of 12 touchpoints; 1 below target. Lowest Documenten aanleveren (${MINUS}39; 95%: ${MINUS}46 to ${MINUS}32); ` +
          'highest Welkomstpakket nieuwe woning (+64; 95%: +58 to +70).',
      );
    });
  });

  describe('default render', () => {
    it('shows every touchpoint with NPS, hand-computed, and keeps the others in place', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const all = [...shadow(el).querySelectorAll('.track > .cell')];
      expect(all).to.have.length(12);
      expect(
        all.map((c) => (c.classList.contains('measured') ? (c as HTMLElement).dataset['touchpointId'] : '-')),
      ).to.deep.equal([
        '-',
        'calculate',
        'advice',
        '-',
        'documents',
        '-',
        '-',
        '-',
        '-',
        'welcome',
        'service-call',
        '-',
      ]);
      // calculate 210/160/130: 100 × 80 / 500 = 16; advice Q3 (latest): 100 × (183 − 35) / 320 = 46.25;
      // documents 80/120/260: 100 × −180 / 460 = −39.1; welcome 300/90/30: 100 × 270 / 420 = 64.3;
      // service-call 12/8/4: 100 × 8 / 24 = 33.3.
      expect(
        ['calculate', 'advice', 'documents', 'welcome', 'service-call'].map((id) => scoreOf(el, id)),
      ).to.deep.equal(['+16', '+46', `${MINUS}39`, '+64', '+33']);
      expect(all[0]!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(all[0]!.querySelector('.none'))).to.equal('geen NPS gemeten');
    });

    it('names each touchpoint with everything drawn (English)', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} lang="en"></nps-overlay>`);
      expect(hit(el, 'advice').getAttribute('aria-label')).to.equal(
        'Adviesgesprek, touchpoint 3 of 12, phase Oriënteren, channel Hypotheekadviseur, NPS +46: 57% promoters, ' +
          '32% passives, 11% detractors, 320 responses, target +40 met, up 14 since 2026-Q2, significant, ' +
          '95% interval +38 to +53, make-or-break moment',
      );
      expect(hit(el, 'documents').getAttribute('aria-label')).to.equal(
        `Documenten aanleveren, touchpoint 5 of 12, phase Afsluiten, channel app, NPS ${MINUS}39: 17% promoters, ` +
          `26% passives, 57% detractors, 460 responses, target 0 missed, 95% interval ${MINUS}46 to ${MINUS}32`,
      );
    });

    it('names each touchpoint with everything drawn (Dutch)', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      expect(hit(el, 'advice').getAttribute('aria-label')).to.equal(
        'Adviesgesprek, contactmoment 3 van 12, fase Oriënteren, kanaal Hypotheekadviseur, NPS +46: 57% promotors, ' +
          '32% passieven, 11% criticasters, 320 antwoorden, norm +40 gehaald, gestegen met 14 sinds 2026-Q2, significant, ' +
          '95%-interval +38 tot +53, beslissend moment',
      );
    });

    it('shows the trend between the last two periods: +32 → +46 is +14, up', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const trend = cell(el, 'advice').querySelector('.trend')!;
      expect(trend.classList.contains('up')).to.equal(true);
      expect(text(trend)).to.equal('+14');
      expect(trend.querySelector('svg.icon-up')).to.exist;
      expect(cell(el, 'calculate').querySelector('.trend')).to.equal(null);
    });

    it('shows any period with the period attribute: advice is +32 in 2026-Q2', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} period="2026-Q2" lang="en"></nps-overlay>`);
      expect(scoreOf(el, 'advice')).to.equal('+32');
      // Q2: 145 promoters, 105 passives, 50 detractors of 300; target +40 missed; no earlier period, no trend.
      expect(hit(el, 'advice').getAttribute('aria-label')).to.equal(
        'Adviesgesprek, touchpoint 3 of 12, phase Oriënteren, channel Hypotheekadviseur, NPS +32 in 2026-Q2: ' +
          '48% promoters, 35% passives, 17% detractors, 300 responses, target +40 missed, 95% interval +23 to +40, ' +
          'make-or-break moment',
      );
      expect(cell(el, 'advice').querySelector('.trend')).to.equal(null);
      expect(cell(el, 'advice').classList.contains('off-target')).to.equal(true);
      // A touchpoint measured only in 2026-Q3 has no data in 2026-Q2.
      expect(scoreOf(el, 'calculate')).to.equal('no data');
      expect(text(shadow(el).querySelector('.subtitle'))).to.equal('period 2026-Q2');
      el.period = null;
      await el.updateComplete;
      expect(scoreOf(el, 'advice')).to.equal('+46');
    });

    it('shows "no data" for zero responses, never 0', async () => {
      const el = await overlay(html`<nps-overlay .journey=${health}></nps-overlay>`);
      const claim = cell(el, 'claim');
      expect(scoreOf(el, 'claim')).to.equal('no data');
      expect(claim.classList.contains('no-data')).to.equal(true);
      expect(claim.querySelector('svg.bars')).to.equal(null);
      expect(text(claim)).not.to.match(/\b0\b/);
      expect(hit(el, 'claim').getAttribute('aria-label')).to.equal(
        'Submit the claim in the app, touchpoint 5 of 6, phase After care, channel app, NPS no data',
      );
      // The bill's distribution: 150 detractors, 75 passives, 35 promoters → 100 × −115 / 260 = −44.2.
      expect(scoreOf(el, 'bill')).to.equal(`${MINUS}44`);
    });

    it('flags a small sample under 30: the mortgage service call, n = 24', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const call = cell(el, 'service-call');
      expect(call.classList.contains('small-sample')).to.equal(true);
      expect(text(call.querySelector('.n'))).to.equal('n = 24');
      expect(text(call.querySelector('.flag.small'))).to.equal('kleine steekproef');
      expect(call.querySelector('.flag.small svg.icon-warning')).to.exist;
      expect(hit(el, 'service-call').getAttribute('aria-label')).to.contain('24 antwoorden, kleine steekproef');
      expect(cell(el, 'calculate').querySelector('.flag.small')).to.equal(null);
      expect(text(cell(el, 'calculate').querySelector('.n'))).to.equal('n = 500');
    });

    it('marks the target with a met / missed state in icon and text', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const documents = cell(el, 'documents');
      expect(documents.classList.contains('off-target')).to.equal(true);
      expect(text(documents.querySelector('.target.missed'))).to.equal('onder norm 0');
      expect(documents.querySelector('.target.missed svg.icon-warning')).to.exist;
      expect(documents.querySelector('.target-mark.missed')).to.exist;
      const advice = cell(el, 'advice');
      expect(advice.classList.contains('off-target')).to.equal(false);
      expect(text(advice.querySelector('.target.met'))).to.equal('norm +40');
      expect(advice.querySelector('.target.met svg.icon-check')).to.exist;
      expect(cell(el, 'welcome').querySelector('.target')).to.equal(null);
    });

    it('draws the diverging bar and the score track from the shared geometry', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const svgEl = cell(el, 'advice').querySelector('svg.bars')!;
      const segments = [...svgEl.querySelectorAll('rect.seg')];
      expect(segments.map((s) => s.classList[1])).to.deep.equal(['detractors', 'passives', 'promoters']);
      const width = Number(svgEl.getAttribute('width'));
      const widths = segments.map((s) => Number(s.getAttribute('width')));
      // Shared extent of the five bars: welcome's promoters 300/420 + half its passives 45/420 = 0.82 → 0.9.
      const perShare = width / 2 / 0.9;
      expect(widths[0]).to.be.closeTo((35 / 320) * perShare, 1e-6);
      expect(widths[1]).to.be.closeTo((102 / 320) * perShare, 1e-6);
      expect(widths[2]).to.be.closeTo((183 / 320) * perShare, 1e-6);
      expect(segments[0]!.getAttribute('fill')).to.match(/^url\(#nps-hatch-/);
      // Score +46 and target +40 on −100…+100 over the same width.
      expect(Number(svgEl.querySelector('circle.score-dot')!.getAttribute('cx'))).to.be.closeTo(width * 0.73, 1e-6);
      expect(svgEl.querySelector('path.target-mark')!.getAttribute('d')).to.match(new RegExp(`^M${width * 0.7} `));
    });

    it('makes moments of truth stand out', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      const mot = [...shadow(el).querySelectorAll('.cell.mot')].map((b) => (b as HTMLElement).dataset['touchpointId']);
      expect(mot).to.deep.equal(['advice', 'welcome', 'service-call']);
      expect(text(cell(el, 'welcome').querySelector('[part="moment-of-truth"]'))).to.equal('MoT');
      // The one moment-of-truth glyph of every element (shared/icons.ts): the flag, no longer a star.
      const glyph = cell(el, 'welcome').querySelector('[part="moment-of-truth"] svg path')!;
      expect(glyph.getAttribute('d')).to.equal(ICONS.momentOfTruth);
      const style = getComputedStyle(cell(el, 'welcome'));
      expect(style.boxShadow).to.not.equal('none');
    });

    it('exposes its own column layout and fires journey-layout when standalone horizontal', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
      const el = document.createElement('nps-overlay');
      el.journey = mortgage;
      const event = oneEvent(el, 'journey-layout') as Promise<JourneyLayoutEvent>;
      wrap.append(el);
      const layout = (await event).layout;
      expect(layout.columns).to.have.length(12);
      expect(layout.columnWidth).to.equal(100);
      expect(el.columnLayout).to.equal(layout);
      const advice = cell(el, 'advice').getBoundingClientRect();
      const left = shadow(el).querySelector('.track')!.getBoundingClientRect().left;
      expect((advice.left + advice.right) / 2 - left).to.be.closeTo(layout.columns[2]!.cx, 0.5);
    });

    it('fits the journey that has no NPS at all: every touchpoint keeps its place', async () => {
      const el = await overlay(html`<nps-overlay .journey=${generic}></nps-overlay>`);
      expect(shadow(el).querySelectorAll('.track > .cell.placeholder')).to.have.length(7);
      expect(shadow(el).querySelectorAll('button.hit')).to.have.length(0);
      expect(text(shadow(el).querySelector('[part="summary"]'))).to.equal('NPS bij 0 van 7 contactmomenten.');
      await expect(el).to.be.accessible();
    });
  });

  describe('persona filter', () => {
    it('shows one persona’s NPS', async () => {
      const el = await overlay(html`<nps-overlay .journey=${healthByPersona}></nps-overlay>`);
      // All customers: the per-persona counts summed, 40/15/25 → 100 × 15 / 80 = 18.75.
      expect(scoreOf(el, 'bill')).to.equal('+19');
      el.persona = 'young';
      await el.updateComplete;
      // 10/5/15 → 100 × −5 / 30 = −16.7.
      expect(scoreOf(el, 'bill')).to.equal(`${MINUS}17`);
      expect(text(shadow(el).querySelector('.subtitle'))).to.equal('for Young adult');
      expect(el.getAttribute('persona')).to.equal('young');
      el.setAttribute('persona', 'chronic');
      await el.updateComplete;
      // 30/10/10 → 100 × 20 / 50 = 40.
      expect(scoreOf(el, 'bill')).to.equal('+40');
      expect(hit(el, 'bill').getAttribute('aria-label')).to.contain('50 responses');
    });

    it('puts the persona in the select event', async () => {
      const el = await overlay(html`<nps-overlay .journey=${healthByPersona} persona="young"></nps-overlay>`);
      const event = oneEvent(el, 'journey-touchpoint-select') as Promise<JourneyTouchpointSelectEvent>;
      hit(el, 'bill').click();
      expect((await event).detail).to.deep.equal({ touchpointId: 'bill', persona: 'young' });
      shadow(el).querySelector('dialog')!.close();
    });
  });

  describe('layouts', () => {
    it('lays out rows below 600 px of its own width, with Up/Down', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`, 560);
      expect(el.mode).to.equal('vertical');
      expect(el.columnLayout).to.equal(undefined);
      const toolbar = shadow(el).querySelector('[role="toolbar"]')!;
      expect(toolbar.getAttribute('aria-orientation')).to.equal('vertical');
      const a = cell(el, 'calculate').getBoundingClientRect();
      const b = cell(el, 'advice').getBoundingClientRect();
      expect(b.top).to.be.greaterThanOrEqual(a.bottom);
      expect(b.left).to.equal(a.left);
      hit(el, 'calculate').focus();
      await press('ArrowRight');
      expect(shadow(el).activeElement).to.equal(hit(el, 'calculate'));
      await press('ArrowDown');
      expect(shadow(el).activeElement).to.equal(hit(el, 'advice'));
      await press('ArrowUp');
      expect(shadow(el).activeElement).to.equal(hit(el, 'calculate'));
    });

    it('switches between columns and rows on resize, keeping focus', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><nps-overlay .journey=${mortgage}></nps-overlay></div>`,
      );
      const el = wrap.querySelector('nps-overlay')!;
      await settle(el);
      expect(el.mode).to.equal('horizontal');
      const advice = hit(el, 'advice');
      advice.focus();
      wrap.style.width = '599px';
      await waitUntil(() => el.mode === 'vertical', 'did not switch to rows');
      await el.updateComplete;
      expect(hit(el, 'advice')).to.equal(advice);
      expect(shadow(el).activeElement).to.equal(advice);
      wrap.style.width = '600px';
      await waitUntil(() => el.mode === 'horizontal', 'did not switch back to columns');
    });

    it('uses the columns of a hosting journey map (layout property)', async () => {
      const layout = columnLayout(mortgage as never, { width: 1000, inset: 64, minColumnWidth: 70 });
      const el = await overlay(html`<nps-overlay .journey=${mortgage} .layout=${layout}></nps-overlay>`, 1000);
      expect(el.mode).to.equal('hosted');
      const left = el.getBoundingClientRect().left;
      for (const column of layout.columns.filter((c) =>
        ['advice', 'documents', 'service-call'].includes(c.touchpointId),
      )) {
        const r = cell(el, column.touchpointId).getBoundingClientRect();
        expect((r.left + r.right) / 2 - left).to.be.closeTo(column.cx, 0.5);
        expect(r.width).to.be.closeTo(layout.columnWidth - 4, 0.5);
      }
      // The map shows titles and the legend itself; the overlay keeps them for screen readers only.
      expect(shadow(el).querySelector('.caption')!.classList.contains('journey-visually-hidden')).to.equal(true);
      expect(shadow(el).querySelector('[part~="toggle"]')).to.equal(null);
      expect(shadow(el).querySelector('.tp-label')).to.equal(null);
    });
  });

  describe('alignment', () => {
    // The overlay follows the public `scroller` of the element it aligns to, never its parts. Until
    // <emotion-curve> has that getter, these tests give it one (its scrolling plot), as it will.
    let ownScroller: PropertyDescriptor | undefined;
    const curveClass = () => customElements.get('emotion-curve') as unknown as { prototype: object };
    before(() => {
      ownScroller = Object.getOwnPropertyDescriptor(curveClass().prototype, 'scroller');
      if (!ownScroller)
        Object.defineProperty(curveClass().prototype, 'scroller', {
          configurable: true,
          get(this: HTMLElement) {
            return this.shadowRoot?.querySelector<HTMLElement>('[part~="plot"]') ?? null;
          },
        });
    });
    after(() => {
      if (!ownScroller) delete (curveClass().prototype as { scroller?: unknown }).scroller;
    });

    /** Checks that each overlay column is centred on the target's column, on screen. */
    function expectAligned(el: NpsOverlay, target: HTMLElement, layout: ColumnLayout, scrolled = 0): void {
      const cells = [...shadow(el).querySelectorAll<HTMLElement>('.track > .cell')];
      expect(cells).to.have.length(layout.columns.length);
      const left = target.getBoundingClientRect().left;
      layout.columns.forEach((column, i) => {
        const r = cells[i]!.getBoundingClientRect();
        expect((r.left + r.right) / 2, `column ${i}`).to.be.closeTo(left + column.cx - scrolled, 0.5);
      });
    }

    for (const width of [1280, 900, 640]) {
      it(`lines its columns up with an <emotion-curve> ${width} px wide`, async () => {
        const id = `curve-${width}`;
        const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; padding-left: 13px">
          <emotion-curve id=${id} .journey=${mortgage}></emotion-curve>
          <nps-overlay align-to=${id} .journey=${mortgage} style="margin-left: 30px"></nps-overlay>
        </div>`);
        const curve = wrap.querySelector<EmotionCurve>('emotion-curve')!;
        const el = wrap.querySelector('nps-overlay')!;
        await waitUntil(() => el.mode === 'aligned' && curve.columnLayout !== undefined, 'not aligned');
        await settle(el);
        await nextFrame();
        await el.updateComplete;
        expectAligned(el, curve, curve.columnLayout!);
        const scroller = (curve as EmotionCurve & { scroller: HTMLElement }).scroller;
        // 12 columns of at least 88 px do not fit in 640 px: the curve scrolls, and the overlay with it.
        if (width === 640) expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
        if (scroller.scrollWidth > scroller.clientWidth) {
          scroller.scrollLeft = 150;
          await waitUntil(
            () => shadow(el).querySelector('.track-wrap')!.scrollLeft === scroller.scrollLeft,
            'did not scroll along',
          );
          expectAligned(el, curve, curve.columnLayout!, scroller.scrollLeft);
        }
      });
    }

    for (const exposes of [true, false]) {
      it(`scrolls with the aligned element's public scroller (${exposes ? 'given' : 'none: its parts are not looked into'})`, async () => {
        class ScrollProbe extends HTMLElement {
          readonly columnLayout = columnLayout(mortgage as never, { width: 1200, inset: 40 });
          constructor() {
            super();
            // The same part names the map and the curve use: the overlay must not find it through them.
            this.attachShadow({ mode: 'open' }).append(document.createElement('div'));
            const box = this.shadowRoot!.firstElementChild as HTMLElement;
            box.setAttribute('part', 'plot scroller');
            box.style.cssText = 'overflow-x: auto; width: 700px';
            box.append(Object.assign(document.createElement('div'), { style: 'width: 1200px; height: 1px' }));
          }
          get box(): HTMLElement {
            return this.shadowRoot!.firstElementChild as HTMLElement;
          }
        }
        const tag = `nps-scroll-probe-${exposes ? 'a' : 'b'}`;
        if (!customElements.get(tag)) {
          if (exposes)
            Object.defineProperty(ScrollProbe.prototype, 'scroller', {
              get(this: ScrollProbe) {
                return this.box;
              },
            });
          customElements.define(tag, ScrollProbe);
        }
        const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
        const probe = document.createElement(tag) as ScrollProbe;
        probe.id = `scroll-probe-${tag}`;
        probe.style.display = 'block';
        wrap.append(probe);
        const el = document.createElement('nps-overlay');
        el.alignTo = probe.id;
        el.journey = mortgage;
        wrap.append(el);
        await waitUntil(() => el.mode === 'aligned', 'not aligned');
        await nextFrame();
        await nextFrame();
        await el.updateComplete;
        const track = shadow(el).querySelector<HTMLElement>('.track-wrap')!;
        // 12 columns of (1200 − 2 × 40) / 12 = 93.3 px from x = 40: wider than the 700 px box, so both scroll.
        expect(track.scrollWidth).to.be.greaterThan(track.clientWidth);
        probe.box.scrollLeft = 100;
        await nextFrame();
        await nextFrame();
        expect(track.scrollLeft).to.equal(exposes ? 100 : 0);
        track.scrollLeft = 200;
        await nextFrame();
        await nextFrame();
        expect(probe.box.scrollLeft).to.equal(exposes ? 200 : 100);
      });
    }

    it('aligns to an element that appears later, fires journey-layout, and re-aligns after it resizes', async () => {
      class LaneProbe extends HTMLElement {
        layout: ColumnLayout | undefined;
        get columnLayout(): ColumnLayout | undefined {
          return this.layout;
        }
        lay(width: number): void {
          this.style.width = `${width}px`;
          this.layout = columnLayout(mortgage as never, { width, inset: 40 });
          this.dispatchEvent(new JourneyLayoutEvent(this.layout));
        }
      }
      if (!customElements.get('nps-lane-probe')) customElements.define('nps-lane-probe', LaneProbe);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1400px">
        <nps-overlay align-to="probe" .journey=${mortgage}></nps-overlay>
      </div>`);
      const el = wrap.querySelector('nps-overlay')!;
      await settle(el);
      expect(el.mode).to.equal('horizontal');
      const probe = document.createElement('nps-lane-probe') as LaneProbe;
      probe.id = 'probe';
      probe.style.display = 'block';
      probe.style.marginLeft = '37px';
      wrap.prepend(probe);
      probe.lay(1300);
      await waitUntil(() => el.mode === 'aligned', 'did not find the late element');
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      expectAligned(el, probe, probe.layout!);
      probe.style.marginLeft = '81px';
      probe.lay(1200);
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      expectAligned(el, probe, probe.layout!);
      expect(probe.layout!.columnWidth).to.be.closeTo((1200 - 40) / 12, 1e-9);

      // Removed from the page, it no longer listens, observes or measures: a new layout, a resize
      // and the aligned element's scroll ask it for nothing.
      el.remove();
      let updates = 0;
      const requestUpdate = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
        updates += 1;
        requestUpdate(...args);
      };
      probe.style.marginLeft = '5px';
      probe.lay(1000);
      await nextFrame();
      await nextFrame();
      expect(updates).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop with roving focus: Left/Right, Home/End', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1200px">
        <button id="before">before</button><nps-overlay .journey=${mortgage} view="chart"></nps-overlay>
      </div>`);
      const el = wrap.querySelector('nps-overlay')!;
      await settle(el);
      const stops = [...shadow(el).querySelectorAll('button.hit')].filter((b) => b.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab'); // the view toggle
      await press('Tab');
      expect(shadow(el).activeElement).to.equal(hit(el, 'calculate'));
      await press('ArrowRight');
      expect(shadow(el).activeElement).to.equal(hit(el, 'advice'));
      await press('ArrowDown');
      expect(shadow(el).activeElement).to.equal(hit(el, 'advice'));
      await press('End');
      expect(shadow(el).activeElement).to.equal(hit(el, 'service-call'));
      await press('ArrowRight');
      expect(shadow(el).activeElement).to.equal(hit(el, 'service-call'));
      await press('Home');
      expect(shadow(el).activeElement).to.equal(hit(el, 'calculate'));
      await press('ArrowLeft');
      expect(shadow(el).activeElement).to.equal(hit(el, 'calculate'));
      await el.updateComplete;
      expect(hit(el, 'calculate').getAttribute('tabindex')).to.equal('0');
      expect(hit(el, 'service-call').getAttribute('tabindex')).to.equal('-1');
      // Tab leaves the overlay after one stop.
      await press('Tab');
      expect(shadow(el).activeElement).to.equal(null);
    });

    it('keeps the tab stop and focus in place when new data removes the focused touchpoint', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      hit(el, 'advice').focus();
      el.journey = {
        ...mortgage,
        touchpoints: mortgage.touchpoints.map((tp) => (tp.id === 'advice' ? { ...tp, nps: undefined } : tp)),
      };
      await el.updateComplete;
      // advice was the 2nd touchpoint with NPS; the 2nd is now documents.
      expect(shadow(el).querySelectorAll('button.hit')).to.have.length(4);
      expect(hit(el, 'documents').getAttribute('tabindex')).to.equal('0');
      expect(shadow(el).activeElement).to.equal(hit(el, 'documents'));
    });

    it('opens the drill-down with Enter, keeps focus inside, and Escape returns focus to the same touchpoint', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      hit(el, 'calculate').focus();
      await press('ArrowRight');
      const select = oneEvent(el, 'journey-touchpoint-select') as Promise<JourneyTouchpointSelectEvent>;
      await press('Enter');
      expect((await select).detail).to.deep.equal({ touchpointId: 'advice' });
      await el.updateComplete;
      const dialog = shadow(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.contains(shadow(el).activeElement)).to.equal(true);
      const title = shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(text(title)).to.equal('NPS van Adviesgesprek');
      // The histogram of the 11 answers and the history of both periods.
      expect(dialog.querySelectorAll('.histogram rect.seg')).to.have.length(11);
      expect(dialog.querySelector('.histogram svg')!.getAttribute('aria-label')).to.equal(
        'Aantal antwoorden per score van 0 tot en met 10: 0: 2, 1: 1, 2: 2, 3: 3, 4: 4, 5: 8, 6: 15, 7: 40, 8: 62, 9: 88, 10: 95',
      );
      const history = [...dialog.querySelectorAll('.history tbody tr')].map((tr) =>
        [...tr.children].map((c) => text(c)),
      );
      expect(history).to.deep.equal([
        ['2026-Q2', '+32', '+23 … +40', '300', '–', '+40 (niet gehaald)'],
        ['2026-Q3', '+46', '+38 … +53', '320', '+14 (significant)', '+40 (gehaald)'],
      ]);
      expect(text(dialog.querySelector('.facts'))).to.contain('Korte vragenlijst na contactmoment (n = 2.140)');
      // Focus stays inside: Tab from the close button does not reach the page.
      await press('Tab');
      const focused = document.activeElement;
      expect(
        focused === el ? dialog.contains(shadow(el).activeElement) : focused === document.body || focused === null,
      ).to.equal(true);
      await press('Escape');
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal(hit(el, 'advice'));
      expect(dialog.querySelector('.dialog-body')).to.equal(null);
    });

    it('closes with the close button too, and shows no histogram without a distribution', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} lang="en"></nps-overlay>`);
      hit(el, 'documents').focus();
      await press('Enter');
      await el.updateComplete;
      const dialog = shadow(el).querySelector('dialog')!;
      expect(dialog.querySelector('.histogram')).to.equal(null);
      expect(text(dialog.querySelector('.dialog-text'))).to.equal(
        `NPS ${MINUS}39: 17% promoters, 26% passives, 57% detractors, 460 responses, target 0 missed, ` +
          `95% interval ${MINUS}46 to ${MINUS}32`,
      );
      dialog.querySelector<HTMLButtonElement>('button.close')!.click();
      await oneEvent(dialog, 'close');
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(hit(el, 'documents'));
    });
  });

  describe('data table', () => {
    it('toggles a table with the same numbers', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} lang="en"></nps-overlay>`);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(el.view).to.equal('table');
      expect(el.getAttribute('view')).to.equal('table');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const rows = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
        [...tr.children].map((c) => text(c)),
      );
      // The 95 % interval beside each score (adjusted Wald), and the change with its z test.
      expect(rows).to.deep.equal([
        [
          'Maximale hypotheek berekenen',
          'Oriënteren',
          '+16',
          '+9 … +23',
          '42%',
          '32%',
          '26%',
          '500',
          '–',
          '–',
          '2026-Q3',
        ],
        [
          'Adviesgesprek MoT, make-or-break moment',
          'Oriënteren',
          '+46',
          '+38 … +53',
          '57%',
          '32%',
          '11%',
          '320',
          '+40 (met)',
          '+14 (significant)',
          '2026-Q3',
        ],
        [
          'Documenten aanleveren',
          'Afsluiten',
          `${MINUS}39`,
          `${MINUS}46 … ${MINUS}32`,
          '17%',
          '26%',
          '57%',
          '460',
          '0 (missed)',
          '–',
          '2026-Q3',
        ],
        [
          'Welkomstpakket nieuwe woning MoT, wow moment',
          'Verhuizen',
          '+64',
          '+58 … +70',
          '71%',
          '21%',
          '7%',
          '420',
          '–',
          '–',
          '2026-Q3',
        ],
        [
          'Servicegesprek na 3 maanden MoT, critical moment',
          'Gebruiken',
          '+33',
          '+1 … +58',
          '50%',
          '33%',
          '17%',
          '24 (small sample)',
          '–',
          '–',
          '2026-Q3',
        ],
      ]);
      expect(shadow(el).querySelector('[role="toolbar"]')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="toolbar"]')).to.exist;
    });
  });

  describe('badge', () => {
    it('shows one touchpoint as a compact badge: score, n, trend and target state', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} touchpoint="advice"></nps-overlay>`);
      expect(el.mode).to.equal('badge');
      const badge = shadow(el).querySelector<HTMLElement>('.badge')!;
      const button = badge.querySelector<HTMLButtonElement>('button.hit')!;
      expect(shadow(el).querySelectorAll('button')).to.have.length(2); // the badge and the dialog's close button
      expect(text(badge.querySelector('.score'))).to.equal('+46');
      expect(text(badge.querySelector('.n'))).to.equal('n = 320');
      expect(text(badge.querySelector('.trend'))).to.equal('+14');
      expect(text(badge.querySelector('.target.met'))).to.equal('norm +40');
      expect(button.getAttribute('aria-label')).to.contain('NPS +46: 57% promotors');
      button.focus();
      await press('Enter');
      await el.updateComplete;
      const dialog = shadow(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      await press('Escape');
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('shows the small sample and the missing target in badges', async () => {
      const call = await overlay(html`<nps-overlay .journey=${mortgage} touchpoint="service-call"></nps-overlay>`);
      expect(text(shadow(call).querySelector('.badge .flag.small'))).to.equal('kleine steekproef');
      const documents = await overlay(html`<nps-overlay .journey=${mortgage} touchpoint="documents"></nps-overlay>`);
      expect(text(shadow(documents).querySelector('.badge .target.missed'))).to.equal('onder norm 0');
      const claim = await overlay(html`<nps-overlay .journey=${health} touchpoint="claim"></nps-overlay>`);
      expect(text(shadow(claim).querySelector('.badge .score'))).to.equal('no data');
    });

    it('says so for a touchpoint without NPS or an unknown one', async () => {
      const el = await overlay(html`<nps-overlay .journey=${mortgage} touchpoint="offer" lang="en"></nps-overlay>`);
      expect(text(shadow(el).querySelector('.badge .none'))).to.equal('no NPS measured');
      el.touchpoint = 'nope';
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.badge-missing'))).to.equal('No touchpoint "nope" in this journey.');
    });
  });

  describe('inline journey', () => {
    it('draws an inline journey in its first update, with no second update asked for', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
      const el = document.createElement('nps-overlay');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(mortgage);
      el.append(script);
      const seen: { cells: number; pending: boolean }[] = [];
      const updated = (el as unknown as { updated: (changed: unknown) => void }).updated;
      // Records, after each update, what it drew and whether another update is already due.
      Object.defineProperty(el, 'updated', {
        value(this: NpsOverlay, changed: unknown) {
          updated.call(this, changed);
          seen.push({
            cells: this.shadowRoot!.querySelectorAll('.cell.measured').length,
            pending: this.isUpdatePending,
          });
        },
      });
      const loaded = oneEvent(el, 'journey-load') as Promise<JourneyLoadEvent>;
      wrap.append(el);
      await el.updateComplete;
      expect((await loaded).detail.origin).to.equal('inline');
      expect(seen[0]).to.deep.equal({ cells: 5, pending: false });
    });
  });

  describe('scale', function () {
    this.timeout(30_000);

    /** An overlay of a generated journey (NPS at every fifth touchpoint) in a box `width` px wide, after its load. */
    async function large(count: number, width: number): Promise<NpsOverlay> {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      const el = document.createElement('nps-overlay');
      // Journeys over 1,000 touchpoints are validated in slices: measured only after the load.
      const loaded = oneEvent(el, 'journey-load');
      el.journey = generateJourney(count);
      wrap.append(el);
      await loaded;
      await settle(el);
      return el;
    }
    const wrapOf = (el: NpsOverlay) => shadow(el).querySelector<HTMLElement>('.track-wrap')!;
    const rendered = (el: NpsOverlay) =>
      [...shadow(el).querySelectorAll<HTMLElement>('.track .cell.measured')].map((c) => c.dataset['touchpointId']!);
    /**
     * Focus on the first touchpoint: a long track (over 200 measured) starts at the phase level
     * (test/a11y/phase-level.test.ts), where Enter goes into the first phase; a short one on it.
     */
    async function enterFirstTouchpoint(el: NpsOverlay): Promise<void> {
      const stop = shadow(el).querySelector<HTMLElement>('.phase-stop');
      if (stop) {
        stop.focus();
        await pressAndSettle(el, 'Enter');
      } else hit(el, 'tp-0').focus();
      expect(shadow(el).activeElement).to.equal(hit(el, 'tp-0'));
    }

    async function pressAndSettle(el: NpsOverlay, key: string): Promise<void> {
      await press(key);
      await settle(el);
    }

    for (const count of [1_000, 10_000]) {
      // The last touchpoint with NPS: every fifth has it, so tp-995 and tp-9995.
      const last = `tp-${count - 5}`;

      it(`keeps ${count.toLocaleString('en')} touchpoints as columns under 5,000 shadow nodes, every one reachable`, async () => {
        const el = await large(count, 1200);
        expect(el.mode).to.equal('horizontal');
        expect(el.columnLayout!.columns).to.have.length(count);
        expect(shadowNodes(shadow(el))).to.be.below(5_000);
        // 96 px columns, 1,200 px in view and 1,200 px of margin: columns 0…25, rounded out to 0…31.
        expect(shadow(el).querySelectorAll('.track > .cell')).to.have.length(32);
        expect(rendered(el)).to.deep.equal(['tp-0', 'tp-5', 'tp-10', 'tp-15', 'tp-20', 'tp-25', 'tp-30']);
        // Each cell sits in its own column of the track.
        expect(cell(el, 'tp-25').style.gridColumn).to.equal('26');
        await enterFirstTouchpoint(el);
        await pressAndSettle(el, 'End');
        expect(shadow(el).activeElement).to.equal(hit(el, last));
        expect(hit(el, last).getAttribute('tabindex')).to.equal('0');
        // Focus scrolled the column into view, and the window followed.
        const wrap = wrapOf(el);
        expect(wrap.scrollLeft + wrap.clientWidth).to.be.at.least(count * 96 - 1);
        await waitUntil(() => rendered(el).includes(`tp-${count - 10}`), 'the columns at the end');
        expect(rendered(el)).not.to.include('tp-0');
        // The last phase began far to the left: its name stays in view.
        const label = shadow(el).querySelector<HTMLElement>('.band-label')!;
        expect(label.textContent).to.equal('Phase 12');
        const seen = wrap.getBoundingClientRect();
        expect(label.getBoundingClientRect().left).to.be.within(seen.left, seen.right - 20);
        expect(shadowNodes(shadow(el))).to.be.below(5_000);
        await pressAndSettle(el, 'ArrowLeft');
        expect(shadow(el).activeElement).to.equal(hit(el, `tp-${count - 10}`));
        await pressAndSettle(el, 'Home');
        expect(shadow(el).activeElement).to.equal(hit(el, 'tp-0'));
        expect(wrap.scrollLeft).to.equal(0);
        // Scrolling halfway renders the columns there (and the one with the tab stop).
        wrap.scrollLeft = (count / 2) * 96;
        await waitUntil(() => rendered(el).includes(`tp-${count / 2}`), 'the columns scrolled to');
        expect(rendered(el)).to.include('tp-0');
        expect(shadowNodes(shadow(el))).to.be.below(5_000);
      });

      it(`keeps ${count.toLocaleString('en')} touchpoints as rows under 5,000 shadow nodes, every one reachable`, async () => {
        const el = await large(count, 480);
        expect(el.mode).to.equal('vertical');
        expect(shadowNodes(shadow(el))).to.be.below(5_000);
        const wrap = wrapOf(el);
        // The long list scrolls in its own box.
        expect(wrap.scrollHeight).to.be.greaterThan(wrap.clientHeight);
        expect(wrap.clientHeight).to.be.at.most(960);
        expect(rendered(el).slice(0, 3)).to.deep.equal(['tp-0', 'tp-5', 'tp-10']);
        await enterFirstTouchpoint(el);
        await pressAndSettle(el, 'End');
        expect(shadow(el).activeElement).to.equal(hit(el, last));
        await waitUntil(() => rendered(el).includes(`tp-${count - 20}`), 'the rows at the end');
        expect(rendered(el)).not.to.include('tp-0');
        expect(wrap.scrollTop + wrap.clientHeight).to.be.closeTo(wrap.scrollHeight, 1);
        const box = hit(el, last).getBoundingClientRect();
        const view = wrap.getBoundingClientRect();
        expect(box.top).to.be.at.least(view.top - 1);
        expect(box.bottom).to.be.at.most(view.bottom + 1);
        expect(shadowNodes(shadow(el))).to.be.below(5_000);
        await pressAndSettle(el, 'ArrowUp');
        expect(shadow(el).activeElement).to.equal(hit(el, `tp-${count - 10}`));
        await pressAndSettle(el, 'Home');
        expect(shadow(el).activeElement).to.equal(hit(el, 'tp-0'));
        expect(wrap.scrollTop).to.equal(0);
        // Scrolling halfway renders the rows there.
        wrap.scrollTop = wrap.scrollHeight / 2;
        const middle = () => rendered(el).filter((id) => Math.abs(Number(id.slice(3)) - count / 2) < count / 10);
        await waitUntil(() => middle().length > 0, 'the rows scrolled to');
        // The rows in view, and the first row, which holds the tab stop.
        expect(rendered(el)).to.include('tp-0');
        const boxes = middle().map((id) => cell(el, id).getBoundingClientRect());
        expect(boxes.some((b) => b.bottom > view.top && b.top < view.bottom)).to.equal(true);
        expect(shadowNodes(shadow(el))).to.be.below(5_000);
      });
    }

    it('renders every touchpoint of a short journey, in its own column or row', async () => {
      const columns = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`);
      expect(shadow(columns).querySelectorAll('.track > .cell')).to.have.length(12);
      expect(
        [...shadow(columns).querySelectorAll<HTMLElement>('.track > .cell')].map((c) => c.style.gridColumn),
      ).to.deep.equal(Array.from({ length: 12 }, (_, i) => String(i + 1)));
      const rows = await overlay(html`<nps-overlay .journey=${mortgage}></nps-overlay>`, 480);
      expect(shadow(rows).querySelectorAll('.track > .cell')).to.have.length(12);
      expect(shadow(rows).querySelector('.chunk, .gap')).to.equal(null);
    });
  });

  describe('invalid input', () => {
    it('shows the error panel and fires journey-error, and recovers on a valid journey', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('nps-overlay');
      el.journey = { version: 2, id: 'x' };
      const error = oneEvent(el, 'journey-error') as Promise<JourneyErrorEvent>;
      wrap.append(el);
      expect((await error).detail.code).to.equal('VALIDATION');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"][part="error"]')).to.exist;
      expect(shadow(el).querySelector('[role="toolbar"]')).to.equal(null);
      el.journey = mortgage;
      await settle(el);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(scoreOf(el, 'advice')).to.equal('+46');
    });
  });

  describe('live data', function () {
    this.timeout(20_000);
    const post = (what: string, key: string, query = '') =>
      fetch(`/__test__/nps-live/${what}?key=${key}${query}`, { method: 'POST' }).then((r) => r.json());
    const stats = (key: string) => fetch(`/__test__/nps-live/stats?key=${key}`).then((r) => r.json());

    /** An overlay on the live endpoint, refreshing every 0.2 s, after its first load. */
    async function live(): Promise<{ el: NpsOverlay; key: string; loads: JourneyLoadEvent[] }> {
      const key = `k${Math.random().toString(36).slice(2)}`;
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('nps-overlay');
      el.lang = 'en';
      el.src = `/__test__/nps-live.json?key=${key}`;
      el.refresh = 0.2;
      const loads: JourneyLoadEvent[] = [];
      el.addEventListener('journey-load', (e) => loads.push(e));
      const first = oneEvent(el, 'journey-load');
      wrap.append(el);
      await first;
      await settle(el);
      return { el, key, loads };
    }

    it('swaps in new answers without losing focus, and fires journey-load again', async () => {
      const { el, key, loads } = await live();
      // Version 0: 50/30/20 → +30, below the target +35.
      expect(scoreOf(el, 'advice')).to.equal('+30');
      expect(cell(el, 'advice').classList.contains('off-target')).to.equal(true);
      // Unchanged answers come back as 304 Not Modified (If-None-Match) and fire nothing.
      await waitUntil(async () => (await stats(key)).notModified >= 2, 'no 304 answers', { timeout: 5000 });
      expect(loads).to.have.length(1);
      const advice = hit(el, 'advice');
      advice.focus();
      const next = oneEvent(el, 'journey-load') as Promise<JourneyLoadEvent>;
      await post('advance', key);
      expect((await next).detail.origin).to.equal('src');
      await el.updateComplete;
      // Version 1: 60/30/20 → 100 × 40 / 110 = 36.4 → +36, now on target.
      expect(scoreOf(el, 'advice')).to.equal('+36');
      expect(hit(el, 'advice')).to.equal(advice);
      expect(shadow(el).activeElement).to.equal(advice);
      expect(advice.getAttribute('aria-label')).to.contain(
        'NPS +36: 55% promoters, 27% passives, 18% detractors, 110 responses, target +35 met',
      );
      expect(cell(el, 'advice').classList.contains('off-target')).to.equal(false);
      expect(loads).to.have.length(2);
      const counts = await stats(key);
      expect(counts.ok).to.equal(2);
    });

    it('keeps the last good data with a stale note when the server answers 500', async () => {
      const { el, key } = await live();
      const error = oneEvent(el, 'journey-error') as Promise<JourneyErrorEvent>;
      await post('mode', key, '&mode=error');
      const detail = (await error).detail;
      expect(detail.code).to.equal('FETCH');
      expect(detail.issues[0]!.message).to.contain('500');
      await el.updateComplete;
      const stale = shadow(el).querySelector('[part="stale"]')!;
      expect(text(stale)).to.match(/^stale since \d{1,2}:\d{2}/);
      expect(scoreOf(el, 'advice')).to.equal('+30');
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      await post('mode', key, '&mode=ok');
      await waitUntil(() => shadow(el).querySelector('[part="stale"]') === null, 'still stale', { timeout: 5000 });
      expect(scoreOf(el, 'advice')).to.equal('+30');
    });

    it('treats an HTML login page as a FETCH error and keeps the old data', async () => {
      const { el, key } = await live();
      const error = oneEvent(el, 'journey-error') as Promise<JourneyErrorEvent>;
      await post('mode', key, '&mode=html');
      await post('advance', key);
      const detail = (await error).detail;
      expect(detail.code).to.equal('FETCH');
      expect(detail.issues[0]!.message).to.contain('HTML page');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="stale"]')).to.exist;
      expect(scoreOf(el, 'advice')).to.equal('+30');
      // The server comes back: the new answers arrive and the note goes.
      const next = oneEvent(el, 'journey-load');
      await post('mode', key, '&mode=ok');
      await next;
      await el.updateComplete;
      expect(scoreOf(el, 'advice')).to.equal('+36');
      expect(shadow(el).querySelector('[part="stale"]')).to.equal(null);
    });

    it('keeps showing the data while a slow answer is on its way', async () => {
      const { el, key, loads } = await live();
      await post('mode', key, '&mode=slow&delay=1500');
      await post('advance', key);
      await aTimeout(700);
      expect(scoreOf(el, 'advice')).to.equal('+30');
      expect(shadow(el).querySelector('[part="stale"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="status"]')).to.equal(null);
      expect(loads).to.have.length(1);
      await waitUntil(() => loads.length === 2, 'the slow answer never arrived', { timeout: 5000 });
      await el.updateComplete;
      expect(scoreOf(el, 'advice')).to.equal('+36');
    });
  });
});

// Issue 16: the statistics on screen, from test/fixtures/nps-periods.json (all customers; the
// advice touchpoint's personas summed per period). Adjusted Wald (n′ = n + 3, z = 1.959964):
// apply 2026-Q3 45/30/25 → p′ = 45.75/103, d′ = 25.75/103, NPS′ = 0.19417,
// Var = (0.69417 − 0.03770)/103 = 0.0063735, ±1.96 · 0.079834 = ±0.15647 → +3.77 … +35.06 → "+4 to +35".
// Apply Q2 → Q3: NPS′ 0.09709 → 0.19417, Var 0.0066481 + 0.0063735, z = 0.0971/0.11411 = 0.85, p = 0.39:
// +10, not significant. Advice Q2 132/70/28 (+45) → Q3 80/70/80 (0): NPS′ 0.44635 → 0,
// Var 0.0021198 + 0.0029748, z = −0.44635/0.071376 = −6.25, p ≈ 4·10⁻¹⁰: −45, a significant dip.
describe('<nps-overlay> statistics over periods (issue 16)', () => {
  const open = async (el: NpsOverlay, id: string) => {
    hit(el, id).click();
    await settle(el);
    return shadow(el).querySelector('dialog')!;
  };

  it('draws every score with its interval as a whisker and in words', async () => {
    const el = await overlay(html`<nps-overlay .journey=${periods} lang="en"></nps-overlay>`);
    const apply = cell(el, 'apply');
    expect(text(apply.querySelector('.ci'))).to.equal('95%: +4 to +35');
    expect(hit(el, 'apply').getAttribute('aria-label'))
      .to.contain('100 responses, ')
      .and.contain('95% interval +4 to +35');
    // The whisker spans low…high on the same −100…+100 track as the score: x = start + (v + 100) / 200 · width.
    const track = apply.querySelector<SVGLineElement>('line.track-line')!;
    const [start, end] = [Number(track.getAttribute('x1')), Number(track.getAttribute('x2'))];
    const whisker = apply.querySelector('path.whisker')!.getAttribute('d')!;
    const [x0, x1] = [...whisker.matchAll(/M([\d.]+) 25 H([\d.]+)/g)][0]!.slice(1).map(Number);
    expect(x0).to.be.closeTo(start + ((3.77 + 100) / 200) * (end - start), 0.01);
    expect(x1).to.be.closeTo(start + ((35.065 + 100) / 200) * (end - start), 0.01);
  });

  it('reads "+16 (95 %: +6 tot +25), n = 250" in Dutch for a score with its interval', async () => {
    const el = await overlay(html`<nps-overlay .journey=${periods} lang="nl"></nps-overlay>`);
    expect(text(cell(el, 'apply').querySelector('.ci'))).to.equal('95 %: +4 tot +35');
    const dialog = await open(el, 'apply');
    const chart = dialog.querySelector('svg.trend-chart')!;
    expect(chart.getAttribute('aria-label')).to.equal(
      `NPS van Submit the application per periode met het 95%-interval: 2026-Q2: +10 (95 %: ${MINUS}6 tot +26), n = 100; ` +
        '2026-Q3: +20 (95 %: +4 tot +35), n = 100',
    );
  });

  it('shows the arrow only for a significant change; otherwise "≈ not significant" with both samples', async () => {
    const el = await overlay(html`<nps-overlay .journey=${periods} lang="en"></nps-overlay>`);
    const apply = cell(el, 'apply').querySelector('.trend')!;
    expect(text(apply)).to.equal('≈ not significant');
    expect(apply.querySelector('svg'), 'no arrow').to.equal(null);
    expect(hit(el, 'apply').getAttribute('aria-label')).to.contain(
      '+10 since 2026-Q2, not significant (n = 100 and 100)',
    );
    const advice = cell(el, 'advice').querySelector('.trend')!;
    expect(advice.classList.contains('down')).to.equal(true);
    expect(advice.querySelector('svg.icon-down')).to.exist;
    expect(text(advice)).to.equal(`${MINUS}45`);
    expect(hit(el, 'advice').getAttribute('aria-label')).to.contain('down 45 since 2026-Q2, significant');
  });

  it('says a change is unknown when a period has no answers, never "no change"', async () => {
    const journey = structuredClone(periods);
    journey.touchpoints[2]!.nps = [
      { period: '2026-Q2', promoters: 0, passives: 0, detractors: 0 },
      { period: '2026-Q3', promoters: 45, passives: 30, detractors: 25 },
    ] as never;
    const el = await overlay(html`<nps-overlay .journey=${journey} lang="en"></nps-overlay>`);
    const trend = cell(el, 'apply').querySelector('.trend')!;
    expect([text(trend), trend.classList.contains('unknown')]).to.deep.equal(['? change unknown', true]);
    expect(hit(el, 'apply').getAttribute('aria-label')).to.contain('change since 2026-Q2 unknown');
    el.view = 'table';
    await settle(el);
    const row = [...shadow(el).querySelectorAll('[part="table"] tbody tr')].find((tr) =>
      text(tr).startsWith('Submit the application'),
    )!;
    expect(text(row.children[9]!)).to.equal('unknown');
  });

  it('draws the trend over the periods with its band and the dip, and the same numbers in its table', async () => {
    const el = await overlay(html`<nps-overlay .journey=${periods} lang="en"></nps-overlay>`);
    const dialog = await open(el, 'advice');
    expect(text(dialog.querySelector('.history h3'))).to.equal('Trend over the periods');
    const chart = dialog.querySelector('svg.trend-chart')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.querySelector('path.trend-band')).to.exist;
    expect(chart.querySelectorAll('circle.trend-point')).to.have.length(3);
    // One significant dip, under the last period.
    expect(chart.querySelectorAll('path.trend-dip')).to.have.length(1);
    expect(chart.getAttribute('aria-label')).to.contain(
      `2026-Q3: 0 (95%: ${MINUS}11 to +11), n = 230 (significant dip)`,
    );
    // Q1 110/70/20: NPS′ = 0.44335, Var = 0.0022228, ±0.09241 → +35 … +54; Q2 +36 … +54; Q3 ±10.69.
    const rows = [...dialog.querySelectorAll('.history tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).to.deep.equal([
      ['2026-Q1', '+45', '+35 … +54', '200', '–', '+30 (met)'],
      ['2026-Q2', '+45', '+36 … +54', '230', '0 (not significant)', '+30 (met)'],
      ['2026-Q3', '0', `${MINUS}11 … +11`, '230', `${MINUS}45 (significant)`, '+30 (missed)'],
    ]);
    expect(dialog.querySelector('.history tbody tr.current th')!.textContent).to.equal('2026-Q3');
  });

  for (const lang of ['en', 'nl']) {
    it(`keeps the statistics accessible (${lang}): axe with the trend open, measured contrast of its words and marks`, async () => {
      const el = await overlay(html`<nps-overlay .journey=${periods} lang=${lang}></nps-overlay>`);
      await expect(el).to.be.accessible();
      const dialog = await open(el, 'advice');
      await expect(el).to.be.accessible();
      const problems: string[] = [];
      const background = effectiveBackground(dialog);
      for (const holder of textHolders(dialog).filter(isVisible)) {
        const style = getComputedStyle(holder);
        const colour = toRgba(holder instanceof SVGElement ? style.fill : style.color)!;
        const ratio = contrast(colour, background);
        if (ratio < 4.5)
          problems.push(`${lang} ${holder.getAttribute('class') ?? holder.tagName}: ${ratio.toFixed(2)}`);
      }
      // Non-text marks need 3:1 (WCAG 1.4.11): the line and whiskers by stroke, the points and the dip by fill.
      for (const [selector, what] of [
        ['.trend-line', 'stroke'],
        ['.trend-whisker', 'stroke'],
        ['.trend-point', 'fill'],
        ['.trend-dip', 'fill'],
      ] as const) {
        const mark = dialog.querySelector(selector)!;
        const ratio = contrast(toRgba(getComputedStyle(mark)[what])!, background);
        if (ratio < 3) problems.push(`${lang} ${selector}: ${ratio.toFixed(2)}`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

/** The mortgage journey with NPS on every touchpoint: the overlay's tab stop visits only measured ones. */
const mortgageMeasured = {
  ...structuredClone(mortgage),
  touchpoints: mortgage.touchpoints.map((t) => ({ ...t, nps: { promoters: 50, passives: 30, detractors: 20 } })),
};

runChartBehaviourTests({
  tag: 'nps-overlay',
  tabStop: (el) => el.shadowRoot!.querySelector<HTMLElement>('.track [tabindex="0"]'),
  activeIndex: (el) => {
    const stop = el.shadowRoot!.querySelector<HTMLElement>('.track button.hit[tabindex="0"]');
    const touchpoints = (el as NpsOverlay).journey as { touchpoints: { id: string }[] };
    return stop ? touchpoints.touchpoints.findIndex((t) => t.id === stop.dataset['touchpointId']) : null;
  },
  // A host's layout whose columns throw when read: the overlay must survive its host.
  breakDerivation: (el) => {
    const good = columnLayout(mortgage as never, { width: 1000 });
    (el as NpsOverlay).layout = Object.defineProperty({ ...good }, 'columns', {
      get: () => {
        throw new Error('a broken layout');
      },
    });
  },
  repair: (el) => ((el as NpsOverlay).layout = undefined),
  journeys: { short: mortgageMeasured, long: (count) => longJourney(count, { npsEverywhere: true }) },
});
