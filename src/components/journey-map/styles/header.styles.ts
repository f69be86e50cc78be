import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';
import { hairline } from './tokens.js';

/** The host, the figure, and the header: title, goal, start and end, persona switch, toolbar, legend; the base journey's state. */
export const headerStyles = css`
  :host {
    container-type: inline-size;
  }
  /* The embedded elements follow the map's colour scheme, not their own default. */
  emotion-curve,
  nps-overlay,
  touchpoint-card {
    color-scheme: inherit;
  }
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(${tokens.space} * 1.5);
  }

  /*
   * Title and controls share a line while both fit: the heading never gets narrower than 20rem
   * (or the whole width), and the controls wrap under it as one block before squeezing it.
   */
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space} calc(${tokens.space} * 3);
    align-items: flex-start;
  }
  .heading {
    flex: 1 1 min(20rem, 100%);
    min-width: min(20rem, 100%);
    overflow-wrap: break-word;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .facts {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: baseline;
    gap: 0.3em 0.5em;
    margin-top: calc(${tokens.space} * 0.75);
    overflow-wrap: break-word;
  }
  .term {
    justify-self: start;
    padding: 0 0.45em;
    border-radius: 4px;
    font-size: ${smallText};
    font-weight: 700;
    letter-spacing: 0.02em;
    white-space: nowrap;
    color: ${tokens.text};
    background: ${tokens.surfaceRaised};
    border: 1px solid ${hairline};
  }
  .goal {
    font-size: 1.0625em;
    font-weight: 600;
  }
  .route {
    color: ${tokens.textMuted};
  }
  .compared {
    margin: calc(${tokens.space} * 0.75) 0 0;
    font-weight: 600;
  }
  .controls {
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-start;
    align-items: center;
    gap: ${tokens.space};
  }
  .persona-switch {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    max-width: 100%;
    font-weight: 600;
  }
  .persona-switch select {
    max-width: 100%;
  }
  select,
  .tool,
  .close,
  .more {
    min-height: 32px;
    padding: 0 0.75em;
    font: inherit;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    cursor: pointer;
  }
  .tool:hover,
  .close:hover,
  .more:hover,
  select:hover {
    background: ${tokens.surfaceRaised};
  }
  .tool[aria-pressed='true'] {
    background: ${tokens.text};
    color: ${tokens.surface};
    border-color: ${tokens.text};
  }
  .toolbar {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(${tokens.space} / 2);
  }
  .export-error {
    flex-basis: 100%;
    margin: 0;
    color: ${tokens.negative};
    font-size: ${smallText};
  }
  .legend {
    flex: 1 0 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(${tokens.space} / 2) calc(${tokens.space} * 2);
    padding-top: ${tokens.space};
    border-top: 1px solid ${hairline};
  }
  /* Small-capital headings: the legend's and the detail panel's. */
  .legend-title,
  .detail-title {
    margin: 0;
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${tokens.space} / 2) calc(${tokens.space} * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-line {
    width: 28px;
    height: 12px;
  }
  .legend-line path {
    fill: none;
    stroke-width: 3;
    stroke-linecap: round;
  }
  /* Round caps would grow each dash into its gaps (by the stroke width): '4 2' would look solid. */
  .legend-line path:not([stroke-dasharray='none']) {
    stroke-linecap: butt;
  }
  .legend-glyph,
  .v-glyph {
    width: 14px;
    height: 14px;
    overflow: visible;
  }
  .glyph--fill {
    fill: currentColor;
  }
  .glyph--stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }

  .base-error-title {
    margin: 0 0 calc(${tokens.space} / 2);
    font-weight: 600;
  }
`;
