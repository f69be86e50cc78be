import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';
import { blueprintMarkStyles } from '../../shared/styles/blueprint-marks.styles.js';
import { blueprintSectionStyles } from './blueprint.styles.js';
import { compactStyles } from './compact.styles.js';
import { sectionStyles } from './sections.styles.js';

const card = css`
  :host {
    background: transparent;
  }

  .card {
    container: touchpoint-card / inline-size;
    position: relative;
    border: 1px solid color-mix(in srgb, ${tokens.border} 55%, transparent);
    border-radius: calc(${tokens.radius} * 2);
    background: ${tokens.surface};
    box-shadow:
      0 1px 2px light-dark(rgb(31 35 40 / 0.06), transparent),
      0 4px 16px light-dark(rgb(31 35 40 / 0.05), transparent);
    overflow-wrap: break-word;
  }

  .icon,
  .channel-icon {
    flex: none;
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .channel-icon {
    color: ${tokens.accent};
  }

  /* Header */
  .header {
    padding: calc(${tokens.space} * 2) calc(${tokens.space} * 2.5) calc(${tokens.space} * 1.75);
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(${tokens.space} * 0.75) calc(${tokens.space} * 1.5);
  }
  .phase {
    font-size: ${smallText};
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: ${tokens.textMuted};
  }
  .heading {
    margin: calc(${tokens.space} * 0.75) 0 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
    text-wrap: balance;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${tokens.space} * 1.25) calc(${tokens.space} * 3.5);
    margin: calc(${tokens.space} * 1.75) 0 0;
  }
  .fact {
    min-width: 0;
  }
  .fact dt {
    margin: 0 0 2px;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .fact dd {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    font-weight: 500;
  }
  .fact-icon {
    color: ${tokens.textMuted};
  }

  /* Moment of truth */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    padding: 2px 10px 2px 7px;
    border: 1px solid color-mix(in srgb, ${tokens.momentOfTruth} 45%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, ${tokens.momentOfTruth} 8%, ${tokens.surface});
    color: ${tokens.momentOfTruth};
    font-size: ${smallText};
    font-weight: 600;
    line-height: 1.4;
  }
  .badge-icon {
    width: 14px;
    height: 14px;
  }
  .moment-note {
    display: flex;
    gap: calc(${tokens.space});
    align-items: flex-start;
    margin: 0 calc(${tokens.space} * 2.5) calc(${tokens.space} * 1.75);
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    border-inline-start: 3px solid ${tokens.momentOfTruth};
    border-radius: ${tokens.radius};
    background: color-mix(in srgb, ${tokens.momentOfTruth} 6%, ${tokens.surface});
  }
  .moment-icon {
    margin-top: 0.2em;
    color: ${tokens.momentOfTruth};
  }

  .description {
    margin: 0;
    padding: 0 calc(${tokens.space} * 2.5) calc(${tokens.space} * 1.75);
    max-width: 72ch;
  }

  /* Sections */
  .section {
    padding: calc(${tokens.space} * 1.75) calc(${tokens.space} * 2.5);
    border-top: 1px solid color-mix(in srgb, ${tokens.border} 30%, transparent);
  }
  .section-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: ${tokens.space};
  }
  .section-title {
    margin: 0 0 calc(${tokens.space} * 1);
    font-size: ${smallText};
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: ${tokens.textMuted};
  }
  .period {
    font-size: ${smallText};
    color: ${tokens.textMuted};
    font-variant-numeric: tabular-nums;
  }
  .empty {
    margin: 0;
    color: ${tokens.textMuted};
  }
  ul[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }

`;

const forcedColours = css`
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .swatch,
    .key {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    /* SVG icons are not forced: they take their text's forced colour (CanvasText, LinkText). */
    .card :is(.icon, .channel-icon, .glyph) {
      color: inherit;
    }
    .emotion .bar-value,
    .bar-centre {
      fill: CanvasText;
    }
    /* The shares as the overlay draws them: promoters solid, passives grey, detractors hollow. */
    .share {
      forced-color-adjust: none;
    }
    .share--promoters,
    .legend--promoters .key {
      background: CanvasText;
    }
    .share--passives,
    .legend--passives .key {
      background: GrayText;
    }
    .share--detractors,
    .legend--detractors .key {
      background: Canvas;
    }
    .share--detractors {
      box-shadow: inset 0 0 0 1.5px CanvasText;
    }
    .bar-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .badge,
    .moment-note,
    .metric {
      border-color: CanvasText;
    }
  }
`;

/** Styles of `<touchpoint-card>`, in cascade order; shared tokens are read at the point of use, never redeclared. */
export const styles = [card, sectionStyles, compactStyles, blueprintMarkStyles, blueprintSectionStyles, forcedColours];
