/**
 * Geometry of the NPS overlay: the diverging bar of detractors / passives / promoters, the
 * score track with its target mark, and the histogram of the 0–10 answers. Pure functions of
 * the shares and a size; `<nps-overlay>` maps the numbers to SVG.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

/** The three NPS groups, in the order they are drawn from left to right. */
export const NPS_GROUPS = ['detractors', 'passives', 'promoters'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

/** Below this width (px) a standalone overlay lays its touchpoints out as rows instead of columns. */
export const NPS_VERTICAL_BELOW = 600;

/** Shares of the responses per group (0–1, summing to 1). */
export type NpsShares = Readonly<Record<NpsGroup, number>>;

/** Where a bar is drawn: `x` is its left edge, `width` its length, in px. */
export interface BarFrame {
  width: number;
  x?: number;
}

/** One group's piece of a diverging bar. */
export interface DivergingSegment {
  group: NpsGroup;
  share: number;
  x0: number;
  x1: number;
}

/** A diverging bar: detractors left of the centre, promoters right of it, passives straddling it. */
export interface DivergingBar {
  segments: DivergingSegment[];
  /** The x of the neutral centre line. */
  centre: number;
}

/** The group an answer 0–10 belongs to: 0–6 detractors, 7–8 passives, 9–10 promoters. */
export function npsGroupOf(answer: number): NpsGroup {
  return answer <= 6 ? 'detractors' : answer <= 8 ? 'passives' : 'promoters';
}

/**
 * How far (as a share, 0.5–1) the longest side of any of these diverging bars reaches from the
 * centre, rounded up to a tenth, so that bars drawn with it share one scale and use the room.
 * A side is its outer group plus half the passives (the Likert-style centring).
 */
export function divergingExtent(all: readonly (NpsShares | null)[]): number {
  const sides = all.flatMap((s) => (s ? [s.detractors + s.passives / 2, s.promoters + s.passives / 2] : []));
  const longest = max(sides) ?? 1;
  // Tolerance for floating-point sums such as 0.3 + 0.4 / 2 = 0.5000000001.
  return Math.min(1, Math.max(0.5, Math.ceil(longest * 10 - 1e-9) / 10));
}

/**
 * Lays out the diverging bar of one measurement. The scale runs from −extent (all the way
 * left) to +extent; the passives are centred on 0, as in a diverging Likert bar
 * (Robbins & Heiberger, "Plotting Likert and other rating scales", 2011).
 */
export function divergingBar(shares: NpsShares, frame: BarFrame, extent = 1): DivergingBar {
  const left = frame.x ?? 0;
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([left, left + frame.width])
    .clamp(true);
  const half = shares.passives / 2;
  const segments: DivergingSegment[] = [
    { group: 'detractors', share: shares.detractors, x0: x(-half - shares.detractors), x1: x(-half) },
    { group: 'passives', share: shares.passives, x0: x(-half), x1: x(half) },
    { group: 'promoters', share: shares.promoters, x0: x(half), x1: x(half + shares.promoters) },
  ];
  return { segments, centre: x(0) };
}

/** The score track: a line from −100 to +100 with the score as a bar from 0 and the target as a mark. */
export interface ScoreTrack {
  /** x of −100, 0 and +100. */
  start: number;
  zero: number;
  end: number;
  /** The bar from 0 to the score (x0 ≤ x1); `null` without a score. */
  bar: { x0: number; x1: number } | null;
  /** x of the score's end, `null` without a score. */
  score: number | null;
  /** x of the target mark, `null` without a target. */
  target: number | null;
  /** The score's confidence interval as a whisker from x0 (low) to x1 (high); `null` without one. */
  whisker: { x0: number; x1: number } | null;
}

/**
 * Lays out the score track of one measurement on the NPS scale −100…+100, with the score's
 * interval (`{low, high}`, e.g. npsInterval's) as a whisker when given.
 */
export function scoreTrack(
  score: number | null,
  target: number | null | undefined,
  frame: BarFrame,
  interval?: { low: number; high: number } | null,
): ScoreTrack {
  const left = frame.x ?? 0;
  const x = scaleLinear()
    .domain([-100, 100])
    .range([left, left + frame.width])
    .clamp(true);
  const zero = x(0);
  const at = score === null ? null : x(score);
  return {
    start: x(-100),
    zero,
    end: x(100),
    bar: at === null ? null : { x0: Math.min(zero, at), x1: Math.max(zero, at) },
    score: at,
    target: target === null || target === undefined ? null : x(target),
    whisker: interval && at !== null ? { x0: x(interval.low), x1: x(interval.high) } : null,
  };
}

/** One bar of the 0–10 histogram. */
export interface HistogramBar {
  answer: number;
  count: number;
  group: NpsGroup;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for its answer label. */
  cx: number;
}

/** The 0–10 answer histogram laid out in a plot area. */
export interface Histogram {
  bars: HistogramBar[];
  /** The count axis' ticks, each with its y. */
  ticks: { value: number; y: number }[];
  /** Bottom of the bars (the baseline). */
  baseline: number;
  /** The group dividers: x between answer 6 and 7 and between 8 and 9. */
  dividers: number[];
}

/** Options of {@link histogram}: the whole area and the room kept for the axes. */
export interface HistogramFrame {
  width: number;
  height: number;
  /** Left room for the count axis labels (default 32). */
  left?: number;
  /** Bottom room for the answer labels (default 20). */
  bottom?: number;
  /** Top room so the highest tick label is not cut (default 8). */
  top?: number;
}

/** Lays out the histogram of the answers 0…10 (`distribution[i]` answered `i`). */
export function histogram(distribution: readonly number[], frame: HistogramFrame): Histogram {
  const left = frame.left ?? 32;
  const bottom = frame.bottom ?? 20;
  const top = frame.top ?? 8;
  const baseline = frame.height - bottom;
  const answers = distribution.map((_, i) => i);
  const x = scaleBand<number>().domain(answers).range([left, frame.width]).paddingInner(0.2).paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(distribution) ?? 0)])
    .range([baseline, top])
    .nice(4);
  const bars = distribution.map((count, answer) => {
    const bx = x(answer) ?? left;
    const by = y(count);
    return {
      answer,
      count,
      group: npsGroupOf(answer),
      x: bx,
      y: by,
      width: x.bandwidth(),
      height: baseline - by,
      cx: bx + x.bandwidth() / 2,
    };
  });
  const between = (a: number, b: number) => ((x(a) ?? 0) + x.bandwidth() + (x(b) ?? 0)) / 2;
  const dividers = distribution.length === 11 ? [between(6, 7), between(8, 9)] : [];
  const ticks = y
    .ticks(4)
    .filter((t) => Number.isInteger(t))
    .map((value) => ({ value, y: y(value) }));
  return { bars, ticks, baseline, dividers };
}

/** A range of chunks, `first…last` inclusive; empty when `last < first`. */
export interface SlotRange {
  first: number;
  last: number;
}

/**
 * The chunks of a list of chunks `heights[i]` px tall, `gap` px apart, that meet the viewport
 * widened by `margin` on each side, `[scroll − margin, scroll + viewport + margin]` (px from the
 * top of the first chunk). Used to render only the rows of a long vertical NPS list in view.
 */
export function chunkWindow(
  heights: readonly number[],
  gap: number,
  scroll: number,
  viewport: number,
  margin: number,
): SlotRange {
  const count = heights.length;
  if (count === 0) return { first: 0, last: -1 };
  const top = scroll - margin;
  const bottom = scroll + Math.max(viewport, 1) + margin;
  let first = -1;
  let last = count - 1;
  let y = 0;
  for (let i = 0; i < count; i += 1) {
    const end = y + heights[i]!;
    if (first < 0 && end >= top) first = i;
    if (y > bottom) {
      last = i - 1;
      break;
    }
    y = end + gap;
  }
  if (first < 0) first = count - 1;
  return { first, last: Math.max(first, last) };
}
