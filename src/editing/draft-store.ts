/**
 * A draft of the journey being edited, kept in the browser's storage under the page's
 * `draft-key`, so a reload loses nothing (QUALITY.md 17). Every outcome is a result value: a full
 * storage, one the browser blocks (private mode, a sandboxed frame, cookies off) or no storage
 * at all is reported, never thrown; so is a draft that is no longer a valid journey.
 */
import type { JourneyIssue } from '../model/issues.js';
import { parseJourney } from '../model/parse.js';
import type { Journey } from '../model/types.js';

/** The part of the Web Storage API a draft needs (`localStorage` has it). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What went wrong: `unavailable` (no storage here), `full` (its quota is used up), `blocked`
 * (the browser refuses access), `unreadable` (the stored text is not a draft), `invalid` (the
 * draft's journey does not pass `parseJourney`; `issues` say why).
 */
export type DraftProblem = 'unavailable' | 'full' | 'blocked' | 'unreadable' | 'invalid';

/** The outcome of a draft operation. */
export type DraftResult<T> =
  { ok: true; value: T } | { ok: false; problem: DraftProblem; issues?: JourneyIssue[] | undefined };

/** A draft read back: the journey and when it was saved. */
export interface Draft {
  journey: Journey;
  /** When it was saved, as an ISO 8601 time, or `null` when the draft does not say. */
  savedAt: string | null;
}

const FORMAT = 'klantreis-draft';

function problemOf(error: unknown): DraftProblem {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // Chromium and WebKit say QuotaExceededError (code 22); old Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return 'full';
  }
  return 'blocked';
}

const fail = (
  problem: DraftProblem,
  issues?: JourneyIssue[],
): { ok: false; problem: DraftProblem; issues?: JourneyIssue[] } =>
  issues ? { ok: false, problem, issues } : { ok: false, problem };

/** The page's `localStorage`; reading the property itself throws where storage is blocked. */
function pageStorage(): DraftStorage | null {
  return (globalThis as { localStorage?: DraftStorage }).localStorage ?? null;
}

/** A journey's draft under one key. */
export class DraftStore {
  /** The storage key, as the page's `draft-key` gives it. */
  readonly key: string;
  readonly #storage: () => DraftStorage | null;
  readonly #clock: () => Date;

  /**
   * A draft store for `key`. `storage` defaults to the page's `localStorage`; pass another (or
   * `null` for none) in tests or for `sessionStorage`. `clock` gives the save time.
   */
  constructor(key: string, storage?: DraftStorage | null, clock: () => Date = () => new Date()) {
    this.key = key;
    this.#storage = storage === undefined ? pageStorage : () => storage;
    this.#clock = clock;
  }

  #open(): DraftResult<DraftStorage> {
    try {
      const storage = this.#storage();
      return storage ? { ok: true, value: storage } : fail('unavailable');
    } catch (error) {
      return fail(problemOf(error));
    }
  }

  /** Keeps `journey` as the draft, replacing the one before. */
  save(journey: Journey): DraftResult<void> {
    const storage = this.#open();
    if (!storage.ok) return storage;
    try {
      const text = JSON.stringify({ format: FORMAT, savedAt: this.#clock().toISOString(), journey });
      storage.value.setItem(this.key, text);
      return { ok: true, value: undefined };
    } catch (error) {
      return fail(problemOf(error));
    }
  }

  /** The draft, validated; `null` when there is none. */
  load(): DraftResult<Draft | null> {
    const storage = this.#open();
    if (!storage.ok) return storage;
    let text: string | null;
    try {
      text = storage.value.getItem(this.key);
    } catch (error) {
      return fail(problemOf(error));
    }
    if (text === null) return { ok: true, value: null };
    let stored: unknown;
    try {
      stored = JSON.parse(text);
    } catch {
      return fail('unreadable');
    }
    if (typeof stored !== 'object' || stored === null || (stored as { format?: unknown }).format !== FORMAT) {
      return fail('unreadable');
    }
    const { journey, savedAt } = stored as { journey?: unknown; savedAt?: unknown };
    const parsed = parseJourney(journey);
    if (!parsed.ok) return fail('invalid', parsed.issues);
    return { ok: true, value: { journey: parsed.journey, savedAt: typeof savedAt === 'string' ? savedAt : null } };
  }

  /** Removes the draft (after it was restored, discarded or saved by the page). */
  clear(): DraftResult<void> {
    const storage = this.#open();
    if (!storage.ok) return storage;
    try {
      storage.value.removeItem(this.key);
      return { ok: true, value: undefined };
    } catch (error) {
      return fail(problemOf(error));
    }
  }
}

/** JSON text with object keys sorted, so two journeys compare by content, not key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, (item as Record<string, unknown>)[key]]),
        )
      : item,
  );
}

/** Whether two journeys hold the same data (a draft worth offering differs from its source). */
export function sameJourney(a: Journey, b: Journey): boolean {
  return a === b || canonical(a) === canonical(b);
}
