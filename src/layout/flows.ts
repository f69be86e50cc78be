/**
 * Geometry of the flow lane: the observed transitions of a journey drawn between the columns
 * of the shared column layout. Forward moves run along a middle line (arcs above it when they
 * skip touchpoints), loops arc back underneath it, drop-off leaves as an exit arrow towards
 * the bottom edge. Stroke widths are proportional to the number of customers (a linear
 * scale from 0, as in a Sankey diagram, so widths compare honestly).
 */
import { scaleLinear } from './scale.js';
import type { FlowKind, TransitionFlow } from '../analytics/transitions.js';
import type { ColumnLayout } from './columns.js';

/** Options of {@link flowLayout}. */
export interface FlowLayoutOptions {
  /** Height of the lane in px (default 132). */
  height?: number;
  /** Thinnest stroke, for the smallest non-zero count (default 1.5). */
  minStroke?: number;
  /** Thickest stroke, for the largest count (default: a fifth of a column, at most 22). */
  maxStroke?: number;
  /**
   * The count that gets the thickest stroke (default: the largest count drawn). Give the whole
   * journey's largest count when laying out only some of its flows, so widths stay comparable.
   */
  maxCount?: number;
  /** A stable key per flow (default: its position in `flows`). */
  keyOf?: (flow: TransitionFlow, index: number) => string;
}

/** One transition, ready to draw. */
export interface FlowShape {
  /** Stable key for keyed rendering (see `keyOf`). */
  key: string;
  kind: FlowKind;
  from: string;
  to: string | null;
  count: number;
  label?: string;
  /** Share (0–1) of the recorded moves out of `from`. */
  share: number | null;
  /** Centre line of the flow, to be stroked with `width`. */
  path: string;
  /** Stroke width in px, by count. */
  width: number;
  /** Arrowhead at the end of the flow, a closed filled path. */
  arrow: string;
  /** Where the count is written, and how the text is anchored there. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  /** Horizontal extent of the shape and its label, for virtualisation. */
  x0: number;
  x1: number;
}

/** The flow lane's geometry. */
export interface FlowLayout {
  height: number;
  /** The y of the middle line that forward moves follow. */
  midY: number;
  /** The largest count, the top of the width scale's domain. */
  maxCount: number;
  shapes: FlowShape[];
}

const ARROW = 7;
const GAP = 6;

const round = (v: number) => Math.round(v * 10) / 10;

/** A filled triangle with its tip at (x, y), pointing in direction `dx, dy` (a unit vector). */
function arrowHead(x: number, y: number, dx: number, dy: number, halfWidth: number): string {
  const bx = x - dx * ARROW;
  const by = y - dy * ARROW;
  // The base is perpendicular to the direction.
  const px = -dy * halfWidth;
  const py = dx * halfWidth;
  return `M${round(x)},${round(y)}L${round(bx + px)},${round(by + py)}L${round(bx - px)},${round(by - py)}Z`;
}

/** Lays out the drawable transitions of `flows` on the columns of `layout`. */
export function flowLayout(
  flows: readonly TransitionFlow[],
  layout: ColumnLayout,
  options: FlowLayoutOptions = {},
): FlowLayout {
  const height = options.height ?? 132;
  const midY = Math.round(height * 0.36);
  const column = new Map(layout.columns.map((c) => [c.touchpointId, c]));
  const keyOf = options.keyOf ?? ((_: TransitionFlow, i: number) => `t${i}`);
  const keyed = flows.map((flow, i) => ({ flow, key: keyOf(flow, i) }));
  const drawable = keyed.filter(({ flow: f }) => column.has(f.from) && (f.to === null || column.has(f.to)));
  const maxCount = options.maxCount ?? drawable.reduce((m, { flow }) => Math.max(m, flow.count), 0);
  const maxStroke = options.maxStroke ?? Math.max(4, Math.min(22, layout.columnWidth / 5));
  const minStroke = Math.min(options.minStroke ?? 1.5, maxStroke);
  const width = scaleLinear()
    .domain([0, Math.max(1, maxCount)])
    .range([0, maxStroke])
    .clamp(true);
  const strokeOf = (count: number) => (count === 0 ? 1 : Math.max(minStroke, width(count)));
  const half = layout.columnWidth / 2;

  const shapes = drawable.map(({ flow, key }): FlowShape => {
    const a = column.get(flow.from)!;
    const b = flow.to === null ? undefined : column.get(flow.to);
    const w = round(strokeOf(flow.count));
    const head = w / 2 + 3;
    const base = { key, kind: flow.kind, from: flow.from, to: flow.to, count: flow.count, share: flow.share, width: w };
    const withLabel = flow.label === undefined ? base : { ...base, label: flow.label };

    if (!b) {
      // Drop-off: out of the column's centre, bending down and to the right, off the bottom edge.
      const x0 = a.cx;
      const x1 = a.cx + Math.min(half * 0.6, 44);
      const tipY = height - 4;
      const path = `M${round(x0)},${midY}C${round(x0)},${round(midY + (tipY - midY) * 0.6)} ${round(x1)},${round(midY + (tipY - midY) * 0.35)} ${round(x1)},${round(tipY - ARROW)}`;
      return {
        ...withLabel,
        path,
        arrow: arrowHead(x1, tipY, 0, 1, head),
        labelX: round(x1 - w / 2 - 5),
        labelY: round(tipY - 4),
        labelAnchor: 'end',
        x0: a.x0,
        x1: a.x1,
      };
    }

    if (flow.kind === 'next') {
      const x0 = a.cx + GAP;
      const tip = b.cx - GAP;
      return {
        ...withLabel,
        path: `M${round(x0)},${midY}L${round(tip - ARROW)},${midY}`,
        arrow: arrowHead(tip, midY, 1, 0, head),
        labelX: round((a.cx + b.cx) / 2),
        labelY: round(midY - w / 2 - 6),
        labelAnchor: 'middle',
        x0: a.cx,
        x1: b.cx,
      };
    }

    if (flow.kind === 'skip') {
      // An arc above the middle line, higher for longer skips, landing on the target from above.
      const rise = Math.min(midY - 16, 14 + (b.index - a.index) * 6);
      const top = midY - rise;
      const tipY = midY - w / 2 - 2;
      const path = `M${round(a.cx)},${round(midY - 4)}C${round(a.cx)},${round(top)} ${round(b.cx)},${round(top)} ${round(b.cx)},${round(tipY - ARROW)}`;
      return {
        ...withLabel,
        path,
        arrow: arrowHead(b.cx, tipY, 0, 1, head),
        labelX: round((a.cx + b.cx) / 2),
        labelY: round(top + rise * 0.25 - w / 2 - 4),
        labelAnchor: 'middle',
        x0: a.cx,
        x1: b.cx,
      };
    }

    // A loop: back to an earlier touchpoint (or the same one), arcing underneath the middle line.
    const bottomSpace = height - midY - 24;
    if (a.index === b.index) {
      const r = Math.min(16, half * 0.4);
      const y = midY + 8;
      const path = `M${round(a.cx + 4)},${round(y)}C${round(a.cx + 2 * r)},${round(y + 2 * r)} ${round(a.cx - 2 * r)},${round(y + 2 * r)} ${round(a.cx - 4)},${round(y + ARROW)}`;
      return {
        ...withLabel,
        path,
        arrow: arrowHead(a.cx - 4, y, 0, -1, head),
        labelX: round(a.cx),
        labelY: round(y + 2 * r + 14),
        labelAnchor: 'middle',
        x0: a.x0,
        x1: a.x1,
      };
    }
    const depth = Math.min(bottomSpace, 22 + (a.index - b.index) * 8);
    const startY = midY + w / 2 + 4;
    const tipY = midY + 8;
    const bottom = startY + depth;
    const path = `M${round(a.cx)},${round(startY)}C${round(a.cx)},${round(bottom)} ${round(b.cx)},${round(bottom)} ${round(b.cx)},${round(tipY + ARROW)}`;
    return {
      ...withLabel,
      path,
      arrow: arrowHead(b.cx, tipY, 0, -1, head),
      labelX: round((a.cx + b.cx) / 2),
      // A cubic with both control points at `bottom` reaches 3/4 of the way down at its middle.
      labelY: round(startY + depth * 0.75 + w / 2 + 14),
      labelAnchor: 'middle',
      x0: b.cx,
      x1: a.cx,
    };
  });
  return { height, midY, maxCount, shapes };
}

/** The shapes that reach into the horizontal range [left, right] (for virtualisation). */
export function visibleFlows(flows: FlowLayout, left: number, right: number): FlowShape[] {
  return flows.shapes.filter((s) => s.x1 >= left && s.x0 <= right);
}
