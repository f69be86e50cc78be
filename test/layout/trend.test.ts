import { expect } from '@open-wc/testing';
import { type TrendInput, trendLayout } from '../../src/layout/trend.js';

describe('layout/trend.ts trendLayout', () => {
  // Plot x 40…280 (290 − 10), y 10…100 (120 − 20). Three periods at the middle of steps of
  // 240 / 3 = 80: x = 80, 160, 240. Values −10…50 and 0 → nice(4) → domain −20…60, so
  // y(v) = 100 − (v + 20) / 80 · 90: y(40) = 32.5, y(0) = 77.5, y(20) = 55, y(50) = 21.25, y(30) = 43.75.
  const frame = { width: 290, height: 120, top: 10, right: 10, bottom: 20, left: 40 };
  const points: TrendInput[] = [
    { score: 40, low: 30, high: 50, dip: false },
    { score: 0, low: -10, high: 10, dip: true },
    { score: 20, low: 10, high: 30, dip: false },
  ];

  it('places every period, its score and its interval', () => {
    const g = trendLayout(points, frame);
    expect(g.marks).to.deep.equal([
      { x: 80, y: 32.5, low: 43.75, high: 21.25, dip: false },
      { x: 160, y: 77.5, low: 88.75, high: 66.25, dip: true },
      { x: 240, y: 55, low: 66.25, high: 43.75, dip: false },
    ]);
    expect([g.x0, g.x1, g.y0, g.y1]).to.deep.equal([40, 280, 10, 100]);
  });

  it('draws the scores as a line and the intervals as a band', () => {
    const g = trendLayout(points, frame);
    expect(g.line).to.equal('M80,32.5L160,77.5L240,55');
    // Along the tops (high), back along the bottoms (low).
    expect(g.band).to.equal('M80,21.25L160,66.25L240,43.75L240,66.25L160,88.75L80,43.75Z');
  });

  it('puts round ticks and the zero line on the value axis', () => {
    const g = trendLayout(points, frame);
    expect(g.ticks).to.deep.equal([
      { value: -20, y: 100 },
      { value: 0, y: 77.5 },
      { value: 20, y: 55 },
      { value: 40, y: 32.5 },
      { value: 60, y: 10 },
    ]);
    expect(g.zero).to.equal(77.5);
  });

  it('breaks the line and the band at a period without answers', () => {
    const gap = [points[0]!, { score: null, low: null, high: null, dip: false }, points[2]!];
    const g = trendLayout(gap, frame);
    expect(g.marks[1]).to.deep.equal({ x: 160, y: null, low: null, high: null, dip: false });
    // Without the middle period the values are 0…50 → domain 0…50, y(v) = 100 − v / 50 · 90:
    // y(40) = 28, y(20) = 64. Two pieces: the first period alone (no line to draw), then the third.
    expect(g.line).to.equal('M80,28ZM240,64Z');
    expect(g.band!.match(/M/g)).to.have.length(2);
  });

  it('gives a flat trend room around it, and draws nothing for no scores', () => {
    // All 0: domain −10…10, y(0) = the middle of 10…100 = 55.
    const flat = trendLayout([{ score: 0, low: 0, high: 0, dip: false }], frame);
    expect(flat.marks[0]).to.deep.equal({ x: 160, y: 55, low: 55, high: 55, dip: false });
    const empty = trendLayout([{ score: null, low: null, high: null, dip: false }], frame);
    expect([empty.line, empty.band]).to.deep.equal([null, null]);
  });
});
