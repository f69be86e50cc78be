/**
 * What of a long track the overlay renders: the columns in view plus a margin (a standalone or
 * aligned overlay), or the chunks of rows in view of a long vertical list, the room of the others
 * kept by gaps of their measured or estimated height. The touchpoint with the tab stop is always
 * rendered, so the keyboard reaches every one and focus is never on a removed node. The track's
 * scroll is read once per frame; the frame is cancelled on disconnect. (To be replaced by the
 * shared column window.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type SlotRange, chunkWindow, slotWindow } from '../../layout/nps.js';
import type { NpsOverlayMode, TrackColumns } from './context.js';
import { type NpsRow, isBandStart } from './rows.js';

/**
 * A long track renders only what is in view plus this margin on each side (px, at least one
 * view): the DOM stays small for 10,000 touchpoints (QUALITY.md "Scale").
 */
const WINDOW_MARGIN = 600;
/** Above this many touchpoints a vertical overlay scrolls in its own box and renders only the rows in view. */
const VERTICAL_ALL_ROWS = 120;
/** Rows per chunk of a long vertical list: the unit that is rendered, measured and skipped. */
const VERTICAL_CHUNK = 25;
/** Heights (px) a vertical row with NPS, one without and a phase heading are estimated at until shown. */
const ROW_ESTIMATE = { measured: 84, placeholder: 30, heading: 26 } as const;
/** The gap between the rows of the vertical list (px), as in the styles. */
const ROW_GAP = 4;
/** The box a long vertical list scrolls in, before it is measured (px). */
const VERTICAL_VIEW = 600;

/** A piece of a long vertical list: a chunk of rows that is rendered, or the room of chunks that are not. */
export type Segment = { kind: 'chunk'; index: number; rows: NpsRow[] } | { kind: 'gap'; key: string; height: number };

/** What the window is worked out from, at each update. */
export interface TrackInput {
  rows: NpsRow[];
  active: NpsRow | undefined;
  mode: NpsOverlayMode;
  columns: TrackColumns | null;
}

export interface TrackWindowOptions {
  /** The scrolling box of the track. */
  wrap: () => HTMLElement | null;
  /** The width of the view before the track has been measured (px). */
  viewWidth: () => number;
}

/** The windowed track of one overlay. */
export class TrackWindowController implements ReactiveController {
  /** Whether the track renders only what is in view. */
  windowed = false;
  /** A long vertical list: scrolls in its own box, rendered by chunks of rows. */
  virtualRows = false;
  /** The columns rendered (column modes), or the chunks in view (a long vertical list). */
  range: SlotRange = { first: 0, last: -1 };
  /** The rows rendered, in order (column modes and short vertical lists). */
  shown: NpsRow[] = [];
  /** The chunks and the room between them (a long vertical list). */
  segments: Segment[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: TrackWindowOptions;
  #input: TrackInput = { rows: [], active: undefined, mode: 'horizontal', columns: null };
  /** Heights of the vertical chunks: measured once rendered, estimated before. */
  #chunkHeights: number[] = [];
  /** The track's scroll position and the size of its view, along the track (px). */
  #scroll = { pos: 0, size: 0 };
  #frame = 0;

  constructor(host: ReactiveControllerHost, options: TrackWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Another mode scrolls along another axis: the position is read again after the render. */
  resetScroll(): void {
    this.#scroll = { pos: 0, size: 0 };
  }

  /** Row heights depend on the width (labels wrap): the vertical chunks are measured again. */
  resetHeights(): void {
    this.#chunkHeights = [];
  }

  /** Works out what to render for this update. */
  derive(input: TrackInput): void {
    this.#input = input;
    const { rows, mode, active } = input;
    this.virtualRows = mode === 'vertical' && rows.length > VERTICAL_ALL_ROWS;
    this.windowed = mode === 'horizontal' || mode === 'aligned' || this.virtualRows;
    this.segments = [];
    if (!this.windowed) {
      this.range = { first: 0, last: rows.length - 1 };
      this.shown = rows;
      return;
    }
    const range = this.#range();
    this.range = range;
    if (!this.virtualRows) {
      const shown = rows.slice(range.first, range.last + 1);
      if (active && active.index < range.first) shown.unshift(active);
      else if (active && active.index > range.last) shown.push(active);
      this.shown = shown;
      return;
    }
    this.shown = [];
    const heights = this.#chunkHeights;
    const activeChunk = active ? Math.floor(active.index / VERTICAL_CHUNK) : -1;
    let gap: { key: string; height: number } | null = null;
    for (let c = 0; c < heights.length; c += 1) {
      if ((c >= range.first && c <= range.last) || c === activeChunk) {
        if (gap) this.segments.push({ kind: 'gap', ...gap });
        gap = null;
        this.segments.push({ kind: 'chunk', index: c, rows: rows.slice(c * VERTICAL_CHUNK, (c + 1) * VERTICAL_CHUNK) });
      } else if (gap) {
        gap.height += ROW_GAP + heights[c]!;
      } else {
        gap = { key: `gap-${c}`, height: heights[c]! };
      }
    }
    if (gap) this.segments.push({ kind: 'gap', ...gap });
  }

  /**
   * After a windowed render: the vertical chunks just rendered are measured (their gaps take that
   * height once they leave the view), and when the view's size or a chunk's height is not what
   * the window was worked out with, it is worked out again in the next frame, as after a scroll.
   */
  afterRender(root: ParentNode): void {
    if (!this.windowed) return;
    const wrap = this.#options.wrap();
    if (!wrap) return;
    let stale = (this.virtualRows ? wrap.clientHeight : wrap.clientWidth) !== this.#scroll.size;
    if (this.virtualRows) {
      for (const chunk of root.querySelectorAll<HTMLElement>('.chunk')) {
        const index = Number(chunk.dataset['chunk']);
        const height = chunk.offsetHeight;
        if (height > 0 && height !== this.#chunkHeights[index]) {
          this.#chunkHeights[index] = height;
          stale = true;
        }
      }
    }
    if (stale) this.#scheduleCheck();
  }

  /** The track scrolled: the window is checked in the next frame. */
  readonly onScroll = (): void => {
    this.#scheduleCheck();
  };

  /** The columns, or vertical chunks, in view at the track's last known scroll position. */
  #range(): SlotRange {
    const { rows, columns } = this.#input;
    if (this.virtualRows) {
      if (this.#chunkHeights.length === 0) this.#chunkHeights = this.#estimateChunks();
      const size = this.#scroll.size || VERTICAL_VIEW;
      return chunkWindow(this.#chunkHeights, ROW_GAP, this.#scroll.pos, size, Math.max(size, WINDOW_MARGIN / 2));
    }
    if (!columns) return { first: 0, last: rows.length - 1 };
    const size = this.#scroll.size || this.#options.viewWidth();
    return slotWindow(rows.length, columns.start, columns.width, this.#scroll.pos, size, Math.max(size, WINDOW_MARGIN));
  }

  /** Estimated heights of the vertical chunks: rows with NPS, rows without, phase headings. */
  #estimateChunks(): number[] {
    const rows = this.#input.rows;
    const heights: number[] = [];
    rows.forEach((row, i) => {
      const c = Math.floor(i / VERTICAL_CHUNK);
      const own =
        (row.measured ? ROW_ESTIMATE.measured : ROW_ESTIMATE.placeholder) +
        (isBandStart(rows, row) ? ROW_ESTIMATE.heading + ROW_GAP : 0);
      heights[c] = heights[c] === undefined ? own : heights[c]! + ROW_GAP + own;
    });
    return heights;
  }

  /** Once per frame: reads the track's scroll position and view, and renders again if other columns or chunks are in view. */
  #scheduleCheck(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const wrap = this.#options.wrap();
      if (!wrap || !this.windowed) return;
      const rows = this.virtualRows;
      // Scrolled content runs to negative scrollLeft in right-to-left text.
      this.#scroll = {
        pos: rows ? wrap.scrollTop : Math.abs(wrap.scrollLeft),
        size: rows ? wrap.clientHeight : wrap.clientWidth,
      };
      const range = this.#range();
      // Gaps never need this: only rendered chunks are measured, and a gap is built from the heights
      // of chunks that are not rendered.
      if (range.first !== this.range.first || range.last !== this.range.last) this.#host.requestUpdate();
    });
  }
}
