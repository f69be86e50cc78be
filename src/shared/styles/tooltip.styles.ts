import { css } from 'lit';
import { smallText, tokens } from '../theme.js';

/** The look of a chart tooltip: a raised box beside the point, its title, facts and one line per curve. */
export const tooltipStyles = css`
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
`;
