/** The touchpoint detail panel: a modal dialog at the inline end with the touchpoint's card. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Journey } from '../../model/types.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { MapColumn, MapModel } from './derive.js';

/** What the panel renders from. */
export interface DetailOptions {
  model: MapModel;
  localizer: Localizer;
  /** The column shown, or null while closed. */
  column: number | null;
  /** The persona passed to the card (`all` or one of the journey's). */
  persona: string;
  titleId: string;
  onClose: () => void;
  onCloseClick: () => void;
}

/**
 * The journey handed to the detail card: the journey itself when it is small; for a long one just
 * this touchpoint with the journey's phases, personas, channels and sources, so the card does not
 * validate thousands of touchpoints again to show one.
 */
export function detailJourney(journey: Journey, column: MapColumn): Journey {
  if (journey.touchpoints.length <= 500) return journey;
  const { transitions: _transitions, ...rest } = journey;
  return { ...rest, touchpoints: [column.touchpoint] } as Journey;
}

/** The dialog; always rendered, opened with `showModal()` by the element. */
export function renderDetail(o: DetailOptions): TemplateResult {
  const { model } = o;
  const column = o.column === null ? undefined : model.columns[o.column];
  const owner: Journey | null = column ? (column.journeyIndex === null ? model.base : model.journey) : null;
  const m = o.localizer.messages;
  return html`<dialog
    part="detail"
    class="detail"
    aria-labelledby=${o.titleId}
    closedby="any"
    lang=${o.localizer.locale}
    @close=${o.onClose}
  >
    <div class="detail-head">
      <h2 id=${o.titleId} class="detail-title">${m.map.detailTitle}</h2>
      <button type="button" class="close" autofocus @click=${o.onCloseClick}>${m.close}</button>
    </div>
    ${
      column && owner
        ? html`<p class="detail-context">
            ${m.touchpoint} ${m.position(column.index + 1, model.columns.length)}
            ${
              column.comparison && column.comparison.status !== 'unchanged'
                ? html`<span class="badge badge--${column.comparison.status}">${m.map.badges[column.comparison.status]}</span>`
                : nothing
            }
          </p>
          <touchpoint-card
            .journey=${detailJourney(owner, column)}
            touchpoint=${column.id}
            persona=${o.persona}
            heading-level="3"
            lang=${o.localizer.locale}
          ></touchpoint-card>`
        : nothing
    }
  </dialog>`;
}
