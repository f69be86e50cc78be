/** Ids for mined touchpoints, phases, personas and channels, made from the log's own names. */
import { LIMITS } from '../model/limits.js';

/** Longest slug, leaving room for a `-2` suffix and a `channel-share:` prefix within the id limit. */
const MAX_SLUG = LIMITS.maxIdLength - 16;

/**
 * A lowercase ASCII slug of a name: accents dropped (`Oriënteren` → `orienteren`), every other
 * run of characters outside `a-z 0-9` becomes one `-`. Empty when nothing is left (`申请`).
 */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique ids: the slug of a name, else `fallback`, with `-2`, `-3`, … on a clash. */
export class IdAllocator {
  readonly #used = new Set<string>();
  readonly #fallback: string;

  /** `fallback` is the id base for names with no ASCII letters or digits, e.g. `touchpoint`. */
  constructor(fallback: string) {
    this.#fallback = fallback;
  }

  /** A fresh id for `name`; call in a fixed order so the same log always gets the same ids. */
  next(name: string, preferred?: string): string {
    const base = preferred ?? (slug(name) || this.#fallback);
    let id = base;
    for (let n = 2; this.#used.has(id); n += 1) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
  }
}

/** Compares text by UTF-16 code units: the same order in every browser and in Node, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
