/**
 * RFC 6902 JSON Patch on frozen journeys, copy-on-write: only the containers on an operation's
 * path are copied, everything else is shared with the journey before (so an edit of one
 * touchpoint in 10,000 copies one touchpoint and the list of references, not the journey).
 * Applying a patch also gives its inverse, the patch that undoes it.
 */

/** One RFC 6902 operation; the editing layer emits `add`, `remove`, `replace` and `move`. */
export type PatchOperation =
  | { readonly op: 'add'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'move'; readonly from: string; readonly path: string };

/** An RFC 6902 patch: operations applied in order. */
export type Patch = readonly PatchOperation[];

export type PointerSegment = string | number;

/** Thrown when an operation does not fit the document (a path that is not there). */
export class PatchError extends Error {
  override name = 'PatchError';
}

/** The JSON Pointer (RFC 6901) of path segments, e.g. `/touchpoints/3/emotions/0/score`. */
export function pointer(segments: readonly PointerSegment[]): string {
  let out = '';
  for (const segment of segments) out += `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return out;
}

/** The segments of a JSON Pointer, unescaped; `''` is the whole document. */
export function segmentsOf(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`not a JSON Pointer: ${JSON.stringify(path)}`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Size of a value as the model's snapshot counts it against LIMITS.maxBytes and maxValues. */
export interface Size {
  bytes: number;
  values: number;
}

/** The size of a value: 1 value each (containers too); 8 bytes a primitive, a string its length, a key its length. */
export function sizeOf(value: unknown): Size {
  let bytes = 0;
  let values = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    values += 1;
    if (typeof item === 'string') bytes += item.length;
    else if (Array.isArray(item)) for (let i = item.length - 1; i >= 0; i -= 1) stack.push(item[i]);
    else if (isContainer(item)) {
      for (const key of Object.keys(item)) {
        bytes += key.length;
        stack.push((item as Record<string, unknown>)[key]);
      }
    } else bytes += 8;
  }
  return { bytes, values };
}

/** What applying a patch gave. */
export interface Applied {
  /** The document after the patch: fresh containers on the changed paths, everything else shared. */
  doc: unknown;
  /** The patch that turns `doc` back into the document before. */
  inverse: PatchOperation[];
  /** Containers this patch created (copies on a path, and inserted values). */
  fresh: Set<object>;
  /** How the size (as {@link sizeOf} counts it) changed. */
  delta: Size;
}

function indexIn(list: unknown[], segment: string, forAdd: boolean): number {
  if (forAdd && segment === '-') return list.length;
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) throw new PatchError(`not a list index: ${JSON.stringify(segment)}`);
  const index = Number(segment);
  if (index > list.length || (!forAdd && index === list.length)) throw new PatchError(`index ${index} out of range`);
  return index;
}

/** Freezes a value and everything in it that is not frozen yet. */
function freezeDeep(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!isContainer(item) || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const child of Object.values(item)) stack.push(child);
  }
}

/**
 * Applies `patch` to `doc` without changing it, and returns the new document (deeply frozen),
 * the inverse patch and the size change. Throws {@link PatchError} when an operation does not
 * fit: the editing layer builds its patches against the document, so that is a bug, not input.
 */
export function applyPatch(doc: unknown, patch: Patch): Applied {
  const fresh = new Set<object>();
  const inserted = new Set<object>();
  const inverse: PatchOperation[] = [];
  const delta: Size = { bytes: 0, values: 0 };
  let root = doc;

  const copyOf = (value: Container): Container => {
    if (fresh.has(value)) return value;
    const copy: Container = Array.isArray(value) ? value.slice() : { ...value };
    fresh.add(copy);
    return copy;
  };

  /** The (fresh, writable) container at `segments`, copying every container on the way. */
  const writable = (segments: readonly string[]): Container => {
    if (!isContainer(root)) throw new PatchError('the document is not an object or a list');
    root = copyOf(root);
    let node = root as Container;
    for (const segment of segments) {
      const key = Array.isArray(node) ? indexIn(node, segment, false) : segment;
      if (!Array.isArray(node) && !own(node, segment)) throw new PatchError(`no value at "${segment}"`);
      const child = (node as Record<string | number, unknown>)[key];
      if (!isContainer(child)) throw new PatchError(`"${segment}" is not an object or a list`);
      const copy = copyOf(child);
      (node as Record<string | number, unknown>)[key] = copy;
      node = copy;
    }
    return node;
  };

  const grow = (size: Size, sign: 1 | -1) => {
    delta.bytes += sign * size.bytes;
    delta.values += sign * size.values;
  };

  const read = (segments: readonly string[]): unknown => {
    let node: unknown = root;
    for (const segment of segments) {
      if (Array.isArray(node)) node = node[indexIn(node, segment, false)];
      else if (isContainer(node) && own(node, segment)) node = (node as Record<string, unknown>)[segment];
      else throw new PatchError(`no value at "${segment}"`);
    }
    return node;
  };

  const insert = (segments: readonly string[], value: unknown): void => {
    const key = segments[segments.length - 1]!;
    const parent = writable(segments.slice(0, -1));
    if (Array.isArray(parent)) parent.splice(indexIn(parent, key, true), 0, value);
    else {
      if (own(parent, key)) throw new PatchError(`"${key}" is already there`);
      parent[key] = value;
      delta.bytes += key.length;
    }
  };

  const take = (segments: readonly string[]): unknown => {
    const key = segments[segments.length - 1]!;
    const parent = writable(segments.slice(0, -1));
    if (Array.isArray(parent)) return parent.splice(indexIn(parent, key, false), 1)[0];
    if (!own(parent, key)) throw new PatchError(`no value at "${key}"`);
    const old = parent[key];
    delete parent[key];
    delta.bytes -= key.length;
    return old;
  };

  for (const operation of patch) {
    const segments = segmentsOf(operation.path);
    switch (operation.op) {
      case 'add': {
        if (segments.length === 0) throw new PatchError('replacing the whole document is not an edit');
        insert(segments, operation.value);
        grow(sizeOf(operation.value), 1);
        if (isContainer(operation.value) && !Object.isFrozen(operation.value)) {
          fresh.add(operation.value);
          inserted.add(operation.value);
        }
        const last = segments[segments.length - 1]!;
        // An append ("-") is undone at the index it got.
        const at =
          last === '-'
            ? [...segments.slice(0, -1), String((read(segments.slice(0, -1)) as unknown[]).length - 1)]
            : segments;
        inverse.push({ op: 'remove', path: pointer(at) });
        break;
      }
      case 'remove': {
        if (segments.length === 0) throw new PatchError('removing the whole document is not an edit');
        const old = take(segments);
        grow(sizeOf(old), -1);
        inverse.push({ op: 'add', path: operation.path, value: old });
        break;
      }
      case 'replace': {
        if (segments.length === 0) throw new PatchError('replacing the whole document is not an edit');
        const key = segments[segments.length - 1]!;
        const parent = writable(segments.slice(0, -1));
        let old: unknown;
        if (Array.isArray(parent)) {
          const index = indexIn(parent, key, false);
          old = parent[index];
          parent[index] = operation.value;
        } else {
          if (!own(parent, key)) throw new PatchError(`no value at "${key}"`);
          old = parent[key];
          parent[key] = operation.value;
        }
        grow(sizeOf(old), -1);
        grow(sizeOf(operation.value), 1);
        if (isContainer(operation.value) && !Object.isFrozen(operation.value)) {
          fresh.add(operation.value);
          inserted.add(operation.value);
        }
        inverse.push({ op: 'replace', path: operation.path, value: old });
        break;
      }
      case 'move': {
        const from = segmentsOf(operation.from);
        if (from.length === 0 || segments.length === 0)
          throw new PatchError('moving the whole document is not an edit');
        if (operation.path.startsWith(`${operation.from}/`)) throw new PatchError('a value cannot move into itself');
        const value = take(from);
        insert(segments, value);
        inverse.push({ op: 'move', from: operation.path, path: operation.from });
        break;
      }
      default:
        throw new PatchError(`unsupported operation ${JSON.stringify((operation as { op: unknown }).op)}`);
    }
  }
  inverse.reverse();
  // Inserted values are frozen through and through; a copy only needs itself frozen, as what it
  // holds is either shared with the frozen document before or itself fresh.
  for (const container of fresh) {
    if (inserted.has(container)) freezeDeep(container);
    else Object.freeze(container);
  }
  return { doc: root, inverse, fresh, delta };
}
