import { css } from 'lit';
import { smallText, tokens } from '../theme.js';

/** The look of `dataTable()`: one look for the data table of every chart element. */
export const dataTableStyles = css`
  .table-wrap {
    overflow-x: auto;
    border: 1px solid color-mix(in srgb, ${tokens.border} 60%, transparent);
    border-radius: ${tokens.radius};
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${smallText};
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: 8px 10px;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 6px 10px;
    border-top: 1px solid color-mix(in srgb, ${tokens.border} 40%, transparent);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: ${tokens.surfaceRaised};
  }
  tbody th {
    font-weight: 500;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  tfoot tr:first-child > * {
    border-top: 2px solid color-mix(in srgb, ${tokens.border} 70%, transparent);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .num--wrap {
    white-space: normal;
    min-width: 8em;
  }
  .muted {
    color: ${tokens.textMuted};
    font-weight: 400;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    font-size: ${smallText};
  }
`;
