import { css } from 'lit';
import { sharedStyles, smallText, tokens } from '../../shared/theme.js';

const own = css`
  .figure {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: calc(${tokens.space} * 1.25) calc(${tokens.space} * 2);
  }
  .title {
    min-width: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .toggle,
  .pager button {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    font: inherit;
    font-size: ${smallText};
    cursor: pointer;
  }
  .toggle:hover,
  .pager button:hover:not(:disabled) {
    border-color: ${tokens.accent};
  }
  .pager button:disabled {
    cursor: default;
    color: ${tokens.textMuted};
  }
  .legend {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .legend li {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 6px;
  }
  .legend-key {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
  }
  .legend-name {
    color: ${tokens.text};
    font-weight: 600;
  }
  .legend-remembered strong {
    color: ${tokens.text};
    font-weight: 600;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .swatch-line {
    stroke: var(--curve-colour);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .view {
    grid-column: 1 / -1;
    display: grid;
    gap: calc(${tokens.space} * 1.25);
    min-width: 0;
  }
  .plot-wrap {
    position: relative;
    min-width: 0;
  }
  .scroller {
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
  }
  .canvas {
    position: relative;
  }
  .axis {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    background: ${tokens.surface};
  }
  .axis svg {
    display: block;
  }
  /* A hosted curve's ticks over its plot, sticking beside the host's lane headers. */
  .axis--overlay {
    inset-inline-start: var(--journey-axis-sticky-start, 0px);
    background: transparent;
    pointer-events: none;
  }
  .scroller--scrolled .axis::after {
    content: '';
    position: absolute;
    /* Below the phase row, whose sticky labels sit just right of the axis. */
    top: var(--band-height, 0px);
    bottom: 0;
    inset-inline-start: 100%;
    width: 20px;
    border-inline-start: 1px solid color-mix(in srgb, ${tokens.border} 50%, transparent);
    background: linear-gradient(to right, ${tokens.surface}, transparent);
    pointer-events: none;
  }
  :host(:dir(rtl)) .scroller--scrolled .axis::after {
    background: linear-gradient(to left, ${tokens.surface}, transparent);
  }
  .bands {
    position: absolute;
    top: 0;
    inset-inline: 0;
    z-index: 1;
    pointer-events: none;
  }
  .band {
    position: absolute;
    top: 0;
    height: 100%;
    display: flex;
    align-items: center;
    min-width: 0;
  }
  .band-label {
    position: sticky;
    inset-inline-start: calc(var(--inset, 0px) + 8px);
    display: block;
    max-width: calc(100% - 16px);
    margin-inline: 8px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 13px;
    font-weight: 600;
    letter-spacing: 0.01em;
    color: ${tokens.text};
  }
  .chart {
    position: absolute;
    top: 0;
    display: block;
    font-family: inherit;
    touch-action: pan-x pan-y;
  }
  .chart text {
    font-size: 12px;
  }
  .band-fill {
    fill: transparent;
  }
  .band-fill--odd {
    fill: ${tokens.surfaceRaised};
  }
  /* Where a phase starts: information, so the border token at full strength (≥ 3:1), as the map's phase-start border. */
  .band-separator {
    stroke: ${tokens.border};
    stroke-width: 1;
  }
  .zone--positive {
    fill: ${tokens.positive};
    fill-opacity: 0.045;
  }
  .zone--negative {
    fill: ${tokens.negative};
    fill-opacity: 0.045;
  }
  .grid-line {
    stroke: ${tokens.border};
    stroke-opacity: 0.3;
    stroke-width: 1;
  }
  .zero-line {
    stroke: ${tokens.textMuted};
    stroke-width: 1.25;
  }
  .tick-label,
  .axis-title {
    font-size: 12px;
    fill: ${tokens.textMuted};
    font-variant-numeric: tabular-nums;
  }
  .tick-label--zero {
    fill: ${tokens.text};
    font-weight: 600;
  }
  /* Ticks of a hosted curve drawn over the plot's first column: a halo keeps them legible over lines. */
  .tick-label--inside {
    stroke: ${tokens.surface};
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  /* Hosted by <journey-map>: only the plot, the map around it shows the rest. */
  .figure--hosted {
    display: block;
  }
  .figure--hosted .scroller {
    overflow: visible;
  }
  .empty {
    margin: 0;
  }
  .column-highlight {
    fill: ${tokens.accent};
    fill-opacity: 0.07;
  }
  .moment-line {
    stroke: ${tokens.momentOfTruth};
    stroke-width: 1.5;
    stroke-dasharray: 3 4;
    stroke-opacity: 0.75;
  }
  .moment-flag {
    fill: ${tokens.momentOfTruth};
    stroke: ${tokens.momentOfTruth};
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .moment-text {
    fill: ${tokens.momentOfTruth};
    font-weight: 600;
  }
  .drop-halo {
    fill: none;
    stroke: ${tokens.negative};
    stroke-opacity: 0.25;
    stroke-width: 12;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .curve-line {
    fill: none;
    stroke: var(--curve-colour);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  /* Round caps would grow each dash into its gaps (by the stroke width): '4 2' would look solid. */
  .curve-line:not([stroke-dasharray='none']),
  .swatch-line:not([stroke-dasharray='none']) {
    stroke-linecap: butt;
  }
  .peak-end-mark,
  .ring {
    fill: none;
    stroke: ${tokens.text};
    stroke-width: 1.5;
  }
  .point {
    cursor: pointer;
  }
  .point:focus,
  .point:focus-visible {
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .dot {
    fill: var(--curve-colour);
    stroke: ${tokens.surface};
    stroke-width: 1.5;
  }
  .glyph--fill {
    fill: var(--curve-colour);
    stroke: ${tokens.surface};
    stroke-width: 1.25;
    paint-order: stroke;
  }
  .glyph--stroke {
    fill: ${tokens.surface};
    stroke: var(--curve-colour);
    stroke-width: 2.25;
    stroke-linecap: round;
  }
  .point-label {
    fill: ${tokens.textMuted};
    stroke: ${tokens.surface};
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .point-label--peak,
  .point-label--end,
  .point-label--peak-end {
    fill: ${tokens.text};
  }
  .point-label--drop {
    fill: ${tokens.negative};
  }
  .column-label {
    fill: ${tokens.textMuted};
  }
  .column-label--active {
    fill: ${tokens.text};
  }
  .chart .no-data {
    fill: ${tokens.textMuted};
    font-size: 14px;
    font-weight: 600;
    stroke: ${tokens.surface};
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  /* The phase holding the tab stop at the phase level of a long curve; its ring is .focus-ring. */
  .phase-target {
    fill: transparent;
    outline: none;
  }
  .focus-ring {
    fill: none;
    stroke: ${tokens.focus};
    stroke-width: 2.5;
  }
  .tooltip {
    position: absolute;
    z-index: 3;
    margin: 0;
    padding: 8px 10px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
    font-size: ${smallText};
    line-height: 1.4;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip--above {
    transform: translateY(-100%);
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip-title {
    font-weight: 600;
    font-size: max(12px, 0.9375em);
  }
  .tooltip-meta {
    color: ${tokens.textMuted};
  }
  .tooltip-curves {
    display: grid;
    gap: 4px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .tooltip-curves li {
    display: grid;
    grid-template-columns: 12px minmax(0, 1fr);
    gap: 6px;
  }
  .tooltip-swatch {
    width: 12px;
    height: 3px;
    margin-top: 0.6em;
    border-radius: 2px;
    background: var(--curve-colour);
  }
  .is-target .tooltip-who {
    font-weight: 600;
  }
  .tooltip-marks {
    color: ${tokens.textMuted};
  }
  .tooltip-note {
    display: block;
    font-style: italic;
    color: ${tokens.textMuted};
  }
  .tooltip-moment {
    display: flex;
    align-items: baseline;
    gap: 6px;
    margin-top: 6px !important;
    padding-top: 6px;
    border-top: 1px solid color-mix(in srgb, ${tokens.border} 40%, transparent);
  }
  .summary {
    grid-column: 1 / -1;
    max-width: 90ch;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .summary p {
    margin: 0 0 0.5em;
  }
  .summary p:last-child {
    margin-bottom: 0;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid color-mix(in srgb, ${tokens.border} 60%, transparent);
    border-radius: ${tokens.radius};
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${smallText};
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: 8px 10px;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 6px 10px;
    border-top: 1px solid color-mix(in srgb, ${tokens.border} 40%, transparent);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: ${tokens.surfaceRaised};
  }
  tbody th {
    font-weight: 500;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  tfoot tr:first-child > * {
    border-top: 2px solid color-mix(in srgb, ${tokens.border} 70%, transparent);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .num--wrap {
    white-space: normal;
    min-width: 8em;
  }
  .muted {
    color: ${tokens.textMuted};
    font-weight: 400;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    font-size: ${smallText};
  }
  @media (forced-colors: active) {
    .curve-line,
    .swatch-line {
      stroke: CanvasText;
    }
    .dot,
    .glyph--fill {
      fill: CanvasText;
      stroke: Canvas;
    }
    .glyph--stroke {
      fill: Canvas;
      stroke: CanvasText;
    }
    .zone,
    .band-fill--odd,
    .column-highlight {
      fill: none;
    }
    /* A grey band under the curve: 45 % CanvasText is ≥ 3:1 on Canvas and keeps the curve on it ≥ 4.5:1. */
    .drop-halo {
      stroke: CanvasText;
      stroke-opacity: 0.45;
    }
    .moment-line,
    .moment-flag,
    .peak-end-mark,
    .ring,
    .zero-line,
    .band-separator {
      stroke: CanvasText;
    }
    .moment-flag,
    .moment-text,
    .tick-label,
    .axis-title,
    .point-label,
    .column-label,
    .chart .no-data {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .point-label,
    .tick-label--inside,
    .chart .no-data {
      stroke: Canvas;
    }
    .tooltip {
      border-color: CanvasText;
    }
    .tooltip-swatch {
      background: CanvasText;
    }
  }
`;

/** Styles of `<emotion-curve>`: the shared ones, then its own. */
export const styles = [...sharedStyles, own];
