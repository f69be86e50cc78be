import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';
import { hairline, phaseTokens, tint } from './tokens.js';

/** The lanes grid: scroller, phase row (with the phase tints), lane headers, cells and the hosted curve and overlay. */
export const gridStyles = css`
  .scroller {
    position: relative;
    /* Hugs a short journey's grid (columns stop growing at their widest) instead of framing empty space. */
    width: fit-content;
    max-width: 100%;
    overflow: auto;
    max-height: var(--journey-map-max-height, none);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    overscroll-behavior-x: contain;
  }
  .grid {
    display: grid;
    min-width: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 1 / -1;
    border-bottom: 1px solid ${hairline};
  }
  .row:last-child {
    border-bottom: none;
  }
  .phase-row {
    position: sticky;
    top: 0;
    z-index: 3;
    background: ${tokens.surface};
    border-bottom: 1px solid ${tokens.border};
  }
  .corner,
  .lane-header {
    position: sticky;
    inset-inline-start: 0;
    grid-column: 1;
    grid-row: 1;
    background: ${tokens.surfaceRaised};
    border-inline-end: 1px solid ${tokens.border};
  }
  .corner {
    z-index: 4;
    display: flex;
    align-items: flex-end;
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .lane-header {
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: calc(${tokens.space} / 2);
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    font-weight: 700;
  }
  .lane-name {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .lane-hint {
    font-size: ${smallText};
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .phase {
    grid-row: 1;
    min-width: 0;
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    border-top: 4px solid var(--phase-hue);
    border-inline-start: 2px solid ${tokens.surface};
    background: ${tint(css`var(--phase-hue)`, 12)};
  }
  /* The phase holding the tab stop at the phase level of a long map: the ring inside its box, which the grid clips. */
  .phase:focus-visible {
    outline-offset: -4px;
  }
  .phase--0 {
    --phase-hue: ${phaseTokens[0]!};
  }
  .phase--1 {
    --phase-hue: ${phaseTokens[1]!};
  }
  .phase--2 {
    --phase-hue: ${phaseTokens[2]!};
  }
  .phase--3 {
    --phase-hue: ${phaseTokens[3]!};
  }
  .phase--4 {
    --phase-hue: ${phaseTokens[4]!};
  }
  .phase--5 {
    --phase-hue: ${phaseTokens[5]!};
  }
  .phase--6 {
    --phase-hue: ${phaseTokens[6]!};
  }
  .phase--7 {
    --phase-hue: ${phaseTokens[7]!};
  }
  .phase-label {
    position: sticky;
    inset-inline-start: calc(var(--head, 168px) + ${tokens.space});
    display: inline-flex;
    flex-direction: column;
    max-width: 100%;
  }
  .phase-name {
    font-size: 1.0625em;
    font-weight: 700;
  }
  .phase-description {
    font-size: ${smallText};
    color: ${tokens.text};
  }
  .cell {
    grid-row: 1;
    min-width: 0;
    padding: calc(${tokens.space} * 1.25);
    border-inline-start: 1px solid ${hairline};
    overflow-wrap: break-word;
    hyphens: auto;
    cursor: pointer;
  }
  .cell.phase-start {
    border-inline-start: 2px solid ${tokens.border};
  }
  .cell:hover {
    background: color-mix(in srgb, ${tokens.accent} 7%, transparent);
  }
  .cell:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: -3px;
    background: color-mix(in srgb, ${tokens.accent} 9%, transparent);
  }
  .cell.removed {
    color: ${tokens.textMuted};
    background: repeating-linear-gradient(
      135deg,
      transparent 0 7px,
      color-mix(in srgb, ${tokens.border} 16%, transparent) 7px 9px
    );
  }
  .overlay {
    position: relative;
    z-index: 1;
    background: transparent;
  }
  .overlay.removed {
    background: repeating-linear-gradient(
      135deg,
      transparent 0 7px,
      color-mix(in srgb, ${tokens.border} 16%, transparent) 7px 9px
    );
  }
  .embedded,
  .flows {
    grid-row: 1;
    display: block;
    min-width: 0;
    width: 100%;
    /* clip, not hidden: hidden would make it the scroller the curve's sticky ticks stick to. */
    overflow: clip;
  }
  /* The hosted curve's ticks stick just beside the sticky lane headers. */
  .embedded--emotion {
    --journey-axis-sticky-start: var(--head, 168px);
  }
  .embedded::part(toggle),
  .embedded::part(legend),
  .embedded::part(summary),
  .embedded::part(caption),
  .embedded::part(tooltip) {
    display: none;
  }
  .embedded--emotion {
    align-self: start;
  }
  .embedded--nps {
    min-height: 96px;
  }
  .lane--emotion,
  .lane--nps,
  .lane--flows {
    background: ${tokens.surface};
  }
`;
