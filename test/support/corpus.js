/**
 * Turns the hostile corpus (test/hostile/corpus/*.json, plain data) into inputs: one JSON text per
 * entry, built from test/hostile/base.json and the entry's patches. Shared by the browser runner
 * (test/hostile/*.test.ts) and the Node tests (CSP page): no DOM, no Node APIs.
 *
 * An entry is `{ name, patch | input | inputText, apply?, card?, expect }`:
 * - `patch`: `[{ at: ["touchpoints", 0, "label"], value } | { at, delete: true } | { at, ownKey, value }]`
 *   applied to a copy of the base journey (`ownKey` adds a key such as `__proto__` as an own
 *   property of the object at `at`, never through an assignment that could reach a prototype);
 * - `input`: the whole document instead of the base; `inputText`: raw text (not necessarily JSON).
 * - `apply`: the input paths to run, default `["property", "src", "inline"]`.
 * - `card`: the touchpoint id `<touchpoint-card>` shows, default the base's first touchpoint.
 * - `expect`: `{ outcome: "valid", literals: [text | { text, in: [tags] }] }` or
 *   `{ outcome: "error", code, path }`, optionally overridden per element in `expectFor`.
 *
 * Values may be generators (data, expanded here): `{ "$repeat": "ab", "times": 3 }` → "ababab";
 * `{ "$array": item, "times": n, "indexKey": "id", "prefix": "tp" }` → n copies of item with
 * item[indexKey] = prefix + i; `{ "$raw": "1e400" }` → that JSON token verbatim; `{ "$nest": n,
 * "key": "a", "leaf": v }` → n objects nested under `key`; `{ "$lists": n, "leaf": v }` → n nested lists.
 * Generators are expanded straight into text, so no deep object is ever built here.
 */

export const INPUT_PATHS = ['property', 'src', 'inline'];

const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function defineOwn(object, key, value) {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy that keeps every own key (also `__proto__`) as an own data property. */
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (!isObject(value)) return value;
  const out = {};
  for (const key of Object.keys(value)) defineOwn(out, key, copy(value[key]));
  return out;
}

function isGenerator(value) {
  return isObject(value) && ['$repeat', '$array', '$raw', '$nest', '$lists'].some((key) => own(value, key));
}

/** JSON text with every character outside printable ASCII escaped, so the text survives any transport unchanged. */
function quote(text) {
  let out = '"';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c < 0x20 || c > 0x7e || c === 0x3c || c === 0x3e || c === 0x26)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += text[i];
  }
  return `${out}"`;
}

function generate(value, parts) {
  if (own(value, '$repeat')) {
    parts.push(quote(String(value.$repeat).repeat(value.times)));
  } else if (own(value, '$raw')) {
    parts.push(String(value.$raw));
  } else if (own(value, '$array')) {
    parts.push('[');
    for (let i = 0; i < value.times; i += 1) {
      if (i > 0) parts.push(',');
      let item = copy(value.$array);
      if (value.indexKey !== undefined && isObject(item)) defineOwn(item, value.indexKey, `${value.prefix ?? ''}${i}`);
      serialise(item, parts);
    }
    parts.push(']');
  } else if (own(value, '$nest')) {
    const open = `{${quote(value.key ?? 'a')}:`;
    parts.push(open.repeat(value.$nest));
    serialise(value.leaf ?? 1, parts);
    parts.push('}'.repeat(value.$nest));
  } else if (own(value, '$lists')) {
    parts.push('['.repeat(value.$lists));
    serialise(value.leaf ?? 1, parts);
    parts.push(']'.repeat(value.$lists));
  }
}

function serialise(value, parts) {
  if (isGenerator(value)) generate(value, parts);
  else if (typeof value === 'string') parts.push(quote(value));
  else if (Array.isArray(value)) {
    parts.push('[');
    value.forEach((item, i) => {
      if (i > 0) parts.push(',');
      serialise(item, parts);
    });
    parts.push(']');
  } else if (isObject(value)) {
    parts.push('{');
    Object.keys(value).forEach((key, i) => {
      if (i > 0) parts.push(',');
      parts.push(quote(key), ':');
      serialise(value[key], parts);
    });
    parts.push('}');
  } else parts.push(JSON.stringify(value));
}

/** The JSON text of a value that may contain generators; ASCII only. */
export function toJsonText(value) {
  const parts = [];
  serialise(value, parts);
  return parts.join('');
}

function applyPatch(doc, step, where) {
  const at = step.at ?? [];
  let node = doc;
  const last = step.ownKey === undefined ? at.length - 1 : at.length;
  for (let i = 0; i < last; i += 1) {
    const key = at[i];
    if (node === null || typeof node !== 'object' || !own(node, key))
      throw new Error(`${where}: no ${JSON.stringify(at.slice(0, i + 1))} in the base`);
    node = node[key];
  }
  if (step.ownKey !== undefined) {
    defineOwn(node, step.ownKey, copy(step.value));
    return;
  }
  const key = at[last];
  if (step.delete) {
    if (Array.isArray(node)) node.splice(key, 1);
    else delete node[key];
  } else defineOwn(node, key, copy(step.value));
}

/**
 * Expands one corpus file into entries: `{ id, file, name, text, objectInput, apply, card, expect,
 * expectFor }`. `objectInput` says whether the property path gets `JSON.parse(text)` (true) or the
 * raw text (entries given as `inputText`).
 */
export function expandCorpus(baseText, file, fileText) {
  const base = JSON.parse(baseText);
  const corpus = JSON.parse(fileText);
  const firstTouchpoint = base.touchpoints[0].id;
  return corpus.entries.map((entry, index) => {
    const where = `${file} #${index} "${entry.name}"`;
    if (typeof entry.name !== 'string' || !isObject(entry.expect))
      throw new Error(`${where}: needs a name and an expect`);
    if (!['valid', 'error'].includes(entry.expect.outcome))
      throw new Error(`${where}: expect.outcome is valid or error`);
    if (
      entry.expect.outcome === 'error' &&
      (typeof entry.expect.code !== 'string' || typeof entry.expect.path !== 'string')
    ) {
      throw new Error(`${where}: an error expectation needs a code and a path`);
    }
    let text;
    let objectInput = true;
    if (own(entry, 'inputText')) {
      text = entry.inputText;
      objectInput = false;
    } else if (own(entry, 'input')) {
      text = toJsonText(entry.input);
    } else {
      const doc = copy(base);
      for (const step of entry.patch ?? []) applyPatch(doc, step, where);
      text = toJsonText(doc);
    }
    return {
      id: `${file.replace(/\.json$/, '')}-${index}`,
      file,
      name: entry.name,
      text,
      objectInput,
      apply: entry.apply ?? INPUT_PATHS,
      card: entry.card ?? firstTouchpoint,
      expect: entry.expect,
      expectFor: entry.expectFor ?? {},
    };
  });
}

/** What `tag` must show for `entry`: the entry's expectation, or its override for that element. */
export function expectationFor(entry, tag) {
  return own(entry.expectFor, tag) ? entry.expectFor[tag] : entry.expect;
}

/** The literal texts `tag` must show: plain strings apply to every element, `{ text, in }` to those listed. */
export function literalsFor(expectation, tag) {
  if (expectation.outcome !== 'valid') return [];
  return (expectation.literals ?? [])
    .filter((item) => typeof item === 'string' || item.in.includes(tag))
    .map((item) => (typeof item === 'string' ? item : item.text));
}
