import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/** The card's findings, quotes, links and actions, and the compact card for a map column. */
export const compactStyles = css`
  /* Pain points and opportunities */
  .findings-section {
    display: grid;
    gap: calc(${tokens.space} * 1.75) calc(${tokens.space} * 3);
  }
  @container touchpoint-card (min-width: 520px) {
    .findings-section {
      grid-template-columns: 1fr 1fr;
    }
  }
  .findings {
    display: grid;
    gap: 6px;
  }
  .finding {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .finding-icon {
    margin-top: 0.2em;
  }
  .findings--pain-points .finding-icon {
    color: ${tokens.negative};
  }
  .findings--opportunities .finding-icon {
    color: ${tokens.positive};
  }

  /* Quotes */
  .quote {
    margin: 0;
    padding: 2px 0 2px calc(${tokens.space} * 1.5);
    border-inline-start: 3px solid var(--tpc-persona, ${tokens.border});
  }
  .quote + .quote {
    margin-top: calc(${tokens.space} * 1.5);
  }
  blockquote {
    margin: 0;
    font-style: italic;
  }
  blockquote::before {
    content: open-quote;
  }
  blockquote::after {
    content: close-quote;
  }
  figcaption {
    margin-top: 4px;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  figcaption::before {
    content: '— ';
  }

  /* Links */
  .links {
    display: grid;
    gap: 4px;
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: ${tokens.accent};
    text-decoration: underline;
    text-underline-offset: 2px;
    border-radius: 2px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .link-icon {
    width: 14px;
    height: 14px;
  }

  /* Actions */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space};
    padding: calc(${tokens.space} * 1.5) calc(${tokens.space} * 2.5);
    border-top: 1px solid color-mix(in srgb, ${tokens.border} 30%, transparent);
  }
  .actions[hidden] {
    display: none;
  }

  /* Compact: a map column, down to 140 px wide */
  .card--compact {
    display: grid;
    gap: 6px;
    padding: 8px 10px;
    border-radius: calc(${tokens.radius} * 1.5);
    font-size: max(12px, 0.875em);
    line-height: 1.35;
  }
  .card--compact .header {
    display: grid;
    gap: 2px;
    padding: 0;
  }
  .card--compact .channel {
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
    font-size: 12px;
    color: ${tokens.textMuted};
  }
  .card--compact .channel-icon {
    width: 14px;
    height: 14px;
  }
  .clamp.channel-name {
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }
  .card--compact .heading {
    margin: 0;
    font-size: max(12px, 0.8125rem);
    font-weight: 600;
    line-height: 1.3;
    text-wrap: wrap;
    hyphens: auto;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    min-width: 0;
  }
  .card--compact .badge {
    justify-self: start;
    align-items: flex-start;
    gap: 4px;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    font-size: 12px;
    line-height: 1.3;
  }
  .card--compact .badge-icon {
    margin-top: 1px;
  }
  .card--compact .emotions {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
  }
  .card--compact .emotion {
    display: inline-flex;
    align-items: center;
    gap: 3px;
  }
  .card--compact .swatch--lane {
    width: 4px;
    height: 12px;
    border-radius: 2px;
  }
  .card--compact .glyph {
    width: 14px;
    height: 14px;
  }
  .card--compact .score {
    min-width: 0;
    font-size: 12px;
  }
  .card--compact .nps {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
    margin: 0;
    font-size: 12px;
  }
  .nps-name {
    text-decoration: none;
    color: ${tokens.textMuted};
    font-weight: 600;
  }
  .card--compact .nps-score {
    font-size: 12px;
    font-weight: 700;
  }
  .card--compact .nps-score--none {
    font-weight: 600;
  }
  .card--compact .small-sample {
    display: inline-flex;
  }
  .card--compact .small-sample .icon {
    width: 14px;
    height: 14px;
  }
  .card--compact .actions {
    padding: 4px 0 0;
  }

`;
