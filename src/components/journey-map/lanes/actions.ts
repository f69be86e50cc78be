/**
 * The actions lane: the improvement actions at each touchpoint, each with its status chip (a
 * word and a shape, never colour alone), title, owner, due date and backlog link; in compare mode
 * each done action's expected change beside the measured one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ActionEffect } from '../../../analytics/action-effects.js';
import { linkProblem } from '../../../model/url.js';
import type { Action, Journey } from '../../../model/types.js';
import { actionDetails, actionText, effectText } from '../../../shared/blueprint-words.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import { statusChip } from '../../../shared/templates/blueprint-marks.js';
import { type LaneContext, cellName, gridCell } from './context.js';

/**
 * The backlog link, when the model's link allow-list accepts it (the model already refused any
 * other; checked again here because a lane template must never trust a field it did not parse).
 * In the map's grid the link is left out of the tab order (the grid is one tab stop); the detail
 * card, opened with Enter, holds the same link for the keyboard.
 */
export function actionLink(action: Action, l: Localizer, inGrid: boolean): TemplateResult | typeof nothing {
  if (action.href === undefined || linkProblem(action.href) !== null) return nothing;
  return html`<a class="action-link" href=${action.href} rel="noopener noreferrer" tabindex=${inGrid ? -1 : nothing}
    >${l.messages.blueprint.link}</a
  >`;
}

/** One action: chip, title, owner and due date, link. */
export function actionItem(action: Action, journey: Journey, l: Localizer, inGrid: boolean): TemplateResult {
  const details = actionDetails(action, journey, l);
  return html`<li class="action action--${action.status}">
    ${statusChip(action.status, l)}
    <span class="action-title">${action.title}</span>
    ${details.length > 0 ? html`<span class="action-meta">${details.join(' · ')}</span>` : nothing}
    ${actionLink(action, l, inGrid)}
  </li>`;
}

/** Compare mode: the done actions' effects at one touchpoint, one line each. */
export function effectList(effects: readonly ActionEffect[], journey: Journey, l: Localizer): TemplateResult {
  return html`<div class="effects">
    <span class="effects-title">${l.messages.blueprint.effectTitle}</span>
    <ul class="effect-list">
      ${effects.map((e) => html`<li class="effect">${effectText(e, journey, l)}</li>`)}
    </ul>
  </div>`;
}

/** The actions lane. */
export function actionLane(ctx: LaneContext): TemplateResult {
  const l = ctx.localizer;
  const { journey, blueprint } = ctx.model;
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column = ctx.model.columns[i]!;
      // A touchpoint only the base journey has is not the journey's: its actions are gone with it.
      const actions = column.journeyIndex === null ? [] : (blueprint.actionsAt.get(column.id) ?? []);
      const effects = column.journeyIndex === null ? [] : (blueprint.effectsAt.get(column.id) ?? []);
      const texts = [
        ...actions.map((a) => actionText(a, journey, l)),
        ...effects.map((e) => effectText(e, journey, l)),
      ];
      const content =
        actions.length + effects.length === 0
          ? nothing
          : html`${
              actions.length > 0
                ? html`<ul class="actions">
                  ${actions.map((a) => actionItem(a, journey, l, true))}
                </ul>`
                : nothing
            }
            ${effects.length > 0 ? effectList(effects, journey, l) : nothing}`;
      return gridCell(ctx, column, cellName(ctx, column, texts.length > 0 ? texts.join('; ') : null), content);
    },
  )}`;
}
