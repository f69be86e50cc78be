import { expect } from '@open-wc/testing';
import { sparkline } from '../../src/layout/sparkline.js';

/** The points of a path of M/L commands. */
const points = (path: string): [number, number][] =>
  [...path.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('sparkline (a phase’s emotion at a glance)', () => {
  it('draws each score from −5 (bottom) to +5 (top) across the width, with the zero line in the middle', () => {
    const s = sparkline([-5, 0, 5], 96, 28)!;
    expect(points(s.path)).to.deep.equal([
      [2, 26],
      [48, 14],
      [94, 2],
    ]);
    expect(s.zero).to.equal(14);
  });

  it('draws at most one point per 2 px, keeping each run’s lowest and highest in their order', () => {
    // 1,000 touchpoints around 0, one dip to −5 at 300 and one peak of +5 at 700.
    const scores = Array.from({ length: 1_000 }, (_, i) => (i === 300 ? -5 : i === 700 ? 5 : (i % 3) - 1));
    const drawn = points(sparkline(scores, 96, 28)!.path);
    expect(drawn.length).to.be.at.most(48);
    expect(Math.max(...drawn.map((p) => p[1]))).to.equal(26);
    expect(Math.min(...drawn.map((p) => p[1]))).to.equal(2);
    // x follows the touchpoint's place: the dip at 300 of 999, the peak at 700.
    expect(drawn.find((p) => p[1] === 26)![0]).to.be.closeTo(2 + (300 / 999) * 92, 1e-3);
    expect(drawn.find((p) => p[1] === 2)![0]).to.be.closeTo(2 + (700 / 999) * 92, 1e-3);
    // In reading order.
    const xs = drawn.map((p) => p[0]);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
  });

  it('leaves a gap where there is no score, and draws nothing for a phase without any', () => {
    const s = sparkline([1, null, null, 2], 96, 28)!;
    expect(s.path.match(/M/g)).to.have.length(2);
    expect(sparkline([null, null], 96, 28)).to.equal(null);
    expect(sparkline([], 96, 28)).to.equal(null);
  });
});
