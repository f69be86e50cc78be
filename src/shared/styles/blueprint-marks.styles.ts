import { css } from 'lit';
import { smallText, tokens } from '../theme.js';

/** The status chip and the handover mark (src/shared/templates/blueprint-marks.ts). */
export const blueprintMarkStyles = css`
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.5em;
    border: 1.5px solid currentColor;
    border-radius: 999px;
    font-size: ${smallText};
    font-weight: 700;
    line-height: 1.5;
  }
  .chip-shape {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .chip-ring,
  .chip-stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.4;
  }
  .chip-fill {
    fill: currentColor;
  }
  .chip--done {
    color: ${tokens.positive};
  }
  .chip--dropped {
    color: ${tokens.textMuted};
  }
  .handover {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: ${smallText};
    font-weight: 700;
  }
  .handover-icon {
    width: 1em;
    height: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .chip,
    .chip--done,
    .chip--dropped {
      color: CanvasText;
    }
  }
`;
