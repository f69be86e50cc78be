/**
 * `exportPptx()` of the map: the words from the element's localizer, the colours from its
 * computed custom properties, and the deck module (src/export/pptx.ts with PptxGenJS) imported
 * only now, so a page that never exports never fetches it.
 *
 * Colours: a custom property counts only when its computed value is a plain `#rrggbb`/`#rgb` or
 * `rgb(r, g, b)` colour that passes the model's colour grammar and reads on the deck's white
 * slides (4.5:1 for text, 3:1 for lines); anything else keeps the deck's own colour. A dark
 * theme's light text therefore never lands on a white slide.
 */
import type { Journey } from '../../../model/types.js';
import { isSafeColour } from '../../../model/colour.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import { PERSONA_PALETTE_SIZE } from '../../../shared/theme.js';

/** A colour as `#rrggbb`, or `null` when it is not a plain hex or rgb() colour. */
export function plainHex(value: string): string | null {
  const text = value.trim().toLowerCase();
  if (text === '' || !isSafeColour(text)) return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const rgb = /^rgb\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*\)$/.exec(text);
  if (!rgb) return null;
  const parts = rgb.slice(1, 4).map(Number);
  if (parts.some((n) => n > 255)) return null;
  return `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Contrast ratio of `#rrggbb` against white (WCAG relative luminance). */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

/** `value` as `#rrggbb` when it is plain and reads on white at `ratio`, else `undefined`. */
export function deckSafe(value: string | undefined, ratio: number): string | undefined {
  const hex = value === undefined ? null : plainHex(value);
  return hex !== null && contrastOnWhite(hex) >= ratio ? hex : undefined;
}

/** The deck's colours from the element's computed custom properties (and the personas' own colours). */
export function deckColours(
  host: Element,
  journey: Journey,
): { text?: string; accent?: string; muted?: string; personas: string[] } {
  const style = getComputedStyle(host);
  const prop = (name: string) => style.getPropertyValue(name);
  const personas = (journey.personas ?? []).map((persona, i) => {
    const own = persona.color ?? prop(`--journey-persona-${(i % PERSONA_PALETTE_SIZE) + 1}`);
    return deckSafe(own, 3) ?? '';
  });
  const colours: { text?: string; accent?: string; muted?: string; personas: string[] } = { personas };
  const text = deckSafe(prop('--journey-text'), 4.5);
  const accent = deckSafe(prop('--journey-accent'), 4.5);
  const muted = deckSafe(prop('--journey-text-muted'), 4.5);
  if (text) colours.text = text;
  if (accent) colours.accent = accent;
  if (muted) colours.muted = muted;
  return colours;
}

/** The `.pptx` of a journey (and its base, for the before/after slide) in the element's language and colours. */
export async function mapDeck(
  host: Element,
  journey: Journey,
  base: Journey | null,
  localizer: Localizer,
): Promise<Blob> {
  const m = localizer.messages;
  const { buildDeck } = await import('../../../export/pptx.js');
  return buildDeck(journey, {
    words: { ...m.deck, momentKinds: m.momentOfTruthKinds, channels: m.channels },
    colours: deckColours(host, journey),
    locale: localizer.locale,
    ...(base ? { base } : {}),
  });
}

/** The file name of a journey's deck: `<id>.pptx`, or `journey.pptx` without a usable id. */
export function deckFileName(journeyId: string | undefined): string {
  const safe = (journeyId ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${safe || 'journey'}.pptx`;
}
