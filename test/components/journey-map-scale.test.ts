import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/journey-map/journey-map.js';
import type { JourneyMap } from '../../src/components/journey-map/journey-map.js';

const COUNT = 10_000;

/** A generated journey: 10,000 touchpoints in 20 phases, two personas, channels, NPS, metrics and flows. */
function bigJourney() {
  const channels = ['web', 'app', 'phone', 'email', 'branch'];
  return {
    version: 1,
    id: 'big',
    title: 'Tienduizend stappen',
    locale: 'nl-NL',
    personas: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    phases: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, label: `Fase ${i + 1}` })),
    touchpoints: Array.from({ length: COUNT }, (_, i) => ({
      id: `t${i}`,
      phase: `p${Math.floor(i / (COUNT / 20))}`,
      label: `Stap ${i + 1}`,
      channel: channels[i % channels.length],
      emotions: [
        { persona: 'a', score: Math.round(Math.sin(i / 7) * 40) / 10, label: 'joy' },
        { persona: 'b', score: Math.round(Math.cos(i / 9) * 40) / 10 },
      ],
      ...(i % 10 === 0 ? { nps: { promoters: 50 + (i % 30), passives: 30, detractors: 20 } } : {}),
      ...(i % 25 === 0
        ? { metrics: [{ id: 'm', label: 'Doorlooptijd', value: i % 7, target: 3, better: 'lower' }] }
        : {}),
      ...(i % 40 === 0 ? { painPoints: ['Wachten'] } : {}),
    })),
    transitions: Array.from({ length: COUNT - 1 }, (_, i) => ({
      from: `t${i}`,
      to: `t${i + 1}`,
      count: 1000 - (i % 500),
    })),
  };
}

/** Every node in `root`'s shadow tree, through nested shadow roots. */
function countShadowNodes(root: ShadowRoot | Element): number {
  let count = 0;
  const walk = (node: Node) => {
    count += 1;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  for (let child = (root as ParentNode).firstChild; child; child = child.nextSibling) walk(child);
  return count;
}

async function settle(el: JourneyMap): Promise<void> {
  // A journey this large is validated in slices over several tasks: wait for it, not for a number of frames.
  await waitUntil(() => el.columnLayout !== undefined, 'the large journey validated and laid out', { timeout: 20_000 });
  for (let i = 0; i < 4; i += 1) {
    await el.updateComplete;
    await nextFrame();
  }
  const embedded = [
    ...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'emotion-curve, nps-overlay',
    ),
  ];
  await Promise.all(embedded.map((e) => e.updateComplete));
  await nextFrame();
}

describe('<journey-map>: 10,000 touchpoints', function () {
  this.timeout(60_000);
  const journey = bigJourney();

  it('renders under 5,000 shadow-DOM nodes, with the columns near the viewport', async () => {
    const el = await fixture<JourneyMap>(
      html`<journey-map style="display:block;width:1400px" .journey=${journey}></journey-map>`,
    );
    await settle(el);
    expect(el.columnLayout!.columns).to.have.length(COUNT);
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell--touchpoints')];
    expect(cells.length).to.be.within(7, 40);
    expect(cells[0]!.dataset.col).to.equal('0');
    const nodes = countShadowNodes(el.shadowRoot!);
    expect(nodes).to.be.below(5_000);
    // The embedded curve and overlay draw only the rendered columns.
    expect(el.shadowRoot!.querySelector('emotion-curve')!.layout!.columns.length).to.equal(cells.length);
    // The scroll width is the whole journey's.
    const grid = el.shadowRoot!.querySelector<HTMLElement>('.grid')!;
    expect(grid.scrollWidth).to.be.above(COUNT * 170);
  });

  it('scrolling far renders the columns there, still under 5,000 nodes', async () => {
    const el = await fixture<JourneyMap>(
      html`<journey-map style="display:block;width:1400px" .journey=${journey}></journey-map>`,
    );
    await settle(el);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const layout = el.columnLayout!;
    scroller.scrollLeft = layout.columns[6000]!.x0;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    const cols = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell--touchpoints')].map((c) =>
      Number(c.dataset.col),
    );
    expect(cols).to.include(6000);
    expect(cols).to.include(6005);
    // The focused column (0) stays rendered so the grid keeps its tab stop.
    expect(cols).to.include(0);
    expect(countShadowNodes(el.shadowRoot!)).to.be.below(5_000);
  });

  it('End jumps to the last touchpoint and focuses it', async () => {
    const el = await fixture<JourneyMap>(
      html`<journey-map style="display:block;width:1400px" .journey=${journey}></journey-map>`,
    );
    await settle(el);
    // A long map starts at the phase level (test/a11y/phase-level.test.ts): Enter goes into the first phase.
    expect(el.shadowRoot!.querySelector('.cell--touchpoints[tabindex="0"]')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLElement>('.phase[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.col).to.equal('0');
    await sendKeys({ press: 'End' });
    await settle(el);
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.dataset.col).to.equal(String(COUNT - 1));
    expect(active.querySelector('.journey-visually-hidden')!.textContent).to.contain(
      'Stap 10000, contactmoment 10.000 van 10.000, fase Fase 20',
    );
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.col).to.equal('9500');
    expect(countShadowNodes(el.shadowRoot!)).to.be.below(5_000);
  });
});
