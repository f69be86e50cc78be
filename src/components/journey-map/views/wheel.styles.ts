import { css } from 'lit';
import { tokens } from '../../../shared/theme.js';

/**
 * The experience wheel. The drawing keeps left-to-right coordinates in either direction (the
 * geometry already runs counter-clockwise right to left); text is never under 12 px; lines and
 * marks use the theme's tokens and each persona's colour through `--curve-colour`.
 */
export const wheelStyles = css`
  .wheel {
    display: grid;
    gap: calc(${tokens.space} * 2);
    justify-items: center;
    padding-block: ${tokens.space};
  }
  .wheel-scroller {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .wheel-svg {
    display: block;
    direction: ltr;
    overflow: visible;
    font-family: ${tokens.font};
  }
  .wheel-sector {
    /* A tint (the phase colour at 30 %); the stroke is the mark. */
    fill: var(--phase-colour);
    fill-opacity: 0.3;
    stroke: var(--phase-colour);
    stroke-width: 2;
  }
  .wheel-band {
    stroke: none;
  }
  .wheel-band--positive {
    fill: ${tokens.positive};
    fill-opacity: 0.07;
  }
  .wheel-band--negative {
    fill: ${tokens.negative};
    fill-opacity: 0.07;
  }
  .wheel-centre {
    fill: ${tokens.surface};
    stroke: ${tokens.border};
    stroke-width: 1;
  }
  .wheel-neutral {
    fill: none;
    stroke: ${tokens.border};
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .wheel-line {
    fill: none;
    stroke: var(--curve-colour);
    stroke-width: 3;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .wheel-point {
    fill: var(--curve-colour);
    stroke: ${tokens.surface};
    stroke-width: 1.5;
  }
  .wheel-peak,
  .wheel-end {
    fill: none;
    stroke: var(--curve-colour);
    stroke-width: 2.5;
  }
  .wheel-label {
    fill: ${tokens.text};
    font-size: 12px;
  }
  .wheel-leader {
    fill: none;
    stroke: ${tokens.border};
    stroke-width: 1;
  }
  .wheel-moment path,
  .wheel-key-moments path {
    fill: ${tokens.momentOfTruth};
    stroke: ${tokens.momentOfTruth};
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .wheel-moment--wow path {
    fill: ${tokens.positive};
    stroke: ${tokens.positive};
  }
  .wheel-moment--critical path {
    fill: ${tokens.negative};
    stroke: ${tokens.negative};
  }
  .wheel-title {
    fill: ${tokens.text};
    font-size: 13px;
    font-weight: 700;
  }
  .wheel-goal,
  .wheel-remembered,
  .wheel-score {
    fill: ${tokens.text};
    font-size: 12px;
  }
  .wheel-remembered {
    fill: ${tokens.textMuted};
  }
  .wheel-tp {
    cursor: pointer;
    outline: none;
  }
  .wheel-hit {
    fill: transparent;
  }
  .wheel-mark {
    fill: ${tokens.surface};
    stroke: ${tokens.text};
    stroke-width: 2;
  }
  .wheel-tp:hover .wheel-mark {
    fill: ${tokens.accent};
  }
  .wheel-tp:focus-visible .wheel-hit {
    fill: none;
    stroke: ${tokens.focus};
    stroke-width: 3;
  }
  .wheel-key {
    display: grid;
    gap: ${tokens.space};
    max-inline-size: 60rem;
    font-size: 0.875rem;
  }
  .wheel-key-list {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space} calc(${tokens.space} * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .wheel-key-item {
    display: inline-flex;
    align-items: center;
    gap: calc(${tokens.space} / 2);
  }
  .wheel-key-term {
    font-weight: 600;
  }
  .wheel-swatch {
    inline-size: 14px;
    block-size: 14px;
    flex: none;
  }
  .wheel-swatch--line {
    inline-size: 28px;
  }
  .wheel-key-line {
    fill: none;
    stroke: var(--curve-colour);
    stroke-width: 3;
  }
  .wheel-key-peak {
    fill: none;
    stroke: ${tokens.text};
    stroke-width: 2;
  }
  .wheel-note {
    margin: 0;
    color: ${tokens.textMuted};
  }
  @media (forced-colors: active) {
    .wheel-sector {
      fill: Canvas;
      stroke: CanvasText;
    }
    .wheel-band,
    .wheel-centre {
      fill: Canvas;
    }
    .wheel-line,
    .wheel-peak,
    .wheel-end,
    .wheel-key-line,
    .wheel-neutral,
    .wheel-leader,
    .wheel-mark {
      stroke: CanvasText;
    }
    .wheel-point,
    .wheel-moment path,
    .wheel-key-moments path {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .wheel-label,
    .wheel-title,
    .wheel-goal,
    .wheel-remembered,
    .wheel-score {
      fill: CanvasText;
    }
    .wheel-tp:focus-visible .wheel-hit {
      stroke: Highlight;
    }
  }
`;
