/**
 * The overlay's keys, without the DOM: which measured touchpoint a key moves the tab stop to,
 * and what a key does on the phase stop. (To be replaced by the shared roving grid.)
 */
import { readingKey } from '../../shared/direction.js';
import { type PhaseMove, movePhase } from '../../shared/phase-level.js';
import type { NpsPhase } from './rows.js';

/** Where the tab stop is: the measured touchpoints' ids in track order and the position of the active one. */
export interface TrackFocus {
  ids: readonly string[];
  at: number;
  /** The phase holding the active touchpoint. */
  phase: number;
  phases: readonly NpsPhase[];
  /** Rows (Up/Down) instead of columns (Left/Right). */
  vertical: boolean;
  rtl: boolean;
}

/**
 * The position (in `ids`) a key moves the tab stop to, or null when the key is not the track's.
 * Arrows step (in reading order), Home/End go to the ends, PageDown/PageUp by phase: the first
 * measured touchpoint of the next phase, or of this one (the previous one when already there).
 */
export function trackKey(key: string, { ids, at, phase, phases, vertical, rtl }: TrackFocus): number | null {
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      if (vertical) return null;
      next = at + ((key === 'ArrowRight') !== rtl ? 1 : -1);
      break;
    case 'ArrowDown':
    case 'ArrowUp':
      if (!vertical) return null;
      next = at + (key === 'ArrowDown' ? 1 : -1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = ids.length - 1;
      break;
    case 'PageDown':
    case 'PageUp': {
      const firsts = phases.map((p) => (p.firstMeasured === null ? -1 : ids.indexOf(p.firstMeasured)));
      if (key === 'PageDown') next = firsts.slice(phase + 1).find((i) => i >= 0) ?? ids.length - 1;
      else
        next =
          firsts[phase]! >= 0 && firsts[phase]! < at
            ? firsts[phase]!
            : (firsts
                .slice(0, phase)
                .reverse()
                .find((i) => i >= 0) ?? 0);
      break;
    }
    default:
      return null;
  }
  return Math.min(ids.length - 1, Math.max(0, next));
}

/**
 * A key on the phase stop (shared/phase-level.ts), over the phases that have a measured
 * touchpoint: another of them (by index into `phases`), into the phase, or nothing. In a list the
 * phases run down: Down and Up go to the next and previous phase, Enter goes in.
 */
export function phaseKey(
  key: string,
  phase: number,
  phases: readonly NpsPhase[],
  vertical: boolean,
  rtl: boolean,
): { phase: number } | { drill: true } | null {
  const reading = vertical
    ? ({ ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft', ArrowRight: '', ArrowLeft: '' }[key] ?? key)
    : readingKey(key, rtl);
  const measured = phases.map((p, i) => ({ p, i })).filter(({ p }) => p.firstMeasured !== null);
  const move: PhaseMove = movePhase(
    reading,
    measured.findIndex(({ i }) => i === phase),
    measured.length,
  );
  if (!move || 'drill' in move) return move;
  const to = measured[move.phase];
  return to ? { phase: to.i } : null;
}
