/**
 * The contrast measurement of contrast.test.ts (its header says what is measured and which marks
 * are decorative), shared with forced-colours.test.ts, which measures over the forced Canvas.
 */
import {
  type Rgba,
  contrast,
  deepElements,
  effectiveBackground,
  effectiveOpacity,
  flatParent,
  fmt,
  isVisible,
  over,
  selectorPath,
  textHolders,
  toRgba,
} from './helpers.js';

export const MARKS = new Set(['path', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'rect']);

export interface Failure {
  kind: 'text' | 'mark';
  path: string;
  colour: string;
  background: string;
  ratio: number;
  needed: number;
  sample?: string;
}

export function ariaHidden(el: Element): boolean {
  for (let at: Element | null = el; at; at = flatParent(at)) if (at.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** Every visible text's contrast against its effective background (over `page`, the page's own colour). */
export function textFailures(host: Element, page: Rgba = [255, 255, 255, 1]): { checked: number; failures: Failure[] } {
  const failures: Failure[] = [];
  let checked = 0;
  for (const el of textHolders(host)) {
    if (!isVisible(el)) continue;
    const style = getComputedStyle(el);
    const raw = toRgba(el instanceof SVGElement ? style.fill : style.color);
    if (!raw) continue;
    const background = effectiveBackground(el, page);
    const alpha = raw[3] * effectiveOpacity(el) * (el instanceof SVGElement ? Number(style.fillOpacity) : 1);
    const drawn = over([raw[0], raw[1], raw[2], alpha], background);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const ratio = contrast(drawn, background);
    checked += 1;
    if (ratio < needed) {
      failures.push({
        kind: 'text',
        path: selectorPath(el),
        colour: fmt(drawn),
        background: fmt(background),
        ratio: Math.round(ratio * 100) / 100,
        needed,
        sample: (el.textContent ?? '').trim().slice(0, 30),
      });
    }
  }
  return { checked, failures };
}

/** Whether a mark's fill paints anything: a `line`, or a straight path (0 px high or wide), has no area. */
export function hasArea(el: SVGElement): boolean {
  if (el.tagName === 'line' || !(el instanceof SVGGraphicsElement)) return el.tagName !== 'line';
  const box = el.getBBox();
  return box.width > 0 && box.height > 0;
}

/** Every visible SVG mark's contrast (≥ 3:1) against its effective background over `page`; `modelColours` are exempt. */
export function markFailures(
  host: Element,
  modelColours: Rgba[],
  page: Rgba = [255, 255, 255, 1],
): { checked: number; failures: Failure[] } {
  const failures: Failure[] = [];
  let checked = 0;
  for (const el of deepElements(host)) {
    if (!(el instanceof SVGElement) || !MARKS.has(el.tagName)) continue;
    if (el.closest('defs, clipPath, mask, marker, pattern, symbol')) continue;
    if (!isVisible(el)) continue;
    const style = getComputedStyle(el);
    const opacity = effectiveOpacity(el);
    // A mark's own box is not its background (some SVG shapes set background-color for forced colours).
    const background = effectiveBackground(flatParent(el)!, page);
    const stroke = toRgba(style.stroke);
    const strokeWidth = parseFloat(style.strokeWidth);
    const hasStroke = stroke !== null && stroke[3] > 0 && strokeWidth > 0 && Number(style.strokeOpacity) > 0;
    const paints: Array<{ what: string; colour: Rgba | null; alpha: number }> = [
      { what: 'stroke', colour: hasStroke ? stroke : null, alpha: Number(style.strokeOpacity) },
      { what: 'fill', colour: hasArea(el) ? toRgba(style.fill) : null, alpha: Number(style.fillOpacity) },
    ];
    for (const { what, colour, alpha: paintAlpha } of paints) {
      if (!colour || colour[3] === 0) continue;
      const alpha = colour[3] * paintAlpha * opacity;
      if (alpha === 0) continue;
      // Decorative: an aria-hidden tint or halo below half opacity (zones, highlight halos), or an
      // aria-hidden fill-only shape in a surface tone (< 1.5:1: phase bands, alternating rows).
      if (alpha < 0.5 && ariaHidden(el)) continue;
      if (
        what === 'fill' &&
        !hasStroke &&
        ariaHidden(el) &&
        contrast(over([colour[0], colour[1], colour[2], alpha], background), background) < 1.5
      )
        continue;
      // The journey's own colours (persona `color` in the model) are the author's choice, reported apart.
      if (modelColours.some((m) => m[0] === colour[0] && m[1] === colour[1] && m[2] === colour[2])) continue;
      const drawn = over([colour[0], colour[1], colour[2], alpha], background);
      const ratio = contrast(drawn, background);
      // A knock-out: a stroke (or fill) in the background's own colour that separates or hollows
      // another paint of the same shape, which is measured instead.
      const other = paints.find((p) => p.what !== what)!;
      const otherPaints =
        (other.colour && other.colour[3] > 0 && contrast(over(other.colour, background), background) >= 1.05) ||
        (what === 'stroke' && style.fill.startsWith('url('));
      if (ratio < 1.05 && otherPaints) continue;
      checked += 1;
      if (ratio < 3) {
        failures.push({
          kind: 'mark',
          path: `${selectorPath(el)} (${what})`,
          colour: fmt(drawn),
          background: fmt(background),
          ratio: Math.round(ratio * 100) / 100,
          needed: 3,
        });
      }
    }
  }
  return { checked, failures };
}

/** The first 25 failures, one a line, for an assertion message. */
export const report = (failures: Failure[]) =>
  failures
    .slice(0, 25)
    .map(
      (f) =>
        `${f.kind} ${f.path}${f.sample ? ` "${f.sample}"` : ''}: ${f.colour} on ${f.background} = ${f.ratio}:1 (needs ${f.needed}:1)`,
    )
    .join('\n');
