/**
 * `klantreis/analytics`: pure functions over a validated journey. No DOM.
 */
export {};
