import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/touchpoint-card/touchpoint-card.js';
import type { TouchpointCard } from '../../src/components/touchpoint-card/touchpoint-card.js';
import type { JourneyErrorEvent } from '../../src/events/journey-events.js';
import { channelIcon } from '../../src/layout/channel-icons.js';
import { WELL_KNOWN_CHANNELS } from '../../src/model/channels.js';
import { metricValue } from '../../src/components/journey-map/describe.js';
import { Localizer } from '../../src/shared/i18n/localizer.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';

const JOURNEYS = { mortgage, health, generic } as const;
type JourneyName = keyof typeof JOURNEYS;

async function card(
  journey: JourneyName,
  touchpoint: string,
  attrs: Record<string, string> = {},
): Promise<TouchpointCard> {
  const el = document.createElement('touchpoint-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('touchpoint', touchpoint);
  el.journey = JOURNEYS[journey];
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

function root(el: TouchpointCard): ShadowRoot {
  return el.shadowRoot!;
}

function part(el: TouchpointCard, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function parts(el: TouchpointCard, name: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The rendered text, whitespace collapsed. */
function text(node: Element | ShadowRoot | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element in the shadow tree that directly holds visible text. */
function textElements(el: TouchpointCard): Element[] {
  return [...root(el).querySelectorAll('*')].filter((e) =>
    [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
  );
}

describe('<touchpoint-card>', () => {
  describe('renders every example touchpoint', () => {
    for (const name of Object.keys(JOURNEYS) as JourneyName[]) {
      it(`renders every touchpoint of ${name}, full and compact, without errors`, async () => {
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
        window.addEventListener('error', onError);
        try {
          for (const tp of JOURNEYS[name].touchpoints) {
            for (const compact of [false, true]) {
              const el = await card(name, tp.id, compact ? { compact: '' } : {});
              let journeyErrors = 0;
              el.addEventListener('journey-error', () => (journeyErrors += 1));
              expect(part(el, 'error'), `${tp.id} shows no error`).to.equal(null);
              expect(text(part(el, 'heading')), `${tp.id} heading`).to.equal(tp.label);
              expect(part(el, 'card')!.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
              expect(journeyErrors).to.equal(0);
            }
          }
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });

  describe('facts of the mortgage journey', () => {
    it('shows the advice NPS +46 with n = 320, a trend of +14 and the target met', async () => {
      const el = await card('mortgage', 'advice', { lang: 'en' });
      const nps = part(el, 'nps')!;
      expect(text(part(el, 'nps-score'))).to.equal('NPS +46');
      expect(text(nps)).to.contain('n = 320');
      expect(text(nps.querySelector('.trend'))).to.equal('up 14 since 2026-Q2');
      expect(text(nps.querySelector('.target'))).to.equal('target +40 · target met');
      expect(nps.querySelector('.target')!.classList.contains('target--met')).to.equal(true);
      expect(text(nps.querySelector('.period'))).to.equal('2026-Q3');
      // 183 promoters, 102 passives, 35 detractors out of 320.
      expect([...nps.querySelectorAll('.shares-legend li')].map((li) => text(li))).to.deep.equal([
        '57% promoters',
        '32% passives',
        '11% detractors',
      ]);
      expect(nps.querySelector('.small-sample')).to.equal(null);
    });

    it('shows the documents metrics off norm, in words and with an icon', async () => {
      const el = await card('mortgage', 'documents', { lang: 'en' });
      const metrics = parts(el, 'metric');
      expect(metrics).to.have.length(2);
      const calls = metrics[0]!;
      expect(text(calls.querySelector('.metric-label'))).to.equal('Telefoontjes over status');
      expect(text(calls.querySelector('.metric-value'))).to.equal('3,150');
      expect(text(calls.querySelector('.metric-details'))).to.equal(
        'norm 1,500 · lower is better · 2026-Q3 · Contacthistorie klantenservice',
      );
      const status = calls.querySelector('[part="norm-status"]')!;
      expect(text(status)).to.equal('off norm');
      expect(status.querySelector('svg')).to.not.equal(null);
      expect(calls.classList.contains('metric--off')).to.equal(true);
      expect(text(metrics[1]!.querySelector('[part="norm-status"]'))).to.equal('off norm');
      expect(text(metrics[1]!.querySelector('.metric-value'))).to.equal('1,200');
    });

    it('says "on norm" for a metric on the right side of its target and nothing without a target', async () => {
      const journey = structuredClone(mortgage);
      journey.touchpoints[4]!.metrics![0]!.value = 1400;
      const el = document.createElement('touchpoint-card');
      el.setAttribute('lang', 'en');
      el.setAttribute('touchpoint', 'documents');
      el.journey = journey;
      await fixture(el);
      expect(text(parts(el, 'metric')[0]!.querySelector('[part="norm-status"]'))).to.equal('on norm');
      const compare = await card('mortgage', 'compare', { lang: 'en' });
      expect(parts(compare, 'metric')).to.have.length(1);
      expect(parts(compare, 'norm-status')).to.have.length(0);
      expect(text(parts(compare, 'metric')[0]!.querySelector('.metric-value'))).to.equal('48,200');
    });

    it('flags the small sample of service-call (n = 24)', async () => {
      const el = await card('mortgage', 'service-call', { lang: 'en' });
      // 12 promoters, 4 detractors of 24: round(100 × 8 / 24) = 33.
      expect(text(part(el, 'nps-score'))).to.equal('NPS +33');
      expect(text(part(el, 'nps')!.querySelector('.small-sample'))).to.equal('small sample (n = 24)');
      const nl = await card('mortgage', 'service-call', { lang: 'nl' });
      expect(text(part(nl, 'nps')!.querySelector('.small-sample'))).to.equal('kleine steekproef (n = 24)');
    });

    it('shows the moment of truth badge and its note', async () => {
      const el = await card('mortgage', 'advice');
      expect(text(part(el, 'badge'))).to.equal('beslissend moment');
      expect(part(el, 'badge')!.querySelector('svg')).to.not.equal(null);
      expect(text(part(el, 'moment-of-truth'))).to.equal(
        'Moment van de waarheid: Vertrouwen wordt hier gewonnen of verloren',
      );
      const en = await card('mortgage', 'service-call', { lang: 'en' });
      expect(text(part(en, 'badge'))).to.equal('critical moment');
      expect(part(en, 'moment-of-truth')).to.equal(null);
    });

    it('shows channel, actor and phase, with the journey’s own channel label', async () => {
      const el = await card('mortgage', 'advice');
      expect(text(part(el, 'phase'))).to.equal('Fase: Oriënteren');
      expect(text(part(el, 'channel'))).to.equal('Hypotheekadviseur');
      const facts = [...part(el, 'meta')!.querySelectorAll('.fact')].map((f) => text(f));
      expect(facts).to.deep.equal(['Kanaal Hypotheekadviseur', 'Actor adviseur', 'Duur 90 minuten']);
      const web = await card('mortgage', 'calculate', { lang: 'en' });
      expect(text(part(web, 'channel'))).to.equal('website');
      expect(part(web, 'channel')!.querySelector('path')!.getAttribute('d')).to.equal(channelIcon('web').path);
    });

    it('shows each persona’s emotion with its glyph, word and signed score', async () => {
      const el = await card('mortgage', 'documents');
      const rows = parts(el, 'emotion');
      expect(rows.map((r) => text(r))).to.deep.equal(['Starter frustratie −3', 'Doorstromer frustratie −2,5']);
      expect(rows[0]!.querySelector('.glyph path')).to.not.equal(null);
      expect(rows[0]!.classList.contains('emotion--negative')).to.equal(true);
      // A score without a label is named by its polarity; "all customers" stands in for no persona.
      const valuation = await card('mortgage', 'valuation', { lang: 'en' });
      expect(parts(valuation, 'emotion').map((r) => text(r))).to.deep.equal(['All customers neutral 0']);
    });

    it('shows only one persona’s emotion with the persona attribute', async () => {
      const el = await card('mortgage', 'moving', { persona: 'mover', lang: 'en' });
      expect(parts(el, 'emotion').map((r) => text(r))).to.deep.equal(['Doorstromer frustration −1']);
      el.persona = 'all';
      await el.updateComplete;
      expect(parts(el, 'emotion').map((r) => text(r))).to.deep.equal(['Starter joy +2', 'Doorstromer frustration −1']);
      // A persona with no emotion of its own here falls back to what all customers felt.
      const valuation = await card('mortgage', 'valuation', { persona: 'starter', lang: 'en' });
      expect(parts(valuation, 'emotion').map((r) => text(r))).to.deep.equal(['All customers neutral 0']);
      const statusCall = await card('mortgage', 'status-call', { persona: 'mover', lang: 'en' });
      expect(parts(statusCall, 'emotion')).to.have.length(0);
      expect(text(part(statusCall, 'emotions'))).to.equal('Emotion no emotion recorded');
    });

    it('shows pain points, opportunities and quotes with persona name and source label', async () => {
      const el = await card('mortgage', 'documents');
      expect([...part(el, 'pain-points')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'Werkgeversverklaring wordt twee keer opgevraagd',
        'Geen status zichtbaar na uploaden',
      ]);
      expect([...part(el, 'opportunities')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'Statusoverzicht in de app',
        'Eén keer vragen, overal hergebruiken',
      ]);
      const calc = await card('mortgage', 'calculate');
      const quote = part(calc, 'quotes')!.querySelector('figure')!;
      expect(text(quote.querySelector('blockquote'))).to.equal(
        'Ik had geen idee of dat bedrag nu goed of slecht nieuws was.',
      );
      expect(text(quote.querySelector('figcaption'))).to.equal('Starter · Diepte-interviews met kopers');
      expect(text(part(calc, 'description'))).to.equal('');
      const compare = await card('mortgage', 'compare');
      expect(text(part(compare, 'description'))).to.equal(
        'Klant vergelijkt rentes op een vergelijkingssite en bij de bank zelf',
      );
    });

    it('writes durations in words in Dutch and English', async () => {
      expect(
        text((await card('mortgage', 'advice', { lang: 'nl' })).shadowRoot!.querySelector('.fact:last-child dd')),
      ).to.equal('90 minuten');
      expect(
        text((await card('mortgage', 'advice', { lang: 'en' })).shadowRoot!.querySelector('.fact:last-child dd')),
      ).to.equal('90 minutes');
      expect(
        text((await card('mortgage', 'compare', { lang: 'nl' })).shadowRoot!.querySelector('.fact:last-child dd')),
      ).to.equal('14 dagen');
      expect(
        text((await card('mortgage', 'compare', { lang: 'en' })).shadowRoot!.querySelector('.fact:last-child dd')),
      ).to.equal('14 days');
    });

    it('renders links with rel="noopener noreferrer", the right href and no target', async () => {
      const el = await card('mortgage', 'first-payment');
      const links = [...part(el, 'links')!.querySelectorAll('a')];
      expect(links).to.have.length(1);
      expect(links[0]!.getAttribute('href')).to.equal('https://example.org/maandlasten');
      expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(links[0]!.hasAttribute('target')).to.equal(false);
      expect(text(links[0]!)).to.equal('Uitleg maandlasten');
    });
  });

  describe('the health claim journey', () => {
    it('shows "no data" for zero NPS responses, never 0', async () => {
      const el = await card('health', 'claim');
      expect(text(part(el, 'nps-score'))).to.equal('no data');
      expect(text(part(el, 'nps'))).to.equal('NPS no data');
      expect(part(el, 'nps')!.querySelector('.shares')).to.equal(null);
      const compact = await card('health', 'claim', { compact: '' });
      expect(text(part(compact, 'nps'))).to.equal('NPS no data');
      const nl = await card('health', 'claim', { lang: 'nl' });
      expect(text(part(nl, 'nps-score'))).to.equal('geen gegevens');
    });

    it('computes the NPS from a distribution', async () => {
      // detractors 30+12+14+18+20+25+31 = 150, passives 75, promoters 35 of 260: round(−44.2) = −44.
      const el = await card('health', 'bill');
      expect(text(part(el, 'nps-score'))).to.equal('NPS −44');
      expect(text(part(el, 'nps'))).to.contain('n = 260');
    });

    it('writes a % metric as the map does (value, space, unit): "38 %", its norm "20 %"', async () => {
      const el = await card('health', 'ask-chat', { lang: 'en' });
      const metric = parts(el, 'metric')[0]!;
      expect(text(metric.querySelector('.metric-value'))).to.equal('38 %');
      expect(text(metric.querySelector('.metric-details'))).to.contain('20 %');
      // The map's words for the same metric (journey-map/describe.ts metricValue) read the same.
      const metricData = health.touchpoints.find((t) => t.id === 'ask-chat')!.metrics![0]!;
      expect(metricValue(metricData as never, Localizer.for('en'))).to.equal('38 %');
    });
  });

  describe('compact', () => {
    it('fits a 140 px column without overflow, full text kept in the title and the accessible name', async () => {
      for (const name of ['mortgage', 'health'] as const) {
        for (const tp of JOURNEYS[name].touchpoints) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 140px"></div>`);
          const el = document.createElement('touchpoint-card');
          el.compact = true;
          el.setAttribute('touchpoint', tp.id);
          el.journey = JOURNEYS[name];
          wrapper.append(el);
          await el.updateComplete;
          const cardPart = part(el, 'card')!;
          expect(cardPart.getBoundingClientRect().width, tp.id).to.be.at.most(140);
          for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
            // Visually hidden text is clipped to 1 px by design; it is read, not seen.
            if (node.clientWidth === 0 || node.closest('.journey-visually-hidden')) continue;
            expect(
              node.scrollWidth,
              `${tp.id}: <${node.localName} class="${node.getAttribute('class')}">`,
            ).to.be.at.most(node.clientWidth);
          }
          const heading = part(el, 'heading')!;
          expect(heading.getAttribute('title')).to.equal(tp.label);
          expect(text(heading)).to.equal(tp.label);
        }
      }
    });

    it('truncates a long label with an ellipsis after two lines', async () => {
      const journey = structuredClone(mortgage);
      const long = 'Een heel lang label voor een contactmoment dat nooit op twee regels van een smalle kolom past';
      journey.touchpoints[0]!.label = long;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 140px"></div>`);
      const el = document.createElement('touchpoint-card');
      el.compact = true;
      el.setAttribute('touchpoint', 'compare');
      el.journey = journey;
      wrapper.append(el);
      await el.updateComplete;
      const heading = part(el, 'heading')!;
      const style = getComputedStyle(heading);
      expect(style.webkitLineClamp).to.equal('2');
      expect(heading.scrollHeight).to.be.greaterThan(heading.clientHeight);
      expect(heading.getAttribute('title')).to.equal(long);
    });

    it('shows label, channel, emotion glyph and score per persona, the moment of truth and the NPS', async () => {
      const el = await card('mortgage', 'advice', { compact: '', lang: 'en' });
      expect(text(part(el, 'heading'))).to.equal('Adviesgesprek');
      expect(part(el, 'channel')!.getAttribute('title')).to.equal('Hypotheekadviseur');
      const emotions = parts(el, 'emotion');
      expect(emotions.map((e) => e.getAttribute('title'))).to.deep.equal([
        'Starter: trust +3',
        'Doorstromer: trust +2',
      ]);
      expect(emotions.map((e) => text(e.querySelector('.score')))).to.deep.equal(['+3', '+2']);
      expect(emotions.every((e) => e.querySelector('.glyph path') !== null)).to.equal(true);
      expect(text(part(el, 'badge'))).to.equal('make-or-break moment');
      expect(text(part(el, 'nps-score'))).to.equal('+46');
      expect(root(el).querySelector('[part~="metrics"]')).to.equal(null);
      const small = await card('mortgage', 'service-call', { compact: '', lang: 'en' });
      expect(text(part(small, 'nps'))).to.equal('NPS +33 small sample (n = 24)');
    });
  });

  describe('attributes and slots', () => {
    it('renders the heading at heading-level (default 3), sections one level below', async () => {
      const three = await card('mortgage', 'advice');
      expect(part(three, 'heading')!.getAttribute('role')).to.equal('heading');
      expect(part(three, 'heading')!.getAttribute('aria-level')).to.equal('3');
      const two = await card('mortgage', 'advice', { 'heading-level': '2' });
      expect(part(two, 'heading')!.getAttribute('aria-level')).to.equal('2');
      // Emotion, NPS, metrics, processes, improvement actions.
      expect(parts(two, 'section-title').map((h) => h.getAttribute('aria-level'))).to.deep.equal([
        '3',
        '3',
        '3',
        '3',
        '3',
      ]);
      const six = await card('mortgage', 'advice', { 'heading-level': '6' });
      expect(parts(six, 'section-title').every((h) => h.getAttribute('aria-level') === '6')).to.equal(true);
      const wrong = await card('mortgage', 'advice', { 'heading-level': '9' });
      expect(part(wrong, 'heading')!.getAttribute('aria-level')).to.equal('3');
    });

    it('shows the actions slot only when it has content', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card touchpoint="advice" .journey=${mortgage}
        ><button slot="actions">Open</button></touchpoint-card
      >`);
      await aTimeout(0);
      await el.updateComplete;
      const actions = part(el, 'actions')!;
      expect(actions.hidden).to.equal(false);
      const slot = actions.querySelector('slot')!;
      expect(slot.name).to.equal('actions');
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Open']);
      const bare = await card('mortgage', 'advice');
      expect(part(bare, 'actions')!.hidden).to.equal(true);
    });

    it('reads the journey from an inline JSON child', async () => {
      const json = JSON.stringify(health);
      const el = document.createElement('touchpoint-card');
      el.setAttribute('touchpoint', 'treatment');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      const load = oneEvent(el, 'journey-load');
      await fixture(el);
      await load;
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Treatment at the clinic');
      expect(text(part(el, 'badge'))).to.equal('make-or-break moment');
    });

    it('draws an inline JSON child in its first update, with no second one', async () => {
      const el = document.createElement('touchpoint-card');
      el.setAttribute('touchpoint', 'documents');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(mortgage);
      el.append(script);
      const headings: string[] = [];
      const updated = (el as unknown as { updated: (c: unknown) => void }).updated;
      (el as unknown as { updated: (c: unknown) => void }).updated = function (this: TouchpointCard, changed: unknown) {
        headings.push(text(part(this, 'heading')));
        updated.call(this, changed);
      };
      await fixture(el);
      await aTimeout(50);
      expect(headings).to.deep.equal(['Documenten aanleveren']);
    });

    it('reads the journey from src', async () => {
      // A stand-in server: the controller fetches through the page's fetch.
      const el = document.createElement('touchpoint-card');
      el.setAttribute('touchpoint', 'sign');
      const original = window.fetch;
      window.fetch = async () =>
        new Response(JSON.stringify(mortgage), { headers: { 'Content-Type': 'application/json' } });
      try {
        el.setAttribute('src', '/journeys/mortgage.json');
        const load = oneEvent(el, 'journey-load');
        await fixture(el);
        await load;
        await el.updateComplete;
      } finally {
        window.fetch = original;
      }
      expect(text(part(el, 'heading'))).to.equal('Tekenen bij de notaris');
      expect(text(part(el, 'channel'))).to.equal('Notaris');
    });

    it('shows a status, not an error, while no touchpoint is named', async () => {
      const el = await fixture<TouchpointCard>(
        html`<touchpoint-card lang="en" .journey=${mortgage}></touchpoint-card>`,
      );
      expect(text(part(el, 'status'))).to.equal(
        'No touchpoint given yet: set the touchpoint attribute to the id of a touchpoint.',
      );
      expect(part(el, 'error')).to.equal(null);
      const empty = await fixture<TouchpointCard>(
        html`<touchpoint-card lang="nl" touchpoint="advice"></touchpoint-card>`,
      );
      expect(text(part(empty, 'status'))).to.equal(
        'Nog geen klantreis opgegeven: zet journey, src of een ingebed JSON-kind.',
      );
    });
  });

  describe('errors', () => {
    it('shows an error panel and fires journey-error for an unknown touchpoint id', async () => {
      const el = document.createElement('touchpoint-card');
      el.setAttribute('lang', 'en');
      el.setAttribute('touchpoint', 'nope');
      el.journey = mortgage;
      const events: JourneyErrorEvent[] = [];
      el.addEventListener('journey-error', (event) => events.push(event));
      await fixture(el);
      expect(events).to.have.length(1);
      const detail = events[0]!.detail;
      expect(detail.code).to.equal('VALIDATION');
      expect(detail.issues).to.deep.equal([
        {
          path: 'touchpoint',
          code: 'unknown_reference',
          message: 'unknown touchpoint "nope": the journey has no touchpoint with this id',
        },
      ]);
      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      const panel = part(el, 'error')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(text(panel)).to.equal(
        'This journey cannot be shown The data does not match the journey format. 1 problem found touchpoint unknown touchpoint "nope": the journey has no touchpoint with this id',
      );
      expect(part(el, 'card')).to.equal(null);
      // Re-rendering the same failure fires nothing new; a valid id clears it.
      el.persona = 'starter';
      await el.updateComplete;
      expect(events).to.have.length(1);
      el.setAttribute('touchpoint', 'sign');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'heading'))).to.equal('Tekenen bij de notaris');
      el.setAttribute('touchpoint', 'nope');
      await el.updateComplete;
      expect(events).to.have.length(2);
    });

    it('shows the journey’s own error when the journey is invalid', async () => {
      const el = document.createElement('touchpoint-card');
      el.setAttribute('touchpoint', 'advice');
      el.journey = { ...mortgage, version: 2 };
      const error = oneEvent(el, 'journey-error');
      await fixture(el);
      const event = (await error) as JourneyErrorEvent;
      expect(event.detail.code).to.equal('VALIDATION');
      expect(event.detail.issues[0]!.path).to.equal('version');
      expect(part(el, 'error')).to.not.equal(null);
    });

    it('validates a touchpoint object on its own and shows every problem', async () => {
      const el = document.createElement('touchpoint-card');
      el.setAttribute('lang', 'en');
      el.touchpoint = {
        id: 'x',
        phase: 'p',
        label: '',
        nps: { promoters: -1, passives: 0, detractors: 0 },
        links: [{ label: 'x', href: 'javascript:alert(1)' }],
      };
      const error = oneEvent(el, 'journey-error');
      await fixture(el);
      const event = (await error) as JourneyErrorEvent;
      expect(event.detail.code).to.equal('VALIDATION');
      expect(event.detail.issues.map((i) => i.path)).to.deep.equal([
        'touchpoint.label',
        'touchpoint.nps.promoters',
        'touchpoint.links[0].href',
      ]);
      const panel = part(el, 'error')!;
      expect(text(panel)).to.contain('touchpoint.label must not be empty');
      expect(root(el).querySelector('a')).to.equal(null);
    });

    it('validates a touchpoint object against the journey’s phases and personas', async () => {
      const el = document.createElement('touchpoint-card');
      el.journey = mortgage;
      el.touchpoint = { id: 'x', phase: 'buy', label: 'Kopen', emotions: [{ persona: 'ghost', score: 1 }] };
      const error = oneEvent(el, 'journey-error');
      await fixture(el);
      const event = (await error) as JourneyErrorEvent;
      expect(event.detail.issues).to.deep.equal([
        { path: 'touchpoint.phase', code: 'unknown_reference', message: 'unknown phase "buy"' },
        { path: 'touchpoint.emotions[0].persona', code: 'unknown_reference', message: 'unknown persona "ghost"' },
      ]);
    });

    it('renders a valid touchpoint object, with or without a journey, from a copy', async () => {
      const touchpoint = {
        id: 'own',
        phase: 'apply',
        label: 'Eigen stap',
        channel: 'chat',
        emotions: [{ persona: 'starter', score: 2, label: 'relief' }],
        nps: { promoters: 5, passives: 0, detractors: 0 },
      };
      const withJourney = document.createElement('touchpoint-card');
      withJourney.journey = mortgage;
      withJourney.touchpoint = touchpoint;
      await fixture(withJourney);
      expect(text(part(withJourney, 'heading'))).to.equal('Eigen stap');
      expect(text(part(withJourney, 'phase'))).to.equal('Fase: Afsluiten');
      expect(parts(withJourney, 'emotion').map((e) => text(e))).to.deep.equal(['Starter opluchting +2']);
      touchpoint.label = 'Changed later';
      withJourney.persona = 'starter';
      await withJourney.updateComplete;
      expect(text(part(withJourney, 'heading'))).to.equal('Eigen stap');

      const alone = document.createElement('touchpoint-card');
      alone.setAttribute('lang', 'en');
      alone.touchpoint = { ...touchpoint, label: 'Own step' };
      await fixture(alone);
      expect(part(alone, 'error')).to.equal(null);
      expect(text(part(alone, 'heading'))).to.equal('Own step');
      expect(text(part(alone, 'phase'))).to.equal('Phase: apply');
      expect(parts(alone, 'emotion').map((e) => text(e))).to.deep.equal(['starter relief +2']);
      expect(text(part(alone, 'nps'))).to.contain('small sample (n = 5)');
    });
  });

  describe('language', () => {
    it('speaks Dutch for a Dutch journey and English when told', async () => {
      const nl = await card('mortgage', 'documents');
      expect(parts(nl, 'section-title').map((h) => text(h))).to.deep.equal([
        'Emotie',
        'NPS',
        'Meetwaarden',
        'Pijnpunten',
        'Kansen',
        'Processen',
        'Verbeteracties',
      ]);
      expect(text(part(nl, 'norm-status'))).to.equal('buiten de norm');
      expect(text(part(nl, 'nps')!.querySelector('.target'))).to.equal('norm 0 · norm niet gehaald');
      expect(part(nl, 'card')!.getAttribute('lang')).to.equal('nl-NL');
      const en = await card('mortgage', 'documents', { lang: 'en' });
      expect(parts(en, 'section-title').map((h) => text(h))).to.deep.equal([
        'Emotion',
        'NPS',
        'Metrics',
        'Pain points',
        'Opportunities',
        'Processes',
        'Improvement actions',
      ]);
      expect(text(part(en, 'nps')!.querySelector('.target'))).to.equal('target 0 · target missed');
      expect(part(en, 'card')!.getAttribute('lang')).to.equal('en');
    });

    it('follows a change of its lang attribute', async () => {
      const el = await card('mortgage', 'advice');
      expect(text(part(el, 'badge'))).to.equal('beslissend moment');
      el.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(text(part(el, 'badge'))).to.equal('make-or-break moment');
    });
  });

  describe('accessibility', () => {
    it('is accessible in full, compact and error states', async () => {
      for (const tp of ['advice', 'documents', 'calculate', 'first-payment']) {
        await expect(await card('mortgage', tp)).to.be.accessible();
      }
      await expect(await card('health', 'claim')).to.be.accessible();
      await expect(await card('mortgage', 'advice', { compact: '' })).to.be.accessible();
      await expect(await card('health', 'bill', { compact: '' })).to.be.accessible();
      await expect(await card('mortgage', 'nope')).to.be.accessible();
    });

    it('has no text under 12 px, full or compact', async () => {
      for (const compact of [false, true]) {
        for (const tp of ['advice', 'documents', 'service-call', 'calculate']) {
          const el = await card('mortgage', tp, compact ? { compact: '' } : {});
          const elements = textElements(el);
          expect(elements.length).to.be.greaterThan(3);
          for (const node of elements) {
            expect(
              parseFloat(getComputedStyle(node).fontSize),
              `${tp}: ${node.localName}.${node.getAttribute('class')}`,
            ).to.be.at.least(12);
          }
        }
      }
    });

    it('gives every well-known channel its own icon and a custom channel the icon of its kind', () => {
      const paths = WELL_KNOWN_CHANNELS.map((id) => channelIcon(id).path);
      expect(new Set(paths).size).to.equal(WELL_KNOWN_CHANNELS.length);
      expect(WELL_KNOWN_CHANNELS.every((id) => channelIcon(id).kind === 'well-known')).to.equal(true);
      expect(channelIcon('adviser', 'human').kind).to.equal('custom');
      expect(channelIcon('adviser', 'human').path).to.not.equal(channelIcon('adviser').path);
      expect(paths).to.not.include(channelIcon('adviser').path);
    });
  });
});
