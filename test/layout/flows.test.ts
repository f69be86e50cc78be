import { expect } from '@open-wc/testing';
import { type FlowKind, type TransitionFlow, transitionFlows } from '../../src/analytics/transitions.js';
import { type ColumnLayout, columnLayout } from '../../src/layout/columns.js';
import { type FlowLayoutOptions, type FlowShape, flowLayout, visibleFlows } from '../../src/layout/flows.js';
import { parseJourney } from '../../src/model/parse.js';
import type { Journey } from '../../src/model/types.js';
import mortgage from '../fixtures/mortgage-nl.json';

const parsed = parseJourney(mortgage);
if (!parsed.ok) throw new Error('fixture invalid');
const journey: Journey = parsed.journey;

describe('layout/flows', () => {
  // 12 columns of 100 px from x = 0: column i has its centre at 100 i + 50.
  const layout = columnLayout(journey, { width: 1200, minColumnWidth: 100, maxColumnWidth: 100 });
  let flows: ReturnType<typeof flowLayout>;
  beforeEach(() => {
    flows = flowLayout(transitionFlows(journey), layout, { height: 132 });
  });

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

/** Six columns of 100 px from x = 0 (column i: x0 = 100 i, centre 100 i + 50), ids a…f. */
function sixColumns(columnWidth = 100): ColumnLayout {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  return {
    columns: ids.map((id, index) => ({
      index,
      touchpointId: id,
      phaseId: 'p',
      x0: index * columnWidth,
      x1: (index + 1) * columnWidth,
      cx: index * columnWidth + columnWidth / 2,
    })),
    bands: [],
    columnWidth,
    width: 6 * columnWidth,
    inset: 0,
  };
}

const INDEX: Record<string, number> = { a: 0, b: 1, c: 2, d: 3, e: 4, f: 5, zz: 9 };
function flow(kind: FlowKind, from: string, to: string | null, count: number, share: number | null = null) {
  return {
    kind,
    from,
    to,
    fromIndex: INDEX[from]!,
    toIndex: to === null ? null : INDEX[to]!,
    count,
    share,
  } satisfies TransitionFlow;
}

describe('layout/flows: exact geometry of each kind (six columns of 100 px, lane 132 px high)', () => {
  // midY = round(132 × 0.36 = 47.52) = 48. maxStroke = max(4, min(22, 100 / 5)) = 20. The flow
  // out of "zz" (not in the layout) is left out and does not count towards maxCount: 100, so
  // a width is 20 × count / 100 = count / 5 (at least 1.5; 1 for a count of 0).
  const flows: TransitionFlow[] = [
    flow('next', 'zz', 'a', 1000),
    { ...flow('next', 'a', 'b', 100, 0.5), label: 'via de site' },
    flow('skip', 'a', 'c', 50, 0.25),
    flow('skip', 'a', 'f', 5),
    flow('loop', 'd', 'b', 25),
    flow('loop', 'f', 'a', 40),
    flow('loop', 'c', 'c', 0),
    flow('drop-off', 'b', null, 10),
  ];
  // Laid out inside each test, not when the suite is collected: a mutation run switches its
  // mutant on per test, so work done at collection would never see it.
  const layoutLane = () => flowLayout(flows, sixColumns(), { height: 132 });
  const shape = (from: string, to: string | null) => layoutLane().shapes.find((s) => s.from === from && s.to === to)!;

  it('keeps the drawable flows, keyed by their position in the input, with the largest drawn count', () => {
    const lane = layoutLane();
    expect(lane.height).to.equal(132);
    expect(lane.midY).to.equal(48);
    expect(lane.maxCount).to.equal(100);
    expect(lane.shapes.map((s) => s.key)).to.deep.equal(['t1', 't2', 't3', 't4', 't5', 't6', 't7']);
    expect(lane.shapes.map((s) => s.width)).to.deep.equal([
      20, // 100 / 5
      10, // 50 / 5
      1.5, // 5 / 5 = 1, raised to the thinnest stroke
      5, // 25 / 5
      8, // 40 / 5
      1, // a count of 0
      2, // 10 / 5
    ]);
    expect(lane.shapes.map((s) => s.share)).to.deep.equal([0.5, 0.25, null, null, null, null, null]);
    expect(shape('a', 'b').label).to.equal('via de site');
    expect('label' in shape('a', 'c')).to.equal(false);
    expect(shape('a', 'b')).to.include({ kind: 'next', count: 100 });
  });

  const cases: { name: string; from: string; to: string | null; expected: Partial<FlowShape> }[] = [
    {
      // w 20, arrow half-width 20 / 2 + 3 = 13. From 50 + 6 to 150 − 6 = 144, the line ends at
      // 144 − 7 (the arrow's length); the arrow's base at x 137, y 48 ± 13. Label 48 − 10 − 6.
      name: 'next a → b',
      from: 'a',
      to: 'b',
      expected: {
        path: 'M56,48L137,48',
        arrow: 'M144,48L137,61L137,35Z',
        labelX: 100,
        labelY: 32,
        labelAnchor: 'middle',
        x0: 50,
        x1: 150,
      },
    },
    {
      // w 10, half-width 8. rise = min(48 − 16 = 32, 14 + 2 × 6 = 26) = 26, top 48 − 26 = 22;
      // tip y 48 − 5 − 2 = 41, the curve ends 7 above it at 34. Label y 22 + 26 / 4 − 5 − 4 = 19.5.
      name: 'skip a → c',
      from: 'a',
      to: 'c',
      expected: {
        path: 'M50,44C50,22 250,22 250,34',
        arrow: 'M250,41L242,34L258,34Z',
        labelX: 150,
        labelY: 19.5,
        labelAnchor: 'middle',
        x0: 50,
        x1: 250,
      },
    },
    {
      // w 1.5, half-width 3.75. rise = min(32, 14 + 5 × 6 = 44) = 32, top 16; tip y 48 − 0.75 − 2
      // = 45.25 (45.3), curve end 38.25 (38.3); arrow base 550 ∓ 3.75 = 546.25 / 553.75.
      // Label y 16 + 8 − 0.75 − 4 = 19.25 (19.3).
      name: 'long skip a → f, its arc capped under the lane top',
      from: 'a',
      to: 'f',
      expected: {
        path: 'M50,44C50,16 550,16 550,38.3',
        arrow: 'M550,45.3L546.3,38.3L553.8,38.3Z',
        labelX: 300,
        labelY: 19.3,
        x0: 50,
        x1: 550,
      },
    },
    {
      // w 5, half-width 5.5. Room below: 132 − 48 − 24 = 60; depth min(60, 22 + 2 × 8 = 38) = 38.
      // Start y 48 + 2.5 + 4 = 54.5, bottom 92.5, tip y 48 + 8 = 56, the curve ends at 63.
      // Label y 54.5 + 38 × 0.75 + 2.5 + 14 = 99.5.
      name: 'loop d → b',
      from: 'd',
      to: 'b',
      expected: {
        path: 'M350,54.5C350,92.5 150,92.5 150,63',
        arrow: 'M150,56L155.5,63L144.5,63Z',
        labelX: 250,
        labelY: 99.5,
        labelAnchor: 'middle',
        x0: 150,
        x1: 350,
      },
    },
    {
      // w 8, half-width 7. depth min(60, 22 + 5 × 8 = 62) = 60; start y 48 + 4 + 4 = 56,
      // bottom 116. Label y 56 + 45 + 4 + 14 = 119.
      name: 'long loop f → a, its depth capped by the lane',
      from: 'f',
      to: 'a',
      expected: {
        path: 'M550,56C550,116 50,116 50,63',
        arrow: 'M50,56L57,63L43,63Z',
        labelX: 300,
        labelY: 119,
        x0: 50,
        x1: 550,
      },
    },
    {
      // w 1, half-width 3.5. r = min(16, 50 × 0.4 = 20) = 16, y 48 + 8 = 56: from 254 through
      // 250 ± 32 at 56 + 32 = 88 back to 246, the curve ending at 56 + 7. Label y 56 + 32 + 14.
      name: 'loop c → c (to itself)',
      from: 'c',
      to: 'c',
      expected: {
        path: 'M254,56C282,88 218,88 246,63',
        arrow: 'M246,56L249.5,63L242.5,63Z',
        labelX: 250,
        labelY: 102,
        labelAnchor: 'middle',
        x0: 200,
        x1: 300,
      },
    },
    {
      // w 2, half-width 4. From the centre 150 to 150 + min(50 × 0.6 = 30, 44) = 180; tip y
      // 132 − 4 = 128; control points at 48 + 80 × 0.6 = 96 and 48 + 80 × 0.35 = 76; the curve
      // ends at 128 − 7 = 121. Label 180 − 1 − 5 = 174, 128 − 4 = 124, anchored at its end.
      name: 'drop-off out of b',
      from: 'b',
      to: null,
      expected: {
        path: 'M150,48C150,96 180,76 180,121',
        arrow: 'M180,128L176,121L184,121Z',
        labelX: 174,
        labelY: 124,
        labelAnchor: 'end',
        x0: 100,
        x1: 200,
      },
    },
  ];
  for (const { name, from, to, expected } of cases) {
    it(name, () => {
      expect(shape(from, to)).to.include(expected);
    });
  }

  it('caps the drop-off run at 44 px and a self-loop radius at 16 px on wide columns, and scales both on narrow ones', () => {
    // Columns of 200: half 100; run min(60, 44) = 44 → x 300 + 44 = 344. Loop r min(16, 40) = 16.
    const wide = flowLayout([flow('drop-off', 'b', null, 10), flow('loop', 'c', 'c', 10)], sixColumns(200));
    expect(wide.shapes[0]!.arrow.startsWith('M344,128')).to.equal(true);
    expect(wide.shapes[1]!.path).to.equal('M504,56C532,88 468,88 496,63');
    // Columns of 30: half 15; run min(9, 44) = 9 → x 45 + 9 = 54. Loop r min(16, 6) = 6 around
    // 75: 75 ± 12, at 56 + 12 = 68.
    const narrow = flowLayout([flow('drop-off', 'b', null, 10), flow('loop', 'c', 'c', 10)], sixColumns(30));
    expect(narrow.shapes[0]!.arrow.startsWith('M54,128')).to.equal(true);
    expect(narrow.shapes[1]!.path).to.equal('M79,56C87,68 63,68 71,63');
    expect(narrow.shapes[1]!.labelY).to.equal(82); // 56 + 12 + 14
  });

  const widths: { name: string; options: FlowLayoutOptions; columnWidth?: number; expected: number[] }[] = [
    // maxStroke 10 for maxCount 200: count / 20; 10 → 0.5, raised to minStroke 3; 0 → 1.
    {
      name: 'given maxCount, maxStroke and minStroke',
      options: { maxCount: 200, maxStroke: 10, minStroke: 3 },
      expected: [5, 3, 1, 5],
    },
    // minStroke above maxStroke is lowered to it: 100 → 2, 10 → max(2, 0.2) = 2.
    { name: 'a thinnest stroke above the thickest', options: { maxStroke: 2, minStroke: 3 }, expected: [2, 2, 1, 2] },
    // maxCount 50 under the largest count: 100 is clamped to the thickest (20); 10 → 4.
    { name: 'a count above the given maxCount, clamped', options: { maxCount: 50 }, expected: [20, 4, 1, 20] },
    // Columns of 10: maxStroke max(4, min(22, 2)) = 4; 100 → 4, 10 → max(1.5, 0.4) = 1.5.
    { name: 'narrow columns: the thickest stroke at least 4', options: {}, columnWidth: 10, expected: [4, 1.5, 1, 4] },
    // Columns of 200: maxStroke min(22, 40) = 22; 10 → 2.2.
    { name: 'wide columns: the thickest stroke at most 22', options: {}, columnWidth: 200, expected: [22, 2.2, 1, 22] },
  ];
  for (const { name, options, columnWidth, expected } of widths) {
    it(`stroke widths: ${name}`, () => {
      const input = [
        flow('next', 'a', 'b', 100),
        flow('next', 'b', 'c', 10),
        flow('next', 'c', 'd', 0),
        flow('next', 'd', 'e', 100),
      ];
      expect(flowLayout(input, sixColumns(columnWidth), options).shapes.map((s) => s.width)).to.deep.equal(expected);
    });
  }

  it('gives every zero count a 1 px stroke and keeps the domain from collapsing when nothing was counted', () => {
    const none = flowLayout([flow('next', 'a', 'b', 0), flow('loop', 'b', 'a', 0)], sixColumns());
    expect(none.maxCount).to.equal(0);
    expect(none.shapes.map((s) => s.width)).to.deep.equal([1, 1]);
  });

  it('uses keyOf for keys, and a lower lane moves the middle line', () => {
    const keyed = flowLayout(flows, sixColumns(), { height: 100, keyOf: (f, i) => `${f.from}-${f.to ?? 'exit'}-${i}` });
    expect(keyed.midY).to.equal(36); // round(100 × 0.36)
    expect(keyed.shapes.map((s) => s.key)).to.deep.equal([
      'a-b-1',
      'a-c-2',
      'a-f-3',
      'd-b-4',
      'f-a-5',
      'c-c-6',
      'b-exit-7',
    ]);
  });

  it('filters by x range, edges included', () => {
    const lane = layoutLane();
    const keys = (l: number, r: number) => visibleFlows(lane, l, r).map((s) => s.key);
    // a → b spans 50–150, a → c 50–250, a → f 50–550, d → b 150–350, f → a 50–550, c → c 200–300, b exit 100–200.
    expect(keys(0, 49)).to.deep.equal([]);
    expect(keys(0, 50)).to.deep.equal(['t1', 't2', 't3', 't5']);
    expect(keys(551, 600)).to.deep.equal([]);
    expect(keys(350, 360)).to.deep.equal(['t3', 't4', 't5']);
    expect(keys(300, 300)).to.deep.equal(['t3', 't4', 't5', 't6']);
  });
});
