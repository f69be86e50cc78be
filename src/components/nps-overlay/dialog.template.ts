/** The drill-down: a native modal `<dialog>` (focus kept inside by the platform, Escape closes) with the histogram and history. */
import { type TemplateResult, html, nothing, svg } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Histogram } from '../../layout/nps.js';
import { targetStateTemplate, trendTemplate } from './cell.template.js';
import { HISTOGRAM, type OverlayContext } from './context.js';
import { trendChart } from '../../shared/templates/trend.template.js';
import type { PeriodTrend } from './drill-down.controller.js';
import { changeCell, intervalParts, measurementText, scoreWithInterval } from './describe.js';
import { icon } from '../../shared/icons.js';
import type { NpsRow } from './rows.js';

export function dialogTemplate(ctx: OverlayContext): TemplateResult {
  const m = ctx.localizer.messages;
  const row = ctx.open?.row;
  return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby=${ctx.ids.dialogTitle}
      lang=${ctx.localizer.locale}
      @close=${ctx.on.dialogClose}
      @click=${ctx.on.dialogClick}
    >
      ${row ? bodyTemplate(ctx, row) : nothing}
      <form method="dialog" class="dialog-actions">
        <button class="close" part="close" autofocus>${icon('cross', 'icon-close')}${m.close}</button>
      </form>
      ${row ? nothing : html`<span class="journey-visually-hidden" id=${ctx.ids.dialogTitle}>${m.npsOverlay.details('')}</span>`}
    </dialog>`;
}

function bodyTemplate(ctx: OverlayContext, row: NpsRow): TemplateResult {
  const { localizer } = ctx;
  const m = localizer.messages;
  const o = m.npsOverlay;
  const current = row.current;
  const sourceId = current?.source;
  const source = sourceId ? ctx.journey.sources?.find((s) => s.id === sourceId) : undefined;
  const mot = row.touchpoint.momentOfTruth;
  const histogram = ctx.open?.histogram;
  return html`<div class="dialog-body">
      <header class="dialog-head">
        <h2 id=${ctx.ids.dialogTitle}>${o.details(row.touchpoint.label)}</h2>
        <p class="dialog-sub">
          ${m.phase} ${row.phaseLabel}${mot ? html` · ${icon('momentOfTruth', 'icon-mot')}${m.momentOfTruthKinds[mot.kind]}` : nothing}
        </p>
      </header>
      <p class="dialog-score">
        <span class="score">${row.score === null ? o.noData(ctx.period ?? undefined) : localizer.signed(row.score)}</span>
        ${trendTemplate(row, localizer)} ${targetStateTemplate(row, localizer)}
        ${current?.smallSample ? html`<span class="flag small">${icon('warning', 'icon-warning')}${o.smallSample}</span>` : nothing}
      </p>
      <p class="dialog-text">${m.nps.name} ${measurementText(row, localizer, ctx.period)}</p>
      ${histogram ? histogramTemplate(ctx, histogram) : nothing}
      ${ctx.open?.trend ? historyTemplate(ctx, row, ctx.open.trend) : nothing}
      <dl class="facts">
        ${
          current?.target !== undefined
            ? html`<div><dt>${o.target}</dt><dd>${o.targetCell(localizer.signed(current.target), current.onTarget)}</dd></div>`
            : nothing
        }
        ${
          current && current.responses > 0
            ? html`<div><dt>${o.responses}</dt><dd>${localizer.number(current.responses)}</dd></div>`
            : nothing
        }
        ${
          sourceId
            ? html`<div>
              <dt>${m.source}</dt>
              <dd>
                ${source?.label ?? sourceId}${source?.n !== undefined ? ` (${o.sampleSize(localizer.number(source.n))})` : ''}
              </dd>
            </div>`
            : nothing
        }
      </dl>
    </div>`;
}

/** The 0–10 answers as bars, grouped into detractors, passives and promoters. */
function histogramTemplate(ctx: OverlayContext, h: Histogram): TemplateResult {
  const { localizer } = ctx;
  const o = localizer.messages.npsOverlay;
  const counts = h.bars.map((b) => `${b.answer}: ${localizer.number(b.count)}`).join(', ');
  return html`<section class="histogram">
      <h3>${o.distribution}</h3>
      <svg
        class="histogram-svg mirror-rtl"
        viewBox="0 0 ${HISTOGRAM.width} ${HISTOGRAM.height}"
        role="img"
        aria-label=${o.distributionLabel(counts)}
      >
        ${h.ticks.map(
          (t) => svg`<line class="grid" x1="32" x2=${HISTOGRAM.width} y1=${t.y} y2=${t.y} />
            <text class="tick" x="28" y=${t.y} dy="0.35em" text-anchor="end">${localizer.number(t.value)}</text>`,
        )}
        ${h.dividers.map((x) => svg`<line class="divider" x1=${x} x2=${x} y1="4" y2=${h.baseline + 4} />`)}
        ${h.bars.map(
          (b) => svg`<rect class="seg ${b.group}" x=${b.x} y=${b.y} width=${b.width} height=${b.height}
              fill=${b.group === 'detractors' ? `url(#${ctx.ids.hatch})` : nothing} />
            <text class="tick" x=${b.cx} y=${h.baseline + 15} text-anchor="middle">${b.answer}</text>`,
        )}
      </svg>
      <p class="histogram-legend" aria-hidden="true">
        <span>${o.detractors} 0–6</span><span>${o.passives} 7–8</span><span>${o.promoters} 9–10</span>
      </p>
    </section>`;
}

/**
 * The periods: the trend with its 95 % band and significant dips (the shared trend chart), and
 * the same numbers in a table, the period shown marked.
 */
function historyTemplate(ctx: OverlayContext, row: NpsRow, trend: PeriodTrend): TemplateResult {
  const { localizer } = ctx;
  const o = localizer.messages.npsOverlay;
  const s = localizer.messages.npsStatistics;
  const dash = '–';
  const periods = trend.periods.map((p) => p.period ?? dash);
  const words = trend.periods
    .map((p, i) => {
      const score = scoreWithInterval(p, localizer) ?? o.noData();
      const dip = trend.geometry.marks[i]?.dip ? ` (${s.dip})` : '';
      return `${periods[i]}: ${score}${dip}`;
    })
    .join('; ');
  return html`<section class="history">
      <h3>${s.trend}</h3>
      ${trendChart({
        geometry: trend.geometry,
        label: s.trendLabel(row.touchpoint.label, words),
        periods,
        tick: (v) => localizer.signed(v),
      })}
      <div class="history-wrap" role="region" aria-label=${s.trend} tabindex="0">
      <table class="history-table">
        <thead>
          <tr>
            <th scope="col">${o.period}</th>
            <th scope="col" class="num">${localizer.messages.nps.name}</th>
            <th scope="col" class="num">${s.intervalHeader(95)}</th>
            <th scope="col" class="num">${o.responses}</th>
            <th scope="col">${s.change}</th>
            <th scope="col">${o.target}</th>
          </tr>
        </thead>
        <tbody>
          ${trend.periods.map((p, i) => {
            const r = p.result;
            const change = trend.changes[i] ?? null;
            const bounds = p.interval ? intervalParts(p.interval, localizer) : null;
            return html`<tr class=${classMap({ current: r.period === row.current?.period })}>
              <th scope="row">${periods[i]}</th>
              <td class="num">${r.score === null ? o.noData() : localizer.signed(r.score)}</td>
              <td class="num">${bounds ? `${bounds.lowText} … ${bounds.highText}` : dash}</td>
              <td class="num">${localizer.number(r.responses)}</td>
              <td>${i === 0 ? dash : changeCell({ change: change ?? 'unknown' }, localizer)}</td>
              <td>${r.target === undefined ? dash : o.targetCell(localizer.signed(r.target), r.onTarget)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
    </section>`;
}
