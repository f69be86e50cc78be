import { css } from 'lit';
import { tokens } from '../../../shared/theme.js';

/** The one-page overview: a card per phase, as many across as fit (one on a phone, four or five on A3). */
export const overviewStyles = css`
  .overview {
    padding-block: ${tokens.space};
  }
  .overview-phases {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: calc(${tokens.space} * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .overview-phase {
    border: 1px solid ${tokens.border};
    border-block-start: 6px solid var(--phase-colour);
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    padding: calc(${tokens.space} * 1.5);
    min-inline-size: 0;
  }
  .overview-phase-title {
    margin: 0 0 ${tokens.space};
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .overview-count {
    display: block;
    font-size: 0.875rem;
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .overview-facts {
    margin: 0;
    display: grid;
    gap: calc(${tokens.space} / 2);
  }
  .overview-facts dt {
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: ${tokens.textMuted};
    margin-block-start: ${tokens.space};
  }
  .overview-facts dd {
    margin: 0;
    font-size: 0.9375rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .overview-list {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .overview-moment {
    list-style: none;
    margin-inline-start: -1.1rem;
    display: flex;
    gap: calc(${tokens.space} / 2);
    align-items: baseline;
  }
  .overview-flag {
    inline-size: 14px;
    block-size: 14px;
    flex: none;
    fill: ${tokens.momentOfTruth};
    stroke: ${tokens.momentOfTruth};
  }
  .overview-term {
    font-weight: 600;
  }
  .overview-score {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .overview-below {
    color: ${tokens.negative};
  }
  .overview-none,
  .overview-owner {
    color: ${tokens.textMuted};
  }
  @media (forced-colors: active) {
    .overview-phase {
      border-color: CanvasText;
    }
    .overview-flag {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .overview-below {
      color: CanvasText;
    }
  }
`;

/**
 * The toolbar's "Download PowerPoint" button: first in the toolbar, looking like the others
 * (header.styles.ts `.tool`) but not one of the `.tool` buttons the grid's tab order and tests count.
 */
export const deckButtonStyles = css`
  .deck-tool {
    min-height: 32px;
    padding: 0 0.75em;
    font: inherit;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    cursor: pointer;
  }
  .deck-tool:hover {
    background: ${tokens.surfaceRaised};
  }
  @container (width < 720px) {
    .deck-tool {
      font-size: 0.875rem;
    }
  }
`;
