/**
 * `<journey-map view="overview">`: the journey "in its main lines" on one page, for a poster or a
 * management slide (issue 17). Per phase: its lowest and highest moment per shown persona, its
 * moments of truth, its worst NPS against the norm, its top pain points and its open improvement
 * actions. The facts are analytics/overview.ts; this module only writes them down.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { type OverviewMoment, type PhaseOverview, journeyOverview } from '../../../analytics/overview.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import { ICONS } from '../../../shared/icons.js';
import { Memo } from '../../../shared/memo.js';
import { styleProperties } from '../../../shared/style-properties.js';
import { phaseTint } from '../../../shared/theme.js';
import type { MapModel } from '../derive.js';
import { curveName, shownCurves } from '../describe.js';

/** Keeps the overview's facts while the journey stays the same. */
export class OverviewMemo {
  readonly #memo = new Memo<PhaseOverview[]>();
  get(model: MapModel): PhaseOverview[] {
    return this.#memo.get([model.journey], () => journeyOverview(model.journey));
  }
}

export interface OverviewViewOptions {
  model: MapModel;
  phases: PhaseOverview[];
  localizer: Localizer;
  persona: string;
}

function label(model: MapModel, index: number): string {
  return model.journey.touchpoints[index]?.label ?? '';
}

function moments(o: OverviewViewOptions, list: readonly OverviewMoment[]): TemplateResult {
  const shown = shownCurves(o.model, o.persona);
  const rows = list.filter((m) => shown.includes(m.persona));
  if (rows.length === 0) return html`<dd class="overview-none">${o.localizer.messages.views.none}</dd>`;
  return html`<dd>
    <ul class="overview-list">
      ${rows.map(
        (m) =>
          html`<li>
            ${shown.length > 1 ? html`<span class="overview-term">${curveName(o.model, m.persona, o.localizer)}:</span> ` : nothing}${label(o.model, m.index)}
            <span class="overview-score">${o.localizer.emotionScore(m.score)}</span>
          </li>`,
      )}
    </ul>
  </dd>`;
}

function phase(o: OverviewViewOptions, p: PhaseOverview, index: number): TemplateResult {
  const m = o.localizer.messages;
  const d = m.deck;
  const none = html`<dd class="overview-none">${m.views.none}</dd>`;
  const nps = p.worstNps;
  return html`<li class="overview-phase" style=${styleProperties({ '--phase-colour': phaseTint(index) })}>
    <h3 class="overview-phase-title">
      ${p.label} <span class="overview-count">${m.views.touchpointCount(p.touchpoints)}</span>
    </h3>
    <dl class="overview-facts">
      <dt>${d.lowest}</dt>
      ${moments(o, p.lowest)}
      <dt>${d.highest}</dt>
      ${moments(o, p.highest)}
      <dt>${d.momentsOfTruth}</dt>
      ${
        p.moments.length === 0
          ? none
          : html`<dd>
            <ul class="overview-list">
              ${p.moments.map(
                (mo) => html`<li class="overview-moment">
                  <svg class="overview-flag" viewBox="0 0 16 16" aria-hidden="true"><path d=${ICONS.momentOfTruth}></path></svg>
                  <span><span class="overview-term">${m.momentOfTruthKinds[mo.kind as keyof typeof m.momentOfTruthKinds] ?? mo.kind}:</span>
                  ${label(o.model, mo.index)}</span>
                </li>`,
              )}
            </ul>
          </dd>`
      }
      <dt>${d.worstNps}</dt>
      ${
        nps === null
          ? none
          : html`<dd>
            ${label(o.model, nps.index)}:
            <span class=${nps.gap !== null && nps.gap < 0 ? 'overview-score overview-below' : 'overview-score'}
              >${o.localizer.signed(nps.score, { maximumFractionDigits: 0 })}</span
            >
            (${nps.target === null ? m.views.noNorm : `${d.norm} ${o.localizer.signed(nps.target, { maximumFractionDigits: 0 })}`})
          </dd>`
      }
      <dt>${d.painPoints}</dt>
      ${
        p.painPoints.length === 0
          ? none
          : html`<dd>
            <ul class="overview-list">
              ${p.painPoints.map((pain) => html`<li>${pain.text}</li>`)}
            </ul>
          </dd>`
      }
      <dt>${d.openActions}</dt>
      ${
        p.openActions.length === 0
          ? none
          : html`<dd>
            <ul class="overview-list">
              ${p.openActions.map(
                (a) =>
                  html`<li>${a.title}${a.owner !== undefined ? html` <span class="overview-owner">(${a.owner})</span>` : nothing}</li>`,
              )}
            </ul>
          </dd>`
      }
    </dl>
  </li>`;
}

/** The overview view: one card per phase, in the journey's phase order. */
export function renderOverview(o: OverviewViewOptions): TemplateResult {
  return html`<section class="overview" part="overview" aria-label=${o.localizer.messages.views.overviewLabel(o.model.journey.title)}>
    <ol class="overview-phases">
      ${o.phases.map((p) =>
        phase(
          o,
          p,
          o.model.phases.findIndex((x) => x.id === p.phaseId),
        ),
      )}
    </ol>
  </section>`;
}
