import { expect } from '@open-wc/testing';
import {
  emotionAt,
  emotionPeriods,
  emotionSeries,
  emotionsInPeriod,
  largestDrops,
  latestPeriod,
  peakEnd,
  phaseFacts,
} from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey, Touchpoint } from '../../src/model/index.js';
import periods from '../fixtures/nps-periods.json';
import health from '../fixtures/health-claim-en.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}
const journey = load(periods);

/** A bare touchpoint carrying only emotion findings. */
const withEmotions = (emotions: Touchpoint['emotions']): Touchpoint =>
  ({ id: 'tp', phase: 'p', label: 'Touchpoint', emotions }) as Touchpoint;

describe('emotion periods', () => {
  it('orders the period labels by the series themselves, oldest first', () => {
    expect(emotionPeriods(journey.touchpoints)).to.deep.equal(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(latestPeriod(journey.touchpoints)).to.equal('2026-Q3');
  });
  it('a journey without emotion periods has none, and no latest', () => {
    const plain = load(health);
    expect(emotionPeriods(plain.touchpoints)).to.deep.equal([]);
    expect(latestPeriod(plain.touchpoints)).to.equal(null);
  });
});

describe('emotionsInPeriod', () => {
  const tp = withEmotions([
    { persona: 'a', period: 'Q1', score: 2 },
    { persona: 'a', period: 'Q2', score: -1 },
    { persona: 'a', score: 1 },
    { persona: 'b', period: 'Q1', score: 3 },
    { period: 'Q2', score: 0.5 },
  ]);
  const scores = (period?: string | null) => emotionsInPeriod(tp, period).map((e) => e.score);

  it('by default keeps each series’ latest period and every timeless finding', () => {
    // a: latest Q2 (−1) plus its timeless 1; b: its only period Q1 (3); all customers: Q2 (0.5)
    expect(scores()).to.deep.equal([-1, 1, 3, 0.5]);
    expect(scores(null)).to.deep.equal([-1, 1, 3, 0.5]);
  });
  it('with a chosen period keeps that period and the timeless findings', () => {
    expect(scores('Q1')).to.deep.equal([2, 1, 3]);
    expect(scores('Q2')).to.deep.equal([-1, 1, 0.5]);
    expect(scores('2030')).to.deep.equal([1]);
  });
  it('gives a touchpoint without periods back unchanged (the same list)', () => {
    const plain = withEmotions([{ score: 1 }, { persona: 'a', score: -2 }]);
    expect(emotionsInPeriod(plain)).to.equal(plain.emotions);
    expect(emotionsInPeriod(plain, 'Q1')).to.equal(plain.emotions);
  });
  it('emotionAt averages within the period, never across periods', () => {
    // a in Q2: mean(−1, timeless 1) = 0; not mean(2, −1, 1) = 0.667 across periods
    expect(emotionAt(tp, 0, 'a').score).to.equal(0);
    expect(emotionAt(tp, 0, 'a', 'Q1').score).to.equal(1.5); // mean(2, 1)
  });
});

describe('the curve, peak-end and drops use the latest period unless one is chosen', () => {
  it('curve of the starter: latest per touchpoint; apply falls back to all customers', () => {
    // compare Q2 1.2, advice Q3 0.4, apply (all customers, Q3) 1, sign Q3 −2
    expect(emotionSeries(journey, 'starter').map((p) => p.score)).to.deep.equal([1.2, 0.4, 1, -2]);
    // Q2: compare 1.2, advice 1.5, apply −1, sign −0.5
    expect(emotionSeries(journey, 'starter', '2026-Q2').map((p) => p.score)).to.deep.equal([1.2, 1.5, -1, -0.5]);
    // Q1: only compare was measured; the others are gaps, not zeros
    expect(emotionSeries(journey, 'starter', '2026-Q1').map((p) => p.score)).to.deep.equal([1, null, null, null]);
  });
  it('the mover’s timeless finding counts in every period', () => {
    expect(emotionSeries(journey, 'mover', '2026-Q1')[0]!.score).to.equal(0.5);
    expect(emotionSeries(journey, 'mover', '2026-Q3')[0]!.score).to.equal(0.5);
  });
  it('peak-end per period', () => {
    const latest = peakEnd(journey);
    // starter: peak sign −2 (|−2| the largest), end sign −2 → remembered −2
    expect(latest[0]).to.deep.include({ persona: 'starter', remembered: -2 });
    expect(latest[0]!.peak.touchpointId).to.equal('sign');
    // Q2: peak advice 1.5, end sign −0.5 → (1.5 − 0.5)/2 = 0.5
    const q2 = peakEnd(journey, '2026-Q2');
    expect(q2[0]!.peak.touchpointId).to.equal('advice');
    expect(q2[0]!.remembered).to.equal(0.5);
  });
  it('largest drops of the latest curve', () => {
    // starter latest: 1.2 → 0.4 (0.8), 1 → −2 (3)
    const drops = largestDrops(emotionSeries(journey, 'starter'));
    expect(drops.map((d) => d.to.touchpointId)).to.deep.equal(['sign', 'advice']);
    expect(drops[0]!.drop).to.equal(3);
    expect(drops[1]!.drop).to.be.closeTo(0.8, 1e-12);
  });
  it('phase facts take the chosen period', () => {
    const entries = journey.touchpoints.slice(0, 2).map((touchpoint, index) => ({ touchpoint, index }));
    const latest = phaseFacts(entries, { curves: ['starter'], nps: false });
    expect(latest.highest!.point.score).to.equal(1.2); // compare Q2; advice Q3 is 0.4
    const q2 = phaseFacts(entries, { curves: ['starter'], nps: false, period: '2026-Q2' });
    expect(q2.highest!.point.score).to.equal(1.5); // advice Q2
  });
});
