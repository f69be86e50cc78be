/**
 * `klantreis/model`: the journey model, its schema and `parseJourney`. No DOM.
 */
export * from './schema.js';
export type * from './types.js';
export {
  isValidatedJourney,
  parseJourney,
  parseJourneyAsync,
  type ParseResult,
  type ParseAsyncOptions,
} from './parse.js';
export {
  ISSUE_CODES,
  FAILURE_CODES,
  formatPath,
  type IssueCode,
  type FailureCode,
  type JourneyIssue,
} from './issues.js';
export { LIMITS } from './limits.js';
export {
  WELL_KNOWN_CHANNELS,
  WELL_KNOWN_CHANNEL_KIND,
  CHANNEL_KINDS,
  isWellKnownChannel,
  type WellKnownChannel,
} from './channels.js';
export { parseDuration, durationSeconds, type DurationParts } from './duration.js';
export { isSafeColour } from './colour.js';
export { linkProblem, ALLOWED_LINK_PROTOCOLS } from './url.js';
export { fromMermaid } from './mermaid.js';
