import { expect } from '@open-wc/testing';
import {
  columnLayout,
  columnWindow,
  isColumnLayout,
  phaseRuns,
  visibleColumns,
  type ColumnLayout,
  type ColumnLayoutOptions,
} from '../../src/layout/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

const m = load(mortgage); // 12 touchpoints
const h = load(health); // 6 touchpoints
const g = load(generic); // 7 touchpoints
const empty = { phases: m.phases, touchpoints: [] } as Pick<Journey, 'touchpoints' | 'phases'>;

describe('columnLayout', () => {
  const cases: [
    name: string,
    journey: Pick<Journey, 'touchpoints' | 'phases'>,
    options: ColumnLayoutOptions,
    columnWidth: number,
    width: number,
    firstX0: number,
  ][] = [
    ['fits exactly', m, { width: 1200 }, 100, 1200, 0], // 1200 / 12 = 100 ≥ 96
    ['inset and end', m, { width: 1260, inset: 40, end: 20 }, 100, 1260, 40], // (1260 − 40 − 20) / 12 = 100
    ['narrow: min column width, overflow', m, { width: 600 }, 96, 1152, 0], // 600 / 12 = 50 < 96 → 96; 12 × 96 = 1152 > 600
    ['narrow with inset and end', m, { width: 600, inset: 40, end: 20 }, 96, 1212, 40], // 540 / 12 = 45 → 96; 40 + 1152 + 20
    ['custom min column width', m, { width: 600, minColumnWidth: 40 }, 50, 600, 0], // 600 / 12 = 50 ≥ 40
    ['max column width', m, { width: 2400, maxColumnWidth: 120 }, 120, 2400, 0], // 2400 / 12 = 200 → 120; 1440 < 2400 keeps 2400
    ['max below the natural width has no effect', m, { width: 1200, maxColumnWidth: 150 }, 100, 1200, 0],
    ['health', h, { width: 600 }, 100, 600, 0], // 600 / 6
    ['zero width', h, { width: 0 }, 96, 576, 0], // 6 × 96
    ['width smaller than the insets', h, { width: 50, inset: 40, end: 20 }, 96, 636, 40], // room max(0, −10) = 0 → 96; 40 + 576 + 20
    ['width not measured yet (NaN)', h, { width: NaN }, 96, 576, 0], // treated as 0 wide
    ['infinite width', h, { width: Infinity }, 96, 576, 0], // treated as 0 wide, not Infinity-wide columns
    ['negative width', h, { width: -300, inset: 10 }, 96, 586, 10], // treated as 0 wide; 10 + 576
    ['empty journey', empty, { width: 500, inset: 40 }, 0, 500, NaN],
    ['empty journey, insets wider than the width', empty, { width: 30, inset: 40, end: 20 }, 0, 60, NaN], // 40 + 0 + 20
  ];
  for (const [name, journey, options, columnWidth, width, firstX0] of cases) {
    it(`${name}: column ${columnWidth}, width ${width}`, () => {
      const layout = columnLayout(journey, options);
      expect(layout.columnWidth).to.equal(columnWidth);
      expect(layout.width).to.equal(width);
      expect(layout.inset).to.equal(options.inset ?? 0);
      expect(layout.columns.length).to.equal(journey.touchpoints.length);
      layout.columns.forEach((column, i) => {
        const x0 = firstX0 + i * columnWidth;
        expect([column.index, column.touchpointId, column.phaseId]).to.deep.equal([
          i,
          journey.touchpoints[i]!.id,
          journey.touchpoints[i]!.phase,
        ]);
        expect(column.x0, `x0 of ${i}`).to.equal(x0);
        expect(column.x1, `x1 of ${i}`).to.equal(x0 + columnWidth);
        expect(column.cx, `cx of ${i}`).to.equal(x0 + columnWidth / 2);
      });
      if (journey.touchpoints.length === 0) expect(layout.bands).to.deep.equal([]);
    });
  }

  it('exact positions for the mortgage at 1260 with inset 40', () => {
    const { columns } = columnLayout(m, { width: 1260, inset: 40, end: 20 });
    expect(columns[0]).to.deep.equal({ index: 0, touchpointId: 'compare', phaseId: 'orient', x0: 40, x1: 140, cx: 90 });
    expect(columns[11]).to.deep.equal({
      index: 11,
      touchpointId: 'first-payment',
      phaseId: 'use',
      x0: 1140,
      x1: 1240,
      cx: 1190,
    }); // 40 + 11 × 100
  });

  it('fractional column widths stay adjacent and fill the width', () => {
    const layout = columnLayout(m, { width: 1300 });
    expect(layout.columnWidth).to.be.closeTo(108.3333, 1e-4); // 1300 / 12
    for (let i = 1; i < 12; i += 1) expect(layout.columns[i]!.x0).to.be.closeTo(layout.columns[i - 1]!.x1, 1e-9);
    expect(layout.columns[11]!.x1).to.be.closeTo(1300, 1e-9);
    expect(layout.columns[5]!.cx).to.be.closeTo(595.8333, 1e-4); // 5.5 × 108.333…
    expect(layout.width).to.equal(1300);
  });
});

describe('phase bands', () => {
  type Band = [phaseId: string, label: string, phaseIndex: number, first: number, last: number, x0: number, x1: number];
  const rows = (layout: ColumnLayout): Band[] =>
    layout.bands.map((b) => [b.phaseId, b.label, b.phaseIndex, b.firstIndex, b.lastIndex, b.x0, b.x1]);
  const cases: [
    name: string,
    journey: Pick<Journey, 'touchpoints' | 'phases'>,
    options: ColumnLayoutOptions,
    bands: Band[],
  ][] = [
    [
      'mortgage at 1200 (columns of 100)',
      m,
      { width: 1200 },
      [
        ['orient', 'Oriënteren', 0, 0, 2, 0, 300], // compare, calculate, advice
        ['apply', 'Afsluiten', 1, 3, 7, 300, 800], // offer … sign
        ['move', 'Verhuizen', 2, 8, 9, 800, 1000], // moving, welcome
        ['use', 'Gebruiken', 3, 10, 11, 1000, 1200], // service-call, first-payment
      ],
    ],
    [
      'mortgage with inset 40',
      m,
      { width: 1260, inset: 40, end: 20 },
      [
        ['orient', 'Oriënteren', 0, 0, 2, 40, 340],
        ['apply', 'Afsluiten', 1, 3, 7, 340, 840],
        ['move', 'Verhuizen', 2, 8, 9, 840, 1040],
        ['use', 'Gebruiken', 3, 10, 11, 1040, 1240],
      ],
    ],
    [
      'health at 600 (columns of 100)',
      h,
      { width: 600 },
      [
        ['before', 'Before care', 0, 0, 1, 0, 200],
        ['during', 'During care', 1, 2, 2, 200, 300],
        ['after', 'After care', 2, 3, 5, 300, 600],
      ],
    ],
    [
      'generic at 350 with min 50',
      g,
      { width: 350, minColumnWidth: 50 },
      [
        ['orient', 'Oriënteren', 0, 0, 1, 0, 100], // 350 / 7 = 50
        ['apply', 'Afsluiten', 1, 2, 4, 100, 250],
        ['use', 'Gebruiken', 2, 5, 6, 250, 350],
      ],
    ],
    [
      'a phase that is not contiguous has two bands',
      {
        phases: [
          { id: 'a', label: 'Phase A' },
          { id: 'b', label: 'Phase B' },
        ],
        touchpoints: ['a', 'a', 'b', 'a'].map((phase, i) => ({ id: `t${i}`, phase, label: `T${i}` })),
      } as Pick<Journey, 'touchpoints' | 'phases'>,
      { width: 400 },
      [
        ['a', 'Phase A', 0, 0, 1, 0, 200], // 400 / 4 = 100 per column
        ['b', 'Phase B', 1, 2, 2, 200, 300],
        ['a', 'Phase A', 0, 3, 3, 300, 400],
      ],
    ],
  ];
  for (const [name, journey, options, bands] of cases) {
    it(name, () => expect(rows(columnLayout(journey, options))).to.deep.equal(bands));
    // The same runs without geometry (the narrow map's phases): the bands minus their edges.
    it(`${name}: phaseRuns gives the same runs, without x`, () => {
      const columns = journey.touchpoints.map((tp, index) => ({ index, phaseId: tp.phase }));
      expect(
        phaseRuns(columns, journey.phases).map((r) => [r.phaseId, r.label, r.phaseIndex, r.firstIndex, r.lastIndex]),
      ).to.deep.equal(bands.map((b) => b.slice(0, 5)));
    });
  }
});

describe('visibleColumns', () => {
  const plain = columnLayout(m, { width: 1200 }); // 12 columns of 100 from 0
  const inset = columnLayout(m, { width: 1260, inset: 40, end: 20 }); // 12 columns of 100 from 40
  // Columns are [x0, x1): a column that only touches `left` with its right edge is not visible,
  // one that starts exactly at `right` is.
  const cases: [name: string, layout: ColumnLayout, left: number, right: number, first: number, last: number][] = [
    ['everything', plain, 0, 1200, 0, 11], // floor(1200 / 100) = 12, clamped to 11
    ['the middle', plain, 250, 449, 2, 4], // floor(2.5) = 2, floor(4.49) = 4
    ['on column edges', plain, 300, 400, 3, 4], // column 2 ends at 300 (out); column 4 starts at 400 (in)
    ['just inside column edges', plain, 299.5, 399.5, 2, 3],
    ['first column only', plain, 0, 99, 0, 0],
    ['scrolled before the start', plain, -100, 50, 0, 0], // floor(−1) clamped to 0
    ['last column only', plain, 1150, 1199, 11, 11],
    ['beyond the end is empty', plain, 1300, 1500, 13, 11], // first > last: nothing to draw
    ['inside the inset', inset, 0, 139, 0, 0], // floor((0 − 40) / 100) = −1 → 0; floor(99 / 100) = 0
    ['inset, right on column 1', inset, 0, 140, 0, 1], // floor(100 / 100) = 1
    ['inset: column 0 reaches to 140', inset, 130, 200, 0, 1], // floor((130 − 40) / 100) = 0; floor(160 / 100) = 1
    ['only the inset is visible', inset, 0, 30, 0, -1], // floor(−10 / 100) = −1: empty
    ['inset, the end area', inset, 1240, 1260, 12, 11], // the `end` space after the last column
  ];
  for (const [name, layout, left, right, first, last] of cases) {
    it(`${name}: [${left}, ${right}] → ${first}…${last}`, () =>
      expect(visibleColumns(layout, left, right)).to.deep.equal({ first, last }));
  }

  it('an empty layout shows nothing', () => {
    expect(visibleColumns(columnLayout(empty, { width: 500 }), 0, 500)).to.deep.equal({ first: 0, last: -1 });
  });
});

describe('columnWindow', () => {
  const base = columnLayout(load(mortgage), { width: 1200, minColumnWidth: 100 });
  // 10,000 columns of 100 px from x = 0: the window is pure arithmetic on the column width.
  const wide: ColumnLayout = {
    ...base,
    columns: Array.from({ length: 10_000 }, (_, i) => ({ ...base.columns[0]!, index: i })),
    inset: 0,
    columnWidth: 100,
  };

  const cases: [string, number, number, number, number | undefined, { first: number; last: number }][] = [
    // [4000, 7000] px → columns 40…70, snapped outward to chunks of 16: 32…79.
    ['middle', 5000, 1000, 1000, undefined, { first: 32, last: 79 }],
    // [-1000, 2000] → 0…20 → 0…31.
    ['start', 0, 1000, 1000, undefined, { first: 0, last: 31 }],
    // [998000, 1001000] → 9980…9999 (clamped) → 9968…9999.
    ['end', 999_000, 1000, 1000, undefined, { first: 9968, last: 9999 }],
    // [4000, 7000] → 40…70, chunks of 1: unsnapped.
    ['chunk 1', 5000, 1000, 1000, 1, { first: 40, last: 70 }],
    // A zero viewport counts as 1 px: [5000, 5001] → 50…50 → 48…63.
    ['zero viewport', 5000, 0, 0, undefined, { first: 48, last: 63 }],
    // The map's window (half a viewport either side, at least 480 px, chunks of 4): a viewport of
    // 1000 px has a margin of 500: [4500, 6500] → 45…65 → 44…67, 24 columns (a map column is heavy).
    ['map: middle', 5000, 1000, 500, 4, { first: 44, last: 67 }],
    // [998500, 1000500] → 9985…9999 (clamped) → 9984…9999.
    ['map: end', 999_000, 1000, 500, 4, { first: 9984, last: 9999 }],
  ];
  for (const [name, scroll, viewport, margin, chunk, expected] of cases) {
    it(`${name}: scroll ${scroll}, viewport ${viewport}, margin ${margin} → ${expected.first}…${expected.last}`, () => {
      expect(columnWindow(wide, scroll, viewport, margin, chunk)).to.deep.equal(expected);
    });
  }

  it('is empty for a journey without columns', () => {
    const none = columnLayout(empty, { width: 400 });
    expect(columnWindow(none, 0, 400, 400)).to.deep.equal({ first: 0, last: -1 });
  });

  it('isColumnLayout accepts a layout and nothing shaped otherwise', () => {
    expect(isColumnLayout(base)).to.equal(true);
    expect([null, {}, { columns: [], columnWidth: 10 }, 'layout'].map(isColumnLayout)).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
  });
});
