/**
 * The drill-down of one touchpoint: which one is open, its histogram (worked out once per
 * measurement), the `journey-touchpoint-select` event, the modal dialog opened after the render
 * and closed when its touchpoint leaves the data, and focus back on the opener when it closes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NpsResult } from '../../analytics/nps.js';
import { JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { type Histogram, histogram } from '../../layout/nps.js';
import { HISTOGRAM } from './context.js';
import type { NpsRow, NpsRows } from './rows.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface DrillDownOptions {
  /** The persona the overlay shows (named in the select event), or null for all customers. */
  persona: () => string | null;
  /** The button that opened touchpoint `id` (null: it left the data), to focus again when the dialog closes. */
  opener: (id: string | null) => HTMLElement | null;
}

export class DrillDownController implements ReactiveController {
  /** The touchpoint whose drill-down dialog is open. */
  openId: string | null = null;

  readonly #host: Host;
  readonly #options: DrillDownOptions;
  #row: NpsRow | undefined;
  #histogram: { forRow: NpsResult; histogram: Histogram } | null = null;

  constructor(host: Host, options: DrillDownOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The open touchpoint and its histogram, for the dialog template. */
  get open(): { row: NpsRow; histogram: Histogram | null } | null {
    return this.#row ? { row: this.#row, histogram: this.#histogram?.histogram ?? null } : null;
  }

  /** After new rows: a touchpoint no longer measured closes; the histogram follows the measurement. */
  sync(data: NpsRows): void {
    if (this.openId !== null && !data.byId.get(this.openId)?.measured) this.openId = null;
    this.#row = data.measured.find((r) => r.touchpoint.id === this.openId);
    const current = this.#row?.current;
    if (!current?.distribution) this.#histogram = null;
    else if (this.#histogram?.forRow !== current)
      this.#histogram = { forRow: current, histogram: histogram(current.distribution, HISTOGRAM) };
  }

  /** Opens touchpoint `id`'s drill-down (a click or Enter), after telling the page. */
  async show(id: string): Promise<void> {
    this.openId = id;
    this.#host.requestUpdate();
    const persona = this.#options.persona();
    this.#host.dispatchEvent(
      new JourneyTouchpointSelectEvent(persona ? { touchpointId: id, persona } : { touchpointId: id }),
    );
    await this.#host.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open && this.openId === id) dialog.showModal();
  }

  hostUpdated(): void {
    // An open dialog whose touchpoint vanished from the data closes.
    const dialog = this.#dialog();
    if (dialog?.open && this.openId === null) dialog.close();
  }

  readonly onClose = (): void => {
    const id = this.openId;
    this.openId = null;
    this.#host.requestUpdate();
    this.#options.opener(id)?.focus();
  };

  /** A click on the backdrop (outside the dialog's box) closes it, as a click outside a popover would. */
  readonly onClick = (event: MouseEvent): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  };

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}
