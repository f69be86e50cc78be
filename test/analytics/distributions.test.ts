import { expect } from '@open-wc/testing';
import {
  normalCdf,
  normalQuantile,
  normalTwoSidedP,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from '../../src/analytics/index.js';

describe('normal distribution', () => {
  // Standard normal table (Abramowitz & Stegun 26.2; any statistics textbook's z table).
  const quantiles: [p: number, z: number][] = [
    [0.5, 0],
    [0.9, 1.281552],
    [0.95, 1.644854],
    [0.975, 1.959964],
    [0.995, 2.575829],
    [0.001, -3.090232],
    [1e-10, -6.361341],
  ];
  for (const [p, z] of quantiles) {
    it(`Φ⁻¹(${p}) = ${z}`, () => {
      expect(normalQuantile(p)).to.be.closeTo(z, 1e-6);
    });
  }
  it('Φ⁻¹ is ±∞ at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).to.equal(-Infinity);
    expect(normalQuantile(1)).to.equal(Infinity);
    expect(normalQuantile(1.5)).to.be.NaN;
    expect(normalQuantile(Number.NaN)).to.be.NaN;
  });

  const cdf: [x: number, p: number][] = [
    [0, 0.5],
    [1, 0.841345],
    [1.96, 0.975002],
    [-1.96, 0.024998],
    [3, 0.99865],
  ];
  for (const [x, p] of cdf) {
    it(`Φ(${x}) = ${p}`, () => {
      expect(normalCdf(x)).to.be.closeTo(p, 1e-6);
    });
  }
  it('Φ(Φ⁻¹(p)) = p over the whole range', () => {
    for (const p of [1e-8, 0.001, 0.02, 0.3, 0.5, 0.7, 0.98, 0.999])
      expect(normalCdf(normalQuantile(p))).to.be.closeTo(p, p * 1e-6);
  });
  it('two-sided p: P(|Z| ≥ 1.96) = 0.05, P(|Z| ≥ 2.576) = 0.01', () => {
    expect(normalTwoSidedP(1.959964)).to.be.closeTo(0.05, 1e-6);
    expect(normalTwoSidedP(-2.575829)).to.be.closeTo(0.01, 1e-6);
    expect(normalTwoSidedP(0)).to.be.closeTo(1, 1e-7);
  });
});

describe('Student t distribution', () => {
  // Critical values of Student's t (two-sided 5 % and 1 %), from the published t table
  // (Fisher & Yates, Statistical Tables, table III; NIST/SEMATECH e-Handbook 1.3.6.7.2).
  const table: [df: number, t05: number, t01: number][] = [
    [1, 12.706, 63.657],
    [2, 4.303, 9.925],
    [5, 2.571, 4.032],
    [10, 2.228, 3.169],
    [30, 2.042, 2.75],
    [120, 1.98, 2.617],
  ];
  for (const [df, t05, t01] of table) {
    it(`df ${df}: P(|T| ≥ ${t05}) ≈ 0.05 and P(|T| ≥ ${t01}) ≈ 0.01`, () => {
      // The table rounds t to 3 decimals, which moves p in the 4th decimal at most.
      expect(studentTTwoSidedP(t05, df)).to.be.closeTo(0.05, 2e-4);
      expect(studentTTwoSidedP(t01, df)).to.be.closeTo(0.01, 1e-4);
    });
    it(`df ${df}: the 97.5 % quantile is ${t05}`, () => {
      expect(studentTQuantile(0.975, df)).to.be.closeTo(t05, 1e-3);
    });
  }

  it('df 1 is the Cauchy distribution: CDF(1) = ¾, CDF(−1) = ¼ (F(t) = ½ + atan(t)/π)', () => {
    expect(studentTCdf(1, 1)).to.be.closeTo(0.75, 1e-10);
    expect(studentTCdf(-1, 1)).to.be.closeTo(0.25, 1e-10);
    expect(studentTCdf(3, 1)).to.be.closeTo(0.5 + Math.atan(3) / Math.PI, 1e-10);
  });
  it('df 2 has the closed form F(t) = ½ + t / (2√(2 + t²))', () => {
    for (const t of [-4, -0.5, 0.3, 1, 2.5, 10]) {
      expect(studentTCdf(t, 2)).to.be.closeTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-10);
    }
  });
  it('approaches the normal for large df', () => {
    expect(studentTTwoSidedP(1.959964, 1e5)).to.be.closeTo(0.05, 1e-4);
  });
  it('is 1 at t = 0 and 0 at t = ±∞; NaN without positive df', () => {
    expect(studentTTwoSidedP(0, 7)).to.equal(1);
    expect(studentTTwoSidedP(Infinity, 7)).to.equal(0);
    expect(studentTTwoSidedP(1, 0)).to.be.NaN;
  });
});

describe('regularized incomplete beta', () => {
  it('I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ', () => {
    for (const x of [0, 0.1, 0.5, 0.93, 1]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).to.be.closeTo(x, 1e-12);
      expect(regularizedIncompleteBeta(x, 3, 1)).to.be.closeTo(x ** 3, 1e-12);
      expect(regularizedIncompleteBeta(x, 1, 2.5)).to.be.closeTo(1 - (1 - x) ** 2.5, 1e-12);
    }
  });
  it('I_½(a, a) = ½ by symmetry, and I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const a of [0.5, 2, 7.5, 40]) expect(regularizedIncompleteBeta(0.5, a, a)).to.be.closeTo(0.5, 1e-10);
    expect(regularizedIncompleteBeta(0.3, 2.5, 6) + regularizedIncompleteBeta(0.7, 6, 2.5)).to.be.closeTo(1, 1e-12);
  });
  it('is NaN outside its domain', () => {
    expect(regularizedIncompleteBeta(-0.1, 1, 1)).to.be.NaN;
    expect(regularizedIncompleteBeta(0.5, 0, 1)).to.be.NaN;
  });
});
