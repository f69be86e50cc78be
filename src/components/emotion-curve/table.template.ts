import { type TemplateResult, html, nothing } from 'lit';
import type { PeakEnd } from '../../analytics/emotion.js';
import type { Touchpoint } from '../../model/types.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { type DataTableColumn, dataTable } from '../../shared/templates/data-table.js';
import { changeWords, curveName } from './describe.js';
import type { CurveModel, JourneyModel } from './model.js';

/** Rows of the data table shown at once (bounded DOM for journeys with thousands of touchpoints). */
export const TABLE_PAGE = 100;

/** The curve's data table: a row per touchpoint, a column per shown curve, peak, end and remembered experience below. */
export function curveTable(
  model: JourneyModel,
  shown: readonly number[],
  localizer: Localizer,
  page: { at: number; onPage: (page: number) => void },
): TemplateResult {
  const m = localizer.messages;
  const touchpoints = model.journey.touchpoints;
  const curves = shown.map((c) => model.curves[c]!);
  const score = (curve: Pick<CurveModel, 'series'>, index: number) => {
    const p = curve.series[index]!;
    if (p.score === null) return html`<span class="muted">${m.noData}</span>`;
    return html`${localizer.signed(p.score)}${p.label !== undefined ? html` <span class="muted">(${localizer.emotionWord(p.label)})</span>` : nothing}`;
  };
  const columns: DataTableColumn<Touchpoint>[] = [
    { header: m.touchpoint, cell: (t) => t.label, rowHeader: true },
    { header: m.phase, cell: (t) => model.phaseLabels.get(t.phase) ?? t.phase },
    ...curves.flatMap((curve) => {
      const earlier = curve.earlier;
      const name = curveName(curve, localizer);
      const now = {
        header: earlier ? m.trends.inPeriod(name, model.periods.period!) : name,
        numeric: true,
        cell: (_: Touchpoint, i: number) => score(curve, i),
      };
      if (!earlier) return [now];
      const change = (i: number) => earlier.changes[i] ?? null;
      return [
        {
          header: m.trends.earlier(name, earlier.period),
          numeric: true,
          cell: (_: Touchpoint, i: number) => score({ series: earlier.series }, i),
        },
        now,
        {
          header: `${name}: ${m.trends.change(earlier.period, model.periods.period!)}`,
          cell: (_: Touchpoint, i: number) => {
            const c = change(i);
            return c ? changeWords(c, localizer) : html`<span class="muted">${m.noData}</span>`;
          },
        },
      ];
    }),
    {
      header: localizer.capitalise(m.momentOfTruth),
      cell: (t: Touchpoint) =>
        t.momentOfTruth ? localizer.capitalise(m.momentOfTruthKinds[t.momentOfTruth.kind]) : '',
    },
  ];
  const footer = (title: string, value: (pe: PeakEnd) => string) =>
    html`<tr>
      <th scope="row" colspan="2">${localizer.capitalise(title)}</th>
      ${curves.map(
        (curve) =>
          html`${curve.earlier ? html`<td></td>` : nothing}<td class="num num--wrap">${curve.peakEnd ? value(curve.peakEnd) : m.noData}</td>${curve.earlier ? html`<td></td>` : nothing}`,
      )}
      <td></td>
    </tr>`;
  const pager = m.emotionCurve;
  return dataTable({
    caption: `${m.dataTable}: ${model.journey.title}`,
    label: m.dataTable,
    rows: touchpoints,
    key: (_, i) => i,
    columns,
    footer: html`${footer(m.peak, (pe) => `${localizer.signed(pe.peak.score)} (${touchpoints[pe.peak.index]!.label})`)}
    ${footer(m.end, (pe) => `${localizer.signed(pe.end.score)} (${touchpoints[pe.end.index]!.label})`)}
    ${footer(m.rememberedExperience, (pe) => localizer.signed(pe.remembered))}`,
    page: {
      size: TABLE_PAGE,
      at: page.at,
      onPage: page.onPage,
      previous: pager.previousRows,
      next: pager.nextRows,
      range: (first, last, total) =>
        pager.tableRows(localizer.number(first), localizer.number(last), localizer.number(total)),
    },
  });
}
