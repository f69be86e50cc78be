import { expect } from '@open-wc/testing';
import { dips } from '../../src/analytics/trends.js';
import '../../src/components/emotion-curve/emotion-curve.js';
import type { EmotionCurve } from '../../src/components/emotion-curve/emotion-curve.component.js';
import { JourneyDipEvent } from '../../src/events/dip-event.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/types.js';
import { dipKey } from '../../src/shared/controllers/dip-watch.js';
import { fakeIntersectionObserver, serveJson, sleep, unserveJson, until } from './helpers.js';

let served = 0;
let name = 'live-dips-0';
const INTERVAL = 0.2;

/**
 * A monitored journey: two touchpoints, the starter's NPS and emotion per quarter. Before any
 * refresh no change is a dip: at "advice" the NPS goes from (100 − 40)/200 = +30 to
 * (105 − 40)/200 = +32.5; at "compare" the emotion goes from 1.0 to 1.1 (n 80 and 90, sd 1.5).
 */
function monitored(): Record<string, any> {
  return {
    version: 1,
    id: 'monitor',
    title: 'Monitored mortgage',
    locale: 'en-GB',
    personas: [
      { id: 'starter', name: 'First-time buyer' },
      { id: 'mover', name: 'Moving home' },
    ],
    phases: [{ id: 'orient', label: 'Orientation' }],
    touchpoints: [
      {
        id: 'compare',
        phase: 'orient',
        label: 'Compare mortgages',
        emotions: [
          { persona: 'starter', period: '2026-Q1', score: 1, n: 80, sd: 1.5 },
          { persona: 'starter', period: '2026-Q2', score: 1.1, n: 90, sd: 1.5 },
        ],
      },
      {
        id: 'advice',
        phase: 'orient',
        label: 'Advice meeting',
        emotions: [{ persona: 'starter', score: 1 }],
        nps: [
          { persona: 'starter', period: '2026-Q1', promoters: 100, passives: 60, detractors: 40 },
          { persona: 'starter', period: '2026-Q2', promoters: 105, passives: 55, detractors: 40 },
        ],
      },
    ],
  };
}

/**
 * The advice NPS of the starter falls in 2026-Q3 to (50 − 90)/200 = −20: a fall of 52.5 points on
 * 200 answers each side, far beyond two standard errors (about 2 × 9 points): a real dip.
 */
function withNpsDip(): Record<string, any> {
  const journey = monitored();
  journey.touchpoints[1].nps.push({
    persona: 'starter',
    period: '2026-Q3',
    promoters: 50,
    passives: 60,
    detractors: 90,
  });
  return journey;
}

/**
 * And the starter's emotion at "compare" falls in 2026-Q3 from 1.1 to −0.5 (n 90 each, sd 1.5):
 * Welch's t = 1.6 / √(2 × 1.5² / 90) = 1.6 / 0.2236 = 7.2, p ≪ 0.05.
 */
function withBothDips(): Record<string, any> {
  const journey = withNpsDip();
  journey.touchpoints[0].emotions.push({ persona: 'starter', period: '2026-Q3', score: -0.5, n: 90, sd: 1.5 });
  return journey;
}

const parsed = (value: unknown): Journey => {
  const result = parseJourney(value);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return result.journey;
};

describe('live dips (journey-dip)', () => {
  let curve: EmotionCurve | undefined;
  let intersection: ReturnType<typeof fakeIntersectionObserver>;
  let events: JourneyDipEvent[];
  const record = (event: Event) => events.push(event as JourneyDipEvent);

  beforeEach(() => {
    intersection = fakeIntersectionObserver();
    events = [];
    document.addEventListener('journey-dip', record);
  });

  afterEach(async () => {
    document.removeEventListener('journey-dip', record);
    const servedHere = curve !== undefined;
    curve?.remove();
    curve = undefined;
    intersection.restore();
    // Let a request cancelled on this side finish on the server before its file goes.
    await sleep(100);
    if (servedHere) await unserveJson(name);
  });

  async function live(first: unknown): Promise<{ curve: EmotionCurve; loads: () => number }> {
    // A file of its own per test: the dev server's cache never hands one test another's data.
    served += 1;
    name = `live-dips-${served}`;
    const url = await serveJson(name, first);
    let loads = 0;
    const element = document.createElement('emotion-curve');
    element.addEventListener('journey-load', () => (loads += 1));
    element.src = url;
    element.refresh = INTERVAL;
    document.body.append(element);
    curve = element;
    await until(() => loads === 1, 'the first load');
    return { curve: element, loads: () => loads };
  }

  const region = (element: EmotionCurve) => element.shadowRoot!.querySelector('.journey-announcer')!;

  it('checks its fixtures: no dip before, one after the first change, two after the second', () => {
    expect(dips(parsed(monitored()))).to.have.length(0);
    const first = dips(parsed(withNpsDip()));
    // The starter's answers are the only ones, so all customers dip with them.
    expect(first.map((d) => [d.touchpointId, d.persona, d.measure, d.to])).to.deep.equal([
      ['advice', 'starter', 'nps', '2026-Q3'],
      ['advice', null, 'nps', '2026-Q3'],
    ]);
    expect(dips(parsed(withBothDips())).map(dipKey)).to.have.members([
      dipKey(first[0]!),
      dipKey(first[1]!),
      dipKey({ touchpointId: 'compare', persona: 'starter', measure: 'emotion', to: '2026-Q3' }),
      dipKey({ touchpointId: 'compare', persona: null, measure: 'emotion', to: '2026-Q3' }),
    ]);
  });

  it('fires nothing on the first load, even of data that already dips', async () => {
    const { loads } = await live(withNpsDip());
    await until(() => loads() >= 1, 'load');
    await sleep(INTERVAL * 1000 * 3);
    expect(events).to.have.length(0);
  });

  it('fires one event per refresh with new dips, each new dip once; a repeated dip fires nothing', async () => {
    const { curve: element, loads } = await live(monitored());
    expect(events).to.have.length(0);

    await serveJson(name, withNpsDip());
    await until(() => loads() === 2, 'the refresh with the NPS dip');
    await element.updateComplete;
    expect(events).to.have.length(1);
    const [first] = events;
    expect(first).to.be.instanceOf(JourneyDipEvent);
    expect(first!.bubbles && first!.composed).to.equal(true);
    expect(
      first!.detail.dips.map((d) => [d.touchpointId, d.persona, d.measure, d.from, d.to, d.before, d.after]),
    ).to.deep.equal([
      // (105 − 40)/200 = +32.5 → 33 rounded; (50 − 90)/200 = −20.
      ['advice', 'starter', 'nps', '2026-Q2', '2026-Q3', 33, -20],
      ['advice', null, 'nps', '2026-Q2', '2026-Q3', 33, -20],
    ]);
    expect(Object.isFrozen(first!.detail.dips)).to.equal(true);
    // Said once in the live region, in the curve's language, naming the touchpoint and persona.
    expect(region(element).textContent).to.equal(
      'Journey “Monitored mortgage” updated: 2 significant dips: ' +
        'Advice meeting, First-time buyer: NPS +33 → −20 (2026-Q2 → 2026-Q3); ' +
        'Advice meeting, all customers: NPS +33 → −20 (2026-Q2 → 2026-Q3)',
    );

    // The same dip again (the body changed: a new title) fires nothing.
    const repeated = withNpsDip();
    repeated.title = 'Monitored mortgage, Q3';
    await serveJson(name, repeated);
    await until(() => loads() === 3, 'the refresh repeating the dip');
    await element.updateComplete;
    expect(events).to.have.length(1);
    expect(region(element).textContent).to.match(/^Journey “Monitored mortgage, Q3” updated at /);

    // A second dip comes: one event with only the new one.
    await serveJson(name, withBothDips());
    await until(() => loads() === 4, 'the refresh with the emotion dip');
    await element.updateComplete;
    expect(events).to.have.length(2);
    expect(events[1]!.detail.dips.map((d) => [d.touchpointId, d.persona, d.measure, d.to])).to.deep.equal([
      ['compare', 'starter', 'emotion', '2026-Q3'],
      ['compare', null, 'emotion', '2026-Q3'],
    ]);
    // No further event while nothing changes.
    await sleep(INTERVAL * 1000 * 3);
    expect(events).to.have.length(2);
  });

  it('marks the dipped touchpoints in the curve while the dip lasts', async () => {
    const { curve: element, loads } = await live(monitored());
    expect(element.shadowRoot!.querySelectorAll('.chart .dip-mark')).to.have.length(0);
    await serveJson(name, withNpsDip());
    await until(() => loads() === 2, 'the refresh with the dip');
    await element.updateComplete;
    const marks = [...element.shadowRoot!.querySelectorAll('.chart .dip-mark')];
    expect(marks.map((m) => m.getAttribute('data-index'))).to.deep.equal(['1']);
    // The legend explains the mark; the dipped point says so in its name.
    expect(element.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('New dip (live)');
    const point = element.shadowRoot!.querySelector('.point[data-index="1"]')!;
    expect(point.getAttribute('aria-label')).to.contain('new significant dip');
    // The dip recovers: the mark goes, and nothing fires.
    await serveJson(name, monitored());
    await until(() => loads() === 3, 'the refresh without the dip');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('.chart .dip-mark')).to.have.length(0);
    expect(events).to.have.length(1);
  });

  it('never fires for journeys given as a property, nor for a new src address', async () => {
    const element = document.createElement('emotion-curve');
    curve = element;
    element.journey = monitored();
    document.body.append(element);
    await element.updateComplete;
    element.journey = withBothDips();
    await element.updateComplete;
    expect(events).to.have.length(0);
    expect(element.shadowRoot!.querySelectorAll('.chart .dip-mark')).to.have.length(0);

    // Another address is a first load, not a refresh: its dips are not new.
    element.remove();
    const { curve: live1, loads } = await live(monitored());
    const other = await serveJson(`${name}-other`, withNpsDip());
    live1.src = other;
    await until(() => loads() === 2, 'the load of the other address');
    await live1.updateComplete;
    await sleep(INTERVAL * 1000 * 2);
    expect(events).to.have.length(0);
    await unserveJson(`${name}-other`);
  });

  it('says Dutch words in a Dutch curve', async () => {
    const first = monitored();
    first.locale = 'nl-NL';
    const { curve: element, loads } = await live(first);
    const next = withNpsDip();
    next.locale = 'nl-NL';
    await serveJson(name, next);
    await until(() => loads() === 2, 'the refresh with the dip');
    await element.updateComplete;
    expect(region(element).textContent).to.equal(
      'Klantreis „Monitored mortgage” bijgewerkt: 2 significante dalingen: ' +
        'Advice meeting, First-time buyer: NPS +33 → −20 (2026-Q2 → 2026-Q3); ' +
        'Advice meeting, alle klanten: NPS +33 → −20 (2026-Q2 → 2026-Q3)',
    );
  });
});
