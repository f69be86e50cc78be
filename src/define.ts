/**
 * `klantreis/define`: registers every klantreis element (guarded: a second copy on the page is harmless).
 */
export {};
