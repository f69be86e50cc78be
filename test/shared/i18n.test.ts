import { expect } from '@open-wc/testing';
import {
  EMOTION_LABELS,
  FAILURE_CODES,
  MOMENT_OF_TRUTH_KINDS,
  WELL_KNOWN_CHANNELS,
  parseJourney,
} from '../../src/model/index.js';
import { parseDuration } from '../../src/model/duration.js';
import {
  CATALOGUES,
  Localizer,
  POLARITIES,
  POLARITY_THRESHOLDS,
  canonicalLocale,
  en,
  nl,
  polarityOf,
  resolveLocale,
} from '../../src/shared/i18n/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import { createHost, sleep } from './helpers.js';

const MINUS = '\u2212';

/** Every key path of a catalogue, with the kind of value there. */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) stack.push([child, at === '' ? key : `${at}.${key}`]);
    } else {
      out.set(at, typeof node);
    }
  }
  return out;
}

describe('message catalogues', () => {
  const reference = shape(en);

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    it(`"${lang}" has every key of English, of the same kind, and no other`, () => {
      const own = shape(catalogue);
      for (const [key, kind] of reference) expect(own.get(key), `${lang}: ${key}`).to.equal(kind);
      for (const key of own.keys()) expect(reference.has(key), `${lang}: extra key ${key}`).to.equal(true);
    });

    it(`"${lang}" has no empty text`, () => {
      const stack: unknown[] = [catalogue];
      while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node === 'string') expect(node.trim()).to.not.equal('');
        else if (node !== null && typeof node === 'object') stack.push(...Object.values(node));
      }
    });
  }

  it('names every emotion label, failure code, moment-of-truth kind, channel and polarity', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      expect(Object.keys(catalogue.emotions)).to.have.members([...EMOTION_LABELS]);
      expect(Object.keys(catalogue.errorCodes)).to.have.members([...FAILURE_CODES]);
      expect(Object.keys(catalogue.momentOfTruthKinds)).to.have.members([...MOMENT_OF_TRUTH_KINDS]);
      expect(Object.keys(catalogue.channels)).to.have.members([...WELL_KNOWN_CHANNELS]);
      expect(Object.keys(catalogue.polarity)).to.have.members([...POLARITIES]);
    }
  });

  it('has the Dutch words', () => {
    expect(Object.values(nl.emotions)).to.deep.equal([
      'vreugde',
      'vertrouwen',
      'angst',
      'verrassing',
      'verdriet',
      'afkeer',
      'boosheid',
      'verwachting',
      'opluchting',
      'frustratie',
      'verwarring',
      'zelfvertrouwen',
    ]);
    expect(nl.channels.email).to.equal('e-mail');
    expect(nl.channels.phone).to.equal('telefoon');
    expect(nl.channels.branch).to.equal('kantoor');
    expect(nl.channels.intermediary).to.equal('tussenpersoon');
    expect(nl.channels['comparison-site']).to.equal('vergelijkingssite');
  });

  it('chooses plural forms by the language rules', () => {
    expect(en.problemsFound(1)).to.equal('1 problem found');
    expect(en.problemsFound(3)).to.equal('3 problems found');
    expect(en.problemsFound(1200)).to.equal('1,200 problems found');
    expect(nl.problemsFound(1)).to.equal('1 probleem gevonden');
    expect(nl.problemsFound(1200)).to.equal('1.200 problemen gevonden');
    expect(en.nps.responses(1)).to.equal('1 response');
    expect(nl.nps.responses(0)).to.equal('0 antwoorden');
    expect(en.smallSample(23)).to.equal('small sample (n = 23)');
    expect(nl.smallSample(23)).to.equal('kleine steekproef (n = 23)');
  });

  it('fills the summary templates', () => {
    expect(en.summary.journey('Buying a house', 4, 12, 2)).to.equal(
      'Buying a house: 4 phases, 12 touchpoints, 2 personas.',
    );
    expect(nl.summary.journey('Een huis kopen', 1, 1, 0)).to.equal('Een huis kopen: 1 fase, 1 contactmoment.');
    const curve = {
      subject: 'Starter',
      count: 12,
      start: 'Orientation (+2)',
      end: 'Moving in (+3)',
      lowest: 'Valuation (−4)',
      highest: 'Keys (+5)',
      trend: 'rising' as const,
    };
    expect(en.summary.emotionCurve(curve)).to.equal(
      'Emotion of Starter over 12 touchpoints: starts at Orientation (+2), ends at Moving in (+3); lowest Valuation (−4), highest Keys (+5); rising.',
    );
    expect(nl.summary.emotionCurve({ ...curve, trend: null })).to.contain('Emotie van Starter over 12 contactmomenten');
    expect(
      en.summary.touchpoint({
        label: 'Apply',
        position: 3,
        total: 12,
        phase: 'Purchase',
        channel: 'app',
        emotion: '−2 (negative)',
      }),
    ).to.equal('Apply, touchpoint 3 of 12, phase Purchase, channel app, emotion −2 (negative)');
  });
});

describe('emotion polarity', () => {
  const cases: Array<[number, string]> = [
    [-5, 'very-negative'],
    [-3.5, 'very-negative'],
    [-3.49, 'negative'],
    [-0.51, 'negative'],
    [-0.5, 'neutral'],
    [0, 'neutral'],
    [0.5, 'neutral'],
    [0.51, 'positive'],
    [3.49, 'positive'],
    [3.5, 'very-positive'],
    [5, 'very-positive'],
    [Number.NaN, 'neutral'],
  ];
  for (const [score, polarity] of cases) {
    it(`${score} is ${polarity}`, () => expect(polarityOf(score)).to.equal(polarity));
  }

  it('is one table of thresholds', () => {
    expect(POLARITY_THRESHOLDS).to.deep.equal({ veryNegative: -3.5, negative: -0.5, positive: 0.5, veryPositive: 3.5 });
    expect(Object.isFrozen(POLARITY_THRESHOLDS)).to.equal(true);
  });

  it('is put in words in both languages', () => {
    const english = new Localizer('en');
    const dutch = new Localizer('nl-NL');
    expect(english.polarity(-4)).to.equal('very negative');
    expect(english.polarity(1)).to.equal('positive');
    expect(dutch.polarity(-4)).to.equal('zeer negatief');
    expect(dutch.polarity(0)).to.equal('neutraal');
    expect(dutch.polarity(4)).to.equal('zeer positief');
    expect(dutch.emotionScore(-3)).to.equal(`${MINUS}3 (negatief)`);
    expect(english.emotionScore(2.5)).to.equal('+2.5 (positive)');
  });
});

describe('Localizer', () => {
  const english = new Localizer('en-GB');
  const dutch = new Localizer('nl-NL');

  it('picks the catalogue: nl for any Dutch locale, else en', () => {
    expect(new Localizer('nl').lang).to.equal('nl');
    expect(new Localizer('nl-BE').lang).to.equal('nl');
    expect(new Localizer('NL-nl').locale).to.equal('nl-NL');
    expect(new Localizer('en-US').lang).to.equal('en');
    expect(new Localizer('fr-FR').lang).to.equal('en');
    expect(new Localizer('fr-FR').locale).to.equal('fr-FR');
    const invalid = new Localizer('not a tag!');
    expect([invalid.locale, invalid.lang]).to.deep.equal(['en', 'en']);
    expect(dutch.messages).to.equal(nl);
    expect(Localizer.for('nl-NL')).to.equal(Localizer.for('nl-nl'));
  });

  it('formats durations: "3 dagen" / "3 days", "1 uur en 30 minuten" / "1 hour, 30 minutes"', () => {
    expect(dutch.duration(parseDuration('P3D')!)).to.equal('3 dagen');
    expect(english.duration(parseDuration('P3D')!)).to.equal('3 days');
    expect(dutch.duration(parseDuration('PT1H30M')!)).to.equal('1 uur en 30 minuten');
    expect(english.duration(parseDuration('PT1H30M')!)).to.equal('1 hour, 30 minutes');
    expect(english.duration(parseDuration('P2W')!)).to.equal('2 weeks');
    expect(english.duration(parseDuration('PT0S')!)).to.equal('0 minutes');
  });

  it('formats decimal durations unit by unit', () => {
    expect(dutch.duration(parseDuration('P1.5D')!)).to.equal('1,5 dagen');
    expect(english.duration(parseDuration('PT0.5H')!)).to.equal('0.5 hours');
  });

  it('formats durations without Intl.DurationFormat, the same way', () => {
    const intl = Intl as unknown as Record<string, unknown>;
    const saved = intl.DurationFormat;
    delete intl.DurationFormat;
    try {
      expect(dutch.duration(parseDuration('P3D')!)).to.equal('3 dagen');
      expect(english.duration(parseDuration('PT1H30M')!)).to.equal('1 hour, 30 minutes');
      expect(dutch.duration(parseDuration('PT1H30M')!)).to.equal('1 uur en 30 minuten');
    } finally {
      intl.DurationFormat = saved;
    }
  });

  it('signs numbers with a real minus sign', () => {
    expect(english.signed(46)).to.equal('+46');
    expect(english.signed(-14)).to.equal(`${MINUS}14`);
    expect(english.signed(0)).to.equal('0');
    expect(dutch.signed(-2.5)).to.equal(`${MINUS}2,5`);
    expect(dutch.signed(1234)).to.equal('+1.234');
  });

  it('formats numbers, percentages and lists', () => {
    expect(dutch.number(1234.5)).to.equal('1.234,5');
    expect(english.number(1234.5)).to.equal('1,234.5');
    expect(dutch.percent(0.234)).to.equal('23%');
    expect(english.percent(0.5)).to.equal('50%');
    expect(dutch.list(['app', 'telefoon', 'kantoor'])).to.equal('app, telefoon en kantoor');
    expect(english.list(['app', 'phone', 'branch'])).to.equal('app, phone and branch');
  });

  it('formats dates and times', () => {
    const when = new Date(2026, 2, 12, 14, 5);
    expect(dutch.time(when)).to.equal('14:05');
    expect(dutch.date(when)).to.equal('12 mrt 2026');
    expect(new Localizer('en-US').time(when)).to.match(/^2:05\sPM$/);
  });

  it('names emotions: known labels translated, other labels as written', () => {
    expect(dutch.emotionWord('frustration')).to.equal('frustratie');
    expect(english.emotionWord('confidence')).to.equal('confidence');
    expect(dutch.emotionWord('gêne')).to.equal('gêne');
    expect(dutch.emotionWord('constructor')).to.equal('constructor');
    expect(dutch.emotionWord('__proto__')).to.equal('__proto__');
  });

  it('names channels: the journey label first, else the well-known name, else the id', () => {
    const parsed = parseJourney(mortgage);
    if (!parsed.ok) throw new Error('fixture does not parse');
    expect(dutch.channelName('adviser', parsed.journey)).to.equal('Hypotheekadviseur');
    expect(dutch.channelName('phone', parsed.journey)).to.equal('telefoon');
    expect(english.channelName('comparison-site')).to.equal('comparison site');
    expect(english.channelName('fax')).to.equal('fax');
  });
});

describe('resolveLocale', () => {
  let root: HTMLElement;
  const pageLang = document.documentElement.getAttribute('lang');

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('prefers the host lang, then the journey locale, then ancestors, then the page, then the browser', () => {
    document.documentElement.setAttribute('lang', 'de-DE');
    const wrapper = document.createElement('section');
    wrapper.setAttribute('lang', 'fr-BE');
    const host = document.createElement('span');
    wrapper.append(host);
    root.append(wrapper);
    host.setAttribute('lang', 'nl-NL');
    expect(resolveLocale(host, 'en-GB')).to.equal('nl-NL');
    host.removeAttribute('lang');
    expect(resolveLocale(host, 'en-GB')).to.equal('en-GB');
    expect(resolveLocale(host)).to.equal('fr-BE');
    wrapper.removeAttribute('lang');
    expect(resolveLocale(host)).to.equal('de-DE');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(host)).to.equal(canonicalLocale(navigator.language));
  });

  it('skips empty and invalid tags', () => {
    document.documentElement.setAttribute('lang', 'nl');
    const host = document.createElement('span');
    host.setAttribute('lang', '');
    root.setAttribute('lang', 'no such tag!');
    root.append(host);
    expect(resolveLocale(host, '')).to.equal('nl');
  });

  it('crosses shadow roots to the host', () => {
    const outer = document.createElement('div');
    outer.setAttribute('lang', 'nl-BE');
    root.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLocale(inner)).to.equal('nl-BE');
  });
});

describe('LocaleController', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks the journey locale, and re-renders when the host or the page changes its lang', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const host = await createHost((h) => (h.journey = { ...health, locale: undefined }));
    try {
      const button = () => host.shadowRoot!.querySelector('button')!.textContent;
      expect(host.locale.localizer.lang).to.equal('en');
      expect(button()).to.equal('Show data table');

      host.journey = mortgage;
      await host.updateComplete;
      expect(host.locale.locale).to.equal('nl-NL');
      expect(button()).to.equal('Toon datatabel');

      host.setAttribute('lang', 'en-GB');
      await sleep(0);
      await host.updateComplete;
      expect(button()).to.equal('Show data table');

      host.removeAttribute('lang');
      host.journey = health;
      await sleep(0);
      await host.updateComplete;
      expect(host.locale.locale).to.equal('en-GB');

      host.journey = { ...health, locale: undefined };
      await host.updateComplete;
      document.documentElement.setAttribute('lang', 'nl');
      await sleep(0);
      await host.updateComplete;
      expect(button()).to.equal('Toon datatabel');
    } finally {
      host.remove();
    }
  });
});
