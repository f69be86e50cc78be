import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { type CSSResult, render } from 'lit';
import { renderErrorPanel, renderStaleNote, renderStatus } from '../../src/shared/error-panel.js';
import { Localizer } from '../../src/shared/i18n/localizer.js';
import {
  PERSONA_PALETTE_SIZE,
  personaColour,
  personaColours,
  personaTokens,
  sharedStyles,
  tokens,
} from '../../src/shared/theme.js';
import mortgage from '../fixtures/mortgage-nl.json';
import { createHost, sleep } from './helpers.js';

type Rgb = [number, number, number];

function parseRgb(text: string): Rgb {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(text);
  if (!match) throw new Error(`not an rgb colour: ${text}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a token resolves to in a colour scheme, as the browser computes it. */
function resolve(token: CSSResult, scheme: 'light' | 'dark'): Rgb {
  const probe = document.createElement('span');
  probe.style.colorScheme = scheme;
  probe.style.setProperty('color', token.cssText);
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return parseRgb(colour);
}

describe('theme tokens', () => {
  const textTokens = {
    text: tokens.text,
    textMuted: tokens.textMuted,
    accent: tokens.accent,
    positive: tokens.positive,
    negative: tokens.negative,
    neutral: tokens.neutral,
    warning: tokens.warning,
    promoter: tokens.promoter,
    passive: tokens.passive,
    detractor: tokens.detractor,
    momentOfTruth: tokens.momentOfTruth,
  };
  const markTokens: Record<string, CSSResult> = {
    border: tokens.border,
    focus: tokens.focus,
    ...Object.fromEntries(personaTokens.map((token, i) => [`persona-${i + 1}`, token])),
  };

  it('reads every --journey-* property with a fallback, and declares none', () => {
    const all = [...Object.values(tokens), ...personaTokens];
    for (const token of all) expect(token.cssText).to.match(/^var\(--journey-[a-z0-9-]+, .+\)$/);
    const names = all.map((token) => /--journey-[a-z0-9-]+/.exec(token.cssText)![0]);
    for (const required of [
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
      'persona-8',
      'radius',
      'space',
    ]) {
      expect(names).to.include(`--journey-${required}`);
    }
    for (const sheet of sharedStyles) expect(sheet.cssText).to.not.match(/--journey-[a-z0-9-]+\s*:/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`gives text colours at least 4.5:1 on both surfaces (${scheme})`, () => {
      const surfaces = [resolve(tokens.surface, scheme), resolve(tokens.surfaceRaised, scheme)];
      for (const [name, token] of Object.entries(textTokens)) {
        for (const surface of surfaces) {
          expect(contrast(resolve(token, scheme), surface), `${name} (${scheme})`).to.be.at.least(4.5);
        }
      }
    });

    it(`gives marks and the focus ring at least 3:1 on both surfaces (${scheme})`, () => {
      const surfaces = [resolve(tokens.surface, scheme), resolve(tokens.surfaceRaised, scheme)];
      for (const [name, token] of Object.entries(markTokens)) {
        for (const surface of surfaces) {
          expect(contrast(resolve(token, scheme), surface), `${name} (${scheme})`).to.be.at.least(3);
        }
      }
    });
  }

  it('uses Okabe–Ito for personas, the model colour when given, and wraps after 8', () => {
    expect(PERSONA_PALETTE_SIZE).to.equal(8);
    expect(personaColour(0)).to.equal(personaTokens[0]!.cssText);
    expect(personaColour(8)).to.equal(personaColour(0));
    expect(personaColour(2, '#123456')).to.equal('#123456');
    expect(resolve(personaTokens[0]!, 'dark')).to.deep.equal([0, 114, 178]);
    const colours = personaColours([{ id: 'a' }, { id: 'b', color: 'teal' }]);
    expect(colours.get('a')).to.equal(personaColour(0));
    expect(colours.get('b')).to.equal('teal');
  });
});

describe('shared styles on an element', () => {
  let wrapper: HTMLElement;
  beforeEach(() => {
    wrapper = document.createElement('div');
    document.body.append(wrapper);
  });
  afterEach(async () => {
    wrapper.remove();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('follows a page theme set on an ancestor', async () => {
    wrapper.style.setProperty('--journey-text', 'rgb(1, 2, 3)');
    wrapper.style.setProperty('--journey-surface', 'rgb(250, 240, 230)');
    const host = await createHost((h) => (h.journey = mortgage), wrapper);
    const style = getComputedStyle(host);
    expect(style.color).to.equal('rgb(1, 2, 3)');
    expect(style.backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('follows the colour-scheme preference, and a page can force one', async () => {
    const host = await createHost((h) => (h.journey = mortgage), wrapper);
    await emulateMedia({ colorScheme: 'dark' });
    expect(parseRgb(getComputedStyle(host).color)).to.deep.equal([230, 237, 243]);
    host.style.colorScheme = 'light';
    expect(parseRgb(getComputedStyle(host).color)).to.deep.equal([31, 35, 40]);
  });

  it('never sets text below 12 px', async () => {
    wrapper.style.fontSize = '8px';
    const host = await createHost((h) => (h.journey = mortgage), wrapper);
    expect(getComputedStyle(host).fontSize).to.equal('12px');
    const slot = document.createElement('div');
    host.shadowRoot!.append(slot);
    render(renderStaleNote(new Date(), new Localizer('en')), slot);
    const note = slot.querySelector('.journey-stale')!;
    expect(parseFloat(getComputedStyle(note).fontSize)).to.be.at.least(12);
  });

  it('draws a focus ring of at least 2 px, in Highlight for forced colours', async () => {
    // Read from the element's style sheets: a test page in a background tab has no focus, so
    // :focus-visible cannot be made to match there.
    const host = await createHost((h) => (h.journey = mortgage), wrapper);
    const rules = host.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const ring = rules.find(
      (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':focus-visible',
    )!;
    // The shorthand holds a var(), so CSSOM keeps it whole: "2px solid var(--journey-focus, …)".
    const [width, style, ...colour] = ring.style.getPropertyValue('outline').split(' ');
    expect(parseFloat(width!)).to.be.at.least(2);
    expect(style).to.equal('solid');
    expect(colour.join(' ')).to.equal(tokens.focus.cssText);
    const forced = rules
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
      )
      .flatMap((rule) => [...rule.cssRules])
      .find(
        (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes(':focus-visible'),
      )!;
    expect(forced.style.outlineColor.toLowerCase()).to.equal('highlight');
  });

  it('turns transitions and animations off for reduced motion', async () => {
    const host = await createHost((h) => (h.journey = mortgage), wrapper);
    const motion = new CSSStyleSheet();
    motion.replaceSync('button { transition: opacity 1s; animation: spin 2s infinite; }');
    host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, motion];
    const button = host.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).transitionDuration).to.equal('1s');
    await emulateMedia({ reducedMotion: 'reduce' });
    await sleep(0);
    expect(getComputedStyle(button).transitionDuration).to.equal('0s');
    expect(getComputedStyle(button).animationName).to.equal('none');
  });

  it('has forced-colours rules with system colours', () => {
    const text = sharedStyles.map((sheet) => sheet.cssText).join('\n');
    expect(text).to.contain('@media (forced-colors: active)');
    for (const system of ['CanvasText', 'Canvas', 'Highlight', 'LinkText', 'GrayText']) expect(text).to.contain(system);
  });
});

describe('state templates', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const failure = {
    code: 'VALIDATION' as const,
    message: 'The journey from the journey property is not valid.',
    issues: [
      { path: '', code: 'missing' as const, message: 'the document needs a title' },
      { path: 'touchpoints[0].phase', code: 'unknown_reference' as const, message: 'unknown phase "buy"' },
    ],
  };

  it('renders the error panel: alert, part, summary, paths in <code>', () => {
    render(renderErrorPanel(failure, new Localizer('en')), container);
    const panel = container.querySelector('[role="alert"]')!;
    expect(panel.getAttribute('part')).to.equal('error');
    expect(panel.textContent).to.contain('This journey cannot be shown');
    expect(panel.textContent).to.contain('The data does not match the journey format.');
    expect(panel.textContent).to.contain('2 problems found');
    const items = [...panel.querySelectorAll('li')];
    expect(items).to.have.length(2);
    expect(items[0]!.querySelector('code')).to.equal(null);
    expect(items[1]!.querySelector('code')!.textContent).to.equal('touchpoints[0].phase');
    expect(panel.querySelector('ul')!.getAttribute('lang')).to.equal('en');
  });

  it('renders it in Dutch', () => {
    render(renderErrorPanel({ ...failure, code: 'FETCH' }, new Localizer('nl-NL')), container);
    const panel = container.querySelector('[role="alert"]')!;
    expect(panel.getAttribute('lang')).to.equal('nl-NL');
    expect(panel.textContent).to.contain('Deze klantreis kan niet worden getoond');
    expect(panel.textContent).to.contain('De klantreis kon niet van het opgegeven adres worden geladen.');
    expect(panel.textContent).to.contain('2 problemen gevonden');
  });

  it('renders the loading and empty states as plain text (the announcer speaks), nothing otherwise', () => {
    for (const [status, lang, text] of [
      ['loading', 'en', 'Loading the journey…'],
      ['loading', 'nl', 'Klantreis laden…'],
      ['empty', 'en', 'No journey given yet: set journey, src or an inline JSON child.'],
      ['empty', 'nl', 'Nog geen klantreis opgegeven: zet journey, src of een ingebed JSON-kind.'],
    ] as const) {
      render(renderStatus(status, new Localizer(lang)), container);
      const state = container.querySelector('[part="status"]')!;
      // Not a live region: the element's one persistent announcer says it (src/shared/announcer.ts).
      expect(state.hasAttribute('role'), 'role').to.equal(false);
      expect(state.hasAttribute('aria-live'), 'aria-live').to.equal(false);
      expect(state.textContent).to.equal(text);
    }
    render(renderStatus('ready', new Localizer('en')), container);
    expect(container.querySelector('[part="status"]')).to.equal(null);
  });

  it('renders the stale note with the time', () => {
    const when = new Date(2026, 2, 12, 14, 5);
    render(renderStaleNote(when, new Localizer('nl-NL')), container);
    expect(container.querySelector('[part="stale"]')!.textContent).to.equal('verouderd sinds 14:05');
    render(renderStaleNote(undefined, new Localizer('nl-NL')), container);
    expect(container.querySelector('[part="stale"]')).to.equal(null);
  });
});
