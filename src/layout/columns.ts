/**
 * The shared column layout: one column per touchpoint in journey order, grouped under phase
 * bands. Every lane of every element (the emotion curve, the NPS overlay, the map's HTML
 * lanes) reads this one geometry, so they never drift apart.
 */
import { scaleBand } from './scale.js';
import type { Journey } from '../model/types.js';

/** One touchpoint's column. */
export interface Column {
  index: number;
  touchpointId: string;
  phaseId: string;
  /** Left and right edge and centre, in px from the left of the laid-out area. */
  x0: number;
  x1: number;
  cx: number;
}

/** A run of consecutive touchpoints of one phase. A phase whose touchpoints are not contiguous has several runs. */
export interface PhaseRun {
  phaseId: string;
  label: string;
  /** Index of the phase in `journey.phases`. */
  phaseIndex: number;
  firstIndex: number;
  lastIndex: number;
}

/** A phase run laid out: its left and right edge. */
export interface PhaseBand extends PhaseRun {
  x0: number;
  x1: number;
}

/** Geometry of all columns for one width. */
export interface ColumnLayout {
  columns: Column[];
  bands: PhaseBand[];
  /** Width of one column in px. */
  columnWidth: number;
  /** Total width laid out, ≥ the available width when the columns need more room (the area then scrolls). */
  width: number;
  /** Left inset before the first column. */
  inset: number;
}

/** Options of {@link columnLayout}. */
export interface ColumnLayoutOptions {
  /** Width available, in px. */
  width: number;
  /** Narrowest a column may get before the layout grows wider than `width` (default 96). */
  minColumnWidth?: number;
  /** Widest a column may get (default: no limit). */
  maxColumnWidth?: number;
  /** Space before the first column, e.g. for an axis or lane headers (default 0). */
  inset?: number;
  /** Space after the last column (default 0). */
  end?: number;
}

/** Lays out one column per touchpoint of `journey` for the given width. */
export function columnLayout(
  journey: Pick<Journey, 'touchpoints' | 'phases'>,
  options: ColumnLayoutOptions,
): ColumnLayout {
  const count = journey.touchpoints.length;
  const inset = options.inset ?? 0;
  const end = options.end ?? 0;
  const minColumn = options.minColumnWidth ?? 96;
  // A size not measured yet (NaN, undefined at run time) or a negative one lays out as 0 wide:
  // the columns then take their minimum width instead of NaN coordinates that draw nothing.
  const given = Number.isFinite(options.width) ? Math.max(0, options.width) : 0;
  const available = Math.max(0, given - inset - end);
  let columnWidth = count === 0 ? 0 : Math.max(minColumn, available / count);
  if (options.maxColumnWidth !== undefined) columnWidth = Math.min(columnWidth, options.maxColumnWidth);
  const span = columnWidth * count;
  const x = scaleBand<number>()
    .domain(journey.touchpoints.map((_, i) => i))
    .range([inset, inset + span])
    .paddingInner(0)
    .paddingOuter(0);
  const columns: Column[] = journey.touchpoints.map((tp, index) => {
    const x0 = x(index) ?? inset;
    return { index, touchpointId: tp.id, phaseId: tp.phase, x0, x1: x0 + columnWidth, cx: x0 + columnWidth / 2 };
  });
  return {
    columns,
    bands: phaseBands(columns, journey.phases),
    columnWidth,
    width: Math.max(given, inset + span + end),
    inset,
  };
}

/**
 * The phase runs of columns in display order (`index` = position): one run per stretch of columns
 * of the same phase (a phase that comes back later gets a run of its own), labelled from `phases`
 * (the id when the phase is unknown, phaseIndex −1). Needs no geometry: the narrow map lists them.
 */
export function phaseRuns(
  columns: readonly Pick<Column, 'index' | 'phaseId'>[],
  phases: Journey['phases'],
): PhaseRun[] {
  const phaseIndex = new Map(phases.map((p, i) => [p.id, i]));
  const runs: PhaseRun[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last.phaseId === column.phaseId) {
      last.lastIndex = column.index;
      continue;
    }
    const index = phaseIndex.get(column.phaseId) ?? -1;
    runs.push({
      phaseId: column.phaseId,
      label: phases[index]?.label ?? column.phaseId,
      phaseIndex: index,
      firstIndex: column.index,
      lastIndex: column.index,
    });
  }
  return runs;
}

/** The phase runs of laid-out columns (`index` = position), each from its first column's left edge to its last one's right edge. */
export function phaseBands(
  columns: readonly Pick<Column, 'index' | 'phaseId' | 'x0' | 'x1'>[],
  phases: Journey['phases'],
): PhaseBand[] {
  return phaseRuns(columns, phases).map((run) => ({
    ...run,
    x0: columns[run.firstIndex]!.x0,
    x1: columns[run.lastIndex]!.x1,
  }));
}

/** The indices of the columns that intersect the visible range [left, right] (for virtualisation). */
export function visibleColumns(layout: ColumnLayout, left: number, right: number): { first: number; last: number } {
  if (layout.columns.length === 0 || layout.columnWidth === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor((left - layout.inset) / layout.columnWidth));
  const last = Math.min(layout.columns.length - 1, Math.floor((right - layout.inset) / layout.columnWidth));
  return { first, last };
}

/**
 * The one column window of the chart elements: the columns to render for a horizontal viewport
 * scrolled to `scroll`, with `margin` px either side, snapped outward to `chunk` columns so a
 * small scroll does not change the window. `{first: 0, last: -1}` when there is nothing to draw.
 */
export function columnWindow(
  layout: ColumnLayout,
  scroll: number,
  viewport: number,
  margin: number,
  chunk = 16,
): { first: number; last: number } {
  const count = layout.columns.length;
  if (count === 0 || layout.columnWidth <= 0) return { first: 0, last: -1 };
  const { first, last } = visibleColumns(layout, scroll - margin, scroll + Math.max(viewport, 1) + margin);
  const snappedFirst = Math.max(0, Math.floor(first / chunk) * chunk);
  const snappedLast = Math.min(count - 1, Math.ceil((last + 1) / chunk) * chunk - 1);
  return { first: Math.min(snappedFirst, snappedLast), last: snappedLast };
}

/** Whether a value is a usable column layout (what a host hands a hosted element as `layout`). */
export function isColumnLayout(value: unknown): value is ColumnLayout {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ColumnLayout).columns) &&
    Array.isArray((value as ColumnLayout).bands) &&
    typeof (value as ColumnLayout).columnWidth === 'number'
  );
}

/** Whether two column layouts put the same touchpoints in the same places (a new one is announced only then). */
export function sameLayout(a: ColumnLayout, b: ColumnLayout | undefined): boolean {
  return (
    b !== undefined &&
    a.width === b.width &&
    a.columnWidth === b.columnWidth &&
    a.inset === b.inset &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.touchpointId === b.columns[i]?.touchpointId)
  );
}
