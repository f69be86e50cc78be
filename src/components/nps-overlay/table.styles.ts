import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/**
 * The dialog's history table and the compact badge.
 */
export const tableStyles = css`
  /* The dialog's history (the data table's look is the shared dataTableStyles), scrolling when narrow. */
  .history-wrap {
    overflow-x: auto;
  }
  .history-table th,
  .history-table td {
    padding: 4px 6px;
  }
  .history-table tr.current th,
  .history-table tr.current td {
    font-weight: 700;
  }

  /* Badge. */
  .badge-wrap {
    display: inline-block;
    position: relative;
  }
  .badge {
    font: inherit;
    color: inherit;
    text-align: start;
    display: inline-flex;
    flex-direction: column;
    gap: 4px;
    min-width: 11rem;
    padding: 10px 12px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    margin: 0;
    position: relative;
  }
  .badge.mot {
    border-color: ${tokens.momentOfTruth};
    box-shadow: inset 0 4px 0 ${tokens.momentOfTruth};
    padding-top: 12px;
  }
  .badge .meta {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: 10px;
  }
  .badge-name {
    font-size: ${smallText};
    font-weight: 600;
    color: ${tokens.textMuted};
  }
`;
