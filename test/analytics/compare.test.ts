import { expect } from '@open-wc/testing';
import { COMPARED_FIELDS, compareJourneys, type ComparedTouchpoint } from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

/** A parsed copy of `source` after `edit` changed its plain JSON. */
function edited(source: unknown, edit: (doc: any) => void): Journey {
  const doc = structuredClone(source);
  edit(doc);
  return load(doc);
}

const entry = (touchpoints: readonly ComparedTouchpoint[], id: string) => touchpoints.find((t) => t.id === id)!;

describe('compareJourneys(generic-product, mortgage-nl)', () => {
  const result = compareJourneys(load(generic), load(mortgage));

  it('added, removed, changed, unchanged', () => {
    expect(result.added).to.deep.equal([
      'advice',
      'offer',
      'status-call',
      'valuation',
      'moving',
      'service-call',
      'first-payment',
    ]);
    expect(result.removed).to.deep.equal(['apply-online', 'first-statement']);
    expect(result.changed).to.deep.equal(['compare', 'calculate', 'documents', 'sign', 'welcome']);
    expect(result.unchanged).to.deep.equal([]);
  });

  // Fields in COMPARED_FIELDS order; the generic touchpoints have only id, phase, label and channel.
  const cases: [id: string, fields: string[], why: string][] = [
    [
      'compare',
      ['label', 'channel', 'description', 'duration', 'emotions', 'painPoints', 'metrics'],
      'web → comparison-site; same phase',
    ],
    ['calculate', ['label', 'emotions', 'opportunities', 'quotes', 'nps'], 'same phase orient and channel web'],
    [
      'documents',
      ['duration', 'emotions', 'painPoints', 'opportunities', 'metrics', 'nps'],
      'same label, phase apply, channel app',
    ],
    ['sign', ['label', 'channel', 'actor', 'emotions', 'momentOfTruth'], 'app → notary; same phase apply'],
    ['welcome', ['label', 'phase', 'channel', 'emotions', 'momentOfTruth', 'nps'], 'use → move, email → post'],
  ];
  for (const [id, fields, why] of cases) {
    it(`${id} changed: ${fields.join(', ')} (${why})`, () => {
      const t = entry(result.touchpoints, id);
      expect(t.status).to.equal('changed');
      expect(t.fields).to.deep.equal(fields);
      expect(t.before!.id).to.equal(id);
      expect(t.after!.id).to.equal(id);
    });
  }

  it('merged order: the mortgage order, each removed touchpoint after its base predecessor', () => {
    expect(result.touchpoints.map((t) => [t.id, t.status])).to.deep.equal([
      ['compare', 'changed'],
      ['calculate', 'changed'],
      ['apply-online', 'removed'], // followed calculate in the generic journey
      ['advice', 'added'],
      ['offer', 'added'],
      ['documents', 'changed'],
      ['status-call', 'added'],
      ['valuation', 'added'],
      ['sign', 'changed'],
      ['moving', 'added'],
      ['welcome', 'changed'],
      ['first-statement', 'removed'], // followed welcome
      ['service-call', 'added'],
      ['first-payment', 'added'],
    ]);
    const added = entry(result.touchpoints, 'advice');
    expect('before' in added).to.equal(false);
    expect(added.fields).to.deep.equal([]);
    const removed = entry(result.touchpoints, 'apply-online');
    expect('after' in removed).to.equal(false);
    expect(removed.before!.label).to.equal('Aanvraag indienen');
  });

  it('emotion deltas: the generic journey has none, so every delta is null', () => {
    // Curves: the mortgage personas, then the generic journey's overall curve (it has no personas).
    expect(entry(result.touchpoints, 'compare').emotion).to.deep.equal([
      { persona: 'starter', before: null, after: 1, delta: null },
      { persona: 'mover', before: null, after: 1.5, delta: null },
      { persona: null, before: null, after: 1.25, delta: null }, // (1 + 1.5) / 2
    ]);
    expect(entry(result.touchpoints, 'status-call').emotion).to.deep.equal([
      { persona: 'starter', before: null, after: -2, delta: null },
      // mover: nothing before, nothing after → left out
      { persona: null, before: null, after: -2, delta: null },
    ]);
    expect(entry(result.touchpoints, 'apply-online').emotion).to.deep.equal([]);
  });

  it('NPS deltas', () => {
    const cases: [id: string, nps: unknown][] = [
      ['compare', null], // no NPS on either side
      ['calculate', { before: null, after: 16, delta: null }], // 100 × (210 − 130) / 500
      ['advice', { before: null, after: 46, delta: null }], // the latest period, 2026-Q3
      ['documents', { before: null, after: -39, delta: null }], // 100 × (80 − 260) / 460 = −39.13
      ['welcome', { before: null, after: 64, delta: null }], // 100 × (300 − 30) / 420 = 64.29
      ['first-statement', null],
    ];
    for (const [id, nps] of cases) expect(entry(result.touchpoints, id).nps, id).to.deep.equal(nps);
  });
});

describe('compareJourneys before → after', () => {
  const before = load(mortgage);

  it('one emotion score changed → exactly one changed touchpoint', () => {
    const after = edited(mortgage, (doc) => {
      doc.touchpoints[4].emotions[0].score = -1; // documents, starter: −3 → −1
    });
    const result = compareJourneys(before, after);
    expect(result.changed).to.deep.equal(['documents']);
    expect(result.added).to.deep.equal([]);
    expect(result.removed).to.deep.equal([]);
    expect(result.unchanged.length).to.equal(11); // 12 − 1
    const documents = entry(result.touchpoints, 'documents');
    expect(documents.fields).to.deep.equal(['emotions']);
    expect(documents.emotion).to.deep.equal([
      { persona: 'starter', before: -3, after: -1, delta: 2 }, // −1 − (−3)
      { persona: 'mover', before: -2.5, after: -2.5, delta: 0 },
    ]);
    expect(documents.nps).to.deep.equal({ before: -39, after: -39, delta: 0 });
    expect(result.touchpoints.map((t) => t.id)).to.deep.equal(before.touchpoints.map((t) => t.id));
    const unchanged = entry(result.touchpoints, 'status-call');
    expect(unchanged.status).to.equal('unchanged');
    expect(unchanged.fields).to.deep.equal([]);
    expect(unchanged.emotion).to.deep.equal([{ persona: 'starter', before: -2, after: -2, delta: 0 }]); // mover: no data either side
  });

  it('NPS delta of the latest period', () => {
    const after = edited(mortgage, (doc) => {
      // advice 2026-Q3 as counts: 100 × (60 − 20) / 100 = 40 (was 46).
      doc.touchpoints[2].nps[1] = { promoters: 60, passives: 20, detractors: 20, period: '2026-Q3', target: 40 };
    });
    const result = compareJourneys(before, after);
    expect(result.changed).to.deep.equal(['advice']);
    const advice = entry(result.touchpoints, 'advice');
    expect(advice.fields).to.deep.equal(['nps']);
    expect(advice.nps).to.deep.equal({ before: 46, after: 40, delta: -6 }); // 40 − 46
    expect(advice.emotion.map((e) => e.delta)).to.deep.equal([0, 0]);
  });

  it('NPS that becomes "no data" has a null delta', () => {
    const after = edited(mortgage, (doc) => {
      doc.touchpoints[9].nps = { promoters: 0, passives: 0, detractors: 0, period: '2026-Q3' }; // welcome
    });
    expect(entry(compareJourneys(before, after).touchpoints, 'welcome').nps).to.deep.equal({
      before: 64,
      after: null,
      delta: null,
    });
  });

  it('identical journeys: everything unchanged', () => {
    const result = compareJourneys(load(health), load(health));
    expect(result.unchanged).to.deep.equal(['check-cover', 'ask-chat', 'treatment', 'bill', 'claim', 'paid']);
    expect([result.added, result.removed, result.changed]).to.deep.equal([[], [], []]);
    // bill: 100 × (35 − 150) / 260 = −44.23 → −44 on both sides.
    expect(entry(result.touchpoints, 'bill').nps).to.deep.equal({ before: -44, after: -44, delta: 0 });
    expect(entry(result.touchpoints, 'claim').nps).to.equal(null); // zero responses both sides: no data
  });

  it('key order does not make a touchpoint changed', () => {
    const base = {
      personas: [],
      touchpoints: [{ id: 'a', phase: 'p', label: 'A', momentOfTruth: { kind: 'wow', note: 'n' } }],
    };
    const next = {
      personas: [],
      touchpoints: [{ momentOfTruth: { note: 'n', kind: 'wow' }, label: 'A', phase: 'p', id: 'a' }],
    };
    const result = compareJourneys(base as unknown as Journey, next as unknown as Journey);
    expect(result.unchanged).to.deep.equal(['a']);
  });

  it('removed touchpoints before any kept one come first; moved touchpoints follow the new order', () => {
    const tp = (id: string) => ({ id, phase: 'p', label: id });
    const base = { touchpoints: ['x', 'a', 'y', 'b', 'c', 'z'].map(tp) };
    const next = { touchpoints: ['c', 'a', 'new', 'b'].map(tp) };
    const result = compareJourneys(base as unknown as Journey, next as unknown as Journey);
    expect(result.removed).to.deep.equal(['x', 'y', 'z']);
    // x has no kept predecessor → first; y followed a; z followed c.
    expect(result.touchpoints.map((t) => t.id)).to.deep.equal(['x', 'c', 'z', 'a', 'y', 'new', 'b']);
    expect(result.unchanged).to.deep.equal(['c', 'a', 'b']); // order alone is not a field
  });

  it('compares exactly these fields', () => {
    expect(COMPARED_FIELDS).to.deep.equal([
      'label',
      'phase',
      'channel',
      'actor',
      'description',
      'duration',
      'emotions',
      'momentOfTruth',
      'painPoints',
      'opportunities',
      'quotes',
      'metrics',
      'nps',
      'links',
    ]);
  });
});
