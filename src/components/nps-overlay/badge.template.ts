/** The compact badge of one touchpoint (`touchpoint`): score, trend, bars, responses and target state. */
import { type TemplateResult, html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { barsTemplate, hatchTemplate, intervalTemplate, targetStateTemplate, trendTemplate } from './cell.template.js';
import type { OverlayContext } from './context.js';
import { icon } from '../../shared/icons.js';

export function badgeTemplate(ctx: OverlayContext): TemplateResult {
  const { localizer } = ctx;
  const m = localizer.messages;
  const row = ctx.data.rows.find((r) => r.touchpoint.id === ctx.touchpoint);
  if (!row) {
    return html`<p class="badge-missing" part="status" role="status">${m.npsOverlay.unknownTouchpoint(ctx.touchpoint ?? '')}</p>`;
  }
  if (!row.measured) {
    return html`<div class="badge-wrap" part="figure" lang=${localizer.locale}>
        <p class="badge placeholder" role="note">
          <span class="tp-label">${row.touchpoint.label}</span>
          <span class="none">${m.npsOverlay.notMeasured}</span>
        </p>
      </div>`;
  }
  const current = row.current;
  const hasScore = row.score !== null;
  const mot = row.touchpoint.momentOfTruth;
  const id = row.touchpoint.id;
  return html`<div class="badge-wrap" part="figure" lang=${localizer.locale}>
      <div
        part="touchpoint"
        class=${classMap({ badge: true, mot: mot !== undefined, 'off-target': row.offTarget, 'no-data': !hasScore })}
        data-touchpoint-id=${id}
      >
        <button
          type="button"
          class="hit"
          data-touchpoint-id=${id}
          aria-label=${ctx.dipped(id) ? `${row.name}, ${m.trendLane.liveDip}` : row.name}
          aria-haspopup="dialog"
          @click=${() => ctx.on.open(id)}
        ></button>
        <span class="head" aria-hidden="true">
          <span class="tp-label">${row.touchpoint.label}</span>
          ${mot ? html`<span class="mot-badge" part="moment-of-truth">${icon('momentOfTruth', 'icon-mot')}${m.npsOverlay.momentShort}</span>` : nothing}
        </span>
      ${
        ctx.dipped(id)
          ? html`<span class="tp-dip" part="dip" aria-hidden="true"
              ><span class="tp-dip-glyph">▼</span> ${m.trendLane.liveDip}</span
            >`
          : nothing
      }
        <span class="score-line" aria-hidden="true">
          <span class="badge-name">${m.nps.name}</span>
          <span class="score" part="score">${hasScore ? localizer.signed(row.score!) : m.npsOverlay.noData()}</span>
          ${trendTemplate(row, localizer)}
        </span>
        ${hasScore ? barsTemplate(ctx, row) : nothing}
        <span class="meta" aria-hidden="true">
          ${hasScore ? html`<span class="n">${m.npsOverlay.sampleSize(localizer.number(current!.responses))}</span>` : nothing}
          ${intervalTemplate(row, localizer)}
          ${current?.smallSample ? html`<span class="flag small">${icon('warning', 'icon-warning')}${m.npsOverlay.smallSample}</span>` : nothing}
          ${targetStateTemplate(row, localizer)}
        </span>
      </div>
      ${hatchTemplate(ctx)}
    </div>`;
}
