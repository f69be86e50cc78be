import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/**
 * The figure: caption, summary, the scrolling track and the phase bands over it.
 */
export const figureStyles = css`
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(${tokens.space} * 0.75);
  }
  .figure.hosted,
  .figure.aligned {
    gap: calc(${tokens.space} / 2);
  }
  /* The region the view toggle switches: chart (track and legend) or table, spaced as the figure. */
  .view {
    display: flex;
    flex-direction: column;
    gap: inherit;
    min-width: 0;
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${tokens.space};
  }
  .title {
    font-weight: 600;
  }
  .subtitle {
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .summary {
    margin: 0;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }

  /* The track: one grid column per touchpoint, starting where the shared layout says. */
  .track-wrap {
    overflow-x: auto;
    overflow-y: hidden;
  }
  .hosted .track-wrap {
    overflow: visible;
  }
  .bands,
  .track {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--nps-column-width, 96px);
    padding-inline-start: var(--nps-start, 0px);
  }
  .bands {
    margin-bottom: 2px;
  }
  .band {
    margin: 0 2px;
    padding: 0 5px 2px;
    border-bottom: 2px solid ${tokens.border};
    font-size: ${smallText};
    font-weight: 600;
    color: ${tokens.textMuted};
    white-space: nowrap;
    /* clip, not hidden: hidden would make the band the scroller its sticky label sticks to. */
    overflow: clip;
  }
  /* A phase wider than the view keeps its name in view while the track scrolls. */
  .band-label {
    position: sticky;
    inset-inline-start: 5px;
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: bottom;
  }
  /* Four rows shared by every cell (subgrid), so labels, scores, bars and numbers line up across columns. */
  .track {
    padding-block: 3px;
    row-gap: 4px;
  }
  .columns .track {
    grid-template-rows: repeat(4, auto);
  }
  .columns .track > .cell {
    grid-row: 1 / span 4;
    display: grid;
    grid-template-rows: subgrid;
  }
  .columns .track > .cell > * {
    min-width: 0;
  }
  .columns .placeholder > .tp-label {
    grid-row: 1;
  }
  .columns .placeholder > .none {
    grid-row: 2 / span 3;
  }
  .columns .track > .cell > .score-line {
    grid-row: 2;
  }
  .columns .track > .cell > .bars,
  .columns .track > .cell > .bars-space {
    grid-row: 3;
  }
  .columns .track > .cell > .meta {
    grid-row: 4;
  }
`;
