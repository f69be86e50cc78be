/**
 * The editing catalogues by language, picked like the elements' catalogues: Dutch for any `nl`
 * locale, else English.
 */
import { catalogueLanguage } from '../shared/i18n/catalogues.js';
import { type EditingMessages, editingEn } from './messages.en.js';
import { editingNl } from './messages.nl.js';

export type { EditingMessages } from './messages.en.js';

/** Every editing catalogue, by language. */
export const EDITING_CATALOGUES = Object.freeze({ en: editingEn, nl: editingNl });

/** The editing words for a BCP 47 locale (default English). */
export function editingWords(locale = 'en'): EditingMessages {
  return EDITING_CATALOGUES[catalogueLanguage(locale)];
}
