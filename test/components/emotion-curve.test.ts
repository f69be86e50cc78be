import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { removeFile, sendKeys, sendMouse, setViewport, writeFile } from '@web/test-runner-commands';
import { curveKeys, emotionSeries, peakEndOf } from '../../src/analytics/emotion.js';
import '../../src/components/emotion-curve/emotion-curve.js';
import type { EmotionCurve } from '../../src/components/emotion-curve/emotion-curve.js';
import type {
  JourneyErrorEvent,
  JourneyLoadEvent,
  JourneyTouchpointSelectEvent,
} from '../../src/events/journey-events.js';
import type { JourneyLayoutEvent } from '../../src/events/layout-event.js';
import { type ColumnLayout, columnLayout } from '../../src/layout/columns.js';
import { parseJourney } from '../../src/model/index.js';
import { Localizer } from '../../src/shared/i18n/localizer.js';
import type { Journey } from '../../src/model/types.js';
import generic from '../fixtures/generic-product.json';
import healthClaim from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import { runChartBehaviourTests } from './chart-behaviour.js';

function parsed(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.journey;
}

/** Renders a curve in a box of `width` px and waits until it has drawn. */
async function curveOf(journey: unknown, width = 1280, attributes: Record<string, string> = {}): Promise<EmotionCurve> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('emotion-curve');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.journey = journey;
  // Large journeys are validated in slices: wait for the load (or error) before measuring.
  const settled = new Promise((resolve) => {
    el.addEventListener('journey-load', resolve, { once: true });
    el.addEventListener('journey-error', resolve, { once: true });
  });
  box.append(el);
  if (journey !== undefined) await Promise.race([settled, aTimeout(10_000)]);
  await el.updateComplete;
  // The size controller reports on the next animation frame; let any re-render settle.
  await aTimeout(50);
  await el.updateComplete;
  return el;
}

const root = (el: EmotionCurve) => el.shadowRoot!;
const all = (el: EmotionCurve, selector: string) => [...root(el).querySelectorAll<SVGElement | HTMLElement>(selector)];
const one = <T extends Element = SVGElement>(el: EmotionCurve, selector: string) => root(el).querySelector<T>(selector);
const active = (el: EmotionCurve) => one(el, '.point[tabindex="0"]')!;
const activeAt = (el: EmotionCurve) => [Number(active(el).dataset.index), Number(active(el).dataset.curve)];
const tooltipText = (el: EmotionCurve) =>
  one<HTMLElement>(el, '[part="tooltip"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until `condition()` holds, polling every 10 ms; fails with `what` after 5 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 5_000) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function focusPlot(el: EmotionCurve): Promise<void> {
  (active(el) as SVGGElement).focus();
  await el.updateComplete;
}

async function press(el: EmotionCurve, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** A valid journey without a single touchpoint. */
const noTouchpoints = {
  version: 1,
  id: 'empty',
  title: 'Lege reis',
  locale: 'nl-NL',
  phases: [{ id: 'p', label: 'Fase' }],
  touchpoints: [],
};

/**
 * The layout a hosting `<journey-map>` hands its emotion lane: the map's columns shifted to start
 * at 0, no inset, no end space (see journey-map/lane-window.ts).
 */
function laneLayout(journey: Journey, columnWidth: number): ColumnLayout {
  return columnLayout(journey, {
    width: columnWidth * journey.touchpoints.length,
    minColumnWidth: columnWidth,
    maxColumnWidth: columnWidth,
  });
}

describe('<emotion-curve>', () => {
  /** Lit's dev-mode warnings (each is printed once per page, so one list for the whole file). */
  const warnings: string[] = [];
  const warn = console.warn;

  before(async () => {
    // Wide enough for the 1280 px layouts, so the pointer can reach every column.
    await setViewport({ width: 1400, height: 1000 });
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
    it('is accessible with every persona shown', async () => {
      const el = await curveOf(mortgage);
      await expect(el).to.be.accessible();
    });

    it('is accessible with one persona', async () => {
      const el = await curveOf(mortgage, 1280, { persona: 'starter' });
      await expect(el).to.be.accessible();
    });

    it('is accessible showing the error panel', async () => {
      const el = await curveOf({ version: 2 });
      await expect(el).to.be.accessible();
    });

    it('is accessible when empty', async () => {
      const el = await curveOf(undefined);
      await expect(el).to.be.accessible();
    });

    it('is accessible as a data table', async () => {
      const el = await curveOf(mortgage, 480);
      one<HTMLButtonElement>(el, '[part="toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is a figure named by the journey title and described by the summary', async () => {
      const el = await curveOf(mortgage);
      const figure = one<HTMLElement>(el, 'figure')!;
      const title = root(el).getElementById(figure.getAttribute('aria-labelledby')!)!;
      const summary = root(el).getElementById(figure.getAttribute('aria-describedby')!)!;
      expect(title.textContent).to.equal('Een huis kopen met een hypotheek');
      expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.contain(
        'Emotie van Starter over 12 contactmomenten: begint bij Hypotheken vergelijken (+1, positief), ' +
          'eindigt bij Eerste maandlasten (+1, positief); laagste Documenten aanleveren (−3, negatief), ' +
          'hoogste Tekenen bij de notaris (+4, zeer positief); gelijkblijvend.',
      );
      expect(summary.textContent).to.contain(
        'Piek +4 (Tekenen bij de notaris), einde +1 (Eerste maandlasten): herinnerde ervaring +2,5.',
      );
      expect(summary.textContent).to.contain('Emotie van Doorstromer over 11 contactmomenten');
    });

    it('lets authors replace the summary through the summary slot', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 800px">
        <emotion-curve .journey=${mortgage}><p slot="summary">Eigen samenvatting</p></emotion-curve>
      </div>`);
      const el = box.querySelector('emotion-curve')!;
      await el.updateComplete;
      const slot = one<HTMLSlotElement>(el, 'slot[name="summary"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Eigen samenvatting']);
      expect(slot.closest('[part="summary"]')!.id).to.equal(one(el, 'figure')!.getAttribute('aria-describedby'));
    });

    it('names each point by touchpoint, phase, position, channel, persona, emotion and moment of truth', async () => {
      const el = await curveOf(mortgage);
      const sign = one(el, '.point[data-index="7"][data-curve="0"]')!;
      expect(sign.getAttribute('role')).to.equal('img');
      expect(sign.getAttribute('aria-label')).to.equal(
        'Tekenen bij de notaris, contactmoment 8 van 12, fase Afsluiten, kanaal Notaris, ' +
          'emotie Starter: vreugde, +4 (zeer positief), moment van de waarheid: wow-moment, piek',
      );
      const gap = one(el, '.point[data-index="5"][data-curve="1"]')!;
      expect(gap.getAttribute('aria-label')).to.equal(
        'Bellen over de status, contactmoment 6 van 12, fase Afsluiten, kanaal telefoon, emotie Doorstromer: geen gegevens',
      );
    });

    it('keeps every text at 12 px or more', async () => {
      const el = await curveOf(mortgage, 375);
      await focusPlot(el);
      const sizes: number[] = [];
      const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent!.trim() === '' || !node.parentElement) continue;
        sizes.push(parseFloat(getComputedStyle(node.parentElement).fontSize));
      }
      expect(sizes.length).to.be.greaterThan(50);
      expect(Math.min(...sizes)).to.be.at.least(12);
    });
  });

  describe('default render', () => {
    const examples: [string, unknown, number, number][] = [
      // [name, journey, lines (one per persona, or one overall), scored points]
      ['mortgage-nl', mortgage, 2, 23],
      ['health-claim-en', healthClaim, 2, 12],
      ['generic-product', generic, 1, 0],
    ];
    for (const [name, journey, lines, points] of examples) {
      it(`draws ${name}: ${lines} line(s), ${points} scored points`, async () => {
        const el = await curveOf(journey);
        expect(all(el, '.curve-line')).to.have.length(lines);
        expect(all(el, '.point.scored')).to.have.length(points);
        expect(curveKeys(parsed(journey))).to.have.length(lines);
        expect(one(el, '.zero-line')).to.exist;
      });
    }

    it('says "no emotions recorded" in the plot of a journey without emotions, never a blank box', async () => {
      const el = await curveOf(generic);
      expect(one(el, '.no-data')!.textContent).to.equal('Geen emoties vastgelegd');
      expect(all(el, '.column-label')).to.have.length(7);
      // Nothing to switch to or explain: no table toggle, no legend; the summary says it too.
      expect(one(el, '[part="toggle"]')).to.equal(null);
      expect(one(el, '[part="legend"]')).to.equal(null);
      expect(one(el, '[part="summary"]')!.textContent!.trim()).to.equal('Alle klanten: geen emoties vastgelegd.');
      const en = await curveOf(generic, 800, { lang: 'en' });
      expect(one(en, '.no-data')!.textContent).to.equal('No emotions recorded');
    });

    describe('a journey without touchpoints', () => {
      const problems: string[] = [];
      const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
      const onRejection = (event: PromiseRejectionEvent) => problems.push(`rejection: ${String(event.reason)}`);
      const consoleError = console.error;
      beforeEach(() => {
        problems.length = 0;
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        console.error = (...args: unknown[]) => {
          problems.push(`console.error: ${args.map(String).join(' ')}`);
          consoleError.apply(console, args);
        };
      });
      afterEach(() => {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        console.error = consoleError;
      });

      it('shows the empty state in Dutch and English, without an exception or a console error', async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
        const el = document.createElement('emotion-curve');
        const loaded = oneEvent(el, 'journey-load') as Promise<JourneyLoadEvent>;
        el.journey = noTouchpoints;
        box.append(el);
        expect((await loaded).detail.journey.touchpoints).to.have.length(0);
        await el.updateComplete;
        await aTimeout(50);
        await el.updateComplete;
        expect(one(el, '[part="error"]')).to.equal(null);
        expect(one<HTMLElement>(el, '[part="status"]')!.textContent!.trim()).to.equal('Geen emoties vastgelegd');
        expect(one(el, 'figcaption')!.textContent).to.equal('Lege reis');
        expect(all(el, '.point')).to.have.length(0);
        expect(one(el, '[part="toggle"]')).to.equal(null);
        el.setAttribute('lang', 'en');
        await aTimeout(0);
        await el.updateComplete;
        expect(one<HTMLElement>(el, '[part="status"]')!.textContent!.trim()).to.equal('No emotions recorded');
        await expect(el).to.be.accessible();
        expect(problems).to.deep.equal([]);
      });

      it('shows the empty state when hosted, and when a journey with touchpoints is replaced by one without', async () => {
        const el = await curveOf(mortgage);
        await focusPlot(el);
        await press(el, 'End');
        el.journey = noTouchpoints;
        await el.updateComplete;
        expect(one<HTMLElement>(el, '[part="status"]')!.textContent!.trim()).to.equal('Geen emoties vastgelegd');
        el.layout = laneLayout(parsed(noTouchpoints), 100);
        await el.updateComplete;
        expect(el.mode).to.equal('hosted');
        expect(one<HTMLElement>(el, '[part="status"]')!.textContent!.trim()).to.equal('Geen emoties vastgelegd');
        expect(one(el, '[part="error"]')).to.equal(null);
        expect(problems).to.deep.equal([]);
      });
    });

    it('marks peak and end with the values of peakEndOf', async () => {
      const journey = parsed(mortgage);
      const el = await curveOf(mortgage);
      const expected = [
        // Hand-computed: the starter peaks at "sign" (+4), ends at "first-payment" (+1); the mover +3 and +2.
        { persona: 'starter', peak: [7, 4], end: [11, 1], remembered: 2.5 },
        { persona: 'mover', peak: [7, 3], end: [11, 2], remembered: 2.5 },
      ];
      expected.forEach(({ persona, peak, end, remembered }, c) => {
        const analytics = peakEndOf(emotionSeries(journey, persona), persona)!;
        expect([analytics.peak.index, analytics.peak.score]).to.deep.equal(peak);
        expect([analytics.end.index, analytics.end.score]).to.deep.equal(end);
        expect(analytics.remembered).to.equal(remembered);
        const peakMark = one(el, `.peak-end-mark[data-curve="${c}"][data-kind="peak"]`)!;
        const endMark = one(el, `.peak-end-mark[data-curve="${c}"][data-kind="end"]`)!;
        expect([Number(peakMark.dataset.index), Number(peakMark.dataset.value)]).to.deep.equal(peak);
        expect([Number(endMark.dataset.index), Number(endMark.dataset.value)]).to.deep.equal(end);
        expect(Number(one<HTMLElement>(el, `.legend-curve[data-curve="${c}"]`)!.dataset.remembered)).to.equal(
          remembered,
        );
      });
      const labels = all(el, '.point-label--peak, .point-label--end').map((t) => t.textContent);
      expect(labels).to.include.members(['piek +4', 'einde +1', 'piek +3', 'einde +2']);
    });

    it('highlights the largest drop of each persona', async () => {
      const el = await curveOf(healthClaim);
      // Young adult: +2 at "treatment" to −3 at "bill" (−5); chronic: +1 → −2 (−3).
      const halos = all(el, '.drop-halo[data-curve]').map((h) => [h.dataset.curve, h.dataset.from, h.dataset.to]);
      expect(halos).to.deep.equal([
        ['0', '2', '3'],
        ['1', '0', '1'],
      ]);
      expect(all(el, '.point-label--drop').map((t) => t.textContent)).to.have.members(['↓ −5', '↓ −3']);
    });

    it('breaks the line where a score is missing', async () => {
      const el = await curveOf(mortgage);
      const mover = one(el, '.curve-line[data-curve="1"]')!.getAttribute('d')!;
      const starter = one(el, '.curve-line[data-curve="0"]')!.getAttribute('d')!;
      expect(mover.match(/M/g)).to.have.length(2);
      expect(starter.match(/M/g)).to.have.length(1);
      expect(one(el, '.point.gap[data-index="5"][data-curve="1"]')).to.exist;
      expect(one(el, '.point.scored[data-index="5"][data-curve="1"]')).to.equal(null);
    });

    it('marks moments of truth', async () => {
      const el = await curveOf(mortgage);
      expect(all(el, '.moment').map((m) => Number(m.dataset.index))).to.deep.equal([2, 7, 9, 10]);
    });

    it('draws a glyph for named emotions and labels them with a word', async () => {
      const el = await curveOf(mortgage, 1280, { persona: 'starter' });
      expect(one(el, '.point[data-index="4"][data-curve="0"] .glyph')).to.exist;
      expect(all(el, '.point-label--word').map((t) => t.textContent)).to.include.members(['frustratie', 'verwarring']);
    });

    it('puts the points on the shared column layout and announces it', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
      const el = document.createElement('emotion-curve');
      const announced = oneEvent(el, 'journey-layout') as Promise<JourneyLayoutEvent>;
      el.journey = mortgage;
      box.append(el);
      const event = await announced;
      expect(event.bubbles).to.equal(false);
      expect(event.layout).to.equal(el.columnLayout);
      // (1280 − 56 axis − 12 end) / 12 columns = 101 px.
      expect(el.columnLayout!.columnWidth).to.equal(101);
      const point = one(el, '.point[data-index="0"][data-curve="0"]')!;
      expect(point.getAttribute('transform')!.startsWith('translate(106.5 ')).to.equal(true);
    });
  });

  describe('properties and attributes', () => {
    it('shows one line for persona="starter" without recomputing the layout', async () => {
      const el = await curveOf(mortgage);
      const layout = el.columnLayout;
      el.persona = 'starter';
      await el.updateComplete;
      expect(all(el, '.curve-line')).to.have.length(1);
      expect(all(el, '.point.scored')).to.have.length(12);
      expect(all(el, '.legend-curve')).to.have.length(1);
      expect(el.columnLayout).to.equal(layout);
      expect(el.getAttribute('persona')).to.equal('starter');
      el.setAttribute('persona', 'all');
      await el.updateComplete;
      expect(all(el, '.curve-line')).to.have.length(2);
    });

    it('overlays every persona for an unknown persona id', async () => {
      const el = await curveOf(mortgage, 1280, { persona: 'nobody' });
      expect(all(el, '.curve-line')).to.have.length(2);
    });

    it('draws monotone, linear and step curves differently', async () => {
      const el = await curveOf(mortgage, 1280, { persona: 'starter' });
      const path = () => one(el, '.curve-line')!.getAttribute('d')!;
      const monotone = path();
      expect(monotone).to.match(/C/);
      el.setAttribute('curve', 'linear');
      await el.updateComplete;
      const linear = path();
      expect(linear).not.to.match(/C/);
      expect(linear.match(/L/g)).to.have.length(11);
      el.curve = 'step';
      await el.updateComplete;
      const step = path();
      expect(step).not.to.match(/C/);
      expect(step.match(/L/g)!.length).to.be.greaterThan(11);
      expect(new Set([monotone, linear, step]).size).to.equal(3);
    });

    it('uses a column layout it is given (hosted by a journey map)', async () => {
      const journey = parsed(mortgage);
      const layout = columnLayout(journey, { width: 1600, inset: 120, minColumnWidth: 100 });
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1600px"></div>`);
      const el = document.createElement('emotion-curve');
      el.journey = mortgage;
      el.layout = layout;
      box.append(el);
      await el.updateComplete;
      expect(el.columnLayout).to.equal(layout);
      const point = one(el, '.point[data-index="3"][data-curve="0"]')!;
      expect(point.getAttribute('transform')!.startsWith(`translate(${layout.columns[3]!.cx} `)).to.equal(true);
    });

    describe('hosted by a journey map (layout given)', () => {
      async function hostedOf(
        journey: unknown,
        columnWidth = 100,
      ): Promise<{ el: EmotionCurve; layout: ColumnLayout }> {
        const layout = laneLayout(parsed(journey), columnWidth);
        const box = await fixture<HTMLDivElement>(html`<div style="width: ${layout.width}px"></div>`);
        const el = document.createElement('emotion-curve');
        el.journey = journey;
        el.layout = layout;
        box.append(el);
        await el.updateComplete;
        await aTimeout(50);
        await el.updateComplete;
        return { el, layout };
      }
      const boxOf = (node: Element) => (node as SVGGraphicsElement).getBBox();
      const overlaps = (p: DOMRect, q: DOMRect) =>
        p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

      it('reports its mode: hosted while a layout is given, standalone otherwise', async () => {
        const { el } = await hostedOf(mortgage);
        expect(el.mode).to.equal('hosted');
        el.layout = undefined;
        await el.updateComplete;
        expect(el.mode).to.equal('standalone');
        expect(one(el, '[part="toggle"]')).to.exist;
        expect(all(el, '.column-label')).to.have.length(12);
        expect(one(el, 'figcaption')!.classList.contains('journey-visually-hidden')).to.equal(false);
      });

      it('repeats nothing the map shows: no title, phases, touchpoint labels, moments, legend, toggle or emotion words', async () => {
        const { el } = await hostedOf(mortgage);
        // The title and the summary stay for screen readers, visually hidden.
        const caption = one<HTMLElement>(el, 'figcaption')!;
        expect(caption.textContent).to.equal('Een huis kopen met een hypotheek');
        expect(caption.classList.contains('journey-visually-hidden')).to.equal(true);
        expect(caption.getBoundingClientRect().width).to.be.at.most(1);
        const summary = one<HTMLElement>(el, '[part="summary"]')!;
        expect(summary.classList.contains('journey-visually-hidden')).to.equal(true);
        expect(summary.textContent).to.contain('Emotie van Starter over 12 contactmomenten');
        for (const selector of [
          '[part="toggle"]',
          '[part="legend"]',
          '.bands',
          '.band-label',
          '.band-fill',
          '.column-label',
          '.moment',
          '.point-label--word',
          '.axis-title',
          '.axis:not(.axis--overlay)',
        ]) {
          expect(all(el, selector), selector).to.have.length(0);
        }
      });

      it('lays its ticks over the plot, sticking beside the host’s lane headers while the host scrolls', async () => {
        const { el } = await hostedOf(mortgage);
        const axis = one<HTMLElement>(el, '.axis--overlay')!;
        expect(all(el, '.axis--overlay .tick-label--inside').map((t) => t.textContent)).to.deep.equal([
          '−5',
          '−2,5',
          '0',
          '+2,5',
          '+5',
        ]);
        // It takes no room: the plot starts where it would without it.
        const style = getComputedStyle(axis);
        expect(style.position).to.equal('sticky');
        expect(parseFloat(style.marginInlineEnd)).to.equal(-parseFloat(style.width));
        el.style.setProperty('--journey-axis-sticky-start', '168px');
        expect(getComputedStyle(axis).insetInlineStart).to.equal('168px');
      });

      it('draws the axis, the zero line, the curves, glyphs, peak-end and drop marks on the given columns', async () => {
        const { el, layout } = await hostedOf(mortgage);
        expect(el.columnLayout).to.equal(layout);
        // 240 px tall: the plot from 22 to 210 px, 18.8 px per point, so a tick every 2.5 (≥ 20 px apart).
        expect(one<HTMLElement>(el, '.canvas')!.style.height).to.equal('240px');
        expect(Math.round(el.getBoundingClientRect().height)).to.equal(240);
        const ticks = all(el, '.tick-label--inside') as SVGTextElement[];
        expect(ticks.map((t) => t.textContent)).to.deep.equal(['−5', '−2,5', '0', '+2,5', '+5']);
        expect(ticks.map((t) => Number(t.getAttribute('y')))).to.deep.equal([210, 163, 116, 69, 22]);
        expect(ticks.every((t) => t.getAttribute('x') === '6')).to.equal(true);
        expect(Number(one(el, '.zero-line')!.getAttribute('y1'))).to.equal(116);
        expect(all(el, '.curve-line')).to.have.length(2);
        expect(all(el, '.point.scored')).to.have.length(23);
        expect(one(el, '.point[data-index="7"][data-curve="0"] .glyph')).to.exist;
        // Touchpoint 4 sits in the middle of its 100 px column: x = 450; the starter's +4 at "sign" is 116 − 4 × 18.8.
        expect(
          one(el, '.point[data-index="4"][data-curve="0"]')!.getAttribute('transform')!.startsWith('translate(450 '),
        ).to.equal(true);
        expect(one(el, '.point[data-index="7"][data-curve="0"]')!.getAttribute('transform')).to.equal(
          'translate(750 40.8)',
        );
        expect(
          all(el, '.peak-end-mark').map((m) => `${m.dataset.curve}:${m.dataset.kind}:${m.dataset.index}`),
        ).to.deep.equal(['0:peak:7', '0:end:11', '1:peak:7', '1:end:11']);
        expect(all(el, '.point-label--peak, .point-label--end').map((t) => t.textContent)).to.have.members([
          'piek +4',
          'einde +1',
          'piek +3',
          'einde +2',
        ]);
        expect(
          all(el, '.drop-halo[data-curve]').map((h) => `${h.dataset.curve}:${h.dataset.from}→${h.dataset.to}`),
        ).to.have.length(2);
        expect(all(el, '.point-label--drop')).to.have.length(2);
      });

      it('keeps the labels of points clear of the ticks in the first column', async () => {
        // The first touchpoint is the peak at +5 and the drop lands on the second, in narrow columns.
        const journey = {
          version: 1,
          id: 'edge',
          title: 'Rand',
          phases: [{ id: 'p', label: 'Fase' }],
          touchpoints: [5, -5, 4, -5, 1].map((score, i) => ({
            id: `t${i}`,
            phase: 'p',
            label: `T${i}`,
            emotions: [{ score }],
          })),
        };
        const { el } = await hostedOf(journey, 64);
        const ticks = all(el, '.tick-label--inside').map(boxOf);
        const labels = all(el, '.point-label').map((t) => ({ text: t.textContent!, box: boxOf(t) }));
        expect(labels.map((l) => l.text)).to.include('peak +5');
        // Each loop below must have something to check: the inside axis has ticks.
        expect(ticks.length, 'ticks inside the plot').to.be.at.least(2);
        for (const label of labels) {
          for (const tick of ticks) expect(overlaps(label.box, tick), label.text).to.equal(false);
        }
      });

      it('uses the axis beside the plot when the given layout leaves room for it', async () => {
        const journey = parsed(mortgage);
        const layout = columnLayout(journey, { width: 1600, inset: 120, minColumnWidth: 100 });
        const box = await fixture<HTMLDivElement>(html`<div style="width: 1600px"></div>`);
        const el = document.createElement('emotion-curve');
        el.journey = mortgage;
        el.layout = layout;
        box.append(el);
        await el.updateComplete;
        expect(all(el, '.tick-label--inside')).to.have.length(0);
        expect(all(el, '.axis .tick-label').map((t) => t.textContent)).to.deep.equal(['−5', '−2,5', '0', '+2,5', '+5']);
        expect(one(el, '.axis-title')).to.equal(null);
      });
    });

    it('speaks Dutch with lang="nl" and English with lang="en"', async () => {
      const nl = await curveOf(healthClaim, 800, { lang: 'nl' });
      const en = await curveOf(mortgage, 800, { lang: 'en' });
      expect(one(nl, '[part="toggle"]')!.textContent!.trim()).to.equal('Toon datatabel');
      expect(one(en, '[part="toggle"]')!.textContent!.trim()).to.equal('Show data table');
      expect(one(nl, '.axis-title')!.textContent).to.equal('Emotie');
      expect(one(en, '.axis-title')!.textContent).to.equal('Emotion');
      expect(one(nl, '[part="legend"]')!.textContent).to.contain('herinnerde ervaring');
      expect(one(en, '[part="legend"]')!.textContent).to.contain('remembered experience');
      // Numbers follow the locale: the chronic patient remembers +2.75, shown with one decimal.
      expect(one(nl, '.legend-curve[data-curve="1"] strong')!.textContent).to.equal('+2,8');
      en.setAttribute('lang', 'nl');
      await aTimeout(0);
      await en.updateComplete;
      expect(one(en, '[part="toggle"]')!.textContent!.trim()).to.equal('Toon datatabel');
    });

    it('loads a journey from an inline JSON child', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('emotion-curve');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(healthClaim);
      el.append(script);
      const loaded = oneEvent(el, 'journey-load') as Promise<JourneyLoadEvent>;
      box.append(el);
      const event = await loaded;
      expect(event.detail.origin).to.equal('inline');
      await el.updateComplete;
      expect(all(el, '.curve-line')).to.have.length(2);
    });

    it('draws an inline journey in its first update, with no second update asked for', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('emotion-curve');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(healthClaim);
      el.append(script);
      const seen: { lines: number; pending: boolean }[] = [];
      const updated = (el as unknown as { updated: (changed: unknown) => void }).updated;
      // Records, after each update, what it drew and whether another update is already due.
      Object.defineProperty(el, 'updated', {
        value(this: EmotionCurve, changed: unknown) {
          updated.call(this, changed);
          seen.push({ lines: this.shadowRoot!.querySelectorAll('.curve-line').length, pending: this.isUpdatePending });
        },
      });
      box.append(el);
      await el.updateComplete;
      expect(seen[0]).to.deep.equal({ lines: 2, pending: false });
    });

    it('loads a journey from src', async () => {
      // The test server turns .json into modules; a .map file is served as application/json.
      await writeFile({ path: 'tmp-served/emotion-curve-health.map', content: JSON.stringify(healthClaim) });
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
        const el = document.createElement('emotion-curve');
        el.setAttribute('src', '/test/components/tmp-served/emotion-curve-health.map');
        const loaded = oneEvent(el, 'journey-load') as Promise<JourneyLoadEvent>;
        box.append(el);
        expect((await loaded).detail.origin).to.equal('src');
        await el.updateComplete;
        expect(all(el, '.point.scored')).to.have.length(12);
      } finally {
        await removeFile({ path: 'tmp-served/emotion-curve-health.map' });
      }
    });
  });

  describe('keyboard', () => {
    it('is one tab stop', async () => {
      const el = await curveOf(mortgage);
      expect(all(el, '.point[tabindex="0"]')).to.have.length(1);
      expect(all(el, '.point[tabindex="-1"]')).to.have.length(23);
    });

    it('moves with arrows, Home/End and PageUp/PageDown, and selects with Enter', async () => {
      const el = await curveOf(mortgage);
      await focusPlot(el);
      expect(activeAt(el)).to.deep.equal([0, 0]);
      await press(el, 'ArrowRight');
      expect(activeAt(el)).to.deep.equal([1, 0]);
      expect(root(el).activeElement).to.equal(active(el));
      await press(el, 'End');
      expect(activeAt(el)).to.deep.equal([11, 0]);
      await press(el, 'Home');
      expect(activeAt(el)).to.deep.equal([0, 0]);
      // Phases start at touchpoints 0 (Oriënteren), 3 (Afsluiten), 8 (Verhuizen), 10 (Gebruiken).
      await press(el, 'PageDown');
      expect(activeAt(el)).to.deep.equal([3, 0]);
      await press(el, 'PageDown');
      expect(activeAt(el)).to.deep.equal([8, 0]);
      await press(el, 'ArrowLeft');
      await press(el, 'PageUp');
      expect(activeAt(el)).to.deep.equal([3, 0]);
      await press(el, 'PageUp');
      expect(activeAt(el)).to.deep.equal([0, 0]);
      await press(el, 'ArrowRight');
      await press(el, 'ArrowDown');
      expect(activeAt(el)).to.deep.equal([1, 1]);
      await press(el, 'ArrowDown');
      expect(activeAt(el)).to.deep.equal([1, 1]);
      await press(el, 'ArrowUp');
      await press(el, 'ArrowDown');
      expect(root(el).activeElement).to.equal(active(el));
      const selected = oneEvent(el, 'journey-touchpoint-select') as Promise<JourneyTouchpointSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ touchpointId: 'calculate', persona: 'mover' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('keeps focus in the plot, on the first point, when new data arrives', async () => {
      const el = await curveOf(mortgage);
      await focusPlot(el);
      await press(el, 'End');
      await press(el, 'Escape');
      el.journey = healthClaim;
      await el.updateComplete;
      expect(activeAt(el)).to.deep.equal([0, 0]);
      expect(root(el).activeElement).to.equal(active(el));
      expect(active(el).getAttribute('aria-label')!.startsWith('Check what is covered, touchpoint 1 of 6')).to.equal(
        true,
      );
      // Focus that stays inside does not reopen the tooltip that Escape closed.
      expect(one(el, '[part="tooltip"]')).to.equal(null);
      expect(one(el, '.focus-ring')).to.exist;
    });

    it('shows a tooltip on focus and closes it with Escape', async () => {
      const el = await curveOf(mortgage);
      await focusPlot(el);
      await press(el, 'ArrowRight');
      expect(tooltipText(el)).to.equal(
        'Maximale hypotheek berekenen Oriënteren · 2 van 12 · website ' +
          'Starter: verwarring, −1 (negatief) Begrippen als NHG en annuïteit zijn onduidelijk ' +
          'Doorstromer: vreugde, +2 (positief)',
      );
      expect(one(el, '.focus-ring')).to.exist;
      await press(el, 'Escape');
      expect(one(el, '[part="tooltip"]')).to.equal(null);
      expect(one(el, '.focus-ring')).to.exist;
    });

    it('tells the moment of truth and its note in the tooltip', async () => {
      const el = await curveOf(mortgage);
      await focusPlot(el);
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(tooltipText(el)).to.contain('Beslissend moment — Vertrouwen wordt hier gewonnen of verloren');
    });

    it('scrolls the focused touchpoint into view on a narrow screen', async () => {
      const el = await curveOf(mortgage, 375);
      const scroller = one<HTMLElement>(el, '[part="plot"]')!;
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      await focusPlot(el);
      await press(el, 'End');
      const column = el.columnLayout!.columns[11]!;
      expect(scroller.scrollLeft + scroller.clientWidth).to.be.at.least(column.x1);
    });
  });

  describe('pointer', () => {
    it('shows the tooltip of the point under the pointer and selects it on click', async () => {
      const el = await curveOf(mortgage);
      const point = one(el, '.point[data-index="7"][data-curve="1"]')!.getBoundingClientRect();
      const x = Math.round(point.left + point.width / 2);
      const y = Math.round(point.top + point.height / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await el.updateComplete;
      expect(tooltipText(el)).to.contain('Tekenen bij de notaris');
      expect(tooltipText(el)).to.contain('Doorstromer: vreugde, +3 (positief) — piek');
      const selected = oneEvent(el, 'journey-touchpoint-select') as Promise<JourneyTouchpointSelectEvent>;
      await sendMouse({ type: 'click', position: [x, y] });
      expect((await selected).detail).to.deep.equal({ touchpointId: 'sign', persona: 'mover' });
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('data table', () => {
    it('shows the same numbers as the chart in a real table', async () => {
      const el = await curveOf(mortgage);
      const toggle = one<HTMLButtonElement>(el, '[part="toggle"]')!;
      toggle.click();
      await el.updateComplete;
      const table = one<HTMLTableElement>(el, 'table')!;
      expect(table.caption!.textContent).to.equal('Datatabel: Een huis kopen met een hypotheek');
      expect([...table.tHead!.querySelectorAll('th')].map((th) => [th.textContent!.trim(), th.scope])).to.deep.equal([
        ['Contactmoment', 'col'],
        ['Fase', 'col'],
        ['Starter', 'col'],
        ['Doorstromer', 'col'],
        ['Moment van de waarheid', 'col'],
      ]);
      const rows = [...table.tBodies[0]!.rows];
      expect(rows).to.have.length(12);
      const cells = (r: number) => [...rows[r]!.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
      expect(cells(7)).to.deep.equal([
        'Tekenen bij de notaris',
        'Afsluiten',
        '+4 (vreugde)',
        '+3 (vreugde)',
        'Wow-moment',
      ]);
      expect(cells(5)).to.deep.equal(['Bellen over de status', 'Afsluiten', '−2 (angst)', 'geen gegevens', '']);
      expect(rows[0]!.cells[0]!.getAttribute('scope')).to.equal('row');
      // One view toggle (aria-pressed): its name stays, its pressed state says the table is on.
      expect([toggle.textContent!.trim(), toggle.getAttribute('aria-pressed')]).to.deep.equal([
        'Toon datatabel',
        'true',
      ]);
      const footer = [...table.tFoot!.rows].map((r) => r.cells[1]!.textContent);
      expect(footer).to.deep.equal(['+4 (Tekenen bij de notaris)', '+1 (Eerste maandlasten)', '+2,5']);
    });
  });

  describe('invalid input', () => {
    it('shows the error panel and fires journey-error for an invalid journey property', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('emotion-curve');
      box.append(el);
      await el.updateComplete;
      const failed = oneEvent(el, 'journey-error') as Promise<JourneyErrorEvent>;
      el.journey = { ...mortgage, touchpoints: [{ id: 'x', phase: 'nowhere', label: 'X' }] };
      const event = await failed;
      await el.updateComplete;
      expect(event.detail.code).to.equal('VALIDATION');
      expect(event.detail.issues.map((i) => i.path)).to.include('touchpoints[0].phase');
      const panel = one<HTMLElement>(el, '[part="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('touchpoints[0].phase');
      expect(one(el, 'figure')).to.equal(null);
      el.journey = healthClaim;
      await el.updateComplete;
      expect(one(el, '[part="error"]')).to.equal(null);
      expect(all(el, '.curve-line')).to.have.length(2);
    });

    it('shows the error panel and fires journey-error for invalid inline JSON', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('emotion-curve');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"version": 1, "id": ';
      el.append(script);
      const failed = oneEvent(el, 'journey-error') as Promise<JourneyErrorEvent>;
      box.append(el);
      expect((await failed).detail.code).to.equal('PARSE');
      await el.updateComplete;
      expect(one(el, '[part="error"]')).to.exist;
    });

    it('shows the error panel for a failed fetch', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('emotion-curve');
      el.setAttribute('src', '/test/components/no-such-journey.map');
      const failed = oneEvent(el, 'journey-error') as Promise<JourneyErrorEvent>;
      box.append(el);
      expect((await failed).detail.code).to.equal('FETCH');
      await el.updateComplete;
      expect(one(el, '[part="error"]')).to.exist;
    });

    it('says so when no journey is given', async () => {
      const el = await curveOf(undefined, 600, { lang: 'en' });
      expect(one(el, '[part="status"]')!.textContent).to.equal(
        'No journey given yet: set journey, src or an inline JSON child.',
      );
    });
  });

  describe('resize', () => {
    it('lays out again when its width changes and fires journey-layout', async () => {
      const el = await curveOf(mortgage, 1280);
      const box = el.parentElement!;
      const announced = oneEvent(el, 'journey-layout') as Promise<JourneyLayoutEvent>;
      box.style.width = '640px';
      const event = await announced;
      // 12 columns no narrower than 88 px: 56 + 12 × 88 + 12 = 1124 px, scrolling inside 640 px.
      expect(event.layout.columnWidth).to.equal(88);
      expect(event.layout.width).to.equal(1124);
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(640);
    });

    it('keeps every label inside its box at 320 px', async () => {
      const el = await curveOf(mortgage, 320);
      expect(el.scrollWidth).to.be.at.most(320);
      const layout = el.columnLayout!;
      const columnOf = (index: number) => layout.columns[index]!;
      // The mortgage journey has 12 touchpoints in 4 phases: 12 column labels and 4 bands are checked.
      const columnLabels = all(el, '.column-label') as SVGTextElement[];
      expect(columnLabels.length, 'column labels').to.equal(12);
      for (const label of columnLabels) {
        const column = columnOf(Number(label.dataset.index));
        const box = label.getBBox();
        expect(box.x, label.textContent!).to.be.at.least(column.x0);
        expect(box.x + box.width, label.textContent!).to.be.at.most(column.x1);
      }
      const placed = (all(el, '.point-label') as SVGTextElement[]).map((t) => ({
        text: t.textContent!,
        box: t.getBBox(),
      }));
      expect(placed.length).to.be.greaterThan(10);
      for (const { text, box } of placed) {
        const index = Math.floor((box.x + box.width / 2 - layout.inset) / layout.columnWidth);
        expect(box.x, text).to.be.at.least(columnOf(index).x0);
        expect(box.x + box.width, text).to.be.at.most(columnOf(index).x1);
      }
      for (let a = 0; a < placed.length; a += 1) {
        for (let b = a + 1; b < placed.length; b += 1) {
          const p = placed[a]!.box;
          const q = placed[b]!.box;
          const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
          expect(overlap, `${placed[a]!.text} / ${placed[b]!.text}`).to.equal(false);
        }
      }
      const bands = all(el, '.band');
      expect(bands.length, 'phase bands').to.equal(4);
      for (const band of bands) {
        const outer = band.getBoundingClientRect();
        const inner = band.querySelector('.band-label')!.getBoundingClientRect();
        expect(inner.left).to.be.at.least(outer.left);
        expect(inner.right).to.be.at.most(outer.right + 0.5);
      }
    });
  });

  describe('scale', () => {
    function bigJourney(count: number) {
      const phases = Array.from({ length: 20 }, (_, p) => ({ id: `p${p}`, label: `Fase ${p + 1}` }));
      const touchpoints = Array.from({ length: count }, (_, i) => ({
        id: `t${i}`,
        phase: `p${Math.floor((i * 20) / count)}`,
        label: `Contactmoment ${i + 1}`,
        channel: i % 2 === 0 ? 'web' : 'phone',
        emotions:
          i % 7 === 3
            ? []
            : [
                { persona: 'a', score: ((i * 37) % 11) - 5, label: 'joy' },
                { persona: 'b', score: ((i * 53) % 11) - 5 },
              ],
      }));
      return {
        version: 1,
        id: 'big',
        title: 'Groot',
        personas: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        phases,
        touchpoints,
      };
    }

    it('draws 10,000 touchpoints with fewer than 5,000 shadow nodes', async () => {
      const el = await curveOf(bigJourney(10_000), 1280);
      const count = () => {
        let nodes = 0;
        const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_ALL);
        while (walker.nextNode()) nodes += 1;
        return nodes;
      };
      expect(el.columnLayout!.columns).to.have.length(10_000);
      expect(count()).to.be.below(5_000);
      expect(all(el, '.point').length).to.be.below(200);
      // Scrolling halfway renders the columns there instead.
      const scroller = one<HTMLElement>(el, '[part="plot"]')!;
      scroller.scrollLeft = el.columnLayout!.columns[5_000]!.x0;
      await until(() => one(el, '.point[data-index="5000"]') !== null, 'the columns scrolled to');
      expect(one(el, '.point[data-index="0"][tabindex="-1"]')).to.equal(null);
      expect(count()).to.be.below(5_000);
      // The keyboard still reaches the end, and the end is drawn. A long curve starts at the
      // phase level (test/a11y/phase-level.test.ts): Enter goes into the first phase.
      (one(el, '.phase-target[tabindex="0"]') as SVGElement).focus();
      await el.updateComplete;
      await press(el, 'Enter');
      expect(activeAt(el)).to.deep.equal([0, 0]);
      await press(el, 'End');
      expect(activeAt(el)).to.deep.equal([9_999, 0]);
      expect(count()).to.be.below(5_000);
    });

    it('takes the pager texts from the message catalogues', () => {
      expect(Localizer.for('en').messages.emotionCurve.tableRows('1', '100', '10,000')).to.equal(
        'Rows 1–100 of 10,000',
      );
      expect(Localizer.for('nl').messages.emotionCurve.tableRows('1', '100', '10.000')).to.equal(
        'Rijen 1–100 van 10.000',
      );
    });

    it('pages the data table of 10,000 touchpoints', async () => {
      const el = await curveOf(bigJourney(10_000), 1280, { lang: 'en' });
      one<HTMLButtonElement>(el, '[part="toggle"]')!.click();
      await el.updateComplete;
      expect(one<HTMLTableElement>(el, 'table')!.tBodies[0]!.rows).to.have.length(100);
      const status = () => one<HTMLElement>(el, '.pager [role="status"]')!.textContent;
      expect(status()).to.equal('Rows 1–100 of 10,000');
      const [previous, next] = all(el, '.pager button') as HTMLButtonElement[];
      expect([previous!.textContent, next!.textContent]).to.deep.equal(['Previous rows', 'Next rows']);
      expect(previous!.disabled).to.equal(true);
      next!.click();
      await el.updateComplete;
      expect(status()).to.equal('Rows 101–200 of 10,000');
      el.setAttribute('lang', 'nl');
      await aTimeout(0);
      await el.updateComplete;
      expect(status()).to.equal('Rijen 101–200 van 10.000');
      expect((all(el, '.pager button') as HTMLButtonElement[]).map((b) => b.textContent)).to.deep.equal([
        'Vorige rijen',
        'Volgende rijen',
      ]);
      expect(one<HTMLTableElement>(el, 'table')!.tBodies[0]!.rows[0]!.cells[0]!.textContent).to.equal(
        'Contactmoment 101',
      );
      let nodes = 0;
      const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_ALL);
      while (walker.nextNode()) nodes += 1;
      expect(nodes).to.be.below(5_000);
    });
  });
});

runChartBehaviourTests({
  tag: 'emotion-curve',
  tabStop: (el) => el.shadowRoot!.querySelector<SVGElement>('.chart [tabindex="0"]'),
  activeIndex: (el) => {
    const stop = el.shadowRoot!.querySelector<SVGElement>('.chart .point[tabindex="0"]');
    return stop ? Number(stop.dataset.index) : null;
  },
  // A host's layout (its columns this journey's) whose bands throw when read: the curve must survive its host.
  breakDerivation: (el) => {
    const throwing = new Proxy([], {
      get(target, key) {
        if (key === 'forEach' || key === 'map' || key === 'filter') throw new Error('a broken layout');
        return Reflect.get(target, key);
      },
    });
    const good = columnLayout(parsed(mortgage), { width: 1000 });
    (el as EmotionCurve).layout = { ...good, bands: throwing } as unknown as ColumnLayout;
  },
  repair: (el) => ((el as EmotionCurve).layout = undefined),
});
