/**
 * Shared building blocks of klantreis elements: controllers, templates, style tokens, i18n.
 */
export {
  JourneySourceController,
  resolveJourneySrc,
  ALLOWED_SRC_PROTOCOLS,
  DEFAULT_SRC_TIMEOUT_MS,
  MIN_REFRESH_SECONDS,
  type JourneySourceStatus,
  type JourneySourceOptions,
  type JourneyFailure,
} from './journey-source.js';
export { LocaleController, type LocaleControllerOptions } from './locale-controller.js';
export { SourceAnnouncer, LOADING_ANNOUNCE_DELAY_MS, ANNOUNCER_CLASS, type AnnouncedSource } from './announcer.js';
export { SizeController } from './size-controller.js';
export { uniqueId } from './ids.js';
export { renderErrorPanel, renderStatus, renderStaleNote, renderSourceState, MAX_SHOWN_ISSUES } from './error-panel.js';
export {
  tokens,
  personaTokens,
  personaColour,
  personaColours,
  PERSONA_PALETTE_SIZE,
  hostStyles,
  smallText,
  focusRing,
  reducedMotion,
  forcedColours,
  visuallyHidden,
  statePanelStyles,
  sharedStyles,
} from './theme.js';
export * from './i18n/index.js';
