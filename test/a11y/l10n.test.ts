/**
 * Localisation of every element: rendered in `lang="nl"` no English built-in word is left, in
 * `lang="en"` no Dutch one, and numbers follow the locale (decimal comma in Dutch).
 *
 * The catalogue shape check (every catalogue has every key of English, recursively, of the same
 * kind) already lives in test/shared/i18n.test.ts; this file does not repeat it.
 *
 * The mortgage fixture is Dutch content, so the Dutch render must be Dutch throughout; the English
 * render of the same journey keeps the Dutch content (titles, phase names) but none of the Dutch
 * built-in words below, none of which occur in the fixture's own text.
 */
import { expect } from '@open-wc/testing';
import { type Tag, TAGS, allShadowText, mount, settle } from './helpers.js';
import mortgage from '../fixtures/mortgage-nl.json';

/** English built-in words and phrases that must not appear in a Dutch render (whole words, any case). */
const ENGLISH = [
  'touchpoint',
  'touchpoints',
  'promoters',
  'passives',
  'detractors',
  'no data',
  'small sample',
  'no NPS measured',
  'below target',
  'target met',
  'show data table',
  'data table',
  'legend',
  'download',
  'print',
  'phase',
  'channel',
  'channels',
  'emotion',
  'remembered experience',
  'largest drop',
  'peak',
  'moment of truth',
  'make-or-break',
  'metrics',
  'duration',
  'lower is better',
  'off norm',
  'all personas',
  'close',
  'scale',
  'positive',
  'negative',
  'neutral',
  'days',
  'minutes',
];

/** Dutch built-in words that must not appear in an English render. */
const DUTCH = [
  'contactmomenten',
  'promotors',
  'passieven',
  'criticasters',
  'geen gegevens',
  'kleine steekproef',
  'toon datatabel',
  'datatabel',
  'legenda',
  'downloaden',
  'afdrukken',
  'fase',
  'kanaal',
  'emotie',
  'herinnerde ervaring',
  'grootste daling',
  'piek',
  'beslissend moment',
  'meetwaarden',
  'duur',
  'positief',
  // not "dagen": the fixture's own metric unit is "dagen".
  'negatief',
  'neutraal',
  'minuten',
  'sluiten',
];

const wordsIn = (text: string, words: readonly string[]) =>
  words.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text));

/** The fixture's strings that can be displayed (keys, ids and enumerations excluded). */
function displayedStrings(value: unknown, key = ''): string[] {
  const codes = new Set([
    'id',
    'kind',
    'phase',
    'channel',
    'persona',
    'personas',
    'from',
    'to',
    'better',
    'locale',
    'color',
    'touchpoint',
    'type',
    'label_id',
    // Codes of the service blueprint and the actions: ids, enumerations and links, not text.
    'owner',
    'layer',
    'status',
    'measure',
    'metric',
    'touchpoints',
    'href',
  ]);
  if (typeof value === 'string') return codes.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => displayedStrings(v, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => displayedStrings(v, k));
  return [];
}

/** The card shows the documents step: an NPS, two emotions and a decimal score (−2.5). */
async function render(tag: Tag, lang: 'nl' | 'en') {
  const { el } = await mount(tag, null, { lang, journey: mortgage, width: 1200 });
  if (tag === 'touchpoint-card') {
    el.setAttribute('touchpoint', 'documents');
    await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  }
  return el;
}

describe('localisation of every element', () => {
  it('the word lists do not occur in the fixture content itself (so the checks can only catch built-in words)', () => {
    const content = displayedStrings(mortgage).join(' | ');
    expect(content).to.include('Wachttijd tot gesprek');
    // "Taxatie", "app", "notaris"… are content; none of the telltale words is.
    expect(wordsIn(content, ENGLISH)).to.deep.equal([]);
    expect(wordsIn(content, DUTCH)).to.deep.equal([]);
    // And the matcher finds whole words only, case-insensitively.
    expect(wordsIn('3 Touchpoints; make-or-break', ENGLISH)).to.deep.equal(['touchpoints', 'make-or-break']);
    expect(wordsIn('printer phased', ENGLISH)).to.deep.equal([]);
  });

  for (const tag of TAGS) {
    it(`<${tag}> lang="nl": no English built-in words, Dutch numbers`, async () => {
      const el = await render(tag, 'nl');
      const text = allShadowText(el);
      expect(text.length, 'rendered text').to.be.greaterThan(40);
      expect(wordsIn(text, ENGLISH), text.slice(0, 400)).to.deep.equal([]);
      // No decimal point (a thousands dot "9.100" is Dutch and allowed).
      expect(text, 'no English decimal point').not.to.match(/\d\.\d(?!\d\d)/);
      if (tag !== 'nps-overlay') expect(text, 'a decimal comma').to.match(/[+−]\d,5/);
      expect(el.shadowRoot!.textContent).to.not.include('undefined');
    });

    it(`<${tag}> lang="en": no Dutch built-in words, English numbers`, async () => {
      const el = await render(tag, 'en');
      const text = allShadowText(el);
      expect(text.length, 'rendered text').to.be.greaterThan(40);
      expect(wordsIn(text, DUTCH), text.slice(0, 400)).to.deep.equal([]);
      expect(text, 'no decimal comma between digits').not.to.match(/[+−]\d,\d(?!\d\d)/);
      if (tag !== 'nps-overlay') expect(text, 'a decimal point').to.match(/[+−]\d\.5/);
    });
  }

  it('switches language live when lang changes, with the same numbers', async () => {
    const el = await render('emotion-curve', 'nl');
    expect(allShadowText(el)).to.include('herinnerde ervaring +2,5');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(allShadowText(el)).to.include('remembered experience +2.5');
  });
});
