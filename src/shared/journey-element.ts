import { LitElement, type PropertyValues, type TemplateResult, html } from 'lit';
import { property } from 'lit/decorators.js';
import { SourceAnnouncer } from './announcer.js';
import { DipWatch } from './controllers/dip-watch.js';
import { renderSourceState } from './error-panel.js';
import { JourneySourceController } from './journey-source.js';
import { LocaleController } from './locale-controller.js';

/**
 * The thin base of every klantreis element, one level deep as Web Awesome's: the inputs that say
 * where the journey comes from (`journey`, `src`, `timeout`, `refresh`), the source, locale and
 * announcer controllers, and a render guard. An exception while deriving (`derive`) or rendering
 * (`renderJourney`) never leaves a blank box or an uncaught error: the element shows the `RENDER`
 * error panel and fires one `journey-error`, and draws again on the next valid input.
 *
 * An absent input is `undefined` (one rule for every element); `timeout` and `refresh` are
 * numbers or `null`, as a number attribute that is removed becomes.
 *
 * @fires journey-dip - A live refresh of `src` brought new significant dips (`JourneyDipEvent`, `detail.dips`); never on a first load.
 */
export abstract class JourneyElement extends LitElement {
  /** The journey to show: an object or JSON text, validated on every assignment. */
  @property({ attribute: false }) accessor journey: unknown = undefined;

  /** Address of a journey JSON document to fetch (http: or https:); the `journey` property wins over it. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /**
   * How long fetching `src` may take, body included, in seconds (15 unless given; at most 600).
   * A slower answer shows the error panel and fires `journey-error` with code FETCH.
   */
  @property({ type: Number }) accessor timeout: number | null = null;

  /** Re-fetch `src` every this many seconds (live data, with `If-None-Match`); off unless given. */
  @property({ type: Number }) accessor refresh: number | null = null;

  /** Where the journey comes from and what state it is in (journey-source.ts). */
  protected readonly source = new JourneySourceController(this);
  /** The language of the built-in texts: `lang`, else the journey's `locale`, else the page's. */
  protected readonly locale = new LocaleController(this, { journeyLocale: () => this.journeyLocale() });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  protected readonly announcer = new SourceAnnouncer(this, this.source, this.locale);
  /**
   * New dips a live refresh of `src` brought (controllers/dip-watch.ts): fires `journey-dip`, says
   * them once, and holds them in `dipWatch.dips` for the element to mark.
   */
  protected readonly dipWatch = new DipWatch(this, this.source, {
    src: () => this.src,
    announce: (text) => this.announcer.announce(text),
    localizer: () => this.locale.localizer,
  });

  /** The locale the journey asks for; an element showing another journey than the source's overrides it. */
  protected journeyLocale(): string | undefined {
    return this.source.journey?.locale;
  }

  /** Derives what is drawn from the inputs, each step only when its inputs changed. May throw. */
  protected abstract derive(changed: PropertyValues<this>): void;

  /** The element's own template once the source state allows it. May throw. */
  protected abstract renderJourney(): TemplateResult;

  /** Drops everything derived, after a failure: the next valid input derives afresh. */
  protected abstract clear(): void;

  /**
   * Hands the inputs to the source controller and applies them at once (`sync()`), so an inline
   * or connect-time journey is drawn in this very update; then derives.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) this.source.setJourney(this.journey);
    if (changed.has('timeout')) this.source.setTimeoutSeconds(this.timeout);
    if (changed.has('refresh')) this.source.setRefresh(this.refresh);
    if (changed.has('src')) this.source.setSrc(this.src);
    this.source.sync();
    try {
      this.dipWatch.observe();
      this.derive(changed);
    } catch (cause) {
      this.#fail(cause);
    }
  }

  protected override render(): TemplateResult {
    try {
      return this.renderJourney();
    } catch (cause) {
      this.#fail(cause);
      return this.renderFailure();
    }
  }

  /** The source state alone (loading, empty, the error panel), in the element's language. */
  protected renderFailure(): TemplateResult {
    const localizer = this.locale.localizer;
    return html`<div class="state" lang=${localizer.locale}>${this.renderSourceState()}</div>`;
  }

  /** The source's state to show beside a drawn journey (the stale note of a live `src`), or its panel. */
  protected renderSourceState(): ReturnType<typeof renderSourceState> {
    return renderSourceState(this.source, this.locale.localizer);
  }

  #fail(cause: unknown): void {
    this.clear();
    // Never a blank box or an uncaught exception: the error panel shows a RENDER failure.
    if (this.source.status !== 'error') this.source.reportRenderError(cause);
  }
}
