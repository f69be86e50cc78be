/**
 * The drill-down of one touchpoint: which one is open, its histogram (worked out once per
 * measurement), the `journey-touchpoint-select` event, the modal dialog opened after the render
 * and closed when its touchpoint leaves the data, and focus back on the opener when it closes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NpsResult } from '../../analytics/nps.js';
import { type NpsChange, npsChange } from '../../analytics/significance.js';
import { type NpsPeriodPoint, npsPeriodSeries } from '../../analytics/trends.js';
import { type TrendGeometry, trendLayout } from '../../layout/trend.js';
import { JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { type Histogram, histogram } from '../../layout/nps.js';
import { HISTOGRAM, TREND } from './context.js';
import type { NpsRow, NpsRows } from './rows.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface DrillDownOptions {
  /** The persona the overlay shows (named in the select event), or null for all customers. */
  persona: () => string | null;
  /** The button that opened touchpoint `id` (null: it left the data), to focus again when the dialog closes. */
  opener: (id: string | null) => HTMLElement | null;
}

/** The open touchpoint's periods: each with its interval, the change from the one before, and the drawn trend. */
export interface PeriodTrend {
  periods: NpsPeriodPoint[];
  /** The change into each period from the one before (null for the first, or without answers). */
  changes: (NpsChange | null)[];
  geometry: TrendGeometry;
}

/** The trend of `periods` (oldest first): a dip is a significant fall from the period before. */
export function periodTrend(periods: NpsPeriodPoint[]): PeriodTrend {
  const changes = periods.map((p, i) => (i === 0 ? null : npsChange(periods[i - 1]!.result, p.result)));
  const geometry = trendLayout(
    periods.map((p, i) => ({
      score: p.score,
      low: p.interval?.low ?? null,
      high: p.interval?.high ?? null,
      dip: changes[i]?.significant === true && changes[i]!.delta < 0,
    })),
    TREND,
  );
  return { periods, changes, geometry };
}

export class DrillDownController implements ReactiveController {
  /** The touchpoint whose drill-down dialog is open. */
  openId: string | null = null;

  readonly #host: Host;
  readonly #options: DrillDownOptions;
  #row: NpsRow | undefined;
  #histogram: { forRow: NpsResult; histogram: Histogram } | null = null;
  #trend: { forRow: NpsRow; trend: PeriodTrend } | null = null;

  constructor(host: Host, options: DrillDownOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The open touchpoint and its histogram, for the dialog template. */
  get open(): { row: NpsRow; histogram: Histogram | null; trend: PeriodTrend | null } | null {
    if (!this.#row) return null;
    return { row: this.#row, histogram: this.#histogram?.histogram ?? null, trend: this.#trend?.trend ?? null };
  }

  /** After new rows: a touchpoint no longer measured closes; the histogram follows the measurement. */
  sync(data: NpsRows): void {
    if (this.openId !== null && !data.byId.get(this.openId)?.measured) this.openId = null;
    this.#row = data.measured.find((r) => r.touchpoint.id === this.openId);
    const current = this.#row?.current;
    if (!current?.distribution) this.#histogram = null;
    else if (this.#histogram?.forRow !== current)
      this.#histogram = { forRow: current, histogram: histogram(current.distribution, HISTOGRAM) };
    // The periods of the persona shown, with their intervals: worked out once per opened row.
    const row = this.#row;
    if (!row || row.nps.series.length < 2) this.#trend = null;
    else if (this.#trend?.forRow !== row)
      this.#trend = { forRow: row, trend: periodTrend(npsPeriodSeries(row.touchpoint, this.#options.persona())) };
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
