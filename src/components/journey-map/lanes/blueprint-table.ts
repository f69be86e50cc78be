/**
 * The blueprint's columns of the map's data table: the processes behind each touchpoint (layer,
 * label, owner, system, duration, handover) and its actions (status, title, owner, due date; in
 * compare mode each done action's expected and measured effect). A column appears only when the
 * journey has its lane's data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PROCESS_LAYERS } from '../../../model/blueprint.js';
import { actionText, effectText, processText } from '../../../shared/blueprint-words.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapColumn, MapModel } from '../derive.js';

const list = (items: readonly string[]) =>
  items.length === 0
    ? nothing
    : html`<ul class="table-list">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;

/** The header cells and, per row, the data cells of the blueprint columns. */
export function blueprintColumns(
  model: MapModel,
  l: Localizer,
): { headers: TemplateResult | typeof nothing; cells: (column: MapColumn) => TemplateResult | typeof nothing } {
  const m = l.messages;
  const { processes, actionsAt, actionCounts, effectsAt } = model.blueprint;
  const withProcesses = processes.counts.total > 0;
  const withActions = actionCounts.total > 0;
  if (!withProcesses && !withActions) return { headers: nothing, cells: () => nothing };
  return {
    headers: html`${withProcesses ? html`<th scope="col">${m.map.lanes.processes}</th>` : nothing}
    ${withActions ? html`<th scope="col">${m.map.lanes.actions}</th>` : nothing}`,
    cells: (column) => {
      const layers = processes.columns[column.index]!;
      const own = column.journeyIndex !== null;
      const actions = own ? (actionsAt.get(column.id) ?? []) : [];
      const effects = own ? (effectsAt.get(column.id) ?? []) : [];
      return html`${
        withProcesses
          ? html`<td>${list(PROCESS_LAYERS.flatMap((layer) => layers[layer].map((p) => processText(layer, p, l))))}</td>`
          : nothing
      }
      ${
        withActions
          ? html`<td>
            ${list([
              ...actions.map((a) => actionText(a, model.journey, l)),
              ...effects.map((e) => effectText(e, model.journey, l)),
            ])}
          </td>`
          : nothing
      }`;
    },
  };
}
