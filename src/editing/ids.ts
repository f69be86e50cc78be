/**
 * Ids for what an edit creates, made from its label: a slug (`Advies gesprek!` → `advies-gesprek`),
 * unique in its list (`-2`, `-3` … when taken) and valid per the model's id rule. A rename never
 * changes an id, because other journeys, links and analytics refer to it.
 */
import { LIMITS } from '../model/limits.js';

const ID_RULE = /^[A-Za-z0-9_.:-]+$/;

/** The slug of a label: lower case a–z, 0–9 and single hyphens, accents dropped; `fallback` when nothing is left. */
export function slugOf(label: string, fallback: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.maxIdLength)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** A new id from `label`, not in `taken`, at most `LIMITS.maxIdLength` characters. */
export function uniqueId(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugOf(label, fallback);
  if (!taken.has(base)) return base;
  // Bounded: at most taken.size + 1 tries find a free suffix.
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, LIMITS.maxIdLength - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** Whether `id` follows the model's id rule. */
export function isValidId(id: string): boolean {
  return id.length >= 1 && id.length <= LIMITS.maxIdLength && ID_RULE.test(id);
}
