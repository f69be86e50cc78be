import { expect } from '@open-wc/testing';
import {
  SMALL_SAMPLE,
  npsOf,
  npsPeriods,
  npsSeries,
  npsTrend,
  roundScore,
  touchpointNps,
  type NpsResult,
} from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey, Nps, Touchpoint } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

function touchpoint(journey: Journey, id: string): Touchpoint {
  const found = journey.touchpoints.find((tp) => tp.id === id);
  if (!found) throw new Error(`no touchpoint ${id}`);
  return found;
}

/** A bare touchpoint carrying only NPS measurements. */
const withNps = (nps: Nps | Nps[]): Touchpoint => ({ id: 'tp', phase: 'p', label: 'Touchpoint', nps }) as Touchpoint;

const scores = (series: readonly NpsResult[]) => series.map((r) => r.score);

describe('npsOf', () => {
  describe('rounds 100 × (promoters − detractors) / responses half away from zero', () => {
    const cases: [promoters: number, passives: number, detractors: number, score: number, arithmetic: string][] = [
      [1, 0, 1, 0, '100 × 0 / 2 = 0'],
      [1, 7, 0, 13, '100 × 1 / 8 = 12.5 → 13'],
      [0, 7, 1, -13, '100 × −1 / 8 = −12.5 → −13 (Math.round would give −12)'],
      [1, 39, 0, 3, '100 × 1 / 40 = 2.5 → 3'],
      [0, 39, 1, -3, '100 × −1 / 40 = −2.5 → −3 (Math.round would give −2)'],
      [1, 199, 0, 1, '100 × 1 / 200 = 0.5 → 1'],
      [0, 199, 1, -1, '100 × −1 / 200 = −0.5 → −1 (Math.round would give −0)'],
      [1, 299, 0, 0, '100 × 1 / 300 = 0.333… → 0'],
      [0, 299, 1, 0, '100 × −1 / 300 = −0.333… → 0, not −0'],
      [2, 0, 1, 33, '100 × 1 / 3 = 33.33… → 33'],
      [1, 0, 2, -33, '100 × −1 / 3 = −33.33… → −33'],
      [2, 1, 0, 67, '100 × 2 / 3 = 66.67… → 67'],
      [0, 1, 2, -67, '100 × −2 / 3 = −66.67… → −67'],
      [3, 0, 5, -25, '100 × −2 / 8 = −25'],
      [5, 0, 0, 100, '100 × 5 / 5 = 100'],
      [0, 0, 5, -100, '100 × −5 / 5 = −100'],
      [0, 5, 0, 0, '100 × 0 / 5 = 0'],
      [145, 105, 50, 32, '100 × 95 / 300 = 31.67 → 32'],
    ];
    for (const [promoters, passives, detractors, score, arithmetic] of cases) {
      it(`${promoters}/${passives}/${detractors} → ${score} (${arithmetic})`, () => {
        const result = npsOf({ promoters, passives, detractors });
        expect(result.score).to.equal(score);
        // chai's equal treats −0 and 0 alike; Object.is does not.
        expect(
          Object.is(result.score, score),
          `score is ${Object.is(result.score, -0) ? '−0' : result.score}`,
        ).to.equal(true);
        expect(result.responses).to.equal(promoters + passives + detractors);
      });
    }
  });

  it('roundScore never returns −0', () => {
    const cases: [number, number][] = [
      [-0, 0],
      [-0.4, 0],
      [-0.5, -1],
      [0.5, 1],
      [-1.5, -2],
      [1.5, 2],
      [-2.4999, -2],
      [99.5, 100],
    ];
    for (const [value, expected] of cases) {
      expect(Object.is(roundScore(value), expected), `roundScore(${value}) = ${roundScore(value)}`).to.equal(true);
    }
  });

  it('computes counts, shares and flags from counts', () => {
    const result = npsOf({
      promoters: 50,
      passives: 30,
      detractors: 20,
      period: 'Q1',
      persona: 'starter',
      source: 'survey',
    });
    expect(result).to.deep.equal({
      score: 30, // 100 × (50 − 20) / 100
      responses: 100, // 50 + 30 + 20
      promoters: 50,
      passives: 30,
      detractors: 20,
      shares: { promoters: 0.5, passives: 0.3, detractors: 0.2 }, // 50/100, 30/100, 20/100
      smallSample: false,
      onTarget: null, // no target
      period: 'Q1',
      persona: 'starter',
      source: 'survey',
    });
  });

  it('buckets a 0–10 distribution: 0–6 detractors, 7–8 passives, 9–10 promoters', () => {
    // One answer per score: detractors 0…6 = 7, passives 7, 8 = 2, promoters 9, 10 = 2; n = 11.
    const result = npsOf({ distribution: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    expect([result.detractors, result.passives, result.promoters, result.responses]).to.deep.equal([7, 2, 2, 11]);
    expect(result.score).to.equal(-45); // 100 × (2 − 7) / 11 = −45.45… → −45
    expect(result.smallSample).to.equal(true); // 11 < 30
    expect(result.distribution).to.deep.equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Boundaries: only score 6 → detractor, only 7 → passive, only 9 → promoter.
    const only = (i: number) => npsOf({ distribution: Array.from({ length: 11 }, (_, s) => (s === i ? 1 : 0)) });
    expect(only(6).score).to.equal(-100);
    expect(only(7).score).to.equal(0);
    expect(only(8).score).to.equal(0);
    expect(only(9).score).to.equal(100);
  });

  it('zero responses are "no data": score and shares null, not a small sample', () => {
    for (const nps of [
      { promoters: 0, passives: 0, detractors: 0, target: 10 },
      { distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], target: 10 },
    ]) {
      const result = npsOf(nps);
      expect(result.score).to.equal(null);
      expect(result.shares).to.equal(null);
      expect(result.smallSample).to.equal(false);
      expect(result.responses).to.equal(0);
      expect(result.onTarget).to.equal(null); // a target cannot be met or missed without data
      expect(result.target).to.equal(10);
    }
  });

  it(`flags fewer than ${SMALL_SAMPLE} responses as a small sample`, () => {
    expect(SMALL_SAMPLE).to.equal(30);
    const cases: [responses: number, small: boolean][] = [
      [1, true],
      [29, true],
      [30, false],
      [31, false],
    ];
    for (const [n, small] of cases) {
      expect(npsOf({ promoters: n, passives: 0, detractors: 0 }).smallSample, `${n} responses`).to.equal(small);
    }
  });

  it('meets the target when the score is at or above it', () => {
    // 50/30/20 → 100 × 30 / 100 = 30.
    const cases: [target: number, onTarget: boolean][] = [
      [29, true], // 30 > 29: met
      [30, true], // 30 = 30: met
      [31, false], // 30 < 31: missed
      [-100, true],
    ];
    for (const [target, onTarget] of cases) {
      const result = npsOf({ promoters: 50, passives: 30, detractors: 20, target });
      expect(result.onTarget, `target ${target}`).to.equal(onTarget);
      expect(result.target).to.equal(target);
    }
  });
});

describe('NPS of the example journeys', () => {
  const m = load(mortgage);
  const h = load(health);

  it('mortgage `advice`: 32 in 2026-Q2, 46 in 2026-Q3, +14 up', () => {
    const { current, series, trend } = touchpointNps(touchpoint(m, 'advice'));
    const [q2, q3] = series;
    // Q2 [4,2,3,5,6,10,20 | 45,60 | 70,75]: detractors 4+2+3+5+6+10+20 = 50, passives 45+60 = 105,
    // promoters 70+75 = 145, n = 300; 100 × (145 − 50) / 300 = 31.67 → 32.
    expect([q2!.detractors, q2!.passives, q2!.promoters, q2!.responses, q2!.score]).to.deep.equal([
      50, 105, 145, 300, 32,
    ]);
    expect(q2!.period).to.equal('2026-Q2');
    expect(q2!.onTarget).to.equal(false); // 32 < 40
    // Q3 [2,1,2,3,4,8,15 | 40,62 | 88,95]: detractors 2+1+2+3+4+8+15 = 35, passives 40+62 = 102,
    // promoters 88+95 = 183, n = 320; 100 × (183 − 35) / 320 = 46.25 → 46.
    expect([q3!.detractors, q3!.passives, q3!.promoters, q3!.responses, q3!.score]).to.deep.equal([
      35, 102, 183, 320, 46,
    ]);
    expect(q3!.onTarget).to.equal(true); // 46 ≥ 40
    expect(q3!.shares!.promoters).to.be.closeTo(0.571875, 1e-12); // 183 / 320
    expect(current).to.equal(q3);
    expect(trend!.from).to.equal(q2);
    expect(trend!.to).to.equal(q3);
    expect(trend!.delta).to.equal(14); // 46 − 32
    expect(trend!.direction).to.equal('up');
  });

  it('mortgage single measurements', () => {
    const cases: [id: string, score: number, small: boolean, onTarget: boolean | null, arithmetic: string][] = [
      ['calculate', 16, false, null, '100 × (210 − 130) / 500 = 16'],
      ['documents', -39, false, false, '100 × (80 − 260) / 460 = −39.13 → −39; target 0 missed'],
      ['welcome', 64, false, null, '100 × (300 − 30) / 420 = 64.29 → 64'],
      ['service-call', 33, true, null, '100 × (12 − 4) / 24 = 33.33 → 33; 24 < 30 responses'],
    ];
    for (const [id, score, small, onTarget] of cases) {
      const { current, series, trend } = touchpointNps(touchpoint(m, id));
      expect(series.length, id).to.equal(1);
      expect(current!.score, id).to.equal(score);
      expect(current!.smallSample, id).to.equal(small);
      expect(current!.onTarget, id).to.equal(onTarget);
      expect(trend, id).to.equal(null); // one period: no trend
    }
  });

  it('health `claim` (zero counts) → no data, never 0', () => {
    const { current } = touchpointNps(touchpoint(h, 'claim'));
    expect(current!.score).to.equal(null);
    expect(current!.shares).to.equal(null);
    expect(current!.smallSample).to.equal(false);
  });

  it('health `bill` from its distribution', () => {
    const { current } = touchpointNps(touchpoint(h, 'bill'));
    // [30,12,14,18,20,25,31 | 40,35 | 20,15]: detractors 30+12+14+18+20+25+31 = 150,
    // passives 40+35 = 75, promoters 20+15 = 35, n = 260; 100 × (35 − 150) / 260 = −44.23 → −44.
    expect([current!.detractors, current!.passives, current!.promoters, current!.responses]).to.deep.equal([
      150, 75, 35, 260,
    ]);
    expect(current!.score).to.equal(-44);
    expect(current!.shares!.detractors).to.be.closeTo(150 / 260, 1e-12); // 0.5769…
    expect(current!.shares!.passives).to.be.closeTo(75 / 260, 1e-12); // 0.2884…
    expect(current!.shares!.promoters).to.be.closeTo(35 / 260, 1e-12); // 0.1346…
    expect(current!.smallSample).to.equal(false);
    expect(current!.period).to.equal(undefined);
  });

  it('touchpoints without NPS have an empty series', () => {
    expect(touchpointNps(touchpoint(m, 'compare'))).to.deep.equal({ current: null, series: [], trend: null });
    expect(npsSeries(touchpoint(h, 'paid'))).to.deep.equal([]);
  });
});

describe('touchpointNps with a period', () => {
  const advice = touchpoint(load(mortgage), 'advice');
  const cases: [period: string | null | undefined, current: number | null, delta: number | null | undefined][] = [
    [undefined, 46, 14], // latest: Q3 46, trend 46 − 32
    [null, 46, 14],
    ['2026-Q3', 46, 14],
    ['2026-Q2', 32, undefined], // Q2 is the first period: nothing to compare with, trend null
    ['2025-Q4', null, undefined], // a period this touchpoint never measured: no data
  ];
  for (const [period, current, delta] of cases) {
    it(`period ${String(period)} → current ${current}, trend ${delta === undefined ? 'none' : delta}`, () => {
      const result = touchpointNps(advice, { period });
      expect(result.current?.score ?? null).to.equal(current);
      if (delta === undefined) expect(result.trend).to.equal(null);
      else expect(result.trend!.delta).to.equal(delta);
      expect(scores(result.series)).to.deep.equal([32, 46]); // the whole series, whatever the period
    });
  }
});

describe('npsTrend', () => {
  const r = (promoters: number, detractors: number) => npsOf({ promoters, passives: 0, detractors });
  const cases: [label: string, series: NpsResult[], delta: number | null, direction: string | null][] = [
    ['up', [r(1, 1), r(3, 1)], 50, 'up'], // 0 → 100 × 2 / 4 = 50
    ['down', [r(3, 1), r(1, 1)], -50, 'down'], // 50 → 0
    ['flat', [r(2, 2), r(1, 1)], 0, 'flat'], // 0 → 0
    ['last two only', [r(0, 4), r(1, 1), r(3, 1)], 50, 'up'], // −100 is ignored; 0 → 50
    ['no data at the end', [r(3, 1), r(0, 0)], null, null],
    ['no data at the start', [r(0, 0), r(3, 1)], null, null],
  ];
  for (const [label, series, delta, direction] of cases) {
    it(label, () => {
      const trend = npsTrend(series)!;
      expect(trend.delta).to.equal(delta);
      expect(trend.direction).to.equal(direction);
    });
  }
  it('needs two measurements', () => {
    expect(npsTrend([])).to.equal(null);
    expect(npsTrend([r(1, 0)])).to.equal(null);
  });
});

describe('npsSeries per persona', () => {
  // Only per-persona measurements: the overall series sums each period's counts.
  const tp = withNps([
    { persona: 'starter', period: 'Q1', promoters: 10, passives: 5, detractors: 5, target: 20 },
    { persona: 'mover', period: 'Q1', promoters: 20, passives: 10, detractors: 10 },
    { persona: 'starter', period: 'Q2', promoters: 30, passives: 0, detractors: 10 },
    { persona: 'mover', period: 'Q2', promoters: 10, passives: 10, detractors: 20 },
  ]);

  const cases: [persona: string | null | undefined, expected: (number | null)[], arithmetic: string][] = [
    [undefined, [25, 13], 'Q1 (10+20) − (5+10) = 15 of 60 → 25; Q2 (30+10) − (10+20) = 10 of 80 → 12.5 → 13'],
    [null, [25, 13], 'same as undefined'],
    ['starter', [25, 50], 'Q1 (10 − 5) / 20 → 25; Q2 (30 − 10) / 40 → 50'],
    ['mover', [25, -25], 'Q1 (20 − 10) / 40 → 25; Q2 (10 − 20) / 40 → −25'],
    ['nobody', [], 'a persona without its own measurements has no series'],
  ];
  for (const [persona, expected, arithmetic] of cases) {
    it(`${String(persona)} → [${expected.join(', ')}] (${arithmetic})`, () => {
      expect(scores(npsSeries(tp, persona))).to.deep.equal(expected);
    });
  }

  it('summed periods keep the period and the first target, and no persona', () => {
    const [q1, q2] = npsSeries(tp);
    expect([q1!.period, q2!.period]).to.deep.equal(['Q1', 'Q2']);
    expect([q1!.responses, q2!.responses]).to.deep.equal([60, 80]); // 20 + 40, 40 + 40
    expect(q1!.target).to.equal(20);
    expect(q1!.onTarget).to.equal(true); // 25 ≥ 20
    expect(q1!.persona).to.equal(undefined);
    expect(q2!.target).to.equal(undefined);
    expect(q1!.distribution).to.equal(undefined); // counts give no distribution
    expect(touchpointNps(tp).trend!.delta).to.equal(-12); // 13 − 25
    expect(touchpointNps(tp, { persona: 'mover' }).trend!.direction).to.equal('down'); // 25 → −25
  });

  it('sums distributions into a distribution', () => {
    const series = npsSeries(
      withNps([
        { persona: 'a', period: 'P', distribution: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
        { persona: 'b', period: 'P', distribution: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3] },
      ]),
    );
    expect(series.length).to.equal(1);
    // [1,0,0,0,0,0,0,2,0,0,4]: detractors 1, passives 2, promoters 4, n 7; 100 × 3 / 7 = 42.86 → 43.
    expect(series[0]!.distribution).to.deep.equal([1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 4]);
    expect(series[0]!.score).to.equal(43);
    expect(series[0]!.smallSample).to.equal(true);
  });

  it('sums mixed counts and distributions as counts', () => {
    const [result] = npsSeries(
      withNps([
        { persona: 'a', distribution: [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1] }, // 2 detractors, 1 promoter
        { persona: 'b', promoters: 5, passives: 1, detractors: 1 },
      ]),
    );
    // promoters 1 + 5 = 6, passives 0 + 1 = 1, detractors 2 + 1 = 3, n 10; 100 × 3 / 10 = 30.
    expect([result!.promoters, result!.passives, result!.detractors, result!.score]).to.deep.equal([6, 1, 3, 30]);
    expect(result!.distribution).to.equal(undefined);
  });

  it('uses all-customers measurements as given when there are any', () => {
    const mixed = withNps([
      { period: 'Q1', promoters: 1, passives: 0, detractors: 0 },
      { persona: 'a', period: 'Q1', promoters: 0, passives: 0, detractors: 9 },
    ]);
    expect(scores(npsSeries(mixed))).to.deep.equal([100]); // the overall one only, not 1 vs 9 summed
    expect(scores(npsSeries(mixed, 'a'))).to.deep.equal([-100]);
    expect(scores(npsSeries(withNps({ promoters: 3, passives: 0, detractors: 1 })))).to.deep.equal([50]); // a single object
  });
});

describe('npsPeriods', () => {
  const cases: [name: string, touchpoints: readonly Touchpoint[], periods: string[]][] = [
    // calculate (Q3 only) comes before advice (Q2, Q3), whose series says Q2 precedes Q3.
    ['mortgage', load(mortgage).touchpoints, ['2026-Q2', '2026-Q3']],
    ['health (no periods)', load(health).touchpoints, []],
    ['generic (no NPS)', load(generic).touchpoints, []],
    [
      'first-seen order where the series do not say',
      [
        withNps({ period: 'B', promoters: 1, passives: 0, detractors: 0 }),
        withNps({ period: 'A', promoters: 1, passives: 0, detractors: 0 }),
      ],
      ['B', 'A'],
    ],
    [
      'per-persona series each give the order',
      [
        withNps({ period: 'Q3', promoters: 1, passives: 0, detractors: 0 }),
        withNps([
          { persona: 'a', period: 'Q1', promoters: 1, passives: 0, detractors: 0 },
          { persona: 'a', period: 'Q2', promoters: 1, passives: 0, detractors: 0 },
          { persona: 'a', period: 'Q3', promoters: 1, passives: 0, detractors: 0 },
          { persona: 'b', period: 'Q1', promoters: 1, passives: 0, detractors: 0 },
          { persona: 'b', period: 'Q3', promoters: 1, passives: 0, detractors: 0 },
        ]),
      ],
      ['Q1', 'Q2', 'Q3'],
    ],
    [
      'contradicting series fall back to first-seen order',
      [
        withNps([
          { period: 'X', promoters: 1, passives: 0, detractors: 0 },
          { period: 'Y', promoters: 1, passives: 0, detractors: 0 },
        ]),
        withNps([
          { period: 'Y', promoters: 1, passives: 0, detractors: 0 },
          { period: 'X', promoters: 1, passives: 0, detractors: 0 },
        ]),
      ],
      ['X', 'Y'],
    ],
  ];
  for (const [name, touchpoints, periods] of cases) {
    it(name, () => {
      expect(npsPeriods(touchpoints)).to.deep.equal(periods);
    });
  }
});
