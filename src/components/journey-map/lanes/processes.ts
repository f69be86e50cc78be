/**
 * The processes lane: the service blueprint under the touchpoints in three rows (frontstage,
 * backstage, support), separated by the line of interaction, the line of visibility and the line
 * of internal interaction, each drawn across the map and named in the lane header (so the lines
 * are told apart by their names and dash patterns, not by colour). Each process shows its label,
 * owner, system and duration; a process that changed hands carries the handover mark.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { BLUEPRINT_LINES, type PlacedProcess, type ProcessLayer } from '../../../layout/blueprint.js';
import { PROCESS_LAYERS } from '../../../model/blueprint.js';
import { processDetails, processText } from '../../../shared/blueprint-words.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import { handoverIcon } from '../../../shared/templates/blueprint-marks.js';
import { type LaneContext, cellName, gridCell } from './context.js';

/** The lane header's key: each line's name above the name of the layer it opens. */
export function blueprintKey(l: Localizer): TemplateResult {
  const b = l.messages.blueprint;
  return html`${BLUEPRINT_LINES.map(
    ({ line, above }) => html`<span class="bp-head bp-layer--${above}">
      <span class="bp-line-name">${b.lines[line]}</span>
      <span class="bp-layer-name">${b.layers[above]}</span>
    </span>`,
  )}`;
}

/** One process: label, owner · system · duration, and the handover mark when it changed hands. */
export function processItem(placed: PlacedProcess, l: Localizer): TemplateResult {
  const b = l.messages.blueprint;
  const details = processDetails(placed, l);
  const handover =
    placed.handoverFrom && placed.ownerName ? b.handover(placed.handoverFrom.name, placed.ownerName) : null;
  return html`<li class=${handover ? 'bp-process bp-process--handover' : 'bp-process'}>
    ${
      handover
        ? html`<span class="handover" title=${handover}
            >${handoverIcon()}<span aria-hidden="true">${b.handoverShort}</span
            ><span class="journey-visually-hidden">${handover}</span></span
          >`
        : nothing
    }
    <span class="bp-label">${placed.process.label}</span>
    ${details.length > 0 ? html`<span class="bp-meta">${details.join(' · ')}</span>` : nothing}
  </li>`;
}

function layerBlock(layer: ProcessLayer, placed: readonly PlacedProcess[], l: Localizer): TemplateResult {
  return html`<div class="bp-layer bp-layer--${layer}">
    ${
      placed.length > 0
        ? html`<ul class="bp-processes">
          ${placed.map((p) => processItem(p, l))}
        </ul>`
        : nothing
    }
  </div>`;
}

/** The processes lane: one cell per column, its three layer rows aligned across the map. */
export function processLane(ctx: LaneContext): TemplateResult {
  const l = ctx.localizer;
  const lanes = ctx.model.blueprint.processes;
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column = ctx.model.columns[i]!;
      const layers = lanes.columns[i]!;
      const texts = PROCESS_LAYERS.flatMap((layer) => layers[layer].map((p) => processText(layer, p, l)));
      return gridCell(
        ctx,
        column,
        cellName(ctx, column, texts.length > 0 ? texts.join('; ') : null),
        html`<div class="bp-lead"></div>
          ${PROCESS_LAYERS.map((layer) => layerBlock(layer, layers[layer], l))}`,
        { extraClass: 'cell--blueprint' },
      );
    },
  )}`;
}
