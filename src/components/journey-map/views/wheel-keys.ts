/**
 * The keyboard round the experience wheel: the same model as the grid's, on a circle. The arrows
 * go to the next touchpoint (Right or Down) or the previous one (Left or Up) in reading order,
 * round past the end; on a right-to-left page the wheel runs counter-clockwise and Left is next.
 * Home/End go to the first/last touchpoint, PageDown/PageUp to the next/previous phase. Pure.
 */
import { readingKey } from '../../../shared/direction.js';
import { type GridShape, nextPhaseStart, previousPhaseStart } from '../../../shared/grid-keys.js';

/** Where `key` moves the active touchpoint (journey index), or `null` for a key the wheel does not handle. */
export function moveRound(key: string, at: number, shape: GridShape, rtl = false): number | null {
  const count = shape.columns;
  if (count === 0) return null;
  switch (readingKey(key, rtl)) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (at + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return nextPhaseStart(at, shape);
    case 'PageUp':
      return previousPhaseStart(at, shape);
    default:
      return null;
  }
}
