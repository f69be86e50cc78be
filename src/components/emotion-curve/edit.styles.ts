import { css } from 'lit';
import { tokens } from '../../shared/theme.js';

/** The look of the curve's edit panel and edit notices; adopted only once `editable` is set. */
export const editStyles = css`
  .edit-notice,
  .edit-panel {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.space};
    padding: ${tokens.space};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
  }
  .edit-notice {
    border-color: ${tokens.warning};
  }
  .edit-notice p,
  .edit-panel p {
    margin: 0;
    flex-basis: 100%;
  }
  .edit-panel h3 {
    margin: 0;
    flex-basis: 100%;
    font-size: 1em;
  }
  .edit-slider {
    min-width: 9ch;
    padding: 0.25em 0.5em;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .edit-slider:focus-visible,
  .edit-panel :is(select, input):focus-visible {
    outline: 2px solid ${tokens.focus};
    outline-offset: 2px;
  }
  .edit-panel label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .edit-refused {
    color: ${tokens.negative};
  }
  /* A vertical drag edits the emotion; a horizontal one still scrolls the plot. */
  .chart {
    touch-action: pan-x;
  }
`;
