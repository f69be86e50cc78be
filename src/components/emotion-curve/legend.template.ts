import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ICONS, ICON_CENTRE } from '../../shared/icons.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { styleProperties } from '../../shared/style-properties.js';
import { RING_RADIUS } from '../../layout/emotion-labels.js';
import { curveName } from './describe.js';
import type { JourneyModel } from './model.js';

/** The legend: a key per shown curve with its remembered experience, then the marks drawn. */
export function curveLegend(
  model: JourneyModel,
  shown: readonly number[],
  localizer: Localizer,
  dipped = false,
): TemplateResult {
  const m = localizer.messages;
  const hasMoments = model.journey.touchpoints.some((t) => t.momentOfTruth);
  const hasDrops = shown.some((c) => model.curves[c]!.drop);
  const hasPeaks = shown.some((c) => model.curves[c]!.peakEnd);
  const compared = shown.filter((c) => model.curves[c]!.earlier);
  const t = m.trends;
  return html`<ul part="legend" class="legend">
    ${repeat(
      shown,
      (c) => c,
      (c) => {
        const curve = model.curves[c]!;
        const pe = curve.peakEnd;
        return html`<li class="legend-curve" data-curve=${c} data-remembered=${pe ? String(pe.remembered) : nothing}>
          <span class="legend-key">
            <svg class="swatch" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" style=${styleProperties({ '--curve-colour': curve.colour })}>
              <line x1="1" y1="6" x2="39" y2="6" class="swatch-line" stroke-dasharray=${curve.dash}></line>
              <circle cx="20" cy="6" r="3.5" class="dot"></circle>
            </svg>
            <span class="legend-name">${curveName(curve, localizer)}</span>
          </span>
          ${
            pe
              ? html`<span class="legend-remembered">${m.rememberedExperience} <strong>${localizer.signed(pe.remembered)}</strong></span>`
              : html`<span class="legend-remembered">${m.noData}</span>`
          }
        </li>`;
      },
    )}
    ${compared.map((c) => {
      const curve = model.curves[c]!;
      return html`<li class="legend-curve legend-curve--earlier" data-curve=${c}>
        <span class="legend-key">
          <svg class="swatch" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" style=${styleProperties({ '--curve-colour': curve.colour })}>
            <line x1="1" y1="6" x2="39" y2="6" class="swatch-line swatch-line--earlier" stroke-dasharray=${curve.earlier!.dash}></line>
          </svg>
          <span class="legend-name">${t.earlier(curveName(curve, localizer), curve.earlier!.period)}</span>
        </span>
      </li>`;
    })}
    ${
      compared.length > 0
        ? html`<li class="legend-mark"><span class="legend-glyph" aria-hidden="true">▲▼</span><span>${localizer.capitalise(t.significantMark)}</span></li>
            <li class="legend-mark"><span class="legend-glyph" aria-hidden="true">?</span><span>${localizer.capitalise(t.unknownMark)}</span></li>`
        : nothing
    }
    ${
      dipped
        ? html`<li class="legend-mark">
            <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><rect x="1" y="1" width="14" height="14" rx="3" class="dip-mark"></rect></svg>
            <span>${localizer.capitalise(t.freshDip)}</span>
          </li>`
        : nothing
    }
    ${
      hasPeaks
        ? html`<li class="legend-mark">
            <svg class="swatch" width="20" height="16" viewBox="-10 -8 20 16" aria-hidden="true"><circle r=${RING_RADIUS - 3} class="ring"></circle></svg>
            <span>${localizer.capitalise(m.peak)} / ${m.end}</span>
          </li>`
        : nothing
    }
    ${
      hasDrops
        ? html`<li class="legend-mark">
            <svg class="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true"><line x1="3" y1="4" x2="25" y2="12" class="drop-halo"></line></svg>
            <span>${localizer.capitalise(m.largestDrop)}</span>
          </li>`
        : nothing
    }
    ${
      hasMoments
        ? html`<li class="legend-mark">
            <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d=${ICONS.momentOfTruth} class="moment-flag"></path></svg>
            <span>${localizer.capitalise(m.momentOfTruth)}</span>
          </li>`
        : nothing
    }
  </ul>`;
}

/** The moment-of-truth flag centred on (x, y) in the plot. */
export const momentFlagAt = (x: number, y: number) => `translate(${x - ICON_CENTRE} ${y - ICON_CENTRE})`;
