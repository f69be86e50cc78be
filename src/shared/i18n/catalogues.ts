/**
 * Every message catalogue, by language. English is built in; Dutch comes from dutch-catalogue.ts,
 * bundled in the ESM entries and the single file, a chunk of its own behind the loader (loaded the
 * first time an element speaks Dutch: `loadCatalogue`). Adding a language: a `messages.xx.ts`
 * typed `Messages`, one entry here, and `catalogueLanguage` learns to pick it.
 */
import { bundledDutch, importDutch } from './dutch-catalogue.js';
import { en, type Messages } from './messages.en.js';

/** The languages that have a catalogue. */
export const CATALOGUE_LANGUAGES = ['en', 'nl'] as const;
/** A language that has a catalogue. */
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

let dutch: Messages | undefined = bundledDutch;
let dutchLoading: Promise<Messages> | undefined;

/**
 * Every catalogue by language; English is the reference. A catalogue that is not loaded yet reads
 * as English, the built-in fallback: check `catalogueLoaded` (or await `loadCatalogue`) first.
 */
export const CATALOGUES: Readonly<Record<CatalogueLanguage, Messages>> = Object.freeze({
  en,
  get nl(): Messages {
    return dutch ?? en;
  },
});

/** The catalogue language for a BCP 47 tag: `nl` for Dutch (`nl`, `nl-NL`, `nl-BE`…), else `en`. */
export function catalogueLanguage(locale: string): CatalogueLanguage {
  const primary = locale.split('-')[0]?.toLowerCase();
  return primary === 'nl' ? 'nl' : 'en';
}

/** Whether the catalogue of `lang` is here (English always is). */
export function catalogueLoaded(lang: CatalogueLanguage): boolean {
  return lang === 'en' || dutch !== undefined;
}

/**
 * The catalogue of `lang`, loading it the first time (one import, shared). When it cannot be
 * loaded the promise rejects, and `CATALOGUES[lang]` stays English.
 */
export function loadCatalogue(lang: CatalogueLanguage): Promise<Messages> {
  if (lang === 'en') return Promise.resolve(en);
  if (dutch) return Promise.resolve(dutch);
  // A failed import is not retried: the browser would answer the same failure for the same file.
  dutchLoading ??= importDutch().then((messages) => (dutch = messages));
  return dutchLoading;
}
