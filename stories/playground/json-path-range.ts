/**
 * Where a JSON path (`touchpoints[3].emotions[0].score`, as `parseJourney` writes it) lies in the
 * JSON text, so the playground's editor can mark a problem on the very characters it is about.
 * Pure and bounded: one forward scan per path segment, no recursion on the text's depth.
 */

/** A range of characters in the text, `from` inclusive and `to` exclusive (UTF-16 offsets). */
export interface TextRange {
  from: number;
  to: number;
}

/** Where a path was found. */
export interface PathRange {
  /** The value at the path (or at the deepest part of it that exists). */
  value: TextRange;
  /**
   * What to mark: the value when it is a string, number, `true`, `false` or `null`; for an object
   * or array (which may span many lines) its member name when it has one, else its opening bracket.
   */
  mark: TextRange;
  /**
   * Whether the whole path exists. A missing member (`touchpoints[2].label` with no `label`) is
   * reported at the deepest part that exists (`touchpoints[2]`), with `exact: false`.
   */
  exact: boolean;
  /** The member name of the value (with its quotes), when the value is an object's member. */
  name: TextRange | null;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*/;

/**
 * The segments of a path as `formatPath` writes them: `name`, `.name`, `[3]` and `["any key"]`.
 * `null` when the path is not in that form. The empty path is the document itself.
 */
export function pathSegments(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  let at = 0;
  while (at < path.length) {
    if (path[at] === '[') {
      const close = path[at + 1] === '"' ? stringEnd(path, at + 1) : path.indexOf(']', at);
      if (close < 0) return null;
      if (path[at + 1] === '"') {
        if (path[close] !== ']') return null;
        try {
          segments.push(JSON.parse(path.slice(at + 1, close)) as string);
        } catch {
          return null;
        }
      } else {
        const digits = path.slice(at + 1, close);
        if (!/^\d+$/.test(digits)) return null;
        segments.push(Number(digits));
      }
      at = close + 1;
      continue;
    }
    if (path[at] === '.') {
      if (segments.length === 0) return null;
      at += 1;
    } else if (segments.length > 0) return null;
    const name = IDENTIFIER.exec(path.slice(at))?.[0];
    if (!name) return null;
    segments.push(name);
    at += name.length;
  }
  return segments;
}

/** The index just after the closing quote of the JSON string that opens at `at` (-1 if unclosed). */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '"') return i + 1;
    else if (char === '\n') return -1;
  }
  return -1;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i += 1;
  return i;
}

/**
 * The end of the value that starts at `at` (after any white space), or -1 when the text breaks
 * off. Brackets are counted, strings skipped; it does not check the JSON inside — the parser
 * does that — it only needs to find where a well-formed value ends.
 */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first !== '{' && first !== '[') {
    let i = at;
    while (i < text.length && !/[\s,\]}:]/.test(text[i]!)) i += 1;
    return i > at ? i : -1;
  }
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** One member or element found inside a container: where its value starts and its name's range. */
interface Child {
  valueStart: number;
  name: TextRange | null;
}

/** Finds member `key` of the object or element `index` of the array whose bracket is at `open`. */
function childOf(text: string, open: number, segment: PathSegment): Child | null {
  const isObject = text[open] === '{';
  if (isObject !== (typeof segment === 'string')) return null;
  let at = skipSpace(text, open + 1);
  if (text[at] === (isObject ? '}' : ']')) return null;
  for (let index = 0; at < text.length; index += 1) {
    let name: TextRange | null = null;
    let key: string | null = null;
    if (isObject) {
      if (text[at] !== '"') return null;
      const end = stringEnd(text, at);
      if (end < 0) return null;
      name = { from: at, to: end };
      try {
        key = JSON.parse(text.slice(at, end)) as string;
      } catch {
        return null;
      }
      at = skipSpace(text, end);
      if (text[at] !== ':') return null;
      at = skipSpace(text, at + 1);
    }
    if (isObject ? key === segment : index === segment) return { valueStart: at, name };
    const end = valueEnd(text, at);
    if (end < 0) return null;
    at = skipSpace(text, end);
    if (text[at] !== ',') return null;
    at = skipSpace(text, at + 1);
  }
  return null;
}

/**
 * The range of the value at `path` in `text`, or of the deepest part of the path that exists
 * (`exact: false`); `null` when the path is not a path or the text is not JSON as far as the
 * path goes. Duplicate member names: the last one counts, as in `JSON.parse`.
 */
export function jsonPathRange(text: string, path: string): PathRange | null {
  const segments = pathSegments(path);
  if (!segments) return null;
  let start = skipSpace(text, 0);
  let name: TextRange | null = null;
  let exact = true;
  for (const segment of segments) {
    if (text[start] !== '{' && text[start] !== '[') {
      exact = false;
      break;
    }
    const child = lastChild(text, start, segment);
    if (!child) {
      exact = false;
      break;
    }
    start = child.valueStart;
    name = child.name;
  }
  const end = valueEnd(text, start);
  if (end < 0) return null;
  const value = { from: start, to: end };
  const container = text[start] === '{' || text[start] === '[';
  const mark = !container ? value : (name ?? { from: start, to: start + 1 });
  return { value, mark, exact, name };
}

/** `childOf`, but for a member name that occurs twice the last one (what JSON.parse keeps). */
function lastChild(text: string, open: number, segment: PathSegment): Child | null {
  let found = childOf(text, open, segment);
  if (!found || typeof segment === 'number') return found;
  // Look for a later member with the same name after the one found.
  for (;;) {
    const end = valueEnd(text, found.valueStart);
    if (end < 0) return found;
    const rest = laterMember(text, end, segment);
    if (!rest) return found;
    found = rest;
  }
}

/** A member named `key` after the value that ends at `after`, in the same object. */
function laterMember(text: string, after: number, key: string): Child | null {
  let at = skipSpace(text, after);
  while (text[at] === ',') {
    at = skipSpace(text, at + 1);
    if (text[at] !== '"') return null;
    const end = stringEnd(text, at);
    if (end < 0) return null;
    let name: string;
    try {
      name = JSON.parse(text.slice(at, end)) as string;
    } catch {
      return null;
    }
    const nameRange = { from: at, to: end };
    at = skipSpace(text, end);
    if (text[at] !== ':') return null;
    at = skipSpace(text, at + 1);
    if (name === key) return { valueStart: at, name: nameRange };
    const valueStop = valueEnd(text, at);
    if (valueStop < 0) return null;
    at = skipSpace(text, valueStop);
  }
  return null;
}
