/**
 * Text in the drawings, measured and fitted once for every element: a width estimate for places
 * without a canvas, and cutting or wrapping a text to a width in px. No DOM: the caller passes
 * the measuring function (shared/text-measure.ts measures with a canvas in the element's font).
 */

/** Measures the width of `text` in px at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number) => number;

// Average advance widths (em) of a humanist sans-serif, by character class: a deterministic
// estimate for places without a canvas, slightly generous so truncation errs on the safe side.
const NARROW = new Set([..."iljtfrI.,:;!|'()[] "]);
const WIDE = new Set([...'mwMWœæ@%']);

/** A deterministic estimate of text width (used when no measuring function is given). */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else em += 0.56;
  }
  return em * fontSize;
};

const ELLIPSIS = '…';

/** `text` cut (with an ellipsis) to at most `maxWidth` px; returns whether it was cut. */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): { text: string; truncated: boolean; width: number } {
  const full = measure(text, fontSize);
  if (full <= maxWidth) return { text, truncated: false, width: full };
  const chars = [...text];
  // Binary search for the longest prefix that fits with the ellipsis.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (measure(candidate, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) {
    const width = measure(ELLIPSIS, fontSize);
    return width <= maxWidth ? { text: ELLIPSIS, truncated: true, width } : { text: '', truncated: true, width: 0 };
  }
  const cut = chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
  return { text: cut, truncated: true, width: measure(cut, fontSize) };
}

const VOWELS = new Set([...'aeiouyàáâäèéêëìíîïòóôöùúûü']);
const isConsonant = (ch: string | undefined) =>
  ch !== undefined && /\p{L}/u.test(ch) && !VOWELS.has(ch.toLocaleLowerCase());

/**
 * Where to break a word that is wider than a line: after at least 3 and before the last 2
 * characters, with the hyphen fitting. The longest such prefix ending between two consonants
 * ("Welkomst-pakket") is preferred when it keeps 60 % of the room; else the longest that fits.
 * 0 when the word cannot be broken.
 */
function hyphenPoint(chars: readonly string[], maxWidth: number, fontSize: number, measure: MeasureText): number {
  let fit = 0;
  for (let k = 3; k <= chars.length - 2; k += 1) {
    if (measure(`${chars.slice(0, k).join('')}-`, fontSize) <= maxWidth) fit = k;
    else break;
  }
  for (let k = fit; k >= Math.max(3, Math.ceil(fit * 0.6)); k -= 1) {
    if (isConsonant(chars[k - 1]) && isConsonant(chars[k])) return k;
  }
  return fit;
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of at most `maxWidth` px. A word
 * wider than a line is broken with a hyphen; the last line is cut with an ellipsis when the
 * text does not fit.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): { lines: string[]; truncated: boolean } {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let truncated = false;
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      // The last line takes the rest, cut to fit.
      const cut = truncateText(words.slice(i).join(' '), maxWidth, fontSize, measure);
      truncated ||= cut.truncated;
      if (cut.text !== '') lines.push(cut.text);
      i = words.length;
      break;
    }
    let current = words[i]!;
    i += 1;
    if (measure(current, fontSize) > maxWidth) {
      // A word wider than the line (Dutch compounds: "Welkomstpakket") is broken with a hyphen
      // and its rest starts the next line; a word that cannot be broken sensibly is cut.
      const chars = [...current];
      const fit = hyphenPoint(chars, maxWidth, fontSize, measure);
      if (fit > 0) {
        lines.push(`${chars.slice(0, fit).join('')}-`);
        i -= 1;
        words[i] = chars.slice(fit).join('');
      } else {
        const cut = truncateText(current, maxWidth, fontSize, measure);
        truncated = true;
        if (cut.text !== '') lines.push(cut.text);
      }
      continue;
    }
    while (i < words.length && measure(`${current} ${words[i]!}`, fontSize) <= maxWidth) {
      current = `${current} ${words[i]!}`;
      i += 1;
    }
    lines.push(current);
  }
  if (i < words.length) truncated = true;
  return { lines, truncated };
}
