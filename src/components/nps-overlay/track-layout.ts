/**
 * The overlay's geometry, without Lit: where the columns are (its own layout, or one given by a
 * map or an aligned element) and each measured touchpoint's diverging bar and score track.
 */
import { type ColumnLayout, columnLayout } from '../../layout/columns.js';
import { divergingBar, divergingExtent, scoreTrack } from '../../layout/nps.js';
import type { Journey } from '../../model/types.js';
import type { NpsOverlayMode, RowGeometry, TrackColumns } from './context.js';
import type { NpsRow } from './rows.js';

/** Narrowest column of a standalone horizontal overlay, in px (the shared layout's default). */
const MIN_COLUMN_WIDTH = 96;
/** Room the cell keeps on each side of its bars, in px. */
const CELL_PADDING = 8;

/** What the track is laid out from. */
export interface TrackLayoutInput {
  journey: Journey;
  mode: NpsOverlayMode;
  /** The overlay's own width (px); only a standalone track uses it. */
  width: number;
  /** The columns given by the hosting map (`hosted`) or the element aligned to (`aligned`). */
  given: ColumnLayout | null;
  /** Inline start of the aligned element's columns from the track's (px). */
  offset: number;
  measured: readonly NpsRow[];
}

/** The track's geometry. */
export interface TrackLayout {
  /** The standalone horizontal overlay's own column layout. */
  ownLayout: ColumnLayout | undefined;
  columns: TrackColumns | null;
  barWidth: number;
  geometry: Map<string, RowGeometry>;
}

export function trackLayout({ journey, mode, width, given, offset, measured }: TrackLayoutInput): TrackLayout {
  let ownLayout: ColumnLayout | undefined;
  let columns: TrackColumns | null = null;
  let barWidth: number;
  if (mode === 'horizontal') {
    ownLayout = columnLayout(journey, { width, minColumnWidth: MIN_COLUMN_WIDTH });
    columns = columnsOf(ownLayout, 0);
    barWidth = ownLayout.columnWidth - 2 * CELL_PADDING;
  } else if ((mode === 'hosted' || mode === 'aligned') && given) {
    columns = columnsOf(given, mode === 'aligned' ? offset : 0);
    barWidth = given.columnWidth - 2 * CELL_PADDING;
  } else if (mode === 'vertical') {
    // The bars take what the row leaves after the numbers (about 150 px), between 120 and 280 px.
    barWidth = Math.min(280, Math.max(120, width - 2 * 12 - 150));
  } else {
    barWidth = 140;
  }
  barWidth = Math.max(24, barWidth);
  const extent = divergingExtent(measured.map((r) => r.current?.shares ?? null));
  const geometry = new Map(
    measured.map((r): [string, RowGeometry] => [
      r.touchpoint.id,
      {
        bar: r.current?.shares ? divergingBar(r.current.shares, { width: barWidth }, extent) : null,
        track: scoreTrack(r.score, r.current?.target, { width: barWidth }, r.interval),
      },
    ]),
  );
  return { ownLayout, columns, barWidth, geometry };
}

/** Where the first column starts (plus an offset) and how wide the columns are. */
export function columnsOf(layout: ColumnLayout, offset: number): TrackColumns {
  const first = layout.columns[0];
  const start = (first?.x0 ?? layout.inset) + offset;
  return {
    start,
    width: layout.columnWidth,
    trackWidth: Math.max(0, start + layout.columnWidth * layout.columns.length),
  };
}

/** The columns of `layout` moved so that the first starts at `start` on the overlay's own track. */
export function onTrack(layout: ColumnLayout, start: number): ColumnLayout {
  const shift = start - (layout.columns[0]?.x0 ?? layout.inset);
  return {
    ...layout,
    inset: layout.inset + shift,
    columns: layout.columns.map((c) => ({ ...c, x0: c.x0 + shift, x1: c.x1 + shift, cx: c.cx + shift })),
  };
}
