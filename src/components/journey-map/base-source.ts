/**
 * The journey a map is compared with (`base` / `base-src`). It loads exactly like the map's own
 * journey (the shared JourneySourceController: validation, fetch rules, error shapes), but must
 * not pick up the map's inline `<script type="application/json">` child, and its `journey-load`
 * is not the map's. So the controller runs on a detached stand-in host with no children; its
 * updates are forwarded to the map, and its failures are fired again from the map as
 * `journey-error` (QUALITY.md 10: every failure fires one).
 */
import { isEmbedded } from '../../shared/embedding.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JourneyErrorEvent } from '../../events/journey-events.js';
import type { Journey } from '../../model/types.js';
import { type JourneyFailure, JourneySourceController, type JourneySourceStatus } from '../../shared/journey-source.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Loads and validates the base journey of compare mode. */
export class BaseJourneySource implements ReactiveController {
  readonly #source: JourneySourceController;

  /** Attaches the controller to the map. */
  constructor(host: Host) {
    const standIn = document.createElement('span') as unknown as Host;
    Object.assign(standIn, {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => host.requestUpdate(),
      updateComplete: Promise.resolve(true),
    });
    standIn.addEventListener(JourneyErrorEvent.eventType, (event) => {
      host.dispatchEvent(new JourneyErrorEvent((event as JourneyErrorEvent).detail, { composed: !isEmbedded(host) }));
    });
    this.#source = new JourneySourceController(standIn);
    host.addController(this);
  }

  /** `empty`, `loading`, `ready` or `error`. */
  get status(): JourneySourceStatus {
    return this.#source.status;
  }

  /** The validated base journey, when ready. */
  get journey(): Journey | undefined {
    return this.#source.status === 'ready' ? this.#source.journey : undefined;
  }

  /** The failure to show. */
  get error(): JourneyFailure | undefined {
    return this.#source.error;
  }

  /** Sets the base journey given as a property. */
  setJourney(value: unknown): void {
    this.#source.setJourney(value);
  }

  /** Sets the address to fetch the base journey from. */
  setSrc(url: string | null | undefined): void {
    this.#source.setSrc(url);
  }

  /** How long the `base-src` fetch may take, in seconds (see JourneySourceController). */
  setTimeoutSeconds(seconds: number | null | undefined): void {
    this.#source.setTimeoutSeconds(seconds);
  }

  /** Applies an input pending since (re)connect, e.g. restarts a `base-src` fetch; call it in `willUpdate`. */
  sync(): void {
    this.#source.sync();
  }

  hostConnected(): void {
    this.#source.hostConnected();
  }

  /** For a map that did not call `sync()` in `willUpdate`: applies the pending input now. */
  hostUpdate(): void {
    this.#source.sync();
  }

  hostDisconnected(): void {
    this.#source.hostDisconnected();
  }
}
