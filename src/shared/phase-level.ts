/**
 * The phase level of a long journey (Highcharts' density threshold, per phase): from
 * PHASE_LEVEL_FROM touchpoints on, `<journey-map>`, `<emotion-curve>` and `<nps-overlay>` put
 * their one tab stop on a phase, which a screen reader hears as a summary of the phase, and the
 * keyboard goes phase by phase until Enter drills down into the phase's touchpoints; Escape
 * comes back. Below it every touchpoint is its own stop, as before.
 */
import type { PhaseFacts } from '../analytics/phase-facts.js';
import type { Localizer } from './i18n/localizer.js';

/** From this many touchpoints on, the keyboard and the screen reader go phase by phase first. */
export const PHASE_LEVEL_FROM = 201;

/** What a key does at the phase level: another phase, into the phase's touchpoints, or nothing. */
export type PhaseMove = { phase: number } | { drill: true } | null;

/**
 * Where `key` goes at the phase level (arrow keys in reading order, see `readingKey`): Right/Left
 * and PageDown/PageUp to the next/previous phase, Home/End to the first/last, Enter, Space or
 * Down into the phase's touchpoints.
 */
export function movePhase(key: string, at: number, phases: number): PhaseMove {
  const last = Math.max(0, phases - 1);
  const to = (phase: number) => ({ phase: Math.max(0, Math.min(last, phase)) });
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return to(at + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return to(at - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(last);
    case 'Enter':
    case ' ':
    case 'ArrowDown':
      return { drill: true };
    default:
      return null;
  }
}

/** Which phase a summary is about: its label, its position among the phases, its touchpoints' positions (from 0). */
export interface PhasePlace {
  label: string;
  position: number;
  total: number;
  first: number;
  last: number;
}

/**
 * A phase in words, then how to drill down, e.g. "Fase 2, fase 2 van 6: 100 contactmomenten,
 * 101 tot 200; laagste emotie Stap 150 (frustratie, −5 (zeer negatief)); …. Enter: …".
 * `curveName` names a curve when several are shown.
 */
export function describePhase(
  facts: PhaseFacts,
  place: PhasePlace,
  localizer: Localizer,
  curveName: ((curve: string | null) => string) | null,
): string {
  const emotion = (extreme: NonNullable<PhaseFacts['lowest']>) => {
    const { point } = extreme;
    const score = localizer.emotionScore(point.score);
    const words = point.label === undefined ? score : `${localizer.emotionWord(point.label)}, ${score}`;
    const who = curveName ? `${curveName(extreme.curve)}: ` : '';
    return `${extreme.entry.touchpoint.label} (${who}${words})`;
  };
  const m = localizer.messages;
  const summary = m.phaseSummary({
    phase: place.label,
    position: place.position + 1,
    total: place.total,
    count: facts.count,
    first: place.first + 1,
    last: place.last + 1,
    lowest: facts.lowest ? emotion(facts.lowest) : undefined,
    highest:
      facts.highest && facts.highest.point.score !== facts.lowest?.point.score ? emotion(facts.highest) : undefined,
    worstNps: facts.worstNps
      ? `${facts.worstNps.entry.touchpoint.label} (${localizer.signed(facts.worstNps.score)})`
      : undefined,
    moments: facts.moments,
    offNorm: facts.offNorm,
  });
  return `${summary}. ${m.phaseHint}`;
}

/**
 * The last phase summary an element wrote, kept while its inputs are the same: an element
 * re-renders on hover and on scroll, and a summary reads every touchpoint of its phase.
 */
export class PhaseSummaryMemo {
  #key: readonly unknown[] = [];
  #text = '';

  /** The summary for `key` (compared item by item with ===), computed only when it changed. */
  get(key: readonly unknown[], compute: () => string): string {
    if (key.length !== this.#key.length || key.some((value, i) => value !== this.#key[i])) {
      this.#text = compute();
      this.#key = key;
    }
    return this.#text;
  }
}
