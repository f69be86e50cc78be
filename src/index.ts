/**
 * `klantreis`: the model, the analytics and the element classes. Importing this entry
 * registers nothing; import `klantreis/define` to register the elements.
 */
export * from './model/index.js';
export * from './analytics/index.js';
