import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/**
 * A touchpoint's cell on the track (and the parts it shares with the badge). The cell keeps 8 px
 * on each side of its bars (2 px margin, 1 px border, 5 px padding), which matches CELL_PADDING
 * in track-layout.ts.
 */
export const cellStyles = css`
  .cell {
    font: inherit;
    color: inherit;
    text-align: start;
    min-width: 0;
    margin: 0 2px;
    padding: 6px 5px 8px;
    border: 1px solid transparent;
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 4px;
    position: relative;
  }
  /* The transparent button over a cell or badge: the click target, the tab stop and the focus ring. */
  .hit {
    position: absolute;
    inset: -1px;
    z-index: 1;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: inherit;
    background: transparent;
    cursor: pointer;
    font: inherit;
  }
  .hit:focus-visible {
    outline: 2px solid ${tokens.focus};
    outline-offset: 1px;
  }
  .cell.measured:hover,
  .badge:hover {
    border-color: ${tokens.border};
  }
  .cell.mot:hover,
  .badge.mot:hover {
    border-color: ${tokens.momentOfTruth};
  }
  .cell.mot {
    border-color: ${tokens.momentOfTruth};
    box-shadow: inset 0 4px 0 ${tokens.momentOfTruth};
    padding-top: 9px;
  }
  /* Off target: a dashed border, so the state is more than colour (cells and badges alike). */
  .cell.off-target,
  .badge.off-target {
    border-style: dashed;
    border-color: ${tokens.negative};
  }
  .cell.mot.off-target,
  .badge.mot.off-target {
    border-style: solid;
    border-color: ${tokens.momentOfTruth};
    border-bottom: 2px dashed ${tokens.negative};
  }
  .cell.placeholder {
    background: transparent;
  }
  .cell.placeholder .tp-label {
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .head {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
  }
  .tp-label {
    font-size: 12px;
    line-height: 1.3;
    font-weight: 600;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 5;
    line-clamp: 5;
    max-width: 100%;
    overflow: hidden;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .mot-badge {
    display: inline-flex;
    align-items: center;
    font-size: 12px;
    line-height: 1.3;
    font-weight: 600;
    color: ${tokens.momentOfTruth};
  }
  .score-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 4px;
  }
  .score {
    font-size: 1.5em;
    line-height: 1.15;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  .no-data .score {
    font-size: ${smallText};
    line-height: 1.3;
    font-weight: 400;
    font-style: italic;
    color: ${tokens.textMuted};
  }
  .trend {
    display: inline-flex;
    align-items: center;
    font-size: ${smallText};
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .trend.up {
    color: ${tokens.positive};
  }
  .trend.down {
    color: ${tokens.negative};
  }
  .trend.flat,
  .trend.not-significant,
  .trend.unknown {
    color: ${tokens.textMuted};
  }
  .bars {
    display: block;
    overflow: visible;
  }
  .bars-space {
    display: block;
    height: 34px;
  }
  .meta {
    display: flex;
    flex-direction: column;
    gap: 1px;
    font-size: ${smallText};
    line-height: 1.3;
    color: ${tokens.textMuted};
  }
  .n,
  .ci {
    font-variant-numeric: tabular-nums;
  }
  .flag,
  .target {
    font-weight: 600;
  }
  .flag.small {
    color: ${tokens.warning};
  }
  .target.met {
    color: ${tokens.positive};
  }
  .target.missed {
    color: ${tokens.negative};
  }
  .none {
    font-size: ${smallText};
    font-style: italic;
    color: ${tokens.textMuted};
  }
  .aligned .cell,
  .hosted .cell {
    padding-top: 6px;
  }
`;
