/**
 * The card's blueprint sections: the processes behind the touchpoint by layer (label, owner,
 * system, duration) and the improvement actions at it (status chip, title, owner, due date,
 * backlog link).
 */
import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { PROCESS_LAYERS } from '../../model/blueprint.js';
import { linkProblem } from '../../model/url.js';
import { actionDetails, ownerName, processDetails } from '../../shared/blueprint-words.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { icon } from '../../shared/icons.js';
import { statusChip } from '../../shared/templates/blueprint-marks.js';
import { type CardContext, sectionTitle } from './parts.template.js';
import type { CardView } from './view.js';

/** The processes section, one group per layer that has processes. */
export function renderProcesses(c: CardContext, view: CardView, l: Localizer): TemplateResult | typeof nothing {
  const processes = view.touchpoint.processes ?? [];
  if (processes.length === 0) return nothing;
  const b = l.messages.blueprint;
  const layers = PROCESS_LAYERS.filter((layer) => processes.some((p) => p.layer === layer));
  return html`<section part="section processes" class="section bp-section">
    ${sectionTitle(c, l.messages.map.lanes.processes)}
    ${layers.map(
      (layer) => html`<div class="bp-group bp-group--${layer}">
        <span class="bp-group-title">${b.layers[layer]}</span>
        <ul class="bp-list" role="list">
          ${repeat(
            processes.filter((p) => p.layer === layer),
            (p) => p.id,
            (process) => {
              const details = processDetails(
                { process, ownerName: ownerName(view.journey, process.owner), handoverFrom: null },
                l,
              );
              return html`<li class="bp-item">
                <span class="bp-item-title">${process.label}</span>
                ${details.length > 0 ? html`<span class="bp-item-meta">${details.join(' · ')}</span>` : nothing}
                ${process.note ? html`<span class="bp-item-note">${process.note}</span>` : nothing}
              </li>`;
            },
          )}
        </ul>
      </div>`,
    )}
  </section>`;
}

/** The improvement actions section: every action of the journey that lists this touchpoint. */
export function renderImprovementActions(
  c: CardContext,
  view: CardView,
  l: Localizer,
): TemplateResult | typeof nothing {
  const id = view.touchpoint.id;
  const actions = (view.journey.actions ?? []).filter((a) => a.touchpoints.includes(id));
  if (actions.length === 0) return nothing;
  return html`<section part="section improvement-actions" class="section bp-section">
    ${sectionTitle(c, l.messages.map.lanes.actions)}
    <ul class="bp-list" role="list">
      ${repeat(
        actions,
        (a) => a.id,
        (action) => {
          const details = actionDetails(action, view.journey, l);
          // href was checked by the model's link allow-list; checked again, never rewritten.
          const href = action.href !== undefined && linkProblem(action.href) === null ? action.href : null;
          return html`<li class=${`bp-item bp-action--${action.status}`}>
            ${statusChip(action.status, l)}
            <span class="bp-item-title">${action.title}</span>
            ${details.length > 0 ? html`<span class="bp-item-meta">${details.join(' · ')}</span>` : nothing}
            ${
              href
                ? html`<a class="bp-link" href=${href} rel="noopener noreferrer"
                  >${icon('link', 'link-icon')}<span>${l.messages.blueprint.link}</span></a
                >`
                : nothing
            }
          </li>`;
        },
      )}
    </ul>
  </section>`;
}
