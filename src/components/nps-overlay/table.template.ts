/** The data table view: the overlay's numbers per measured touchpoint, in the shared data table. */
import { type TemplateResult, html, nothing } from 'lit';
import { icon } from '../../shared/icons.js';
import { type DataTableColumn, dataTable } from '../../shared/templates/data-table.js';
import type { OverlayContext } from './context.js';
import { changeCell, intervalParts } from './describe.js';
import type { NpsRow } from './rows.js';

const DASH = '–';

export function tableTemplate(ctx: OverlayContext): TemplateResult {
  const { localizer } = ctx;
  const m = localizer.messages;
  const o = m.npsOverlay;
  const s = m.npsStatistics;
  const share = (group: 'promoters' | 'passives' | 'detractors') => (r: NpsRow) => {
    const shares = r.current?.shares;
    return shares ? localizer.percent(shares[group]) : DASH;
  };
  const columns: DataTableColumn<NpsRow>[] = [
    {
      header: m.touchpoint,
      cell: (r) =>
        html`${r.touchpoint.label}${
          r.touchpoint.momentOfTruth
            ? html` <span class="mot-badge"
                ><span aria-hidden="true">${icon('momentOfTruth', 'icon-mot')}${o.momentShort}</span
                ><span class="journey-visually-hidden">, ${m.momentOfTruthKinds[r.touchpoint.momentOfTruth.kind]}</span></span
              >`
            : nothing
        }`,
    },
    { header: m.phase, cell: (r) => r.phaseLabel },
    { header: m.nps.name, numeric: true, cell: (r) => (r.score === null ? o.noData() : localizer.signed(r.score)) },
    {
      header: s.intervalHeader(95),
      numeric: true,
      cell: (r) => {
        if (!r.interval) return DASH;
        const { lowText, highText } = intervalParts(r.interval, localizer);
        return `${lowText} … ${highText}`;
      },
    },
    { header: o.promoters, numeric: true, cell: share('promoters') },
    { header: o.passives, numeric: true, cell: share('passives') },
    { header: o.detractors, numeric: true, cell: share('detractors') },
    {
      header: o.responses,
      numeric: true,
      cell: (r) => {
        const c = r.current;
        return `${c && c.responses > 0 ? localizer.number(c.responses) : DASH}${c?.smallSample ? ` (${o.smallSample})` : ''}`;
      },
    },
    {
      header: o.target,
      cell: (r) =>
        r.current?.target === undefined ? DASH : o.targetCell(localizer.signed(r.current.target), r.current.onTarget),
    },
    {
      header: o.trend,
      cell: (r) => changeCell(r, localizer),
    },
    { header: o.period, cell: (r) => r.current?.period ?? DASH },
  ];
  return dataTable({
    caption: m.dataTable,
    label: `${m.dataTable}: ${m.elementNames.npsOverlay}`,
    rows: ctx.data.measured,
    key: (r) => r.touchpoint.id,
    columns,
  });
}
