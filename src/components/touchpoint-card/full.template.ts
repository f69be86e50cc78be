/** The full card: header, description, moment of truth, emotions, NPS and metrics, then the shared sections. */
import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NpsResult, TouchpointNps } from '../../analytics/nps.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { icon } from '../../shared/icons.js';
import { styleProperties } from '../../shared/style-properties.js';
import { ALL_PERSONAS, type CardView } from './view.js';
import { renderImprovementActions, renderProcesses } from './blueprint.template.js';
import {
  type CardContext,
  channelIcon,
  emotionWord,
  glyph,
  personaText,
  renderBadge,
  renderFindings,
  renderLinks,
  renderMomentNote,
  renderQuotes,
  scoreBar,
  sectionTitle,
} from './parts.template.js';

export function renderFull(c: CardContext, view: CardView, l: Localizer): TemplateResult {
  const tp = view.touchpoint;
  return html`<article part="card" class="card" aria-labelledby=${c.headingId} lang=${l.locale}>
    ${renderHeader(c, view, l)}
    ${tp.description ? html`<p part="description" class="description">${tp.description}</p>` : nothing}
    ${tp.momentOfTruth?.note ? renderMomentNote(tp.momentOfTruth, l) : nothing}
    ${renderEmotions(c, view, l)} ${renderNps(c, view.nps, l)} ${renderMetrics(c, view, l)}
    ${renderFindings(c, tp, l)} ${renderQuotes(c, view, l)} ${renderLinks(c, tp, l)}
    ${renderProcesses(c, view, l)} ${renderImprovementActions(c, view, l)} ${c.actions}
  </article>`;
}

function renderHeader(c: CardContext, view: CardView, l: Localizer): TemplateResult {
  const m = l.messages;
  const tp = view.touchpoint;
  return html`<header part="header" class="header">
    <div class="eyebrow">
      <span part="phase" class="phase"><span class="journey-visually-hidden">${m.phase}: </span>${view.phaseLabel}</span>
      ${tp.momentOfTruth ? renderBadge(tp.momentOfTruth, l) : nothing}
    </div>
    <div role="heading" aria-level=${c.level} part="heading" class="heading" id=${c.headingId}>${tp.label}</div>
    ${
      view.channel || tp.actor || view.duration
        ? html`<dl part="meta" class="meta">
          ${
            view.channel
              ? html`<div class="fact">
                <dt>${m.channel}</dt>
                <dd part="channel" class="channel">${channelIcon(view.channel.icon)}<span>${l.channelName(view.channel.id, view.journey)}</span></dd>
              </div>`
              : nothing
          }
          ${
            tp.actor
              ? html`<div class="fact">
                <dt>${m.actor}</dt>
                <dd>${icon('actor', 'fact-icon')}<span>${tp.actor}</span></dd>
              </div>`
              : nothing
          }
          ${
            view.duration
              ? html`<div class="fact">
                <dt>${m.duration}</dt>
                <dd>${icon('clock', 'fact-icon')}<span>${l.duration(view.duration)}</span></dd>
              </div>`
              : nothing
          }
        </dl>`
        : nothing
    }
  </header>`;
}

function renderEmotions(c: CardContext, view: CardView, l: Localizer): TemplateResult | typeof nothing {
  const m = l.messages;
  if (view.emotions.length === 0 && c.persona === ALL_PERSONAS) return nothing;
  return html`<section part="section emotions" class="section">
    ${sectionTitle(c, m.emotion)}
    ${
      view.emotions.length === 0
        ? html`<p class="empty">${m.touchpointCard.noEmotion}</p>`
        : html`<ul class="emotions" role="list">
          ${repeat(
            view.emotions,
            (e) => e.key,
            (e) => html`<li part="emotion" class="emotion emotion--${e.tone}">
              <span class="persona"
                ><span class="swatch" style=${styleProperties({ '--tpc-persona': e.colour })}></span
                ><span class="persona-name">${personaText(e.personaName, l)}</span></span
              >
              <span class="feeling">${glyph(e)}<span class="word">${emotionWord(e, l)}</span></span>
              <span class="score">${l.signed(e.score)}</span>
              ${scoreBar(e.score)}
            </li>`,
          )}
        </ul>`
    }
  </section>`;
}

function renderNps(c: CardContext, nps: TouchpointNps | null, l: Localizer): TemplateResult | typeof nothing {
  if (!nps || !nps.current) return nothing;
  const m = l.messages;
  const current = nps.current;
  return html`<section part="section nps" class="section">
    <div class="section-head">
      ${sectionTitle(c, m.nps.name)}
      ${current.period ? html`<span class="period">${current.period}</span>` : nothing}
    </div>
    <div class="nps">
      ${
        current.score === null
          ? html`<span part="nps-score" class="nps-score nps-score--none">${m.noData}</span>`
          : html`<span part="nps-score" class="nps-score"><abbr class="journey-visually-hidden" title=${m.nps.longName}>${m.nps.name}</abbr> ${l.signed(current.score)}</span>`
      }
      <ul class="nps-facts" role="list">
        ${current.responses > 0 ? renderSample(current, l) : nothing}
        ${
          nps.trend && nps.trend.delta !== null && nps.trend.direction !== null
            ? html`<li class="nps-fact trend trend--${nps.trend.direction}">
              ${icon(nps.trend.direction, 'fact-icon')}<span
                >${m.nps.change(nps.trend.direction, l.signed(nps.trend.delta), nps.trend.from.period ?? m.touchpointCard.previousMeasurement)}</span
              >
            </li>`
            : nothing
        }
        ${
          current.target !== undefined
            ? html`<li class="nps-fact target ${current.onTarget === false ? 'target--missed' : current.onTarget ? 'target--met' : ''}">
              ${current.onTarget === null ? nothing : icon(current.onTarget ? 'check' : 'cross', 'fact-icon')}<span
                >${m.nps.target(l.signed(current.target))}${
                  current.onTarget === null
                    ? nothing
                    : html` · <strong>${current.onTarget ? m.nps.targetMet : m.nps.targetMissed}</strong>`
                }</span
              >
            </li>`
            : nothing
        }
      </ul>
    </div>
    ${current.shares ? renderShares(current.shares, l) : nothing}
  </section>`;
}

function renderSample(current: NpsResult, l: Localizer): TemplateResult {
  const m = l.messages;
  return current.smallSample
    ? html`<li class="nps-fact small-sample">${icon('sample', 'fact-icon')}<span>${m.smallSample(current.responses)}</span></li>`
    : html`<li class="nps-fact sample"><span>${m.touchpointCard.sampleSize(l.number(current.responses))}</span></li>`;
}

function renderShares(shares: NonNullable<NpsResult['shares']>, l: Localizer): TemplateResult {
  const m = l.messages;
  const groups = [
    ['promoters', shares.promoters, m.nps.promoters],
    ['passives', shares.passives, m.nps.passives],
    ['detractors', shares.detractors, m.nps.detractors],
  ] as const;
  // Boxes, not SVG: the detractors' hatching keeps its angle at any width, and the bar runs in
  // the reading direction by itself.
  return html`<div class="shares">
    <div class="shares-bar" aria-hidden="true">
      ${groups.map(([group, share]) =>
        share > 0
          ? html`<span class="share share--${group}" style=${styleProperties({ width: `${share * 100}%` })}></span>`
          : nothing,
      )}
    </div>
    <ul class="shares-legend" role="list">
      ${groups.map(
        ([group, share, name]) =>
          html`<li class="legend legend--${group}"><span class="key"></span>${m.touchpointCard.npsShare(l.percent(share), name)}</li>`,
      )}
    </ul>
  </div>`;
}

function renderMetrics(c: CardContext, view: CardView, l: Localizer): TemplateResult | typeof nothing {
  if (view.metrics.length === 0) return nothing;
  const m = l.messages;
  return html`<section part="section metrics" class="section">
    ${sectionTitle(c, m.touchpointCard.metrics)}
    <ul class="metrics" role="list">
      ${repeat(
        view.metrics,
        (v) => v.metric.id,
        (v) => {
          const metric = v.metric;
          const details = [
            ...(metric.target !== undefined ? [m.touchpointCard.metricNorm(l.metric(metric.target, metric.unit))] : []),
            ...(metric.target !== undefined || metric.better !== undefined
              ? [(metric.better ?? 'higher') === 'lower' ? m.metric.lowerIsBetter : m.metric.higherIsBetter]
              : []),
            ...(metric.period ? [metric.period] : []),
            ...(v.sourceLabel ? [v.sourceLabel] : []),
          ];
          return html`<li part="metric" class="metric ${v.offNorm ? 'metric--off' : ''}">
            <span class="metric-label">${metric.label}</span>
            <span class="metric-value">${l.metric(metric.value, metric.unit)}</span>
            ${details.length > 0 ? html`<span class="metric-details">${details.join(' · ')}</span>` : nothing}
            ${
              v.offNorm === null
                ? nothing
                : html`<span part="norm-status" class="norm ${v.offNorm ? 'norm--off' : 'norm--on'}"
                  >${icon(v.offNorm ? 'warning' : 'check', 'norm-icon')}<span>${v.offNorm ? m.metric.offNorm : m.metric.onNorm}</span></span
                >`
            }
          </li>`;
        },
      )}
    </ul>
  </section>`;
}
