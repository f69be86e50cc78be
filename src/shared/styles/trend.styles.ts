import { css } from 'lit';
import { tokens } from '../theme.js';

/** The look of `trendChart()`: the line and dots in the text colour, the band a tint, dips negative. */
export const trendStyles = css`
  .trend-chart {
    display: block;
    width: 100%;
    max-width: 36rem;
    height: auto;
    overflow: visible;
  }
  .trend-grid {
    stroke: color-mix(in srgb, ${tokens.border} 50%, transparent);
    stroke-width: 1;
  }
  .trend-zero {
    stroke: ${tokens.textMuted};
    stroke-width: 1;
  }
  .trend-band {
    fill: color-mix(in srgb, ${tokens.accent} 22%, transparent);
    stroke: none;
  }
  .trend-whisker {
    fill: none;
    stroke: ${tokens.textMuted};
    stroke-width: 1.25;
  }
  .trend-line {
    fill: none;
    stroke: ${tokens.text};
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .trend-point {
    fill: ${tokens.text};
    stroke: ${tokens.surfaceRaised};
    stroke-width: 1.5;
  }
  .trend-dip {
    fill: ${tokens.negative};
  }
  .trend-tick,
  .trend-period {
    fill: ${tokens.textMuted};
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .trend-band {
      fill: none;
      stroke: GrayText;
      stroke-dasharray: 3 2;
    }
    .trend-line,
    .trend-whisker,
    .trend-zero {
      stroke: CanvasText;
    }
    .trend-grid {
      stroke: GrayText;
    }
    .trend-point,
    .trend-dip,
    .trend-tick,
    .trend-period {
      fill: CanvasText;
    }
    .trend-point {
      stroke: Canvas;
    }
  }
`;
