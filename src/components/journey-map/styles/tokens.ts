import { type CSSResult, css } from 'lit';
import { phaseTokens, tokens } from '../../../shared/theme.js';

/** Hairlines between columns and rows: the border token, faded. */
export const hairline = css`color-mix(in srgb, ${tokens.border} 35%, transparent)`;

/** A hue mixed into the surface (a phase's or a note's tint). */
export const tint = (hue: CSSResult, share: number): CSSResult =>
  css`color-mix(in srgb, ${hue} ${share}%, ${tokens.surface})`;

export { phaseTokens };

/** How many phase hues there are; the class `phase--N` takes `N = phase index % PHASE_HUES`. */
export const PHASE_HUES = phaseTokens.length;

/** The class that gives a phase (0-based index; -1 for a phase the journey lacks) its hue. */
export const phaseHueClass = (phaseIndex: number): string => `phase--${Math.max(0, phaseIndex) % PHASE_HUES}`;
