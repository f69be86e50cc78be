/**
 * The map's generated summary (describe.ts) for the current model and locale. A long journey's
 * summary reads every touchpoint, so it is written in a task of its own after the map is drawn,
 * with a short version (title and counts) until then. A summary cancelled by a disconnect is
 * written again on reconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { MapModel } from './derive.js';
import { journeySummary } from './describe.js';

/** From this many touchpoints on, the summary is written in a task of its own. */
export const DEFERRED_SUMMARY_FROM = 1000;

/** Keeps the summary of the host's model, written once per model and locale. */
export class SummaryController implements ReactiveController {
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #for: { model?: MapModel; locale?: string } = {};
  /** A deferred summary was cancelled by a disconnect: the next connect asks for an update. */
  #cancelled = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The summary as written so far. */
  get text(): string {
    return this.#text;
  }

  /** Writes the summary of `model` in `localizer`'s language, unless it is written already. */
  update(model: MapModel, localizer: Localizer): void {
    if (this.#for.model === model && this.#for.locale === localizer.locale) return;
    this.#for = { model, locale: localizer.locale };
    clearTimeout(this.#timer);
    if (model.columns.length <= DEFERRED_SUMMARY_FROM) {
      this.#text = journeySummary(model, localizer);
      return;
    }
    const j = model.journey;
    this.#text = localizer.messages.summary.journey(
      j.title,
      j.phases.length,
      j.touchpoints.length,
      model.personas.length,
    );
    this.#timer = setTimeout(() => {
      if (this.#for.model !== model) return;
      this.#text = journeySummary(model, localizer);
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    if (!this.#cancelled) return;
    this.#cancelled = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#cancelled = this.#for.model !== undefined;
    this.#for = {};
  }
}
