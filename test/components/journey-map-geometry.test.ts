import { expect } from '@open-wc/testing';
import { parseLanes } from '../../src/components/journey-map/lanes.js';
import { renderedIndices, trackPlan } from '../../src/components/journey-map/virtual.js';
import { columnLayout } from '../../src/layout/columns.js';

describe('journey-map virtualisation', () => {
  const ten = columnLayout(
    {
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, phase: 'p', label: `${i}` })),
    },
    { width: 1000, minColumnWidth: 100, maxColumnWidth: 100 },
  );

  it('gives rendered columns their own tracks and the rest spacer tracks', () => {
    const plan = trackPlan(ten, [3, 4, 5]);
    expect(plan.tracks).to.equal('300px 100px 100px 100px 400px');
    expect([...plan.line]).to.deep.equal([
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(plan.contentWidth).to.equal(1000);
  });

  it('handles islands (the focused column far away) and the first and last column', () => {
    const plan = trackPlan(ten, [0, 1, 7]);
    expect(plan.tracks).to.equal('100px 100px 500px 100px 200px');
    expect([...plan.line]).to.deep.equal([
      [0, 2],
      [1, 3],
      [7, 5],
    ]);
    expect(trackPlan(ten, [9]).tracks).to.equal('900px 100px');
  });

  it('adds the extra (focused) column to the range, once', () => {
    expect(renderedIndices({ first: 2, last: 4 }, [3, 8, 99], 10)).to.deep.equal([2, 3, 4, 8]);
    expect(renderedIndices({ first: 0, last: -1 }, [0], 10)).to.deep.equal([0]);
  });
});

describe('journey-map lanes attribute', () => {
  it('reads names separated by commas and spaces, ignoring unknown names and repeats', () => {
    expect(parseLanes('nps, emotion  quotes,,nps bogus')).to.deep.equal(['nps', 'emotion', 'quotes']);
    expect(parseLanes('')).to.equal(null);
    expect(parseLanes(null)).to.equal(null);
    expect(parseLanes('bogus')).to.deep.equal([]);
  });
});
