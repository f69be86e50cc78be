import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';

/** The flows lane and its key. */
export const flowStyles = css`
  .flow {
    --flow-hue: ${tokens.accent};
  }
  .flow--loop {
    --flow-hue: ${tokens.warning};
  }
  .flow--drop-off {
    --flow-hue: ${tokens.negative};
  }
  .flow-line {
    fill: none;
    stroke: var(--flow-hue);
    stroke-opacity: 0.8;
  }
  .flow-arrow {
    fill: var(--flow-hue);
  }
  .flow-count {
    font-size: 12px;
    font-weight: 700;
    fill: ${tokens.text};
    paint-order: stroke;
    stroke: ${tokens.surface};
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .curve-key {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    font-weight: 400;
  }
  .curve-key li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .curve-key .legend-line {
    flex: none;
    width: 24px;
  }
  .flow-legend {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .flow-legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .flow-legend svg {
    width: 24px;
    height: 8px;
    overflow: visible;
  }
  .flow-key {
    fill: none;
    stroke-width: 2.5;
  }
  .flow-key--next {
    stroke: ${tokens.accent};
    fill: none;
  }
  .flow-key--loop {
    stroke: ${tokens.warning};
  }
  .flow-key--drop-off {
    stroke: ${tokens.negative};
  }
  .flow-key-arrow {
    stroke: none;
  }
  .flow-key-arrow.flow-key--next {
    fill: ${tokens.accent};
  }
  .flow-key-arrow.flow-key--loop {
    fill: ${tokens.warning};
  }
  .flow-key-arrow.flow-key--drop-off {
    fill: ${tokens.negative};
  }
`;
