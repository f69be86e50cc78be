/**
 * DOM ids for an element's own shadow tree (QUALITY.md 7): generated per instance, never built
 * from model ids, so three maps on one page never share a gradient, a clip path or an ARIA reference.
 */

// Distinguishes two copies of the SDK on one page, whose counters would otherwise both start at 1.
const COPY = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
const PREFIX = /^[A-Za-z][A-Za-z0-9-]{0,31}$/;
let counter = 0;

/** A new id that is unique on the page, e.g. `curve-gradient-k3x9q1-12`; `prefix` is a fixed word from code. */
export function uniqueId(prefix = 'journey'): string {
  counter += 1;
  return `${PREFIX.test(prefix) ? prefix : 'journey'}-${COPY}-${counter}`;
}
