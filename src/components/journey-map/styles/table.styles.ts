import { css } from 'lit';
import { tokens } from '../../../shared/theme.js';

/** The map's additions to the shared data table (dataTableStyles): its height limit, sticky headers, compare rows and metrics. */
export const tableStyles = css`
  /* The region the data-table toggle switches (aria-controls): no box of its own. */
  .view-area {
    display: contents;
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--journey-map-max-height, none);
  }
  .data-table thead th {
    position: sticky;
    top: 0;
  }
  .data-table tr.removed {
    color: ${tokens.textMuted};
  }
  .table-metric {
    display: block;
  }
  .table-metric.off {
    color: ${tokens.warning};
    font-weight: 600;
  }
  .more {
    margin: ${tokens.space} 0 0;
  }
`;
