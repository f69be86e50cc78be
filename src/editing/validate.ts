/**
 * Validation of what an edit touched, not of the whole journey: an emotion edit in a journey of
 * 10,000 touchpoints checks one touchpoint against the schema and its references, instead of
 * parsing the journey again. The checks are the model's own (its zod schemas and
 * `referenceIssues`), run on the parts that changed; a property test proves they agree with
 * `parseJourney` (test/editing/validate.test.ts).
 */
import { LIMITS } from '../model/limits.js';
import { referenceIssues } from '../model/references.js';
import { JourneySchema, TouchpointSchema, TransitionSchema } from '../model/schema.js';
import type { Journey } from '../model/types.js';
import { type Applied, type Patch, type Size, segmentsOf, sizeOf } from './patch.js';

type Doc = Record<string, unknown>;

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The lists whose ids other parts of the journey refer to. */
const REFERENCED_LISTS = ['personas', 'channels', 'phases', 'sources'] as const;

const sizes = new WeakMap<object, Size>();

/** The size of a journey as the model's snapshot counts it; remembered per journey. */
function sizeOfJourney(journey: object): Size {
  let size = sizes.get(journey);
  if (!size) {
    size = sizeOf(journey);
    sizes.set(journey, size);
  }
  return size;
}

/**
 * The journey fields whose references these checks know (src/model/references.ts): in a journey
 * with any other field, every edit gets the model's full reference check instead.
 */
const UNDERSTOOD_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'id',
  'title',
  'goal',
  'start',
  'end',
  'locale',
  'kind',
  'extends',
  'personas',
  'channels',
  'phases',
  'touchpoints',
  'transitions',
  'sources',
]);

/**
 * The rules of `referenceIssues` that involve touchpoint ids, when nothing else changed: the ids
 * are unique, and every transition's ends are touchpoints of the journey (`to` may be null).
 * A Set lookup per transition, instead of the full check's path-building walk.
 */
function identitiesResolve(touchpoints: unknown[], transitions: unknown): boolean {
  const ids = new Set<unknown>();
  for (const touchpoint of touchpoints) {
    const id = isDoc(touchpoint) ? touchpoint.id : undefined;
    if (typeof id !== 'string') continue;
    if (ids.has(id)) return false;
    ids.add(id);
  }
  if (!Array.isArray(transitions)) return true;
  for (const transition of transitions) {
    if (!isDoc(transition)) continue;
    const { from, to } = transition;
    if (typeof from === 'string' && !ids.has(from)) return false;
    if (typeof to === 'string' && !ids.has(to)) return false;
  }
  return true;
}

/** Whether an operation changes the list of touchpoints or transitions itself, or a touchpoint's id. */
function changesIdentities(patch: Patch): boolean {
  for (const operation of patch) {
    const paths = operation.op === 'move' ? [operation.path, operation.from] : [operation.path];
    for (const path of paths) {
      const [list, , field] = segmentsOf(path);
      if (list === 'transitions') return true;
      if (list === 'touchpoints' && (field === undefined || field === 'id')) return true;
    }
  }
  return false;
}

/**
 * Whether the document an edit produced is a valid journey, given that the journey before was
 * one. Checks: the document without its long lists against the schema when any of it changed;
 * each changed touchpoint and transition against theirs; the model's full reference check when a
 * list others refer to changed (phases, personas, channels, sources); unique touchpoint ids and
 * transition ends when the touchpoints or transitions themselves changed; the references of the
 * changed touchpoints; the size limits when the document grew.
 */
export function isValidEdit(before: Journey, applied: Applied, patch: Patch): boolean {
  const after = applied.doc;
  if (!isDoc(after)) return false;
  const previous = before as unknown as Doc;
  const { touchpoints, transitions } = after;
  if (!Array.isArray(touchpoints) || touchpoints.length > LIMITS.maxTouchpoints) return false;
  if (transitions !== undefined && (!Array.isArray(transitions) || transitions.length > LIMITS.maxTransitions)) {
    return false;
  }

  const keys = new Set([...Object.keys(previous), ...Object.keys(after)]);
  let shellChanged = false;
  for (const key of keys) {
    if (key !== 'touchpoints' && key !== 'transitions' && previous[key] !== after[key]) shellChanged = true;
  }
  if (shellChanged) {
    const shell: Doc = { ...after, touchpoints: [] };
    if (transitions !== undefined) shell.transitions = [];
    if (!JourneySchema.safeParse(shell).success) return false;
  }

  const changedTouchpoints: unknown[] = [];
  if (touchpoints !== previous.touchpoints) {
    for (const touchpoint of touchpoints) {
      if (typeof touchpoint === 'object' && touchpoint !== null && applied.fresh.has(touchpoint)) {
        if (!TouchpointSchema.safeParse(touchpoint).success) return false;
        changedTouchpoints.push(touchpoint);
      }
    }
  }
  if (Array.isArray(transitions) && transitions !== previous.transitions) {
    for (const transition of transitions) {
      if (typeof transition === 'object' && transition !== null && applied.fresh.has(transition)) {
        if (!TransitionSchema.safeParse(transition).success) return false;
      }
    }
  }

  // A document with fields whose references these checks do not know (a newer model) and a
  // change to a list that others refer to get the model's full reference check.
  const understood = Object.keys(after).every((key) => UNDERSTOOD_FIELDS.has(key));
  if (!understood || REFERENCED_LISTS.some((list) => previous[list] !== after[list])) {
    if (referenceIssues(after).length > 0) return false;
  } else {
    if (changesIdentities(patch) && !identitiesResolve(touchpoints, transitions)) return false;
    if (changedTouchpoints.length > 0) {
      // The model's own rules, on the changed touchpoints and the lists they refer to.
      const part: Doc = { touchpoints: changedTouchpoints };
      for (const list of REFERENCED_LISTS) if (after[list] !== undefined) part[list] = after[list];
      if (referenceIssues(part).length > 0) return false;
    }
  }

  if (applied.delta.bytes > 0 || applied.delta.values > 0) {
    const total = sizeOfJourney(before);
    const size = { bytes: total.bytes + applied.delta.bytes, values: total.values + applied.delta.values };
    if (size.bytes > LIMITS.maxBytes || size.values > LIMITS.maxValues) return false;
    sizes.set(after, size);
  } else {
    const known = sizes.get(before);
    if (known) {
      sizes.set(after, { bytes: known.bytes + applied.delta.bytes, values: known.values + applied.delta.values });
    }
  }
  return true;
}
