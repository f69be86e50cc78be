import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/** Styles of `<touchpoint-card>`; shared tokens are read at the point of use, never redeclared. */
export const styles = css`
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

  /* Emotions */
  .emotions {
    display: grid;
    gap: calc(${tokens.space} * 0.75);
  }
  .emotion {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'persona score' 'feeling score';
    align-items: center;
    gap: 2px calc(${tokens.space} * 1.5);
  }
  .emotion .persona {
    grid-area: persona;
  }
  .emotion .feeling {
    grid-area: feeling;
    padding-inline-start: 18px;
  }
  .emotion .score {
    grid-area: score;
  }
  .emotion .bar {
    grid-area: bar;
  }
  @container touchpoint-card (min-width: 400px) {
    .emotion {
      grid-template-columns: minmax(0, 10em) minmax(0, 1fr) auto;
      grid-template-areas: 'persona feeling score';
    }
    .emotion .feeling {
      padding-inline-start: 0;
    }
  }
  .persona {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    font-weight: 500;
  }
  .swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--tpc-persona, ${tokens.neutral});
  }
  .feeling {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  /* A long emotion word ("zelfvertrouwen") wraps in its column instead of running into the score. */
  .feeling .word {
    min-width: 0;
    hyphens: auto;
  }
  .glyph {
    flex: none;
    width: 16px;
    height: 16px;
    overflow: visible;
  }
  .glyph-fill {
    fill: currentColor;
  }
  .glyph-stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .emotion--positive .glyph {
    color: ${tokens.positive};
  }
  .emotion--negative .glyph {
    color: ${tokens.negative};
  }
  .emotion--neutral .glyph {
    color: ${tokens.neutral};
  }
  .score {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
    min-width: 2.5em;
  }
  .bar {
    display: none;
    width: 80px;
    height: 8px;
  }
  .bar-track {
    fill: color-mix(in srgb, ${tokens.border} 22%, transparent);
  }
  .bar-centre {
    fill: ${tokens.textMuted};
  }
  .emotion--positive .bar-value {
    fill: ${tokens.positive};
  }
  .emotion--negative .bar-value {
    fill: ${tokens.negative};
  }
  .emotion--neutral .bar-value {
    fill: ${tokens.neutral};
  }
  @container touchpoint-card (min-width: 440px) {
    .emotion {
      grid-template-columns: minmax(0, 10em) minmax(0, 1fr) auto clamp(80px, 22%, 160px);
      grid-template-areas: 'persona feeling score bar';
    }
    .bar {
      display: block;
      width: 100%;
    }
  }

  /* NPS */
  .nps {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(${tokens.space}) calc(${tokens.space} * 2.5);
  }
  .nps-score {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  .nps-score--none {
    font-size: 1em;
    font-weight: 600;
    color: ${tokens.textMuted};
  }
  .nps-facts {
    display: grid;
    gap: 2px;
    font-size: max(12px, 0.875em);
  }
  .nps-fact {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .nps-fact .fact-icon {
    color: inherit;
  }
  .nps-fact strong {
    font-weight: 600;
  }
  .trend--up,
  .target--met {
    color: ${tokens.positive};
  }
  .trend--down,
  .target--missed {
    color: ${tokens.negative};
  }
  .small-sample {
    color: ${tokens.warning};
    font-weight: 600;
  }
  .shares {
    margin-top: calc(${tokens.space} * 1.5);
  }
  .shares-bar {
    display: flex;
    width: 100%;
    height: 8px;
    border-radius: 4px;
    overflow: hidden;
  }
  .share {
    flex: none;
  }
  .share--promoters,
  .legend--promoters .key {
    background: ${tokens.promoter};
  }
  .share--passives,
  .legend--passives .key {
    background: ${tokens.passive};
  }
  /* Detractors hatched, as in <nps-overlay>: told apart without colour. */
  .share--detractors,
  .legend--detractors .key {
    background: repeating-linear-gradient(
      -45deg,
      ${tokens.detractor} 0 2px,
      color-mix(in srgb, ${tokens.detractor} 40%, ${tokens.surface}) 2px 3.5px
    );
  }
  .shares-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px calc(${tokens.space} * 2);
    margin-top: 6px;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .key {
    width: 10px;
    height: 10px;
    border-radius: 2px;
  }

  /* Metrics */
  .metrics {
    display: grid;
    gap: ${tokens.space};
  }
  .metric {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 2px calc(${tokens.space} * 1.5);
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    border: 1px solid color-mix(in srgb, ${tokens.border} 30%, transparent);
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
  }
  .metric--off {
    border-inline-start: 3px solid ${tokens.negative};
  }
  .metric-label {
    font-weight: 500;
  }
  .metric-value {
    font-size: 1.125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .metric-details {
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .norm {
    grid-column: 2;
    justify-self: end;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: ${smallText};
    font-weight: 600;
    white-space: nowrap;
  }
  @container touchpoint-card (max-width: 479px) {
    .metric-details,
    .norm {
      grid-column: 1 / -1;
      justify-self: start;
    }
  }
  .norm-icon {
    width: 14px;
    height: 14px;
  }
  .norm--off {
    color: ${tokens.negative};
  }
  .norm--on {
    color: ${tokens.positive};
  }

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
