/**
 * Where catalogues.ts gets the Dutch catalogue: bundled, in this module (the ESM entries and
 * `dist/klantreis.min.js`). The loader's chunks are built with dutch-catalogue.lazy.ts in its
 * place (scripts/build.js), so a page whose elements all speak English never downloads Dutch.
 */
import type { Messages } from './messages.en.js';
import { nl } from './messages.nl.js';

/** The Dutch catalogue when it is bundled, else `undefined`. */
export const bundledDutch: Messages | undefined = nl;

/** Imports the Dutch catalogue. */
export const importDutch = (): Promise<Messages> => Promise.resolve(nl);
