import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/** The card's processes and improvement actions sections. */
export const blueprintSectionStyles = css`
  .bp-group + .bp-group {
    margin-top: 0.6em;
  }
  .bp-group-title {
    display: block;
    margin-bottom: 0.2em;
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
  }
  .bp-list {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bp-item {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15em;
    line-height: 1.35;
  }
  .bp-item-title {
    font-weight: 600;
  }
  .bp-action--dropped .bp-item-title {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .bp-item-meta,
  .bp-item-note {
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .bp-link {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: ${smallText};
    color: ${tokens.accent};
  }
  @media (forced-colors: active) {
    .bp-link {
      color: LinkText;
    }
  }
`;
