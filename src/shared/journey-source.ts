/**
 * Where an element's journey comes from, and its loading state. A journey arrives three ways, with
 * precedence property > src > inline:
 *
 * - the `journey` property (`setJourney`, called from the element's `willUpdate`),
 * - the `src` attribute (`setSrc`): fetched per QUALITY.md 12,
 * - an inline `<script type="application/json">` light-DOM child, read on connect and whenever it changes.
 *
 * Every input is copied and validated once with `parseJourney` (QUALITY.md 11). The element reads
 * the controller's state in `render()`; the controller fires `journey-load` and `journey-error`
 * on the host and requests an update on every state change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type JourneyErrorDetail,
  JourneyErrorEvent,
  JourneyLoadEvent,
  type JourneyOrigin,
} from '../events/journey-events.js';
import { isEmbedded } from './embedding.js';
import type { FailureCode, JourneyIssue } from '../model/issues.js';
import { LIMITS } from '../model/limits.js';
import {
  type ParseResult,
  isValidatedJourney,
  parseJourney,
  parseJourneyAsync,
  snapshotThenParseAsync,
} from '../model/parse.js';
import type { Journey } from '../model/types.js';

/** The loading state: nothing given, a `src` being fetched, a journey shown, or a failure shown. */
export type JourneySourceStatus = 'empty' | 'loading' | 'ready' | 'error';

/** A failure as the error panel shows it and the `journey-error` event carries it. */
export type JourneyFailure = JourneyErrorDetail;

/** Options of {@link JourneySourceController}. */
export interface JourneySourceOptions {
  /** How long a `src` fetch may take, body included, in milliseconds; 15 000 unless given. */
  timeoutMs?: number;
  /** The most bytes a `src` response body may have; `LIMITS.maxBytes` unless given. */
  maxBytes?: number;
  /** Re-fetch `src` every this many seconds (live refresh); off unless given. See `setRefresh`. */
  refreshSeconds?: number | null;
}

/** The default timeout of a `src` fetch, in milliseconds. */
export const DEFAULT_SRC_TIMEOUT_MS = 15_000;
/** The shortest live-refresh interval, in seconds: shorter requests are raised to it. */
export const MIN_REFRESH_SECONDS = 0.1;
/** Protocols a `src` may use; anything else is rejected with `SRC_REJECTED`. */
export const ALLOWED_SRC_PROTOCOLS = ['http:', 'https:'] as const;

type Outcome =
  { ok: true; journey: Journey; text: string; etag: string | null } | { ok: false; failure: JourneyFailure };

const MAX_SHOWN_SRC = 200;

function shown(src: string): string {
  return src.length > MAX_SHOWN_SRC ? `${src.slice(0, MAX_SHOWN_SRC)}…` : src;
}

function issue(code: JourneyIssue['code'], message: string): JourneyIssue {
  return { path: '', code, message };
}

function failure(code: FailureCode, issues: JourneyIssue[], message: string): JourneyFailure {
  return { code, issues, message };
}

function firstProblem(issues: readonly JourneyIssue[]): string {
  const first = issues[0];
  if (!first) return 'no details';
  const text = first.path === '' ? first.message : `${first.path}: ${first.message}`;
  return issues.length === 1 ? text : `${issues.length} problems, the first: ${text}`;
}

function invalidJourney(result: Extract<ParseResult, { ok: false }>, where: string): JourneyFailure {
  return failure(result.code, result.issues, `The journey from ${where} is not valid: ${firstProblem(result.issues)}.`);
}

function sameFailure(a: JourneyFailure | undefined, b: JourneyFailure): boolean {
  if (!a || a.code !== b.code || a.message !== b.message || a.issues.length !== b.issues.length) return false;
  return a.issues.every((x, i) => x.path === b.issues[i]?.path && x.message === b.issues[i]?.message);
}

/**
 * Resolves a `src` value against the document's base URL and checks it: only `http:` and `https:`
 * (relative addresses resolve against the page), no user name or password. Never throws.
 */
export function resolveJourneySrc(
  src: string,
  base: string = document.baseURI,
): { ok: true; url: URL } | { ok: false; failure: JourneyFailure } {
  const reject = (reason: string) =>
    ({
      ok: false,
      failure: failure(
        'SRC_REJECTED',
        [{ path: '', code: 'invalid_url', message: reason }],
        `The src "${shown(src)}" was not loaded: ${reason}.`,
      ),
    }) as const;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return reject('it is not a valid address');
  }
  if (!(ALLOWED_SRC_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    return reject(`only http: and https: addresses are loaded, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    return reject('the address may not contain a user name or password');
  }
  return { ok: true, url };
}

function mediaType(header: string | null): string | null {
  if (header === null) return null;
  const type = (header.split(';')[0] ?? '').trim().toLowerCase();
  return type === '' ? null : type;
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.endsWith('+json') && type.indexOf('/') > 0);
}

function wrongType(type: string | null): string {
  if (type === null) return 'the server sent no Content-Type; JSON (application/json) was expected';
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    return (
      'the server sent an HTML page instead of JSON (often a login page from an intranet proxy or a ' +
      'single sign-on redirect); expected Content-Type application/json'
    );
  }
  return `the server sent ${type} instead of JSON; expected Content-Type application/json or a +json type`;
}

/** Reads a body as UTF-8 text, counting bytes as they stream in; stops at `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<{ text: string } | { tooLarge: true }> {
  const body = response.body;
  if (!body) return { text: '' };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join('') };
}

/**
 * Loads, validates and holds an element's journey, from its `journey` property, its `src` attribute
 * or an inline JSON child, and keeps a `src` fresh when live refresh is on.
 *
 * Redirects are followed (`redirect: 'follow'`); the browser only follows them to `http(s)`, and the
 * response is accepted only when its final URL is `http:` or `https:`. Whether a cross-origin
 * address or redirect may be read at all is the page's CSP (`connect-src`) and the server's CORS
 * to decide; cookies are sent to the page's own origin only (`credentials: 'same-origin'`).
 */
/** Journeys this large are validated in slices (see `#parseLarge`). */
const LARGE_TOUCHPOINTS = 1_000;
const LARGE_TEXT = 256 * 1024;

function isLarge(value: unknown): boolean {
  try {
    if (typeof value === 'string') return value.length > LARGE_TEXT;
    const touchpoints = (value as { touchpoints?: unknown } | null)?.touchpoints;
    return Array.isArray(touchpoints) && touchpoints.length > LARGE_TOUCHPOINTS;
  } catch {
    return false; // a hostile object: the synchronous parse reports it
  }
}

export class JourneySourceController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #timeoutMs: number;
  readonly #maxBytes: number;

  #status: JourneySourceStatus = 'empty';
  #journey: Journey | undefined;
  #error: JourneyFailure | undefined;
  #origin: JourneyOrigin | undefined;
  #lastLoaded: Date | undefined;
  #lastChecked: Date | undefined;
  #staleSince: Date | undefined;

  /** The inputs; a new `#property` object stands for a new assignment. */
  /** The journey property, parsed; `result` is absent while a large one is still being validated. */
  #property: { result?: ParseResult } | undefined;
  #propertyParse: AbortController | undefined;
  #src: string | undefined;
  #inlineText: string | undefined;
  /** What is applied now: the origin and the input it came from. */
  #active: { origin: JourneyOrigin; key: unknown } | undefined;
  #connected = false;
  /** Set on connect: the inputs are applied in the host's next update, after its `willUpdate`. */
  #reconcilePending = false;
  #children: MutationObserver | undefined;

  /** The active `src`, resolved; undefined when `src` is not the active source or was rejected. */
  #srcUrl: URL | undefined;
  /** True once a fetch of `#srcUrl` has finished, successfully or not. */
  #srcSettled = false;
  #etag: string | null = null;
  #lastText: string | undefined;
  #fetch: AbortController | undefined;
  #request = 0;

  #refreshMs: number | null = null;
  #lastAttempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watching = false;
  #documentVisible = true;
  #onScreen = true;
  #intersection: IntersectionObserver | undefined;

  /** Attaches the controller to its host. */
  constructor(host: ReactiveControllerHost & HTMLElement, options: JourneySourceOptions = {}) {
    this.#host = host;
    this.#timeoutMs =
      options.timeoutMs !== undefined && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_SRC_TIMEOUT_MS;
    this.#maxBytes = options.maxBytes !== undefined && options.maxBytes > 0 ? options.maxBytes : LIMITS.maxBytes;
    if (options.refreshSeconds !== undefined) this.#refreshMs = refreshInterval(options.refreshSeconds);
    host.addController(this);
  }

  /** `empty` (nothing given), `loading` (fetching `src`), `ready` (a journey to show) or `error`. */
  get status(): JourneySourceStatus {
    return this.#status;
  }

  /** The last journey that loaded successfully; it may be kept while `status` is `loading` or `error`. */
  get journey(): Journey | undefined {
    return this.#journey;
  }

  /** The failure to show: set with `status === 'error'`, or with `status === 'ready'` while stale. */
  get error(): JourneyFailure | undefined {
    return this.#error;
  }

  /** Where the current state comes from: `property`, `src` or `inline`; undefined when empty. */
  get origin(): JourneyOrigin | undefined {
    return this.#origin;
  }

  /** When the current journey was loaded. */
  get lastLoaded(): Date | undefined {
    return this.#lastLoaded;
  }

  /** When `src` last answered successfully (a 200 or a 304 of a live refresh). */
  get lastChecked(): Date | undefined {
    return this.#lastChecked;
  }

  /** Since when live refresh has been failing while the last good journey is still shown. */
  get staleSince(): Date | undefined {
    return this.#staleSince;
  }

  /** The live-refresh interval in seconds, or null when off. */
  get refreshSeconds(): number | null {
    return this.#refreshMs === null ? null : this.#refreshMs / 1000;
  }

  /**
   * Sets the journey given as a property (an object or JSON text); call it from `willUpdate` when the
   * property changed. `undefined` or `null` clears it, so `src` or the inline child apply again.
   */
  setJourney(value: unknown): void {
    if (value === undefined || value === null) {
      if (this.#property === undefined) return;
      this.#property = undefined;
    } else {
      this.#propertyParse?.abort();
      this.#propertyParse = undefined;
      // A journey validated before (another element's) is frozen and still valid: no copy, no slices.
      this.#property =
        isLarge(value) && !isValidatedJourney(value) ? this.#parseLarge(value) : { result: parseJourney(value) };
    }
    this.#reconcile();
  }

  /**
   * A large journey (thousands of touchpoints) is copied at once (QUALITY.md 11: later changes
   * by the host must not leak in; ~10 ms for 10,000 touchpoints) and then validated in slices that
   * yield to the page, so no single task blocks input for long; the element shows its loading
   * state meanwhile. Input that is not plain data takes the careful synchronous parse, which names
   * every problem (`snapshotThenParseAsync`).
   */
  #parseLarge(value: unknown): { result?: ParseResult } {
    const controller = new AbortController();
    const parsed = snapshotThenParseAsync(value, { signal: controller.signal });
    if (!(parsed instanceof Promise)) return { result: parsed };
    const key: { result?: ParseResult } = {};
    this.#propertyParse = controller;
    parsed.then(
      (result) => {
        key.result = result;
        if (this.#propertyParse === controller) this.#propertyParse = undefined;
        if (this.#property !== key || this.#active?.key !== key) return;
        if (this.#connected) this.#applyParse(result, 'property', 'the journey property');
        else this.#active = undefined; // applied on the next connect
      },
      () => undefined, // superseded by a newer journey
    );
    return key;
  }

  /** Sets the `src` address to fetch the journey from; empty, null or undefined clears it. */
  setSrc(url: string | null | undefined): void {
    const src = typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
    if (src === this.#src) return;
    this.#src = src;
    this.#reconcile();
  }

  /**
   * How long a `src` fetch may take, body included, in seconds (an element's `timeout` attribute);
   * null, zero, negative or not a number restores the default (15 s). Applies from the next fetch.
   */
  setTimeoutSeconds(seconds: number | null | undefined): void {
    this.#timeoutMs =
      typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
        ? Math.min(seconds, 600) * 1000
        : DEFAULT_SRC_TIMEOUT_MS;
  }

  /**
   * Turns live refresh on (re-fetch `src` every `seconds`, with `If-None-Match`) or off (`null`).
   * Refresh pauses while the page is hidden or the element is off-screen.
   */
  setRefresh(seconds: number | null): void {
    const interval = refreshInterval(seconds);
    if (interval === this.#refreshMs) return;
    this.#refreshMs = interval;
    this.#syncRefresh();
  }

  /** Re-fetches `src` now, as a live refresh does (keeps the journey shown meanwhile). */
  reload(): void {
    if (!this.#connected || this.#active?.origin !== 'src' || !this.#srcUrl || this.#fetch) return;
    void this.#fetchSrc(this.#srcSettled);
  }

  /**
   * Reports that the element failed to draw the current journey: shows it as a `RENDER` failure and
   * fires `journey-error`. A later new input clears it.
   */
  reportRenderError(cause: unknown): void {
    const reason = cause instanceof Error ? cause.message : 'unknown error';
    this.#fail(
      failure(
        'RENDER',
        [issue('unreadable', `drawing failed: ${reason}`)],
        `The journey could not be drawn: ${reason}.`,
      ),
      this.#origin ?? 'property',
    );
  }

  /**
   * Reads the inline JSON child and watches it. What to show is decided in the host's next update,
   * after its `willUpdate` has passed on the `journey` property and `src`: on first connect those
   * are not known yet, and an inline child must not load (and fire) before a property that wins.
   */
  #updateAgain = false;

  /** A pending re-read of the inline child (coalesced to the next task). */
  #inlineTimer: ReturnType<typeof setTimeout> | undefined;
  /** Waits for the parser to finish the page before the inline child is read. */
  #domReady: (() => void) | undefined;

  /**
   * While the page is still being parsed, an inline JSON child may have arrived only in part
   * (a server streams the page): its text is read once the document is parsed, and later
   * changes are read one task after they stop, never half-written.
   */
  #scheduleInlineRead(): void {
    if (this.#domReady || this.#inlineTimer !== undefined) return;
    this.#inlineTimer = setTimeout(() => {
      this.#inlineTimer = undefined;
      this.#readInline();
    }, 0);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#host.ownerDocument.readyState === 'loading' && !this.#domReady) {
      this.#domReady = () => {
        this.#domReady = undefined;
        this.#readInline();
      };
      this.#host.ownerDocument.addEventListener('DOMContentLoaded', this.#domReady, { once: true });
    }
    if (!this.#children) {
      this.#children = new MutationObserver(() => this.#scheduleInlineRead());
      this.#children.observe(this.#host, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['type'],
      });
    }
    // During parsing the child may be incomplete: read it once the document is parsed.
    this.#inlineText = this.#domReady ? undefined : this.#inlineChildText();
    this.#reconcilePending = true;
    this.#host.requestUpdate();
  }

  /**
   * Applies the inputs now. An element calls this in `willUpdate`, after `setJourney`/`setSrc`
   * and before it derives anything from `journey`, so the first update already draws it.
   */
  sync(): void {
    if (!this.#reconcilePending || !this.#connected) return;
    this.#reconcilePending = false;
    this.#reconcile();
  }

  /** Applies the inputs after a connect (see `hostConnected`), for hosts that did not call `sync()`. */
  hostUpdate(): void {
    if (!this.#reconcilePending) return;
    this.#reconcilePending = false;
    if (!this.#connected) return;
    const before = [this.#status, this.#journey, this.#error];
    this.#reconcile();
    // The host's willUpdate has already run for this update, so what it derives from the
    // journey (layout, analytics) would lag one update behind: ask for one more.
    const after = [this.#status, this.#journey, this.#error];
    this.#updateAgain = before.some((value, i) => value !== after[i]);
  }

  /** Runs the follow-up update that `hostUpdate` asked for. */
  hostUpdated(): void {
    if (!this.#updateAgain) return;
    this.#updateAgain = false;
    this.#host.requestUpdate();
  }

  /** Aborts a fetch in flight and releases every observer, listener and timer. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#reconcilePending = false;
    this.#children?.disconnect();
    this.#children = undefined;
    clearTimeout(this.#inlineTimer);
    this.#inlineTimer = undefined;
    if (this.#domReady) this.#host.ownerDocument.removeEventListener('DOMContentLoaded', this.#domReady);
    this.#domReady = undefined;
    this.#cancelFetch();
    this.#syncRefresh();
  }

  #inlineChildText(): string | undefined {
    for (const child of this.#host.children) {
      if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
        return child.textContent ?? '';
      }
    }
    return undefined;
  }

  #readInline(): void {
    const text = this.#inlineChildText();
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.#reconcile();
  }

  /** Applies the input with the highest precedence, if it is not applied already. */
  #reconcile(): void {
    if (this.#property) {
      const key = this.#property;
      if (this.#active?.origin !== 'property' || this.#active.key !== key) {
        this.#leaveSrc();
        this.#active = { origin: 'property', key };
        if (key.result) this.#applyParse(key.result, 'property', 'the journey property');
        else this.#setLoading();
      }
    } else if (this.#src !== undefined) {
      if (this.#active?.origin !== 'src' || this.#active.key !== this.#src) {
        this.#leaveSrc();
        this.#active = { origin: 'src', key: this.#src };
        const resolved = resolveJourneySrc(this.#src);
        if (resolved.ok) {
          this.#srcUrl = resolved.url;
          this.#setLoading();
        } else {
          this.#fail(resolved.failure, 'src');
        }
      }
      if (this.#connected && this.#srcUrl && !this.#srcSettled && !this.#fetch) void this.#fetchSrc(false);
    } else if (this.#inlineText !== undefined) {
      if (this.#active?.origin !== 'inline' || this.#active.key !== this.#inlineText) {
        this.#leaveSrc();
        this.#active = { origin: 'inline', key: this.#inlineText };
        this.#applyParse(parseJourney(this.#inlineText), 'inline', 'the inline JSON child');
      }
    } else if (this.#active !== undefined) {
      this.#leaveSrc();
      this.#active = undefined;
      this.#status = 'empty';
      this.#journey = undefined;
      this.#error = undefined;
      this.#origin = undefined;
      this.#lastLoaded = undefined;
      this.#lastChecked = undefined;
      this.#staleSince = undefined;
      this.#host.requestUpdate();
    }
    this.#syncRefresh();
  }

  #leaveSrc(): void {
    this.#cancelFetch();
    this.#srcUrl = undefined;
    this.#srcSettled = false;
    this.#etag = null;
    this.#lastText = undefined;
  }

  #applyParse(result: ParseResult, origin: JourneyOrigin, where: string): void {
    if (result.ok) this.#succeed(result.journey, origin);
    else this.#fail(invalidJourney(result, where), origin);
  }

  #succeed(journey: Journey, origin: JourneyOrigin): void {
    const now = new Date();
    this.#status = 'ready';
    this.#journey = journey;
    this.#error = undefined;
    this.#origin = origin;
    this.#staleSince = undefined;
    this.#lastLoaded = now;
    this.#lastChecked = origin === 'src' ? now : undefined;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new JourneyLoadEvent({ journey, origin }, { composed: !isEmbedded(this.#host) }));
  }

  #fail(error: JourneyFailure, origin: JourneyOrigin): void {
    this.#status = 'error';
    this.#error = error;
    this.#origin = origin;
    this.#staleSince = undefined;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new JourneyErrorEvent(error, { composed: !isEmbedded(this.#host) }));
  }

  #setLoading(): void {
    this.#status = 'loading';
    this.#error = undefined;
    this.#origin = 'src';
    this.#staleSince = undefined;
    this.#host.requestUpdate();
  }

  /**
   * A live refresh failed. With a journey from this `src` on screen it stays, marked stale since the
   * first failure; otherwise the failure is shown. A failure identical to the one already reported
   * is not fired again, so a server that is down does not fire an event every interval.
   */
  #failRefresh(error: JourneyFailure): void {
    const repeated = sameFailure(this.#error, error);
    if (this.#status === 'ready' && this.#origin === 'src') {
      this.#staleSince ??= new Date();
      this.#error = error;
      this.#host.requestUpdate();
    } else {
      this.#status = 'error';
      this.#error = error;
      this.#origin = 'src';
      this.#host.requestUpdate();
    }
    if (!repeated) this.#host.dispatchEvent(new JourneyErrorEvent(error, { composed: !isEmbedded(this.#host) }));
  }

  /** A live refresh found the data unchanged: the journey is fresh again. */
  #confirmFresh(): void {
    this.#lastChecked = new Date();
    if (this.#status === 'ready') {
      this.#error = undefined;
      this.#staleSince = undefined;
    }
    this.#host.requestUpdate();
  }

  #cancelFetch(): void {
    this.#fetch?.abort();
    this.#fetch = undefined;
  }

  /** Fetches the active `src`; the last request wins. Never rejects. */
  async #fetchSrc(refresh: boolean): Promise<void> {
    const url = this.#srcUrl;
    if (!url) return;
    this.#cancelFetch();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const controller = new AbortController();
    this.#fetch = controller;
    const request = ++this.#request;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    let outcome: Outcome | 'unchanged';
    try {
      outcome = await this.#download(url, controller.signal, refresh);
    } catch {
      const reason = timedOut
        ? `no complete answer within ${this.#timeoutMs / 1000} seconds`
        : "the request failed: the network is down, or the page's Content-Security-Policy (connect-src) or the server's CORS rules blocked it";
      outcome = {
        ok: false,
        failure: failure(
          'FETCH',
          [issue('unreadable', reason)],
          `Could not load the journey from ${shown(url.href)}: ${reason}.`,
        ),
      };
    } finally {
      clearTimeout(timer);
    }
    // Superseded by a newer request, or cancelled by a src change or a disconnect.
    if (request !== this.#request || (controller.signal.aborted && !timedOut)) return;
    this.#fetch = undefined;
    this.#srcSettled = true;
    this.#lastAttempt = performance.now();
    if (outcome === 'unchanged') {
      this.#confirmFresh();
    } else if (outcome.ok) {
      const unchanged = refresh && this.#status === 'ready' && outcome.text === this.#lastText;
      this.#etag = outcome.etag;
      this.#lastText = outcome.text;
      if (unchanged) this.#confirmFresh();
      else this.#succeed(outcome.journey, 'src');
    } else if (refresh) {
      this.#failRefresh(outcome.failure);
    } else {
      this.#fail(outcome.failure, 'src');
    }
    this.#scheduleRefresh();
  }

  /** One HTTP exchange: the response checked, its body read with the byte cap and parsed. */
  async #download(url: URL, signal: AbortSignal, refresh: boolean): Promise<Outcome | 'unchanged'> {
    const fail = (code: FailureCode, issueCode: JourneyIssue['code'], reason: string): Outcome => ({
      ok: false,
      failure: failure(
        code,
        [issue(issueCode, reason)],
        `Could not load the journey from ${shown(url.href)}: ${reason}.`,
      ),
    });
    const headers = new Headers({ Accept: 'application/json' });
    if (refresh && this.#etag) headers.set('If-None-Match', this.#etag);
    const response = await fetch(url.href, {
      method: 'GET',
      headers,
      credentials: 'same-origin',
      redirect: 'follow',
      // A refresh without an ETag must reach the server, not the HTTP cache.
      cache: refresh && !this.#etag ? 'no-cache' : 'default',
      signal,
    });
    const discard = () => void response.body?.cancel().catch(() => undefined);
    if (refresh && response.status === 304) {
      discard();
      return 'unchanged';
    }
    let finalProtocol = url.protocol;
    try {
      if (response.url) finalProtocol = new URL(response.url).protocol;
    } catch {
      finalProtocol = '';
    }
    if (!(ALLOWED_SRC_PROTOCOLS as readonly string[]).includes(finalProtocol)) {
      discard();
      return fail('FETCH', 'invalid_url', 'the request was redirected to an address that is not http: or https:');
    }
    if (!response.ok) {
      discard();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail('FETCH', 'unreadable', `the server answered ${status}`);
    }
    const type = mediaType(response.headers.get('Content-Type'));
    if (type === null || !isJsonType(type)) {
      discard();
      return fail('FETCH', 'not_data', wrongType(type));
    }
    const body = await readCapped(response, this.#maxBytes);
    if ('tooLarge' in body) {
      return fail(
        'LIMIT',
        'too_large',
        `the response is larger than ${this.#maxBytes.toLocaleString('en')} bytes, so it was not read to the end`,
      );
    }
    const result = await parseJourneyAsync(body.text, { signal });
    if (!result.ok) return { ok: false, failure: invalidJourney(result, shown(url.href)) };
    return { ok: true, journey: result.journey, text: body.text, etag: response.headers.get('ETag') };
  }

  /** Starts or stops what live refresh needs: one visibility listener, one IntersectionObserver, one timer. */
  #syncRefresh(): void {
    const wanted =
      this.#connected && this.#refreshMs !== null && this.#active?.origin === 'src' && this.#srcUrl !== undefined;
    if (wanted && !this.#watching) {
      this.#watching = true;
      this.#documentVisible = document.visibilityState !== 'hidden';
      // Paused until the observer's first report says whether the element is on screen.
      this.#onScreen = false;
      document.addEventListener('visibilitychange', this.#onVisibilityChange);
      this.#intersection = new IntersectionObserver(this.#onIntersection);
      this.#intersection.observe(this.#host);
    } else if (!wanted && this.#watching) {
      this.#watching = false;
      document.removeEventListener('visibilitychange', this.#onVisibilityChange);
      this.#intersection?.disconnect();
      this.#intersection = undefined;
    }
    this.#scheduleRefresh();
  }

  /** Sets the one refresh timer: due one interval after the last fetch, at once when overdue. */
  #scheduleRefresh(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#watching || this.#refreshMs === null || !this.#srcSettled || this.#fetch) return;
    if (!this.#documentVisible || !this.#onScreen) return;
    const delay = Math.max(0, this.#lastAttempt + this.#refreshMs - performance.now());
    this.#timer = setTimeout(this.#onTimer, delay);
  }

  readonly #onTimer = (): void => {
    this.#timer = undefined;
    if (this.#watching && this.#srcUrl && !this.#fetch) void this.#fetchSrc(true);
  };

  readonly #onVisibilityChange = (): void => {
    this.#documentVisible = document.visibilityState !== 'hidden';
    this.#scheduleRefresh();
  };

  readonly #onIntersection = (entries: IntersectionObserverEntry[]): void => {
    const last = entries[entries.length - 1];
    if (!last) return;
    this.#onScreen = last.isIntersecting;
    this.#scheduleRefresh();
  };
}

function refreshInterval(seconds: number | null): number | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.max(seconds, MIN_REFRESH_SECONDS) * 1000;
}
