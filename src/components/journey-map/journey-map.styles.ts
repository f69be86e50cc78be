import { dataTableStyles } from '../../shared/styles/data-table.styles.js';
import { sharedStyles } from '../../shared/theme.js';
import { shadowPrintStyles } from './print-styles.js';
import { blueprintMarkStyles } from '../../shared/styles/blueprint-marks.styles.js';
import { blueprintStyles } from './styles/blueprint.styles.js';
import { detailStyles } from './styles/detail.styles.js';
import { flowStyles } from './styles/flows.styles.js';
import { forcedColourStyles } from './styles/forced-colours.styles.js';
import { gridStyles } from './styles/grid.styles.js';
import { headerStyles } from './styles/header.styles.js';
import { laneStyles } from './styles/lanes.styles.js';
import { tableStyles } from './styles/table.styles.js';
import { verticalStyles } from './styles/vertical.styles.js';

/**
 * The map's styles: the shared ones, its own sheets in cascade order (forced colours last among
 * them, so it wins), and its print layout.
 */
export const styles = [
  ...sharedStyles,
  headerStyles,
  gridStyles,
  laneStyles,
  blueprintMarkStyles,
  blueprintStyles,
  flowStyles,
  detailStyles,
  dataTableStyles,
  tableStyles,
  verticalStyles,
  forcedColourStyles,
  shadowPrintStyles,
];
