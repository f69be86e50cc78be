import { css } from 'lit';

/** Forced colours (Windows high contrast): system colours for the map's own marks. Last, so it wins. */
export const forcedColourStyles = css`
  @media (forced-colors: active) {
    .phase,
    .v-phase-cell,
    .lane-header,
    .corner {
      border-color: CanvasText;
    }
    .cell:focus-visible,
    .v-cell:focus-visible,
    .v-phase-cell:focus-visible {
      outline-color: Highlight;
    }
    .flow-line,
    .flow-key,
    .spark-zero {
      stroke: CanvasText;
    }
    .flow-arrow,
    .flow-key-arrow.flow-key--next,
    .flow-key-arrow.flow-key--loop,
    .flow-key-arrow.flow-key--drop-off,
    .moment-icon {
      fill: CanvasText;
    }
    .flow-count {
      fill: CanvasText;
      stroke: Canvas;
    }
    .score-track,
    .score-zero {
      stroke: CanvasText;
    }
    .tool[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .badge,
    .badge--added {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    /* Persona colours are set inline (styleProperties); the dash pattern tells the personas apart. */
    .legend-line path {
      stroke: CanvasText !important;
    }
    .score-bar circle {
      fill: CanvasText !important;
    }
  }
`;
