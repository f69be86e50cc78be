/** Geometry for a given size: scales and path strings. No DOM. */
export * from './columns.js';
