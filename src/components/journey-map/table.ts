/** The data-table view: the map's numbers as the shared data table, one row per touchpoint. */
import { html, nothing, type TemplateResult } from 'lit';
import { emotionAt } from '../../analytics/emotion.js';
import { isOffNorm } from '../../analytics/metrics.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { type DataTableColumn, dataTable } from '../../shared/templates/data-table.js';
import type { MapColumn, MapModel } from './derive.js';
import { columnNpsText, curveName, emotionText, metricText, shownCurves } from './describe.js';
import { flowWords } from './lanes/drawn.js';
import { blueprintColumns } from './lanes/blueprint-table.js';

/** What the table renders from. */
export interface DataTableOptions {
  model: MapModel;
  localizer: Localizer;
  persona: string;
  /** Id of the caption, which names the scrolling region around the table. */
  captionId: string;
  /** Rows shown; a button shows more. */
  rows: number;
  onMore: () => void;
}

/** The columns of the map's table: what the lanes show, as text. */
function tableColumns(model: MapModel, l: Localizer, persona: string): DataTableColumn<MapColumn>[] {
  const m = l.messages;
  const compare = (c: MapColumn) =>
    !c.comparison
      ? ''
      : c.comparison.status === 'unchanged'
        ? m.comparison.unchanged
        : m.map.badges[c.comparison.status];
  const owner = (c: MapColumn) => (c.journeyIndex === null ? (model.base ?? model.journey) : model.journey);
  return [
    { header: '#', cell: (c) => l.number(c.index + 1) },
    { header: m.phase, cell: (c) => c.phaseLabel },
    { header: m.touchpoint, cell: (c) => c.touchpoint.label, rowHeader: true },
    ...(model.comparison !== null ? [{ header: m.map.comparedWith(model.base!.title), cell: compare }] : []),
    {
      header: m.channel,
      cell: (c) => (c.touchpoint.channel === undefined ? '' : l.channelName(c.touchpoint.channel, owner(c))),
    },
    ...shownCurves(model, persona).map((key): DataTableColumn<MapColumn> => ({
      header: `${m.emotion}: ${curveName(model, key, l)}`,
      cell: (c) =>
        (c.journeyIndex === null ? null : emotionText(emotionAt(c.touchpoint, c.journeyIndex, key), l)) ?? '',
    })),
    { header: m.nps.name, cell: (c) => columnNpsText(c, persona, l) ?? '' },
    {
      header: m.map.lanes['moments-of-truth'],
      cell: (c) => (c.touchpoint.momentOfTruth ? m.momentOfTruthKinds[c.touchpoint.momentOfTruth.kind] : ''),
    },
    {
      header: m.map.lanes.metrics,
      cell: (c) =>
        (c.touchpoint.metrics ?? []).map(
          (metric) =>
            html`<span class=${isOffNorm(metric) ? 'table-metric off' : 'table-metric'}>${metricText(metric, l)}</span>`,
        ),
    },
    {
      header: m.painPoints,
      cell: (c) => (c.touchpoint.painPoints?.length ? l.number(c.touchpoint.painPoints.length) : ''),
    },
    { header: m.map.lanes.flows, cell: (c) => flowWords({ model, localizer: l }, c) ?? '' },
    ...blueprintColumns(model, l),
  ];
}

/** The data table with the same numbers as the map, and a button that shows more rows. */
export function renderDataTable(options: DataTableOptions): TemplateResult {
  const { model, localizer: l } = options;
  const m = l.messages;
  const rows = model.columns.slice(0, options.rows);
  const more = model.columns.length - rows.length;
  return html`${dataTable({
    caption: `${m.dataTable}: ${model.journey.title}`,
    captionId: options.captionId,
    tableClass: 'data-table',
    rows,
    key: (c) => c.id,
    rowClass: (c) => (c.comparison?.status === 'removed' ? 'removed' : ''),
    columns: tableColumns(model, l, options.persona),
  })}
  ${
    more > 0
      ? html`<button type="button" class="more" @click=${options.onMore}>
          ${m.map.showMore(l.number(rows.length), l.number(model.columns.length))}
        </button>`
      : nothing
  }`;
}
