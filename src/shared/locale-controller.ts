/**
 * Gives an element a `Localizer` for the language it should speak, and re-renders it when that
 * language changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl } from './direction.js';
import { Localizer, resolveLocale } from './i18n/localizer.js';

/** Options of {@link LocaleController}. */
export interface LocaleControllerOptions {
  /** Returns the `locale` of the journey the element shows, if any (the source controller knows it). */
  journeyLocale?: () => string | undefined;
}

/**
 * Resolves the element's locale (see `resolveLocale`: its `lang`, the journey's `locale`, the
 * closest `lang` around it, the page's, the browser's) and watches `lang` and `dir` attributes on
 * the host and in the document with one MutationObserver while connected, so the element speaks
 * the new language, and lays itself out in the new direction (scroll offsets, axis labels), at
 * once. A `lang` or `dir` set on an ancestor inside another shadow root is read on connect and on
 * every journey change, but not watched.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #journeyLocale: () => string | undefined;
  #observer: MutationObserver | undefined;
  #localizer: Localizer | undefined;
  #journeyLocaleSeen: string | undefined;
  #stale = true;
  #rtl: boolean | undefined;

  /** Attaches the controller to its host. */
  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleControllerOptions = {}) {
    this.#host = host;
    this.#journeyLocale = options.journeyLocale ?? (() => undefined);
    host.addController(this);
  }

  /** The Localizer for the element's current locale. */
  get localizer(): Localizer {
    const journeyLocale = this.#journeyLocale();
    if (this.#stale || this.#localizer === undefined || journeyLocale !== this.#journeyLocaleSeen) {
      this.#journeyLocaleSeen = journeyLocale;
      this.#stale = false;
      this.#localizer = Localizer.for(resolveLocale(this.#host, journeyLocale));
    }
    return this.#localizer;
  }

  /** The element's current locale, e.g. `nl-NL`. */
  get locale(): string {
    return this.localizer.locale;
  }

  /** Starts watching `lang` attributes. */
  hostConnected(): void {
    this.#stale = true;
    if (this.#observer) return;
    this.#observer = new MutationObserver(() => this.#langChanged());
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang', 'dir'] });
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
    this.#rtl = isRtl(this.#host);
  }

  /** Stops watching. */
  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #langChanged(): void {
    const before = this.#localizer;
    const rtl = isRtl(this.#host);
    this.#stale = true;
    if (this.localizer !== before || rtl !== this.#rtl) this.#host.requestUpdate();
    this.#rtl = rtl;
  }
}
