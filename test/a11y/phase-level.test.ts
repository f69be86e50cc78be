/**
 * Above 200 touchpoints the map's keyboard and screen-reader face is a phase summary with
 * drill-down, not one announcement per touchpoint (Highcharts' density threshold, per phase):
 *
 * - The grid's one tab stop is the active phase's header; it describes the phase in numbers
 *   (its touchpoints and their positions, lowest and highest emotion, lowest NPS, moments of
 *   truth, metrics off norm — checked against values planted in the journey) and says how to
 *   drill down. No touchpoint cell is in the tab order.
 * - ←/→ (in reading order), PageUp/PageDown, Home/End move phase by phase and scroll it in.
 * - Enter (or ↓) goes into the phase's first touchpoint; Escape, or ↑ from the first lane,
 *   comes back to the phase of the touchpoint the user was at.
 * - A journey of 200 touchpoints has no phase level: the tab stop is a touchpoint cell.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { longJourney, mount, settle } from './helpers.js';

interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  focused?: boolean;
  children?: AxNode[];
}

/** The focused node of the browser's own accessibility tree: what a screen reader reads. */
async function focusedNode(): Promise<AxNode | null> {
  const find = (node: AxNode): AxNode | null => {
    if (node.focused) return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  return find((await a11ySnapshot({})) as unknown as AxNode);
}

const shadow = (el: Element) => el.shadowRoot!;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement;

async function press(el: Element, key: string): Promise<HTMLElement> {
  await sendKeys({ press: key });
  await settle(el);
  return focused(el);
}

describe('phase level of a long map', () => {
  it('puts the tab stop on a phase that summarises its touchpoints, and drills down and back', async () => {
    const { el, cleanup } = await mount('journey-map', null, { journey: longJourney(600), width: 1200 });
    const tabStops = [...shadow(el).querySelectorAll<HTMLElement>('.grid [tabindex="0"]')];
    expect(tabStops).to.have.length(1);
    expect(tabStops[0]!.getAttribute('role')).to.equal('columnheader');
    expect(shadow(el).querySelector('[role="gridcell"][tabindex="0"]')).to.equal(null);

    tabStops[0]!.focus();
    await settle(el);
    let at = focused(el);
    expect(at.dataset.band).to.equal('0');
    expect(at.getAttribute('aria-description')).to.match(
      /^Fase 1, fase 1 van 6: 100 contactmomenten, 1 tot 100; laagste emotie /,
    );
    expect(at.getAttribute('aria-description')).to.contain('Enter: de contactmomenten van deze fase.');

    at = await press(el, 'ArrowRight');
    expect(at.dataset.band).to.equal('1');
    const description = at.getAttribute('aria-description')!;
    expect(description).to.contain('Fase 2, fase 2 van 6: 100 contactmomenten, 101 tot 200');
    expect(description).to.contain('laagste emotie Stap 150 (−5');
    expect(description).to.contain('hoogste emotie Stap 130 (+5');
    expect(description).to.contain('laagste NPS Stap 170 (−60)');
    expect(description).to.contain('2 momenten van de waarheid');
    expect(description).to.contain('1 meetwaarde buiten de norm');
    // Only the focused phase carries a summary: the others are not read on every header.
    expect(shadow(el).querySelectorAll('[aria-description]')).to.have.length(1);
    // And the browser hands it to assistive technology: the phase's name and its summary.
    const node = await focusedNode();
    expect(node?.role).to.equal('columnheader');
    expect(node?.name).to.contain('Fase 2');
    expect(node?.description).to.contain('laagste emotie Stap 150');

    expect((await press(el, 'End')).dataset.band).to.equal('5');
    const scroller = shadow(el).querySelector('[part="scroller"]')!;
    expect(scroller.scrollLeft, 'scrolled to the last phase').to.be.greaterThan(1000);
    expect((await press(el, 'Home')).dataset.band).to.equal('0');
    expect((await press(el, 'PageDown')).dataset.band).to.equal('1');

    at = await press(el, 'Enter');
    expect(at.getAttribute('role')).to.equal('gridcell');
    expect(at.dataset.col).to.equal('100');
    expect(at.textContent).to.contain('Stap 101, contactmoment 101 van 600');
    expect(shadow(el).querySelectorAll('[aria-description]')).to.have.length(0);

    at = await press(el, 'ArrowRight');
    expect(at.dataset.col).to.equal('101');
    at = await press(el, 'Escape');
    expect(at.dataset.band).to.equal('1');

    at = await press(el, 'ArrowDown');
    expect(at.dataset.col).to.equal('100');
    at = await press(el, 'ArrowDown');
    expect(at.dataset.lane).to.equal('1');
    at = await press(el, 'ArrowUp');
    expect(at.dataset.lane).to.equal('0');
    at = await press(el, 'ArrowUp');
    expect(at.dataset.band, 'up from the first lane: back to the phase').to.equal('1');
    cleanup();
  });

  it('narrow: a tree grid of phases that open to their touchpoints, a page at a time', async () => {
    const { el, wrapper, cleanup } = await mount('journey-map', null, { journey: longJourney(600), width: 420 });
    const tree = shadow(el).querySelector<HTMLElement>('[role="treegrid"]')!;
    expect(tree, 'a tree grid below 600 px').to.exist;
    const phaseRows = [...tree.querySelectorAll<HTMLElement>('[role="row"][aria-level="1"]')];
    expect(phaseRows).to.have.length(6);
    expect(phaseRows.map((r) => r.getAttribute('aria-expanded'))).to.deep.equal(Array(6).fill('false'));
    expect(phaseRows[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fase 2 100 contactmomenten · 101–200');
    // Each phase row draws its emotion as a small line: phase 2, where −5 and +5 were planted, spans
    // (nearly) the whole −5…+5 height; phase 1 (between −3 and +3) does not.
    const spans = phaseRows.slice(0, 2).map((r) => r.querySelector<SVGPathElement>('.spark-line')!.getBBox().height);
    expect(spans[1]).to.be.above(0.8 * 24);
    expect(spans[0]).to.be.below(0.65 * 24);
    expect(phaseRows[0]!.querySelector('svg.v-phase-spark')!.getAttribute('aria-hidden')).to.equal('true');
    // Closed phases put none of their 600 touchpoints in the document; one tab stop, on the first phase.
    expect(tree.querySelectorAll('.v-cell')).to.have.length(0);
    const stops = [...tree.querySelectorAll<HTMLElement>('[tabindex="0"]')];
    expect(stops).to.have.length(1);
    expect(stops[0]!.dataset.band).to.equal('0');

    stops[0]!.focus();
    let at = await press(el, 'ArrowDown');
    expect(at.dataset.band).to.equal('1');
    const description = at.getAttribute('aria-description')!;
    expect(description).to.contain('Fase 2, fase 2 van 6: 100 contactmomenten, 101 tot 200');
    expect(description).to.contain('laagste emotie Stap 150 (−5');
    expect(description).to.contain('laagste NPS Stap 170 (−60)');
    expect(shadow(el).querySelectorAll('[aria-description]')).to.have.length(1);
    const node = await focusedNode();
    expect(node?.name).to.contain('Fase 2');
    expect(node?.description).to.contain('laagste emotie Stap 150');

    // Right opens the phase and stays; Enter goes in.
    at = await press(el, 'ArrowRight');
    expect(at.dataset.band).to.equal('1');
    expect(phaseRows[1]!.getAttribute('aria-expanded')).to.equal('true');
    expect(tree.querySelectorAll('.v-cell'), 'a page of the phase').to.have.length(60);
    at = await press(el, 'Enter');
    expect(at.dataset.col).to.equal('100');
    expect(at.textContent!.replace(/\s+/g, ' ')).to.contain('Stap 101 (contactmoment 101 van 600, fase Fase 2)');
    const row = at.closest('[role="row"]')!;
    expect([
      row.getAttribute('aria-level'),
      row.getAttribute('aria-posinset'),
      row.getAttribute('aria-setsize'),
    ]).to.deep.equal(['2', '1', '100']);
    expect(shadow(el).querySelectorAll('[aria-description]')).to.have.length(0);

    // Down past the last touchpoint shown brings the next page in.
    at = await press(el, 'End');
    expect(at.dataset.col).to.equal('159');
    expect(tree.querySelector('button.more')!.textContent!.trim()).to.equal('Meer tonen (60 van 100)');
    at = await press(el, 'ArrowDown');
    expect(at.dataset.col).to.equal('160');
    expect(tree.querySelectorAll('.v-cell')).to.have.length(100);
    expect(tree.querySelector('button.more'), 'all of the phase shown').to.equal(null);
    at = await press(el, 'End');
    at = await press(el, 'ArrowDown');
    expect(at.dataset.band, 'past the phase’s last touchpoint: the next phase').to.equal('2');
    at = await press(el, 'ArrowUp');
    expect(at.dataset.col).to.equal('199');

    // Enter opens the touchpoint's detail; Escape closes it and focus comes back.
    at = await press(el, 'Enter');
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Contactmoment 200 van 600');
    at = await press(el, 'Escape');
    expect(dialog.open).to.equal(false);
    expect(at.dataset.col).to.equal('199');

    // Escape goes to the phase, Left closes it.
    at = await press(el, 'Escape');
    expect(at.dataset.band).to.equal('1');
    at = await press(el, 'ArrowLeft');
    expect(phaseRows[1]!.getAttribute('aria-expanded')).to.equal('false');
    expect(tree.querySelectorAll('.v-cell')).to.have.length(0);

    // The pointer: a phase opens on a click, its "show more" brings the next page and moves the tab stop there.
    phaseRows[3]!.querySelector<HTMLElement>('.v-phase-cell')!.click();
    await settle(el);
    expect(phaseRows[3]!.getAttribute('aria-expanded')).to.equal('true');
    tree.querySelector<HTMLElement>('button.more')!.click();
    await settle(el);
    expect(focused(el).dataset.col).to.equal('360');
    expect(tree.querySelectorAll('.v-cell')).to.have.length(100);

    // Wide, inside a phase; then narrow: the touchpoint stays the tab stop, its phase opened to show it.
    wrapper.style.width = '1200px';
    await settle(el);
    await settle(el);
    const header = shadow(el).querySelector<HTMLElement>('.phase[tabindex="0"]');
    expect(header, 'wide again: at the phase level? no, inside a phase').to.equal(null);
    expect(shadow(el).querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!.dataset.col).to.equal('360');
    wrapper.style.width = '420px';
    await settle(el);
    await settle(el);
    const cell = shadow(el).querySelector<HTMLElement>('[role="treegrid"] [tabindex="0"]')!;
    expect(cell.dataset.col).to.equal('360');
    await expect(el).to.be.accessible();
    cleanup();
  });

  it('goes phase by phase through a long <emotion-curve> and into a phase’s points', async () => {
    const { el, cleanup } = await mount('emotion-curve', null, { journey: longJourney(600), width: 1000 });
    const stops = [...shadow(el).querySelectorAll<SVGElement>('.chart [tabindex="0"]')];
    expect(stops).to.have.length(1);
    expect(stops[0]!.classList.contains('phase-target')).to.equal(true);
    expect(shadow(el).querySelector('g.point[tabindex="0"]')).to.equal(null);
    stops[0]!.focus();
    await settle(el);
    let at = focused(el);
    expect(at.getAttribute('aria-label')).to.match(
      /^Fase 1, fase 1 van 6: 100 contactmomenten, 1 tot 100; laagste emotie /,
    );
    expect(shadow(el).querySelector('.focus-ring'), 'focus ring around the phase').to.exist;

    at = await press(el, 'ArrowRight');
    const name = at.getAttribute('aria-label')!;
    expect(name).to.contain('Fase 2, fase 2 van 6');
    expect(name).to.contain('laagste emotie Stap 150 (−5');
    expect(name).to.contain('hoogste emotie Stap 130 (+5');
    expect(name, 'the curve says nothing of NPS').not.to.contain('NPS');
    const node = await focusedNode();
    expect(node?.name, 'the accessibility tree names the phase by its summary').to.contain('Fase 2, fase 2 van 6');
    expect(name).to.contain('2 momenten van de waarheid');
    // The phase's area lies over its points.
    const area = at.getBoundingClientRect();
    const point = shadow(el).querySelector('g.point[data-index="120"]')!.getBoundingClientRect();
    expect(point.left).to.be.within(area.left, area.right);

    at = await press(el, 'End');
    expect(at.getAttribute('aria-label')).to.contain('Fase 6, fase 6 van 6');
    at = await press(el, 'Home');
    at = await press(el, 'PageDown');
    at = await press(el, 'Enter');
    expect(at.classList.contains('point')).to.equal(true);
    expect(at.dataset.index).to.equal('100');
    expect(at.getAttribute('aria-label')).to.contain('Stap 101, contactmoment 101 van 600');
    at = await press(el, 'ArrowRight');
    expect(at.dataset.index).to.equal('101');
    // The first Escape closes the point's tooltip, the next goes back to the phase.
    at = await press(el, 'Escape');
    if (at.classList.contains('point')) at = await press(el, 'Escape');
    expect(at.classList.contains('phase-target')).to.equal(true);
    expect(at.getAttribute('aria-label')).to.contain('Fase 2, fase 2 van 6');
    cleanup();
  });

  for (const width of [1000, 420]) {
    it(`goes phase by phase through a long <nps-overlay> ${width < 600 ? 'list' : 'track'} and into a phase’s touchpoints`, async () => {
      // NPS everywhere, so there are more than 200 measurements.
      const journey = longJourney(600, { npsEverywhere: true });
      const { el, cleanup } = await mount('nps-overlay', null, { journey, width });
      const stops = [...shadow(el).querySelectorAll<HTMLElement>('[tabindex="0"]')].filter(
        (e) => !e.matches('.table-wrap'),
      );
      expect(stops).to.have.length(1);
      expect(stops[0]!.classList.contains('phase-stop')).to.equal(true);
      stops[0]!.focus();
      let at = focused(el);
      expect(at.getAttribute('aria-label')).to.match(
        /^Fase 1, fase 1 van 6: 100 contactmomenten, 1 tot 100; laagste NPS /,
      );
      expect(at.getAttribute('aria-label'), 'the overlay says nothing of emotions').not.to.contain('emotie');
      at = await press(el, width < 600 ? 'ArrowDown' : 'ArrowRight');
      expect(at.getAttribute('aria-label')).to.contain('Fase 2, fase 2 van 6');
      expect(at.getAttribute('aria-label')).to.contain('laagste NPS Stap 170 (−60)');
      if (width >= 600) {
        // Over the phase's columns: its first touchpoint lies inside it.
        const first = shadow(el).querySelector('button.hit[data-touchpoint-id="t100"]')!.getBoundingClientRect();
        const area = at.getBoundingClientRect();
        expect(first.left).to.be.within(area.left - 1, area.right);
      }
      at = await press(el, 'End');
      expect(at.getAttribute('aria-label')).to.contain('Fase 6, fase 6 van 6');
      at = await press(el, 'Home');
      at = await press(el, 'Enter');
      expect(at.classList.contains('hit')).to.equal(true);
      expect(at.dataset.touchpointId).to.equal('t0');
      at = await press(el, width < 600 ? 'ArrowDown' : 'ArrowRight');
      expect(at.dataset.touchpointId).to.equal('t1');
      at = await press(el, 'Escape');
      expect(at.classList.contains('phase-stop')).to.equal(true);
      expect(at.getAttribute('aria-label')).to.contain('Fase 1, fase 1 van 6');
      cleanup();
    });
  }

  it('goes phase by phase through a long <nps-overlay> aligned to a curve, and the curve scrolls along', async () => {
    const journey = longJourney(600, { npsEverywhere: true });
    const wrapper = document.createElement('div');
    wrapper.setAttribute('style', 'width: 900px');
    const curve = document.createElement('emotion-curve') as HTMLElement & {
      journey: unknown;
      columnLayout?: unknown;
      updateComplete: Promise<boolean>;
    };
    curve.id = 'aligned-long-curve';
    curve.journey = journey;
    const el = document.createElement('nps-overlay') as HTMLElement & {
      journey: unknown;
      mode: string;
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('align-to', curve.id);
    el.journey = journey;
    wrapper.append(curve, el);
    document.body.append(wrapper);
    try {
      for (let i = 0; i < 100 && !(el.mode === 'aligned' && curve.columnLayout); i += 1) await settle(el);
      expect(el.mode).to.equal('aligned');
      await settle(el);
      const stops = [...shadow(el).querySelectorAll<HTMLElement>('[tabindex="0"]')].filter(
        (e) => !e.matches('.table-wrap'),
      );
      expect(stops, 'one tab stop, on a phase').to.have.length(1);
      expect(stops[0]!.classList.contains('phase-stop')).to.equal(true);
      stops[0]!.focus();
      let at = focused(el);
      expect(at.getAttribute('aria-label')).to.match(
        /^Fase 1, fase 1 van 6: 100 contactmomenten, 1 tot 100; laagste NPS /,
      );
      const plot = curve.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
      expect(plot.scrollLeft).to.equal(0);
      at = await press(el, 'ArrowRight');
      expect(at.getAttribute('aria-label')).to.contain('Fase 2, fase 2 van 6');
      expect(at.getAttribute('aria-label')).to.contain('laagste NPS Stap 170 (−60)');
      // The phase comes into view, over its first touchpoint, and the curve scrolled with the track.
      await settle(el);
      const wrap = shadow(el).querySelector<HTMLElement>('.track-wrap')!;
      expect(wrap.scrollLeft).to.be.greaterThan(0);
      expect(Math.abs(plot.scrollLeft - wrap.scrollLeft)).to.be.below(1);
      const first = shadow(el).querySelector('button.hit[data-touchpoint-id="t100"]')!.getBoundingClientRect();
      const area = at.getBoundingClientRect();
      expect(first.left).to.be.within(area.left - 1, area.right);
      const view = wrap.getBoundingClientRect();
      expect(area.left).to.be.within(view.left - 1, view.right);
      at = await press(el, 'Enter');
      expect(at.classList.contains('hit')).to.equal(true);
      expect(at.dataset.touchpointId).to.equal('t100');
      at = await press(el, 'ArrowRight');
      expect(at.dataset.touchpointId).to.equal('t101');
      at = await press(el, 'Escape');
      expect(at.classList.contains('phase-stop')).to.equal(true);
      expect(at.getAttribute('aria-label')).to.contain('Fase 2, fase 2 van 6');
    } finally {
      wrapper.remove();
    }
  });

  it('starts at the touchpoints for a journey of 200', async () => {
    const { el, cleanup } = await mount('journey-map', null, { journey: longJourney(198), width: 1200 });
    const stop = shadow(el).querySelector<HTMLElement>('.grid [tabindex="0"]')!;
    expect(stop.getAttribute('role')).to.equal('gridcell');
    stop.focus();
    const at = await press(el, 'Escape');
    expect(at.getAttribute('role'), 'no phase level to go back to').to.equal('gridcell');
    cleanup();
  });
});
