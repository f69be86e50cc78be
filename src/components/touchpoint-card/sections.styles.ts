import { css } from 'lit';
import { smallText, tokens } from '../../shared/theme.js';

/** The card's emotion, NPS and metric sections. */
export const sectionStyles = css`
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

`;
