import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ColumnLayout, columnWindow } from '../../layout/columns.js';
import { isRtl, scrollStart, setScrollStart } from '../direction.js';

/** What the window needs from its host; every function is read when it is used. */
export interface ColumnWindowOptions {
  /** The element that scrolls horizontally, or null (not rendered, or the host scrolls it). */
  scroller: () => HTMLElement | null;
  /** The column layout scrolled through; undefined without a journey. */
  layout: () => ColumnLayout | undefined;
  /** Whether a scroll frame that did not move the window still needs a render (a tooltip follows the scroll). */
  followsScroll?: () => boolean;
  /** Width (px) of a sticky header at the scroller's inline start that columns pass under (0 unless given). */
  stickyStart?: () => number;
  /** Px rendered either side of a `viewport` px wide viewport (the viewport's width, at least 600, unless given). */
  margin?: (viewport: number) => number;
  /** Columns the window snaps to (16 unless given). */
  chunk?: number;
}

/**
 * The one scroll window of the chart elements: where the scroller is, how wide it is, and which
 * columns to render (`columnWindow` in layout/columns.ts). Scroll events are read once per
 * animation frame; the host renders again only when the window moves. The frame is cancelled on
 * disconnect.
 */
export class ColumnWindowController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ColumnWindowOptions;
  #scroll = 0;
  #viewport = 0;
  #frame = 0;
  #reset = false;
  #range = { first: 0, last: -1 };

  constructor(host: ReactiveControllerHost & HTMLElement, options: ColumnWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The scroller's inline-start offset (px from the start, whatever the direction). */
  get scroll(): number {
    return this.#scroll;
  }

  /** The visible width (px): the scroller's, or what the host laid out for until it is measured. */
  get viewport(): number {
    return this.#viewport;
  }

  set viewport(width: number) {
    this.#viewport = width;
  }

  /** The columns to render now: the viewport plus a viewport's width (at least 600 px) either side. */
  get range(): { first: number; last: number } {
    const layout = this.#options.layout();
    if (!layout) return { first: 0, last: -1 };
    this.#range = columnWindow(
      layout,
      this.#scroll,
      this.#viewport,
      this.#options.margin?.(this.#viewport) ?? Math.max(this.#viewport, 600),
      this.#options.chunk,
    );
    return this.#range;
  }

  /** Back to the start (a journey that replaced another); `restore` applies it after the render. */
  reset(restore: boolean): void {
    this.#scroll = 0;
    this.#reset = restore;
  }

  /**
   * After a render: puts a re-created scroller back where it was (only when there is an offset to
   * restore: reading scrollLeft lays the page out) and measures it in the next frame.
   */
  restore(): void {
    const scroller = this.#options.scroller();
    if (!scroller) return;
    if (this.#scroll > 0 || this.#reset) {
      this.#reset = false;
      if (Math.abs(scrollStart(scroller) - this.#scroll) > 1) setScrollStart(scroller, this.#scroll, isRtl(this.#host));
    }
    if (this.#options.layout()) this.onScroll();
  }

  /** The scroller's scroll handler: reads it in the next frame, renders when the window moved. */
  readonly onScroll = (): void => {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const scroller = this.#options.scroller();
      if (!scroller || !this.#options.layout()) return;
      const before = this.#range;
      const wasScrolled = this.#scroll > 0;
      this.#scroll = scrollStart(scroller);
      this.#viewport = scroller.clientWidth;
      const range = this.range;
      const moved = range.first !== before.first || range.last !== before.last;
      // `wasScrolled`: the host may mark a scrolled state (an axis edge) while columns pass under it.
      if (moved || wasScrolled !== this.#scroll > 0 || this.#options.followsScroll?.()) this.#host.requestUpdate();
    });
  };

  /**
   * Scrolls by whole columns so `column` is in view beside the sticky inset (the axis); with
   * `centre`, a column out of view comes to the middle instead, as focus scrolls a control.
   */
  reveal(column: number, centre = false): void {
    const layout = this.#options.layout();
    const scroller = this.#options.scroller();
    const at = layout?.columns[column];
    if (!layout || !scroller || !at) return;
    const viewport = scroller.clientWidth - (this.#options.stickyStart?.() ?? 0);
    const left = scrollStart(scroller);
    const rtl = isRtl(this.#host);
    const out = at.x0 < left + layout.inset || at.x1 > left + viewport;
    if (centre && out) setScrollStart(scroller, Math.max(0, at.cx - (viewport + layout.inset) / 2), rtl);
    // Whole columns, so no sliver of a neighbour peeks out beside the sticky axis.
    else if (at.x0 < left + layout.inset) setScrollStart(scroller, at.x0 - layout.inset, rtl);
    else if (at.x1 > left + viewport) {
      const width = layout.columnWidth;
      setScrollStart(scroller, Math.min(at.x0 - layout.inset, Math.ceil((at.x1 - viewport) / width) * width), rtl);
    }
    this.#scroll = scrollStart(scroller);
    this.#viewport = viewport;
  }

  /** Brings a phase starting at `x0` to the inline start, beside the inset. */
  toPhase(x0: number): void {
    const layout = this.#options.layout();
    const scroller = this.#options.scroller();
    if (!layout || !scroller) return;
    setScrollStart(scroller, Math.max(0, x0 - layout.inset), isRtl(this.#host));
    this.#scroll = scrollStart(scroller);
  }

  hostDisconnected(): void {
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
