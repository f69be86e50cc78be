import { expect } from '@open-wc/testing';
import * as d3 from 'd3-scale';
import { scaleBand, scaleLinear } from '../../src/layout/scale.js';

describe('scaleLinear (number-only)', () => {
  const cases: [name: string, domain: number[], range: number[], clamp: boolean, x: number, expected: number][] = [
    // t = (x − d0) / (d1 − d0); y = r0·(1 − t) + r1·t
    ['emotion 0 on a 200 px plot', [-5, 5], [200, 0], false, 0, 100], // t = 0.5 → 200·0.5 + 0·0.5
    ['emotion +5 is the top', [-5, 5], [200, 0], false, 5, 0], // t = 1
    ['emotion −2.5', [-5, 5], [200, 0], false, -2.5, 150], // t = 0.25 → 200·0.75
    ['outside, not clamped', [0, 10], [0, 100], false, 15, 150], // t = 1.5 → 100·1.5
    ['outside, clamped', [0, 10], [0, 100], true, 15, 100], // x → 10, t = 1
    ['below, clamped', [0, 10], [0, 100], true, -3, 0], // x → 0
    // descending domain: d3 normalises from the low end with the range swapped:
    // t = (x − 0) / (10 − 0) = 0.3, y = 100·0.7 + 0·0.3 = 70
    ['descending domain', [10, 0], [0, 100], false, 3, 70],
    ['descending, clamped', [10, 0], [0, 100], true, 12, 0], // x → 10, t = 1 → 0
    ['one-point domain maps to the middle', [4, 4], [0, 100], false, 9, 50], // span 0 → t = ½
    ['stroke width of 3 of 12 flows', [0, 12], [0, 22], true, 3, 5.5], // t = 0.25 → 22·0.25
  ];
  for (const [name, domain, range, clamp, x, expected] of cases) {
    it(name, () => {
      const scale = scaleLinear().domain(domain).range(range).clamp(clamp);
      expect(scale(x)).to.equal(expected);
      expect(scale(x), 'as d3-scale').to.equal(d3.scaleLinear().domain(domain).range(range).clamp(clamp)(x));
    });
  }

  it('gives the same bits as d3-scale across inexact fractions', () => {
    const domains = [
      [-5, 5],
      [0, 7],
      [3.3, -1.1],
      [-100, 100],
    ];
    const ranges = [
      [0, 1],
      [412.7, 13.3],
      [-0.1, 0.2],
    ];
    for (const domain of domains) {
      for (const range of ranges) {
        for (const clamp of [false, true]) {
          const ours = scaleLinear().domain(domain).range(range).clamp(clamp);
          const theirs = d3.scaleLinear().domain(domain).range(range).clamp(clamp);
          for (let x = -120; x <= 120; x += 0.37)
            expect(ours(x), `${domain} ${range} ${clamp} ${x}`).to.equal(theirs(x));
        }
      }
    }
  });

  it('has d3 defaults and reads back what was set', () => {
    const scale = scaleLinear();
    expect(scale.domain()).to.deep.equal([0, 1]);
    expect(scale.range()).to.deep.equal([0, 1]);
    expect(scale.clamp()).to.equal(false);
    expect(scale(0.25)).to.equal(0.25);
    scale.domain([2, 4]).range([10, 30]).clamp(true);
    expect([scale.domain(), scale.range(), scale.clamp()]).to.deep.equal([[2, 4], [10, 30], true]);
    const copy = scale.copy();
    scale.domain([0, 1]);
    expect(copy(3)).to.equal(20); // t = (3 − 2) / 2 = 0.5 → 10·0.5 + 30·0.5
    expect(Number.isNaN(scale(NaN))).to.equal(true);
  });

  it('rejects a domain or range that is not two numbers', () => {
    expect(() => scaleLinear().domain([0, 1, 2])).to.throw(RangeError, 'the domain needs two numbers, got 3');
    expect(() => scaleLinear().range([0])).to.throw(RangeError, 'the range needs two numbers, got 1');
  });

  const ticks: [domain: number[], count: number, expected: number[]][] = [
    // step 10 / 10 = 1
    [[0, 10], 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    // step 10 / 4 = 2.5: 2.5 ≥ √2 and < √10 → factor 2, step 2
    [[0, 10], 4, [0, 2, 4, 6, 8, 10]],
    // step 10 / 3 ≈ 3.3 ≥ √10 → factor 5
    [[-5, 5], 3, [-5, 0, 5]],
    // step 0.1 / 5 = 0.02 → inc 1 / 0.02 = 50, ticks i / 50
    [[0, 0.1], 5, [0, 0.02, 0.04, 0.06, 0.08, 0.1]],
    // descending domain: the same ticks, descending
    [[10, 0], 4, [10, 8, 6, 4, 2, 0]],
  ];
  for (const [domain, count, expected] of ticks) {
    it(`ticks(${count}) of [${domain}]`, () => {
      expect(scaleLinear().domain(domain).ticks(count)).to.deep.equal(expected);
      expect(d3.scaleLinear().domain(domain).ticks(count)).to.deep.equal(expected);
    });
  }

  const nice: [domain: number[], count: number, expected: number[]][] = [
    // step for [0, 37] in 4 = 9.25 ≥ √50 → 10: [0, 40]; again step 10: stable
    [[0, 37], 4, [0, 40]],
    // [0, 1] stays (step 0.2 divides both ends)
    [[0, 1], 4, [0, 1]],
    // [0.13, 0.87] in 10: step 0.074 → 0.05 (factor 5 at 10⁻²): [0.1, 0.9]
    [[0.13, 0.87], 10, [0.1, 0.9]],
    // descending keeps its direction: [37, 0] → [40, 0]
    [[37, 0], 4, [40, 0]],
    // one point: no step, the domain is left alone
    [[5, 5], 4, [5, 5]],
  ];
  for (const [domain, count, expected] of nice) {
    it(`nice(${count}) of [${domain}]`, () => {
      expect(scaleLinear().domain(domain).nice(count).domain()).to.deep.equal(expected);
      expect(d3.scaleLinear().domain(domain).nice(count).domain()).to.deep.equal(expected);
    });
  }
});

describe('scaleLinear invert', () => {
  it('maps a range value back to the domain, as d3: the curve turns a pointer position into a score', () => {
    // Emotion −5…+5 drawn from y = 200 (−5) to y = 0 (+5): y = 50 is 3/4 of the way up, +2.5.
    const y = scaleLinear().domain([-5, 5]).range([200, 0]);
    expect(y.invert(50)).to.equal(2.5);
    expect(y.invert(200)).to.equal(-5);
    expect(y.invert(260)).to.equal(-8); // 60 px below the −5 line: 60 / 20 px per point further down
    expect(y.clamp(true).invert(260)).to.equal(-5);
    expect(y.invert(Number.NaN)).to.be.NaN;
    for (const value of [-30, 0, 12.5, 77, 199.9, 400]) {
      const ours = scaleLinear().domain([-5, 5]).range([200, 0]);
      const theirs = d3.scaleLinear().domain([-5, 5]).range([200, 0]);
      expect(ours.invert(value)).to.equal(theirs.invert(value));
      expect(ours.clamp(true).invert(value)).to.equal(theirs.clamp(true).invert(value));
    }
  });
});

describe('scaleBand (number positions)', () => {
  const cases: [
    name: string,
    n: number,
    range: number[],
    inner: number,
    outer: number,
    starts: number[],
    width: number,
  ][] = [
    // no padding: step = 300 / 3 = 100, bands touch
    ['three columns, no padding', 3, [20, 320], 0, 0, [20, 120, 220], 100],
    // step = 110 / (2 − 0.2 + 0.2) = 55; start += (110 − 55·1.8)·0.5 = 5.5;
    // bandwidth = 55·0.8 = 44
    ['two bars, NPS padding', 2, [0, 110], 0.2, 0.1, [5.5, 60.5], 44],
    // reversed range: the same starts, reversed
    ['reversed range', 3, [300, 0], 0, 0, [200, 100, 0], 100],
    // empty domain: step = 100 / max(1, 0) = 100
    ['empty domain', 0, [0, 100], 0, 0, [], 100],
  ];
  for (const [name, n, range, inner, outer, starts, width] of cases) {
    it(name, () => {
      const values = Array.from({ length: n }, (_, i) => i);
      const ours = scaleBand<number>().domain(values).range(range).paddingInner(inner).paddingOuter(outer);
      const theirs = d3.scaleBand<number>().domain(values).range(range).paddingInner(inner).paddingOuter(outer);
      expect(values.map((v) => ours(v))).to.deep.equal(starts);
      expect(values.map((v) => theirs(v))).to.deep.equal(starts);
      expect(ours.bandwidth()).to.equal(width);
      expect(ours.bandwidth()).to.equal(theirs.bandwidth());
      expect(ours.step()).to.equal(theirs.step());
    });
  }

  it('gives undefined outside its domain, keeps the first of a repeated value, and clamps padding', () => {
    const scale = scaleBand<string>().domain(['a', 'b', 'a']).range([0, 10]);
    expect(scale.domain()).to.deep.equal(['a', 'b']);
    expect(scale('c')).to.equal(undefined);
    expect(scale('b')).to.equal(5); // step 10 / 2
    expect(scale.paddingInner(3).paddingInner()).to.equal(1);
    expect(scale.align(-1).align()).to.equal(0);
  });
});
