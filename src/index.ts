/**
 * `klantreis`: the model, the analytics, the layout geometry, the events and the element
 * classes. Importing this entry registers nothing; import `klantreis/define` to register the
 * elements (or register a class under a tag of your own).
 */
export * from './model/index.js';
export * from './analytics/index.js';
export * from './layout/index.js';
export * from './events/index.js';
export { EmotionCurve } from './components/emotion-curve/emotion-curve.component.js';
export { NpsOverlay } from './components/nps-overlay/nps-overlay.component.js';
export { TouchpointCard } from './components/touchpoint-card/touchpoint-card.component.js';
export { JourneyMap } from './components/journey-map/journey-map.component.js';
export { VERTICAL_BELOW } from './components/journey-map/map-layout.js';
export { LANES, type Lane, parseLanes } from './components/journey-map/lanes.js';
export { printStyles, printStyleText } from './components/journey-map/print-styles.js';
export { Localizer, resolveLocale, CATALOGUES } from './shared/i18n/index.js';
export { MAP_VIEWS, type MapView } from './components/journey-map/views/views.js';
