/**
 * Text size, WCAG 1.4.12 text spacing and 1.4.10 reflow at 320 px, for every element and fixture.
 *
 * - No visible text under 12 px: the computed font-size of every text node's parent, times the
 *   scale of its SVG (viewBox) for SVG text, so a scaled-down chart cannot hide small text.
 * - Text spacing: line-height 1.5, letter-spacing 0.12em, word-spacing 0.16em, paragraph spacing
 *   2em, injected into every shadow root (nested ones too) with `adoptedStyleSheets`; afterwards no
 *   text that was visible is invisible, and no label that fitted is clipped (its own box has
 *   `overflow` other than visible and its content now overflows it by more than 1 px, or it
 *   has `text-overflow: ellipsis` and now overflows). SVG text cannot wrap; its overlap is not measured here.
 * - 320 px: nothing visible sticks out of the element's box, horizontally, except inside its
 *   designated scroll container (`[part="scroller"]`, `[part="plot"]`), which itself fits.
 */
import { expect } from '@open-wc/testing';
import {
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

/** The size text is drawn at: CSS font-size, times the SVG's scale for SVG text. */
function renderedFontSize(el: Element): number {
  const size = parseFloat(getComputedStyle(el).fontSize);
  if (el instanceof SVGGraphicsElement) {
    const ctm = el.getScreenCTM();
    if (ctm) return size * Math.hypot(ctm.a, ctm.b);
  }
  return size;
}

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

function shadowRoots(host: Element): ShadowRoot[] {
  return [host, ...deepElements(host)].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
}

function clipped(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  const style = getComputedStyle(el);
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis';
  if (!clips) return false;
  return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}

/** The text holder and its ancestors up to the host, the boxes that can clip it. */
function clippingBoxes(el: Element, host: Element): Element[] {
  const out: Element[] = [];
  for (let at: Element | null = el; at && at !== host; at = flatParent(at)) out.push(at);
  return out;
}

/**
 * Clipping found here in src/ and reported with a fix, not yet applied (helpers may not edit src/
 * in parallel work); remove the entry when the fix lands.
 * - nps-overlay `.tp-label { -webkit-line-clamp: 3; line-clamp: 3 }` (nps-overlay.styles.ts)
 *   cuts 4 mortgage labels under text spacing at 1200 px; a clamp of 5 passes.
 */
// Known clipping problems waiting for a fix (none at present).
const KNOWN_CLIPS: RegExp[] = [];

const inScroller = (el: Element) => {
  for (let at: Element | null = flatParent(el); at; at = flatParent(at))
    if (/\b(scroller|plot)\b/.test(at.getAttribute('part') ?? '')) return true;
  return false;
};

describe('text size, text spacing and reflow', function () {
  this.timeout(60_000);

  for (const tag of TAGS as readonly Tag[]) {
    for (const name of FIXTURES) {
      it(`<${tag}> ${name}: no text under 12 px`, async () => {
        const { el } = await mount(tag, name);
        const holders = textHolders(el).filter(isVisible);
        expect(holders.length).to.be.greaterThan(2);
        const small = holders
          .map((e) => ({ e, size: renderedFontSize(e) }))
          .filter(({ size }) => size < 11.95)
          .map(
            ({ e, size }) => `${selectorPath(e)} "${(e.textContent ?? '').trim().slice(0, 20)}": ${size.toFixed(2)}px`,
          );
        expect(small, small.join('\n')).to.deep.equal([]);
      });

      it(`<${tag}> ${name}: the WCAG 1.4.12 text spacing hides and clips no text`, async () => {
        const { el } = await mount(tag, name);
        const before = textHolders(el).filter(isVisible);
        const clippedBefore = new Set(before.flatMap((e) => clippingBoxes(e, el)).filter(clipped));
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(SPACING);
        for (const root of shadowRoots(el)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        await settle(el);
        // the override is in force
        expect(getComputedStyle(before[0]!).letterSpacing).to.not.equal('normal');
        const hidden = before
          .filter((e) => e.isConnected && !isVisible(e))
          .map((e) => `hidden: ${selectorPath(e)} "${(e.textContent ?? '').trim().slice(0, 20)}"`);
        const newlyClipped = before
          .filter((e) => e.isConnected)
          .flatMap((e) =>
            clippingBoxes(e, el)
              .filter((box) => !clippedBefore.has(box) && clipped(box))
              .map((box) => ({ e, box })),
          )
          .map(({ e, box }) => `clipped: ${selectorPath(box)} holding "${(e.textContent ?? '').trim().slice(0, 20)}"`);
        const problems = [...new Set([...hidden, ...newlyClipped])].filter((p) => !KNOWN_CLIPS.some((k) => k.test(p)));
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it(`<${tag}> ${name}: at 320 px nothing overflows the element except its scroll container`, async () => {
        const { el } = await mount(tag, name, { width: 320 });
        const box = el.getBoundingClientRect();
        expect(box.width).to.be.at.most(320.5);
        const out = deepElements(el)
          .filter((e) => !inScroller(e) && isVisible(e))
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.right > box.right + 1 || r.left < box.left - 1;
          })
          .map((e) => {
            const r = e.getBoundingClientRect();
            return `${selectorPath(e)}: ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of 0…${Math.round(box.width)}`;
          });
        expect(out, out.slice(0, 10).join('\n')).to.deep.equal([]);
      });
    }
  }
});
