import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/**
 * The drill-down dialog: score, histogram, history and facts.
 */
export const dialogStyles = css`
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
`;
