import { expect } from '@open-wc/testing';
import {
  aggregateCsv,
  isoDuration,
  journeyFromAggregates,
  mineCsv,
  mineEvents,
  slug,
  type MineResult,
  type MiningColumns,
} from '../../src/mining/index.js';
import type { Journey } from '../../src/model/index.js';

const ALL: MiningColumns = {
  case: 'case',
  activity: 'activity',
  time: 'time',
  channel: 'channel',
  persona: 'persona',
  phase: 'phase',
  emotion: 'emotion',
  nps: 'nps',
  period: 'period',
};

function journeyOf(result: MineResult): Journey {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.journey;
}

/** `from > to count`, summed over channel hops. */
function flows(journey: Journey): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of journey.transitions ?? []) out[`${t.from} > ${t.to}`] = (out[`${t.from} > ${t.to}`] ?? 0) + t.count;
  return out;
}

describe('mineCsv on the mortgage log (known answers)', () => {
  let journey: Journey;
  before(async () => {
    const csv = await (await fetch(new URL('../fixtures/events/mortgage-events.csv', import.meta.url))).text();
    journey = journeyOf(mineCsv(csv, ALL));
  });

  it('touchpoints in journey order, one per activity', () => {
    expect(journey.touchpoints.map((t) => t.label)).to.deep.equal([
      'Oriënteren',
      'Berekenen',
      'Afspraak maken',
      'Adviesgesprek, hypotheek',
      'Aanvraag ✍️',
      'Tekenen',
      '確認',
    ]);
  });

  it('every directly-follows count, loops and drop-off included', () => {
    expect(flows(journey)).to.deep.equal({
      'orienteren > berekenen': 2,
      'orienteren > afspraak-maken': 2,
      'orienteren > adviesgesprek-hypotheek': 1,
      'orienteren > touchpoint': 1,
      'orienteren > null': 1,
      'berekenen > orienteren': 1,
      'berekenen > berekenen': 1,
      'berekenen > afspraak-maken': 2,
      'berekenen > adviesgesprek-hypotheek': 1,
      'afspraak-maken > berekenen': 2,
      'afspraak-maken > adviesgesprek-hypotheek': 2,
      'adviesgesprek-hypotheek > aanvraag': 3,
      'adviesgesprek-hypotheek > tekenen': 1,
      'aanvraag > tekenen': 2,
      'aanvraag > null': 1,
      'tekenen > null': 3,
      'touchpoint > null': 1,
    });
  });

  it('a tie in time follows the input order; an offset is the same instant', () => {
    // c2: "Oriënteren" 08:00Z and "Berekenen" 09:00+01:00 are equal: the file order decides.
    // c4: "Afspraak maken" and "Berekenen" share 10:30: Afspraak comes first in the file.
    const hops = (journey.transitions ?? []).filter((t) => t.label).map((t) => `${t.from} > ${t.to}: ${t.label}`);
    expect(hops).to.include('orienteren > berekenen: channel hop: web → app');
    expect(hops).to.include('afspraak-maken > berekenen: channel hop: phone → web');
  });
});

describe('mineEvents on rows', () => {
  const rows = [
    { id: 1, step: 'Start', at: new Date('2026-01-01T09:00:00Z'), via: 'web', score: 2 },
    { id: 1, step: 'Start', at: new Date('2026-01-01T09:10:00Z'), via: 'web', score: null },
    { id: 1, step: 'Pay', at: '2026-01-01 09:30', via: 'app', score: '-1' },
    { id: 2, step: 'Start', at: '2026-01-02', via: 'web', score: undefined },
    { id: 2, step: 'Pay', at: '2026-01-02', via: 'web', score: 4 },
    { id: 2, step: 'Done', at: '2026-01-02 00:00:00Z', via: 'phone', score: '' },
  ];
  const columns: MiningColumns = { case: 'id', activity: 'step', time: 'at', channel: 'via', emotion: 'score' };

  it('reads numbers, Dates and text alike', () => {
    const journey = journeyOf(mineEvents(rows, columns));
    expect(journey.touchpoints.map((t) => t.id)).to.deep.equal(['start', 'pay', 'done']);
    expect(flows(journey)).to.deep.equal({
      'start > start': 1,
      'start > pay': 2,
      'pay > done': 1,
      'pay > null': 1,
      'done > null': 1,
    });
    expect(journey.touchpoints.map((t) => t.duration)).to.deep.equal(['PT10M', 'PT0S', undefined]);
    expect(journey.touchpoints.map((t) => t.emotions?.[0]?.score)).to.deep.equal([2, 1.5, undefined]);
  });

  it('names a missing column, a bad time with its row, an empty log', () => {
    const missing = mineEvents(rows, { ...columns, persona: 'segment' });
    expect(missing.ok).to.equal(false);
    expect(!missing.ok && missing.errors[0]!.message).to.match(/no column "segment" \(--persona\)/);

    const bad = mineEvents([...rows, { id: 3, step: 'Start', at: '2026-02-30', via: 'web', score: 1 }], columns);
    expect(!bad.ok && bad.errors[0]).to.deep.include({ row: 7, column: 'at' });

    const empty = mineEvents([], columns);
    expect(!empty.ok && empty.errors[0]!.message).to.equal('no events: the log is empty');
    const noCsv = mineCsv('', columns);
    expect(!noCsv.ok && noCsv.errors[0]!.message).to.equal('no events: the log is empty');
  });

  it('same aggregates give the same journey', () => {
    const csv = 'id,step,at\na,X,2026-01-01\na,Y,2026-01-02\n';
    const result = aggregateCsv(csv, { case: 'id', activity: 'step', time: 'at' });
    if (!result.ok) throw new Error('aggregates');
    const once = journeyFromAggregates(result.aggregates);
    const twice = journeyFromAggregates([...result.aggregates].reverse());
    expect(JSON.stringify(once)).to.equal(JSON.stringify(twice));
  });
});

describe('helpers', () => {
  it('isoDuration uses days as the largest unit', () => {
    expect([0, 499, 500, 60_000, 3_600_000, 90_061_000, 40 * 86_400_000].map(isoDuration)).to.deep.equal([
      'PT0S',
      'PT0S',
      'PT1S',
      'PT1M',
      'PT1H',
      'P1DT1H1M1S',
      'P40D',
    ]);
  });

  it('slug keeps ASCII letters and digits', () => {
    expect(['Oriënteren', 'Aanvraag ✍️', 'Afspraak  maken!', '確認', 'Ångström-2'].map(slug)).to.deep.equal([
      'orienteren',
      'aanvraag',
      'afspraak-maken',
      '',
      'angstrom-2',
    ]);
  });
});
