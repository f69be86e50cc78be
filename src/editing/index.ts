/**
 * The editing layer: edits of a journey as pure commands (no DOM), their RFC 6902 patches,
 * undo and redo, and a draft kept in the browser's storage.
 */
export {
  type EditCommand,
  type EditCommandType,
  type Whose,
  type QuoteInput,
  type JourneyTextField,
  type PhaseTextField,
  type TouchpointTextField,
  type NoteList,
  JOURNEY_TEXT_FIELDS,
  PHASE_TEXT_FIELDS,
  TOUCHPOINT_TEXT_FIELDS,
  NOTE_LISTS,
} from './commands.js';
export {
  applyEdit,
  isRefusal,
  isEditedJourney,
  moveStep,
  REFUSAL_CODES,
  type Edit,
  type EditResult,
  type EditOptions,
  type Refusal,
  type RefusalCode,
} from './apply.js';
export { History, type HistoryOptions } from './history.js';
export { type Patch, type PatchOperation, applyPatch, pointer } from './patch.js';
export { slugOf, uniqueId } from './ids.js';
export {
  DraftStore,
  sameJourney,
  type Draft,
  type DraftStorage,
  type DraftResult,
  type DraftProblem,
} from './draft-store.js';
export { EDITING_CATALOGUES, editingWords, type EditingMessages } from './words.js';
