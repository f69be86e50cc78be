import { expect } from '@open-wc/testing';
import { moveFocus } from '../../src/shared/grid-keys.js';

describe('grid keys (shared/grid-keys.ts)', () => {
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
