/**
 * The rows of a long vertical list that are rendered: the chunks of rows in view, the room of the
 * others kept by gaps of their measured or estimated height; the chunk with the tab stop always
 * rendered, so the keyboard reaches every touchpoint and focus is never on a removed node. The
 * list's scroll is read once per frame; the frame is cancelled on disconnect.
 *
 * Why not the shared ColumnWindowController: that one windows equal columns along the inline
 * axis, laid out in advance (`columnWindow` over a ColumnLayout). A list's rows have no layout:
 * their height depends on how their labels wrap, so they are windowed by chunks measured once
 * rendered (`chunkWindow` in layout/nps.ts), scrolling along the block axis.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type SlotRange, chunkWindow } from '../../layout/nps.js';
import { type NpsRow, isBandStart } from './rows.js';

/** Above this many touchpoints a vertical overlay scrolls in its own box and renders only the rows in view. */
export const VERTICAL_ALL_ROWS = 120;
/** Rows per chunk of a long vertical list: the unit that is rendered, measured and skipped. */
const VERTICAL_CHUNK = 25;
/** Heights (px) a vertical row with NPS, one without and a phase heading are estimated at until shown. */
const ROW_ESTIMATE = { measured: 84, placeholder: 30, heading: 26 } as const;
/** The gap between the rows of the vertical list (px), as in the styles. */
const ROW_GAP = 4;
/** The box a long vertical list scrolls in, before it is measured (px); the margin is at least half of it. */
const VERTICAL_VIEW = 600;

/** A piece of a long vertical list: a chunk of rows that is rendered, or the room of chunks that are not. */
export type Segment = { kind: 'chunk'; index: number; rows: NpsRow[] } | { kind: 'gap'; key: string; height: number };

export interface RowChunksOptions {
  /** The list's scrolling box. */
  scroller: () => HTMLElement | null;
}

/** The chunked vertical list of one overlay. */
export class RowChunksController implements ReactiveController {
  /** The chunks and the room between them, for this update. */
  segments: Segment[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: RowChunksOptions;
  #rows: readonly NpsRow[] = [];
  /** Heights of the chunks: measured once rendered, estimated before. */
  #heights: number[] = [];
  #range: SlotRange = { first: 0, last: -1 };
  #scroll = { pos: 0, size: 0 };
  #frame = 0;

  constructor(host: ReactiveControllerHost, options: RowChunksOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Row heights depend on the width (labels wrap): the chunks are measured again. */
  reset(): void {
    this.#heights = [];
  }

  /** Works out the chunks to render for `rows`, `active` among them. */
  derive(rows: readonly NpsRow[], active: NpsRow | undefined): void {
    if (rows !== this.#rows) this.#heights = [];
    this.#rows = rows;
    const range = this.#window();
    this.#range = range;
    const activeChunk = active ? Math.floor(active.index / VERTICAL_CHUNK) : -1;
    const heights = this.#heights;
    const segments: Segment[] = [];
    let gap: { key: string; height: number } | null = null;
    for (let c = 0; c < heights.length; c += 1) {
      if ((c >= range.first && c <= range.last) || c === activeChunk) {
        if (gap) segments.push({ kind: 'gap', ...gap });
        gap = null;
        segments.push({ kind: 'chunk', index: c, rows: rows.slice(c * VERTICAL_CHUNK, (c + 1) * VERTICAL_CHUNK) });
      } else if (gap) {
        gap.height += ROW_GAP + heights[c]!;
      } else {
        gap = { key: `gap-${c}`, height: heights[c]! };
      }
    }
    if (gap) segments.push({ kind: 'gap', ...gap });
    this.segments = segments;
  }

  /**
   * After a render: the chunks just rendered are measured (their gaps take that height once they
   * leave the view); when the box's size or a chunk's height is not what the window was worked out
   * with, it is worked out again in the next frame, as after a scroll.
   */
  measure(root: ParentNode): void {
    const box = this.#options.scroller();
    if (!box) return;
    let stale = box.clientHeight !== this.#scroll.size;
    for (const chunk of root.querySelectorAll<HTMLElement>('.chunk')) {
      const index = Number(chunk.dataset['chunk']);
      const height = chunk.offsetHeight;
      if (height > 0 && height !== this.#heights[index]) {
        this.#heights[index] = height;
        stale = true;
      }
    }
    if (stale) this.onScroll();
  }

  /** The list scrolled: the window is checked in the next frame. */
  readonly onScroll = (): void => {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const box = this.#options.scroller();
      if (!box) return;
      this.#scroll = { pos: box.scrollTop, size: box.clientHeight };
      const range = this.#window();
      // Gaps never need this: only rendered chunks are measured, and a gap is built from the
      // heights of chunks that are not rendered.
      if (range.first !== this.#range.first || range.last !== this.#range.last) this.#host.requestUpdate();
    });
  };

  #window(): SlotRange {
    if (this.#heights.length === 0) this.#heights = this.#estimate();
    const size = this.#scroll.size || VERTICAL_VIEW;
    return chunkWindow(this.#heights, ROW_GAP, this.#scroll.pos, size, Math.max(size, VERTICAL_VIEW / 2));
  }

  /** Estimated heights of the chunks: rows with NPS, rows without, phase headings. */
  #estimate(): number[] {
    const rows = this.#rows;
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
}
