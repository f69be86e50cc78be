import { css } from 'lit';
import { buttonStyles } from '../../shared/styles/buttons.styles.js';
import { dataTableStyles } from '../../shared/styles/data-table.styles.js';
import { legendStyles } from '../../shared/styles/legend.styles.js';
import { tooltipStyles } from '../../shared/styles/tooltip.styles.js';
import { plotStyles } from './plot.styles.js';
import { sharedStyles, smallText, tokens } from '../../shared/theme.js';

const own = css`
  .figure {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: calc(${tokens.space} * 1.25) calc(${tokens.space} * 2);
  }
  .title {
    min-width: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .summary {
    grid-column: 1 / -1;
    max-width: 90ch;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .summary p {
    margin: 0 0 0.5em;
  }
  .summary p:last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    .curve-line,
    .swatch-line,
    .dip-mark {
      stroke: CanvasText;
    }
    /* The earlier period keeps its dots and the marks their glyphs: shape, not colour, tells them apart. */
    .change-mark {
      fill: CanvasText;
    }
    .dot,
    .glyph--fill {
      fill: CanvasText;
      stroke: Canvas;
    }
    .glyph--stroke {
      fill: Canvas;
      stroke: CanvasText;
    }
    .zone,
    .band-fill--odd,
    .column-highlight {
      fill: none;
    }
    /* A grey band under the curve: 45 % CanvasText is ≥ 3:1 on Canvas and keeps the curve on it ≥ 4.5:1. */
    .drop-halo {
      stroke: CanvasText;
      stroke-opacity: 0.45;
    }
    .moment-line,
    .moment-flag,
    .peak-end-mark,
    .ring,
    .zero-line,
    .band-separator {
      stroke: CanvasText;
    }
    .moment-flag,
    .moment-text,
    .tick-label,
    .axis-title,
    .point-label,
    .column-label,
    .chart .no-data {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .point-label,
    .tick-label--inside,
    .chart .no-data {
      stroke: Canvas;
    }
    .tooltip {
      border-color: CanvasText;
    }
    .tooltip-swatch {
      background: CanvasText;
    }
  }
`;

/** Styles of `<emotion-curve>`: the shared ones, the shared button, table, legend and tooltip sheets, its plot's, then its own. */
export const styles = [...sharedStyles, buttonStyles, dataTableStyles, legendStyles, tooltipStyles, plotStyles, own];
