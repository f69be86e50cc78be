/**
 * Gives an element a `Localizer` for the language it should speak, and re-renders it when that
 * language changes. When the catalogue of that language is not loaded yet (behind the loader,
 * Dutch is a chunk of its own), the element's updates wait for it: its first render, and so what a
 * screen reader hears, is in Dutch, never English first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl } from './direction.js';
import { CATALOGUE_LANGUAGES, catalogueLanguage, catalogueLoaded, loadCatalogue } from './i18n/catalogues.js';
import { FALLBACK_LOCALE, Localizer, resolveLocale } from './i18n/localizer.js';

/** Lit's hook for when an update runs (ReactiveElement#scheduleUpdate): may return a promise to wait for. */
interface Scheduling {
  scheduleUpdate(): void | Promise<unknown>;
}

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
    if (!CATALOGUE_LANGUAGES.every(catalogueLoaded)) this.#waitForCatalogues(host as unknown as Scheduling);
  }

  /**
   * Makes each update of the host wait until the catalogue of the language it resolves to is
   * loaded (Lit awaits a promise returned by `scheduleUpdate`, and `updateComplete` includes it).
   * A catalogue that fails to load leaves the element in English, the built-in fallback.
   */
  #waitForCatalogues(host: Scheduling): void {
    const schedule = host.scheduleUpdate;
    if (typeof schedule !== 'function') return;
    host.scheduleUpdate = () => {
      const lang = catalogueLanguage(resolveLocale(this.#host, this.#journeyLocale()));
      if (catalogueLoaded(lang)) return schedule.call(host);
      const update = () => {
        this.#stale = true;
        return schedule.call(host);
      };
      return loadCatalogue(lang).then(update, update);
    };
  }

  /**
   * The Localizer for the element's current locale. While that locale's catalogue is still loading
   * (the host's update is waiting for it) this is the English one, and it is asked again after.
   */
  get localizer(): Localizer {
    const journeyLocale = this.#journeyLocale();
    if (this.#stale || this.#localizer === undefined || journeyLocale !== this.#journeyLocaleSeen) {
      const locale = resolveLocale(this.#host, journeyLocale);
      const lang = catalogueLanguage(locale);
      if (!catalogueLoaded(lang)) {
        // A Localizer made now would keep English messages for this locale (Localizer.for caches).
        void loadCatalogue(lang).then(
          () => this.#host.requestUpdate(),
          () => undefined,
        );
        this.#stale = true;
        return Localizer.for(FALLBACK_LOCALE);
      }
      this.#journeyLocaleSeen = journeyLocale;
      this.#stale = false;
      this.#localizer = Localizer.for(locale);
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
