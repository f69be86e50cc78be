/**
 * Right to left: in a `dir="rtl"` page every element mirrors its layout, and its words still read.
 *
 * - Mirrored geometry: each touchpoint's mark (map cell, curve point, NPS cell, bar) sits where
 *   the left-to-right one sits reflected in the element's box (to the pixel), so the journey
 *   starts on the right, the lane headers and the curve's axis sit on the right, and the NPS
 *   scale runs from +100 on the left to −100 on the right.
 * - Words read: every visible run of left-to-right text (Dutch labels, signed numbers "−39",
 *   SVG labels inside mirrored drawings) has its first character left of its last — a mirrored
 *   glyph run, or a minus sign thrown to the end by the bidi algorithm, fails.
 * - Keys follow reading order: ←  goes to the next touchpoint, → to the previous one.
 * - Scrolling: a long map scrolls from the right (negative `scrollLeft`), End brings the last
 *   touchpoint into view inside the scroller and Home the first; the window of rendered columns
 *   follows the scroll.
 * - A pointer on a mirrored curve point picks that point; `dir` changed on the page at run time
 *   re-lays the element out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Tag, deepElements, isVisible, longJourney, mount, settle } from './helpers.js';

type Mounted = Awaited<ReturnType<typeof mount>>;

async function mountIn(dir: 'ltr' | 'rtl', tag: Tag, width = 1100, journey?: unknown): Promise<Mounted> {
  const mounted = await mount(tag, journey ? null : 'mortgage', { width, ...(journey ? { journey } : {}) });
  mounted.wrapper.dir = dir;
  await settle(mounted.el);
  return mounted;
}

const root = (el: Element) => el.shadowRoot!;
const centreX = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.left + r.width / 2;
};

/** A mark's centre reflected in the host's box: where the left-to-right mark should land in right to left. */
function reflected(x: number, host: Element): number {
  const box = host.getBoundingClientRect();
  return box.left + box.right - x;
}

/** The marks of an element per touchpoint, keyed by touchpoint position. */
function marks(tag: Tag, el: Element): Map<string, Element> {
  const out = new Map<string, Element>();
  if (tag === 'journey-map') {
    for (const cell of root(el).querySelectorAll('[role="gridcell"][data-lane="0"]'))
      out.set(`cell ${(cell as HTMLElement).dataset.col}`, cell);
    const curve = root(el).querySelector('emotion-curve')!;
    for (const p of root(curve).querySelectorAll('g.point'))
      out.set(`point ${p.getAttribute('data-curve')}/${p.getAttribute('data-index')}`, p);
  } else if (tag === 'emotion-curve') {
    for (const p of root(el).querySelectorAll('g.point'))
      out.set(`point ${p.getAttribute('data-curve')}/${p.getAttribute('data-index')}`, p);
  } else if (tag === 'nps-overlay') {
    for (const b of root(el).querySelectorAll<HTMLElement>('.cell button.hit'))
      out.set(`cell ${b.dataset.touchpointId}`, b);
    root(el)
      .querySelectorAll('svg.bars .score-dot')
      .forEach((d, i) => out.set(`dot ${i}`, d));
  } else {
    root(el)
      .querySelectorAll('svg.bar .bar-value')
      .forEach((b, i) => out.set(`emotion bar ${i}`, b));
    root(el)
      .querySelectorAll('.shares-bar .share')
      .forEach((r, i) => out.set(`share ${i}`, r));
  }
  return out;
}

/** Text nodes and SVG `text` elements that are visible, on one line, and hold only left-to-right or neutral characters. */
function ltrRuns(host: Element): { node: Text; label: string }[] {
  const runs: { node: Text; label: string }[] = [];
  for (const el of [host, ...deepElements(host)]) {
    if (el.closest?.('.journey-visually-hidden') || !isVisible(el)) continue;
    for (const node of el.childNodes) {
      if (!(node instanceof Text)) continue;
      const text = node.data.trim();
      if (text.length < 2 || /[\u0590-\u08ff]/.test(text)) continue;
      runs.push({ node, label: text.slice(0, 40) });
    }
  }
  return runs;
}

/** Whether the first and last visible characters of a text node read left to right (skipped when they sit on different lines). */
function readsLeftToRight(node: Text): boolean | null {
  const data = node.data;
  const first = data.search(/\S/);
  const last = data.length - 1 - [...data].reverse().join('').search(/\S/);
  const range = document.createRange();
  range.setStart(node, first);
  range.setEnd(node, first + 1);
  const a = range.getBoundingClientRect();
  range.setStart(node, last);
  range.setEnd(node, last + 1);
  const b = range.getBoundingClientRect();
  if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > a.height / 2) return null;
  return a.left < b.left;
}

const TAGS: Tag[] = ['journey-map', 'emotion-curve', 'nps-overlay', 'touchpoint-card'];

describe('right to left', () => {
  for (const tag of TAGS) {
    it(`mirrors every mark of <${tag}> in its box`, async () => {
      const ltr = await mountIn('ltr', tag);
      const before = new Map([...marks(tag, ltr.el)].map(([key, m]) => [key, reflected(centreX(m), ltr.el)]));
      ltr.cleanup();
      ltr.wrapper.remove();
      const rtl = await mountIn('rtl', tag);
      const after = marks(tag, rtl.el);
      expect(before.size, 'marks found').to.be.greaterThan(2);
      expect([...after.keys()]).to.have.members([...before.keys()]);
      const off = [...after]
        .filter(([key, m]) => Math.abs(centreX(m) - before.get(key)!) > 1.5)
        .map(([key, m]) => `${key}: ${centreX(m).toFixed(1)} ≠ ${before.get(key)!.toFixed(1)}`);
      expect(off, 'marks not at their reflected place').to.deep.equal([]);
      rtl.cleanup();
    });

    it(`keeps the words of <${tag}> readable (no mirrored glyphs, signs in front)`, async () => {
      const { el, cleanup } = await mountIn('rtl', tag);
      const runs = ltrRuns(el);
      expect(runs.length).to.be.greaterThan(5);
      const checked = runs.map((r) => ({ ...r, ok: readsLeftToRight(r.node) })).filter((r) => r.ok !== null);
      expect(checked.length, 'runs measured').to.be.greaterThan(5);
      expect(checked.filter((r) => !r.ok).map((r) => r.label)).to.deep.equal([]);
      cleanup();
    });
  }

  it('mirrors the narrow map’s emotion bars: a positive score left of the centre line', async () => {
    const { el, cleanup } = await mountIn('rtl', 'journey-map', 420);
    expect(root(el).querySelector('.vertical'), 'the vertical layout').to.exist;
    const bar = root(el).querySelector('svg.score-bar')!;
    const dot = bar.querySelector('circle')!.getBoundingClientRect();
    const box = bar.getBoundingClientRect();
    // The first touchpoint's first curve is at +1: right of the centre in left to right, left of it here.
    expect(dot.left + dot.width / 2).to.be.below(box.left + box.width / 2);
    cleanup();
  });

  it('puts the map’s lane headers and the first touchpoint on the right', async () => {
    const { el, cleanup } = await mountIn('rtl', 'journey-map');
    const header = root(el).querySelector('[role="rowheader"]')!.getBoundingClientRect();
    const first = root(el).querySelector('[role="gridcell"][data-col="0"]')!.getBoundingClientRect();
    const second = root(el).querySelector('[role="gridcell"][data-col="1"]')!.getBoundingClientRect();
    expect(header.left).to.be.at.least(first.right - 1);
    expect(first.left).to.be.at.least(second.right - 1);
    cleanup();
  });

  it('puts the standalone curve’s axis on the right, its numbers facing the plot', async () => {
    const { el, cleanup } = await mountIn('rtl', 'emotion-curve');
    const axis = root(el).querySelector('.axis')!.getBoundingClientRect();
    const firstPoint = root(el).querySelector('g.point[data-index="0"]')!.getBoundingClientRect();
    expect(axis.left).to.be.at.least(firstPoint.right);
    const tick = root(el).querySelector('.axis .tick-label')!.getBoundingClientRect();
    expect(tick.left - axis.left, 'tick near the plot side').to.be.lessThan(axis.right - tick.right);
    cleanup();
  });

  it('moves to the next touchpoint with ← and back with → in the map, the curve and the overlay', async () => {
    const map = await mountIn('rtl', 'journey-map');
    (root(map.el).querySelector('[role="gridcell"][tabindex="0"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(map.el);
    expect((root(map.el).activeElement as HTMLElement).dataset.col).to.equal('1');
    await sendKeys({ press: 'ArrowRight' });
    await settle(map.el);
    expect((root(map.el).activeElement as HTMLElement).dataset.col).to.equal('0');
    map.cleanup();

    const curve = await mountIn('rtl', 'emotion-curve');
    (root(curve.el).querySelector('g.point[tabindex="0"]') as SVGGElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(curve.el);
    expect(root(curve.el).activeElement?.getAttribute('data-index')).to.equal('1');
    await sendKeys({ press: 'ArrowRight' });
    await settle(curve.el);
    expect(root(curve.el).activeElement?.getAttribute('data-index')).to.equal('0');
    curve.cleanup();

    const overlay = await mountIn('rtl', 'nps-overlay');
    const buttons = [...root(overlay.el).querySelectorAll<HTMLElement>('.cell button.hit')];
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(overlay.el);
    expect(root(overlay.el).activeElement).to.equal(buttons[1]);
    overlay.cleanup();
  });

  it('scrolls a long map from the right and keeps the focused touchpoint in view', async () => {
    const { el, cleanup } = await mountIn('rtl', 'journey-map', 900, longJourney(120));
    const scroller = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    (root(el).querySelector('[role="gridcell"][tabindex="0"]') as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const last = root(el).activeElement as HTMLElement;
    expect(last.dataset.col).to.equal('119');
    expect(scroller.scrollLeft, 'scrolled towards the left').to.be.below(-1000);
    const box = scroller.getBoundingClientRect();
    const cell = last.getBoundingClientRect();
    expect(cell.left).to.be.at.least(box.left - 1);
    expect(cell.right).to.be.at.most(box.right + 1);
    // The emotion lane drew the columns scrolled to.
    const curve = root(el).querySelector('emotion-curve')!;
    expect(root(curve).querySelector('g.point[data-index]'), 'curve drawn at the end').to.exist;
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect((root(el).activeElement as HTMLElement).dataset.col).to.equal('0');
    expect(Math.abs(scroller.scrollLeft)).to.be.below(1);
    cleanup();
  });

  it('mirrors the poster export and keeps its words readable', async () => {
    const { el, cleanup } = await mountIn('rtl', 'journey-map');
    const text = (el as unknown as { toSVG(): string }).toSVG();
    const holder = document.createElement('div');
    holder.innerHTML = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.outerHTML;
    document.body.append(holder);
    const svg = holder.querySelector('svg')!;
    const labelOf = (words: string) => [...svg.querySelectorAll('text')].find((t) => t.textContent === words)!;
    const first =
      labelOf('Hypotheken vergelijken')?.getBoundingClientRect() ??
      [...svg.querySelectorAll('tspan')].find((t) => t.textContent === 'Hypotheken')!.getBoundingClientRect();
    const title = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'Een huis kopen met een hypotheek')!;
    const box = svg.getBoundingClientRect();
    // The journey starts on the right: the first touchpoint's label in the right half, the title at the right edge.
    expect(first.left).to.be.greaterThan(box.left + box.width / 2);
    expect(box.right - title.getBoundingClientRect().right).to.be.lessThan(box.width / 10);
    const runs = ltrRuns(holder)
      .map((r) => readsLeftToRight(r.node))
      .filter((ok) => ok !== null);
    expect(runs.length).to.be.greaterThan(20);
    expect(runs.every(Boolean), 'every poster text reads left to right').to.equal(true);
    holder.remove();
    cleanup();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps the emotion lane's numbers beside the lane headers while the map scrolls (${dir})`, async () => {
      const { el, cleanup } = await mountIn(dir, 'journey-map', 800);
      const scroller = root(el).querySelector<HTMLElement>('[part="scroller"]')!;
      scroller.scrollLeft = dir === 'rtl' ? -600 : 600;
      await settle(el);
      expect(Math.abs(scroller.scrollLeft)).to.be.greaterThan(500);
      const header = root(el).querySelector('.lane--emotion [role="rowheader"]')!.getBoundingClientRect();
      const curve = root(el).querySelector('emotion-curve')!;
      const zero = [...root(curve).querySelectorAll('.axis--overlay .tick-label')]
        .find((t) => t.textContent === '0')!
        .getBoundingClientRect();
      const gap = dir === 'rtl' ? header.left - zero.right : zero.left - header.right;
      expect(gap, 'the 0 tick just beside the lane header').to.be.within(0, 20);
      cleanup();
    });
  }

  it('picks the point under the pointer on a mirrored curve', async () => {
    const { el, cleanup } = await mountIn('rtl', 'emotion-curve');
    const point = root(el).querySelector('g.point[data-curve="0"][data-index="2"]')!;
    const r = point.getBoundingClientRect();
    const chosen = new Promise<string>((resolve) =>
      el.addEventListener('journey-touchpoint-select', (e) => resolve((e as CustomEvent).detail.touchpointId), {
        once: true,
      }),
    );
    const svg = root(el).querySelector('svg.chart')!;
    svg.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        composed: true,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
      }),
    );
    const journey = (el as unknown as { journey: { touchpoints: { id: string }[] } }).journey;
    expect(await chosen).to.equal(journey.touchpoints[2]!.id);
    cleanup();
  });

  it('lays itself out again when the page changes its direction', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="ltr" style="width: 1000px"></div>`);
    const { el, cleanup } = await mount('emotion-curve', 'mortgage', { width: 1000 });
    wrapper.append(el);
    await settle(el);
    const anchor = () => root(el).querySelector('.axis .tick-label')!.getAttribute('text-anchor');
    expect(anchor()).to.equal('end');
    wrapper.dir = 'rtl';
    await settle(el);
    expect(anchor()).to.equal('start');
    cleanup();
  });
});
