/**
 * `klantreis/analytics`: pure functions over a validated journey. No DOM.
 */
export * from './nps.js';
export * from './emotion.js';
export * from './metrics.js';
export * from './channels.js';
export * from './transitions.js';
export * from './compare.js';
export * from './phase-facts.js';
export * from './distributions.js';
export * from './intervals.js';
export * from './significance.js';
export * from './trends.js';
export * from './overview.js';
export * from './action-effects.js';
