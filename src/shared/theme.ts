/**
 * The shared look of every klantreis element: design tokens read at the point of use, light and
 * dark, forced colours, reduced motion, the focus ring and the minimum text size.
 *
 * Theming is the page's job (CONVENTIONS.md): set any `--journey-*` custom property on the element
 * or an ancestor and every element follows. Components never redeclare a `--journey-*` property;
 * they read it through the fragments in {@link tokens}, each `var(--journey-x, fallback)`, so one
 * rule on the page themes them all. The fallbacks use `light-dark()` and `:host` says
 * `color-scheme: light dark`, so the user's colour-scheme preference works with no token set;
 * a page forces one scheme with `color-scheme: light` (or `dark`) on the element.
 *
 * Every text colour below has a contrast of at least 4.5:1 against both surfaces in its scheme
 * (`--journey-surface` and `--journey-surface-raised`); marks (persona colours, borders, focus
 * ring) at least 3:1. The persona palette is Okabe–Ito, which stays distinguishable with the
 * common colour-vision deficiencies; in light mode the lighter hues are darkened to reach 3:1.
 *
 * Custom properties and their fallbacks (light, dark):
 *
 * | property | fallback |
 * |---|---|
 * | `--journey-font` | `system-ui, sans-serif` |
 * | `--journey-text` | `#1f2328`, `#e6edf3` |
 * | `--journey-text-muted` | `#59636e`, `#9198a1` |
 * | `--journey-surface` | `#ffffff`, `#0d1117` |
 * | `--journey-surface-raised` | `#f6f8fa`, `#161b22` |
 * | `--journey-border` | `#818b98`, `#656c76` |
 * | `--journey-accent` | `#0969da`, `#4493f8` |
 * | `--journey-focus` | `#0969da`, `#4493f8` |
 * | `--journey-positive` | `#1a7f37`, `#3fb950` |
 * | `--journey-negative` | `#cf222e`, `#f85149` |
 * | `--journey-neutral` | `#59636e`, `#9198a1` |
 * | `--journey-warning` | `#9a6700`, `#d29922` |
 * | `--journey-promoter` | `#0072b2`, `#56b4e9` |
 * | `--journey-passive` | `#69717b`, `#9198a1` |
 * | `--journey-detractor` | `#b54a00`, `#e69f00` |
 * | `--journey-moment-of-truth` | `#8250df`, `#ab7df8` |
 * | `--journey-persona-1` | `#0072b2`, `#0072b2` (blue) |
 * | `--journey-persona-2` | `#d55e00`, `#d55e00` (vermillion) |
 * | `--journey-persona-3` | `#009e73`, `#009e73` (bluish green) |
 * | `--journey-persona-4` | `#c474a0`, `#cc79a7` (reddish purple) |
 * | `--journey-persona-5` | `#bd8200`, `#e69f00` (orange) |
 * | `--journey-persona-6` | `#4795c1`, `#56b4e9` (sky blue) |
 * | `--journey-persona-7` | `#97902a`, `#f0e442` (yellow) |
 * | `--journey-persona-8` | `#000000`, `#e6edf3` (black / white) |
 * | `--journey-phase-1` | `#0969da`, `#4493f8` (blue; tints the first phase, the ninth takes 1 again) |
 * | `--journey-phase-2` | `#8250df`, `#ab7df8` (purple; tints the second phase, the ninth takes 1 again) |
 * | `--journey-phase-3` | `#1a7f37`, `#3fb950` (green; tints the third phase, the ninth takes 1 again) |
 * | `--journey-phase-4` | `#9a6700`, `#d29922` (ochre; tints the fourth phase, the ninth takes 1 again) |
 * | `--journey-phase-5` | `#0072b2`, `#56b4e9` (sky; tints the fifth phase, the ninth takes 1 again) |
 * | `--journey-phase-6` | `#59636e`, `#9198a1` (grey; tints the sixth phase, the ninth takes 1 again) |
 * | `--journey-phase-7` | `#1b7c83`, `#39c5cf` (teal; tints the seventh phase, the ninth takes 1 again) |
 * | `--journey-phase-8` | `#bf3989`, `#db61a2` (pink; tints the eighth phase, the ninth takes 1 again) |
 * | `--journey-radius` | `6px` |
 * | `--journey-space` | `0.5rem` |
 */
import { type CSSResult, css } from 'lit';

/**
 * Each token as a CSS value, `var(--journey-x, fallback)`, to interpolate into a component's
 * `css` template at the point of use, e.g. ``css`:host { color: ${tokens.text}; }` ``.
 */
export const tokens = {
  font: css`var(--journey-font, system-ui, sans-serif)`,
  text: css`var(--journey-text, light-dark(#1f2328, #e6edf3))`,
  textMuted: css`var(--journey-text-muted, light-dark(#59636e, #9198a1))`,
  surface: css`var(--journey-surface, light-dark(#ffffff, #0d1117))`,
  surfaceRaised: css`var(--journey-surface-raised, light-dark(#f6f8fa, #161b22))`,
  border: css`var(--journey-border, light-dark(#818b98, #656c76))`,
  accent: css`var(--journey-accent, light-dark(#0969da, #4493f8))`,
  focus: css`var(--journey-focus, light-dark(#0969da, #4493f8))`,
  positive: css`var(--journey-positive, light-dark(#1a7f37, #3fb950))`,
  negative: css`var(--journey-negative, light-dark(#cf222e, #f85149))`,
  neutral: css`var(--journey-neutral, light-dark(#59636e, #9198a1))`,
  warning: css`var(--journey-warning, light-dark(#9a6700, #d29922))`,
  promoter: css`var(--journey-promoter, light-dark(#0072b2, #56b4e9))`,
  passive: css`var(--journey-passive, light-dark(#69717b, #9198a1))`,
  detractor: css`var(--journey-detractor, light-dark(#b54a00, #e69f00))`,
  momentOfTruth: css`var(--journey-moment-of-truth, light-dark(#8250df, #ab7df8))`,
  radius: css`var(--journey-radius, 6px)`,
  space: css`var(--journey-space, 0.5rem)`,
} as const satisfies Record<string, CSSResult>;

/** The persona colours 1…8 as CSS values, for stylesheets; `personaColour` gives the same as text. */
export const personaTokens: readonly CSSResult[] = [
  css`var(--journey-persona-1, light-dark(#0072b2, #0072b2))`,
  css`var(--journey-persona-2, light-dark(#d55e00, #d55e00))`,
  css`var(--journey-persona-3, light-dark(#009e73, #009e73))`,
  css`var(--journey-persona-4, light-dark(#c474a0, #cc79a7))`,
  css`var(--journey-persona-5, light-dark(#bd8200, #e69f00))`,
  css`var(--journey-persona-6, light-dark(#4795c1, #56b4e9))`,
  css`var(--journey-persona-7, light-dark(#97902a, #f0e442))`,
  css`var(--journey-persona-8, light-dark(#000000, #e6edf3))`,
];

/** How many persona colours the palette has; persona 9 takes colour 1 again. */
export const PERSONA_PALETTE_SIZE = personaTokens.length;

/**
 * The colour of the persona at `index` (0-based): the model's own `color` when given (already
 * validated by the model's colour grammar), else `var(--journey-persona-N, <Okabe–Ito>)`.
 * Apply it with `style.setProperty` (the shared `styleProperties` directive) or an SVG presentation attribute
 * (`fill=${…}`), never by building CSS text.
 */
export function personaColour(index: number, personaColourFromModel?: string): string {
  if (personaColourFromModel !== undefined && personaColourFromModel !== '') return personaColourFromModel;
  const slot = Number.isInteger(index) && index >= 0 ? index % PERSONA_PALETTE_SIZE : 0;
  return personaTokens[slot]!.cssText;
}

/**
 * The phase tints 1…8 as CSS values: phases wear their own tokens, never the semantic ones
 * (moment of truth, positive…), so a phase never reads as a verdict. Phase 9 takes tint 1 again.
 * The fallbacks are the colours phases wore before they had tokens, in the same order.
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

/** The tint of the phase at `index` (0-based) as a CSS value, `var(--journey-phase-N, …)`. */
export function phaseTint(index: number): string {
  const slot = Number.isInteger(index) && index >= 0 ? index % phaseTokens.length : 0;
  return phaseTokens[slot]!.cssText;
}

/** Dash patterns per persona line, so lines differ by more than colour (the ninth takes the first again). */
export const PERSONA_DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 2', '12 4 4 4'] as const;

/** How the persona at `index` draws a line: its colour (see `personaColour`) and its dash pattern. */
export function personaStroke(
  index: number,
  persona?: { readonly color?: string | undefined },
): { colour: string; dash: string } {
  const slot = Number.isInteger(index) && index >= 0 ? index : 0;
  return { colour: personaColour(slot, persona?.color), dash: PERSONA_DASHES[slot % PERSONA_DASHES.length]! };
}

/** The colour of every persona of a journey, by persona id, in the journey's order (see `personaColour`). */
export function personaColours(
  personas: readonly { readonly id: string; readonly color?: string | undefined }[] | undefined,
): ReadonlyMap<string, string> {
  return new Map((personas ?? []).map((persona, index) => [persona.id, personaColour(index, persona.color)]));
}

/**
 * The host: colour scheme, font, text colour and surface, a minimum text size of 12 px, and
 * `[hidden]` honoured. Put it first in a component's `static styles`.
 */
export const hostStyles = css`
  :host {
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    font-family: ${tokens.font};
    font-size: max(12px, 1em);
    line-height: 1.5;
    color: ${tokens.text};
    background: ${tokens.surface};
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Smaller text that still never goes below 12 px; interpolate as a `font-size` value. */
export const smallText = css`max(12px, 0.8125em)`;

/** The focus ring: 2 px, offset, in `--journey-focus` (3:1 against both surfaces), Highlight in forced colours. */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid ${tokens.focus};
    outline-offset: 2px;
  }
  :host(:focus-visible) {
    outline: 2px solid ${tokens.focus};
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible,
    :host(:focus-visible) {
      outline-color: Highlight;
    }
  }
`;

/** Turns off every transition and animation when the user asks for reduced motion. */
export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * Forced colours (Windows high contrast): system colours for the shared parts. SVG marks are not
 * adjusted by the browser; components set their `fill`/`stroke` to CanvasText, Highlight or
 * GrayText in their own `@media (forced-colors: active)` block.
 */
export const forcedColours = css`
  @media (forced-colors: active) {
    :host {
      color: CanvasText;
      background: Canvas;
    }
    a {
      color: LinkText;
    }
    .journey-muted {
      color: GrayText;
    }
    .journey-error {
      border-color: CanvasText;
    }
  }
`;

/**
 * Right to left (see direction.ts): the layout follows the element's direction through logical
 * properties, grid and flex. A drawing whose x axis is reading order carries `.mirror-rtl` and is
 * mirrored; its text is turned back around its own box, so it reads normally at the mirrored place.
 * Text takes the direction of its own words (`plaintext` on the elements that hold text, not on the
 * boxes that lay them out): a Dutch label or a signed number such as "−39" stays left to right
 * inside a mirrored map, Arabic or Hebrew content reads right to left.
 */
export const rightToLeft = css`
  :host(:dir(rtl)) :is(p, span, a, li, dt, dd, th, td, caption, h1, h2, h3, h4, h5, h6, label, button, option, q, blockquote, code, text) {
    unicode-bidi: plaintext;
  }
  /* An icon before its words: which side they end up on depends on the words' own direction. */
  :host(:dir(rtl)) .icon {
    margin-inline: 0.25em;
  }
  /* SVG coordinates and text anchors are written left to right; mirroring is the class's job. */
  :host(:dir(rtl)) svg {
    direction: ltr;
  }
  :host(:dir(rtl)) .mirror-rtl {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .mirror-rtl text {
    transform: scaleX(-1);
    transform-box: fill-box;
    transform-origin: center;
  }
`;

/** Visually hidden but read by screen readers. */
export const visuallyHidden = css`
  .journey-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** Styles of the error panel, the loading and empty states and the stale note (see error-panel.ts). */
export const statePanelStyles = css`
  .journey-error {
    margin: 0;
    padding: calc(${tokens.space} * 1.5) calc(${tokens.space} * 2);
    border: 1px solid ${tokens.negative};
    border-inline-start-width: 4px;
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceRaised};
    color: ${tokens.text};
    overflow-wrap: anywhere;
  }
  .journey-error__title {
    margin: 0;
    font-weight: 600;
  }
  .journey-error__summary {
    margin: calc(${tokens.space} / 2) 0 0;
  }
  .journey-error__issues {
    margin: ${tokens.space} 0 0;
    padding-inline-start: 1.25em;
  }
  .journey-error__issues code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: max(12px, 0.9em);
  }
  .journey-error__more {
    margin: calc(${tokens.space} / 2) 0 0;
    color: ${tokens.textMuted};
  }
  .journey-status {
    padding: ${tokens.space} 0;
    color: ${tokens.textMuted};
  }
  .journey-stale {
    margin: 0;
    font-size: ${smallText};
    color: ${tokens.warning};
  }
  @media (forced-colors: active) {
    .journey-status,
    .journey-error__more {
      color: GrayText;
    }
    .journey-stale {
      color: CanvasText;
    }
  }
`;

/** Everything above in one list, for `static styles = [sharedStyles, ownStyles]`. */
export const sharedStyles = [
  hostStyles,
  focusRing,
  reducedMotion,
  forcedColours,
  rightToLeft,
  visuallyHidden,
  statePanelStyles,
];
