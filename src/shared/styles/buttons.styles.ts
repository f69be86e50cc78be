import { css } from 'lit';
import { smallText, tokens } from '../theme.js';

/** The look of the chart elements' buttons: the view toggle and the table's pager. */
export const buttonStyles = css`
  .journey-button {
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
  .journey-button:hover:not(:disabled) {
    border-color: ${tokens.accent};
  }
  .journey-button[aria-pressed='true'] {
    background: ${tokens.text};
    color: ${tokens.surface};
    border-color: ${tokens.text};
  }
  .journey-button:disabled {
    cursor: default;
    color: ${tokens.textMuted};
  }
  @media (forced-colors: active) {
    .journey-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
