import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adjustedNps, emotionInterval, npsInterval, npsOf } from '../../src/analytics/index.js';

// z at 95 % is Φ⁻¹(0.975) = 1.959964; at 90 % Φ⁻¹(0.95) = 1.644854.
describe('npsInterval (adjusted-Wald, Rocks 2016)', () => {
  // [promoters, passives, detractors, level, score, low, high, arithmetic]
  const cases: [number, number, number, number, number, number, number, string][] = [
    [
      145,
      105,
      50,
      0.95,
      32,
      23.0011,
      39.7052,
      // n′ = 303; p′ = 145.75/303 = 0.481023, d′ = 50.75/303 = 0.167492; NPS′ = 95/303 = 0.313531
      // Var = (196.5/303 − 0.313531²)/303 = (0.648515 − 0.098302)/303 = 0.00181588; √Var = 0.0426132
      // 100 · (0.313531 ± 1.959964 · 0.0426132) = 31.3531 ± 8.3520 → 23.0011 … 39.7052
      '300 answers',
    ],
    [
      145,
      105,
      50,
      0.9,
      32,
      24.3439,
      38.3624,
      // the same √Var = 0.0426132; 100 · 1.644854 · 0.0426132 = 7.0092 → 31.3531 ± 7.0092
      '300 answers at 90 %',
    ],
    [
      5,
      10,
      5,
      0.95,
      0,
      -28.8981,
      28.8981,
      // n′ = 23; p′ = d′ = 5.75/23 = 0.25; NPS′ = 0; Var = 0.5/23 = 0.0217391; √Var = 0.147442
      // 100 · 1.959964 · 0.147442 = 28.8981
      'balanced, 20 answers',
    ],
    [
      10,
      0,
      0,
      0.95,
      100,
      47.5036,
      100,
      // n′ = 13; p′ = 10.75/13 = 0.826923, d′ = 0.75/13 = 0.057692; NPS′ = 10/13 = 0.769231
      // Var = (11.5/13 − 0.769231²)/13 = (0.884615 − 0.591716)/13 = 0.0225307; √Var = 0.150102
      // 100 · (0.769231 ± 0.294194) = 47.5036 … 106.3425 → clipped to 100
      'all promoters: clipped at +100',
    ],
    [
      0,
      0,
      1,
      0.95,
      -100,
      -98.4986,
      48.4986,
      // n′ = 4; p′ = 0.75/4 = 0.1875, d′ = 1.75/4 = 0.4375; NPS′ = −0.25
      // Var = (0.625 − 0.0625)/4 = 0.140625; √Var = 0.375; 100 · (−0.25 ± 0.734986)
      'one detractor',
    ],
  ];
  for (const [promoters, passives, detractors, level, score, low, high, what] of cases) {
    it(`${promoters}/${passives}/${detractors} at ${level * 100} %: ${score} (${low} … ${high}), ${what}`, () => {
      const interval = npsInterval({ promoters, passives, detractors }, level)!;
      expect(interval.score).to.equal(score);
      expect(interval.low).to.be.closeTo(low, 1e-4);
      expect(interval.high).to.be.closeTo(high, 1e-4);
      expect(interval.margin).to.be.closeTo((interval.high - interval.low) / 2, 1e-12);
      expect(interval.margin).to.be.closeTo((high - low) / 2, 1e-4);
      expect(interval.n).to.equal(promoters + passives + detractors);
      expect(interval.level).to.equal(level);
    });
  }

  it('reads the 0–10 distribution and a computed NpsResult alike', () => {
    // 0…10: 50 detractors (scores 0–6), 105 passives (7–8), 145 promoters (9–10)
    const distribution = [10, 0, 0, 10, 0, 20, 10, 50, 55, 45, 100];
    const fromDistribution = npsInterval({ distribution })!;
    const fromResult = npsInterval(npsOf({ promoters: 145, passives: 105, detractors: 50 }))!;
    expect(fromDistribution.low).to.be.closeTo(23.0011, 1e-4);
    expect(fromResult).to.deep.equal(fromDistribution);
  });

  it('is null without answers (no data, never an interval around 0)', () => {
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 })).to.equal(null);
    expect(npsInterval({ distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] })).to.equal(null);
  });

  it('refuses a level outside (0, 1)', () => {
    expect(() => npsInterval({ promoters: 1, passives: 1, detractors: 1 }, 95)).to.throw(RangeError, /level/);
  });

  const counts = fc.record({
    promoters: fc.integer({ min: 0, max: 5000 }),
    passives: fc.integer({ min: 0, max: 5000 }),
    detractors: fc.integer({ min: 0, max: 5000 }),
  });

  it('property: the interval contains the adjusted estimate', () => {
    fc.assert(
      fc.property(counts, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (nps, level) => {
        const interval = npsInterval(nps, level);
        if (interval === null) return nps.promoters + nps.passives + nps.detractors === 0;
        return interval.low <= interval.estimate && interval.estimate <= interval.high;
      }),
    );
  });

  it('property: symmetric about the adjusted estimate before clipping', () => {
    fc.assert(
      fc.property(counts, (nps) => {
        const interval = npsInterval(nps);
        if (interval === null) return true;
        const adjusted = adjustedNps(nps)!;
        const half = 1.959964 * Math.sqrt(adjusted.variance) * 100;
        if (interval.low > -100 && interval.high < 100) {
          return (
            Math.abs(interval.estimate - interval.low - (interval.high - interval.estimate)) < 1e-9 &&
            Math.abs(interval.margin - half) < 1e-4
          );
        }
        // Clipped: the clipped side stops at the bound, the other keeps its full half-width.
        return (
          (interval.low === -100 || Math.abs(interval.estimate - interval.low - half) < 1e-4) &&
          (interval.high === 100 || Math.abs(interval.high - interval.estimate - half) < 1e-4)
        );
      }),
    );
  });

  it('property: narrows as n grows (same shares, ten times the answers)', () => {
    fc.assert(
      fc.property(counts, (nps) => {
        const small = npsInterval(nps);
        const large = npsInterval({
          promoters: nps.promoters * 10,
          passives: nps.passives * 10,
          detractors: nps.detractors * 10,
        });
        if (small === null) return large === null;
        return large!.high - large!.low < small.high - small.low;
      }),
    );
  });
});

describe('emotionInterval (t interval of a mean)', () => {
  it('score ± t(0.975; n − 1) · sd / √n', () => {
    // n = 25, sd = 2: t(0.975; 24) = 2.063899; 2.063899 · 2 / 5 = 0.825560 → 0.5 ± 0.825560
    const interval = emotionInterval({ score: 0.5, n: 25, sd: 2 })!;
    expect(interval.low).to.be.closeTo(-0.32556, 1e-5);
    expect(interval.high).to.be.closeTo(1.32556, 1e-5);
    expect(interval.margin).to.be.closeTo(0.82556, 1e-5);
  });
  it('clips to the scale −5…5', () => {
    // n = 4, sd = 1: t(0.975; 3) = 3.182446; 3.182446 · 1 / 2 = 1.591223 → 4.8 + 1.59 → 5
    const interval = emotionInterval({ score: 4.8, n: 4, sd: 1 })!;
    expect(interval.high).to.equal(5);
    expect(interval.low).to.be.closeTo(3.208777, 1e-5);
  });
  it('is null (unknown) without n, with n = 1 or without sd', () => {
    expect(emotionInterval({ score: 1 })).to.equal(null);
    expect(emotionInterval({ score: 1, n: 30 })).to.equal(null);
    expect(emotionInterval({ score: 1, sd: 1 })).to.equal(null);
    expect(emotionInterval({ score: 1, n: 1, sd: 0 })).to.equal(null);
  });
});
