/**
 * The trend lane's column of the map's data table: per touchpoint, each measure with periods in
 * words — per period the score, its 95 % interval and n, and "significant dip" where it dipped.
 * The column appears only when the trend lane has data.
 */
import { html, nothing } from 'lit';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { DataTableColumn } from '../../../shared/templates/data-table.js';
import type { MapColumn, MapModel } from '../derive.js';
import { touchpointTrend, trendWords } from './trend.js';

/** The trend column (none when no touchpoint has two periods). */
export function trendColumns(model: MapModel, l: Localizer, persona: string): DataTableColumn<MapColumn>[] {
  if (!model.lanesWithData.includes('trend')) return [];
  return [
    {
      header: l.messages.map.lanes.trend,
      cell: (column) => {
        if (column.journeyIndex === null) return nothing;
        const words = trendWords(touchpointTrend(column.touchpoint, persona), l);
        return words.length === 0
          ? nothing
          : html`<ul class="table-list">
              ${words.map((w) => html`<li>${w}</li>`)}
            </ul>`;
      },
    },
  ];
}
