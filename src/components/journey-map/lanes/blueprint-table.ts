/**
 * The blueprint's columns of the map's data table: the processes behind each touchpoint (layer,
 * label, owner, system, duration, handover) and its actions (status, title, owner, due date; in
 * compare mode each done action's expected and measured effect). A column appears only when the
 * journey has its lane's data.
 */
import { html, nothing } from 'lit';
import { PROCESS_LAYERS } from '../../../model/blueprint.js';
import { actionText, effectText, processText } from '../../../shared/blueprint-words.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { DataTableColumn } from '../../../shared/templates/data-table.js';
import type { MapColumn, MapModel } from '../derive.js';

const list = (items: readonly string[]) =>
  items.length === 0
    ? nothing
    : html`<ul class="table-list">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;

/** The blueprint's columns of the shared data table (none when the journey has no processes or actions). */
export function blueprintColumns(model: MapModel, l: Localizer): DataTableColumn<MapColumn>[] {
  const m = l.messages;
  const { processes, actionsAt, actionCounts, effectsAt } = model.blueprint;
  const columns: DataTableColumn<MapColumn>[] = [];
  if (processes.counts.total > 0) {
    columns.push({
      header: m.map.lanes.processes,
      cell: (column) => {
        const layers = processes.columns[column.index]!;
        return list(PROCESS_LAYERS.flatMap((layer) => layers[layer].map((p) => processText(layer, p, l))));
      },
    });
  }
  if (actionCounts.total > 0) {
    columns.push({
      header: m.map.lanes.actions,
      cell: (column) => {
        if (column.journeyIndex === null) return nothing;
        const actions = actionsAt.get(column.id) ?? [];
        const effects = effectsAt.get(column.id) ?? [];
        return list([
          ...actions.map((a) => actionText(a, model.journey, l)),
          ...effects.map((e) => effectText(e, model.journey, l)),
        ]);
      },
    });
  }
  return columns;
}
