/**
 * WCAG 1.4.10 at 400 % zoom: a 1280 × 1024 window at 400 % is a 320 × 256 CSS px viewport
 * (`setViewport`). The 320 px reflow of each element's own box is text-size-and-spacing.test.ts;
 * this adds what the short, real viewport adds, for every element and fixture:
 *
 * - No content lost: every word of every text visible at 1280 × 1024 is still reachable at
 *   320 × 256 (rendered, not cut off by a box that clips without scrolling, not clamped away;
 *   scroll containers are scrolled through and "show more" buttons pressed, as a user would),
 *   and the page never scrolls sideways. Texts the narrow layout says another way: LAYOUT_ONLY.
 * - Sticky headers: an element that sticks (`position: sticky` or `fixed`) covers at most half
 *   of what it sticks in (the viewport or its scroll container), or it hides the content under it;
 *   also for the map's grid at 640 × 256 and its table, in a box of `--journey-map-max-height`.
 * - The map's detail panel (Enter on a touchpoint), the overlay's drill-down and the curve's
 *   tooltip fit the 320 × 256 viewport, or scroll (content taller than the box means the box
 *   scrolls vertically, and nothing is wider than it), and a dialog's close button is visible on open.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  JOURNEYS,
  type JourneyName,
  type Tag,
  TAGS,
  deepElements,
  flatParent,
  isVisible,
  mount,
  selectorPath,
  settle,
  textHolders,
} from './helpers.js';

const FIXTURES: JourneyName[] = ['mortgage', 'health', 'generic'];
const ZOOMED = { width: 320, height: 256 };

/** The words of a text: lower case, letters and digits only, so layouts that join or split lines compare equal. */
const words = (text: string) =>
  text
    .replace(/\u00ad/g, '')
    .replace(/-\s+/g, '')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** A text holder's own text (its text nodes, not its children's). */
const ownText = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join(' ');

const scrolls = (value: string) => value === 'auto' || value === 'scroll';

/**
 * Whether a user can get `el` into view: visible, and no box between it and the page cuts it off
 * without scrolling (`overflow: hidden` or `clip` in the axis it lies outside of), and neither it nor a
 * box around it is clamped or clipped short of its own content.
 */
function reachable(el: Element): boolean {
  if (!isVisible(el)) return false;
  const box = el.getBoundingClientRect();
  for (let at = flatParent(el); at; at = flatParent(at)) {
    if (!(at instanceof HTMLElement) && !(at instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(at);
    const clip = at.getBoundingClientRect();
    const outX = box.left < clip.left - 1 || box.right > clip.right + 1;
    const outY = box.top < clip.top - 1 || box.bottom > clip.bottom + 1;
    if (outX && style.overflowX !== 'visible' && !scrolls(style.overflowX)) return false;
    if (outY && style.overflowY !== 'visible' && !scrolls(style.overflowY)) return false;
  }
  return !cut(el);
}

/** Whether a line clamp or an ellipsis on `el` or its parent hides part of its text. */
function cut(el: Element): boolean {
  for (
    let at: Element | null = el, level = 0;
    at && level < 2 && !(at instanceof SVGElement);
    at = flatParent(at), level += 1
  ) {
    const style = getComputedStyle(at);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    if (scrolls(style.overflowX) || scrolls(style.overflowY)) return false;
    return at.scrollWidth > at.clientWidth + 1 || at.scrollHeight > at.clientHeight + 1;
  }
  return false;
}

/**
 * The words of every text a user can reach: visible now, or brought into view by scrolling one of
 * the element's scroll containers (each is scrolled through, as the elements render only the
 * columns in view).
 */
async function reachableWords(host: Element): Promise<Set<string>> {
  const found = new Set<string>();
  const collect = () =>
    textHolders(host)
      .filter(reachable)
      .forEach((e) => words(ownText(e)).forEach((w) => found.add(w)));
  collect();
  const scrollers = deepElements(host).filter(
    (e): e is HTMLElement =>
      e instanceof HTMLElement && scrolls(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1,
  );
  for (const scroller of scrollers) {
    const step = Math.max(40, scroller.clientWidth / 2);
    for (let x = step; x < scroller.scrollWidth; x += step) {
      scroller.scrollLeft = x;
      await settle(host);
      collect();
    }
    scroller.scrollLeft = 0;
    await settle(host);
  }
  return found;
}

/** Presses every "show more" button of the map's vertical layout and table, as a user would to see all rows. */
async function showAll(el: Element): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
    if (!more) return;
    more.click();
    await settle(el);
  }
}

/**
 * Elements that stick and cover more than half of what they stick in: the viewport (`fixed`, or
 * sticky in the page) or their scroll container, in the axis they stick in.
 */
function tallStickies(host: Element, seen: Element[] = []): string[] {
  const out: string[] = [];
  for (const el of deepElements(host)) {
    const style = getComputedStyle(el);
    if ((style.position !== 'sticky' && style.position !== 'fixed') || !isVisible(el)) continue;
    let port = { width: innerWidth, height: innerHeight };
    if (style.position === 'sticky') {
      for (let at = flatParent(el); at; at = flatParent(at)) {
        const s = getComputedStyle(at);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
          port = { width: Math.min(at.clientWidth, innerWidth), height: Math.min(at.clientHeight, innerHeight) };
          break;
        }
      }
    }
    seen.push(el);
    const r = el.getBoundingClientRect();
    const vertical = style.top !== 'auto' || style.bottom !== 'auto';
    const horizontal = style.left !== 'auto' || style.right !== 'auto';
    if (vertical && r.height > port.height / 2)
      out.push(`${selectorPath(el)}: sticks vertically, ${Math.round(r.height)} of ${port.height} px`);
    if (horizontal && r.width > port.width / 2)
      out.push(`${selectorPath(el)}: sticks horizontally, ${Math.round(r.width)} of ${port.width} px`);
  }
  return out;
}

/** A box that must fit the zoomed viewport or scroll: problems, none when it fits. */
function fitsOrScrolls(what: string, box: Element): string[] {
  const out: string[] = [];
  const r = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  if (r.left < -1 || r.right > innerWidth + 1)
    out.push(`${what}: ${Math.round(r.left)}…${Math.round(r.right)} of 0…${innerWidth} px wide`);
  if (r.top < -1 || r.bottom > innerHeight + 1)
    out.push(`${what}: ${Math.round(r.top)}…${Math.round(r.bottom)} of 0…${innerHeight} px high`);
  if (box.scrollHeight > box.clientHeight + 1 && !scrolls(style.overflowY))
    out.push(`${what}: content ${box.scrollHeight} px in ${box.clientHeight} px, overflow-y ${style.overflowY}`);
  if (box.scrollWidth > box.clientWidth + 1)
    out.push(`${what}: content ${box.scrollWidth} px wide in ${box.clientWidth} px (scrolls sideways)`);
  return out;
}

/** Whether `el` lies in the flat tree under `selector`, a descendant selector whose parts may be in different shadow trees. */
function within(el: Element, selector: string): boolean {
  const parts = selector.split(' ');
  let at: Element | null = el;
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    while (at && !at.matches(parts[i]!)) at = flatParent(at);
    if (!at) return false;
    at = flatParent(at);
  }
  return true;
}

/**
 * Texts of the wide layout that the narrow one says another way, decided here:
 * - the map's grid: the corner header "Phase", the key of the drawn flows (the vertical layout
 *   writes the flows out), "no NPS measured" (a vertical row has no NPS field then) and the NPS
 *   lane's "MoT" tag (a vertical row has a moment-of-truth field);
 * - the curve's annotations (point labels, column labels, moment names, phase names over the
 *   plot): placed only where they fit, so narrower columns (96 px here, 100 px at 1280) truncate
 *   or drop some; each point's tooltip on focus names touchpoint, phase, emotion and moment
 *   (checked below) and the data table has every value.
 */
const LAYOUT_ONLY = [
  '.corner',
  '.flow-legend',
  '.embedded--nps .placeholder',
  '.embedded--nps .mot-badge',
  'emotion-curve .point-label',
  'emotion-curve .column-label',
  'emotion-curve .moment-text',
  'emotion-curve .band-label',
];

/** The close button of a dialog is visible and inside the viewport and the dialog's box when it opens. */
function closeInView(dialog: Element): string[] {
  const close = dialog.querySelector('.close');
  if (!close || !isVisible(close)) return ['no visible close button'];
  const r = close.getBoundingClientRect();
  const d = dialog.getBoundingClientRect();
  const inside = (box: { left: number; top: number; right: number; bottom: number }) =>
    r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  if (!inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight }))
    return [`close button at ${Math.round(r.left)},${Math.round(r.top)} is outside the viewport`];
  if (!inside(d)) return ['close button outside the dialog'];
  return [];
}

/** Visible texts in a box that no scrolling brings into view. */
function unreachable(box: Element): string[] {
  return textHolders(box)
    .filter((e) => isVisible(e) && !reachable(e))
    .map((e) => `unreachable: ${selectorPath(e)} "${ownText(e).trim().slice(0, 30)}"`);
}

describe('400 % zoom: 320 × 256 CSS px', function () {
  this.timeout(60_000);
  afterEach(() => setViewport({ width: 1280, height: 1024 }));

  for (const tag of TAGS as readonly Tag[]) {
    for (const name of FIXTURES) {
      it(`<${tag}> ${name}: every word visible at 1280 × 1024 is reachable at 320 × 256, no sideways page scroll, no tall sticky header`, async () => {
        await setViewport({ width: 1280, height: 1024 });
        const { el } = await mount(tag, name, { style: 'width: auto;' });
        await showAll(el);
        const before = textHolders(el).filter(
          (e) => isVisible(e) && !cut(e) && !LAYOUT_ONLY.some((sel) => within(e, sel)),
        );
        const wanted = new Set(before.flatMap((e) => words(ownText(e))));
        expect(wanted.size, 'words at 1280 px').to.be.greaterThan(3);

        await setViewport(ZOOMED);
        await settle(el);
        await showAll(el);
        expect(el.getBoundingClientRect().width, 'the element follows the viewport').to.be.at.most(ZOOMED.width);
        const found = await reachableWords(el);
        const lost = [...wanted].filter((w) => !found.has(w));
        const problems = [
          ...(lost.length > 0 ? [`words lost: ${lost.slice(0, 30).join(', ')}`] : []),
          ...(document.documentElement.scrollWidth > innerWidth + 1
            ? [`the page scrolls sideways: ${document.documentElement.scrollWidth} px`]
            : []),
          ...tallStickies(el),
        ];
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  }

  for (const name of ['mortgage', 'health'] as const) {
    it(`<journey-map> ${name}: the detail panel (Enter on a touchpoint) fits 320 × 256 or scrolls, its close button in view`, async () => {
      await setViewport(ZOOMED);
      const { el } = await mount('journey-map', name, { style: 'width: auto;' });
      const cell = el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
      cell.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open, 'the panel is open').to.equal(true);
      await settle(dialog.querySelector('touchpoint-card')!);
      const problems = [...fitsOrScrolls('detail panel', dialog), ...closeInView(dialog), ...unreachable(dialog)];
      expect(problems, problems.join('\n')).to.deep.equal([]);
      dialog.close();
    });

    it(`<nps-overlay> ${name}: the drill-down (Enter on a cell) fits 320 × 256 or scrolls, its close button in view`, async () => {
      await setViewport(ZOOMED);
      const { el } = await mount('nps-overlay', name, { style: 'width: auto;' });
      el.shadowRoot!.querySelector<HTMLElement>('button.hit[tabindex="0"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open, 'the drill-down is open').to.equal(true);
      const problems = [...fitsOrScrolls('drill-down', dialog), ...closeInView(dialog), ...unreachable(dialog)];
      expect(problems, problems.join('\n')).to.deep.equal([]);
      dialog.close();
    });

    it(`<emotion-curve> ${name}: the tooltip of a focused point fits 320 × 256 and names touchpoint and phase in full`, async () => {
      await setViewport(ZOOMED);
      const { el } = await mount('emotion-curve', name, { style: 'width: auto;' });
      const problems: string[] = [];
      const check = async () => {
        await settle(el);
        const point = el.shadowRoot!.activeElement as SVGGElement | null;
        if (!point?.matches('.point')) return void problems.push('no focused point');
        const index = Number(point.dataset['index']);
        const touchpoint = JOURNEYS[name].touchpoints[index] as { label: string; phase: string };
        const phase = (JOURNEYS[name].phases as readonly { id: string; label: string }[]).find(
          (p) => p.id === touchpoint.phase,
        )!.label;
        const tooltip = el.shadowRoot!.querySelector('.tooltip');
        if (!tooltip || !isVisible(tooltip)) return void problems.push(`point ${index}: no tooltip`);
        const r = tooltip.getBoundingClientRect();
        if (r.left < -1 || r.right > innerWidth + 1)
          problems.push(`point ${index}: tooltip ${Math.round(r.left)}…${Math.round(r.right)} of 0…${innerWidth} px`);
        if (r.height > innerHeight)
          problems.push(`point ${index}: tooltip ${Math.round(r.height)} px high in a ${innerHeight} px viewport`);
        for (const part of [touchpoint.label, phase])
          if (!(tooltip.textContent ?? '').includes(part))
            problems.push(`point ${index}: tooltip does not name "${part}"`);
        problems.push(...unreachable(tooltip).map((p) => `point ${index}: ${p}`));
      };
      // The first, the last and a middle point, by keyboard: tooltips near both edges and inside.
      el.shadowRoot!.querySelector<SVGGElement>('.point[tabindex="0"]')!.focus();
      await check();
      await sendKeys({ press: 'End' });
      await check();
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'ArrowLeft' });
      await check();
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('<journey-map> with --journey-map-max-height: 80vh: sticky headers of the grid at 640 × 256 (2560 px at 400 %) and the table at 320 × 256 cover at most half', async () => {
    const problems: string[] = [];
    const seen: Element[] = [];
    for (const [width, view] of [
      [640, 'grid'],
      [320, 'table'],
    ] as const) {
      await setViewport({ width, height: ZOOMED.height });
      const { el } = await mount('journey-map', 'mortgage', { style: 'width: auto; --journey-map-max-height: 80vh;' });
      // The map's `view` is grid, wheel or overview; its data table is the toolbar's toggle.
      await settle(el);
      if (view === 'table') el.shadowRoot!.querySelector<HTMLElement>('.tool[aria-pressed]')!.click();
      await settle(el);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>(view === 'grid' ? '.scroller' : '.table-wrap')!;
      expect(scroller.scrollHeight, `${view}: the ${width} px ${view} scrolls in its own box`).to.be.greaterThan(
        scroller.clientHeight,
      );
      problems.push(...tallStickies(el, seen).map((p) => `${width} px ${view}: ${p}`));
    }
    expect(seen.length, 'sticky headers found').to.be.greaterThan(4);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the checks fail on a box that is too tall, clips, or sticks over most of the viewport', async () => {
    await setViewport(ZOOMED);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const tall = document.createElement('div');
    tall.style.cssText = 'height: 200px; overflow: hidden;';
    tall.append(
      Object.assign(document.createElement('p'), { textContent: 'Cut' }),
      Object.assign(document.createElement('div'), { style: 'height: 600px' }),
    );
    tall.lastElementChild!.textContent = 'Lost below';
    const sticky = document.createElement('header');
    sticky.style.cssText = 'position: sticky; top: 0; height: 180px;';
    sticky.textContent = 'Header';
    root.append(sticky, tall);
    document.body.append(host);
    try {
      expect(fitsOrScrolls('box', tall).join()).to.contain('overflow-y hidden');
      expect(tallStickies(host).join()).to.contain('sticks vertically, 180 of 256 px');
      expect(reachable(tall.lastElementChild!)).to.equal(false);
      expect(words('Welkomst-\npakket, nieuwe wo…')).to.deep.equal(['welkomstpakket', 'nieuwe', 'wo']);
    } finally {
      host.remove();
    }
  });
});
