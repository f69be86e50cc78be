import { buttonStyles } from '../../shared/styles/buttons.styles.js';
import { dataTableStyles } from '../../shared/styles/data-table.styles.js';
import { legendStyles } from '../../shared/styles/legend.styles.js';
import { trendStyles } from '../../shared/styles/trend.styles.js';
import { sharedStyles } from '../../shared/theme.js';
import { figureStyles } from './figure.styles.js';
import { cellStyles } from './cell.styles.js';
import { listStyles } from './list.styles.js';
import { markStyles } from './marks.styles.js';
import { tableStyles } from './table.styles.js';
import { dialogStyles } from './dialog.styles.js';
import { forcedColorStyles } from './forced-colors.styles.js';

/** The shared sheets, then the overlay's by subject; their order is the cascade's (forced colours last). */
export const styles = [
  ...sharedStyles,
  buttonStyles,
  dataTableStyles,
  legendStyles,
  trendStyles,
  figureStyles,
  cellStyles,
  listStyles,
  markStyles,
  tableStyles,
  dialogStyles,
  forcedColorStyles,
];
