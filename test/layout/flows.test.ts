import { expect } from '@open-wc/testing';
import { transitionFlows } from '../../src/analytics/transitions.js';
import { columnLayout } from '../../src/layout/columns.js';
import { flowLayout, visibleFlows } from '../../src/layout/flows.js';
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
