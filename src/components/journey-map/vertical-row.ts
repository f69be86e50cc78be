/**
 * A touchpoint's row in the vertical map: one cell with every lane as a titled field (channel and
 * hops, emotion per persona with a small score bar, NPS with its facts in words, metrics, notes,
 * moments of truth, quotes, flows, compare deltas), so nothing is lost when the map turns narrow.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProperties } from '../../shared/style-properties.js';
import { emotionAt } from '../../analytics/emotion.js';
import { touchpointNps } from '../../analytics/nps.js';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { personaColour } from '../../shared/theme.js';
import type { MapColumn, MapModel } from './derive.js';
import { columnNpsText, curveName, durationText, shownCurves } from './describe.js';
import { icon } from '../../shared/icons.js';
import { channelIcon } from './icons.js';
import { metricList } from './lanes/details.js';
import { flowWords } from './lanes/drawn.js';
import { compareBadge, compareDeltas, hopText } from './lanes/touchpoints.js';
import { blueprintFields } from './lanes/blueprint-rows.js';
import type { VerticalOptions } from './vertical.js';

/** A −5…+5 track with the score's dot, 100 px wide. */
function scoreBar(score: number, colour: string): TemplateResult {
  const x = 6 + ((score + 5) / 10) * 100;
  return html`<svg class="score-bar mirror-rtl" viewBox="0 0 112 12" aria-hidden="true">
    ${svg`<line class="score-track" x1="6" x2="106" y1="6" y2="6"></line>
      <line class="score-zero" x1="56" x2="56" y1="1" y2="11"></line>
      <circle cx=${x} cy="6" r="4.5" style=${styleProperties({ fill: colour })}></circle>`}
  </svg>`;
}

/**
 * What the NPS lane of the grid shows under a score, in words: sample size, change, norm met or
 * missed, small sample. Nothing is lost when a narrow element (or 400 % zoom) turns the map vertical.
 */
function npsFacts(column: MapColumn, persona: string, l: Localizer): string[] {
  if (column.touchpoint.nps === undefined || column.journeyIndex === null) return [];
  const { current, trend } = touchpointNps(column.touchpoint, { persona: persona === 'all' ? null : persona });
  if (!current || current.score === null) return [];
  const m = l.messages;
  const facts = [m.npsOverlay.sampleSize(l.number(current.responses))];
  if (trend?.direction && trend.delta !== null && trend.from.period)
    facts.push(m.nps.change(trend.direction, l.number(Math.abs(trend.delta)), trend.from.period));
  if (current.target !== undefined && current.onTarget !== null) {
    const target = l.signed(current.target);
    facts.push(current.onTarget ? m.npsOverlay.targetShort(target) : m.npsOverlay.belowTarget(target));
  }
  if (current.smallSample) facts.push(m.npsOverlay.smallSample);
  return facts;
}

function field(title: string, content: TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="field"><span class="field-title">${title}</span><div class="field-value">${content}</div></div>`;
}

function rowContent(o: VerticalOptions, column: MapColumn): TemplateResult {
  const { model, localizer: l } = o;
  const m = l.messages;
  const lanes = m.map.lanes;
  const tp = column.touchpoint;
  const owner = column.journeyIndex === null ? (model.base ?? model.journey) : model.journey;
  const curves = shownCurves(model, o.persona);
  const emotions =
    column.journeyIndex === null
      ? []
      : curves.flatMap((key) => {
          const point = emotionAt(tp, column.journeyIndex!, key);
          if (point.score === null) return [];
          const index = key === null ? 0 : model.personas.findIndex((p) => p.id === key);
          return [{ key, point, colour: personaColour(Math.max(0, index), model.personas[index]?.color) }];
        });
  const nps = columnNpsText(column, o.persona, l);
  const facts = npsFacts(column, o.persona, l);
  const meta = [tp.actor, durationText(tp, l)].filter((x): x is string => typeof x === 'string' && x !== '');
  const deltas = compareDeltas(o, column);
  const flows = flowWords(o, column);
  const hop = hopText(o, column);
  return html`<div class="v-head">
      <span class="tp-number" aria-hidden="true">${l.number(column.index + 1)}</span>
      <span class="tp-label">${tp.label}</span>
      <span class="journey-visually-hidden"
        >(${m.map.rowPosition(m.position(column.index + 1, model.columns.length), column.phaseLabel)})</span
      >
      ${compareBadge(column, l)}
    </div>
    ${meta.length > 0 ? html`<p class="tp-meta">${meta.join(' · ')}</p>` : nothing}
    ${deltas.length > 0 ? html`<ul class="deltas">${deltas.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    <div class="fields">
      ${
        column.channel
          ? field(
              lanes.channels,
              html`<span class="channel">${channelIcon(column.channel)}${l.channelName(column.channel.id, owner)}</span>${
                hop ? html`<span class="hop">${hop}</span>` : nothing
              }`,
            )
          : nothing
      }
      ${
        emotions.length > 0
          ? field(
              lanes.emotion,
              html`<ul class="v-emotions">
              ${emotions.map(({ key, point, colour }) => {
                const glyph = emotionGlyph(point.label, 56);
                return html`<li>
                  ${scoreBar(point.score!, colour)}
                  ${
                    glyph
                      ? html`<svg class="v-glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path class=${`glyph glyph--${glyph.style} tone--${glyph.tone}`} d=${glyph.path}></path></svg>`
                      : html`<span></span>`
                  }
                  <span class="v-emotion-text"
                    >${curves.length > 1 || key !== null ? `${curveName(model, key, l)}: ` : ''}${
                      point.label ? `${l.emotionWord(point.label)}, ` : ''
                    }${l.emotionScore(point.score!)}</span
                  >
                </li>`;
              })}
            </ul>`,
            )
          : nothing
      }
      ${
        nps !== null
          ? field(
              lanes.nps,
              html`<span class="v-nps">${nps}</span>${facts.length > 0 ? html` <span class="v-nps-facts">${facts.join(' · ')}</span>` : nothing}`,
            )
          : nothing
      }
      ${
        tp.momentOfTruth
          ? field(
              lanes['moments-of-truth'],
              html`<div class="moment moment--${tp.momentOfTruth.kind}">
              <span class="moment-kind">${icon('momentOfTruth', 'moment-icon')}${m.momentOfTruthKinds[tp.momentOfTruth.kind]}</span>${
                tp.momentOfTruth.note ? html` <span class="moment-note">${tp.momentOfTruth.note}</span>` : nothing
              }
            </div>`,
            )
          : nothing
      }
      ${tp.metrics?.length ? field(lanes.metrics, metricList(tp.metrics, l)) : nothing}
      ${
        tp.painPoints?.length
          ? field(
              lanes['pain-points'],
              html`<ul class="notes notes--pain">${tp.painPoints.map((p) => html`<li>${p}</li>`)}</ul>`,
            )
          : nothing
      }
      ${
        tp.opportunities?.length
          ? field(
              lanes.opportunities,
              html`<ul class="notes notes--opportunity">${tp.opportunities.map((p) => html`<li>${p}</li>`)}</ul>`,
            )
          : nothing
      }
      ${
        tp.quotes?.length
          ? field(
              lanes.quotes,
              html`${tp.quotes.map(
                (q) => html`<figure class="quote">
                <blockquote>${q.text}</blockquote>
                ${q.persona ? html`<figcaption>${curveName(model, q.persona, l)}</figcaption>` : nothing}
              </figure>`,
              )}`,
            )
          : nothing
      }
      ${flows ? field(lanes.flows, html`<span class="v-flows">${flows}</span>`) : nothing}
      ${blueprintFields(model, column, l, field)}
    </div>`;
}

/** A phase's description under its name, as the grid's phase header shows it. */
export function phaseDescription(model: MapModel, column: MapColumn): TemplateResult | typeof nothing {
  const description = model.phases.find((p) => p.id === column.phaseId)?.description;
  return description ? html`<span class="v-phase-description">${description}</span>` : nothing;
}

/** A touchpoint's row: one cell holding every lane. */
export function touchpointRow(
  o: VerticalOptions,
  c: MapColumn,
  tabbable: boolean,
  place: { rowIndex?: number; level?: number; position?: number; size?: number },
  phaseHeading: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<div
    role="row"
    class="v-row"
    aria-rowindex=${place.rowIndex ?? nothing}
    aria-level=${place.level ?? nothing}
    aria-posinset=${place.position ?? nothing}
    aria-setsize=${place.size ?? nothing}
  >
    <div
      role="gridcell"
      part="cell"
      class=${`v-cell${c.comparison?.status === 'removed' ? ' removed' : ''}`}
      tabindex=${tabbable ? 0 : -1}
      data-col=${c.index}
      data-lane="0"
    >
      ${phaseHeading} ${rowContent(o, c)}
    </div>
  </div>`;
}
