import { css } from 'lit';
import { sharedStyles, smallText, tokens } from '../../shared/theme.js';

/**
 * The cell keeps 8 px on each side of its bars (2 px margin, 1 px border, 5 px padding), which
 * matches CELL_PADDING in the component.
 */
const ownStyles = css`
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
  .view-toggle {
    font: inherit;
    font-size: ${smallText};
    line-height: 1.4;
    padding: 3px 10px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    cursor: pointer;
  }
  .view-toggle[aria-pressed='true'] {
    background: ${tokens.text};
    color: ${tokens.surface};
    border-color: ${tokens.text};
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
  .trend.flat {
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
  .n {
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
  .icon-fill {
    fill: currentColor;
  }
  .icon-stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    flex: none;
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

  /* Data table. */
  .table-wrap {
    overflow-x: auto;
  }
  .table,
  .history-table {
    border-collapse: collapse;
    font-size: ${smallText};
    font-variant-numeric: tabular-nums;
  }
  .table {
    width: 100%;
  }
  .table th,
  .table td,
  .history-table th,
  .history-table td {
    padding: 4px 8px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid color-mix(in srgb, ${tokens.border} 50%, transparent);
  }
  .table thead th,
  .history-table thead th {
    border-bottom: 2px solid ${tokens.border};
    color: ${tokens.textMuted};
    white-space: nowrap;
  }
  .table tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end !important;
  }
  .history-table tr.current th,
  .history-table tr.current td {
    font-weight: 700;
  }

  /* Badge. */
  .badge-wrap {
    display: inline-block;
    position: relative;
  }
  .badge {
    font: inherit;
    color: inherit;
    text-align: start;
    display: inline-flex;
    flex-direction: column;
    gap: 4px;
    min-width: 11rem;
    padding: 10px 12px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    margin: 0;
    position: relative;
  }
  .badge.mot {
    border-color: ${tokens.momentOfTruth};
    box-shadow: inset 0 4px 0 ${tokens.momentOfTruth};
    padding-top: 12px;
  }
  .badge .meta {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: 10px;
  }
  .badge-name {
    font-size: ${smallText};
    font-weight: 600;
    color: ${tokens.textMuted};
  }

  /* Drill-down dialog. */
  .dialog {
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid ${tokens.border};
    border-radius: calc(${tokens.radius} * 2);
    background: ${tokens.surface};
    color: ${tokens.text};
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
    overflow: auto;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-body {
    padding: 16px 20px 4px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .dialog-head h2 {
    margin: 0;
    padding-inline-end: 6.5rem;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .dialog-sub {
    margin: 2px 0 0;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .dialog-score {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }
  .dialog-score .score {
    font-size: 2em;
  }
  .dialog-score .target,
  .dialog-score .flag {
    font-size: ${smallText};
  }
  .dialog-text {
    margin: 0;
    font-size: ${smallText};
  }
  .dialog h3 {
    margin: 0 0 4px;
    font-size: ${smallText};
    font-weight: 600;
    color: ${tokens.textMuted};
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .histogram-svg {
    display: block;
    width: 320px;
    max-width: 100%;
    height: auto;
  }
  .histogram .grid {
    stroke: color-mix(in srgb, ${tokens.border} 40%, transparent);
    stroke-width: 1;
  }
  .histogram .divider {
    stroke: ${tokens.textMuted};
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .histogram .seg {
    stroke: ${tokens.surface};
  }
  .histogram .tick {
    font-size: 13px;
    fill: ${tokens.textMuted};
    font-variant-numeric: tabular-nums;
  }
  .histogram .hatch-line {
    stroke: ${tokens.surface};
  }
  .histogram-legend {
    margin: 2px 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .facts {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 16px;
    font-size: ${smallText};
  }
  .facts div {
    display: contents;
  }
  .facts dt {
    color: ${tokens.textMuted};
  }
  .facts dd {
    margin: 0;
  }
  .dialog-actions {
    position: absolute;
    top: 12px;
    inset-inline-end: 12px;
    margin: 0;
  }
  .close {
    font: inherit;
    font-size: ${smallText};
    display: inline-flex;
    align-items: center;
    padding: 4px 10px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    cursor: pointer;
  }

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
    .view-toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .hit:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const styles = [...sharedStyles, ownStyles];
