import { html, nothing } from 'lit';
import { ICONS } from '../../shared/icons.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { styleProperties } from '../../shared/style-properties.js';
import { curveName, earlierWords, marksOf } from './describe.js';
import type { Geometry, JourneyModel, PointRef } from './model.js';

/** The tooltip of a point: touchpoint, phase, position and channel, every shown curve's emotion, the moment of truth. */
export function curveTooltip(
  model: JourneyModel,
  geometry: Geometry,
  target: PointRef,
  place: { left: number; top: number; width: number; above: boolean },
  shown: readonly number[],
  localizer: Localizer,
) {
  const m = localizer.messages;
  const touchpoint = model.journey.touchpoints[target.index]!;
  const band = geometry.layout.bands[geometry.bandOf[target.index]!];
  const meta = [
    band?.label ?? touchpoint.phase,
    m.position(target.index + 1, model.journey.touchpoints.length),
    ...(touchpoint.channel === undefined ? [] : [localizer.channelName(touchpoint.channel, model.journey)]),
  ].join(' · ');
  const mot = touchpoint.momentOfTruth;
  return html`<div
    part="tooltip"
    class="tooltip${place.above ? ' tooltip--above' : ''}"
    aria-hidden="true"
    style=${styleProperties({ 'inset-inline-start': `${place.left}px`, top: `${place.top}px`, width: `${place.width}px` })}
  >
    <p class="tooltip-title">${touchpoint.label}</p>
    <p class="tooltip-meta">${meta}</p>
    <ul class="tooltip-curves">
      ${shown.map((c) => {
        const curve = model.curves[c]!;
        const p = curve.series[target.index]!;
        const marks = marksOf(curve, target.index, localizer);
        const earlier = curve.earlier;
        const compared = earlier
          ? earlierWords(
              earlier.series[target.index]!.score,
              earlier.changes[target.index] ?? null,
              earlier.period,
              localizer,
            )
          : [];
        return html`<li class=${c === target.curve ? 'is-target' : ''} style=${styleProperties({ '--curve-colour': curve.colour })}>
          <span class="tooltip-swatch" aria-hidden="true"></span>
          <span>
            <span class="tooltip-who">${curveName(curve, localizer)}:</span>
            ${
              p.score === null
                ? m.noData
                : html`${p.label !== undefined ? `${localizer.emotionWord(p.label)}, ` : ''}<strong>${localizer.signed(p.score)}</strong>
                    (${localizer.polarity(p.score)})`
            }
            ${compared.length > 0 ? html`<span class="tooltip-marks">${compared.join(' · ')}</span>` : nothing}
            ${marks.length > 0 ? html`<span class="tooltip-marks">— ${marks.join(', ')}</span>` : nothing}
            ${p.note ? html`<span class="tooltip-note">${p.note}</span>` : nothing}
          </span>
        </li>`;
      })}
    </ul>
    ${
      mot
        ? html`<p class="tooltip-moment">
            <svg width="12" height="14" viewBox="0 0 16 16" aria-hidden="true"><path d=${ICONS.momentOfTruth} class="moment-flag"></path></svg>
            <span>${localizer.capitalise(m.momentOfTruthKinds[mot.kind])}${mot.note ? ` — ${mot.note}` : ''}</span>
          </p>`
        : nothing
    }
  </div>`;
}
