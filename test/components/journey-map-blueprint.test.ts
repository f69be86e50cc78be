/**
 * The service blueprint on screen: the processes lane (three layers, the three named lines,
 * handover marks), the actions lane (status chips, owner, due date, link), the `lanes` attribute,
 * the narrow map's rows, the data table's columns, the summary, the card's sections, compare
 * mode's expected-versus-measured effect, hostile strings, axe and contrast in every theme.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/journey-map/journey-map.js';
import '../../src/components/touchpoint-card/touchpoint-card.js';
import type { JourneyMap } from '../../src/components/journey-map/journey-map.js';
import type { TouchpointCard } from '../../src/components/touchpoint-card/touchpoint-card.js';
import { markFailures, report, textFailures } from '../a11y/contrast-measure.js';
import { THEMES, type ThemeName, mount as mountThemed, settle as settleThemed, toRgba } from '../a11y/helpers.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';

type Json = typeof mortgage;
const clone = (): Json => JSON.parse(JSON.stringify(mortgage)) as Json;

async function settle(el: JourneyMap | TouchpointCard): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}

async function mount(
  journey: unknown,
  options: { width?: number; lanes?: string; base?: unknown; lang?: string } = {},
): Promise<JourneyMap> {
  const el = await fixture<JourneyMap>(
    html`<journey-map style="display:block;width:${options.width ?? 4000}px"></journey-map>`,
  );
  if (options.lanes) el.setAttribute('lanes', options.lanes);
  if (options.lang) el.setAttribute('lang', options.lang);
  if (options.base !== undefined) el.base = options.base;
  el.journey = journey;
  await settle(el);
  return el;
}

const $$ = (root: Element, selector: string) => [...root.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: Element, selector: string) => $$(root, selector).map(text);
const laneNames = (el: JourneyMap) => texts(el, '[role="rowheader"] .lane-name');
/** Presses the toolbar's data-table toggle (the one pressable button). */
async function showTable(el: JourneyMap): Promise<void> {
  $$(el, '.tool[aria-pressed]')[0]!.click();
  await settle(el);
}
const nameOf = (cell: Element | undefined) =>
  cell?.querySelector(':scope > .journey-visually-hidden')?.textContent ?? null;

describe('<journey-map>: the processes lane', () => {
  it('draws each layer in every column, under the three named lines', async () => {
    const el = await mount(mortgage, { lanes: 'touchpoints processes actions' });
    expect(laneNames(el)).to.deep.equal(['Contactmomenten', 'Processen', 'Verbeteracties']);
    // The header names the three lines, each above the layer it opens.
    expect(texts(el, '.lane--processes .bp-line-name')).to.deep.equal([
      'Interactielijn',
      'Zichtbaarheidslijn',
      'Lijn van interne interactie',
    ]);
    expect(texts(el, '.lane--processes .bp-layer-name')).to.deep.equal([
      'Frontstage',
      'Backstage',
      'Ondersteunende processen',
    ]);
    // 12 columns × 3 layer rows, each row drawn with its own line pattern.
    const cells = $$(el, '.cell--processes');
    expect(cells).to.have.length(12);
    for (const cell of cells) {
      const layers = [...cell.querySelectorAll('.bp-layer')].map((n) => n.className.replace('bp-layer ', ''));
      expect(layers).to.deep.equal(['bp-layer--frontstage', 'bp-layer--backstage', 'bp-layer--support']);
    }
    const style = (selector: string) => getComputedStyle(cells[4]!.querySelector(selector)!).borderTopStyle;
    expect([style('.bp-layer--frontstage'), style('.bp-layer--backstage'), style('.bp-layer--support')]).to.deep.equal([
      'solid',
      'dashed',
      'dotted',
    ]);
    // The lines line up across the map: every column's backstage row starts at the same height.
    const tops = cells.map((c) => Math.round(c.querySelector('.bp-layer--backstage')!.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    // Processes per layer, counted on the fixture: frontstage 7, backstage 9, support 3.
    expect(cells.map((c) => c.querySelectorAll('.bp-layer--frontstage .bp-process').length)).to.deep.equal([
      0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0,
    ]);
    expect(cells.map((c) => c.querySelectorAll('.bp-layer--backstage .bp-process').length)).to.deep.equal([
      0, 0, 1, 2, 1, 1, 1, 1, 0, 1, 0, 1,
    ]);
    expect(cells.map((c) => c.querySelectorAll('.bp-layer--support .bp-process').length)).to.deep.equal([
      0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('shows each process’s owner and system, and marks the 13 handovers counted by hand', async () => {
    const el = await mount(mortgage, { lanes: 'processes' });
    const documents = $$(el, '.cell--processes')[4]!;
    const labels = [...documents.querySelectorAll('.bp-label')].map(text);
    expect(labels).to.deep.equal(['Documenten uploaden', 'Documenten beoordelen', 'Opslag en tekstherkenning']);
    expect([...documents.querySelectorAll('.bp-meta')].map(text)).to.deep.equal([
      'Squad Digitaal Aanvragen · Mijn Hypotheek-app',
      'Acceptatie & Fraude · Dossierbeheer · 5 dagen',
      'IT Platform Wonen · DMS',
    ]);
    // frontstage 6 + backstage 5 + support 2 (see test/layout/blueprint.test.ts for the walk).
    const marks = $$(el, '.cell--processes .handover');
    expect(marks).to.have.length(13);
    // Glyph and word on screen; the full handover in words for screen readers.
    expect(marks[0]!.querySelector('svg.handover-icon')).to.not.equal(null);
    const offer = $$(el, '.cell--processes')[3]!;
    expect([...offer.querySelectorAll('.handover .journey-visually-hidden')].map(text)).to.deep.equal([
      'overdracht van Hypotheekadvies naar Hypotheken Operations',
      'overdracht van Hypotheken Operations naar Acceptatie & Fraude',
    ]);
    // The cell's accessible name says it all: layer, label, owner, system, handover.
    expect(nameOf(offer)).to.equal(
      'Processen bij Offerte ontvangen: Backstage: Offerte opmaken (Hypotheken Operations, Hypotheekmotor, 1 dag); ' +
        'overdracht van Hypotheekadvies naar Hypotheken Operations; Backstage: Acceptatietoets vooraf ' +
        '(Acceptatie & Fraude, Hypotheekmotor); overdracht van Hypotheken Operations naar Acceptatie & Fraude',
    );
    expect(nameOf($$(el, '.cell--processes')[0])).to.equal('Processen bij Hypotheken vergelijken: geen');
  });
});

describe('<journey-map>: the actions lane', () => {
  it('shows chips (shape and word), title, owner, due date and a safe link', async () => {
    const el = await mount(mortgage, { lanes: 'actions' });
    const cells = $$(el, '.cell--actions');
    const documents = cells[4]!;
    expect([...documents.querySelectorAll('.chip')].map(text)).to.deep.equal(['klaar', 'in uitvoering', 'gepland']);
    // Each status has its own shape: done a full disc, in progress a half, planned a quarter.
    const shapes = [...documents.querySelectorAll('.chip')].map((c) =>
      c.querySelector('.chip-fill')!.getAttribute('d'),
    );
    expect(new Set(shapes).size).to.equal(3);
    expect([...documents.querySelectorAll('.action-title')].map(text)).to.deep.equal([
      'Statusoverzicht in de app',
      'Documenten in één keer uploaden, met voorbeeld per document',
      'Statusupdates per sms na elke stap in de aanvraag',
    ]);
    expect([...documents.querySelectorAll('.action-meta')].map(text)).to.deep.equal([
      'Squad Digitaal Aanvragen · uiterlijk 30 apr 2026',
      'Squad Digitaal Aanvragen · uiterlijk 30 sep 2026',
      'Klantcontact Wonen · uiterlijk 1 nov 2026',
    ]);
    const links = [...documents.querySelectorAll<HTMLAnchorElement>('a.action-link')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://jira.zilverbank.example/browse/WONEN-412',
      'https://jira.zilverbank.example/browse/WONEN-438',
    ]);
    for (const a of links) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.tabIndex, 'the grid is one tab stop').to.equal(-1);
    }
    // Every status of the fixture, in the cells' order: advice idea, offer dropped, documents ×3, …
    expect(texts(el, '.cell--actions .chip')).to.deep.equal([
      'idee',
      'vervallen',
      'klaar',
      'in uitvoering',
      'gepland',
      'klaar',
      'gepland',
      'gepland',
      'klaar',
    ]);
    expect(nameOf(cells[2])).to.equal(
      'Verbeteracties bij Adviesgesprek: idee: Adviesrapport binnen 24 uur (Hypotheekadvies)',
    );
  });

  it('writes the due date in the page’s language', async () => {
    const el = await mount(mortgage, { lanes: 'actions', lang: 'en' });
    const meta = [...$$(el, '.cell--actions')[4]!.querySelectorAll('.action-meta')].map(text);
    expect(meta[0]).to.equal('Squad Digitaal Aanvragen · due Apr 30, 2026');
    expect(texts(el, '.cell--actions .chip').slice(0, 3)).to.deep.equal(['idea', 'dropped', 'done']);
  });
});

describe('<journey-map>: blueprint lanes in lanes, narrow rows, table and summary', () => {
  it('shows both lanes by default after the others, and hides them when the journey has none', async () => {
    const el = await mount(mortgage);
    expect(laneNames(el).slice(-2)).to.deep.equal(['Processen', 'Verbeteracties']);
    const bare = clone() as unknown as Record<string, unknown>;
    delete bare.actions;
    for (const tp of bare.touchpoints as { processes?: unknown }[]) delete tp.processes;
    const plain = await mount(bare);
    expect(laneNames(plain)).to.not.include('Processen');
    expect(laneNames(plain)).to.not.include('Verbeteracties');
    // Asked for explicitly, an empty lane is still hidden (as every other lane).
    const asked = await mount(bare, { lanes: 'touchpoints processes actions' });
    expect(laneNames(asked)).to.deep.equal(['Contactmomenten']);
  });

  it('follows the lanes attribute’s order', async () => {
    const el = await mount(mortgage, { lanes: 'actions, touchpoints processes' });
    expect(laneNames(el)).to.deep.equal(['Verbeteracties', 'Contactmomenten', 'Processen']);
  });

  it('lists processes and actions in the narrow map’s rows', async () => {
    const el = await mount(mortgage, { width: 390 });
    const rows = $$(el, '.v-cell');
    expect(rows.length).to.be.greaterThan(4);
    const documents = rows.find((r) => r.querySelector('.tp-label')?.textContent === 'Documenten aanleveren')!;
    const titles = [...documents.querySelectorAll('.field-title')].map(text);
    expect(titles).to.include('Processen');
    expect(titles).to.include('Verbeteracties');
    expect([...documents.querySelectorAll('.v-layer-title')].map(text)).to.deep.equal([
      'Interactielijn · Frontstage',
      'Zichtbaarheidslijn · Backstage',
      'Lijn van interne interactie · Ondersteunende processen',
    ]);
    expect([...documents.querySelectorAll('.chip')].map(text)).to.deep.equal(['klaar', 'in uitvoering', 'gepland']);
    expect(documents.querySelectorAll('.handover')).to.have.length(2); // frontstage and support changed hands
  });

  it('gives the data table a processes and an actions column', async () => {
    const el = await mount(mortgage);
    await showTable(el);
    const headers = texts(el, '.data-table thead th');
    expect(headers.slice(-2)).to.deep.equal(['Processen', 'Verbeteracties']);
    const row = $$(el, '.data-table tbody tr')[3]!; // Offerte ontvangen
    const cells = [...row.querySelectorAll('td')];
    expect([...cells.at(-2)!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Backstage: Offerte opmaken (Hypotheken Operations, Hypotheekmotor, 1 dag); overdracht van Hypotheekadvies naar Hypotheken Operations',
      'Backstage: Acceptatietoets vooraf (Acceptatie & Fraude, Hypotheekmotor); overdracht van Hypotheken Operations naar Acceptatie & Fraude',
    ]);
    expect([...cells.at(-1)!.querySelectorAll('li')].map(text)).to.deep.equal([
      'vervallen: Offerte ook op papier (Hypotheken Operations)',
    ]);
  });

  it('counts processes, handovers and actions in the summary', async () => {
    const el = await mount(mortgage);
    const summary = text($$(el, '[part~="summary"]')[0]!);
    // 19 processes, 13 handovers; 6 actions: 1 idea, 1 planned, 1 in progress, 2 done, 1 dropped.
    expect(summary).to.contain('19 processen achter de contactmomenten, 13 overdrachten tussen eigenaren.');
    expect(summary).to.contain('6 verbeteracties: 1 idee, 1 gepland, 1 in uitvoering, 2 klaar, 1 vervallen.');
  });
});

describe('<journey-map>: compare mode shows expected next to measured effect', () => {
  /**
   * Before: the welcome touchpoint's NPS 50 promoters, 30 passives, 20 detractors = (50 − 20) / 100
   * = +30; documents' status calls 3,150 (the fixture's).
   * After: welcome 60 / 24 / 16 = (60 − 16) / 100 = +44, so measured +14; the welcome pack was
   * expected to bring NPS +10. Status calls 1,800: measured 1,800 − 3,150 = −1,350 against the
   * expected −1,500; status-call has no metric on either side: "no data", never 0.
   */
  function pair(): { before: Json; after: Json } {
    const before = clone();
    const after = clone();
    const at = (j: Json, id: string) => j.touchpoints.find((t) => t.id === id)! as Record<string, unknown>;
    at(before, 'welcome').nps = { promoters: 50, passives: 30, detractors: 20, period: '2026-Q1' };
    at(after, 'welcome').nps = { promoters: 60, passives: 24, detractors: 16, period: '2026-Q3' };
    (at(after, 'documents').metrics as { id: string; value: number }[]).find((m) => m.id === 'calls')!.value = 1800;
    (after.actions.find((a) => a.id === 'welkomstpakket')!.expect as { change: number }).change = 10;
    return { before, after };
  }

  it('in Dutch', async () => {
    const { before, after } = pair();
    const el = await mount(after, { lanes: 'touchpoints actions', base: before });
    const effects = texts(el, '.cell--actions .effect');
    expect(effects).to.deep.equal([
      'Statusoverzicht in de app — klaar 2026-05 · verwacht Telefoontjes over status −1.500, gemeten −1.350',
      'Statusoverzicht in de app — klaar 2026-05 · verwacht Telefoontjes over status −1.500, gemeten geen gegevens',
      'Welkomstpakket met checklist verhuizen — klaar 2026-03 · verwacht NPS +10, gemeten +14',
    ]);
    expect(texts(el, '.cell--actions .effects-title')).to.deep.equal([
      'Gemeten effect',
      'Gemeten effect',
      'Gemeten effect',
    ]);
    // Not done actions list no effect.
    expect(texts(el, '.effect').some((t) => t.startsWith('Statusupdates'))).to.equal(false);
  });

  it('in English, and in the table', async () => {
    const { before, after } = pair();
    const el = await mount(after, { lanes: 'actions', base: before, lang: 'en' });
    expect(texts(el, '.cell--actions .effect')).to.deep.equal([
      'Statusoverzicht in de app — done 2026-05 · expected Telefoontjes over status −1,500, measured −1,350',
      'Statusoverzicht in de app — done 2026-05 · expected Telefoontjes over status −1,500, measured no data',
      'Welkomstpakket met checklist verhuizen — done 2026-03 · expected NPS +10, measured +14',
    ]);
    await showTable(el);
    const table = text($$(el, '.data-table')[0]!);
    expect(table).to.contain('Welkomstpakket met checklist verhuizen — done 2026-03 · expected NPS +10, measured +14');
  });

  it('without a base journey shows no effect', async () => {
    const el = await mount(mortgage, { lanes: 'actions' });
    expect($$(el, '.effect')).to.have.length(0);
  });
});

describe('<journey-map>: the blueprint on the poster (SVG and PNG export)', () => {
  it('adds a row per layer with the owners and handovers, the lines between them and an actions row', async () => {
    const el = await mount(mortgage);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const byClass = (name: string) => [...doc.getElementsByClassName(name)].map((n) => n.textContent ?? '');
    const titles = byClass('row-title');
    for (const t of ['Frontstage', 'Backstage', 'Ondersteunende', 'processen', 'Verbeteracties'])
      expect(titles).to.include(t);
    // Three lines: above frontstage (solid), backstage (dashed), support (dotted).
    expect([...doc.getElementsByClassName('bp-line')].map((n) => n.getAttribute('class'))).to.deep.equal([
      'bp-line bp-line--frontstage',
      'bp-line bp-line--backstage',
      'bp-line bp-line--support',
    ]);
    const owners = byClass('bp-owner');
    // Column 2 ("Maximale hypotheek berekenen") opens each layer's chain: no handover mark.
    expect(owners).to.include('Squad Digitaal');
    // A layer row of a column with a handover starts with ⇄. Of the 13 handovers, offer's two
    // backstage ones share a row: frontstage 6 (advice, documents, status-call, valuation, sign,
    // service-call) + backstage 4 (offer, valuation, welcome, first-payment) + support 2 (advice,
    // documents) = 12.
    expect(owners.filter((t) => t.startsWith('⇄ '))).to.have.length(12);
    const actions = byClass('bp-action');
    expect(actions.filter((t) => /^(idee|gepland|in uitvoering|klaar|vervallen):/.test(t))).to.have.length(9);
    // Nothing of the blueprint is drawn below the footer.
    const footer = Number(doc.getElementsByClassName('footer')[0]!.getAttribute('y'));
    for (const n of doc.querySelectorAll('.bp-owner, .bp-action'))
      expect(Number(n.getAttribute('y'))).to.be.below(footer);
  });
});

describe('<touchpoint-card>: processes and actions', () => {
  async function card(touchpoint: string, journey: unknown = mortgage): Promise<TouchpointCard> {
    const el = await fixture<TouchpointCard>(html`<touchpoint-card style="width:420px"></touchpoint-card>`);
    el.setAttribute('touchpoint', touchpoint);
    el.journey = journey;
    await settle(el);
    return el;
  }

  it('lists the processes by layer with owner, system and duration', async () => {
    const el = await card('documents');
    const section = $$(el, '[part~="processes"]')[0]!;
    expect([...section.querySelectorAll('.bp-group-title')].map(text)).to.deep.equal([
      'Frontstage',
      'Backstage',
      'Ondersteunende processen',
    ]);
    expect([...section.querySelectorAll('.bp-item-meta')].map(text)).to.deep.equal([
      'Squad Digitaal Aanvragen · Mijn Hypotheek-app',
      'Acceptatie & Fraude · Dossierbeheer · 5 dagen',
      'IT Platform Wonen · DMS',
    ]);
    expect(text(section.querySelector('.section-title')!)).to.equal('Processen');
  });

  it('lists the actions with chip, owner, due date and a focusable safe link', async () => {
    const el = await card('documents');
    const section = $$(el, '[part~="improvement-actions"]')[0]!;
    expect([...section.querySelectorAll('.chip')].map(text)).to.deep.equal(['klaar', 'in uitvoering', 'gepland']);
    expect([...section.querySelectorAll('.bp-item-meta')].map(text)[2]).to.equal(
      'Klantcontact Wonen · uiterlijk 1 nov 2026',
    );
    const links = [...section.querySelectorAll<HTMLAnchorElement>('a.bp-link')];
    expect(links).to.have.length(2);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(links[0]!.tabIndex).to.equal(0);
  });

  it('shows neither section for a touchpoint without processes or actions', async () => {
    const el = await card('compare');
    expect($$(el, '[part~="processes"]')).to.have.length(0);
    expect($$(el, '[part~="improvement-actions"]')).to.have.length(0);
  });
});

describe('hostile strings in the blueprint stay text', () => {
  const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  it('in process and action fields, on the map, in the table and on the card', async () => {
    const journey = clone() as unknown as {
      owners: { name: string }[];
      actions: { title: string; note?: string }[];
      touchpoints: { id: string; processes?: { label: string; system?: string }[] }[];
    };
    journey.owners[0]!.name = HOSTILE;
    journey.actions[0]!.title = HOSTILE;
    const documents = journey.touchpoints.find((t) => t.id === 'documents')!;
    documents.processes![0]!.label = HOSTILE;
    documents.processes![0]!.system = HOSTILE;
    const el = await mount(journey);
    await showTable(el);
    await showTable(el); // and back to the map
    const c = await fixture<TouchpointCard>(html`<touchpoint-card touchpoint="documents"></touchpoint-card>`);
    c.journey = journey;
    await settle(c);
    for (const root of [el.shadowRoot!, c.shadowRoot!]) {
      expect(root.querySelectorAll('img, script:not([type])').length).to.equal(0);
      expect(root.textContent).to.contain('<img src=x');
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a javascript: backlog link is refused by the model with its path', async () => {
    const journey = clone();
    (journey.actions[0] as { href: string }).href = 'javascript:alert(1)';
    const el = await mount(journey);
    const panel = $$(el, '[part~="error"]')[0];
    expect(panel, 'error panel').to.not.equal(undefined);
    expect(text(panel!)).to.contain('actions[0].href');
    expect($$(el, 'a[href^="javascript"]')).to.have.length(0);
  });
});

describe('the blueprint lanes in every theme', function () {
  this.timeout(120_000);
  const personaColours = mortgage.personas.map((p) => toRgba(p.color)!);
  for (const theme of THEMES as readonly ThemeName[]) {
    it(`${theme}: axe passes and text ≥ 4.5:1, marks ≥ 3:1 on the processes and actions lanes and the card`, async () => {
      const map = await mountThemed('journey-map', 'mortgage', { theme });
      const cardMount = await mountThemed('touchpoint-card', null, { theme, journey: mortgage });
      try {
        map.el.setAttribute('lanes', 'processes actions');
        await settleThemed(map.el);
        expect($$(map.el, '.cell--processes .bp-process').length, 'processes drawn').to.be.greaterThan(4);
        expect($$(map.el, '.cell--actions .chip').length, 'chips drawn').to.be.greaterThan(2);
        cardMount.el.setAttribute('touchpoint', 'documents');
        await settleThemed(cardMount.el);
        expect($$(cardMount.el, '.chip')).to.have.length(3);
        for (const el of [map.el, cardMount.el]) {
          const t = textFailures(el);
          // The persona colours the journey sets itself are the author's (as in contrast.test.ts).
          const marks = markFailures(el, personaColours);
          const failures = [...t.failures, ...marks.failures];
          expect(failures.length, `${failures.length} contrast failures:\n${report(failures)}`).to.equal(0);
          await expect(el).to.be.accessible();
        }
      } finally {
        map.cleanup();
        cardMount.cleanup();
      }
    });
  }
});

describe('the health journey’s blueprint (English)', () => {
  it('renders its processes and actions', async () => {
    const el = await mount(health, { lanes: 'processes actions' });
    expect(laneNames(el)).to.deep.equal(['Processes', 'Improvement actions']);
    expect($$(el, '.cell--processes .bp-process').length).to.equal(
      health.touchpoints.reduce((n, t) => n + ((t as { processes?: unknown[] }).processes?.length ?? 0), 0),
    );
  });
});
