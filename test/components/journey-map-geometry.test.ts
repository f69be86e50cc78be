import { expect } from '@open-wc/testing';
import { moveFocus } from '../../src/components/journey-map/keyboard.js';
import { parseLanes } from '../../src/components/journey-map/lanes.js';
import { renderedIndices, trackPlan } from '../../src/components/journey-map/virtual.js';
import { transitionFlows } from '../../src/analytics/transitions.js';
import { columnLayout } from '../../src/layout/columns.js';
import { flowLayout, visibleFlows } from '../../src/layout/flows.js';
import { posterLayout, wrapLines } from '../../src/layout/poster.js';
import { parseJourney } from '../../src/model/parse.js';
import type { Journey } from '../../src/model/types.js';
import mortgage from '../fixtures/mortgage-nl.json';

const parsed = parseJourney(mortgage);
if (!parsed.ok) throw new Error('fixture invalid');
const journey: Journey = parsed.journey;

describe('layout/flows', () => {
  // 12 columns of 100 px from x = 0: column i has its centre at 100 i + 50.
  const layout = columnLayout(journey, { width: 1200, minColumnWidth: 100, maxColumnWidth: 100 });
  const flows = flowLayout(transitionFlows(journey), layout, { height: 132 });

  it('draws every transition, with kinds in the order given', () => {
    expect(flows.shapes.map((s) => `${s.kind}:${s.from}>${s.to ?? 'exit'}`)).to.deep.equal([
      'next:compare>calculate',
      'next:calculate>advice',
      'drop-off:calculate>exit',
      'next:documents>status-call',
      'loop:status-call>documents',
    ]);
    expect(flows.maxCount).to.equal(9100);
    expect(flows.midY).to.equal(48); // round(132 × 0.36)
  });

  it('makes widths proportional to counts, from zero (a fifth of a column at most)', () => {
    const widths = flows.shapes.map((s) => s.width);
    // maxStroke = min(22, 100 / 5) = 20; width = 20 × count / 9100, rounded to 0.1.
    expect(widths).to.deep.equal([20, 5.1, 14.9, 6.9, 6.4]);
  });

  it('runs onward flows along the middle line from centre to centre, with the count above', () => {
    const next = flows.shapes[0]!;
    // From centre 50 + 6 to centre 150 − 6 − 7 (arrowhead).
    expect(next.path).to.equal('M56,48L137,48');
    expect(next.arrow).to.equal('M144,48L137,61L137,35Z');
    expect([next.labelX, next.labelY, next.labelAnchor]).to.deep.equal([100, 32, 'middle']);
  });

  it('sends drop-off down off the bottom edge, the count to its left', () => {
    const drop = flows.shapes[2]!;
    expect(drop.path.startsWith('M150,48C150,')).to.equal(true);
    // Tip at (150 + min(50 × 0.6, 44), 132 − 4) pointing down.
    expect(drop.arrow.startsWith('M180,128')).to.equal(true);
    expect(drop.labelAnchor).to.equal('end');
    expect(drop.labelX).to.be.below(180);
  });

  it('arcs loops back underneath the line', () => {
    const loop = flows.shapes[4]!;
    // From status-call (centre 550) back to documents (centre 450).
    expect(loop.path.startsWith('M550,')).to.equal(true);
    expect(loop.arrow.startsWith('M450,56')).to.equal(true);
    expect(loop.labelY).to.be.above(flows.midY);
    expect([loop.x0, loop.x1]).to.deep.equal([450, 550]);
  });

  it('leaves out transitions whose touchpoints are not in the layout, and filters by x range', () => {
    const sliced = { ...layout, columns: layout.columns.slice(0, 3) };
    expect(flowLayout(transitionFlows(journey), sliced).shapes.map((s) => s.key)).to.deep.equal(['t0', 't1', 't2']);
    expect(visibleFlows(flows, 400, 600).map((s) => s.kind)).to.deep.equal(['next', 'loop']);
  });
});

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

describe('journey-map keyboard', () => {
  const shape = { columns: 12, lanes: 10, bandStarts: [0, 3, 8, 10] };
  const at = { column: 5, lane: 2 };

  it('moves across touchpoints and lanes, clamped at the edges', () => {
    expect(moveFocus('ArrowRight', at, shape)).to.deep.equal({ column: 6, lane: 2 });
    expect(moveFocus('ArrowLeft', { column: 0, lane: 0 }, shape)).to.deep.equal({ column: 0, lane: 0 });
    expect(moveFocus('ArrowDown', { column: 0, lane: 9 }, shape)).to.deep.equal({ column: 0, lane: 9 });
    expect(moveFocus('ArrowUp', at, shape)).to.deep.equal({ column: 5, lane: 1 });
    expect(moveFocus('Home', at, shape)).to.deep.equal({ column: 0, lane: 2 });
    expect(moveFocus('End', at, shape, { ctrl: true })).to.deep.equal({ column: 11, lane: 9 });
    expect(moveFocus('Home', at, shape, { ctrl: true })).to.deep.equal({ column: 0, lane: 0 });
    expect(moveFocus('a', at, shape)).to.equal(null);
  });

  it('pages by phase', () => {
    expect(moveFocus('PageDown', at, shape)).to.deep.equal({ column: 8, lane: 2 });
    expect(moveFocus('PageDown', { column: 10, lane: 0 }, shape)).to.deep.equal({ column: 11, lane: 0 });
    expect(moveFocus('PageUp', at, shape)).to.deep.equal({ column: 3, lane: 2 });
    expect(moveFocus('PageUp', { column: 3, lane: 0 }, shape)).to.deep.equal({ column: 0, lane: 0 });
  });

  it('swaps the axes in the vertical layout', () => {
    expect(moveFocus('ArrowDown', at, shape, { vertical: true })).to.deep.equal({ column: 6, lane: 2 });
    expect(moveFocus('ArrowRight', at, shape, { vertical: true })).to.deep.equal({ column: 5, lane: 3 });
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

describe('layout/poster', () => {
  it('wraps at spaces and marks a cut label with an ellipsis', () => {
    expect(wrapLines('Maximale hypotheek berekenen', 16, 3)).to.deep.equal(['Maximale', 'hypotheek', 'berekenen']);
    expect(wrapLines('Tekenen bij de notaris', 16, 3)).to.deep.equal(['Tekenen bij de', 'notaris']);
    expect(wrapLines('een twee drie vier vijf zes', 9, 2)).to.deep.equal(['een twee', 'drie…']);
    expect(wrapLines('Hypotheekadviseur', 8, 2)).to.deep.equal(['Hypothe…']);
  });

  it('lays out one column per touchpoint after the row titles', () => {
    const poster = posterLayout(journey, [], { columnWidth: 100, margin: 40, rowTitleWidth: 120 });
    expect(poster.left).to.equal(160);
    expect(poster.right).to.equal(160 + 12 * 100);
    expect(poster.width).to.equal(160 + 1200 + 40);
    expect(poster.labels.columns.map((c) => c.x0)).to.deep.equal(Array.from({ length: 12 }, (_, i) => 160 + i * 100));
    expect(poster.phases.bands.map((b) => b.label)).to.deep.equal([
      'Oriënteren',
      'Afsluiten',
      'Verhuizen',
      'Gebruiken',
    ]);
    expect(poster.emotion.ticks.map((t) => t.value)).to.deep.equal([-5, -2.5, 0, 2.5, 5]);
    expect(poster.emotion.zeroY).to.equal((poster.emotion.y0 + poster.emotion.y1) / 2);
  });
});
