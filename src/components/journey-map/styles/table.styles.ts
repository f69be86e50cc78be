import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';
import { hairline } from './tokens.js';

/** The data-table view. */
export const tableStyles = css`
  /* The region the data-table toggle switches (aria-controls): no box of its own. */
  .view-area {
    display: contents;
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--journey-map-max-height, none);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
  }
  .data-table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${smallText};
  }
  .data-table caption {
    padding: ${tokens.space};
    text-align: start;
    font-weight: 700;
  }
  .data-table th,
  .data-table td {
    padding: 0.4em 0.6em;
    border-top: 1px solid ${hairline};
    text-align: start;
    vertical-align: top;
  }
  .data-table thead th {
    position: sticky;
    top: 0;
    background: ${tokens.surfaceRaised};
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
