/**
 * The trend of a measure over periods with its confidence band, without the DOM: the scores as a
 * line, the interval of each period as a band (an area from low to high), the significant dips
 * marked, a value axis with a few round ticks. The NPS overlay's drill-down draws it; any trend
 * lane (the map's) can draw the same geometry with `trendChart()` (shared/templates/trend.template.ts).
 */
import { scaleLinear, scalePoint } from 'd3-scale';

/** One period of the trend: its score and interval (null where unknown), and whether it is a significant dip. */
export interface TrendInput {
  score: number | null;
  low: number | null;
  high: number | null;
  /** Significantly lower than the period before (a stated test, e.g. npsChange). */
  dip: boolean;
}

/** The box the trend is drawn in (px) and the room around the plot for ticks and period labels. */
export interface TrendFrame {
  width: number;
  height: number;
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

/** One period's place: x, the score's y (null without a score) and the interval's ys. */
export interface TrendMark {
  x: number;
  y: number | null;
  low: number | null;
  high: number | null;
  dip: boolean;
}

/** Where everything of the trend goes. */
export interface TrendGeometry {
  width: number;
  height: number;
  marks: TrendMark[];
  /** The scores joined in period order, broken where a period has none; null without scores. */
  line: string | null;
  /** The intervals as one area (broken where a period has none); null without intervals. */
  band: string | null;
  /** Round values on the axis and their y. */
  ticks: { value: number; y: number }[];
  /** y of the zero line, when 0 is in the domain. */
  zero: number | null;
  /** The plot's edges: x from `x0` to `x1`, y from `y0` (top) to `y1` (bottom). */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const DEFAULT_ROOM = { top: 8, right: 12, bottom: 22, left: 36 } as const;

/**
 * Lays out `points` (oldest first) in `frame`. The value axis spans every score and interval
 * bound and 0, rounded out to about four ticks (d3 `nice`); a flat trend gets ±10 around it.
 * Periods sit at the middle of equal steps (d3 `scalePoint`, padding ½).
 */
export function trendLayout(points: readonly TrendInput[], frame: TrendFrame): TrendGeometry {
  const room = { ...DEFAULT_ROOM, ...frame };
  const x0 = room.left;
  const x1 = frame.width - room.right;
  const y0 = room.top;
  const y1 = frame.height - room.bottom;
  const values = [0];
  for (const p of points) for (const v of [p.score, p.low, p.high]) if (v !== null) values.push(v);
  let lowest = Math.min(...values);
  let highest = Math.max(...values);
  if (lowest === highest) [lowest, highest] = [lowest - 10, highest + 10];
  const y = scaleLinear().domain([lowest, highest]).nice(4).range([y1, y0]);
  const x = scalePoint<number>()
    .domain(points.map((_, i) => i))
    .range([x0, x1])
    .padding(0.5);
  const marks = points.map((p, i): TrendMark => ({
    x: x(i)!,
    y: p.score === null ? null : y(p.score),
    low: p.low === null ? null : y(p.low),
    high: p.high === null ? null : y(p.high),
    dip: p.dip,
  }));
  const [bottom, top] = y.domain() as [number, number];
  return {
    width: frame.width,
    height: frame.height,
    marks,
    line: linePath(runs(marks, (m) => m.y !== null).map((run) => run.map((m) => [m.x, m.y!] as const))),
    band: bandPath(runs(marks, (m) => m.low !== null && m.high !== null)),
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    zero: bottom <= 0 && top >= 0 ? y(0) : null,
    x0,
    x1,
    y0,
    y1,
  };
}

/*
 * The line and the band are straight segments, written out as d3-shape's `line().defined()` and
 * `area().defined()` write them (the same strings): a chart of a handful of periods does not
 * warrant loading d3-shape (4.9 KB gzip) into the overlay's chunk.
 */

/** A coordinate in a path, to 3 decimals as d3-shape writes it. */
const at = (x: number, y: number) => `${Math.round(x * 1000) / 1000},${Math.round(y * 1000) / 1000}`;

/** The runs of consecutive marks that `defined` keeps (a gap ends a run). */
function runs(marks: readonly TrendMark[], defined: (m: TrendMark) => boolean): TrendMark[][] {
  const all: TrendMark[][] = [];
  let run: TrendMark[] = [];
  for (const m of marks) {
    if (defined(m)) run.push(m);
    else if (run.length > 0) [all[all.length], run] = [run, []];
  }
  if (run.length > 0) all.push(run);
  return all;
}

/** "M x,y L x,y …" per run; a run of one point is "M x,y Z"; null without points. */
function linePath(pieces: (readonly (readonly [number, number])[])[]): string | null {
  if (pieces.length === 0) return null;
  return pieces
    .map((points) =>
      points.length === 1
        ? `M${at(points[0]![0], points[0]![1])}Z`
        : points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${at(x, y)}`).join(''),
    )
    .join('');
}

/** Per run: along the highs, back along the lows, closed; null without intervals. */
function bandPath(pieces: TrendMark[][]): string | null {
  if (pieces.length === 0) return null;
  return pieces
    .map((run) => {
      const along = [
        ...run.map((m) => [m.x, m.high!] as const),
        ...[...run].reverse().map((m) => [m.x, m.low!] as const),
      ];
      return `${along.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${at(x, y)}`).join('')}Z`;
    })
    .join('');
}
