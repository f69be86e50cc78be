/**
 * Every message catalogue, by language. Adding a language: a `messages.xx.ts` typed `Messages`,
 * one entry here, and `catalogueLanguage` learns to pick it.
 */
import { en, type Messages } from './messages.en.js';
import { nl } from './messages.nl.js';

/** The languages that have a catalogue. */
export const CATALOGUE_LANGUAGES = ['en', 'nl'] as const;
/** A language that has a catalogue. */
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** Every catalogue by language; English is the reference. */
export const CATALOGUES: Readonly<Record<CatalogueLanguage, Messages>> = Object.freeze({ en, nl });

/** The catalogue language for a BCP 47 tag: `nl` for Dutch (`nl`, `nl-NL`, `nl-BE`…), else `en`. */
export function catalogueLanguage(locale: string): CatalogueLanguage {
  const primary = locale.split('-')[0]?.toLowerCase();
  return primary === 'nl' ? 'nl' : 'en';
}
