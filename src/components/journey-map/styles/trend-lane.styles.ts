import { css } from 'lit';
import { tokens } from '../../../shared/theme.js';

/** The trend lane: one small chart per measure, named above it, each dip noted in words under it. */
export const trendLaneStyles = css`
  .cell--trend .cell-content {
    display: grid;
    gap: 0.25rem;
  }
  .trend-measure {
    margin: 0;
  }
  .trend-name {
    font-size: 0.75rem;
    font-weight: 600;
  }
  .cell--trend .trend-chart {
    max-width: 100%;
  }
  .cell--trend .trend-tick,
  .cell--trend .trend-period {
    font-size: 9px;
  }
  .trend-dip-note {
    margin: 0;
    font-size: 0.75rem;
    font-weight: 600;
    color: ${tokens.text};
  }
  .trend-dip-glyph {
    color: ${tokens.negative};
  }
  .tp-dip {
    font-size: 0.75rem;
    font-weight: 600;
    color: ${tokens.text};
  }
  .tp-dip-glyph {
    color: ${tokens.negative};
  }
`;
