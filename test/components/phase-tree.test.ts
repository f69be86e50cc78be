/**
 * The keys of the narrow map of a long journey (phase-tree.ts), as the WAI-ARIA tree grid has
 * them: rows in the order a sighted user sees them, phases opened and closed, pages of
 * touchpoints brought in by walking past the last one shown.
 */
import { expect } from '@open-wc/testing';
import { type TreeBand, type TreeState, moveInTree, shownOf } from '../../src/components/journey-map/phase-tree.js';

// Three phases: 0–99, 100–229 (130 touchpoints), 230–239.
const bands: TreeBand[] = [
  { firstIndex: 0, lastIndex: 99 },
  { firstIndex: 100, lastIndex: 229 },
  { firstIndex: 230, lastIndex: 239 },
];
const state = (open: number[], shown: [number, number][] = []): TreeState => ({
  open: new Set(open),
  shown: new Map(shown),
  page: 60,
});
const phase = (band: number) => ({ kind: 'phase' as const, band });
const tp = (band: number, column: number) => ({ kind: 'touchpoint' as const, band, column });

describe('phase tree of the narrow map', () => {
  it('shows a page of an open phase’s touchpoints, never more than it has', () => {
    expect(shownOf(bands, state([1]), 1)).to.equal(60);
    expect(shownOf(bands, state([1], [[1, 120]]), 1)).to.equal(120);
    expect(shownOf(bands, state([1], [[1, 180]]), 1)).to.equal(130);
    expect(shownOf(bands, state([2]), 2)).to.equal(10);
    expect(shownOf(bands, state([]), 7)).to.equal(0);
  });

  it('moves from phase to phase while they are closed; Home, End, PageUp and PageDown too', () => {
    const closed = state([]);
    expect(moveInTree('ArrowDown', phase(0), bands, closed)).to.deep.equal({ focus: phase(1) });
    expect(moveInTree('ArrowDown', phase(2), bands, closed)).to.deep.equal({ focus: phase(2) });
    expect(moveInTree('ArrowUp', phase(1), bands, closed)).to.deep.equal({ focus: phase(0) });
    expect(moveInTree('ArrowUp', phase(0), bands, closed)).to.deep.equal({ focus: phase(0) });
    expect(moveInTree('End', phase(0), bands, closed)).to.deep.equal({ focus: phase(2) });
    expect(moveInTree('Home', phase(2), bands, closed)).to.deep.equal({ focus: phase(0) });
    expect(moveInTree('PageDown', phase(1), bands, closed)).to.deep.equal({ focus: phase(2) });
    expect(moveInTree('PageUp', phase(1), bands, closed)).to.deep.equal({ focus: phase(0) });
    expect(moveInTree('a', phase(1), bands, closed)).to.equal(null);
  });

  it('opens with Right (staying) or Enter and Space (going in); closes with Left', () => {
    expect(moveInTree('ArrowRight', phase(1), bands, state([]))).to.deep.equal({ focus: phase(1), open: 1 });
    expect(moveInTree('ArrowRight', phase(1), bands, state([1]))).to.deep.equal({ focus: tp(1, 100) });
    for (const key of ['Enter', ' '])
      expect(moveInTree(key, phase(1), bands, state([]))).to.deep.equal({ focus: tp(1, 100), open: 1 });
    expect(moveInTree('ArrowLeft', phase(1), bands, state([1]))).to.deep.equal({ focus: phase(1), close: 1 });
    expect(moveInTree('ArrowLeft', phase(1), bands, state([]))).to.deep.equal({ focus: phase(1) });
  });

  it('walks the visible rows: into an open phase, out past its last touchpoint, up into the one above', () => {
    const open = state([0, 1]);
    expect(moveInTree('ArrowDown', phase(0), bands, open)).to.deep.equal({ focus: tp(0, 0) });
    expect(moveInTree('ArrowDown', tp(0, 5), bands, open)).to.deep.equal({ focus: tp(0, 6) });
    expect(moveInTree('ArrowUp', tp(0, 0), bands, open)).to.deep.equal({ focus: phase(0) });
    // Phase 0 shows 60 of its 100: Down from the 60th brings the next page in.
    expect(moveInTree('ArrowDown', tp(0, 59), bands, open)).to.deep.equal({ focus: tp(0, 60), more: 0 });
    // All of phase 0 shown: Down from its last goes to the next phase.
    expect(moveInTree('ArrowDown', tp(0, 99), bands, state([0], [[0, 100]]))).to.deep.equal({ focus: phase(1) });
    // Up from phase 1 lands on the last row shown of the open phase 0.
    expect(moveInTree('ArrowUp', phase(1), bands, open)).to.deep.equal({ focus: tp(0, 59) });
    // The very last touchpoint stays put.
    expect(moveInTree('ArrowDown', tp(2, 239), bands, state([2]))).to.deep.equal({ focus: tp(2, 239) });
  });

  it('inside a phase: Home and End to its first and last touchpoint shown, Left, Escape and PageUp to the phase, PageDown to the next, Enter opens the detail', () => {
    const open = state([1]);
    expect(moveInTree('Home', tp(1, 150), bands, open)).to.deep.equal({ focus: tp(1, 100) });
    expect(moveInTree('End', tp(1, 101), bands, open)).to.deep.equal({ focus: tp(1, 159) });
    for (const key of ['ArrowLeft', 'Escape', 'PageUp'])
      expect(moveInTree(key, tp(1, 130), bands, open)).to.deep.equal({ focus: phase(1) });
    expect(moveInTree('PageDown', tp(1, 130), bands, open)).to.deep.equal({ focus: phase(2) });
    expect(moveInTree('PageDown', tp(2, 232), bands, state([2]))).to.deep.equal({ focus: tp(2, 239) });
    for (const key of ['Enter', ' ']) expect(moveInTree(key, tp(1, 130), bands, open)).to.deep.equal({ detail: 130 });
    expect(moveInTree('ArrowRight', tp(1, 130), bands, open)).to.equal(null);
  });
});
