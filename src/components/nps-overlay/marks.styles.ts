import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/**
 * The drawn marks (segments, score track, target), the icons and the legend.
 */
export const markStyles = css`
  /* Marks. */
  .seg {
    stroke: ${tokens.surfaceRaised};
    stroke-width: 1;
  }
  .seg.promoters {
    fill: ${tokens.promoter};
  }
  .seg.passives {
    fill: ${tokens.passive};
  }
  /* Detractors are filled with the hatch pattern (a fill attribute, which a CSS fill would override). */
  .hatch-fill {
    fill: ${tokens.detractor};
  }
  .hatch-line {
    stroke: ${tokens.surfaceRaised};
    stroke-width: 1.6;
  }
  .centre {
    stroke: ${tokens.text};
    stroke-width: 1.5;
  }
  .track-line {
    stroke: ${tokens.border};
    stroke-width: 1;
  }
  .zero {
    stroke: ${tokens.textMuted};
    stroke-width: 1;
  }
  .score-bar.positive {
    fill: ${tokens.promoter};
  }
  .score-bar.negative {
    fill: ${tokens.detractor};
  }
  /* The score's 95 % interval: a whisker with end caps under the score bar. */
  .whisker {
    fill: none;
    stroke: ${tokens.text};
    stroke-width: 1.25;
  }
  .score-dot {
    fill: ${tokens.text};
    stroke: ${tokens.surfaceRaised};
    stroke-width: 1.5;
  }
  .target-mark {
    stroke: ${tokens.text};
    stroke-width: 2;
    fill: ${tokens.text};
    stroke-linejoin: round;
  }
  .target-mark.missed {
    stroke: ${tokens.negative};
    fill: ${tokens.negative};
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    margin-inline-end: 0.25em;
    vertical-align: -0.125em;
  }
  /* The shared interface icons (shared/icons.ts) are outlines. */
  .icon path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .swatch .seg {
    stroke: none;
  }
  .legend .track-line,
  .legend .score-dot {
    stroke: ${tokens.surface};
  }
  .legend .track-line {
    stroke: ${tokens.border};
  }
  .tp-dip {
    display: block;
    font-weight: 600;
    color: ${tokens.text};
  }
  .tp-dip-glyph {
    color: ${tokens.negative};
  }
`;
