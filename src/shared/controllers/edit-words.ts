/**
 * The words of edit mode's controls and notices, in the editor's chunk (a read-only page never
 * downloads them). The labels of the edits themselves come from the editing layer's catalogues.
 */
import { catalogueLanguage } from '../i18n/catalogues.js';
import type { DraftProblem } from '../../editing/index.js';

const en = {
  /** The notice when the source changed while the user was editing. */
  sourceChanged: 'The source changed since you started editing.',
  /** The notice when the page offers another version (a save answered 412). */
  theirsOffered: 'Someone else changed this journey since you started editing.',
  keepMine: 'Keep mine',
  loadTheirs: 'Load theirs',
  /** Label of the journey-change when the other version is loaded. */
  theirsLoaded: 'Loaded the other version of the journey',
  draftFound: (savedAt: string) => `A draft of this journey from ${savedAt} was kept in this browser.`,
  draftFoundUndated: 'A draft of this journey was kept in this browser.',
  restore: 'Restore draft',
  discard: 'Discard draft',
  draftRestored: 'Draft restored',
  draftDiscarded: 'Draft discarded',
  storage: {
    unavailable: 'Drafts cannot be kept: this browser offers no storage here.',
    full: 'The draft could not be kept: the browser storage is full.',
    blocked: 'The draft could not be kept: the browser blocks storage on this page.',
    unreadable: 'The kept draft could not be read and was ignored.',
    invalid: 'The kept draft is no longer a valid journey and was ignored.',
  } satisfies Record<DraftProblem, string>,
  dismiss: 'Dismiss',
  /** The emotion editor. */
  editEmotion: (persona: string, touchpoint: string) => `Emotion of ${persona} at ${touchpoint}`,
  emotionScore: 'Emotion score',
  noScore: 'no score',
  lower: (step: string) => `Lower by ${step}`,
  raise: (step: string) => `Raise by ${step}`,
  persona: 'Persona',
  namedEmotion: 'Named emotion',
  noName: 'no name',
  ownEmotion: 'Or your own word',
  setName: 'Set',
  removeScore: 'Remove score',
  copyCurveTo: 'Copy this curve to',
  copy: 'Copy',
  done: 'Done',
  cancel: 'Cancel',
  editHint: 'Arrow keys change the score, Enter keeps it, Escape restores it.',
};

export type EditUiWords = typeof en;

const nl: EditUiWords = {
  sourceChanged: 'De bron is gewijzigd sinds je begon met bewerken.',
  theirsOffered: 'Iemand anders heeft deze klantreis gewijzigd sinds je begon met bewerken.',
  keepMine: 'Mijn versie houden',
  loadTheirs: 'Hun versie laden',
  theirsLoaded: 'De andere versie van de klantreis geladen',
  draftFound: (savedAt) => `In deze browser is een concept van deze klantreis van ${savedAt} bewaard.`,
  draftFoundUndated: 'In deze browser is een concept van deze klantreis bewaard.',
  restore: 'Concept herstellen',
  discard: 'Concept weggooien',
  draftRestored: 'Concept hersteld',
  draftDiscarded: 'Concept weggegooid',
  storage: {
    unavailable: 'Concepten kunnen niet bewaard worden: deze browser biedt hier geen opslag.',
    full: 'Het concept kon niet bewaard worden: de opslag van de browser is vol.',
    blocked: 'Het concept kon niet bewaard worden: de browser blokkeert opslag op deze pagina.',
    unreadable: 'Het bewaarde concept was onleesbaar en is genegeerd.',
    invalid: 'Het bewaarde concept is geen geldige klantreis meer en is genegeerd.',
  },
  dismiss: 'Sluiten',
  editEmotion: (persona, touchpoint) => `Emotie van ${persona} bij ${touchpoint}`,
  emotionScore: 'Emotiescore',
  noScore: 'geen score',
  lower: (step) => `${step} lager`,
  raise: (step) => `${step} hoger`,
  persona: 'Persona',
  namedEmotion: 'Benoemde emotie',
  noName: 'geen naam',
  ownEmotion: 'Of een eigen woord',
  setName: 'Instellen',
  removeScore: 'Score verwijderen',
  copyCurveTo: 'Deze curve kopiëren naar',
  copy: 'Kopiëren',
  done: 'Klaar',
  cancel: 'Annuleren',
  editHint: 'Pijltjestoetsen wijzigen de score, Enter bewaart hem, Escape zet hem terug.',
};

/** The edit-mode words for a BCP 47 locale: Dutch for any `nl`, else English. */
export function editUiWords(locale: string): EditUiWords {
  return catalogueLanguage(locale) === 'nl' ? nl : en;
}
