import { css } from 'lit';

/**
 * Forced colours (Windows high contrast): every mark in system colours.
 */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .cell,
    .badge {
      border-color: CanvasText;
    }
    .cell.placeholder {
      border-color: GrayText;
    }
    .seg.promoters,
    .score-bar.positive,
    .score-bar.negative {
      fill: CanvasText;
    }
    .seg.passives {
      fill: GrayText;
    }
    .hatch-fill {
      fill: Canvas;
    }
    .hatch-line,
    .histogram .hatch-line,
    .seg {
      stroke: CanvasText;
    }
    .centre,
    .target-mark,
    .target-mark.missed,
    .zero,
    .whisker,
    .track-line,
    .legend .track-line {
      stroke: CanvasText;
    }
    .target-mark,
    .target-mark.missed,
    .score-dot {
      fill: CanvasText;
    }
    /* The dot's knock-out ring: the surface colours are not the forced Canvas. */
    .score-dot,
    .legend .score-dot {
      stroke: Canvas;
    }
    .histogram .tick {
      fill: CanvasText;
    }
    .histogram .divider {
      stroke: CanvasText;
    }
    .histogram .grid {
      stroke: GrayText;
    }
    .mot-badge,
    .trend,
    .target,
    .flag {
      color: CanvasText;
    }
    .hit:focus-visible {
      outline-color: Highlight;
    }
  }
`;
