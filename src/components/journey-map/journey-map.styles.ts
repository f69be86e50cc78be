import { css } from 'lit';
import { sharedStyles, smallText, tokens } from '../../shared/theme.js';
import { shadowPrintStyles } from './print-styles.js';

/** Hairlines between columns and rows: the border token, faded. */
const hairline = css`color-mix(in srgb, ${tokens.border} 35%, transparent)`;
/** A phase's tint, from one of six hues mixed into the surface. */
const tint = (hue: ReturnType<typeof css>, share: number) =>
  css`color-mix(in srgb, ${hue} ${share}%, ${tokens.surface})`;

const map = css`
  :host {
    container-type: inline-size;
  }
  /* The embedded elements follow the map's colour scheme, not their own default. */
  emotion-curve,
  nps-overlay,
  touchpoint-card {
    color-scheme: inherit;
  }
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(${tokens.space} * 1.5);
  }

  /* ----- header ----- */
  /*
   * Title and controls share a line while both fit: the heading never gets narrower than 20rem
   * (or the whole width), and the controls wrap under it as one block before squeezing it.
   */
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space} calc(${tokens.space} * 3);
    align-items: flex-start;
  }
  .heading {
    flex: 1 1 min(20rem, 100%);
    min-width: min(20rem, 100%);
    overflow-wrap: break-word;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .facts {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: baseline;
    gap: 0.3em 0.5em;
    margin-top: calc(${tokens.space} * 0.75);
    overflow-wrap: break-word;
  }
  .term {
    justify-self: start;
    padding: 0 0.45em;
    border-radius: 4px;
    font-size: ${smallText};
    font-weight: 700;
    letter-spacing: 0.02em;
    white-space: nowrap;
    color: ${tokens.text};
    background: ${tokens.surfaceRaised};
    border: 1px solid ${hairline};
  }
  .goal {
    font-size: 1.0625em;
    font-weight: 600;
  }
  .route {
    color: ${tokens.textMuted};
  }
  .compared {
    margin: calc(${tokens.space} * 0.75) 0 0;
    font-weight: 600;
  }
  .controls {
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-start;
    align-items: center;
    gap: ${tokens.space};
  }
  .persona-switch {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    max-width: 100%;
    font-weight: 600;
  }
  .persona-switch select {
    max-width: 100%;
  }
  select,
  .tool,
  .close,
  .more {
    min-height: 32px;
    padding: 0 0.75em;
    font: inherit;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    cursor: pointer;
  }
  .tool:hover,
  .close:hover,
  .more:hover,
  select:hover {
    background: ${tokens.surfaceRaised};
  }
  .tool[aria-pressed='true'] {
    background: ${tokens.text};
    color: ${tokens.surface};
    border-color: ${tokens.text};
  }
  .toolbar {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(${tokens.space} / 2);
  }
  .export-error {
    flex-basis: 100%;
    margin: 0;
    color: ${tokens.negative};
    font-size: ${smallText};
  }
  .legend {
    flex: 1 0 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(${tokens.space} / 2) calc(${tokens.space} * 2);
    padding-top: ${tokens.space};
    border-top: 1px solid ${hairline};
  }
  /* Small-capital headings: the legend's and the detail panel's. */
  .legend-title,
  .detail-title {
    margin: 0;
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: calc(${tokens.space} / 2) calc(${tokens.space} * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-line {
    width: 28px;
    height: 12px;
  }
  .legend-line path {
    fill: none;
    stroke-width: 3;
    stroke-linecap: round;
  }
  /* Round caps would grow each dash into its gaps (by the stroke width): '4 2' would look solid. */
  .legend-line path:not([stroke-dasharray='none']) {
    stroke-linecap: butt;
  }
  .legend-glyph,
  .v-glyph {
    width: 14px;
    height: 14px;
    overflow: visible;
  }
  .glyph--fill {
    fill: currentColor;
  }
  .glyph--stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }

  /* ----- base journey state ----- */
  .base-error-title {
    margin: 0 0 calc(${tokens.space} / 2);
    font-weight: 600;
  }

  /* ----- the grid ----- */
  .scroller {
    position: relative;
    /* Hugs a short journey's grid (columns stop growing at their widest) instead of framing empty space. */
    width: fit-content;
    max-width: 100%;
    overflow: auto;
    max-height: var(--journey-map-max-height, none);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    overscroll-behavior-x: contain;
  }
  .grid {
    display: grid;
    min-width: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: subgrid;
    grid-column: 1 / -1;
    border-bottom: 1px solid ${hairline};
  }
  .row:last-child {
    border-bottom: none;
  }
  .phase-row {
    position: sticky;
    top: 0;
    z-index: 3;
    background: ${tokens.surface};
    border-bottom: 1px solid ${tokens.border};
  }
  .corner,
  .lane-header {
    position: sticky;
    inset-inline-start: 0;
    grid-column: 1;
    grid-row: 1;
    background: ${tokens.surfaceRaised};
    border-inline-end: 1px solid ${tokens.border};
  }
  .corner {
    z-index: 4;
    display: flex;
    align-items: flex-end;
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .lane-header {
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: calc(${tokens.space} / 2);
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    font-weight: 700;
  }
  .lane-name {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .lane-hint {
    font-size: ${smallText};
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .phase {
    grid-row: 1;
    min-width: 0;
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5);
    border-top: 4px solid var(--phase-hue);
    border-inline-start: 2px solid ${tokens.surface};
    background: ${tint(css`var(--phase-hue)`, 12)};
  }
  /* The phase holding the tab stop at the phase level of a long map: the ring inside its box, which the grid clips. */
  .phase:focus-visible {
    outline-offset: -4px;
  }
  .phase--0 {
    --phase-hue: ${tokens.accent};
  }
  .phase--1 {
    --phase-hue: ${tokens.momentOfTruth};
  }
  .phase--2 {
    --phase-hue: ${tokens.positive};
  }
  .phase--3 {
    --phase-hue: ${tokens.warning};
  }
  .phase--4 {
    --phase-hue: ${tokens.promoter};
  }
  .phase--5 {
    --phase-hue: ${tokens.neutral};
  }
  .phase-label {
    position: sticky;
    inset-inline-start: calc(var(--head, 168px) + ${tokens.space});
    display: inline-flex;
    flex-direction: column;
    max-width: 100%;
  }
  .phase-name {
    font-size: 1.0625em;
    font-weight: 700;
  }
  .phase-description {
    font-size: ${smallText};
    color: ${tokens.text};
  }
  .cell {
    grid-row: 1;
    min-width: 0;
    padding: calc(${tokens.space} * 1.25);
    border-inline-start: 1px solid ${hairline};
    overflow-wrap: break-word;
    hyphens: auto;
    cursor: pointer;
  }
  .cell.phase-start {
    border-inline-start: 2px solid ${tokens.border};
  }
  .cell:hover {
    background: color-mix(in srgb, ${tokens.accent} 7%, transparent);
  }
  .cell:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: -3px;
    background: color-mix(in srgb, ${tokens.accent} 9%, transparent);
  }
  .cell.removed {
    color: ${tokens.textMuted};
    background: repeating-linear-gradient(
      135deg,
      transparent 0 7px,
      color-mix(in srgb, ${tokens.border} 16%, transparent) 7px 9px
    );
  }
  .overlay {
    position: relative;
    z-index: 1;
    background: transparent;
  }
  .overlay.removed {
    background: repeating-linear-gradient(
      135deg,
      transparent 0 7px,
      color-mix(in srgb, ${tokens.border} 16%, transparent) 7px 9px
    );
  }
  .embedded,
  .flows {
    grid-row: 1;
    display: block;
    min-width: 0;
    width: 100%;
    /* clip, not hidden: hidden would make it the scroller the curve's sticky ticks stick to. */
    overflow: clip;
  }
  /* The hosted curve's ticks stick just beside the sticky lane headers. */
  .embedded--emotion {
    --journey-axis-sticky-start: var(--head, 168px);
  }
  .embedded::part(toggle),
  .embedded::part(legend),
  .embedded::part(summary),
  .embedded::part(caption),
  .embedded::part(tooltip) {
    display: none;
  }
  .embedded--emotion {
    align-self: start;
  }
  .embedded--nps {
    min-height: 96px;
  }
  .lane--emotion,
  .lane--nps,
  .lane--flows {
    background: ${tokens.surface};
  }

  /* ----- touchpoints ----- */
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

  /* ----- channels ----- */
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

  /* ----- metrics ----- */
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

  /* ----- notes, moments, quotes ----- */
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

  /* ----- flows ----- */
  .flow {
    --flow-hue: ${tokens.accent};
  }
  .flow--loop {
    --flow-hue: ${tokens.warning};
  }
  .flow--drop-off {
    --flow-hue: ${tokens.negative};
  }
  .flow-line {
    fill: none;
    stroke: var(--flow-hue);
    stroke-opacity: 0.8;
  }
  .flow-arrow {
    fill: var(--flow-hue);
  }
  .flow-count {
    font-size: 12px;
    font-weight: 700;
    fill: ${tokens.text};
    paint-order: stroke;
    stroke: ${tokens.surface};
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .curve-key {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    font-weight: 400;
  }
  .curve-key li {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .curve-key .legend-line {
    flex: none;
    width: 24px;
  }
  .flow-legend {
    display: grid;
    gap: 0.15em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${smallText};
    font-weight: 400;
    color: ${tokens.textMuted};
  }
  .flow-legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .flow-legend svg {
    width: 24px;
    height: 8px;
    overflow: visible;
  }
  .flow-key {
    fill: none;
    stroke-width: 2.5;
  }
  .flow-key--next {
    stroke: ${tokens.accent};
    fill: none;
  }
  .flow-key--loop {
    stroke: ${tokens.warning};
  }
  .flow-key--drop-off {
    stroke: ${tokens.negative};
  }
  .flow-key-arrow {
    stroke: none;
  }
  .flow-key-arrow.flow-key--next {
    fill: ${tokens.accent};
  }
  .flow-key-arrow.flow-key--loop {
    fill: ${tokens.warning};
  }
  .flow-key-arrow.flow-key--drop-off {
    fill: ${tokens.negative};
  }

  /* ----- summary ----- */
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

  /* ----- detail panel ----- */
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

  /* ----- data table ----- */
  .table-wrap {
    overflow: auto;
    max-height: var(--journey-map-max-height, none);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
  }
  .data-table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${smallText};
  }
  .data-table caption {
    padding: ${tokens.space};
    text-align: start;
    font-weight: 700;
  }
  .data-table th,
  .data-table td {
    padding: 0.4em 0.6em;
    border-top: 1px solid ${hairline};
    text-align: start;
    vertical-align: top;
  }
  .data-table thead th {
    position: sticky;
    top: 0;
    background: ${tokens.surfaceRaised};
  }
  .data-table tr.removed {
    color: ${tokens.textMuted};
  }
  .table-metric {
    display: block;
  }
  .table-metric.off {
    color: ${tokens.warning};
    font-weight: 600;
  }
  .more {
    margin: ${tokens.space} 0 0;
  }

  /* ----- vertical layout ----- */
  .vertical {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space};
  }
  .v-cell {
    padding: calc(${tokens.space} * 1.5);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .v-cell:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  .v-cell.removed {
    color: ${tokens.textMuted};
    border-style: dashed;
  }
  .v-phase {
    margin: calc(${tokens.space} * -1.5) calc(${tokens.space} * -1.5) ${tokens.space};
    padding: calc(${tokens.space} / 2) calc(${tokens.space} * 1.5);
    border-top: 4px solid var(--phase-hue);
    border-radius: ${tokens.radius} ${tokens.radius} 0 0;
    background: ${tint(css`var(--phase-hue)`, 12)};
    font-weight: 700;
  }
  .v-phase-description {
    display: block;
    font-size: ${smallText};
    font-weight: 400;
  }
  /* A long journey, narrow: a row per phase that opens to its touchpoints (phase-tree.ts). */
  .v-phase-cell {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0.125em 0.5em;
    padding: calc(${tokens.space} * 0.75) calc(${tokens.space} * 1.5);
    border: 1px solid ${tokens.border};
    border-top: 4px solid var(--phase-hue);
    border-radius: ${tokens.radius};
    background: ${tint(css`var(--phase-hue)`, 12)};
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .v-phase-cell:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  .v-phase-toggle {
    grid-row: span 4;
    width: 16px;
    height: 16px;
    align-self: start;
    margin-top: 0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .v-phase-name {
    font-weight: 700;
  }
  .v-phase-spark {
    grid-column: 3;
    grid-row: 1 / span 4;
    align-self: center;
    width: 96px;
    height: 28px;
    overflow: visible;
  }
  .spark-zero {
    stroke: ${tokens.textMuted};
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .spark-line {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .v-phase-cell .v-phase-description,
  .v-phase-count {
    grid-column: 2;
    font-size: ${smallText};
  }
  .v-phase-count {
    color: ${tokens.textMuted};
  }
  /* An open phase's touchpoints sit a step in from its row, below it. */
  .tree .v-row,
  .v-more-row {
    margin-inline-start: ${tokens.space};
  }
  .v-phase-row[aria-expanded='true'] + .v-row {
    margin-top: calc(${tokens.space} * -0.5);
  }
  .v-more-row .more {
    margin: 0;
  }
  .v-head {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5em;
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(6.5em, max-content) minmax(0, 1fr);
    gap: 0.5em 0.75em;
    margin-top: ${tokens.space};
  }
  .field {
    display: contents;
  }
  .field-title {
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
  }
  .field-value {
    min-width: 0;
    font-size: 0.9375em;
  }
  .field-value .hop {
    display: flex;
    margin: 0.35em 0 0;
  }
  .v-emotions {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Bar, glyph and words on one row; the words wrap in their own column. */
  .v-emotions li {
    display: grid;
    grid-template-columns: auto 14px minmax(0, 1fr);
    align-items: center;
    gap: 0.5em;
  }
  .v-emotion-text,
  .v-flows {
    font-size: ${smallText};
  }
  .score-bar {
    width: 84px;
    height: 12px;
    flex: none;
  }
  .score-track {
    stroke: ${tokens.border};
    stroke-width: 2;
  }
  .score-zero {
    stroke: ${tokens.text};
    stroke-width: 1.5;
  }
  .v-nps {
    font-weight: 700;
  }
  .v-nps-facts {
    font-size: ${smallText};
  }

  /* Narrow lane headers (HEAD_WIDTH_NARROW in the component, below the same 900 px). */
  @container (width < 900px) {
    .corner,
    .lane-header {
      padding-inline: calc(${tokens.space} * 1.25);
    }
    .lane-name {
      font-size: 0.875em;
    }
  }
  /* Narrow elements: smaller buttons; below 480 px the fields of a row stack too. */
  @container (width < 720px) {
    .tool {
      font-size: ${smallText};
    }
  }
  @container (width < 480px) {
    .title {
      font-size: 1.3em;
    }
    .fields {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.15em;
    }
    .field-title {
      margin-top: 0.5em;
    }
    /* Narrow: the line goes under the phase's count, which keeps the whole width. */
    .v-phase-spark {
      grid-column: 2;
      grid-row: auto;
      justify-self: start;
      margin-top: 0.25em;
    }
  }

  @media (forced-colors: active) {
    .phase,
    .v-phase-cell,
    .lane-header,
    .corner {
      border-color: CanvasText;
    }
    .cell:focus-visible,
    .v-cell:focus-visible,
    .v-phase-cell:focus-visible {
      outline-color: Highlight;
    }
    .flow-line,
    .flow-key,
    .spark-zero {
      stroke: CanvasText;
    }
    .flow-arrow,
    .flow-key-arrow.flow-key--next,
    .flow-key-arrow.flow-key--loop,
    .flow-key-arrow.flow-key--drop-off,
    .moment-icon {
      fill: CanvasText;
    }
    .flow-count {
      fill: CanvasText;
      stroke: Canvas;
    }
    .score-track,
    .score-zero {
      stroke: CanvasText;
    }
    .tool[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .badge,
    .badge--added {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    /* Persona colours are set inline (styleProperties); the dash pattern tells the personas apart. */
    .legend-line path {
      stroke: CanvasText !important;
    }
    .score-bar circle {
      fill: CanvasText !important;
    }
  }
`;

/** The map's styles: the shared ones, its own, and its print layout. */
export const styles = [...sharedStyles, map, shadowPrintStyles];
