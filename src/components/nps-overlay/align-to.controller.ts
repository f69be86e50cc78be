/**
 * Lines the overlay's columns up with another element's (`align-to`): finds the element by id in
 * the same document or shadow root (watching for it until it comes), takes its column layout
 * from its `columnLayout` and its `journey-layout` events, measures the offset between the two
 * after each resize, and scrolls with the element's public `scroller` both ways. Everything it
 * starts (observers, the frame, listeners) stops on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import { type ColumnLayout, isColumnLayout } from '../../layout/columns.js';
import { isRtl } from '../../shared/direction.js';

/** The element's horizontally scrolling box, from its public `scroller` property; null when it has none. */
export function scrollerOf(target: Element): HTMLElement | null {
  const scroller = (target as Element & { scroller?: unknown }).scroller;
  return scroller instanceof HTMLElement ? scroller : null;
}

export interface AlignToOptions {
  /** The id of the element to align to. */
  alignTo: () => string | null;
  /** The box whose inline start is lined up (the track's scrolling box, or the host). */
  origin: () => Element | null;
}

/** The alignment of one overlay with its `align-to` element. */
export class AlignToController implements ReactiveController {
  /** The column layout of the element aligned to; null while there is none. */
  layout: ColumnLayout | null = null;
  /** Inline start of the element aligned to minus that of the overlay's track, in px. */
  offset = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AlignToOptions;
  #target: HTMLElement | null = null;
  #resize: ResizeObserver | undefined;
  #watch: MutationObserver | undefined;
  #frame = 0;
  #scroller: HTMLElement | null = null;
  /** The layout changed: measured again after the render it causes. */
  #measureAfterRender = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: AlignToOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.#disconnect();
  }

  hostUpdated(): void {
    if (!this.#measureAfterRender) return;
    this.#measureAfterRender = false;
    this.#scheduleMeasure();
  }

  /** Finds the element named by `align-to` again (on connect and when `align-to` changes). */
  connect(): void {
    this.#disconnect();
    const id = this.#options.alignTo();
    const host = this.#host;
    if (!id || !host.isConnected) return;
    const root = host.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    if (!target || target === host) {
      // Not on the page yet (it may come later in the markup): watch for it until it is.
      this.#watch = new MutationObserver(() => {
        if (root.getElementById(this.#options.alignTo() ?? '')) this.connect();
      });
      this.#watch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      this.#setLayout(null);
      return;
    }
    this.#target = target;
    target.addEventListener(JourneyLayoutEvent.eventType, this.#onLayout);
    this.#resize = new ResizeObserver(() => this.#scheduleMeasure());
    this.#resize.observe(target);
    this.#resize.observe(host);
    const layout = (target as HTMLElement & { columnLayout?: unknown }).columnLayout;
    this.#setLayout(isColumnLayout(layout) ? layout : null);
    this.#scheduleMeasure();
  }

  /** The overlay's own track scrolled: the element aligned to follows. */
  followOwnScroll(wrap: HTMLElement): void {
    const scroller = this.#scroller;
    if (scroller && Math.abs(wrap.scrollLeft - scroller.scrollLeft) > 0.5) scroller.scrollLeft = wrap.scrollLeft;
  }

  #disconnect(): void {
    this.#target?.removeEventListener(JourneyLayoutEvent.eventType, this.#onLayout);
    this.#target = null;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#watch?.disconnect();
    this.#watch = undefined;
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#scroller?.removeEventListener('scroll', this.#onTargetScroll);
    this.#scroller = null;
  }

  #setLayout(layout: ColumnLayout | null): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.#measureAfterRender = true;
    this.#host.requestUpdate();
  }

  readonly #onLayout = (event: Event): void => {
    // Checked, not trusted: the event may come from another copy of the SDK.
    const layout = (event as Partial<JourneyLayoutEvent>).detail?.layout;
    if (isColumnLayout(layout)) this.#setLayout(layout);
    this.#scheduleMeasure();
  };

  /** Measures in the next frame, so a resize never re-enters the ResizeObserver's own delivery. */
  #scheduleMeasure(): void {
    if (this.#frame !== 0 || !this.#target) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  }

  #measure(): void {
    const target = this.#target;
    if (!target) return;
    const fresh = (target as HTMLElement & { columnLayout?: unknown }).columnLayout;
    if (isColumnLayout(fresh)) this.#setLayout(fresh);
    const origin = this.#options.origin() ?? this.#host;
    // From the inline start: the left edges, or the right edges in right-to-left.
    const to = target.getBoundingClientRect();
    const from = origin.getBoundingClientRect();
    const offset = isRtl(this.#host) ? from.right - to.right : to.left - from.left;
    if (Math.abs(offset - this.offset) > 0.01) {
      this.offset = offset;
      this.#host.requestUpdate();
    }
    this.#followScroller();
  }

  /**
   * When the aligned element scrolls its columns (too many for its width), both scroll together.
   * Its scroller is its public `scroller` property; without one the columns line up unscrolled.
   */
  #followScroller(): void {
    const scroller = this.#target ? scrollerOf(this.#target) : null;
    if (scroller === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onTargetScroll);
    this.#scroller = scroller;
    scroller?.addEventListener('scroll', this.#onTargetScroll, { passive: true });
    this.#onTargetScroll();
  }

  readonly #onTargetScroll = (): void => {
    const wrap = this.#options.origin();
    const scroller = this.#scroller;
    if (wrap instanceof HTMLElement && scroller && Math.abs(wrap.scrollLeft - scroller.scrollLeft) > 0.5)
      wrap.scrollLeft = scroller.scrollLeft;
  };
}
