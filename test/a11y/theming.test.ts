/**
 * Theming: one page-level rule restyles all four elements at once, and the shipped theme files
 * (themes/dark.css, themes/high-contrast.css) load and change the computed colours.
 */
import { expect } from '@open-wc/testing';
import { type Tag, TAGS, deepElements, mount, textHolders, themeText } from './helpers.js';

const ACCENT = 'rgb(1, 2, 3)';
const TEXT = 'rgb(10, 20, 30)';

/** The computed colours an element paints with: text, fill, stroke, background, borders. */
function paints(el: Element): string[] {
  const s = getComputedStyle(el);
  return [
    s.color,
    s.fill,
    s.stroke,
    s.backgroundColor,
    s.borderTopColor,
    s.borderBottomColor,
    s.borderLeftColor,
    s.outlineColor,
  ];
}

const usesColour = (host: Element, colour: string) => deepElements(host).filter((e) => paints(e).includes(colour));

/** Every token in src/shared/theme.ts (the list a theme file has to set). */
const TOKENS = [
  'font',
  'text',
  'text-muted',
  'surface',
  'surface-raised',
  'border',
  'accent',
  'focus',
  'positive',
  'negative',
  'neutral',
  'warning',
  'promoter',
  'passive',
  'detractor',
  'moment-of-truth',
  'persona-1',
  'persona-2',
  'persona-3',
  'persona-4',
  'persona-5',
  'persona-6',
  'persona-7',
  'persona-8',
  'phase-1',
  'phase-2',
  'phase-3',
  'phase-4',
  'phase-5',
  'phase-6',
  'phase-7',
  'phase-8',
  'radius',
  'space',
];

describe('theming', () => {
  describe('one page-level rule restyles every element', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = `body { --journey-accent: ${ACCENT}; --journey-font: Georgia; --journey-text: ${TEXT}; }`;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    for (const tag of TAGS as readonly Tag[]) {
      it(`<${tag}> takes the font and text colour from body`, async () => {
        const { el } = await mount(tag, 'mortgage');
        expect(getComputedStyle(el).fontFamily).to.equal('Georgia');
        const holders = textHolders(el);
        expect(holders.length).to.be.greaterThan(3);
        // Every text in the shadow tree is in Georgia, except code/monospace.
        const notGeorgia = holders.filter((e) => !/Georgia|monospace/.test(getComputedStyle(e).fontFamily));
        expect(
          notGeorgia.map((e) => `${e.tagName}.${e.getAttribute('class')}: ${getComputedStyle(e).fontFamily}`),
        ).to.deep.equal([]);
        expect(usesColour(el, TEXT).length, 'elements in --journey-text').to.be.greaterThan(0);
      });
    }

    // nps-overlay reads no --journey-accent (its colours are the NPS tokens) and emotion-curve only
    // on hover and in the column highlight, so the two that paint with it at rest.
    for (const tag of ['journey-map', 'touchpoint-card'] as const) {
      it(`<${tag}> paints with the accent from body`, async () => {
        const { el } = await mount(tag, 'mortgage');
        expect(usesColour(el, ACCENT).length, `elements painted ${ACCENT}`).to.be.greaterThan(0);
      });
    }

    it('without the rule, nothing is painted in those colours (the check can fail)', async () => {
      style.remove();
      const { el } = await mount('journey-map', 'mortgage');
      expect(usesColour(el, ACCENT)).to.deep.equal([]);
      expect(usesColour(el, TEXT)).to.deep.equal([]);
      expect(getComputedStyle(el).fontFamily).to.not.equal('Georgia');
    });
  });

  describe('theme files', () => {
    for (const file of ['dark', 'high-contrast'] as const) {
      it(`themes/${file}.css sets every token on :root and .journey-theme-${file}`, async () => {
        const css = await themeText(file);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        const rule = [...sheet.cssRules].find(
          (r) => r instanceof CSSStyleRule && r.selectorText === `:root, .journey-theme-${file}`,
        ) as CSSStyleRule;
        expect(rule, 'the token rule').to.not.equal(undefined);
        for (const token of TOKENS)
          expect(rule.style.getPropertyValue(`--journey-${token}`).trim(), token).to.not.equal('');
        // and no other --journey-* property (no typos)
        const names = [...rule.style]
          .filter((n) => n.startsWith('--journey-'))
          .map((n) => n.slice('--journey-'.length));
        expect(names).to.have.members(TOKENS);
      });
    }

    const EXPECTED = {
      dark: { surface: 'rgb(13, 17, 23)', text: 'rgb(230, 237, 243)' },
      'high-contrast': { surface: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' },
    } as const;

    for (const file of ['dark', 'high-contrast'] as const) {
      it(`a <link> to themes/${file}.css restyles the whole page's elements`, async () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = new URL(`../../themes/${file}.css`, import.meta.url).href;
        const loaded = new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = reject;
        });
        document.head.append(link);
        try {
          await loaded;
          for (const tag of TAGS as readonly Tag[]) {
            const { el } = await mount(tag, 'mortgage');
            // the light theme's wrapper forces light on the host; the file wins only without it
            el.removeAttribute('style');
            const host = getComputedStyle(el);
            // the surface is on the host, or (touchpoint-card, whose host is transparent) its card
            const surfaced =
              host.backgroundColor === EXPECTED[file].surface ||
              deepElements(el).some((e) => getComputedStyle(e).backgroundColor === EXPECTED[file].surface);
            expect(surfaced, `${tag} surface ${EXPECTED[file].surface}`).to.equal(true);
            expect(host.color, `${tag} text`).to.equal(EXPECTED[file].text);
            expect(usesColour(el, EXPECTED[file].text).length, `${tag} text inside`).to.be.greaterThan(1);
          }
        } finally {
          link.remove();
        }
      });

      it(`class="journey-theme-${file}" on a container themes only its elements`, async () => {
        const { el, cleanup } = await mount('nps-overlay', 'mortgage', {
          theme: file === 'dark' ? 'dark-css' : 'high-contrast-css',
        });
        const { el: outside } = await mount('nps-overlay', 'mortgage');
        try {
          expect(getComputedStyle(el).backgroundColor).to.equal(EXPECTED[file].surface);
          expect(getComputedStyle(el).color).to.equal(EXPECTED[file].text);
          expect(getComputedStyle(outside).color).to.equal('rgb(31, 35, 40)');
          // marks change too: the promoter bars
          const promoters = el.shadowRoot!.querySelector('.seg.promoters')!;
          expect(getComputedStyle(promoters).fill).to.equal(file === 'dark' ? 'rgb(86, 180, 233)' : 'rgb(0, 70, 140)');
        } finally {
          cleanup();
        }
      });
    }
  });
});
