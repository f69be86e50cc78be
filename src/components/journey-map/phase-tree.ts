/**
 * The narrow map of a long journey (from PHASE_LEVEL_FROM touchpoints, below 600 px) as a tree
 * grid: a row per phase, which opens to its touchpoints a page at a time. The keys follow the
 * WAI-ARIA tree grid: Up/Down to the previous/next visible row, Right opens a phase (or goes to
 * its first touchpoint), Left closes it (or goes from a touchpoint to its phase), Enter opens a
 * phase and goes in (on a touchpoint: its detail), Escape goes back to the phase, Home/End to
 * the first/last phase (inside a phase: its first/last touchpoint shown), PageUp/PageDown by
 * phase. Pure; the element applies what it returns.
 */

/** A phase's touchpoints: first and last index in the map's columns. */
export interface TreeBand {
  firstIndex: number;
  lastIndex: number;
}

/** Which phases are open, and how many of an open phase's touchpoints are shown. */
export interface TreeState {
  open: ReadonlySet<number>;
  /** Touchpoints shown of an open phase (a page of them at first); see `shownOf`. */
  shown: ReadonlyMap<number, number>;
  page: number;
}

/** A row of the tree: a phase, or a touchpoint (by its column index) inside one. */
export type TreeRow = { kind: 'phase'; band: number } | { kind: 'touchpoint'; band: number; column: number };

/** What a key does: a row to focus, with a phase to open or close or more touchpoints to show; or a touchpoint's detail. */
export type TreeMove = { focus: TreeRow; open?: number; close?: number; more?: number } | { detail: number } | null;

/** How many touchpoints of band `b` are shown when it is open. */
export function shownOf(bands: readonly TreeBand[], state: TreeState, b: number): number {
  const band = bands[b];
  if (!band) return 0;
  return Math.min(band.lastIndex - band.firstIndex + 1, state.shown.get(b) ?? state.page);
}

/** The last touchpoint shown of an open band. */
function lastShown(bands: readonly TreeBand[], state: TreeState, b: number): number {
  return bands[b]!.firstIndex + shownOf(bands, state, b) - 1;
}

const phase = (band: number): TreeRow => ({ kind: 'phase', band });
const touchpoint = (band: number, column: number): TreeRow => ({ kind: 'touchpoint', band, column });

/** The row above a phase row: the previous phase, or its last touchpoint shown when it is open. */
function above(bands: readonly TreeBand[], state: TreeState, b: number): TreeRow {
  if (b === 0) return phase(0);
  return state.open.has(b - 1) ? touchpoint(b - 1, lastShown(bands, state, b - 1)) : phase(b - 1);
}

/** Where `key` (arrow keys in reading order, see `readingKey`) goes from row `at`. */
export function moveInTree(key: string, at: TreeRow, bands: readonly TreeBand[], state: TreeState): TreeMove {
  const last = bands.length - 1;
  if (last < 0) return null;
  const b = Math.max(0, Math.min(last, at.band));
  const band = bands[b]!;
  const isOpen = state.open.has(b);
  if (at.kind === 'phase') {
    switch (key) {
      case 'ArrowDown':
        if (isOpen) return { focus: touchpoint(b, band.firstIndex) };
        return { focus: phase(Math.min(last, b + 1)) };
      case 'ArrowUp':
        return { focus: above(bands, state, b) };
      case 'ArrowRight':
        return isOpen ? { focus: touchpoint(b, band.firstIndex) } : { focus: phase(b), open: b };
      case 'ArrowLeft':
        return isOpen ? { focus: phase(b), close: b } : { focus: phase(b) };
      case 'Enter':
      case ' ':
        return { focus: touchpoint(b, band.firstIndex), open: b };
      case 'Home':
        return { focus: phase(0) };
      case 'End':
        return { focus: phase(last) };
      case 'PageDown':
        return { focus: phase(Math.min(last, b + 1)) };
      case 'PageUp':
        return { focus: phase(Math.max(0, b - 1)) };
      default:
        return null;
    }
  }
  const column = Math.max(band.firstIndex, Math.min(band.lastIndex, at.column));
  const end = lastShown(bands, state, b);
  switch (key) {
    case 'ArrowDown':
      if (column < end) return { focus: touchpoint(b, column + 1) };
      // Past the last touchpoint shown: the next page of the phase comes in.
      if (column < band.lastIndex) return { focus: touchpoint(b, column + 1), more: b };
      return b < last ? { focus: phase(b + 1) } : { focus: touchpoint(b, column) };
    case 'ArrowUp':
      return column > band.firstIndex ? { focus: touchpoint(b, column - 1) } : { focus: phase(b) };
    case 'ArrowLeft':
    case 'Escape':
    case 'PageUp':
      return { focus: phase(b) };
    case 'PageDown':
      return b < last ? { focus: phase(b + 1) } : { focus: touchpoint(b, end) };
    case 'Home':
      return { focus: touchpoint(b, band.firstIndex) };
    case 'End':
      return { focus: touchpoint(b, end) };
    case 'Enter':
    case ' ':
      return { detail: column };
    default:
      return null;
  }
}
