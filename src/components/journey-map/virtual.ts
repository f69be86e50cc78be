/**
 * Column virtualisation: which columns to render for a scroll position, and the CSS grid
 * tracks that put them at their layout positions with spacer tracks for the columns left out,
 * so the scroll width stays the full journey's and sticky headers keep working.
 */
import { type ColumnLayout, visibleColumns } from '../../layout/columns.js';

/** A contiguous range of column indices; empty when `last < first`. */
export interface ColumnRange {
  first: number;
  last: number;
}

/**
 * The columns to render for a viewport `[left, left + width]` (content coordinates): the visible
 * ones plus `margin` px either side, so short scrolls and keyboard steps find them rendered.
 */
export function renderRange(layout: ColumnLayout, left: number, width: number, margin: number): ColumnRange {
  return visibleColumns(layout, left - margin, left + width + margin);
}

/**
 * The range to render after a scroll to `[left, left + width]`: the current one while the visible
 * columns stay at least half a margin inside it (so a scroll re-renders every few columns, not at
 * every column), else a fresh range around the viewport.
 */
export function nextRange(
  layout: ColumnLayout,
  current: ColumnRange,
  left: number,
  width: number,
  margin: number,
): ColumnRange {
  const desired = renderRange(layout, left, width, margin);
  if (current.last < current.first || desired.last < desired.first) return desired;
  const visible = visibleColumns(layout, left, left + width);
  const lastIndex = layout.columns.length - 1;
  const slack = Math.max(1, Math.floor(margin / Math.max(1, layout.columnWidth) / 2));
  const startOk = current.first === 0 || current.first <= visible.first - slack;
  const endOk = current.last >= Math.min(lastIndex, visible.last + slack);
  const sizeOk =
    current.last <= lastIndex && current.last - current.first <= desired.last - desired.first + 2 * slack + 2;
  return startOk && endOk && sizeOk ? current : desired;
}

/** Grid tracks for a set of rendered columns. */
export interface TrackPlan {
  /** `grid-template-columns` without the lane-header track. */
  tracks: string;
  /** The grid line (1-based, the lane header being track 1) where each rendered column starts. */
  line: Map<number, number>;
  /** Width of all columns, in px. */
  contentWidth: number;
}

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/**
 * The tracks for rendering the columns `indices` (ascending) of `layout`: one track per rendered
 * column, one spacer track per run of columns left out, and one after the last. Only numbers
 * go into the track list.
 */
export function trackPlan(layout: ColumnLayout, indices: readonly number[]): TrackPlan {
  const columns = layout.columns;
  const start = columns[0]?.x0 ?? 0;
  const contentWidth = columns.length === 0 ? 0 : columns[columns.length - 1]!.x1 - start;
  const tracks: string[] = [];
  const line = new Map<number, number>();
  let cursor = 0;
  for (const index of indices) {
    const column = columns[index];
    if (!column) continue;
    const x0 = column.x0 - start;
    if (x0 - cursor > 0.5) tracks.push(px(x0 - cursor));
    tracks.push(px(column.x1 - column.x0));
    line.set(index, tracks.length + 1);
    cursor = column.x1 - start;
  }
  if (contentWidth - cursor > 0.5) tracks.push(px(contentWidth - cursor));
  return { tracks: tracks.join(' '), line, contentWidth };
}

/** The indices of a range plus any extra ones (the focused column), ascending and unique. */
export function renderedIndices(range: ColumnRange, extra: readonly number[], count: number): number[] {
  const set = new Set<number>();
  for (let i = Math.max(0, range.first); i <= Math.min(range.last, count - 1); i += 1) set.add(i);
  for (const i of extra) if (i >= 0 && i < count) set.add(i);
  return [...set].sort((a, b) => a - b);
}
