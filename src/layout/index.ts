/** Geometry for a given size: scales and path strings. No DOM. */
export * from './columns.js';
export * from './emotion-glyphs.js';
export * from './channel-icons.js';
export * from './nps.js';
export * from './emotion-curve.js';
export * from './flows.js';
export * from './poster.js';
export * from './sparkline.js';
export * from './wheel.js';
export * from './blueprint.js';
