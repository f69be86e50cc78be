import { css } from 'lit';
import { smallText, tokens } from '../../../shared/theme.js';

/**
 * The blueprint lanes. The processes lane's header and cells share four row tracks through
 * subgrid (the lane name, then frontstage, backstage, support), so each layer lines up across
 * the whole map and the three lines run unbroken from the header, where they are named, to the
 * last column. Each line has its own pattern (solid, dashed, dotted) besides its name.
 */
export const blueprintStyles = css`
  .lane--processes {
    grid-auto-rows: auto;
  }
  .lane--processes > .lane-header,
  .cell.cell--blueprint,
  .cell--blueprint > .cell-content {
    grid-row: 1 / span 4;
    display: grid;
    grid-template-rows: subgrid;
    gap: 0;
  }
  .lane--processes > .lane-header {
    padding: 0;
  }
  .lane--processes > .lane-header > .lane-name {
    padding: calc(${tokens.space} * 1.25) calc(${tokens.space} * 1.5) calc(${tokens.space} / 2);
  }
  .cell.cell--blueprint {
    padding: 0;
  }
  .bp-head,
  .bp-layer {
    border-top: 2px solid ${tokens.border};
    padding: calc(${tokens.space} * 0.75) calc(${tokens.space} * 1.25);
  }
  .bp-head {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    padding-inline: calc(${tokens.space} * 1.5);
  }
  .bp-layer--backstage {
    border-top-style: dashed;
  }
  .bp-layer--support {
    border-top-style: dotted;
    border-top-width: 3px;
  }
  .bp-line-name {
    font-size: ${smallText};
    font-weight: 600;
    color: ${tokens.textMuted};
  }
  .bp-layer-name {
    font-size: ${smallText};
    font-weight: 700;
  }
  .bp-processes,
  .actions,
  .effect-list {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bp-process,
  .action {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15em;
    line-height: 1.3;
  }
  .bp-label,
  .action-title {
    font-weight: 600;
  }
  .bp-meta,
  .action-meta {
    font-size: ${smallText};
    color: ${tokens.textMuted};
  }
  .action--dropped .action-title {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .action-link {
    font-size: ${smallText};
    color: ${tokens.accent};
  }
  .effects {
    margin-top: 0.6em;
    padding-top: 0.4em;
    border-top: 1px solid ${tokens.border};
  }
  .effects-title {
    display: block;
    margin-bottom: 0.25em;
    font-size: ${smallText};
    font-weight: 700;
  }
  .effect {
    font-size: ${smallText};
    line-height: 1.35;
  }
  .table-list {
    min-width: 16em;
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .v-layer-title {
    display: block;
    margin-top: 0.35em;
    font-size: ${smallText};
    font-weight: 700;
    color: ${tokens.textMuted};
  }
  .v-layer-title:first-child {
    margin-top: 0;
  }
  @media (forced-colors: active) {
    .bp-head,
    .bp-layer,
    .effects {
      border-color: CanvasText;
    }
    .action-link {
      color: LinkText;
    }
  }
`;
