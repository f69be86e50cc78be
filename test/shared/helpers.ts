/**
 * Test helpers for test/shared: a tiny element built from the shared controllers and templates,
 * an event recorder, a fetch spy and real JSON files served by the test server.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { removeFile, writeFile } from '@web/test-runner-commands';
import type { JourneyErrorEvent, JourneyLoadEvent } from '../../src/events/index.js';
import { renderSourceState } from '../../src/shared/error-panel.js';
import { JourneySourceController, type JourneySourceOptions } from '../../src/shared/journey-source.js';
import { LocaleController } from '../../src/shared/locale-controller.js';
import { SizeController } from '../../src/shared/size-controller.js';
import { sharedStyles } from '../../src/shared/theme.js';

/** A minimal journey element: the source, locale and size controllers and the shared states. */
export class TestJourneyHost extends LitElement {
  /** Options for the next instance's source controller. */
  static nextOptions: JourneySourceOptions = {};

  static override styles = sharedStyles;

  @property({ attribute: false }) accessor journey: unknown = undefined;
  @property() accessor src: string | null = null;
  @property({ type: Number }) accessor refresh: number | null = null;

  readonly source = new JourneySourceController(this, TestJourneyHost.nextOptions);
  readonly locale = new LocaleController(this, { journeyLocale: () => this.source.journey?.locale });
  readonly size = new SizeController(this);
  renders = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) this.source.setJourney(this.journey);
    if (changed.has('src')) this.source.setSrc(this.src);
    if (changed.has('refresh')) this.source.setRefresh(this.refresh);
  }

  override render() {
    this.renders += 1;
    const localizer = this.locale.localizer;
    const journey = this.source.journey;
    return html`${renderSourceState(this.source, localizer)}${
      this.source.status === 'ready' && journey
        ? html`<h2 part="title">${journey.title}</h2>
          <button>${localizer.messages.showDataTable}</button>`
        : nothing
    }`;
  }
}
customElements.define('test-journey-host', TestJourneyHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-journey-host': TestJourneyHost;
  }
}

const recorders: Array<() => void> = [];

/** Records the journey events that reach `target`, until `stopRecording()`. */
export function recordEvents(target: EventTarget) {
  const loads: JourneyLoadEvent[] = [];
  const errors: JourneyErrorEvent[] = [];
  const onLoad = (event: Event) => loads.push(event as JourneyLoadEvent);
  const onError = (event: Event) => errors.push(event as JourneyErrorEvent);
  target.addEventListener('journey-load', onLoad);
  target.addEventListener('journey-error', onError);
  recorders.push(() => {
    target.removeEventListener('journey-load', onLoad);
    target.removeEventListener('journey-error', onError);
  });
  return { loads, errors };
}

/** Removes the listeners of every `recordEvents` so far. */
export function stopRecording(): void {
  for (const stop of recorders.splice(0)) stop();
}

/** Creates a host, sets it up (listeners, properties) before it is connected, then connects it. */
export async function createHost(
  setup: (host: TestJourneyHost) => void = () => undefined,
  parent: Element = document.body,
): Promise<TestJourneyHost> {
  const host = document.createElement('test-journey-host');
  setup(host);
  parent.append(host);
  await host.updateComplete;
  return host;
}

/** Adds an inline `<script type="application/json">` child with `text`. */
export function inlineChild(host: Element, text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  host.append(script);
  return script;
}

export interface FetchCall {
  url: string;
  headers: Headers;
  init: RequestInit | undefined;
}

/** Wraps `window.fetch` to record every call; `restore()` puts the original back. */
export function spyFetch() {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, headers: new Headers(init?.headers), init });
    return original.call(window, input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/**
 * The test server serves every `.json` file as a JavaScript module (the esbuild plugin's JSON
 * loader), so real JSON responses are written as `.map` files, which it serves as
 * `application/json` with an ETag and 304s.
 */
export async function serveJson(name: string, value: unknown): Promise<string> {
  await writeFile({
    path: `tmp-served/${name}.map`,
    content: typeof value === 'string' ? value : JSON.stringify(value),
  });
  return `/test/shared/tmp-served/${name}.map`;
}

/** Removes a file written by `serveJson`. */
export async function unserveJson(name: string): Promise<void> {
  await removeFile({ path: `tmp-served/${name}.map` });
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` is true, polling every 10 ms; fails after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 5_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Test pages that run in a background tab (the runner opens several tabs at once) are hidden:
 * they get no rendering, so no IntersectionObserver or ResizeObserver reports and no animation
 * frames. The fakes below let a test drive those by hand, the same in any tab.
 */

/** Replaces IntersectionObserver with a fake whose reports the test decides. */
export function fakeIntersectionObserver() {
  const Original = window.IntersectionObserver;
  const instances = new Set<FakeIntersectionObserver>();
  let intersecting = true;
  class FakeIntersectionObserver {
    readonly #callback: IntersectionObserverCallback;
    readonly #targets = new Set<Element>();
    constructor(callback: IntersectionObserverCallback) {
      this.#callback = callback;
      instances.add(this);
    }
    observe(target: Element) {
      this.#targets.add(target);
      // Like the real one: a first report soon after observe().
      setTimeout(() => this.report(), 0);
    }
    unobserve(target: Element) {
      this.#targets.delete(target);
    }
    disconnect() {
      this.#targets.clear();
      instances.delete(this);
    }
    takeRecords() {
      return [];
    }
    report() {
      if (!instances.has(this) || this.#targets.size === 0) return;
      const entries = [...this.#targets].map(
        (target) =>
          ({
            target,
            isIntersecting: intersecting,
            intersectionRatio: intersecting ? 1 : 0,
          }) as IntersectionObserverEntry,
      );
      this.#callback(entries, this as unknown as IntersectionObserver);
    }
  }
  window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
  return {
    /** Reports every observed element as on screen (true) or off screen (false). */
    setIntersecting(value: boolean) {
      intersecting = value;
      for (const instance of instances) instance.report();
    },
    restore() {
      window.IntersectionObserver = Original;
    },
  };
}

/** Replaces ResizeObserver with a fake that reports the sizes the test gives. */
export function fakeResizeObserver() {
  const Original = window.ResizeObserver;
  const instances = new Set<FakeResizeObserver>();
  class FakeResizeObserver {
    readonly #callback: ResizeObserverCallback;
    readonly targets = new Set<Element>();
    constructor(callback: ResizeObserverCallback) {
      this.#callback = callback;
      instances.add(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
      instances.delete(this);
    }
    resize(target: Element, width: number, height: number) {
      if (!this.targets.has(target)) return;
      const entry = { target, contentRect: DOMRectReadOnly.fromRect({ width, height }) } as ResizeObserverEntry;
      this.#callback([entry], this as unknown as ResizeObserver);
    }
  }
  window.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
  return {
    /** Reports a new content-box size of `target` to every observer of it. */
    resize(target: Element, width: number, height: number) {
      for (const instance of instances) instance.resize(target, width, height);
    },
    /** How many fake observers are observing something. */
    live: () => [...instances].filter((instance) => instance.targets.size > 0).length,
    restore() {
      window.ResizeObserver = Original;
    },
  };
}

/** Replaces requestAnimationFrame with a queue the test flushes by hand. */
export function manualFrames() {
  const request = window.requestAnimationFrame;
  const cancel = window.cancelAnimationFrame;
  const queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  window.requestAnimationFrame = (callback) => {
    const id = next++;
    queue.set(id, callback);
    return id;
  };
  window.cancelAnimationFrame = (id) => void queue.delete(id);
  return {
    /** Frames requested and neither run nor cancelled. */
    pending: () => queue.size,
    /** Runs every pending frame. */
    flush() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback(performance.now());
    },
    restore() {
      window.requestAnimationFrame = request;
      window.cancelAnimationFrame = cancel;
    },
  };
}
