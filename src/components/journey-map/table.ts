/** The data-table view: the map's numbers as an HTML table, one row per touchpoint. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { emotionAt } from '../../analytics/emotion.js';
import { isOffNorm } from '../../analytics/metrics.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { MapModel } from './derive.js';
import { columnNpsText, curveName, emotionText, metricText, shownCurves } from './describe.js';
import { flowWords } from './lanes/drawn.js';
import { blueprintColumns } from './lanes/blueprint-table.js';

/** What the table renders from. */
export interface DataTableOptions {
  model: MapModel;
  localizer: Localizer;
  persona: string;
  id: string;
  /** Id of the caption, which names the scrolling region around the table. */
  captionId: string;
  /** Rows shown; a button shows more. */
  rows: number;
  onMore: () => void;
}

/** The data table with the same numbers as the map. */
export function renderDataTable(options: DataTableOptions): TemplateResult {
  const { model, localizer: l, persona } = options;
  const m = l.messages;
  const curves = shownCurves(model, persona);
  const rows = model.columns.slice(0, options.rows);
  const compare = model.comparison !== null;
  const more = model.columns.length - rows.length;
  const blueprint = blueprintColumns(model, l);
  // The wrapper scrolls (wide tables, --journey-map-max-height): a named region with a tab stop,
  // so keyboard users can scroll it too.
  return html`<div class="table-wrap" part="table" role="region" tabindex="0" aria-labelledby=${options.captionId}>
    <table id=${options.id} class="data-table">
      <caption id=${options.captionId}>
        ${m.dataTable}: ${model.journey.title}
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">${m.phase}</th>
          <th scope="col">${m.touchpoint}</th>
          ${compare ? html`<th scope="col">${m.map.comparedWith(model.base!.title)}</th>` : nothing}
          <th scope="col">${m.channel}</th>
          ${curves.map((key) => html`<th scope="col">${m.emotion}: ${curveName(model, key, l)}</th>`)}
          <th scope="col">${m.nps.name}</th>
          <th scope="col">${m.map.lanes['moments-of-truth']}</th>
          <th scope="col">${m.map.lanes.metrics}</th>
          <th scope="col">${m.painPoints}</th>
          <th scope="col">${m.map.lanes.flows}</th>
          ${blueprint.headers}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (c) => c.id,
          (c) => {
            const tp = c.touchpoint;
            const metrics = tp.metrics ?? [];
            return html`<tr class=${c.comparison?.status === 'removed' ? 'removed' : ''}>
              <td>${l.number(c.index + 1)}</td>
              <td>${c.phaseLabel}</td>
              <th scope="row">${tp.label}</th>
              ${
                compare
                  ? html`<td>${!c.comparison ? '' : c.comparison.status === 'unchanged' ? m.comparison.unchanged : m.map.badges[c.comparison.status]}</td>`
                  : nothing
              }
              <td>${tp.channel === undefined ? '' : l.channelName(tp.channel, c.journeyIndex === null ? (model.base ?? model.journey) : model.journey)}</td>
              ${curves.map((key) => {
                const text = c.journeyIndex === null ? null : emotionText(emotionAt(tp, c.journeyIndex, key), l);
                return html`<td>${text ?? ''}</td>`;
              })}
              <td>${columnNpsText(c, persona, l) ?? ''}</td>
              <td>${tp.momentOfTruth ? m.momentOfTruthKinds[tp.momentOfTruth.kind] : ''}</td>
              <td>
                ${metrics.map(
                  (metric) =>
                    html`<span class=${isOffNorm(metric) ? 'table-metric off' : 'table-metric'}>${metricText(metric, l)}</span>`,
                )}
              </td>
              <td>${tp.painPoints?.length ? l.number(tp.painPoints.length) : ''}</td>
              <td>${flowWords({ model, localizer: l }, c) ?? ''}</td>
              ${blueprint.cells(c)}
            </tr>`;
          },
        )}
      </tbody>
    </table>
    ${
      more > 0
        ? html`<button type="button" class="more" @click=${options.onMore}>
          ${m.map.showMore(l.number(rows.length), l.number(model.columns.length))}
        </button>`
        : nothing
    }
  </div>`;
}
