/** The overlay's figure: caption with the view toggle, summary, the chart (bands, track, legend) or the data table. */
import { type TemplateResult, html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../shared/style-properties.js';
import { viewToggle } from '../../shared/templates/view-toggle.js';
import { hatchTemplate, phaseStopTemplate, rowsTemplate } from './cell.template.js';
import type { OverlayContext } from './context.js';
import { personaName } from './describe.js';
import { tableTemplate } from './table.template.js';

export function figureTemplate(ctx: OverlayContext): TemplateResult {
  const { localizer, mode, ids } = ctx;
  const m = localizer.messages;
  const hosted = mode === 'hosted';
  const persona = personaName(ctx.journey, ctx.persona);
  const subtitle = [
    ...(persona ? [m.npsOverlay.forPersona(persona)] : []),
    ...(ctx.period ? [m.npsOverlay.periodShown(ctx.period)] : []),
  ].join(' · ');
  return html`<figure
      part="figure"
      class=${classMap({ figure: true, [mode]: true, columns: mode !== 'vertical' })}
      aria-labelledby=${ids.caption}
      aria-describedby=${ids.summary}
      lang=${localizer.locale}
    >
      <figcaption part="caption" class=${classMap({ caption: true, 'journey-visually-hidden': hosted })}>
        <span class="title" id=${ids.caption}
          >${m.elementNames.npsOverlay}${subtitle ? html` <span class="subtitle">${subtitle}</span>` : nothing}</span
        >
        ${
          hosted
            ? nothing
            : viewToggle({
                label: m.showDataTable,
                pressed: ctx.view === 'table',
                controls: ids.view,
                onToggle: ctx.on.toggleView,
              })
        }
      </figcaption>
      <p part="summary" class=${classMap({ summary: true, 'journey-visually-hidden': hosted })} id=${ids.summary}>
        <slot name="summary">${ctx.generatedSummary}</slot>
      </p>
      <div class="view" id=${ids.view}>${ctx.view === 'table' && !hosted ? tableTemplate(ctx) : chartTemplate(ctx)}</div>
      ${hatchTemplate(ctx)}
    </figure>`;
}

function chartTemplate(ctx: OverlayContext): TemplateResult {
  const { localizer, mode, columns } = ctx;
  const trackStyle = columns
    ? {
        '--nps-column-width': `${columns.width}px`,
        '--nps-start': `${columns.start}px`,
        width: `${columns.trackWidth}px`,
      }
    : {};
  const bands = ctx.bands;
  return html`<div
        class=${classMap({ 'track-wrap': true, 'track-wrap--rows': ctx.virtualRows })}
        @scroll=${ctx.windowed ? ctx.on.trackScroll : nothing}
      >
        ${
          bands.length > 0
            ? html`<div class="bands" aria-hidden="true" style=${styleProperties(trackStyle)}>
              ${repeat(
                bands,
                (b) => `${b.phaseId}:${b.firstIndex}`,
                (b) =>
                  html`<span class="band" style=${styleProperties({ 'grid-column': `${b.firstIndex + 1} / ${b.lastIndex + 2}` })}
                    ><span class="band-label">${b.label}</span></span
                  >`,
              )}
            </div>`
            : nothing
        }
        <div
          class="track"
          role="toolbar"
          aria-label=${localizer.messages.elementNames.npsOverlay}
          aria-orientation=${mode === 'vertical' ? 'vertical' : 'horizontal'}
          style=${styleProperties(trackStyle)}
          @keydown=${ctx.on.keydown}
        >
          ${mode !== 'vertical' ? phaseStopTemplate(ctx) : nothing}
          ${
            ctx.virtualRows
              ? repeat(
                  ctx.segments,
                  (segment) => (segment.kind === 'gap' ? segment.key : `chunk-${segment.index}`),
                  (segment) =>
                    segment.kind === 'gap'
                      ? html`<div class="gap" aria-hidden="true" style=${styleProperties({ height: `${segment.height}px` })}></div>`
                      : html`<div class="chunk" data-chunk=${segment.index}>${rowsTemplate(ctx, segment.rows)}</div>`,
                )
              : rowsTemplate(ctx, ctx.shown)
          }
        </div>
      </div>
      ${mode === 'hosted' ? nothing : legendTemplate(ctx)}`;
}

function legendTemplate(ctx: OverlayContext): TemplateResult {
  const m = ctx.localizer.messages.npsOverlay;
  const swatch = (group: string) =>
    html`<svg class="swatch" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
        <rect class="seg ${group}" width="14" height="12" fill=${group === 'detractors' ? `url(#${ctx.ids.hatch})` : nothing} />
      </svg>`;
  return html`<ul class="legend" aria-hidden="true">
      <li>${swatch('detractors')}${m.detractors} (0–6)</li>
      <li>${swatch('passives')}${m.passives} (7–8)</li>
      <li>${swatch('promoters')}${m.promoters} (9–10)</li>
      <li>
        <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path class="target-mark met" d="M7 3.5 v10 M3.5 2 h7 l-3.5 3.5 z" />
        </svg>
        ${m.target}
      </li>
      <li>
        <svg class="swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <line class="track-line" x1="0" x2="22" y1="6" y2="6" />
          <rect class="score-bar positive" x="11" y="3.5" width="7" height="5" />
          <circle class="score-dot" cx="18" cy="6" r="3.5" />
        </svg>
        NPS, ${m.scale}
      </li>
      <li>
        <svg class="swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <path class="whisker" d="M2 2.5 v7 M2 6 H20 M20 2.5 v7" />
        </svg>
        ${ctx.localizer.messages.npsStatistics.bandKey}
      </li>
    </ul>`;
}
