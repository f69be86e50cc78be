import { css } from 'lit';
import { tokens } from '../../shared/theme.js';

/** The look of the curve's plot: the scroller, the sticky axis, phase bands, zones, lines, points, labels and marks. */
export const plotStyles = css`
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
  /* The earlier period: the persona's colour, thinner and dotted (the shape, not only the tone, says which). */
  .curve-line.curve-line--earlier,
  .swatch-line.swatch-line--earlier {
    stroke-width: 2;
    stroke-linecap: round;
  }
  .change-mark {
    fill: ${tokens.text};
    font-size: 12px;
    font-weight: 700;
  }
  .dip-mark {
    fill: none;
    stroke: ${tokens.negative};
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .legend-glyph {
    display: inline-block;
    min-width: 28px;
    font-weight: 700;
  }
`;
