/**
 * Roving focus in a chart grid of columns (touchpoints) × lanes (curves, map lanes, or one row):
 * where a key moves the active cell. Left/Right across touchpoints, Up/Down across lanes,
 * Home/End to the first/last touchpoint (with Ctrl also the first/last lane), PageUp/PageDown to
 * the previous/next phase. Pure; RovingGridController applies it for every chart element.
 */

/** A cell: display column and lane position. */
export interface GridPosition {
  column: number;
  lane: number;
}

/** The grid's extent and the first column of every phase band, ascending. */
export interface GridShape {
  columns: number;
  lanes: number;
  bandStarts: readonly number[];
}

const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));

/** The first column of the phase after the one holding `column` (the last column when there is none). */
export function nextPhaseStart(column: number, shape: GridShape): number {
  return shape.bandStarts.find((start) => start > column) ?? shape.columns - 1;
}

/** The first column of the phase holding `column`, or of the previous phase when already there. */
export function previousPhaseStart(column: number, shape: GridShape): number {
  let result = 0;
  for (const start of shape.bandStarts) {
    if (start < column) result = start;
    else break;
  }
  return result;
}

/**
 * Where `key` moves the active cell, or `null` for a key the grid does not handle. `vertical`
 * swaps the axes (touchpoints as rows): Up/Down then move across touchpoints.
 */
export function moveFocus(
  key: string,
  at: GridPosition,
  shape: GridShape,
  options: { ctrl?: boolean; vertical?: boolean } = {},
): GridPosition | null {
  const lastColumn = Math.max(0, shape.columns - 1);
  const lastLane = Math.max(0, shape.lanes - 1);
  const across = options.vertical
    ? { next: 'ArrowDown', previous: 'ArrowUp' }
    : { next: 'ArrowRight', previous: 'ArrowLeft' };
  const along = options.vertical
    ? { next: 'ArrowRight', previous: 'ArrowLeft' }
    : { next: 'ArrowDown', previous: 'ArrowUp' };
  switch (key) {
    case across.next:
      return { column: clamp(at.column + 1, lastColumn), lane: at.lane };
    case across.previous:
      return { column: clamp(at.column - 1, lastColumn), lane: at.lane };
    case along.next:
      return { column: at.column, lane: clamp(at.lane + 1, lastLane) };
    case along.previous:
      return { column: at.column, lane: clamp(at.lane - 1, lastLane) };
    case 'Home':
      return { column: 0, lane: options.ctrl ? 0 : at.lane };
    case 'End':
      return { column: lastColumn, lane: options.ctrl ? lastLane : at.lane };
    case 'PageDown':
      return { column: nextPhaseStart(at.column, shape), lane: at.lane };
    case 'PageUp':
      return { column: previousPhaseStart(at.column, shape), lane: at.lane };
    default:
      return null;
  }
}
