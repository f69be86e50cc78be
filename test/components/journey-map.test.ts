import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { removeFile, sendKeys, writeFile } from '@web/test-runner-commands';
import '../../src/components/journey-map/journey-map.js';
import { LANES, type JourneyMap, printStyleText } from '../../src/components/journey-map/journey-map.js';
import type {
  JourneyErrorEvent,
  JourneyLoadEvent,
  JourneyTouchpointSelectEvent,
} from '../../src/events/journey-events.js';
import { JourneyLayoutEvent } from '../../src/events/layout-event.js';
import { runChartBehaviourTests } from './chart-behaviour.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';

/** Lets the size controller measure, the map lay out and the embedded elements render. */
async function settle(el: JourneyMap): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await nextFrame();
  }
  const embedded = [
    ...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'emotion-curve, nps-overlay, touchpoint-card',
    ),
  ];
  await Promise.all(embedded.map((e) => e.updateComplete));
  await el.updateComplete;
}

async function mount(
  journey: unknown,
  options: { width?: number; attrs?: string; base?: unknown } = {},
): Promise<JourneyMap> {
  const el = await fixture<JourneyMap>(
    html`<journey-map style="display:block;width:${options.width ?? 1400}px"></journey-map>`,
  );
  if (options.attrs) for (const [k, v] of new URLSearchParams(options.attrs)) el.setAttribute(k, v);
  if (options.base !== undefined) el.base = options.base;
  el.journey = journey;
  await settle(el);
  return el;
}

const $$ = (el: JourneyMap, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const texts = (el: JourneyMap, selector: string) =>
  $$(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const laneNames = (el: JourneyMap) => texts(el, '[role="rowheader"] .lane-name');
/** A gridcell's accessible name: its visually hidden text (its visible content is aria-hidden). */
const nameOf = (cell: Element | null | undefined) =>
  cell?.querySelector(':scope > .journey-visually-hidden')?.textContent ?? null;

describe('<journey-map>: example journeys', () => {
  it('mortgage: every lane with the right counts', async () => {
    const el = await mount(mortgage);
    expect(laneNames(el)).to.deep.equal([
      'Contactmomenten',
      'Kanalen',
      'Emotie',
      'NPS',
      'Stromen',
      'Meetwaarden',
      'Pijnpunten',
      'Kansen',
      'Momenten van de waarheid',
      'Citaten',
      'Processen',
      'Verbeteracties',
    ]);
    expect($$(el, '.cell--touchpoints')).to.have.length(12);
    expect(texts(el, '.tp-label')).to.deep.equal(mortgage.touchpoints.map((t) => t.label));
    expect(texts(el, '.phase-name')).to.deep.equal(['Oriënteren', 'Afsluiten', 'Verhuizen', 'Gebruiken']);
    expect($$(el, '.metric--off')).to.have.length(3);
    expect(texts(el, '.metric--off .metric-label')).to.deep.equal([
      'Wachttijd tot gesprek',
      'Telefoontjes over status',
      'E-mails over status',
    ]);
    expect(texts(el, '.metric--off .off-norm')).to.deep.equal(['buiten de norm', 'buiten de norm', 'buiten de norm']);
    expect($$(el, '.metric--off .warning-icon')).to.have.length(3);
    expect($$(el, '.metric')).to.have.length(4);
    // Four touchpoints carry a moment of truth: advice, sign, welcome, service-call.
    expect($$(el, '.cell--moments-of-truth .moment').map((m) => m.className)).to.deep.equal([
      'moment moment--make-or-break',
      'moment moment--wow',
      'moment moment--wow',
      'moment moment--critical',
    ]);
    expect(texts(el, '.moment-kind')).to.deep.equal([
      'beslissend moment',
      'wow-moment',
      'wow-moment',
      'kritiek moment',
    ]);
    expect($$(el, '.notes--pain li')).to.have.length(3);
    expect($$(el, '.notes--opportunity li')).to.have.length(3);
    expect($$(el, '.quote')).to.have.length(1);
    expect(texts(el, '.quote figcaption')).to.deep.equal(['Starter']);
    expect($$(el, '.cell--channels .channel')).to.have.length(12);
    // Every consecutive pair changes channel; three hops have counted transitions.
    expect($$(el, '.hop')).to.have.length(11);
    expect(texts(el, '.hop-count')).to.deep.equal(['9.100 klanten', '2.300 klanten', '3.150 klanten']);
    expect(texts(el, '.hop-route')[4]).to.equal('app → telefoon');
    // Flows: three onward, one drop-off, one loop, counts as text.
    expect($$(el, '.flow').map((f) => f.getAttribute('class'))).to.deep.equal([
      'flow flow--next',
      'flow flow--next',
      'flow flow--drop-off',
      'flow flow--next',
      'flow flow--loop',
    ]);
    expect(texts(el, '.flow-count')).to.deep.equal(['9.100', '2.300', '6.800', '3.150', '2.900']);
    const curve = el.shadowRoot!.querySelector('emotion-curve')!;
    expect(curve.getAttribute('persona')).to.equal('all');
    // Hosted in the lane: the map's own header, phases and columns name everything, so the curve
    // draws only the plot (no title, phase bands or touchpoint labels of its own).
    expect(curve.mode).to.equal('hosted');
    expect(el.shadowRoot!.querySelector('nps-overlay')).to.exist;
  });

  it('health claim: the lanes that have data, in English', async () => {
    const el = await mount(health);
    expect(laneNames(el)).to.deep.equal([
      'Touchpoints',
      'Channels',
      'Emotion',
      'NPS',
      'Metrics',
      'Moments of truth',
      'Processes',
      'Improvement actions',
    ]);
    expect($$(el, '.cell--touchpoints')).to.have.length(6);
    expect(texts(el, '.phase-name')).to.deep.equal(['Before care', 'During care', 'After care']);
    expect(texts(el, '.metric--off .off-norm')).to.deep.equal(['off norm']);
    expect(texts(el, '.moment-kind')).to.deep.equal(['make-or-break moment']);
    expect($$(el, '.hop')).to.have.length(5);
    expect($$(el, '.hop-count')).to.have.length(0);
  });

  it('generic product: touchpoints and channels only', async () => {
    const el = await mount(generic);
    expect(laneNames(el)).to.deep.equal(['Contactmomenten', 'Kanalen']);
    expect($$(el, '.cell--touchpoints')).to.have.length(7);
    expect(texts(el, '.phase-name')).to.deep.equal(['Oriënteren', 'Afsluiten', 'Gebruiken']);
    expect(texts(el, '.hop-route')).to.deep.equal(['website → app', 'app → e-mail', 'e-mail → app']);
    expect(el.shadowRoot!.querySelector('emotion-curve')).to.equal(null);
  });

  it('header: title, goal, start → end, legend', async () => {
    const el = await mount(mortgage);
    expect(texts(el, '.title')).to.deep.equal([mortgage.title]);
    expect(texts(el, '.goal')).to.deep.equal([mortgage.goal]);
    expect(texts(el, '.route')).to.deep.equal([mortgage.start, mortgage.end]);
    expect(texts(el, '.facts .term')).to.deep.equal(['Doel', 'Start', '→ Einde']);
    const legend = texts(el, '.legend-item');
    expect(legend.slice(0, 2)).to.deep.equal(['Starter', 'Doorstromer']);
    expect(legend).to.include('frustratie');
    expect(legend).to.include('moment van de waarheid');
    expect(legend).to.include('buiten de norm');
    const dashes = $$(el, '.legend .legend-line path').map((p) => p.getAttribute('stroke-dasharray'));
    expect(dashes).to.deep.equal(['none', '7 4']);
  });

  it('a touchpoint’s accessible name says phase, position, channel, emotion, NPS and moment of truth', async () => {
    const el = await mount(mortgage);
    const cells = $$(el, '.cell--touchpoints');
    expect(nameOf(cells[4])).to.equal(
      'Documenten aanleveren, contactmoment 5 van 12, fase Afsluiten, kanaal app, ' +
        'emotie Starter: frustratie, −3 (negatief); Doorstromer: frustratie, −2,5 (negatief), NPS −39',
    );
    expect(nameOf(cells[2])).to.equal(
      'Adviesgesprek, contactmoment 3 van 12, fase Oriënteren, kanaal Hypotheekadviseur, ' +
        'emotie Starter: vertrouwen, +3 (positief); Doorstromer: vertrouwen, +2 (positief), NPS +46, beslissend moment',
    );
  });

  it('summary: phases, counts, lowest and highest point, peak-end per persona, worst NPS, off-norm metrics', async () => {
    const el = await mount(mortgage);
    const summary = el.shadowRoot!.querySelector('.summary p')!.textContent!;
    expect(summary).to.contain('Een huis kopen met een hypotheek: 4 fasen, 12 contactmomenten, 2 persona’s.');
    expect(summary).to.contain('Fasen: Oriënteren, Afsluiten, Verhuizen en Gebruiken.');
    expect(summary).to.contain('Laagste punt: Documenten aanleveren, Starter −3 (negatief).');
    expect(summary).to.contain('Hoogste punt: Tekenen bij de notaris, Starter +4 (zeer positief).');
    expect(summary).to.contain(
      'Starter onthoudt +2,5 (positief): piek +4 bij Tekenen bij de notaris, einde +1 bij Eerste maandlasten.',
    );
    expect(summary).to.contain(
      'Doorstromer onthoudt +2,5 (positief): piek +3 bij Tekenen bij de notaris, einde +2 bij Eerste maandlasten.',
    );
    expect(summary).to.contain('Laagste NPS: −39 bij Documenten aanleveren.');
    expect(summary).to.contain('3 meetwaarden buiten de norm:');
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(el.shadowRoot!.getElementById(figure.getAttribute('aria-describedby')!)!.textContent).to.equal(summary);
  });

  it('the summary attribute replaces the generated summary', async () => {
    const el = await mount(mortgage, { attrs: 'summary=Eigen samenvatting' });
    expect(el.shadowRoot!.querySelector('.summary p')!.textContent).to.equal('Eigen samenvatting');
  });
});

describe('<journey-map>: properties and attributes', () => {
  it('the persona switcher is a labelled select that sets the persona attribute and the embedded curve', async () => {
    const el = await mount(mortgage);
    const select = el.shadowRoot!.querySelector('select')!;
    const label = el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!;
    expect(label.textContent!.trim()).to.equal('Persona');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Alle persona’s', 'Starter', 'Doorstromer']);
    select.value = 'starter';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.persona).to.equal('starter');
    expect(el.getAttribute('persona')).to.equal('starter');
    expect(el.shadowRoot!.querySelector('emotion-curve')!.getAttribute('persona')).to.equal('starter');
    expect(el.shadowRoot!.querySelector('nps-overlay')!.getAttribute('persona')).to.equal('starter');
    // Starter has no NPS of its own, so the name has none either.
    expect(nameOf($$(el, '.cell--touchpoints')[4])).to.equal(
      'Documenten aanleveren, contactmoment 5 van 12, fase Afsluiten, kanaal app, emotie Starter: frustratie, −3 (negatief)',
    );
    expect(texts(el, '.legend-item').slice(0, 1)).to.deep.equal(['Starter']);
    el.setAttribute('persona', 'mover');
    await settle(el);
    expect(select.value).to.equal('mover');
    expect(el.shadowRoot!.querySelector('emotion-curve')!.getAttribute('persona')).to.equal('mover');
  });

  it('lanes chooses and orders the lanes; unknown names are ignored, empty lanes stay hidden', async () => {
    expect(LANES).to.deep.equal([
      'touchpoints',
      'channels',
      'emotion',
      'nps',
      'flows',
      'metrics',
      'pain-points',
      'opportunities',
      'moments-of-truth',
      'quotes',
      'processes',
      'actions',
    ]);
    const el = await mount(mortgage, { attrs: 'lanes=quotes, emotion touchpoints,bogus' });
    expect(laneNames(el)).to.deep.equal(['Citaten', 'Emotie', 'Contactmomenten']);
    el.lanes = 'flows quotes';
    await settle(el);
    expect(laneNames(el)).to.deep.equal(['Stromen', 'Citaten']);
    const plain = await mount(generic, { attrs: 'lanes=touchpoints emotion' });
    expect(laneNames(plain)).to.deep.equal(['Contactmomenten']);
  });

  it('lang overrides the journey’s locale', async () => {
    const el = await mount(mortgage, { attrs: 'lang=en' });
    expect(laneNames(el)[0]).to.equal('Touchpoints');
    expect(texts(el, '.hop-count')[0]).to.equal('9,100 customers');
    expect(el.shadowRoot!.querySelector('emotion-curve')!.getAttribute('lang')).to.equal('en');
  });

  it('no-toolbar hides the built-in buttons, not the toolbar slot', async () => {
    const el = await fixture<JourneyMap>(
      html`<journey-map style="display:block;width:1200px" .journey=${mortgage}><button slot="toolbar">Eigen</button></journey-map>`,
    );
    await settle(el);
    expect(texts(el, '.tool')).to.deep.equal(['SVG downloaden', 'PNG downloaden', 'Afdrukken', 'Datatabel']);
    el.noToolbar = true;
    await settle(el);
    expect(el.hasAttribute('no-toolbar')).to.equal(true);
    expect($$(el, '.tool')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('slot[name="toolbar"]')).to.exist;
  });

  it('the data-table view has the same numbers', async () => {
    const el = await mount(mortgage);
    $$(el, '.tool')[3]!.click();
    await settle(el);
    expect($$(el, '.tool')[3]!.getAttribute('aria-pressed')).to.equal('true');
    const rows = $$(el, '.data-table tbody tr');
    expect(rows).to.have.length(12);
    const cells = [...rows[4]!.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal([
      '5',
      'Afsluiten',
      'Documenten aanleveren',
      'app',
      'frustratie, −3 (negatief)',
      'frustratie, −2,5 (negatief)',
      '−39',
      '',
      'Telefoontjes over status: 3.150, norm ≤ 1.500, buiten de norm E-mails over status: 1.200, norm ≤ 1.000, buiten de norm',
      '2',
      '3.150 naar Bellen over de status (kanaalwissel: app → telefoon)',
      // The blueprint's columns (journey-map-blueprint.test.ts tests them in full).
      'Frontstage: Documenten uploaden (Squad Digitaal Aanvragen, Mijn Hypotheek-app); overdracht van Hypotheekadvies naar Squad Digitaal Aanvragen Backstage: Documenten beoordelen (Acceptatie & Fraude, Dossierbeheer, 5 dagen) Ondersteunende processen: Opslag en tekstherkenning (IT Platform Wonen, DMS); overdracht van Klantcontact Wonen naar IT Platform Wonen',
      'klaar: Statusoverzicht in de app (Squad Digitaal Aanvragen, uiterlijk 30 apr 2026) in uitvoering: Documenten in één keer uploaden, met voorbeeld per document (Squad Digitaal Aanvragen, uiterlijk 30 sep 2026) gepland: Statusupdates per sms na elke stap in de aanvraag (Klantcontact Wonen, uiterlijk 1 nov 2026)',
    ]);
    expect($$(el, '.grid')).to.have.length(0);
  });

  it('exposes the column layout and fires journey-layout when it changes', async () => {
    const el = await mount(mortgage, { width: 1400 });
    const layout = el.columnLayout!;
    expect(layout.columns.map((c) => c.touchpointId)).to.deep.equal(mortgage.touchpoints.map((t) => t.id));
    // 1400 − 184 (lane headers) − 2 (borders) = 1214 px for 12 columns: below the 176 px minimum.
    expect(layout.columnWidth).to.equal(176);
    expect(el.shadowRoot!.querySelector('emotion-curve')!.layout!.columns[3]!.x0).to.equal(3 * 176);
    setTimeout(() => (el.style.width = '2400px'));
    const event = (await oneEvent(el, JourneyLayoutEvent.eventType)) as unknown as JourneyLayoutEvent;
    expect(event).to.be.instanceOf(JourneyLayoutEvent);
    expect(event.bubbles).to.equal(false);
    // 2400 − 184 − 2 = 2214 px / 12 = 184.5 px.
    expect(event.layout.columnWidth).to.equal(184.5);
    expect(el.columnLayout).to.equal(event.layout);
  });
});

describe('<journey-map>: data table region, scroller and phase colours', () => {
  it('the data table scrolls in a named region that keyboard users reach with Tab and scroll with the arrows', async () => {
    // 560 px: the table's eleven columns are wider than the element, so its wrapper scrolls sideways.
    const el = await mount(mortgage, { width: 560 });
    const toggle = $$(el, '.tool')[3]!;
    toggle.click();
    await settle(el);
    const region = el.shadowRoot!.querySelector<HTMLElement>('[part="table"]')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    // Its name is the table's caption, found by id inside the same shadow root.
    const label = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
    expect(label?.localName).to.equal('caption');
    expect(label!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Datatabel: Een huis kopen met een hypotheek');
    // The next tab stop after the toggle (the legend holds none) is the region.
    toggle.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(region);
    expect(region.scrollWidth).to.be.above(region.clientWidth);
    expect(region.scrollLeft).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => region.scrollLeft > 0, 'ArrowRight scrolls the focused region');
    await expect(el).to.be.accessible();
  });

  it('scroller is the element that scrolls the columns, null in the vertical map and the table', async () => {
    const el = await mount(mortgage, { width: 1000 });
    const part = el.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    expect(el.scroller).to.equal(part);
    expect(part.scrollWidth).to.be.above(part.clientWidth);
    el.scroller!.scrollLeft = 300;
    expect(part.scrollLeft).to.equal(300);
    $$(el, '.tool')[3]!.click();
    await settle(el);
    expect(el.scroller).to.equal(null);
    $$(el, '.tool')[3]!.click();
    el.style.width = '390px';
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.vertical') !== null, 'vertical');
    expect(el.scroller).to.equal(null);
    const empty = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    expect(empty.scroller).to.equal(null);
  });

  it('the legend and the emotion lane key draw each persona as a line in SVG (colour and dash)', async () => {
    const el = await mount(mortgage);
    for (const selector of ['.legend-items .legend-line path', '.curve-key .legend-line path']) {
      const paths = $$(el, selector) as unknown as SVGPathElement[];
      expect(paths, selector).to.have.length(2);
      for (const path of paths) {
        expect(path).to.be.instanceOf(SVGPathElement);
        // "M2 6H26": a 24 px line.
        expect(path.getBBox().width, selector).to.equal(24);
      }
      expect(paths.map((p) => p.getAttribute('stroke-dasharray'))).to.deep.equal(['none', '7 4']);
    }
  });

  it('phases wear their own --journey-phase-N tokens, not the moment-of-truth or positive colours', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      style="--journey-phase-1: rgb(10, 20, 30); --journey-moment-of-truth: rgb(1, 2, 3); --journey-positive: rgb(4, 5, 6)"
    >
      <journey-map style="display:block;width:1400px;color-scheme:light" .journey=${mortgage}></journey-map>
    </div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    const phases = $$(el, '.phase');
    expect(phases.map((p) => [...p.classList].find((c) => c.startsWith('phase--')))).to.deep.equal([
      'phase--0',
      'phase--1',
      'phase--2',
      'phase--3',
    ]);
    const top = (i: number) => getComputedStyle(phases[i]!).borderTopColor;
    expect(top(0)).to.equal('rgb(10, 20, 30)');
    // The fallbacks: #8250df and #1a7f37 in the light scheme, whatever the semantic tokens say.
    expect(top(1)).to.equal('rgb(130, 80, 223)');
    expect(top(2)).to.equal('rgb(26, 127, 55)');
  });
});

describe('<journey-map>: header layout', () => {
  /** Elements of the header whose text must show whole: inside the header, nothing scrolled away. */
  const HEADER_TEXT =
    '.title, .facts .term, .goal, .route, .persona-switch label, select, .tool, .legend-title, .legend-item';

  for (const width of [320, 375, 900, 1024, 1440, 2560]) {
    it(`keeps the title readable and every header text inside at ${width} px`, async () => {
      const el = await mount(mortgage, { width });
      const header = el.shadowRoot!.querySelector('.header')!.getBoundingClientRect();
      const title = el.shadowRoot!.querySelector('.title')!.getBoundingClientRect();
      // The heading is at least 20rem (320 px) wide, or the whole header when that is narrower:
      // never the few pixels that set the title one letter per line.
      expect(title.width).to.be.at.least(Math.min(320, header.width) - 1);
      // "Een huis kopen met een hypotheek" takes two lines at most (24 px × 1.2 per line).
      expect(title.height).to.be.below(3 * 24 * 1.2);
      const goal = el.shadowRoot!.querySelector('.goal')!.getBoundingClientRect();
      expect(goal.width).to.be.at.least(Math.min(200, header.width - 80));
      for (const node of $$(el, HEADER_TEXT)) {
        const box = node.getBoundingClientRect();
        const what = `${node.className || node.localName} “${node.textContent!.trim().slice(0, 30)}” at ${width} px`;
        expect(box.left, `${what}: left`).to.be.at.least(header.left - 1);
        expect(box.right, `${what}: right`).to.be.at.most(header.right + 1);
        expect(node.scrollWidth, `${what}: overflow`).to.be.at.most(node.clientWidth + 1);
      }
      // The controls sit beside the title or under it, never over it.
      const controls = el.shadowRoot!.querySelector('.controls')!.getBoundingClientRect();
      const heading = el.shadowRoot!.querySelector('.heading')!.getBoundingClientRect();
      const apart = controls.left >= heading.right - 1 || controls.top >= heading.bottom - 1;
      expect(apart, `controls clear of the heading at ${width} px`).to.equal(true);
    });
  }

  for (const [name, journey] of [
    ['mortgage', mortgage],
    ['health claim', health],
  ] as const) {
    for (const width of [700, 1200]) {
      it(`fits every lane name of ${name} in its sticky header at ${width} px`, async () => {
        const el = await mount(journey, { width });
        const names = $$(el, '.lane-name, .corner');
        expect(names.length).to.be.above(5);
        for (const node of names) {
          // One line each (no word broken) and nothing cut off.
          expect(node.scrollWidth, node.textContent!).to.be.at.most(node.clientWidth + 1);
          if (/\s/.test(node.textContent!.trim())) continue;
          const text = document.createRange();
          text.selectNodeContents(node);
          expect(text.getBoundingClientRect().height, node.textContent!).to.be.below(24);
        }
      });
    }
  }

  it('the map area hugs a short journey instead of framing empty space', async () => {
    const el = await mount(health, { width: 2560 });
    const scroller = el.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
    const grid = el.shadowRoot!.querySelector('.grid')!.getBoundingClientRect();
    // 6 columns of at most 280 px after the 184 px lane headers, plus the 2 px border.
    expect(grid.width).to.equal(184 + 6 * 280);
    expect(scroller.width).to.equal(184 + 6 * 280 + 2);
  });
});

describe('<journey-map>: compare mode', () => {
  const label = (journey: typeof mortgage | typeof generic, id: string) =>
    journey.touchpoints.find((t) => t.id === id)!.label;

  it('marks exactly the added and removed touchpoints, with text badges', async () => {
    const el = await mount(mortgage, { base: generic, width: 1600 });
    const badge = (status: string) =>
      $$(el, `.cell--touchpoints`)
        .filter((c) => c.querySelector(`.badge--${status}`))
        .map((c) => c.querySelector('.tp-label')!.textContent);
    expect(badge('added')).to.deep.equal(
      ['advice', 'offer', 'status-call', 'valuation', 'moving', 'service-call', 'first-payment'].map((id) =>
        label(mortgage, id),
      ),
    );
    expect(badge('removed')).to.deep.equal(['apply-online', 'first-statement'].map((id) => label(generic, id)));
    expect(badge('changed')).to.deep.equal(
      ['compare', 'calculate', 'documents', 'sign', 'welcome'].map((id) => label(mortgage, id)),
    );
    expect([...new Set(texts(el, '.cell--touchpoints .badge'))]).to.have.members(['nieuw', 'vervallen', 'gewijzigd']);
    // Removed touchpoints stay, ghosted, after the base touchpoint they followed, but inside
    // their own phase: "Aanvraag indienen" (Afsluiten) followed "Maximale hypotheek berekenen"
    // (Oriënteren), where the journey now has "Adviesgesprek" (Oriënteren), so it opens Afsluiten.
    expect(texts(el, '.tp-label').slice(0, 5)).to.deep.equal([
      'Hypotheken vergelijken',
      'Maximale hypotheek berekenen',
      'Adviesgesprek',
      'Aanvraag indienen',
      'Offerte ontvangen',
    ]);
    expect($$(el, '.cell--touchpoints.removed').map((c) => c.dataset.col)).to.deep.equal(['3', '11']);
    expect(nameOf($$(el, '.cell--touchpoints')[3])).to.match(/, vervallen$/);
    // So every phase is one band, as without a base.
    expect(texts(el, '.phase-name')).to.deep.equal(['Oriënteren', 'Afsluiten', 'Verhuizen', 'Gebruiken']);
    expect(texts(el, '.compared')).to.deep.equal(['Vergeleken met ‘Generieke klantreis: product afsluiten’']);
    // The embedded curve keeps one column per display column (a bare stand-in where removed).
    const curve = el.shadowRoot!.querySelector('emotion-curve')!;
    expect(curve.layout!.columns).to.have.length(14);
  });

  it('in English: new, removed, changed', async () => {
    const el = await mount(mortgage, { base: generic, attrs: 'lang=en', width: 1600 });
    expect([...new Set(texts(el, '.cell--touchpoints .badge'))]).to.have.members(['new', 'removed', 'changed']);
  });

  it('shows emotion and NPS deltas of changed touchpoints', async () => {
    const before = structuredClone(mortgage);
    before.touchpoints[4]!.emotions = [
      { persona: 'starter', score: -1, label: 'frustration' },
      { persona: 'mover', score: -2.5, label: 'frustration' },
    ];
    before.touchpoints[4]!.nps = {
      promoters: 100,
      passives: 100,
      detractors: 100,
      period: '2026-Q3',
      target: 0,
      source: 'nps-survey',
    };
    const el = await mount(mortgage, { base: before, width: 1600 });
    const cell = $$(el, '.cell--touchpoints')[4]!;
    expect(cell.querySelector('.badge')!.textContent).to.equal('gewijzigd');
    expect([...cell.querySelectorAll('.deltas li')].map((li) => li.textContent)).to.deep.equal([
      'emotie Starter −2',
      'NPS −39',
    ]);
    expect($$(el, '.cell--touchpoints .badge--added')).to.have.length(0);
  });

  it('an invalid base journey shows its own error and fires journey-error', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map style="display:block;width:1200px"></journey-map>`);
    const errors: JourneyErrorEvent[] = [];
    el.addEventListener('journey-error', (e) => errors.push(e));
    el.journey = mortgage;
    el.base = { version: 2 };
    await settle(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('VALIDATION');
    expect(el.shadowRoot!.querySelector('.base-error [role="alert"]')).to.exist;
    expect($$(el, '.cell--touchpoints')).to.have.length(12);
    expect($$(el, '.badge')).to.have.length(0);
    el.base = generic;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.base-error')).to.equal(null);
    expect($$(el, '.cell--touchpoints .badge--removed')).to.have.length(2);
  });
});

describe('<journey-map>: input and events', () => {
  it('fires journey-load with the validated journey', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    setTimeout(() => (el.journey = mortgage));
    const event = (await oneEvent(el, 'journey-load')) as JourneyLoadEvent;
    expect(event.detail.journey.id).to.equal('mortgage-starter');
    expect(event.detail.origin).to.equal('property');
  });

  it('fires exactly one journey-load for its journey: the embedded elements’ own events stay inside', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map style="display:block;width:1400px"></journey-map>`);
    const seen: string[] = [];
    for (const type of ['journey-load', 'journey-error', 'journey-layout'])
      el.addEventListener(type, (e) => seen.push(e.type));
    // A page listening on the document, in the capture phase too, hears only the map.
    const captured: string[] = [];
    const capture = (e: Event) => captured.push(`${e.type} ${(e.target as Element).localName}`);
    for (const type of ['journey-load', 'journey-error']) document.addEventListener(type, capture, { capture: true });
    try {
      el.journey = mortgage;
      await settle(el);
      $$(el, '.cell--touchpoints')[1]!.click();
      await settle(el);
      expect(el.shadowRoot!.querySelector('touchpoint-card')).to.exist;
      expect(el.shadowRoot!.querySelector('emotion-curve')).to.exist;
      expect(seen).to.deep.equal(['journey-load', 'journey-layout']);
      expect(captured).to.deep.equal(['journey-load journey-map']);
    } finally {
      for (const type of ['journey-load', 'journey-error'])
        document.removeEventListener(type, capture, { capture: true });
    }
  });

  it('fetches src and base-src', async () => {
    // The test server answers `.map` files as application/json (`.json` it serves as modules).
    await writeFile({ path: 'tmp-served/map-mortgage.map', content: JSON.stringify(mortgage) });
    await writeFile({ path: 'tmp-served/map-generic.map', content: JSON.stringify(generic) });
    const el = await fixture<JourneyMap>(
      html`<journey-map
        style="display:block;width:1600px"
        src="/test/components/tmp-served/map-mortgage.map"
        base-src="/test/components/tmp-served/map-generic.map"
      ></journey-map>`,
    );
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('.cell--touchpoints .badge--removed').length === 2,
      'compare mode from src',
      {
        timeout: 5000,
      },
    );
    await settle(el);
    expect($$(el, '.cell--touchpoints')).to.have.length(14);
    expect($$(el, '.cell--touchpoints .badge--added')).to.have.length(7);
    await removeFile({ path: 'tmp-served/map-mortgage.map' });
    await removeFile({ path: 'tmp-served/map-generic.map' });
  });

  it('reads an inline JSON child', async () => {
    const el = await fixture<JourneyMap>(
      html`<journey-map style="display:block;width:1200px"><script type="application/json">${JSON.stringify(generic)}</script></journey-map>`,
    );
    await settle(el);
    expect($$(el, '.cell--touchpoints')).to.have.length(7);
  });

  it('draws an inline JSON child in its first update (the source is synced in willUpdate)', async () => {
    const el = document.createElement('journey-map') as JourneyMap;
    el.style.cssText = 'display:block;width:1200px';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(generic);
    el.append(script);
    const drawn: number[] = [];
    const updated = (el as unknown as { updated: () => void }).updated;
    (el as unknown as { updated: () => void }).updated = function (this: JourneyMap) {
      drawn.push(this.shadowRoot!.querySelectorAll('.cell--touchpoints').length);
      updated.call(this);
    };
    const layouts: unknown[] = [];
    el.addEventListener(JourneyLayoutEvent.eventType, (e) => layouts.push((e as JourneyLayoutEvent).detail.layout));
    await fixture(el);
    await settle(el);
    expect(drawn[0]).to.equal(7);
    // The layout is announced once for the first width, from that first update.
    expect(layouts.length).to.be.at.least(1);
    expect(layouts[0]).to.equal(el.columnLayout);
  });

  it('loads base-src again after being moved in the page while it was fetching', async () => {
    await writeFile({ path: 'tmp-served/map-base-moved.map', content: JSON.stringify(generic) });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('journey-map') as JourneyMap;
    el.style.cssText = 'display:block;width:1600px';
    el.setAttribute('base-src', '/test/components/tmp-served/map-base-moved.map');
    el.journey = mortgage;
    host.append(el);
    await el.updateComplete;
    // Moving it disconnects it, which aborts the fetch in flight; connecting again must restart it.
    other.append(el);
    try {
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('.cell--touchpoints .badge--removed').length === 2,
        'base loaded after the move',
        {
          timeout: 4000,
        },
      );
    } finally {
      await removeFile({ path: 'tmp-served/map-base-moved.map' });
    }
    await settle(el);
    expect($$(el, '.cell--touchpoints')).to.have.length(14);
  });

  it('invalid input: an error panel and one journey-error, never a blank area; a later valid journey clears it', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    const errors: JourneyErrorEvent[] = [];
    el.addEventListener('journey-error', (e) => errors.push(e));
    el.journey = { ...mortgage, touchpoints: [{ id: 'x', phase: 'nowhere', label: 'X' }] };
    await settle(el);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('VALIDATION');
    const panel = el.shadowRoot!.querySelector('[role="alert"][part="error"]')!;
    expect(panel.textContent).to.contain('touchpoints[0].phase');
    el.journey = generic;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect($$(el, '.cell--touchpoints')).to.have.length(7);
  });

  it('snapshots the journey: mutating the object later changes nothing', async () => {
    const data = structuredClone(generic);
    const el = await mount(data);
    data.touchpoints[0]!.label = 'Gewijzigd';
    el.requestUpdate();
    await settle(el);
    expect(texts(el, '.tp-label')[0]).to.equal('Producten vergelijken');
  });

  it('clicking a touchpoint opens the detail panel with the full card and fires journey-touchpoint-select', async () => {
    const el = await mount(mortgage, { attrs: 'persona=starter' });
    setTimeout(() => $$(el, '.cell--touchpoints')[2]!.click());
    const event = (await oneEvent(el, 'journey-touchpoint-select')) as JourneyTouchpointSelectEvent;
    expect(event.detail).to.deep.equal({ touchpointId: 'advice', persona: 'starter' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(el);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const card = dialog.querySelector('touchpoint-card')!;
    expect(card.getAttribute('touchpoint')).to.equal('advice');
    expect(card.hasAttribute('compact')).to.equal(false);
    expect(card.getAttribute('persona')).to.equal('starter');
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.cell--touchpoints')[2]);
  });
});

describe('<journey-map>: keyboard', () => {
  const active = (el: JourneyMap) => {
    const cell = el.shadowRoot!.activeElement as HTMLElement | null;
    return cell ? { col: Number(cell.dataset.col), lane: Number(cell.dataset.lane) } : null;
  };

  it('walks end to end: Tab in, arrows, Home/End, PageUp/PageDown, Enter opens, Escape returns, Tab leaves', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <journey-map no-toolbar style="display:block;width:1400px" .journey=${mortgage}></journey-map>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // the persona switcher
    expect(el.shadowRoot!.activeElement!.localName).to.equal('select');
    await sendKeys({ press: 'Tab' }); // the grid: one tab stop
    expect(active(el)).to.deep.equal({ col: 0, lane: 0 });
    expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle(el);
      return active(el);
    };
    expect(await press('ArrowRight')).to.deep.equal({ col: 1, lane: 0 });
    expect(await press('ArrowRight')).to.deep.equal({ col: 2, lane: 0 });
    expect(await press('ArrowDown')).to.deep.equal({ col: 2, lane: 1 });
    expect(await press('ArrowDown')).to.deep.equal({ col: 2, lane: 2 });
    expect(nameOf(el.shadowRoot!.activeElement)).to.equal(
      'Emotie bij Adviesgesprek: Starter: vertrouwen, +3 (positief); Doorstromer: vertrouwen, +2 (positief)',
    );
    expect(await press('End')).to.deep.equal({ col: 11, lane: 2 });
    expect(await press('Home')).to.deep.equal({ col: 0, lane: 2 });
    expect(await press('ArrowUp')).to.deep.equal({ col: 0, lane: 1 });
    expect(await press('ArrowUp')).to.deep.equal({ col: 0, lane: 0 });
    expect(await press('ArrowUp')).to.deep.equal({ col: 0, lane: 0 });
    expect(await press('PageDown')).to.deep.equal({ col: 3, lane: 0 });
    expect(await press('PageDown')).to.deep.equal({ col: 8, lane: 0 });
    expect(await press('PageDown')).to.deep.equal({ col: 10, lane: 0 });
    expect(await press('PageUp')).to.deep.equal({ col: 8, lane: 0 });
    expect(await press('PageUp')).to.deep.equal({ col: 3, lane: 0 });
    expect(await press('ArrowLeft')).to.deep.equal({ col: 2, lane: 0 });

    const selected: JourneyTouchpointSelectEvent[] = [];
    el.addEventListener('journey-touchpoint-select', (e) => selected.push(e));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(selected.map((e) => e.detail.touchpointId)).to.deep.equal(['advice']);
    expect(dialog.querySelector('touchpoint-card')!.getAttribute('touchpoint')).to.equal('advice');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(active(el)).to.deep.equal({ col: 2, lane: 0 });

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('keeps the focused column rendered and scrolled into view', async () => {
    const el = await mount(mortgage, { width: 700 });
    $$(el, '.cell--touchpoints')[0]!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    await aTimeout(50);
    await settle(el);
    const cell = el.shadowRoot!.activeElement as HTMLElement;
    expect(cell.dataset.col).to.equal('11');
    const scroller = el.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    expect(box.right).to.be.at.most(scroller.right + 1);
    expect(box.left).to.be.at.least(scroller.left + 168 - 1);
  });
});

describe('<journey-map>: keyboard and sticky headers', () => {
  const active = (el: JourneyMap) => {
    const cell = el.shadowRoot!.activeElement as HTMLElement | null;
    return cell ? { col: Number(cell.dataset.col), lane: Number(cell.dataset.lane) } : null;
  };

  it('tabs persona select → toolbar buttons → the grid (one stop) → out', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <journey-map style="display:block;width:1200px" .journey=${health}></journey-map>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      const inside = el.shadowRoot!.activeElement as HTMLElement | null;
      stops.push(
        document.activeElement === el && inside
          ? inside.localName === 'select'
            ? 'select'
            : inside.getAttribute('role') === 'gridcell'
              ? `cell ${inside.dataset.col},${inside.dataset.lane}`
              : inside.textContent!.trim()
          : (document.activeElement as HTMLElement).id,
      );
    }
    expect(stops).to.deep.equal([
      'select',
      'Download PowerPoint',
      'Download SVG',
      'Download PNG',
      'Print',
      'Data table',
      'cell 0,0',
      'after',
    ]);
  });

  it('keeps the focused cell in view and clear of the sticky phase row and lane headers, at 700 px', async () => {
    const el = await mount(mortgage, { width: 700 });
    el.style.setProperty('--journey-map-max-height', '280px');
    await settle(el);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight + 500);
    $$(el, '.cell--touchpoints')[0]!.focus();
    const check = async (key: string, expected: { col: number; lane: number }) => {
      await sendKeys({ press: key });
      await settle(el);
      await nextFrame();
      expect(active(el), key).to.deep.equal(expected);
      const cell = el.shadowRoot!.activeElement!.getBoundingClientRect();
      const phaseRow = el.shadowRoot!.querySelector('.phase-row')!.getBoundingClientRect();
      const laneHeader = el.shadowRoot!.querySelector('.corner')!.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const where = `${key} → ${expected.col},${expected.lane}`;
      // Below the sticky phase row and right of the sticky lane headers…
      expect(cell.top, `${where}: top`).to.be.at.least(phaseRow.bottom - 1);
      expect(cell.left, `${where}: left`).to.be.at.least(laneHeader.right - 1);
      // …and inside the scroller's visible area (its scrollbars excluded); a cell taller than the
      // room under the phase row starts right below it.
      const bottom = view.top + scroller.clientTop + scroller.clientHeight;
      if (cell.height > bottom - phaseRow.bottom)
        expect(cell.top, `${where}: tall cell starts under the row`).to.be.at.most(phaseRow.bottom + 1);
      else expect(cell.bottom, `${where}: bottom`).to.be.at.most(bottom + 1);
      expect(cell.right, `${where}: right`).to.be.at.most(view.left + scroller.clientLeft + scroller.clientWidth + 1);
    };
    for (let lane = 1; lane <= 9; lane += 1) await check('ArrowDown', { col: 0, lane });
    await check('End', { col: 11, lane: 9 });
    for (let lane = 8; lane >= 0; lane -= 1) await check('ArrowUp', { col: 11, lane });
    await check('PageUp', { col: 10, lane: 0 });
    await check('PageUp', { col: 8, lane: 0 });
    await check('Home', { col: 0, lane: 0 });
    await check('PageDown', { col: 3, lane: 0 });
    await check('ArrowDown', { col: 3, lane: 1 });
    await check('ArrowRight', { col: 4, lane: 1 });
    await check('ArrowLeft', { col: 3, lane: 1 });
    // Tabbing back into the grid scrolled down: the browser's own focus scroll also clears the row.
    const cell = el.shadowRoot!.activeElement as HTMLElement;
    cell.blur();
    scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
    cell.focus();
    await nextFrame();
    const phaseRow = el.shadowRoot!.querySelector('.phase-row')!.getBoundingClientRect();
    expect(cell.getBoundingClientRect().top).to.be.at.least(phaseRow.bottom - 1);
  });
});

describe('<journey-map>: responsive', () => {
  it('turns vertical below 600 px: touchpoints as rows with every lane as a field', async () => {
    const el = await mount(mortgage, { width: 375 });
    expect($$(el, '.grid')).to.have.length(0);
    expect(el.columnLayout).to.equal(undefined);
    const rows = $$(el, '.vertical [role="row"]');
    expect(rows).to.have.length(12);
    expect(texts(el, '.v-head .tp-label')).to.deep.equal(mortgage.touchpoints.map((t) => t.label));
    expect($$(el, '.v-phase')).to.have.length(4);
    expect($$(el, '.metric--off')).to.have.length(3);
    expect($$(el, '.notes--pain li')).to.have.length(3);
    expect($$(el, '.quote')).to.have.length(1);
    expect($$(el, '.v-cell .moment-kind')).to.have.length(4);
    expect(texts(el, '.v-nps')).to.deep.equal(['+16', '+46', '−39', '+64', '+33']);
    // What the grid's NPS lane shows under a score is not lost: sample, change (the word carries
    // the direction, as in the card and the overlay), norm.
    const advice = texts(el, '.v-nps-facts').find((t) => t.includes('n = 320'));
    expect(advice).to.contain('gestegen met 14 sinds 2026-Q2');
    expect(advice).to.contain('norm +40');
    expect($$(el, '.v-cell[tabindex="0"]')).to.have.length(1);
    $$(el, '.v-cell')[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.col).to.equal('1');
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.col).to.equal('3');
    el.style.width = '1200px';
    await settle(el);
    expect($$(el, '.grid')).to.have.length(1);
  });
});

describe('<journey-map>: print', () => {
  it('exports page print styles with the A3 landscape @page rule', () => {
    expect(printStyleText).to.contain('@page');
    expect(printStyleText).to.contain('size: A3 landscape');
  });

  it('lays every column out for the sheet while printing', async () => {
    const many = structuredClone(generic);
    many.touchpoints = Array.from({ length: 40 }, (_, i) => ({
      id: `t${i}`,
      phase: 'orient',
      label: `Stap ${i + 1}`,
      channel: 'web',
    }));
    const el = await mount(many, { width: 800 });
    expect($$(el, '.cell--touchpoints').length).to.be.below(40);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect($$(el, '.cell--touchpoints')).to.have.length(40);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect($$(el, '.cell--touchpoints').length).to.be.below(40);
  });
});

describe('<journey-map>: strict CSP', () => {
  it('never writes a style attribute (style-src without unsafe-inline): inline styles go through the CSSOM', async () => {
    const written: string[] = [];
    const original = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (
        name.toLowerCase() === 'style' &&
        this.getRootNode() instanceof ShadowRoot &&
        (this.getRootNode() as ShadowRoot).host.localName === 'journey-map'
      ) {
        written.push(`<${this.localName} class="${this.getAttribute('class')}">`);
      }
      return original.call(this, name, value);
    };
    try {
      const el = await mount(mortgage, { base: generic });
      el.persona = 'starter';
      await settle(el);
      $$(el, '.cell--touchpoints')[3]!.click();
      await settle(el);
      const inline = $$(el, '.cell[style]');
      expect(inline.length).to.be.above(10);
      expect(inline[0]!.style.getPropertyValue('grid-column')).to.equal('2');
    } finally {
      Element.prototype.setAttribute = original;
    }
    expect(written).to.deep.equal([]);
  });
});

describe('<journey-map>: strict CSP in a real page', () => {
  it("renders under style-src 'self' with no securitypolicyviolation: map, compare, detail, table, vertical", async function () {
    this.timeout(30_000);
    // A page of its own whose policy has no 'unsafe-inline' for styles: any style attribute
    // written by markup (a template's static style="…", styleMap's first render, innerHTML) is
    // blocked there and reported as a securitypolicyviolation; CSSOM setProperty is allowed.
    const policy =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:";
    const frame = document.createElement('iframe');
    frame.title = 'CSP test page';
    frame.style.setProperty('width', '1440px');
    frame.style.setProperty('height', '900px');
    frame.srcdoc =
      `<!doctype html><html lang="nl"><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
      `<script type="module" src="/src/define.ts"></script></head><body></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentWindow?.customElements?.get('journey-map') !== undefined,
        'elements defined in the CSP page',
        {
          timeout: 15_000,
        },
      );
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener(
        'securitypolicyviolation',
        (e) => violations.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`),
        true,
      );

      const el = doc.createElement('journey-map') as JourneyMap;
      el.style.setProperty('display', 'block');
      // JSON text: the journey crosses into the frame's realm as a string and is parsed there.
      el.base = JSON.stringify(generic);
      el.journey = JSON.stringify(mortgage);
      doc.body.append(el);
      const root = () => el.shadowRoot!;
      await waitUntil(() => root()?.querySelectorAll('.cell--touchpoints').length === 14, 'compare map drawn', {
        timeout: 5000,
      });
      await waitUntil(
        () => root().querySelector('emotion-curve')?.shadowRoot?.querySelector('svg') != null,
        'curve drawn',
      );
      // The inline styles did arrive, through the CSSOM: each phase band starts at its first
      // column's grid line (compare order: Oriënteren 0–2, Afsluiten 3–8, Verhuizen 9–10,
      // Gebruiken 11–13; column c is grid line c + 2 after the lane headers).
      const phases = [...root().querySelectorAll<HTMLElement>('.phase')];
      expect(phases.map((p) => win.getComputedStyle(p).gridColumnStart)).to.deep.equal(['2', '5', '11', '13']);
      expect(phases.map((p) => win.getComputedStyle(p).gridColumnEnd)).to.deep.equal(['5', '11', '13', '16']);
      el.persona = 'starter';
      await el.updateComplete;
      root().querySelectorAll<HTMLElement>('.cell--touchpoints')[3]!.click();
      await waitUntil(
        () =>
          root().querySelector('dialog')?.open &&
          root().querySelector('touchpoint-card')?.shadowRoot?.querySelector('[part~="card"]'),
        'detail open',
      );
      root().querySelector<HTMLButtonElement>('dialog .close')!.click();
      root().querySelectorAll<HTMLButtonElement>('.tool')[3]!.click();
      await waitUntil(() => root().querySelector('.data-table') !== null, 'table view');
      root().querySelectorAll<HTMLButtonElement>('.tool')[3]!.click();
      frame.style.setProperty('width', '375px');
      await waitUntil(() => root().querySelector('.vertical') !== null, 'vertical layout', { timeout: 5000 });
      const card = doc.createElement('touchpoint-card');
      card.setAttribute('touchpoint', 'documents');
      (card as unknown as { journey: unknown }).journey = JSON.stringify(mortgage);
      doc.body.append(card);
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="card"]') != null, 'card drawn');
      await new Promise((r) => setTimeout(r, 100));
      expect(violations, 'violations while rendering').to.deep.equal([]);

      // The controls: a style attribute from markup (cloned from a template, as Lit renders) and
      // one set directly are both reported here, so an empty list above means none was written.
      const template = doc.createElement('template');
      template.innerHTML = '<p style="color: red">from markup</p>';
      doc.body.append(doc.importNode(template.content, true));
      doc.body.lastElementChild!.setAttribute('style', 'color: blue');
      await waitUntil(() => violations.length === 2, `both controls reported (${violations.join(' | ')})`);
      expect(violations.every((v) => v.startsWith('style-src-attr'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('<journey-map>: accessibility', () => {
  it('is accessible: default', async () => {
    const el = await mount(mortgage);
    await expect(el).to.be.accessible();
  });

  it('is accessible: compare mode', async () => {
    const el = await mount(mortgage, { base: generic });
    await expect(el).to.be.accessible();
  });

  it('is accessible: vertical', async () => {
    const el = await mount(mortgage, { width: 375 });
    await expect(el).to.be.accessible();
  });

  it('is accessible: error', async () => {
    const el = await mount({ version: 1 });
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible: detail panel open', async () => {
    const el = await mount(health);
    $$(el, '.cell--touchpoints')[3]!.click();
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    await expect(el).to.be.accessible();
  });
});

runChartBehaviourTests({
  tag: 'journey-map',
  tabStop: (el) => el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], .phase[tabindex="0"]'),
  activeIndex: (el) => {
    const cell = el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
    return cell ? Number(cell.dataset.col) : null;
  },
  // A hostile `lanes` (not a string) that throws when read: the map must survive its page.
  breakDerivation: (el) => {
    (el as JourneyMap).lanes = {
      trim() {
        throw new Error('hostile lanes');
      },
    } as unknown as string;
  },
  repair: (el) => ((el as JourneyMap).lanes = undefined),
});
