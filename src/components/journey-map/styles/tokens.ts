import { type CSSResult, css } from 'lit';
import { tokens } from '../../../shared/theme.js';

/** Hairlines between columns and rows: the border token, faded. */
export const hairline = css`color-mix(in srgb, ${tokens.border} 35%, transparent)`;

/** A hue mixed into the surface (a phase's or a note's tint). */
export const tint = (hue: CSSResult, share: number): CSSResult =>
  css`color-mix(in srgb, ${hue} ${share}%, ${tokens.surface})`;

/**
 * The phase hues 1…8 (`--journey-phase-N`, light and dark fallbacks), the phases' own tokens: the
 * top rule of a phase and, mixed 12 % into the surface, its band. Phases 1–6 keep the hues they
 * had when they borrowed the accent, moment-of-truth, positive, warning, promoter and neutral
 * colours; 7 and 8 are teal and magenta. Every hue is at least 3:1 against both surfaces, and the
 * text on a 12 % band keeps 4.5:1. Phase 9 takes hue 1 again.
 */
export const phaseTokens: readonly CSSResult[] = [
  css`var(--journey-phase-1, light-dark(#0969da, #4493f8))`,
  css`var(--journey-phase-2, light-dark(#8250df, #ab7df8))`,
  css`var(--journey-phase-3, light-dark(#1a7f37, #3fb950))`,
  css`var(--journey-phase-4, light-dark(#9a6700, #d29922))`,
  css`var(--journey-phase-5, light-dark(#0072b2, #56b4e9))`,
  css`var(--journey-phase-6, light-dark(#59636e, #9198a1))`,
  css`var(--journey-phase-7, light-dark(#1b7c83, #39c5cf))`,
  css`var(--journey-phase-8, light-dark(#bf3989, #db61a2))`,
];

/** How many phase hues there are; the class `phase--N` takes `N = phase index % PHASE_HUES`. */
export const PHASE_HUES = phaseTokens.length;

/** The class that gives a phase (0-based index; -1 for a phase the journey lacks) its hue. */
export const phaseHueClass = (phaseIndex: number): string => `phase--${Math.max(0, phaseIndex) % PHASE_HUES}`;
