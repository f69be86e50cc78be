/**
 * What a screen reader hears about an element's journey while it loads, updates or fails: one
 * persistent, visually hidden polite live region per element, written by a ReactiveController.
 *
 * Why one persistent region: a live region inserted together with its text is announced
 * unreliably, so the region is put into the shadow root on connect, empty, before the element's
 * first render, and is never re-created (Lit renders after it and never touches it). Only its
 * text changes, and only when the journey's state changes; the same text is never written twice
 * in a row, so re-renders say nothing.
 *
 * What it says, and when (decided for a screen-reader user):
 *
 * - **loading**: only when loading lasts longer than {@link LOADING_ANNOUNCE_DELAY_MS}. A fast load
 *   would otherwise queue "Loading…" right before "loaded"; a slow one must not leave the user in
 *   silence. (The visible loading text still shows at once.)
 * - **loaded**: "Journey “X” loaded: 12 touchpoints in 4 phases" when a journey appears after the
 *   element's first update (after loading, after an error, or replacing another journey). A journey
 *   that is there at the first update (a property or inline JSON) is part of the page the user
 *   arrives at and is not announced: four elements would otherwise queue four messages at load.
 * - **updated**: "Journey “X” updated at 10:15" when a `src` journey shown is replaced by a refresh
 *   that changed the data; a 304 (or an identical body) keeps the same journey and says nothing.
 * - **stale**: "Could not refresh; showing data from 10:10" when a refresh fails with a journey on
 *   screen (once: a server that stays down does not repeat it).
 * - **error**: the element's `role="alert"` error panel speaks it (assertive, and an alert is
 *   announced on insertion, unlike a status). The polite region is emptied instead of repeating it,
 *   so the user hears the failure once, and a "Loading…" still in the region is not read after it.
 *
 * An element inside another klantreis element's shadow root (the card in the map's detail dialog,
 * the map's embedded lanes) stays silent: its host speaks for the journey.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Journey } from '../model/types.js';
import { isEmbedded, registerHost } from './embedding.js';
import type { Localizer } from './i18n/localizer.js';
import type { JourneySourceStatus } from './journey-source.js';

/** Loading is announced only when it lasts longer than this, in milliseconds. */
export const LOADING_ANNOUNCE_DELAY_MS = 1000;

/** The class of the live region, besides `journey-visually-hidden`. */
export const ANNOUNCER_CLASS = 'journey-announcer';

/** What the announcer reads of a source (a `JourneySourceController`). */
export interface AnnouncedSource {
  readonly status: JourneySourceStatus;
  readonly journey: Journey | undefined;
  readonly origin: string | undefined;
  readonly lastLoaded: Date | undefined;
  readonly lastChecked: Date | undefined;
  readonly staleSince: Date | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

interface Seen {
  status: JourneySourceStatus;
  journey: Journey | undefined;
  staleSince: Date | undefined;
}

/** Keeps an element's live region and writes the state of its journey source into it. */
export class SourceAnnouncer implements ReactiveController {
  readonly #host: Host;
  readonly #source: AnnouncedSource;
  readonly #locale: { readonly localizer: Localizer };
  #region: HTMLElement | undefined;
  #seen: Seen | undefined;
  #loadingTimer: ReturnType<typeof setTimeout> | undefined;
  #embedded = false;
  /** A journey an edit made, and what to say when it shows (instead of "loaded"). */
  #said: { journey: Journey; text: string | null } | undefined;

  /** Attaches the announcer to its host; add it after the source and locale controllers. */
  constructor(host: Host, source: AnnouncedSource, locale: { readonly localizer: Localizer }) {
    this.#host = host;
    this.#source = source;
    this.#locale = locale;
    host.addController(this);
  }

  /** The live region (undefined before the first connect). */
  get region(): HTMLElement | undefined {
    return this.#region;
  }

  /**
   * Says `text` (an edit's label) once. With `journey`, the journey the element shows next: it is
   * said when that journey shows, in place of "loaded" (`null`: nothing is said for it, as for
   * the steps of a drag, which the slider's value already tells).
   */
  say(text: string | null, journey?: Journey): void {
    if (journey && this.#seen?.journey !== journey) this.#said = { journey, text };
    else if (text !== null) this.#write(text);
  }

  hostConnected(): void {
    registerHost(this.#host);
    this.#embedded = isEmbedded(this.#host);
    if (!this.#region) {
      const region = this.#host.ownerDocument.createElement('div');
      region.className = `journey-visually-hidden ${ANNOUNCER_CLASS}`;
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.setAttribute('aria-atomic', 'true');
      this.#region = region;
    }
    // First in the shadow root: Lit renders after it and leaves it alone.
    if (this.#region.parentNode !== this.#host.renderRoot) this.#host.renderRoot.prepend(this.#region);
    if (this.#seen?.status === 'loading') this.#startLoadingTimer();
  }

  hostDisconnected(): void {
    this.#stopLoadingTimer();
  }

  hostUpdated(): void {
    const source = this.#source;
    const now: Seen = { status: source.status, journey: source.journey, staleSince: source.staleSince };
    const before = this.#seen;
    this.#seen = now;
    if (now.status === 'loading') {
      if (before?.status !== 'loading') this.#startLoadingTimer();
    } else {
      this.#stopLoadingTimer();
    }
    // The first update is the page as the user arrives at it: nothing to announce.
    if (!before) return;
    if (before.status === now.status && before.journey === now.journey && before.staleSince === now.staleSince) return;
    if (now.status === 'error' || now.status === 'empty') {
      this.#write('');
      return;
    }
    const journey = now.journey;
    if (now.status !== 'ready' || !journey) return;
    const l = this.#locale.localizer;
    if (this.#said?.journey === journey) {
      if (this.#said.text !== null) this.#write(this.#said.text);
      this.#said = undefined;
    } else if (before.status !== 'ready' || before.journey !== journey) {
      const refreshed = before.status === 'ready' && before.journey !== undefined && source.origin === 'src';
      this.#write(
        refreshed && source.lastLoaded
          ? l.messages.announce.updated(journey.title, l.time(source.lastLoaded))
          : l.messages.announce.loaded(journey.title, journey.touchpoints.length, journey.phases.length),
      );
    } else if (now.staleSince && !before.staleSince) {
      const shownSince = source.lastChecked ?? source.lastLoaded ?? now.staleSince;
      this.#write(l.messages.announce.stale(l.time(shownSince)));
    }
  }

  /**
   * Says `text` in the live region now (what a controller such as the dip watch has to tell), in
   * place of what this update would have said; silent when embedded, as everything here.
   */
  announce(text: string): void {
    this.#write(text);
  }

  #write(text: string): void {
    const region = this.#region;
    if (!region || this.#embedded || region.textContent === text) return;
    region.lang = this.#locale.localizer.locale;
    region.textContent = text;
  }

  #startLoadingTimer(): void {
    this.#stopLoadingTimer();
    if (!this.#host.isConnected) return;
    this.#loadingTimer = setTimeout(() => {
      this.#loadingTimer = undefined;
      if (this.#source.status === 'loading') this.#write(this.#locale.localizer.messages.loading);
    }, LOADING_ANNOUNCE_DELAY_MS);
  }

  #stopLoadingTimer(): void {
    clearTimeout(this.#loadingTimer);
    this.#loadingTimer = undefined;
  }
}
