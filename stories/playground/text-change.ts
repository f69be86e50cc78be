/**
 * The smallest single change that turns one text into another: what stays equal at the start and
 * at the end is kept. When an edit on the map rewrites the JSON, only the changed part of the
 * editor's document is replaced, so the cursor, the selection and the scroll position stay
 * where they were (the editor maps them through the change).
 */

/** Replace `from`…`to` of the old text with `insert`. */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** The change from `before` to `after`, or `null` when they are equal. */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  // Never split a surrogate pair: step back onto its first half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  const room = shorter - start;
  while (end < room && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end += 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
