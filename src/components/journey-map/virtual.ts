/**
 * Column virtualisation: the CSS grid tracks that put the rendered columns (the shared column
 * window, layout/columns.ts `columnWindow`) at their layout positions with spacer tracks for the
 * columns left out, so the scroll width stays the full journey's and sticky headers keep working.
 */
import type { ColumnLayout } from '../../layout/columns.js';

/** A contiguous range of column indices; empty when `last < first`. */
export interface ColumnRange {
  first: number;
  last: number;
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
