/**
 * `parseJourney`: the one door through which a journey enters the SDK.
 */
import * as z from 'zod/mini';
import { type FailureCode, type JourneyIssue, type PathSegment, failureCodeOf, formatPath } from './issues.js';
import { LIMITS } from './limits.js';
import { referenceIssues } from './references.js';
import { JourneySchema, TouchpointSchema, TransitionSchema } from './schema.js';
import { type SnapshotResult, deepFreezeSteps, plainCopy, runToEnd, snapshotSteps } from './snapshot.js';
import type { Journey } from './types.js';

/** The result of `parseJourney`. */
export type ParseResult = { ok: true; journey: Journey } | { ok: false; code: FailureCode; issues: JourneyIssue[] };

/** At most this many issues are listed; one more says how many were left out. */
const MAX_ISSUES = 500;

type ZodIssue = z.core.$ZodIssue;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a finite number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  boolean: 'true or false',
  null: 'null',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when an issue says the value itself has the wrong type (not something inside it). */
function isWrongShape(issue: ZodIssue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return issue.code === 'invalid_union' && issue.errors.every((branch) => branch.some(isWrongShape));
}

/**
 * Once a value has the wrong type, zod still runs the length checks that fit the value it got
 * (a string given for the 11-item distribution is "too short"); those only repeat the type error.
 */
function withoutEchoesOfTypeErrors(issues: JourneyIssue[]): JourneyIssue[] {
  const mistyped = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path));
  if (mistyped.size === 0) return issues;
  return issues.filter((issue) => issue.code === 'invalid_type' || !mistyped.has(issue.path));
}

/** Turns zod issues into plain-worded journey issues. */
function translate(issue: ZodIssue, root: unknown, out: JourneyIssue[], base: PropertyKey[] = []): void {
  const segments = [...base, ...issue.path] as PathSegment[];
  const path = formatPath(segments);
  const value = valueAt(root, segments);
  const last = segments[segments.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        out.push({ path, code: 'missing', message: 'is required' });
      } else if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value)) {
        out.push({ path, code: 'invalid_type', message: `must be a whole number, not ${value}` });
      } else {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        out.push({ path, code: 'invalid_type', message: `must be ${expected}, not ${typeName(value)}` });
      }
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        out.push({ path: formatPath([...segments, key]), code: 'unknown_key', message: `unknown field "${key}"` });
      }
      return;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.exact && issue.origin === 'array') {
        // A fixed length (the 11 NPS answers) is a shape rule, not a size limit: not `too_many`.
        out.push({ path, code: 'invalid_value', message: `must have exactly ${max} items` });
      } else if (issue.origin === 'array') {
        out.push({ path, code: 'too_many', message: `has more than ${max.toLocaleString('en')} items` });
      } else if (issue.origin === 'string') {
        out.push({ path, code: 'too_long', message: `is longer than ${max.toLocaleString('en')} characters` });
      } else {
        out.push({ path, code: 'invalid_value', message: `must be at most ${max}, not ${String(value)}` });
      }
      return;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.exact && issue.origin === 'array') {
        out.push({ path, code: 'invalid_value', message: `must have exactly ${min} items` });
      } else if (issue.origin === 'array') {
        out.push({
          path,
          code: 'invalid_value',
          message: min === 1 ? 'must not be empty' : `needs at least ${min} items`,
        });
      } else if (issue.origin === 'string') {
        out.push({
          path,
          code: 'invalid_value',
          message: min === 1 ? 'must not be empty' : `needs at least ${min} characters`,
        });
      } else {
        out.push({ path, code: 'invalid_value', message: `must be at least ${min}, not ${String(value)}` });
      }
      return;
    }
    case 'invalid_value': {
      if (value === undefined) {
        out.push({ path, code: 'missing', message: 'is required' });
      } else if (last === 'version' && segments.length === 1) {
        out.push({
          path,
          code: 'unsupported_version',
          message: `unsupported format version ${JSON.stringify(value) ?? 'undefined'}: this klantreis reads version 1`,
        });
      } else {
        const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
        out.push({ path, code: 'invalid_value', message: `must be one of ${options}, not ${JSON.stringify(value)}` });
      }
      return;
    }
    case 'invalid_format':
      // An empty id already has its "must not be empty"; the grammar would only repeat it.
      if (value === '') return;
      out.push({
        path,
        code: 'invalid_id',
        message: `${JSON.stringify(value)} is not a valid id: use 1–${LIMITS.maxIdLength} characters from A–Z, a–z, 0–9, "_", "-", "." and ":"`,
      });
      return;
    case 'not_multiple_of':
      out.push({ path, code: 'invalid_value', message: 'must be a whole number' });
      return;
    case 'custom': {
      const kind = (issue.params as { kind?: unknown } | undefined)?.kind;
      const code =
        kind === 'too_many'
          ? 'too_many'
          : last === 'href'
            ? 'invalid_url'
            : last === 'color'
              ? 'invalid_colour'
              : 'invalid_value';
      out.push({ path, code, message: issue.message });
      return;
    }
    case 'invalid_union': {
      if (
        isObject(value) &&
        'promoters' in value === false &&
        'passives' in value === false &&
        'detractors' in value === false &&
        !('distribution' in value)
      ) {
        out.push({
          path,
          code: 'missing',
          message: 'NPS needs either promoters, passives and detractors, or a distribution of 11 counts',
        });
        return;
      }
      if (
        isObject(value) &&
        'distribution' in value &&
        ('promoters' in value || 'passives' in value || 'detractors' in value)
      ) {
        out.push({ path, code: 'invalid_value', message: 'NPS takes either counts or a distribution, not both' });
        return;
      }
      // Report the branch that came closest: the one with the fewest problems.
      // Report the branch that came closest: a branch whose very shape is wrong (an object
      // where a list is expected) loses to any branch of the right shape.
      const ranked = issue.errors.map((branch) => {
        const mapped: JourneyIssue[] = [];
        for (const inner of branch) translate(inner, root, mapped, segments);
        const wrongShape = branch.some(isWrongShape);
        const cleaned = withoutEchoesOfTypeErrors(mapped);
        return { mapped: cleaned, rank: (wrongShape ? 1_000_000 : 0) + cleaned.length };
      });
      ranked.sort((a, b) => a.rank - b.rank);
      out.push(...(ranked[0]?.mapped ?? [{ path, code: 'invalid_value' as const, message: 'is not valid here' }]));
      return;
    }
    case 'invalid_key': {
      // A segment key the record refused; the only rule on keys is their length.
      const tooLong = issue.issues.some((inner) => inner.code === 'too_big');
      out.push(
        tooLong
          ? {
              path,
              code: 'too_long',
              message: `this key is longer than ${LIMITS.maxShortText.toLocaleString('en')} characters`,
            }
          : { path, code: 'invalid_value', message: 'this key is not valid here' },
      );
      return;
    }
    default:
      out.push({ path, code: 'invalid_value', message: 'is not valid here' });
  }
}

function utf8Length(text: string): number {
  // Exact only when needed: a string can hold at most 3 UTF-8 bytes per UTF-16 unit.
  if (text.length * 3 <= LIMITS.maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

function fail(issues: JourneyIssue[]): ParseResult {
  const unique: JourneyIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(issue);
  }
  const code = failureCodeOf(unique);
  if (unique.length > MAX_ISSUES) {
    const rest = unique.length - MAX_ISSUES;
    unique.length = MAX_ISSUES;
    unique.push({ path: '', code: 'truncated', message: `and ${rest} more issues` });
  }
  return { ok: false, code, issues: unique };
}

/** Touchpoints (and transitions) validated per slice, so a large journey never blocks the page long. */
const ITEMS_PER_SLICE = 500;
const TouchpointList = z.array(TouchpointSchema);
const TransitionList = z.array(TransitionSchema);

type Translated = { issue: ZodIssue; base: PropertyKey[] };
const FIELD_ORDER = Object.keys(JourneySchema.def.shape);

/**
 * Validates a list field slice by slice: the issues come back with their full paths, the data
 * as one array. Over its limit, the list is reported and not validated (bounded work).
 */
function* validateList(
  field: 'touchpoints' | 'transitions',
  items: unknown[],
  schema: typeof TouchpointList | typeof TransitionList,
  max: number,
  found: Translated[],
): Generator<void, unknown[] | null> {
  if (items.length > max) {
    found.push({
      issue: {
        code: 'too_big',
        origin: 'array',
        maximum: max,
        inclusive: true,
        path: [],
        message: '',
        input: items,
      } as ZodIssue,
      base: [field],
    });
    return null;
  }
  const data: unknown[] = [];
  let ok = true;
  for (let offset = 0; offset < items.length; offset += ITEMS_PER_SLICE) {
    const result = schema.safeParse(items.slice(offset, offset + ITEMS_PER_SLICE));
    if (result.success) data.push(...result.data);
    else {
      ok = false;
      for (const issue of result.error.issues) {
        const [index, ...rest] = issue.path;
        found.push({ issue: { ...issue, path: [Number(index) + offset, ...rest] } as ZodIssue, base: [field] });
      }
    }
    yield;
  }
  return ok ? data : null;
}

/**
 * The journeys this module returned. They are deeply frozen, so they stay valid: handed in again
 * (one element's journey given to another, the map's journey to its lanes) they are returned as
 * they are, without a second copy and validation.
 */
const validated = new WeakSet<object>();

/** Whether `value` is a journey `parseJourney` or `parseJourneyAsync` returned (valid, deeply frozen). */
export function isValidatedJourney(value: unknown): value is Journey {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** Objects known to be frozen with everything under them: a frozen object cannot change, so once is enough. */
const deeplyFrozen = new WeakSet<object>();

/** Whether `value` and everything under it is frozen; each subtree is walked once. */
function isDeeplyFrozen(value: unknown): boolean {
  const pending: unknown[] = [value];
  const walked: object[] = [];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null || deeplyFrozen.has(node) || validated.has(node)) continue;
    if (!Object.isFrozen(node)) return false;
    walked.push(node);
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(node, key);
      // A getter could answer differently each time: not data, not trusted.
      if (!descriptor || !('value' in descriptor)) return false;
      pending.push(descriptor.value);
    }
  }
  for (const node of walked) deeplyFrozen.add(node);
  return true;
}

/**
 * For the editing layer, which validates what each edit touched: hands over a journey it made
 * from a validated one, so an element given it does not copy and validate it again (1–2.5 s at
 * 10,000 touchpoints). Only a deeply frozen journey is taken — the page cannot change it
 * afterwards, so it stays valid (QUALITY.md 11) — and only once: each frozen part is walked once,
 * so an edit that shares everything it did not touch costs the walk of what it changed. Returns
 * whether it was taken. Internal: not exported from the model's entry point, since trusting is
 * the caller's promise that the journey is valid.
 */
export function trustValidated(journey: Journey): boolean {
  if (isValidatedJourney(journey)) return true;
  if (typeof journey !== 'object' || journey === null || Array.isArray(journey)) return false;
  if (!isDeeplyFrozen(journey)) return false;
  validated.add(journey);
  return true;
}

/**
 * The whole parse as steps that yield between slices; `parseJourney` runs them in one go.
 * `owned`: the input is a private copy of plain data (`plainCopy`'s), so it is not copied again.
 */
function* parseSteps(input: unknown, owned = false): Generator<void, ParseResult> {
  if (isValidatedJourney(input)) return { ok: true, journey: input };
  try {
    let data: unknown = input;
    if (typeof input === 'string') {
      if (utf8Length(input) > LIMITS.maxBytes) {
        return fail([
          {
            path: '',
            code: 'too_large',
            message: `the journey is larger than ${LIMITS.maxBytes.toLocaleString('en')} bytes`,
          },
        ]);
      }
      try {
        data = JSON.parse(input);
      } catch (error) {
        const detail = error instanceof SyntaxError ? error.message : 'unreadable text';
        return fail([{ path: '', code: 'invalid_json', message: `not valid JSON: ${detail}` }]);
      }
      yield;
    }
    const copy: SnapshotResult =
      owned && typeof input !== 'string' ? { value: data, issues: [], aborted: false } : yield* snapshotSteps(data);
    if (copy.aborted) return fail(copy.issues);
    const issues: JourneyIssue[] = [...copy.issues];
    // A value the snapshot refused (a cycle, a function, an unreadable getter…) is absent from the
    // copy; the schema would then call it missing or mistyped, which only repeats the first issue.
    const refused = new Set(copy.issues.map((issue) => issue.path));
    const doc = copy.value;
    if (!isObject(doc)) {
      if (doc === undefined && issues.length > 0) return fail(issues);
      issues.push({ path: '', code: 'invalid_type', message: `a journey must be an object, not ${typeName(doc)}` });
      return fail(issues);
    }
    // The document without its long lists first, then the lists slice by slice.
    const found: Translated[] = [];
    const shell: Record<string, unknown> = { ...doc };
    const touchpoints = Array.isArray(doc.touchpoints) ? doc.touchpoints : null;
    const transitions = Array.isArray(doc.transitions) ? doc.transitions : null;
    if (touchpoints) shell.touchpoints = [];
    if (transitions) shell.transitions = [];
    const result = JourneySchema.safeParse(shell);
    if (!result.success) for (const issue of result.error.issues) found.push({ issue, base: [] });
    yield;
    const touchpointData = touchpoints
      ? yield* validateList('touchpoints', touchpoints, TouchpointList, LIMITS.maxTouchpoints, found)
      : null;
    const transitionData = transitions
      ? yield* validateList('transitions', transitions, TransitionList, LIMITS.maxTransitions, found)
      : null;
    if (found.length > 0) {
      // In the schema's field order, as one pass over the whole document would list them.
      const rank = (t: Translated) => {
        const first = t.base[0] ?? t.issue.path[0];
        const at = first === undefined ? -1 : FIELD_ORDER.indexOf(String(first));
        return at === -1 ? FIELD_ORDER.length : at;
      };
      found.sort((a, b) => rank(a) - rank(b));
      const translated: JourneyIssue[] = [];
      for (const { issue, base } of found) translate(issue, doc, translated, base);
      issues.push(...withoutEchoesOfTypeErrors(translated).filter((issue) => !refused.has(issue.path)));
    }
    issues.push(...referenceIssues(doc));
    if (issues.length > 0 || !result.success) {
      return fail(
        issues.length > 0 ? issues : [{ path: '', code: 'invalid_value', message: 'the journey is not valid' }],
      );
    }
    const journey = result.data as Journey;
    if (touchpoints) (journey as { touchpoints: unknown[] }).touchpoints = touchpointData ?? [];
    if (transitions) (journey as { transitions?: unknown[] }).transitions = transitionData ?? [];
    yield;
    const frozen = yield* deepFreezeSteps(journey);
    validated.add(frozen);
    return { ok: true, journey: frozen };
  } catch {
    // Defence in depth: nothing above should throw, but a parse must never escape as an exception.
    return fail([{ path: '', code: 'unreadable', message: 'the journey could not be read' }]);
  }
}

/**
 * Validates a journey document, given as an object or as JSON text.
 *
 * Returns `{ ok: true, journey }` with a deeply frozen copy, or `{ ok: false, code, issues }`
 * listing every problem at once with its JSON path. Never throws. A journey this function
 * returned before is returned as it is (it is frozen, so still valid).
 */
export function parseJourney(input: unknown): ParseResult {
  return runToEnd(parseSteps(input));
}

/** Options of {@link parseJourneyAsync}. */
export interface ParseAsyncOptions {
  /** Stops the parse; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Longest stretch of work between two yields to the page, in ms (default 12). */
  sliceMs?: number;
}

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * `parseJourney` that yields to the page between slices of work, so that validating a journey
 * of thousands of touchpoints never blocks input or rendering for long. Same result; never
 * rejects except when `signal` aborts.
 */
export async function parseJourneyAsync(input: unknown, options: ParseAsyncOptions = {}): Promise<ParseResult> {
  return inSlices(parseSteps(input), options);
}

/**
 * What an element does with a large journey handed to it: a snapshot now (`plainCopy`, so later
 * changes by the page cannot leak in, QUALITY.md 11), validated in slices like `parseJourneyAsync`
 * without being copied a second time. Input that is not plain data gets the careful synchronous
 * parse, which names every problem, and its result at once.
 */
export function snapshotThenParseAsync(
  input: unknown,
  options: ParseAsyncOptions = {},
): ParseResult | Promise<ParseResult> {
  if (isValidatedJourney(input)) return { ok: true, journey: input };
  const copied = plainCopy(input);
  if (!copied) return parseJourney(input);
  return inSlices(parseSteps(copied.value, true), options);
}

async function inSlices(
  steps: Generator<void, ParseResult>,
  { signal, sliceMs = 12 }: ParseAsyncOptions,
): Promise<ParseResult> {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
