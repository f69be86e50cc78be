/**
 * The facts of one phase, for a summary read instead of each of its touchpoints: how many there
 * are, the lowest and highest emotion of the curves shown, the lowest NPS, moments of truth and
 * metrics off norm. Reads only the phase's own touchpoints.
 */
import type { Touchpoint } from '../model/types.js';
import { type EmotionPoint, emotionAt } from './emotion.js';
import { isOffNorm } from './metrics.js';
import { touchpointNps } from './nps.js';

/** A touchpoint of the phase and its position in journey order (what `emotionAt` needs). */
export interface PhaseEntry {
  touchpoint: Touchpoint;
  index: number;
}

/** An emotion extreme: where, on which curve (a persona id, or null for all customers), and the point. */
export interface EmotionExtreme {
  entry: PhaseEntry;
  curve: string | null;
  point: EmotionPoint & { score: number };
}

/** What a phase holds. */
export interface PhaseFacts {
  count: number;
  lowest: EmotionExtreme | null;
  highest: EmotionExtreme | null;
  worstNps: { entry: PhaseEntry; score: number } | null;
  moments: number;
  offNorm: number;
}

/** Options of {@link phaseFacts}. */
export interface PhaseFactsOptions {
  /** The curves whose emotions count: persona ids, or null for all customers. Empty: no emotions. */
  curves: readonly (string | null)[];
  /** Whose NPS counts: a persona id, or null for everyone; `false` leaves NPS out. */
  nps: string | null | false;
  /** The emotion period whose findings count; default: each touchpoint's latest. */
  period?: string | null;
}

/** The facts of the touchpoints `entries` (one phase). On ties the first touchpoint wins. */
export function phaseFacts(entries: Iterable<PhaseEntry>, options: PhaseFactsOptions): PhaseFacts {
  const facts: PhaseFacts = { count: 0, lowest: null, highest: null, worstNps: null, moments: 0, offNorm: 0 };
  for (const entry of entries) {
    facts.count += 1;
    const { touchpoint, index } = entry;
    for (const curve of options.curves) {
      const point = emotionAt(touchpoint, index, curve, options.period);
      if (point.score === null) continue;
      const scored = point as EmotionPoint & { score: number };
      if (facts.lowest === null || scored.score < facts.lowest.point.score)
        facts.lowest = { entry, curve, point: scored };
      if (facts.highest === null || scored.score > facts.highest.point.score)
        facts.highest = { entry, curve, point: scored };
    }
    if (options.nps !== false) {
      const score = touchpointNps(touchpoint, { persona: options.nps }).current?.score;
      if (score !== undefined && score !== null && (facts.worstNps === null || score < facts.worstNps.score)) {
        facts.worstNps = { entry, score };
      }
    }
    if (touchpoint.momentOfTruth) facts.moments += 1;
    for (const metric of touchpoint.metrics ?? []) if (isOffNorm(metric) === true) facts.offNorm += 1;
  }
  return facts;
}
