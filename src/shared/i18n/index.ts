/**
 * Messages and formatting in the element's language.
 */
export { Localizer, resolveLocale, canonicalLocale, FALLBACK_LOCALE } from './localizer.js';
export { CATALOGUES, CATALOGUE_LANGUAGES, catalogueLanguage, type CatalogueLanguage } from './catalogues.js';
export {
  en,
  type Messages,
  type EmotionCurveSummary,
  type PhaseDescription,
  type TouchpointDescription,
} from './messages.en.js';
export { nl } from './messages.nl.js';
export { POLARITIES, POLARITY_THRESHOLDS, polarityOf, type Polarity } from './polarity.js';
export { pluralizer, type PluralForms } from './plural.js';
