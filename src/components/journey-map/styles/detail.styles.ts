import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';

/** The generated summary and the touchpoint detail panel. */
export const detailStyles = css`
  .summary {
    max-width: 90ch;
    font-size: ${smallText};
    color: ${tokens.text};
  }
  .summary-title {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }
  .summary p {
    margin: 0;
  }

  .detail {
    box-sizing: border-box;
    margin: 0 0 0 auto;
    width: min(520px, 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    padding: calc(${tokens.space} * 2);
    border: none;
    border-inline-start: 1px solid ${tokens.border};
    color: ${tokens.text};
    background: ${tokens.surface};
    box-shadow: -12px 0 32px rgb(0 0 0 / 0.25);
    overflow: auto;
  }
  .detail::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  .detail-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${tokens.space};
    margin-bottom: ${tokens.space};
  }
  .detail-context {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 ${tokens.space};
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
`;
