import { expect } from '@open-wc/testing';
import {
  dips,
  emotionPeriodSeries,
  npsPeriodSeries,
  periodChanges,
  rises,
  type PeriodChange,
} from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey, Touchpoint } from '../../src/model/index.js';
import periods from '../fixtures/nps-periods.json';
import mortgage from '../fixtures/mortgage-nl.json';
import health from '../fixtures/health-claim-en.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}
const journey = load(periods);
const touchpoint = (id: string): Touchpoint => journey.touchpoints.find((tp) => tp.id === id)!;

const brief = (c: PeriodChange) =>
  [c.touchpointId, c.persona, c.measure, c.from, c.to, Math.round(c.delta * 1e5) / 1e5, c.significant] as const;

describe('periodChanges on test/fixtures/nps-periods.json', () => {
  it('lists the change into the latest period for every touchpoint × persona and all customers, in journey order', () => {
    expect(periodChanges(journey).map(brief)).to.deep.equal([
      // compare: 30 → 33 (100/60/40 → 105/55/40), emotion 1 → 1.2; all customers = the starter's answers
      ['compare', 'starter', 'nps', '2026-Q1', '2026-Q2', 3, false],
      ['compare', 'starter', 'emotion', '2026-Q1', '2026-Q2', 0.2, false],
      ['compare', null, 'nps', '2026-Q1', '2026-Q2', 3, false],
      ['compare', null, 'emotion', '2026-Q1', '2026-Q2', 0.2, false],
      // advice: the real dip. Starter 50 → 0 (z = −6.54); mover 13 → 0 on 30 answers (p = 0.54)
      ['advice', 'starter', 'nps', '2026-Q2', '2026-Q3', -50, true],
      ['advice', 'starter', 'emotion', '2026-Q2', '2026-Q3', -1.1, true],
      ['advice', 'mover', 'nps', '2026-Q2', '2026-Q3', -13, false],
      ['advice', 'mover', 'emotion', '2026-Q2', '2026-Q3', -0.3, false],
      // all customers: counts summed per period, 132/70/28 → 45 and 80/70/80 → 0;
      // emotion pooled: (150·1.5 + 25·0.8)/175 = 1.4 → (140·0.4 + 22·0.5)/162 = 0.413580
      ['advice', null, 'nps', '2026-Q2', '2026-Q3', -45, true],
      ['advice', null, 'emotion', '2026-Q2', '2026-Q3', -0.98642, true],
      // apply: NPS 10 → 20 not significant; emotion −1 → 1 (n 10, sd 2 each: t = 2.236, ν = 18, p = 0.038)
      ['apply', null, 'nps', '2026-Q2', '2026-Q3', 10, false],
      ['apply', null, 'emotion', '2026-Q2', '2026-Q3', 2, true],
      // sign: no n, no sd — unknown, never "no change"
      ['sign', 'starter', 'emotion', '2026-Q2', '2026-Q3', -1.5, null],
      ['sign', null, 'emotion', '2026-Q2', '2026-Q3', -1.5, null],
    ]);
  });

  it('carries p, the level and the size as a share of the scale', () => {
    const advice = periodChanges(journey, { persona: 'starter' }).filter((c) => c.touchpointId === 'advice');
    expect(advice[0]!.p).to.be.closeTo(6.1168e-11, 1e-13);
    expect(advice[0]!.size).to.equal(0.25); // 50 / 200
    expect(advice[1]!.size).to.be.closeTo(0.11, 1e-12); // 1.1 / 10
    expect(advice.every((c) => c.level === 0.95)).to.equal(true);
    expect(advice[0]!.before).to.equal(50);
    expect(advice[0]!.after).to.equal(0);
  });

  it('a journey without periods has no changes', () => {
    for (const fixture of [mortgage, health, generic]) {
      const changes = periodChanges(load(fixture));
      expect(changes.filter((c) => c.measure === 'emotion')).to.deep.equal([]);
    }
  });
});

describe('dips and rises', () => {
  it('dips: the significant falls, largest share of the scale first', () => {
    expect(
      dips(journey).map((c) => [c.touchpointId, c.persona, c.measure, Math.round(c.size * 1e5) / 1e5]),
    ).to.deep.equal([
      ['advice', 'starter', 'nps', 0.25], // 50 / 200
      ['advice', null, 'nps', 0.225], // 45 / 200
      ['advice', 'starter', 'emotion', 0.11], // 1.1 / 10
      ['advice', null, 'emotion', 0.09864], // 0.98642 / 10
    ]);
  });

  it('per persona: the starter has the two dips, the mover none (13 points on 30 answers is not significant)', () => {
    expect(dips(journey, { persona: 'starter' }).map((c) => c.measure)).to.deep.equal(['nps', 'emotion']);
    expect(dips(journey, { persona: 'mover' })).to.deep.equal([]);
  });

  it('the level decides: the mover’s NPS fall (p = 0.54) counts at 40 %, not at 50 %; the emotion fall (p = 0.63) at neither', () => {
    expect(dips(journey, { persona: 'mover', level: 0.5 })).to.deep.equal([]);
    expect(dips(journey, { persona: 'mover', level: 0.4 }).map((c) => c.measure)).to.deep.equal(['nps']);
  });

  it('never counts a change of unknown significance (sign: −1.5 without n)', () => {
    expect(dips(journey).some((c) => c.touchpointId === 'sign')).to.equal(false);
  });

  it('rises: the application’s emotion, −1 → 1', () => {
    expect(rises(journey).map((c) => [c.touchpointId, c.persona, c.measure, c.delta])).to.deep.equal([
      ['apply', null, 'emotion', 2],
    ]);
  });

  it('none in the example journeys (no two periods tested as different)', () => {
    for (const fixture of [health, generic]) {
      expect(dips(load(fixture))).to.deep.equal([]);
    }
  });
});

describe('npsPeriodSeries and emotionPeriodSeries', () => {
  it('NPS per period with its interval and n', () => {
    const series = npsPeriodSeries(touchpoint('advice'), 'starter');
    expect(series.map((p) => [p.period, p.score, p.n])).to.deep.equal([
      ['2026-Q1', 45, 200],
      ['2026-Q2', 50, 200],
      ['2026-Q3', 0, 200],
    ]);
    // 70/60/70: n′ = 203, NPS′ = 0, Var = (141.5/203)/203 = 0.00343372; 1.959964 · √Var · 100 = 11.4850
    expect(series[2]!.interval!.low).to.be.closeTo(-11.485, 1e-3);
    expect(series[2]!.interval!.high).to.be.closeTo(11.485, 1e-3);
  });

  it('emotion per period with its t interval; unknown n gives no interval', () => {
    const series = emotionPeriodSeries(touchpoint('apply'), null);
    expect(series.map((p) => [p.period, p.score, p.n, p.sd])).to.deep.equal([
      ['2026-Q2', -1, 10, 2],
      ['2026-Q3', 1, 10, 2],
    ]);
    // t(0.975; 9) = 2.262157; 2.262157 · 2 / √10 = 1.430714
    expect(series[1]!.interval!.margin).to.be.closeTo(1.430714, 1e-5);
    expect(emotionPeriodSeries(touchpoint('sign'), 'starter').map((p) => p.interval)).to.deep.equal([null, null]);
  });

  it('pools the personas for all customers: n-weighted mean and the pooled spread', () => {
    const [q2, q3] = emotionPeriodSeries(touchpoint('advice'), null);
    // Q2: N = 175, mean = (150·1.5 + 25·0.8)/175 = 245/175 = 1.4
    //   within = 149·1.6² + 24·2² = 381.44 + 96 = 477.44; between = 150·0.1² + 25·0.6² = 1.5 + 9 = 10.5
    //   sd = √(487.94 / 174) = √2.804253 = 1.674591
    expect(q2!.n).to.equal(175);
    expect(q2!.score).to.be.closeTo(1.4, 1e-12);
    expect(q2!.sd).to.be.closeTo(1.674591, 1e-6);
    // Q3: N = 162, mean = (56 + 11)/162 = 0.413580
    expect(q3!.n).to.equal(162);
    expect(q3!.score).to.be.closeTo(0.41358, 1e-5);
  });

  it('a persona has only its own series; timeless findings form no period', () => {
    expect(emotionPeriodSeries(touchpoint('compare'), 'mover')).to.deep.equal([]);
    expect(emotionPeriodSeries(touchpoint('apply'), 'starter')).to.deep.equal([]);
    expect(npsPeriodSeries(touchpoint('apply'), 'starter')).to.deep.equal([]);
  });
});
