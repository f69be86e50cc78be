/**
 * A bounded, iterative deep copy of untrusted input (QUALITY.md 8, 9, 11): it never recurses
 * on input depth, never throws (not on a Proxy, a cycle or a throwing getter), drops the
 * keys that could reach a prototype, and copies only plain JSON data.
 */
import { type JourneyIssue, type PathSegment, formatPath } from './issues.js';
import { LIMITS } from './limits.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string, unknown> | unknown[];

interface Frame {
  source: unknown;
  /** The frame of the containing value and the key in it; paths are built only for issues. */
  parent: Frame | null;
  key: PathSegment | null;
  depth: number;
  assign: (value: unknown) => void;
}

function pathOf(frame: Frame, extra?: PathSegment): string {
  const segments: PathSegment[] = extra === undefined ? [] : [extra];
  for (let f: Frame | null = frame; f !== null && f.key !== null; f = f.parent) segments.push(f.key);
  return formatPath(segments.reverse());
}

export interface SnapshotResult {
  value: unknown;
  issues: JourneyIssue[];
  /** True when a size limit stopped the copy: the value is then incomplete. */
  aborted: boolean;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a BigInt';
  if (value === undefined) return 'undefined';
  // The built-in tag says what it is ("Date", "Map"); for a class instance it is just "Object".
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'an object made by a class' : `a ${tag}`;
}

/** Copies `input` into fresh plain objects and arrays, reporting what cannot be data. */
export function snapshot(input: unknown): SnapshotResult {
  const issues: JourneyIssue[] = [];
  let root: unknown;
  let values = 0;
  let bytes = 0;
  // Ancestors of the value being copied, to tell a cycle from a shared reference.
  const ancestors = new Set<object>();
  const stack: Array<Frame | { leave: object }> = [
    { source: input, parent: null, key: null, depth: 0, assign: (v) => (root = v) },
  ];

  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      ancestors.delete(frame.leave);
      continue;
    }
    const { source, assign } = frame;
    const path = (extra?: PathSegment) => pathOf(frame, extra);
    values += 1;
    if (values > LIMITS.maxValues || bytes > LIMITS.maxBytes) {
      issues.push({
        path: '',
        code: 'too_large',
        message: `the journey is too large: at most ${LIMITS.maxBytes.toLocaleString('en')} bytes and ${LIMITS.maxValues.toLocaleString('en')} values`,
      });
      return { value: undefined, issues, aborted: true };
    }
    if (source === null || typeof source === 'boolean' || typeof source === 'number') {
      bytes += 8;
      assign(source);
      continue;
    }
    if (typeof source === 'string') {
      bytes += source.length;
      assign(source);
      continue;
    }
    if (typeof source !== 'object') {
      issues.push({ path: path(), code: 'not_data', message: `${describe(source)} is not JSON data` });
      continue;
    }
    if (frame.depth > LIMITS.maxDepth) {
      issues.push({
        path: path(),
        code: 'too_deep',
        message: `nested deeper than ${LIMITS.maxDepth} levels`,
      });
      continue;
    }
    if (ancestors.has(source)) {
      issues.push({ path: path(), code: 'cycle', message: 'this value contains itself (a cycle)' });
      continue;
    }
    let isArray: boolean;
    let keys: string[];
    try {
      isArray = Array.isArray(source);
      if (!isArray && !isPlainObject(source)) {
        issues.push({ path: path(), code: 'not_data', message: `${describe(source)} is not JSON data` });
        continue;
      }
      keys = isArray ? [] : Object.keys(source);
    } catch {
      issues.push({ path: path(), code: 'unreadable', message: 'this value could not be read' });
      continue;
    }
    const copy: Container = isArray ? [] : {};
    assign(copy);
    ancestors.add(source);
    stack.push({ leave: source });
    if (isArray) {
      let length: number;
      try {
        length = (source as unknown[]).length;
      } catch {
        issues.push({ path: path(), code: 'unreadable', message: 'this list could not be read' });
        continue;
      }
      if (!Number.isSafeInteger(length) || length > LIMITS.maxValues) {
        issues.push({ path: path(), code: 'too_large', message: 'this list is too long' });
        return { value: undefined, issues, aborted: true };
      }
      const target = copy as unknown[];
      target.length = length;
      for (let i = length - 1; i >= 0; i -= 1) {
        let item: unknown;
        try {
          item = (source as unknown[])[i];
        } catch {
          issues.push({ path: path(i), code: 'unreadable', message: 'this value could not be read' });
          continue;
        }
        stack.push({ source: item, parent: frame, key: i, depth: frame.depth + 1, assign: (v) => (target[i] = v) });
      }
    } else {
      const target = copy as Record<string, unknown>;
      for (let k = keys.length - 1; k >= 0; k -= 1) {
        const key = keys[k]!;
        bytes += key.length;
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({
            path: path(key),
            code: 'forbidden_key',
            message: `the key "${key}" is not allowed`,
          });
          continue;
        }
        let item: unknown;
        try {
          item = (source as Record<string, unknown>)[key];
        } catch {
          issues.push({ path: path(key), code: 'unreadable', message: 'this value could not be read' });
          continue;
        }
        if (item === undefined) continue; // JSON.stringify drops undefined too
        // defineProperty, not assignment: a key can never reach a setter or a prototype.
        stack.push({
          source: item,
          parent: frame,
          key,
          depth: frame.depth + 1,
          assign: (v) =>
            Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true }),
        });
      }
    }
  }
  return { value: root, issues, aborted: false };
}

/** Freezes a value and everything in it, iteratively. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const child of Object.values(item)) stack.push(child);
  }
  return value;
}
