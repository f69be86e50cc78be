import { expect } from '@open-wc/testing';
import { actionCounts, actionsByTouchpoint, processLanes } from '../../src/layout/blueprint.js';
import { parseJourney, type Journey } from '../../src/model/index.js';
import mortgage from '../fixtures/mortgage-nl.json';
import health from '../fixtures/health-claim-en.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

const m = load(mortgage);

describe('processLanes on the mortgage journey', () => {
  const lanes = processLanes(m.touchpoints, m.owners);

  it('places each process in its layer and column', () => {
    // Column 4 is "documents": upload (frontstage), review (backstage), storage (support).
    const documents = lanes.columns[4]!;
    expect(documents.frontstage.map((p) => p.process.label)).to.deep.equal(['Documenten uploaden']);
    expect(documents.backstage.map((p) => p.process.label)).to.deep.equal(['Documenten beoordelen']);
    expect(documents.support.map((p) => p.process.label)).to.deep.equal(['Opslag en tekstherkenning']);
    expect(documents.frontstage[0]!.ownerName).to.equal('Squad Digitaal Aanvragen');
    // Column 0 ("compare") has no processes.
    expect(lanes.columns[0]).to.deep.equal({ frontstage: [], backstage: [], support: [] });
    expect(lanes.columns).to.have.length(12);
    expect(lanes.layers).to.deep.equal(['frontstage', 'backstage', 'support']);
  });

  it('counts processes per layer', () => {
    // frontstage: calculate, advice, documents, status-call, valuation, sign, service-call = 7
    // backstage: advice, offer ×2, documents, status-call, valuation, sign, welcome, first-payment = 9
    // support: calculate, advice, documents = 3
    expect(lanes.counts).to.deep.equal({ frontstage: 7, backstage: 9, support: 3, total: 19 });
  });

  it('marks the handovers counted by hand', () => {
    // frontstage owners in order: squad, advies (1), squad (2), klantcontact (3), taxateur (4),
    //   notariaat (5), advies (6) → 6
    // backstage: advies, hypotheek-ops (1), acceptatie (2), acceptatie, acceptatie,
    //   hypotheek-ops (3), hypotheek-ops, klantcontact (4), hypotheek-ops (5) → 5
    // support: hypotheek-ops, klantcontact (1), it-platform (2) → 2
    expect(lanes.handovers).to.deep.equal({ frontstage: 6, backstage: 5, support: 2, total: 13 });
    const offer = lanes.columns[3]!.backstage;
    expect(offer.map((p) => p.handoverFrom?.id ?? null)).to.deep.equal(['advies', 'hypotheek-ops']);
    expect(offer[0]!.handoverFrom!.name).to.equal('Hypotheekadvies');
    // documents → status-call stays with Acceptatie & Fraude in backstage: no handover.
    expect(lanes.columns[5]!.backstage[0]!.handoverFrom).to.equal(null);
    // The first owned process of a layer is never a handover.
    expect(lanes.columns[1]!.frontstage[0]!.handoverFrom).to.equal(null);
  });
});

describe('processLanes rules', () => {
  const tp = (id: string, processes: unknown[]) => ({ id, processes }) as unknown as Journey['touchpoints'][number];
  const p = (id: string, layer: string, owner?: string) => ({ id, label: id, layer, ...(owner ? { owner } : {}) });
  const cases: [name: string, touchpoints: Journey['touchpoints'], handovers: (string | null)[][]][] = [
    // a → (no owner) → b: the ownerless process is skipped, b is a handover from a.
    [
      'skips processes without owner',
      [tp('t1', [p('x', 'backstage', 'a')]), tp('t2', [p('y', 'backstage')]), tp('t3', [p('z', 'backstage', 'b')])],
      [
        ['backstage', null],
        ['backstage', null],
        ['backstage', 'a'],
      ],
    ],
    // a frontstage, then b backstage: different layers never hand over to each other.
    [
      'layers are separate chains',
      [tp('t1', [p('x', 'frontstage', 'a')]), tp('t2', [p('y', 'backstage', 'b')])],
      [
        ['frontstage', null],
        ['backstage', null],
      ],
    ],
    // a, a, a: the same owner throughout makes none.
    [
      'same owner makes none',
      [tp('t1', [p('x', 'support', 'a'), p('y', 'support', 'a')]), tp('t2', [p('z', 'support', 'a')])],
      [
        ['support', null, null],
        ['support', null],
      ],
    ],
    // a, then a touchpoint with nothing in the layer, then b: the gap does not break the chain.
    [
      'a gap keeps the chain',
      [tp('t1', [p('x', 'frontstage', 'a')]), tp('t2', []), tp('t3', [p('y', 'frontstage', 'b')])],
      [['frontstage', null], [], ['frontstage', 'a']],
    ],
  ];
  for (const [name, touchpoints, expected] of cases) {
    it(name, () => {
      const lanes = processLanes(touchpoints, []);
      const seen = lanes.columns.map((column) => {
        const layer = (['frontstage', 'backstage', 'support'] as const).find((l) => column[l].length > 0);
        return layer ? [layer, ...column[layer].map((x) => x.handoverFrom?.id ?? null)] : [];
      });
      expect(seen).to.deep.equal(expected);
    });
  }

  it('names an unknown owner by its id', () => {
    const lanes = processLanes([tp('t1', [p('x', 'backstage', 'ghost')])], []);
    expect(lanes.columns[0]!.backstage[0]!.ownerName).to.equal('ghost');
  });
});

describe('actions per touchpoint', () => {
  it('lists each touchpoint’s actions in the journey’s order', () => {
    const at = actionsByTouchpoint(m.actions);
    // documents: status-app, een-keer-uploaden, sms-status (actions 1, 3, 4 of the fixture)
    expect(at.get('documents')!.map((a) => a.id)).to.deep.equal(['status-app', 'een-keer-uploaden', 'sms-status']);
    expect(at.get('welcome')!.map((a) => a.id)).to.deep.equal(['welkomstpakket']);
    expect(at.get('compare')).to.equal(undefined);
  });

  it('counts actions per status', () => {
    // mortgage: 2 done, 1 in progress, 1 planned, 1 idea, 1 dropped = 6
    expect(actionCounts(m.actions)).to.deep.equal({
      idea: 1,
      planned: 1,
      'in-progress': 1,
      done: 2,
      dropped: 1,
      total: 6,
    });
    expect(actionCounts(undefined).total).to.equal(0);
  });

  it('reads the health journey too', () => {
    const h = load(health);
    const lanes = processLanes(h.touchpoints, h.owners);
    expect(lanes.counts.total).to.equal(h.touchpoints.reduce((n, t) => n + (t.processes?.length ?? 0), 0));
  });
});
