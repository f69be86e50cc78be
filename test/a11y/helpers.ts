/**
 * Helpers for the accessibility tests: mount any of the four elements with a fixture in a themed
 * wrapper, walk shadow roots, resolve colours through the browser, WCAG contrast.
 */
import { aTimeout, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';

export const JOURNEYS = { mortgage, health, generic } as const;
export type JourneyName = keyof typeof JOURNEYS;
export const TAGS = ['journey-map', 'emotion-curve', 'nps-overlay', 'touchpoint-card'] as const;
export type Tag = (typeof TAGS)[number];

/** The touchpoint a `<touchpoint-card>` shows per fixture: one with NPS, emotions and a channel. */
export const CARD_TOUCHPOINT: Record<JourneyName, string> = {
  mortgage: 'advice',
  health: 'claim',
  generic: 'apply-online',
};

export type ThemeName = 'light' | 'dark' | 'brand' | 'dark-css' | 'high-contrast-css';
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'brand', 'dark-css', 'high-contrast-css'];

/** A brand theme of our own: a few `--journey-*` overrides on a wrapper (all ≥ 4.5:1 on white). */
export const BRAND_STYLE =
  '--journey-accent: #8a1538; --journey-focus: #8a1538; --journey-text: #14213d; --journey-text-muted: #4a5568;' +
  ' --journey-surface: #fffdf7; --journey-moment-of-truth: #6e40c9; --journey-surface-raised: #fbfaf7; --journey-border: #7a6f5a; --journey-font: Georgia, serif;';

const themeCss = new Map<string, string>();

/** The text of a theme file, fetched from the test server once. */
export async function themeText(file: 'dark' | 'high-contrast'): Promise<string> {
  if (!themeCss.has(file)) {
    const response = await fetch(new URL(`../../themes/${file}.css`, import.meta.url));
    if (!response.ok) throw new Error(`themes/${file}.css: ${response.status}`);
    themeCss.set(file, await response.text());
  }
  return themeCss.get(file)!;
}

/**
 * Only the container rules of a theme file (its `:root` selector dropped), so a test themes just
 * its wrapper and the page stays white; the file's text is otherwise used as shipped.
 */
export function scopedToContainer(css: string): string {
  return css.replace(/:root\s*:is\([^)]*\),\s*/g, '').replace(/:root,\s*/g, '');
}

/** The wrapper attributes for a theme: style and class; adds the theme file's `<style>` to the page when needed. */
export async function themeWrapper(
  theme: ThemeName,
): Promise<{ style: string; className: string; hostStyle: string; cleanup: () => void }> {
  let cleanup = () => undefined as void;
  if (theme === 'dark-css' || theme === 'high-contrast-css') {
    const file = theme === 'dark-css' ? 'dark' : 'high-contrast';
    const style = document.createElement('style');
    style.textContent = scopedToContainer(await themeText(file));
    document.head.append(style);
    cleanup = () => style.remove();
    return { style: '', className: `journey-theme-${file}`, hostStyle: '', cleanup };
  }
  // The host says `color-scheme: light dark` (the user's preference), so a page forces dark on the element itself.
  if (theme === 'dark')
    return {
      style: 'color-scheme: dark; background: #0d1117;',
      className: '',
      hostStyle: 'color-scheme: dark;',
      cleanup,
    };
  if (theme === 'brand') return { style: BRAND_STYLE, className: '', hostStyle: '', cleanup };
  return { style: 'color-scheme: light;', className: '', hostStyle: 'color-scheme: light;', cleanup };
}

type Loadable = HTMLElement & { journey?: unknown; updateComplete?: Promise<unknown> };

/** Waits for an element and the elements embedded in its shadow root to settle. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await (el as Loadable).updateComplete;
    await nextFrame();
  }
  const nested = [...(el.shadowRoot?.querySelectorAll<Loadable>(TAGS.join(',')) ?? [])];
  await Promise.all(nested.map((e) => e.updateComplete));
  await aTimeout(30);
  await (el as Loadable).updateComplete;
}

export interface MountOptions {
  journey?: unknown;
  theme?: ThemeName;
  width?: number;
  lang?: string;
  /** Extra style on the wrapper. */
  style?: string;
  /**
   * What the element must end in: `load` (the default with a journey: `journey-load` fired and a
   * chart part drawn), `error` (`journey-error` fired) or `empty` (no journey given).
   */
  outcome?: 'load' | 'error' | 'empty';
}

/**
 * The part each element draws from a loaded journey, with what makes it drawn. A test that runs
 * axe (or any check) on an element that drew nothing proves nothing, so `mount` asserts this first.
 */
export const DRAWN_PART: Record<Tag, { selector: string; drawn: (el: Element) => boolean }> = {
  // A phase header (horizontal), a phase row (narrow, phase level) or a touchpoint cell (narrow),
  // labelled from the journey.
  'journey-map': {
    selector: '[part~="phase"], [part~="cell"]',
    drawn: (e) => (e.textContent ?? '').trim() !== '',
  },
  // The plot: the curve's paths, or its axis and "no emotions recorded" for a journey without any.
  'emotion-curve': { selector: '[part~="plot"]', drawn: (e) => e.querySelector('svg path, svg text') !== null },
  // The figure: its caption and the touchpoints' scores, or "no data" cells for a journey without NPS.
  'nps-overlay': { selector: '[part~="figure"]', drawn: (e) => (e.textContent ?? '').trim() !== '' },
  // The card's heading: the touchpoint's label.
  'touchpoint-card': { selector: '[part~="heading"]', drawn: (e) => (e.textContent ?? '').trim() !== '' },
};

/** How many of `tag`'s drawn parts `el` shows (0 when it drew nothing). */
export function drawnParts(tag: Tag, el: Element): number {
  const part = DRAWN_PART[tag];
  return [...(el.shadowRoot?.querySelectorAll(part.selector) ?? [])].filter(part.drawn).length;
}

/**
 * Mounts `tag` with a fixture in a wrapper (theme, width) and waits for journey-load and layout.
 * With a journey it throws unless the element fired `journey-load` within 10 s and drew its chart
 * part (a `<touchpoint-card>` without a `touchpoint` attribute draws no heading: only the load is
 * asserted); `outcome: 'error'` requires `journey-error` instead.
 */
export async function mount(
  tag: Tag,
  name: JourneyName | null,
  options: MountOptions = {},
): Promise<{ el: Loadable; wrapper: HTMLDivElement; cleanup: () => void }> {
  const theme = await themeWrapper(options.theme ?? 'light');
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.className = theme.className;
  wrapper.setAttribute('style', `width: ${options.width ?? 1200}px; ${theme.style} ${options.style ?? ''}`);
  const el = document.createElement(tag) as Loadable;
  if (options.lang) el.setAttribute('lang', options.lang);
  if (theme.hostStyle) el.setAttribute('style', theme.hostStyle);
  if (tag === 'touchpoint-card' && name) el.setAttribute('touchpoint', CARD_TOUCHPOINT[name]);
  const journey = options.journey ?? (name ? JOURNEYS[name] : undefined);
  const expected = options.outcome ?? (journey === undefined ? 'empty' : 'load');
  let outcome = 'timeout' as 'load' | 'error' | 'timeout';
  let errorDetail = '';
  const loaded = new Promise<void>((resolve) => {
    el.addEventListener(
      'journey-load',
      () => {
        outcome = 'load';
        resolve();
      },
      { once: true },
    );
    el.addEventListener(
      'journey-error',
      (event) => {
        outcome = 'error';
        errorDetail = JSON.stringify((event as CustomEvent).detail?.message ?? (event as CustomEvent).detail?.code);
        resolve();
      },
      { once: true },
    );
  });
  if (journey !== undefined) el.journey = journey;
  wrapper.append(el);
  if (journey !== undefined) await Promise.race([loaded, aTimeout(10_000)]);
  await settle(el);
  const what = `<${tag}>${name ? ` with ${name}` : ''}`;
  if (journey !== undefined && outcome !== expected) {
    theme.cleanup();
    throw new Error(
      outcome === 'timeout'
        ? `${what} fired neither journey-load nor journey-error within 10 s (expected ${expected})`
        : `${what} fired journey-${outcome}${errorDetail ? ` (${errorDetail})` : ''}, expected journey-${expected}`,
    );
  }
  const needsDrawing = expected === 'load' && (tag !== 'touchpoint-card' || el.hasAttribute('touchpoint'));
  if (needsDrawing && drawnParts(tag, el) === 0) {
    theme.cleanup();
    throw new Error(`${what} loaded its journey but drew no ${DRAWN_PART[tag].selector}`);
  }
  return { el, wrapper, cleanup: theme.cleanup };
}

/** Every element in `root` and in every shadow root below it (open roots), in tree order. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return out;
}

/** The parent in the flattened tree: the assigned slot, the parent element, or the shadow host. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Elements that directly hold non-blank text. */
export function textHolders(host: Element): Element[] {
  return deepElements(host).filter(
    (e) =>
      !['STYLE', 'SCRIPT', 'TEMPLATE', 'title', 'desc'].includes(e.tagName) &&
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
  );
}

/**
 * Whether a user sees `el`: rendered, not visibility-hidden, not opacity 0, not the visually-hidden
 * clip, at least 2 × 2 px; a straight SVG line or path (a box without stroke that is 0 px high or
 * wide) needs 2 px of length only.
 */
export function isVisible(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
    return false;
  const rect = el.getBoundingClientRect();
  const line = el instanceof SVGGeometryElement && !(el instanceof SVGTextContentElement);
  if (line ? Math.max(rect.width, rect.height) < 2 : rect.width < 2 || rect.height < 2) return false;
  for (let at: Element | null = el; at; at = flatParent(at)) {
    if (at.classList.contains('journey-visually-hidden')) return false;
    const style = getComputedStyle(at);
    if (style.clipPath.startsWith('inset(50%')) return false;
    if (Number(style.opacity) === 0) return false;
  }
  return true;
}

/** A CSS path to an element across shadow roots, for failure messages. */
export function selectorPath(el: Element): string {
  const parts: string[] = [];
  for (let at: Element | null = el; at; at = flatParent(at)) {
    let part = at.tagName.toLowerCase();
    const cls = typeof at.className === 'string' ? at.className : (at.getAttribute('class') ?? '');
    if (cls.trim()) part += `.${cls.trim().split(/\s+/).slice(0, 2).join('.')}`;
    const p = at.getAttribute('part');
    if (p) part += `[part="${p}"]`;
    parts.unshift(part);
    if (at.parentElement === null && !(at.getRootNode() instanceof ShadowRoot)) break;
    if (parts.length > 7) break;
  }
  return parts.join(' > ');
}

export type Rgba = [number, number, number, number];

let ctx: CanvasRenderingContext2D | null = null;

/**
 * Any CSS colour the browser computed (`rgb()`, `rgba()`, `color(srgb …)`, `oklch()`…) as 8-bit
 * sRGB and alpha 0…1, by drawing one pixel and reading it back; null for `none`, `url(…)` etc.
 */
export function toRgba(colour: string): Rgba | null {
  const c = colour.trim();
  if (c === '' || c === 'none' || c.startsWith('url(') || c === 'transparent')
    return c === 'transparent' ? [0, 0, 0, 0] : null;
  if (!ctx) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#010203';
  ctx.fillStyle = c;
  if (ctx.fillStyle === '#010203' && c !== '#010203' && !/^rgba?\(1, 2, 3/.test(c)) return null;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data as unknown as number[];
  if (a === 0) return [0, 0, 0, 0];
  // getImageData un-premultiplies; the alpha is 0…255.
  return [r!, g!, b!, a! / 255];
}

/** `top` (with alpha) drawn over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/** The opaque colour behind `el`: the first non-transparent background-colours up the flat tree, composited; white at the top. */
export function effectiveBackground(el: Element, page: Rgba = [255, 255, 255, 1]): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = el; at; at = flatParent(at)) {
    const bg = toRgba(getComputedStyle(at).backgroundColor);
    if (bg && bg[3] > 0) {
      layers.push(bg);
      if (bg[3] >= 1) break;
    }
  }
  let colour = page;
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** The product of `opacity` of `el` and its flat-tree ancestors. */
export function effectiveOpacity(el: Element): number {
  let value = 1;
  for (let at: Element | null = el; at; at = flatParent(at)) value *= Number(getComputedStyle(at).opacity);
  return value;
}

export function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const fmt = (c: Rgba) =>
  `rgb(${c
    .slice(0, 3)
    .map((v) => Math.round(v))
    .join(',')}${c[3] < 1 ? ` / ${c[3].toFixed(2)}` : ''})`;

/** The text of an element's shadow tree (and nested shadow trees), visible text only, whitespace collapsed. */
export function shadowText(host: Element): string {
  return textHolders(host)
    .filter(isVisible)
    .map((e) =>
      [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(' '),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every text of an element's shadow tree, visible or not (screen-reader text included). */
export function allShadowText(host: Element): string {
  return textHolders(host)
    .map((e) =>
      [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(' '),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A long journey for the phase level and scrolling: `count` touchpoints (a multiple of 6) in 6
 * equal phases, an emotion on each; phase 2 holds planted extremes (lowest −5 at "Stap 150",
 * highest +5 at "Stap 130", lowest NPS −60 at "Stap 170", moments of truth at "Stap 111" and
 * "Stap 181", a metric off norm at "Stap 121"). NPS on every tenth touchpoint, or on every one
 * with `npsEverywhere`.
 */
export function longJourney(count: number, options: { npsEverywhere?: boolean } = {}) {
  const per = count / 6;
  const nps = (i: number) =>
    i === 169
      ? { promoters: 10, passives: 20, detractors: 70 }
      : options.npsEverywhere
        ? { promoters: 40 + (i % 20), passives: 30, detractors: 30 - (i % 20) }
        : i % 10 === 0
          ? { promoters: 50, passives: 20, detractors: 30 }
          : undefined;
  return {
    version: 1,
    id: 'long',
    title: 'Lange reis',
    locale: 'nl-NL',
    phases: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, label: `Fase ${i + 1}` })),
    touchpoints: Array.from({ length: count }, (_, i) => ({
      id: `t${i}`,
      phase: `p${Math.floor(i / per)}`,
      label: `Stap ${i + 1}`,
      emotions: [{ score: i === 149 ? -5 : i === 129 ? 5 : Math.round(Math.sin(i / 5) * 30) / 10 }],
      ...(nps(i) ? { nps: nps(i) } : {}),
      ...(i === 110 || i === 180 ? { momentOfTruth: { kind: 'critical' } } : {}),
      ...(i === 120 ? { metrics: [{ id: 'wait', label: 'Wachttijd', value: 9, target: 5, better: 'lower' }] } : {}),
    })),
  };
}
