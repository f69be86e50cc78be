/**
 * Forced colours (Windows high contrast), really emulated: the `emulate-forced-colors` command of
 * web-test-runner.config.js sets CDP `Emulation.setEmulatedMedia` with `forced-colors: active` and
 * a light or a dark palette (`prefers-color-scheme`), so Chromium forces HTML colours to the
 * system palette exactly as on Windows; SVG `fill`/`stroke` are not forced, our own
 * `@media (forced-colors: active)` rules must do that. Every element × mortgage, health and
 * generic × light and dark palette, with the page's own scheme (`color-scheme` on the element)
 * both matching and opposite the palette, as a page that forces light while the user runs a dark
 * high-contrast theme:
 *
 * - The emulation is real: `matchMedia` matches and a magenta paragraph computes to CanvasText.
 * - Text: every visible text ≥ 4.5:1 (3:1 large) against its background over Canvas; marks ≥ 3:1
 *   (the measurement of contrast.test.ts, contrast-measure.ts). Nothing vanishes: every SVG mark
 *   that is drawn without forced colours (≥ 1.5:1 and not a faint aria-hidden tint) is still
 *   drawn with them, at ≥ 3:1, and every text that was visible still is.
 * - Focus: the focused grid cell, NPS cell, curve point and card link get a ring in a system
 *   colour, ≥ 2 px, ≥ 3:1 against Canvas.
 * - Persona curves all take one system colour and differ by their dash pattern, in the plot, the
 *   legends and the map's curve key; pressed toggles look pressed (not by a colour the palette
 *   drops); the error and the empty state, the map's detail panel and the overlay's drill-down
 *   are readable too.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ariaHidden, hasArea, markFailures, report, textFailures } from './contrast-measure.js';
import {
  type JourneyName,
  type Rgba,
  type Tag,
  TAGS,
  contrast,
  deepElements,
  effectiveBackground,
  effectiveOpacity,
  flatParent,
  isVisible,
  longJourney,
  mount,
  over,
  selectorPath,
  settle,
  textHolders,
  toRgba,
} from './helpers.js';

type Palette = 'light' | 'dark';
const PALETTES: Palette[] = ['light', 'dark'];
const FIXTURES: JourneyName[] = ['mortgage', 'health', 'generic'];
const MARKS = new Set(['path', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'rect']);

async function forceColours(active: boolean, scheme?: Palette): Promise<void> {
  await executeServerCommand('emulate-forced-colors', scheme ? { active, scheme } : { active });
}

/** A CSS colour (a system colour's name) as the browser resolves it now. */
function resolve(colour: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = toRgba(getComputedStyle(probe).color)!;
  probe.remove();
  return value;
}

const SYSTEM = [
  'Canvas',
  'CanvasText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'GrayText',
  'ButtonText',
  'ButtonFace',
];
const same = (a: Rgba | null, b: Rgba) => a !== null && a.every((v, i) => Math.abs(v - b[i]!) < (i === 3 ? 0.01 : 1));
/** The system colour `colour` is, or null. */
const systemName = (colour: Rgba | null) => SYSTEM.find((name) => same(colour, resolve(name))) ?? null;

/**
 * How far an SVG mark stands out: the best contrast of its stroke and fill over its background; 0
 * when it paints nothing. As in contrast-measure.ts, an aria-hidden paint below half opacity is a
 * tint (zones, halos, grid lines) and a line's fill paints nothing.
 */
function drawnContrast(el: SVGElement, page: Rgba): number {
  const style = getComputedStyle(el);
  // A pattern fill (the detractors' hatching) is drawn by the pattern's own marks.
  if (style.fill.startsWith('url(')) return 21;
  const background = effectiveBackground(flatParent(el)!, page);
  const opacity = effectiveOpacity(el);
  const hidden = ariaHidden(el);
  const paints: Array<[Rgba | null, number]> = [
    [parseFloat(style.strokeWidth) > 0 ? toRgba(style.stroke) : null, Number(style.strokeOpacity)],
    [hasArea(el) ? toRgba(style.fill) : null, Number(style.fillOpacity)],
  ];
  return Math.max(
    0,
    ...paints.map(([c, a]) => {
      const alpha = c ? c[3] * a * opacity : 0;
      if (!c || alpha === 0 || (hidden && alpha < 0.5)) return 0;
      return contrast(over([c[0], c[1], c[2], alpha], background), background);
    }),
  );
}

/** The SVG marks a user sees now: visible, not in defs, standing out ≥ 1.5:1 (tints and hit areas are not marks). */
function drawnMarks(host: Element, page: Rgba): SVGElement[] {
  return deepElements(host).filter(
    (e): e is SVGElement =>
      e instanceof SVGElement &&
      MARKS.has(e.tagName) &&
      !e.closest('defs, clipPath, mask, marker, pattern, symbol') &&
      isVisible(e) &&
      drawnContrast(e, page) >= 1.5,
  );
}

const canvas = () => resolve('Canvas');

/** Mounts with the page's scheme `theme`, records what is drawn, then turns forced colours on. */
async function mountForced(tag: Tag, name: JourneyName | null, palette: Palette, theme: Palette, journey?: unknown) {
  await forceColours(false);
  const mounted = await mount(tag, name, journey === undefined ? { theme } : { theme, journey });
  const marks = drawnMarks(mounted.el, [255, 255, 255, 1]);
  const texts = textHolders(mounted.el).filter(isVisible);
  await forceColours(true, palette);
  await settle(mounted.el);
  return { ...mounted, marks, texts, page: canvas() };
}

describe('forced colours (emulated)', function () {
  this.timeout(60_000);
  afterEach(() => forceColours(false));

  it('the emulation is real: media query, forced text colour, light and dark palettes', async () => {
    const p = document.createElement('p');
    p.style.color = '#ff00ff';
    p.textContent = 'Magenta';
    document.body.append(p);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
      expect(getComputedStyle(p).color).to.equal('rgb(255, 0, 255)');
      await forceColours(true, 'light');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(toRgba(getComputedStyle(p).color)).to.deep.equal(resolve('CanvasText'));
      expect(contrast(resolve('Canvas'), [255, 255, 255, 1])).to.be.below(1.1);
      await forceColours(true, 'dark');
      expect(contrast(resolve('Canvas'), [0, 0, 0, 1])).to.be.below(1.1);
      expect(toRgba(getComputedStyle(p).color)).to.deep.equal(resolve('CanvasText'));
    } finally {
      p.remove();
    }
  });

  for (const tag of TAGS as readonly Tag[]) {
    for (const name of FIXTURES) {
      for (const palette of PALETTES) {
        it(`<${tag}> ${name}, ${palette} palette: text ≥ 4.5:1, marks ≥ 3:1, nothing vanishes`, async () => {
          const problems: string[] = [];
          for (const theme of PALETTES) {
            const { el, marks, texts, page, cleanup } = await mountForced(tag, name, palette, theme);
            try {
              const text = textFailures(el, page);
              const measured = markFailures(el, [], page);
              expect(text.checked, 'text measured').to.be.greaterThan(2);
              problems.push(...[...text.failures, ...measured.failures].map((f) => `page ${theme}: ${report([f])}`));
              for (const mark of marks) {
                const ratio = drawnContrast(mark, page);
                if (!isVisible(mark) || ratio < 3)
                  problems.push(`page ${theme}: vanished: ${selectorPath(mark)} ${ratio.toFixed(2)}:1`);
              }
              for (const holder of texts)
                if (!isVisible(holder)) problems.push(`page ${theme}: text hidden: ${selectorPath(holder)}`);
            } finally {
              cleanup();
            }
          }
          expect(problems, problems.slice(0, 25).join('\n')).to.deep.equal([]);
        });
      }
    }
  }

  /**
   * Forces colours on `el`, drawn in normal colours first: its text and marks readable on Canvas,
   * and no mark drawn before that vanished. Returns the forced page colour.
   */
  async function readableWhenForced(el: Element, palette: Palette): Promise<Rgba> {
    const marks = drawnMarks(el, [255, 255, 255, 1]);
    expect(marks.length, 'marks drawn').to.be.greaterThan(2);
    await forceColours(true, palette);
    const page = canvas();
    const failures = [...textFailures(el, page).failures, ...markFailures(el, [], page).failures].map((f) =>
      report([f]),
    );
    const vanished = marks.filter((m) => drawnContrast(m, page) < 3).map((m) => `vanished: ${selectorPath(m)}`);
    expect([...failures, ...vanished], [...failures, ...vanished].join('\n')).to.deep.equal([]);
    return page;
  }

  for (const palette of PALETTES) {
    it(`<journey-map> vertical layout (480 px), ${palette} palette: readable, nothing vanishes`, async () => {
      await forceColours(false);
      const { el, cleanup } = await mount('journey-map', 'mortgage', {
        theme: palette === 'light' ? 'dark' : 'light',
        width: 480,
      });
      try {
        expect(el.shadowRoot!.querySelector('.v-cell'), 'the vertical layout').to.not.equal(null);
        await readableWhenForced(el, palette);
      } finally {
        cleanup();
      }
    });

    it(`<journey-map> narrow, 600 touchpoints (a tree of phases, one open), ${palette} palette: readable, nothing vanishes, a visible phase ring`, async () => {
      await forceColours(false);
      const { el, cleanup } = await mount('journey-map', null, {
        journey: longJourney(600),
        theme: palette === 'light' ? 'dark' : 'light',
        width: 420,
      });
      try {
        el.shadowRoot!.querySelector<HTMLElement>('.v-phase-cell[data-band="1"]')!.click();
        await settle(el);
        const page = await readableWhenForced(el, palette);
        // The phase row's border stays a line of the text colour, and its focus ring is Highlight.
        const cell = el.shadowRoot!.querySelector<HTMLElement>('.v-phase-cell[data-band="1"]')!;
        expect(getComputedStyle(cell).borderBottomStyle).to.equal('solid');
        expect(contrast(over(toRgba(getComputedStyle(cell).borderBottomColor)!, page), page)).to.be.at.least(3);
        cell.focus();
        await sendKeys({ press: 'ArrowUp' });
        await sendKeys({ press: 'ArrowDown' });
        await settle(el);
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        expect(focused.dataset.band).to.equal('1');
        const style = getComputedStyle(focused);
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(contrast(over(toRgba(style.outlineColor)!, page), page)).to.be.at.least(3);
      } finally {
        cleanup();
      }
    });

    it(`focus rings, ${palette} palette: a system colour, ≥ 2 px, ≥ 3:1 on Canvas (grid cell, NPS cell, curve point, card link)`, async () => {
      await forceColours(true, palette);
      const page = canvas();
      const problems: string[] = [];
      const ring = (what: string, colour: Rgba | null, width: number) => {
        const name = systemName(colour);
        const ratio = colour ? contrast(over(colour, page), page) : 0;
        if (!name || width < 2 || ratio < 3)
          problems.push(`${what}: ${name ?? String(colour)}, ${width} px, ${ratio.toFixed(2)}:1`);
      };
      const outline = (what: string, target: HTMLElement | null) => {
        if (!target) return void problems.push(`${what}: nothing to focus`);
        target.focus();
        if (!target.matches(':focus-visible')) return void problems.push(`${what}: not :focus-visible`);
        const style = getComputedStyle(target);
        ring(what, style.outlineStyle === 'none' ? null : toRgba(style.outlineColor), parseFloat(style.outlineWidth));
      };
      const map = await mount('journey-map', 'mortgage');
      outline('grid cell', map.el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]'));
      const nps = await mount('nps-overlay', 'mortgage');
      outline('NPS cell', nps.el.shadowRoot!.querySelector<HTMLElement>('button.hit[tabindex="0"]'));
      const card = await mount('touchpoint-card', 'mortgage');
      card.el.setAttribute('touchpoint', 'first-payment');
      await settle(card.el);
      outline('card link', card.el.shadowRoot!.querySelector<HTMLElement>('a[href]'));
      const curve = await mount('emotion-curve', 'mortgage');
      const point = curve.el.shadowRoot!.querySelector<SVGGElement>('.point[tabindex="0"]')!;
      point.focus();
      await settle(curve.el);
      const focusRing = curve.el.shadowRoot!.querySelector<SVGGraphicsElement>('.focus-ring');
      if (!focusRing || !isVisible(focusRing)) problems.push('curve point: no visible focus ring');
      else {
        const style = getComputedStyle(focusRing);
        const ctm = focusRing.getScreenCTM()!;
        ring('curve point', toRgba(style.stroke), parseFloat(style.strokeWidth) * Math.hypot(ctm.a, ctm.b));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it(`persona curves, ${palette} palette: one system colour, a different dash pattern each (plot, legends, curve key)`, async () => {
      await forceColours(true, palette);
      const problems: string[] = [];
      let sets = 0;
      for (const [tag, selectors] of [
        ['emotion-curve', ['.curve-line', '.legend .swatch-line']],
        ['journey-map', ['.legend-items .legend-line path', '.curve-key .legend-line path', '.curve-line']],
      ] as const) {
        for (const name of ['mortgage', 'health'] as const) {
          const { el } = await mount(tag, name);
          for (const selector of selectors) {
            const lines = deepElements(el).filter((e) => e.matches(selector) && isVisible(e));
            if (lines.length < 2) {
              problems.push(`<${tag}> ${name} ${selector}: ${lines.length} persona lines, expected 2`);
              continue;
            }
            sets += 1;
            const colours = lines.map((l) => systemName(toRgba(getComputedStyle(l).stroke)));
            if (colours.some((c) => c === null) || new Set(colours).size !== 1)
              problems.push(`<${tag}> ${name} ${selector}: strokes ${colours.join(', ')}`);
            const dashes = lines.map((l) => getComputedStyle(l).strokeDasharray);
            if (new Set(dashes).size !== lines.length)
              problems.push(`<${tag}> ${name} ${selector}: dash patterns ${dashes.join(' | ')}`);
          }
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(sets).to.equal(10);
    });

    it(`pressed toggles, ${palette} palette: the pressed data-table button stands out from Canvas`, async () => {
      await forceColours(true, palette);
      const page = canvas();
      const problems: string[] = [];
      for (const [tag, selector] of [
        ['journey-map', '.tool'],
        ['nps-overlay', '.toggle'],
      ] as const) {
        const { el } = await mount(tag, 'mortgage');
        // The map's `view` is grid, wheel or overview; its data table is the toolbar's toggle.
        if (tag === 'journey-map') {
          await settle(el);
          el.shadowRoot!.querySelector<HTMLElement>('.tool[aria-pressed]')!.click();
        } else (el as HTMLElement & { view: string }).view = 'table';
        await settle(el);
        const pressed = el.shadowRoot!.querySelector<HTMLElement>(`${selector}[aria-pressed="true"]`);
        if (!pressed) {
          problems.push(`<${tag}>: no pressed ${selector}`);
          continue;
        }
        const style = getComputedStyle(pressed);
        const background = effectiveBackground(pressed, page);
        const ratio = contrast(background, page);
        if (ratio < 3)
          problems.push(
            `<${tag}> pressed ${selector}: background ${style.backgroundColor} is ${ratio.toFixed(2)}:1 on Canvas`,
          );
        problems.push(...textFailures(pressed, page).failures.map((f) => report([f])));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it(`the card's NPS shares, ${palette} palette: promoters solid, passives grey, detractors outlined, each ≥ 3:1 on Canvas`, async () => {
      const { el } = await mountForced('touchpoint-card', 'mortgage', palette, palette);
      const page = canvas();
      const segments = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.shares-bar .share')];
      expect(segments.map((e) => [...e.classList].find((c) => c.startsWith('share--')))).to.deep.equal([
        'share--promoters',
        'share--passives',
        'share--detractors',
      ]);
      const problems: string[] = [];
      for (const segment of segments) {
        const style = getComputedStyle(segment);
        const fill = toRgba(style.backgroundColor)!;
        // The detractors are hollow: their outline (an inset box shadow) is what shows.
        const outline = style.boxShadow === 'none' ? null : toRgba(style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? '');
        const ratio = Math.max(contrast(fill, page), outline ? contrast(outline, page) : 0);
        if (ratio < 3) problems.push(`${segment.className}: ${ratio.toFixed(2)}:1`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
      const names = segments.map((e) => systemName(toRgba(getComputedStyle(e).backgroundColor)));
      expect(names).to.deep.equal(['CanvasText', 'GrayText', 'Canvas']);
    });

    it(`error and empty states, ${palette} palette: readable text, a visible error border`, async () => {
      const problems: string[] = [];
      for (const tag of TAGS as readonly Tag[]) {
        for (const state of ['error', 'empty'] as const) {
          await forceColours(false);
          const journey = state === 'error' ? { version: 1, id: 'broken', phases: 'no' } : undefined;
          const { el, cleanup } = await mount(
            tag,
            null,
            journey === undefined ? { theme: palette } : { theme: palette, journey, outcome: 'error' },
          );
          try {
            await forceColours(true, palette);
            const page = canvas();
            const text = textFailures(el, page);
            if (text.checked === 0) problems.push(`<${tag}> ${state}: no visible text`);
            problems.push(...text.failures.map((f) => `<${tag}> ${state}: ${report([f])}`));
            if (state === 'error') {
              const panel = el.shadowRoot!.querySelector('.journey-error');
              if (!panel) problems.push(`<${tag}> error: no panel`);
              else {
                const style = getComputedStyle(panel);
                const border = toRgba(style.borderInlineStartColor)!;
                const ratio = contrast(over(border, page), page);
                if (parseFloat(style.borderInlineStartWidth) < 2 || ratio < 3)
                  problems.push(`<${tag}> error border: ${style.borderInlineStartWidth} ${ratio.toFixed(2)}:1`);
              }
            }
          } finally {
            cleanup();
          }
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it(`the map's detail panel and the overlay's drill-down, ${palette} palette: readable, marks ≥ 3:1`, async () => {
      await forceColours(false);
      const problems: string[] = [];
      const map = await mount('journey-map', 'mortgage', { theme: palette === 'light' ? 'dark' : 'light' });
      map.el.shadowRoot!.querySelectorAll<HTMLElement>('.cell--touchpoints')[2]!.click();
      await settle(map.el);
      const nps = await mount('nps-overlay', 'mortgage', { theme: palette === 'light' ? 'dark' : 'light' });
      const advice = [...nps.el.shadowRoot!.querySelectorAll<HTMLElement>('.cell.measured')].find(
        (c) => c.dataset['touchpointId'] === 'advice',
      )!;
      advice.querySelector<HTMLButtonElement>('button.hit')!.click();
      await settle(nps.el);
      await forceColours(true, palette);
      const page = canvas();
      for (const { el } of [map, nps]) {
        const dialog = el.shadowRoot!.querySelector('dialog')!;
        expect(dialog.open, `<${el.localName}> dialog open`).to.equal(true);
        const text = textFailures(dialog, page);
        const marks = markFailures(dialog, [], page);
        expect(text.checked, 'text measured').to.be.greaterThan(4);
        problems.push(...[...text.failures, ...marks.failures].map((f) => `<${el.localName}>: ${report([f])}`));
        const close = dialog.querySelector('.close')!;
        if (!isVisible(close)) problems.push(`<${el.localName}>: close button not visible`);
        dialog.close();
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
