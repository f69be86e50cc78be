import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';
import { tint } from './tokens.js';

/** The vertical (narrow) map, the tree of phases of a long journey, and the narrow container queries. */
export const verticalStyles = css`
  .vertical {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space};
  }
  .v-cell {
    padding: calc(${tokens.space} * 1.5);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .v-cell:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  .v-cell.removed {
    color: ${tokens.textMuted};
    border-style: dashed;
  }
  .v-phase {
    margin: calc(${tokens.space} * -1.5) calc(${tokens.space} * -1.5) ${tokens.space};
    padding: calc(${tokens.space} / 2) calc(${tokens.space} * 1.5);
    border-top: 4px solid var(--phase-hue);
    border-radius: ${tokens.radius} ${tokens.radius} 0 0;
    background: ${tint(css`var(--phase-hue)`, 12)};
    font-weight: 700;
  }
  .v-phase-description {
    display: block;
    font-size: ${smallText};
    font-weight: 400;
  }
  /* A long journey, narrow: a row per phase that opens to its touchpoints (phase-tree.ts). */
  .v-phase-cell {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0.125em 0.5em;
    padding: calc(${tokens.space} * 0.75) calc(${tokens.space} * 1.5);
    border: 1px solid ${tokens.border};
    border-top: 4px solid var(--phase-hue);
    border-radius: ${tokens.radius};
    background: ${tint(css`var(--phase-hue)`, 12)};
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .v-phase-cell:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  .v-phase-toggle {
    grid-row: span 4;
    width: 16px;
    height: 16px;
    align-self: start;
    margin-top: 0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .v-phase-name {
    font-weight: 700;
  }
  .v-phase-spark {
    grid-column: 3;
    grid-row: 1 / span 4;
    align-self: center;
    width: 96px;
    height: 28px;
    overflow: visible;
  }
  .spark-zero {
    stroke: ${tokens.textMuted};
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .spark-line {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .v-phase-cell .v-phase-description,
  .v-phase-count {
    grid-column: 2;
    font-size: ${smallText};
  }
  .v-phase-count {
    color: ${tokens.textMuted};
  }
  /* An open phase's touchpoints sit a step in from its row, below it. */
  .tree .v-row,
  .v-more-row {
    margin-inline-start: ${tokens.space};
  }
  .v-phase-row[aria-expanded='true'] + .v-row {
    margin-top: calc(${tokens.space} * -0.5);
  }
  .v-more-row .more {
    margin: 0;
  }
  .v-head {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5em;
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(6.5em, max-content) minmax(0, 1fr);
    gap: 0.5em 0.75em;
    margin-top: ${tokens.space};
  }
  .field {
    display: contents;
  }
  .field-title {
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
  }
  .field-value {
    min-width: 0;
    font-size: 0.9375em;
  }
  .field-value .hop {
    display: flex;
    margin: 0.35em 0 0;
  }
  .v-emotions {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Bar, glyph and words on one row; the words wrap in their own column. */
  .v-emotions li {
    display: grid;
    grid-template-columns: auto 14px minmax(0, 1fr);
    align-items: center;
    gap: 0.5em;
  }
  .v-emotion-text,
  .v-flows {
    font-size: ${smallText};
  }
  .score-bar {
    width: 84px;
    height: 12px;
    flex: none;
  }
  .score-track {
    stroke: ${tokens.border};
    stroke-width: 2;
  }
  .score-zero {
    stroke: ${tokens.text};
    stroke-width: 1.5;
  }
  .v-nps {
    font-weight: 700;
  }
  .v-nps-facts {
    font-size: ${smallText};
  }

  /* Narrow lane headers (HEAD_WIDTH_NARROW in the component, below the same 900 px). */
  @container (width < 900px) {
    .corner,
    .lane-header {
      padding-inline: calc(${tokens.space} * 1.25);
    }
    .lane-name {
      font-size: 0.875em;
    }
  }
  /* Narrow elements: smaller buttons; below 480 px the fields of a row stack too. */
  @container (width < 720px) {
    .tool {
      font-size: ${smallText};
    }
  }
  @container (width < 480px) {
    .title {
      font-size: 1.3em;
    }
    .fields {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.15em;
    }
    .field-title {
      margin-top: 0.5em;
    }
    /* Narrow: the line goes under the phase's count, which keeps the whole width. */
    .v-phase-spark {
      grid-column: 2;
      grid-row: auto;
      justify-self: start;
      margin-top: 0.25em;
    }
  }
`;
