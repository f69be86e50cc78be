/**
 * The blueprint in a touchpoint's row of the narrow (vertical) map: its processes under their
 * layer names, each line of the blueprint named above the layer it opens, and its actions with
 * their chips, owners, due dates and links; in compare mode the done actions' measured effect.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BLUEPRINT_LINES } from '../../../layout/blueprint.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapColumn, MapModel } from '../derive.js';
import { actionItem, effectList } from './actions.js';
import { processItem } from './processes.js';

type Field = (title: string, content: TemplateResult | typeof nothing) => TemplateResult;

/** The processes and actions fields of a vertical row (each only when the touchpoint has some). */
export function blueprintFields(model: MapModel, column: MapColumn, l: Localizer, field: Field): TemplateResult {
  const b = l.messages.blueprint;
  const lanes = l.messages.map.lanes;
  const layers = model.blueprint.processes.columns[column.index]!;
  const own = column.journeyIndex !== null;
  const actions = own ? (model.blueprint.actionsAt.get(column.id) ?? []) : [];
  const effects = own ? (model.blueprint.effectsAt.get(column.id) ?? []) : [];
  const shown = BLUEPRINT_LINES.filter(({ above }) => layers[above].length > 0);
  return html`${
    shown.length > 0
      ? field(
          lanes.processes,
          html`${shown.map(
            ({ line, above }) => html`<span class="v-layer-title">${b.lines[line]} · ${b.layers[above]}</span>
              <ul class="bp-processes">
                ${layers[above].map((p) => processItem(p, l))}
              </ul>`,
          )}`,
        )
      : nothing
  }
  ${
    actions.length + effects.length > 0
      ? field(
          lanes.actions,
          html`${
            actions.length > 0
              ? html`<ul class="actions">
                ${actions.map((a) => actionItem(a, model.journey, l, true))}
              </ul>`
              : nothing
          }
          ${effects.length > 0 ? effectList(effects, model.journey, l) : nothing}`,
        )
      : nothing
  }`;
}
