/**
 * Comparing two journeys: the generic journey and a specific one that `extends` it, or the
 * "before" and "after" of a change. Touchpoints are matched by id.
 */
import type { Journey, Touchpoint } from '../model/types.js';
import { curveKeys, emotionAt } from './emotion.js';
import { touchpointNps } from './nps.js';

/** The fields whose difference makes a touchpoint "changed". */
export const COMPARED_FIELDS = [
  'label',
  'phase',
  'channel',
  'actor',
  'description',
  'duration',
  'emotions',
  'momentOfTruth',
  'painPoints',
  'opportunities',
  'quotes',
  'metrics',
  'nps',
  'links',
] as const satisfies readonly (keyof Touchpoint)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** How one persona's (or all customers') emotion moved at a touchpoint. */
export interface EmotionDelta {
  persona: string | null;
  before: number | null;
  after: number | null;
  /** `after − before`, or `null` when either is missing. */
  delta: number | null;
}

/** How the latest NPS moved at a touchpoint. */
export interface NpsDelta {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export type TouchpointStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One touchpoint of the merged journey. */
export interface ComparedTouchpoint {
  id: string;
  status: TouchpointStatus;
  /** The touchpoint in the base journey (absent when added). */
  before?: Touchpoint;
  /** The touchpoint in the compared journey (absent when removed). */
  after?: Touchpoint;
  /** Fields that differ (empty unless changed). */
  fields: ComparedField[];
  emotion: EmotionDelta[];
  nps: NpsDelta | null;
}

/** The result of {@link compareJourneys}. */
export interface JourneyComparison {
  /** Ids only in the compared journey. */
  added: string[];
  /** Ids only in the base journey. */
  removed: string[];
  /** Ids in both whose content differs. */
  changed: string[];
  unchanged: string[];
  /**
   * Every touchpoint of both journeys in one order: the compared journey's order, with each
   * removed touchpoint placed right after the base touchpoint it followed.
   */
  touchpoints: ComparedTouchpoint[];
}

/** JSON with sorted keys: equal content gives equal text whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

function emotionDeltas(
  base: Journey,
  next: Journey,
  before: { tp: Touchpoint; index: number } | undefined,
  after: { tp: Touchpoint; index: number } | undefined,
): EmotionDelta[] {
  const keys = [...new Set([...curveKeys(next), ...curveKeys(base)])];
  return keys.flatMap((persona) => {
    const b = before ? emotionAt(before.tp, before.index, persona).score : null;
    const a = after ? emotionAt(after.tp, after.index, persona).score : null;
    if (a === null && b === null) return [];
    return [{ persona, before: b, after: a, delta: a === null || b === null ? null : a - b }];
  });
}

function npsDelta(before: Touchpoint | undefined, after: Touchpoint | undefined): NpsDelta | null {
  const b = before ? (touchpointNps(before).current?.score ?? null) : null;
  const a = after ? (touchpointNps(after).current?.score ?? null) : null;
  if (a === null && b === null) return null;
  return { before: b, after: a, delta: a === null || b === null ? null : a - b };
}

/**
 * Compares `next` against `base`: which touchpoints were added, removed or changed, with
 * emotion deltas per persona and the latest NPS delta. Works for generic → specific and
 * for before → after.
 */
export function compareJourneys(base: Journey, next: Journey): JourneyComparison {
  const baseById = new Map(base.touchpoints.map((tp, index) => [tp.id, { tp, index }]));
  const nextById = new Map(next.touchpoints.map((tp, index) => [tp.id, { tp, index }]));
  const entries = new Map<string, ComparedTouchpoint>();
  const result: JourneyComparison = { added: [], removed: [], changed: [], unchanged: [], touchpoints: [] };

  for (const { id } of next.touchpoints) {
    const after = nextById.get(id)!;
    const before = baseById.get(id);
    const fields = before ? COMPARED_FIELDS.filter((f) => canonical(before.tp[f]) !== canonical(after.tp[f])) : [];
    const status: TouchpointStatus = !before ? 'added' : fields.length > 0 ? 'changed' : 'unchanged';
    const entry: ComparedTouchpoint = {
      id,
      status,
      after: after.tp,
      fields,
      emotion: emotionDeltas(base, next, before, after),
      nps: npsDelta(before?.tp, after.tp),
    };
    if (before) entry.before = before.tp;
    entries.set(id, entry);
    result[status].push(id);
  }

  // Place each removed touchpoint after the nearest earlier base touchpoint that is kept.
  const removedAfter = new Map<string | null, ComparedTouchpoint[]>();
  let anchor: string | null = null;
  for (const { id } of base.touchpoints) {
    const kept = nextById.has(id);
    if (kept) {
      anchor = id;
      continue;
    }
    const before = baseById.get(id)!;
    const entry: ComparedTouchpoint = {
      id,
      status: 'removed',
      before: before.tp,
      fields: [],
      emotion: emotionDeltas(base, next, before, undefined),
      nps: npsDelta(before.tp, undefined),
    };
    result.removed.push(id);
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), entry]);
  }
  result.touchpoints.push(...(removedAfter.get(null) ?? []));
  for (const { id } of next.touchpoints) {
    result.touchpoints.push(entries.get(id)!);
    result.touchpoints.push(...(removedAfter.get(id) ?? []));
  }
  return result;
}
