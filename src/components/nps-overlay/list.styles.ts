import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/**
 * Rows below 600 px of the overlay's own width, the long list's chunks, the phase stop and the phase headings.
 */
export const listStyles = css`
  /* Rows below 600 px of the overlay's own width. */
  .vertical .track {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 3px;
  }
  /* A long vertical list scrolls in its own box and renders only the chunks of rows in view. */
  .vertical .track-wrap--rows {
    max-height: min(80vh, 960px);
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior-y: contain;
  }
  .vertical .chunk {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .vertical .gap {
    flex: none;
  }
  /* The phase holding the tab stop at the phase level of a long track: over the phase's columns, its ring inside. */
  .phase-stop {
    font: inherit;
    color: inherit;
    margin: 0 2px;
    padding: 0;
    border: 0;
    border-radius: ${tokens.radius};
    background: transparent;
  }
  .phase-stop:focus-visible {
    outline-offset: -2px;
  }
  .columns .track > .phase-stop {
    grid-row: 1 / span 4;
    z-index: 1;
    pointer-events: none;
  }
  .columns .phase-stop > span {
    visibility: hidden;
  }
  /* In a list: a bar with the phase's name before its first measured touchpoint. */
  .vertical .phase-stop {
    margin: 0;
    padding: 6px 12px;
    text-align: start;
    font-weight: 600;
    border: 1px solid ${tokens.border};
    background: ${tokens.surfaceRaised};
  }
  .vertical .cell {
    margin: 0;
    padding: 8px 12px;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'head score'
      'bars meta';
    column-gap: 12px;
    row-gap: 6px;
    align-items: center;
  }
  .vertical .cell.mot {
    box-shadow: inset 4px 0 0 ${tokens.momentOfTruth};
    padding-top: 8px;
    padding-inline-start: 14px;
  }
  .vertical .cell.placeholder {
    grid-template-areas: 'head score';
    padding-block: 4px;
  }
  .vertical .head {
    grid-area: head;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 8px;
  }
  .vertical .tp-label {
    font-size: 1em;
  }
  .vertical .score-line {
    grid-area: score;
    justify-self: end;
    justify-content: flex-end;
  }
  .vertical .placeholder .none {
    grid-area: score;
    justify-self: end;
  }
  .vertical .bars,
  .vertical .bars-space {
    grid-area: bars;
  }
  .vertical .bars-space {
    height: 0;
  }
  .vertical .meta {
    grid-area: meta;
    align-items: flex-end;
    text-align: end;
  }
  .phase-heading {
    margin: 8px 0 0;
    padding: 0 2px 2px;
    border-bottom: 2px solid ${tokens.border};
    font-size: ${smallText};
    font-weight: 600;
    color: ${tokens.textMuted};
  }
  .phase-heading:first-child {
    margin-top: 0;
  }
`;
