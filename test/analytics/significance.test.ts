import { expect } from '@open-wc/testing';
import { emotionChange, npsChange } from '../../src/analytics/index.js';

const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });

describe('npsChange (z test on the adjusted-Wald estimates)', () => {
  // [before, after, delta, z, p, significant, arithmetic]
  const cases: [ReturnType<typeof counts>, ReturnType<typeof counts>, number, number, number, boolean, string][] = [
    [
      counts(145, 105, 50),
      counts(100, 100, 100),
      -32,
      -4.950775,
      7.3919e-7,
      true,
      // before: NPS′₁ = 95/303 = 0.313531, Var₁ = 0.00181588 (see intervals.test.ts)
      // after: n′ = 303, p′ = d′ = 100.75/303 = 0.332508, NPS′₂ = 0, Var₂ = 0.665017/303 = 0.00219478
      // z = (0 − 0.313531) / √(0.00181588 + 0.00219478) = −0.313531 / 0.0633298 = −4.950775
      // p = 2 · (1 − Φ(4.950775)) = 7.39e−7; delta = 0 − 32
      '32 → 0 on 300 answers each: significant',
    ],
    [
      counts(12, 10, 8),
      counts(10, 10, 10),
      -13,
      -0.613463,
      0.53957,
      false,
      // before: n′ = 33, p′ = 12.75/33 = 0.386364, d′ = 8.75/33 = 0.265152, NPS′₁ = 4/33 = 0.121212
      //   Var₁ = (21.5/33 − 0.121212²)/33 = (0.651515 − 0.014692)/33 = 0.0192977
      // after: n′ = 33, p′ = d′ = 10.75/33 = 0.325758, NPS′₂ = 0, Var₂ = 0.651515/33 = 0.0197429
      // z = −0.121212 / √0.0390406 = −0.121212 / 0.197587 = −0.613463; p = 0.5396
      // delta = round(100·0/30) − round(100·4/30) = 0 − 13
      '13 → 0 on 30 answers each: not significant',
    ],
    [
      counts(40, 30, 30),
      counts(45, 30, 25),
      10,
      0.850808,
      0.394876,
      false,
      // before: n′ = 103, p′ = 40.75/103, d′ = 30.75/103, NPS′₁ = 10/103 = 0.097087
      //   Var₁ = (71.5/103 − 0.097087²)/103 = (0.694175 − 0.009426)/103 = 0.00664805
      // after: p′ = 45.75/103, d′ = 25.75/103, NPS′₂ = 20/103 = 0.194175
      //   Var₂ = (71.5/103 − 0.194175²)/103 = (0.694175 − 0.037704)/103 = 0.00637351
      // z = 0.097087 / √0.0130216 = 0.097087 / 0.114112 = 0.850808; p = 0.3949
      '+10 on 100 answers each: not significant',
    ],
  ];
  for (const [before, after, delta, z, p, significant, what] of cases) {
    it(what, () => {
      const change = npsChange(before, after)!;
      expect(change.delta).to.equal(delta);
      expect(change.z).to.be.closeTo(z, 1e-5);
      expect(change.p).to.be.closeTo(p, Math.max(1e-6, p * 1e-4));
      expect(change.significant).to.equal(significant);
      expect(change.level).to.equal(0.95);
    });
  }

  it('the level decides: p = 0.3949 is significant at 50 % but not at 95 %', () => {
    expect(npsChange(counts(40, 30, 30), counts(45, 30, 25), 0.5)!.significant).to.equal(true);
    expect(npsChange(counts(40, 30, 30), counts(45, 30, 25), 0.95)!.significant).to.equal(false);
  });

  it('is null when either side has no answers', () => {
    expect(npsChange(counts(0, 0, 0), counts(5, 5, 5))).to.equal(null);
    expect(npsChange(counts(5, 5, 5), counts(0, 0, 0))).to.equal(null);
  });
});

/** Mean and sample standard deviation of raw answers. */
function sample(values: readonly number[]) {
  const n = values.length;
  const score = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - score) ** 2, 0) / (n - 1));
  return { score, n, sd };
}

describe("emotionChange (Welch's t test)", () => {
  // Worked examples of the Wikipedia article "Welch's t-test" (section "Examples"), which
  // states Welch's t, ν and p to two or three figures for each pair of samples.
  const examples: [string, number[], number[], number, number, number][] = [
    [
      'example 1 (equal sizes, similar spreads): t = 2.46, ν = 25.0, p = 0.021',
      [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4],
      [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4],
      2.46,
      25.0,
      0.021,
    ],
    [
      'example 2 (unequal sizes, the smaller sample more spread): t = 1.57, ν = 9.9, p = 0.149',
      [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8],
      [
        21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5, 22.5, 23.5,
        21.5, 21.8,
      ],
      1.57,
      9.9,
      0.149,
    ],
  ];
  // R's t.test (Welch by default) on a published pair of samples prints four figures:
  // "t = -1.8325, df = 17.9, p-value = 0.08356" (ts1 = 11, 9, 10, …; ts2 = 11, 13, 10, …).
  it('R t.test example: t = −1.8325, ν = 17.9, p = 0.08356', () => {
    const change = emotionChange(
      sample([11, 13, 10, 13, 12, 9, 11, 12, 12, 11]),
      sample([11, 9, 10, 11, 10, 12, 9, 11, 12, 9]),
    );
    expect(change.delta).to.be.closeTo(-1, 1e-12);
    expect(change.t!).to.be.closeTo(-1.8325, 5e-5);
    expect(change.df!).to.be.closeTo(17.9, 0.05);
    expect(change.p!).to.be.closeTo(0.08356, 5e-6);
    expect(change.significant).to.equal(false);
  });

  for (const [what, first, second, t, df, p] of examples) {
    it(what, () => {
      const change = emotionChange(sample(first), sample(second));
      expect(change.t!).to.be.closeTo(t, 0.005);
      expect(change.df!).to.be.closeTo(df, 0.05);
      expect(change.p!).to.be.closeTo(p, 0.0005);
      expect(change.significant).to.equal(p < 0.05);
    });
  }

  it('hand-computed: equal n and sd give ν = 2(n − 1)', () => {
    // −1 → 1, n = 10, sd = 2 each: se² = 4/10 + 4/10 = 0.8; t = 2/√0.8 = 2.236068
    // ν = 0.8² / (2 · 0.4²/9) = 0.64 / 0.0355556 = 18; p(|T₁₈| ≥ 2.236068) = 0.038250
    const change = emotionChange({ score: -1, n: 10, sd: 2 }, { score: 1, n: 10, sd: 2 });
    expect(change.delta).to.equal(2);
    expect(change.t!).to.be.closeTo(2.236068, 1e-6);
    expect(change.df!).to.be.closeTo(18, 1e-9);
    expect(change.p!).to.be.closeTo(0.03825, 1e-5);
    expect(change.significant).to.equal(true);
  });

  it('hand-computed: a fall of 1.1 points on 150 and 140 answers is significant', () => {
    // 1.5 (n 150, sd 1.6) → 0.4 (n 140, sd 1.8): se² = 2.56/150 + 3.24/140 = 0.0170667 + 0.0231429 = 0.0402095
    // t = −1.1 / 0.200523 = −5.485652; ν = 0.0402095² / (0.0170667²/149 + 0.0231429²/139) = 278.37
    const change = emotionChange({ score: 1.5, n: 150, sd: 1.6 }, { score: 0.4, n: 140, sd: 1.8 });
    expect(change.t!).to.be.closeTo(-5.485652, 1e-5);
    expect(change.df!).to.be.closeTo(278.375, 1e-3);
    expect(change.p!).to.be.closeTo(9.2568e-8, 1e-11);
    expect(change.significant).to.equal(true);
  });

  // Invariant 19: never guess. Each of these cannot be tested, so `significant` is null, not false.
  const unknown: [string, object, object][] = [
    ['no n before', { score: 1, sd: 1 }, { score: -2, n: 100, sd: 1 }],
    ['no sd after', { score: 1, n: 100, sd: 1 }, { score: -2, n: 100 }],
    ['neither n nor sd', { score: 3 }, { score: -3 }],
    ['a single answer', { score: 1, n: 1, sd: 0 }, { score: -2, n: 100, sd: 1 }],
    ['no spread on either side', { score: 1, n: 20, sd: 0 }, { score: 2, n: 20, sd: 0 }],
  ];
  for (const [what, before, after] of unknown) {
    it(`significance unknown with ${what}`, () => {
      const change = emotionChange(before as { score: number }, after as { score: number });
      expect(change.significant).to.equal(null);
      expect(change.p).to.equal(null);
      expect(change.t).to.equal(null);
      expect(change.delta).to.equal((after as { score: number }).score - (before as { score: number }).score);
    });
  }
});
