// RFC 6902 JSON Patch for the demo server's PATCH /api/journeys/:id: applies a patch (add,
// remove, replace, move, copy, test) to a copy of a plain JSON document. A patch that does not
// fit (a path that is not there, a failed `test`) or is not a patch is a PatchProblem with a
// sentence naming the operation; the document given is never changed. Keys that would reach an
// object's prototype (`__proto__`, `constructor`, `prototype`) are refused.

/** Why a patch could not be applied: `invalid` (not a patch) or `conflict` (it does not fit). */
export class PatchProblem extends Error {
  constructor(kind, message) {
    super(message);
    this.name = 'PatchProblem';
    this.kind = kind;
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

/** The unescaped segments of a JSON Pointer (RFC 6901); '' is the whole document. */
function segmentsOf(pointer, where) {
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/')))
    throw new PatchProblem('invalid', `${where}: not a JSON Pointer: ${JSON.stringify(pointer)}`);
  if (pointer === '') return [];
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments)
    if (FORBIDDEN.has(segment)) throw new PatchProblem('invalid', `${where}: the key "${segment}" is not allowed`);
  return segments;
}

const isContainer = (value) => typeof value === 'object' && value !== null;

/** The array index a segment names (`-` is the end, for add), or a conflict. */
function indexOf(array, segment, where, forAdd) {
  if (forAdd && segment === '-') return array.length;
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) throw new PatchProblem('conflict', `${where}: "${segment}" is not an index`);
  const index = Number(segment);
  if (index > array.length || (!forAdd && index === array.length))
    throw new PatchProblem('conflict', `${where}: index ${index} is past the end`);
  return index;
}

/** The parent container of a path and the last segment; the path must exist up to the parent. */
function parentOf(doc, segments, where) {
  let node = doc;
  for (const segment of segments.slice(0, -1)) {
    if (!isContainer(node)) throw new PatchProblem('conflict', `${where}: the path is not there`);
    if (Array.isArray(node)) node = node[indexOf(node, segment, where, false)];
    else if (Object.hasOwn(node, segment)) node = node[segment];
    else throw new PatchProblem('conflict', `${where}: the path is not there`);
  }
  if (!isContainer(node)) throw new PatchProblem('conflict', `${where}: the path is not there`);
  return { parent: node, key: segments[segments.length - 1] };
}

function get(doc, segments, where) {
  if (segments.length === 0) return doc;
  const { parent, key } = parentOf(doc, segments, where);
  if (Array.isArray(parent)) return parent[indexOf(parent, key, where, false)];
  if (!Object.hasOwn(parent, key)) throw new PatchProblem('conflict', `${where}: the path is not there`);
  return parent[key];
}

/** Adds or replaces (RFC 6902 4.1 and 4.3); returns the new document (the root may change). */
function put(doc, segments, value, where, replace) {
  if (segments.length === 0) return value;
  const { parent, key } = parentOf(doc, segments, where);
  if (Array.isArray(parent)) {
    const index = indexOf(parent, key, where, !replace);
    if (replace) parent[index] = value;
    else parent.splice(index, 0, value);
  } else {
    if (replace && !Object.hasOwn(parent, key)) throw new PatchProblem('conflict', `${where}: the path is not there`);
    parent[key] = value;
  }
  return doc;
}

function remove(doc, segments, where) {
  if (segments.length === 0) throw new PatchProblem('conflict', `${where}: the whole document cannot be removed`);
  const { parent, key } = parentOf(doc, segments, where);
  if (Array.isArray(parent)) parent.splice(indexOf(parent, key, where, false), 1);
  else if (Object.hasOwn(parent, key)) delete parent[key];
  else throw new PatchProblem('conflict', `${where}: the path is not there`);
  return doc;
}

/** Deep equality of JSON values (for `test`). */
function equal(a, b) {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]));
}

/** The document after `patch` (an array of operations), applied in order to a copy of `document`. */
export function applyJsonPatch(document, patch) {
  if (!Array.isArray(patch)) throw new PatchProblem('invalid', 'a JSON Patch is an array of operations');
  let doc = structuredClone(document);
  patch.forEach((operation, i) => {
    const where = `operation ${i} (${operation?.op})`;
    if (!isContainer(operation) || !OPS.has(operation.op))
      throw new PatchProblem('invalid', `operation ${i}: op must be one of ${[...OPS].join(', ')}`);
    const path = segmentsOf(operation.path, where);
    const needsValue = operation.op === 'add' || operation.op === 'replace' || operation.op === 'test';
    if (needsValue && !Object.hasOwn(operation, 'value'))
      throw new PatchProblem('invalid', `${where}: value is missing`);
    switch (operation.op) {
      case 'add':
        doc = put(doc, path, structuredClone(operation.value), where, false);
        break;
      case 'replace':
        doc = put(doc, path, structuredClone(operation.value), where, true);
        break;
      case 'remove':
        doc = remove(doc, path, where);
        break;
      case 'test':
        if (!equal(get(doc, path, where), operation.value))
          throw new PatchProblem('conflict', `${where}: the value at ${operation.path} is not the one expected`);
        break;
      default: {
        const from = segmentsOf(operation.from, where);
        const value = structuredClone(get(doc, from, where));
        if (operation.op === 'move') {
          if (operation.path.startsWith(`${operation.from}/`))
            throw new PatchProblem('conflict', `${where}: a value cannot move into itself`);
          doc = remove(doc, from, where);
        }
        doc = put(doc, path, value, where, false);
      }
    }
  });
  return doc;
}
