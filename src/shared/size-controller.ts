/**
 * The host's content-box size, for layouts that depend on it. One ResizeObserver while
 * connected (never a window `resize` listener); updates are coalesced to one per animation frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content-box width and re-renders the host when it changes. Only the width:
 * every layout here depends on it, and a height change (the host's own content growing) must
 * not cause another render.
 */
export class SizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  #frame = 0;
  #width = 0;
  #measuredWidth = 0;

  readonly #onFrame: (() => void) | undefined;

  /**
   * Attaches the controller to its host. `onFrame` runs in each frame that follows a size report
   * (the first one comes right after connecting): the page's style and layout are up to date
   * then, so reading computed style there forces no work.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, options: { onFrame?: () => void } = {}) {
    this.#host = host;
    this.#onFrame = options.onFrame;
    host.addController(this);
  }

  /** The host's content-box width in CSS pixels; 0 until first measured. */
  get width(): number {
    return this.#width;
  }

  /** Starts observing the host. */
  hostConnected(): void {
    if (this.#observer) return;
    this.#observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      this.#measuredWidth = entry.contentRect.width;
      if (this.#frame === 0) this.#frame = requestAnimationFrame(this.#commit);
    });
    this.#observer.observe(this.#host);
  }

  /** Stops observing and drops a pending frame. */
  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  readonly #commit = (): void => {
    this.#frame = 0;
    this.#onFrame?.();
    if (this.#measuredWidth === this.#width) return;
    this.#width = this.#measuredWidth;
    this.#host.requestUpdate();
  };
}
