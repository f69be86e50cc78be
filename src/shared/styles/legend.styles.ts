import { css } from 'lit';
import { smallText, tokens } from '../theme.js';

/** The look of a chart legend: a wrapping list of keys (a line swatch and a name) and marks. */
export const legendStyles = css`
  .legend {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .legend li {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 6px;
  }
  .legend-key {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
  }
  .legend-name {
    color: ${tokens.text};
    font-weight: 600;
  }
  .legend-remembered strong {
    color: ${tokens.text};
    font-weight: 600;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .swatch-line {
    stroke: var(--curve-colour);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
`;
