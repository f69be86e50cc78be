/**
 * A phase's emotion at a glance: its touchpoints' scores (−5…+5) as one small line with the zero
 * line, for the phase rows of the narrow map of a long journey. A phase of hundreds of touchpoints
 * is drawn with at most one point per 2 px, keeping each run's lowest and highest; gaps stay gaps.
 */
import { scaleLinear } from './scale.js';
import { line } from 'd3-shape';

/** The drawn line, its zero line's y and the box it fits in. */
export interface Sparkline {
  path: string;
  zero: number;
  width: number;
  height: number;
}

/** Lays out `scores` (null for a touchpoint without one); null when none has a score. */
export function sparkline(scores: readonly (number | null)[], width = 96, height = 28): Sparkline | null {
  // At most one point per 2 px: a longer phase keeps, per run of touchpoints, its lowest and its
  // highest score in the order they come, so no peak or dip is averaged away.
  const room = Math.max(2, Math.floor(width / 2));
  const kept: ({ index: number; score: number } | null)[] = [];
  if (scores.length <= room) {
    scores.forEach((score, index) => kept.push(score === null ? null : { index, score }));
  } else {
    const runs = Math.floor(room / 2);
    for (let r = 0; r < runs; r += 1) {
      const from = Math.floor((r * scores.length) / runs);
      const to = Math.floor(((r + 1) * scores.length) / runs);
      let low: { index: number; score: number } | null = null;
      let high: { index: number; score: number } | null = null;
      for (let index = from; index < to; index += 1) {
        const score = scores[index];
        if (score === null || score === undefined) continue;
        if (!low || score < low.score) low = { index, score };
        if (!high || score > high.score) high = { index, score };
      }
      if (!low || !high) kept.push(null);
      else if (low.index === high.index) kept.push(low);
      else kept.push(...(low.index < high.index ? [low, high] : [high, low]));
    }
  }
  if (kept.every((point) => point === null)) return null;
  const pad = 2;
  const x = scaleLinear()
    .domain([0, Math.max(1, scores.length - 1)])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain([-5, 5])
    .range([height - pad, pad])
    .clamp(true);
  const path =
    line<{ index: number; score: number } | null>()
      .defined((point) => point !== null)
      .x((point) => x(point!.index))
      .y((point) => y(point!.score))(kept) ?? '';
  return { path, zero: y(0), width, height };
}
