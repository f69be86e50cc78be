import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';
import { hairline, tint } from './tokens.js';

/** The lanes' contents: touchpoints, channels, metrics, notes, moments of truth and quotes. */
export const laneStyles = css`
  .tp {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  .tp-top {
    display: flex;
    align-items: center;
    gap: 0.4em;
    flex-wrap: wrap;
  }
  .tp-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.75em;
    height: 1.75em;
    padding: 0 0.35em;
    border-radius: 999px;
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.surface};
    background: ${tokens.text};
  }
  .tp-label {
    font-size: 1em;
    font-weight: 650;
    line-height: 1.3;
  }
  .removed .tp-label {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .tp-meta {
    margin: 0;
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .deltas {
    margin: 0.2em 0 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1.5px solid currentColor;
    font-size: ${smallText};
    font-weight: 700;
    line-height: 1.5;
  }
  .badge--added {
    color: ${tokens.surface};
    background: ${tokens.positive};
    border-color: ${tokens.positive};
  }
  .badge--removed {
    color: ${tokens.negative};
    border-style: dashed;
    background: ${tokens.surface};
  }
  .badge--changed {
    color: ${tokens.warning};
    background: ${tokens.surface};
  }

  .icon {
    flex: none;
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The icon sits on the first line; long single-word names (a custom channel's label such as
     "Hypotheekadviseur") get the whole cell width in medium weight before they ever break. */
  .channel {
    display: flex;
    align-items: flex-start;
    gap: 0.35em;
    font-size: ${smallText};
    font-weight: 500;
    line-height: 1.35;
    min-width: 0;
  }
  .channel .icon {
    margin-top: 0.05em;
  }
  .channel span {
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .hop {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    margin-bottom: 0.45em;
    padding: 0.1em 0.5em;
    border: 1px dashed ${tokens.border};
    border-radius: 4px;
    font-size: ${smallText};
    color: ${tokens.text};
    background: ${tokens.surfaceRaised};
  }
  .hop-count {
    font-weight: 700;
  }

  .metrics {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .metric {
    display: grid;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid ${hairline};
  }
  .metric--off {
    border-inline-start-color: ${tokens.warning};
  }
  .metric-label,
  .metric-norm {
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .metric-value {
    font-size: 1.125em;
    font-weight: 700;
  }
  .off-norm {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.warning};
  }

  .notes {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
  }
  .notes li {
    padding: 0.3em 0.5em;
    border-inline-start: 3px solid var(--note-hue);
    border-radius: 0 4px 4px 0;
    background: ${tint(css`var(--note-hue)`, 8)};
  }
  .notes--pain {
    --note-hue: ${tokens.negative};
  }
  .notes--opportunity {
    --note-hue: ${tokens.positive};
  }
  .moment {
    display: grid;
    gap: 0.2em;
  }
  .moment-kind {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.35em;
    font-weight: 700;
    line-height: 1.3;
    color: ${tokens.momentOfTruth};
  }
  .moment-kind .moment-icon {
    margin-top: 0.1em;
  }
  .moment-icon {
    fill: currentColor;
  }
  .moment-note {
    font-size: ${smallText};
  }
  .legend-moment {
    color: ${tokens.momentOfTruth};
    font-weight: 600;
  }
  .legend-off {
    color: ${tokens.warning};
    font-weight: 600;
  }
  .quote {
    margin: 0 0 0.5em;
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
    line-height: 1.4;
  }
  .quote blockquote::before {
    content: '“';
  }
  .quote blockquote::after {
    content: '”';
  }
  .quote figcaption {
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .quote figcaption::before {
    content: '— ';
  }
`;
