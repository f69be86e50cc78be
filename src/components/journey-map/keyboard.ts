/** The map grid's keys live with the shared chart core now (shared/grid-keys.ts). */
export {
  type GridPosition,
  type GridShape,
  moveFocus,
  nextPhaseStart,
  previousPhaseStart,
} from '../../shared/grid-keys.js';
