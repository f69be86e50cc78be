/** The data table view: the overlay's numbers per measured touchpoint. */
import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { OverlayContext } from './context.js';
import { icon } from './icons.js';

export function tableTemplate(ctx: OverlayContext): TemplateResult {
  const { localizer } = ctx;
  const m = localizer.messages;
  const o = m.npsOverlay;
  const dash = '–';
  return html`<div class="table-wrap" role="region" aria-labelledby=${ctx.ids.caption} tabindex="0">
      <table part="table" class="table">
        <caption class="journey-visually-hidden">${m.dataTable}</caption>
        <thead>
          <tr>
            <th scope="col">${m.touchpoint}</th>
            <th scope="col">${m.phase}</th>
            <th scope="col" class="num">${m.nps.name}</th>
            <th scope="col" class="num">${o.promoters}</th>
            <th scope="col" class="num">${o.passives}</th>
            <th scope="col" class="num">${o.detractors}</th>
            <th scope="col" class="num">${o.responses}</th>
            <th scope="col">${o.target}</th>
            <th scope="col">${o.trend}</th>
            <th scope="col">${o.period}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            ctx.data.measured,
            (r) => r.touchpoint.id,
            (r) => {
              const c = r.current;
              const s = c?.shares;
              const trend = r.nps.trend;
              return html`<tr data-touchpoint-id=${r.touchpoint.id}>
                <th scope="row">
                  ${r.touchpoint.label}${
                    r.touchpoint.momentOfTruth
                      ? html` <span class="mot-badge"
                        ><span aria-hidden="true">${icon('star')}${o.momentShort}</span
                        ><span class="journey-visually-hidden">, ${m.momentOfTruthKinds[r.touchpoint.momentOfTruth.kind]}</span></span
                      >`
                      : nothing
                  }
                </th>
                <td>${r.phaseLabel}</td>
                <td class="num">${r.score === null ? o.noData() : localizer.signed(r.score)}</td>
                <td class="num">${s ? localizer.percent(s.promoters) : dash}</td>
                <td class="num">${s ? localizer.percent(s.passives) : dash}</td>
                <td class="num">${s ? localizer.percent(s.detractors) : dash}</td>
                <td class="num">
                  ${c && c.responses > 0 ? localizer.number(c.responses) : dash}${c?.smallSample ? ` (${o.smallSample})` : ''}
                </td>
                <td>${c?.target === undefined ? dash : o.targetCell(localizer.signed(c.target), c.onTarget)}</td>
                <td>${trend && trend.delta !== null ? localizer.signed(trend.delta) : dash}</td>
                <td>${c?.period ?? dash}</td>
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>`;
}
