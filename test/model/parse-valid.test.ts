import { expect } from '@open-wc/testing';
import { type Journey, isValidatedJourney, parseJourney, parseJourneyAsync } from '../../src/model/index.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import { allContainers, fullJourney, minimalJourney } from './journeys.js';

function parsed(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`expected a valid journey, got ${JSON.stringify(result.issues)}`);
  return result.journey;
}

describe('parseJourney: valid documents', () => {
  const fixtures = [
    { name: 'mortgage-nl.json', doc: mortgage, id: 'mortgage-starter', kind: 'specific', phases: 4, touchpoints: 12 },
    { name: 'health-claim-en.json', doc: health, id: 'health-claim', kind: 'specific', phases: 3, touchpoints: 6 },
    { name: 'generic-product.json', doc: generic, id: 'generic-product', kind: 'generic', phases: 3, touchpoints: 7 },
  ];

  for (const f of fixtures) {
    it(`accepts ${f.name} as an object`, () => {
      const journey = parsed(f.doc);
      expect(journey.id).to.equal(f.id);
      expect(journey.kind).to.equal(f.kind);
      expect(journey.phases.length).to.equal(f.phases);
      expect(journey.touchpoints.length).to.equal(f.touchpoints);
    });

    it(`accepts ${f.name} as JSON text, with the same result`, () => {
      expect(parsed(JSON.stringify(f.doc))).to.deep.equal(parsed(f.doc));
    });

    it(`keeps every field of ${f.name} unchanged (only defaults are added)`, () => {
      expect(parsed(f.doc)).to.deep.equal({ kind: 'specific', ...f.doc });
    });
  }

  it('applies the default kind "specific" when kind is absent', () => {
    expect('kind' in health).to.equal(false);
    expect(parsed(health).kind).to.equal('specific');
    expect(parsed(minimalJourney()).kind).to.equal('specific');
  });

  it('keeps an explicit kind', () => {
    expect(parsed({ ...minimalJourney(), kind: 'generic' }).kind).to.equal('generic');
    expect(parsed({ ...minimalJourney(), kind: 'specific' }).kind).to.equal('specific');
  });

  it('returns exactly the minimal journey plus its default', () => {
    expect(parsed(minimalJourney())).to.deep.equal({
      version: 1,
      id: 'j',
      title: 'J',
      kind: 'specific',
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: [{ id: 't', phase: 'p', label: 'T' }],
    });
  });

  it('accepts a document with every field of the model', () => {
    expect(parsed(fullJourney())).to.deep.equal(fullJourney());
  });

  it('accepts a journey without touchpoints (an empty map is valid data)', () => {
    expect(parsed({ ...minimalJourney(), touchpoints: [] }).touchpoints).to.deep.equal([]);
  });

  it('accepts an NPS time series and an empty one', () => {
    const series = [
      { promoters: 5, passives: 3, detractors: 2, period: '2026-Q2' },
      { distribution: [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5], period: '2026-Q3' },
    ];
    const doc = minimalJourney();
    doc.touchpoints[0].nps = series;
    expect(parsed(doc).touchpoints[0]!.nps).to.deep.equal(series);
    doc.touchpoints[0].nps = [];
    expect(parsed(doc).touchpoints[0]!.nps).to.deep.equal([]);
  });

  it('accepts zero NPS responses (valid data, shown as "no data")', () => {
    const doc = minimalJourney();
    doc.touchpoints[0].nps = { promoters: 0, passives: 0, detractors: 0 };
    expect(parsed(doc).touchpoints[0]!.nps).to.deep.equal({ promoters: 0, passives: 0, detractors: 0 });
  });

  it('accepts a null prototype object as input', () => {
    const doc = Object.assign(Object.create(null), minimalJourney());
    expect(parsed(doc).id).to.equal('j');
  });

  describe('the result', () => {
    it('is deeply frozen: every object and array in it', () => {
      const journey = parsed(mortgage);
      const containers = allContainers(journey);
      expect(containers.length).to.be.greaterThan(50);
      expect(containers.filter((c) => !Object.isFrozen(c))).to.deep.equal([]);
    });

    it('throws on writes in strict mode instead of changing', () => {
      const journey = parsed(minimalJourney()) as any;
      expect(() => {
        journey.title = 'changed';
      }).to.throw(TypeError);
      expect(() => {
        journey.touchpoints[0].label = 'changed';
      }).to.throw(TypeError);
      expect(() => journey.touchpoints.push({})).to.throw(TypeError);
      expect(journey.title).to.equal('J');
      expect(journey.touchpoints.length).to.equal(1);
    });

    it('is a copy: no object of the input is reused', () => {
      const input = fullJourney();
      const journey = parsed(input);
      const inputObjects = new Set(allContainers(input));
      expect(allContainers(journey).filter((c) => inputObjects.has(c))).to.deep.equal([]);
    });

    it('does not freeze or change the input', () => {
      const input = fullJourney();
      const before = JSON.stringify(input);
      parsed(input);
      expect(JSON.stringify(input)).to.equal(before);
      expect(allContainers(input).some((c) => Object.isFrozen(c))).to.equal(false);
    });

    it('does not change when the host mutates its input afterwards', () => {
      const input = fullJourney();
      const journey = parsed(input);
      const before = JSON.stringify(journey);
      input.title = 'Changed';
      input.touchpoints[0].label = 'Changed';
      input.touchpoints[1].emotions[0].score = -5;
      input.touchpoints[1].painPoints.push('new');
      input.personas[0].segment.lifeStage = 'retired';
      input.phases.length = 0;
      delete input.touchpoints[1].nps;
      expect(JSON.stringify(journey)).to.equal(before);
      expect(journey.title).to.equal('Every field');
      expect(journey.touchpoints[1]!.emotions![0]!.score).to.equal(-1.5);
    });

    it('keeps text exactly as given: Unicode, markup-like text and whitespace are data', () => {
      const doc = minimalJourney();
      const texts = ['Oriënteren — stap 1', '<img src=x onerror=alert(1)>', '  spaced  ', '家を買う', '😀 emoji'];
      doc.touchpoints[0].painPoints = texts;
      expect(parsed(doc).touchpoints[0]!.painPoints).to.deep.equal(texts);
    });
  });
});

describe('parseJourney: a journey it returned before', () => {
  it('is returned as it is, without a second copy (it is deeply frozen, so still valid)', async () => {
    const first = parseJourney(mortgage);
    if (!first.ok) throw new Error('fixture invalid');
    expect(isValidatedJourney(first.journey)).to.equal(true);
    const again = parseJourney(first.journey);
    expect(again.ok && again.journey).to.equal(first.journey);
    const later = await parseJourneyAsync(first.journey);
    expect(later.ok && later.journey).to.equal(first.journey);
  });

  it('is told by identity: an equal object, frozen or not, is copied and validated', () => {
    const first = parseJourney(mortgage);
    if (!first.ok) throw new Error('fixture invalid');
    const lookalike = Object.freeze(structuredClone(first.journey));
    expect(isValidatedJourney(lookalike)).to.equal(false);
    const result = parseJourney(lookalike);
    expect(result.ok && result.journey).to.not.equal(lookalike);
    expect(result.ok && result.journey).to.deep.equal(first.journey);
    // A Proxy around a validated journey is not that journey.
    expect(isValidatedJourney(new Proxy(first.journey, {}))).to.equal(false);
    expect(isValidatedJourney(null)).to.equal(false);
    expect(isValidatedJourney('{}')).to.equal(false);
  });
});

describe('deepFreezeSteps: freezing a large journey in slices', () => {
  it('freezes every object and array, yielding after every 2,000 of them, and returns the same value', async () => {
    const { deepFreezeSteps } = await import('../../src/model/snapshot.js');
    const value = { list: Array.from({ length: 4_999 }, (_, i) => ({ i, tags: [String(i)] })) };
    const steps = deepFreezeSteps(value);
    let yields = 0;
    let frozenAtFirstYield = -1;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        expect(next.value).to.equal(value);
        break;
      }
      yields += 1;
      if (yields === 1) frozenAtFirstYield = allContainers(value).filter((o) => Object.isFrozen(o)).length;
    }
    // 1 + 1 + 4,999 × 2 containers = 10,000: five slices of 2,000.
    const containers = allContainers(value);
    expect(containers).to.have.length(10_000);
    expect(yields).to.equal(5);
    expect(frozenAtFirstYield).to.equal(2_000);
    expect(containers.every((o) => Object.isFrozen(o))).to.equal(true);
  });

  it('a journey from parseJourneyAsync is frozen throughout, as from parseJourney', async () => {
    const big = {
      ...(mortgage as object),
      touchpoints: Array.from({ length: 3_000 }, (_, i) => ({
        id: `t${i}`,
        phase: (mortgage as { phases: { id: string }[] }).phases[0]!.id,
        label: `Stap ${i}`,
        emotions: [{ score: (i % 11) - 5 }],
      })),
      transitions: undefined,
      actions: undefined,
    };
    const result = await parseJourneyAsync(big, { sliceMs: 1 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(allContainers(result.journey).every((o) => Object.isFrozen(o))).to.equal(true);
  });
});
