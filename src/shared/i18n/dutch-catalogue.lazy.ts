/**
 * The loader's build of dutch-catalogue.ts (scripts/build.js swaps it in): the Dutch catalogue is a
 * chunk of its own, imported the first time an element resolves to Dutch.
 */
import type { Messages } from './messages.en.js';

/** Not bundled: see `importDutch`. */
export const bundledDutch: Messages | undefined = undefined;

/** Imports the Dutch catalogue's chunk. */
export const importDutch = (): Promise<Messages> => import('./messages.nl.js').then((module) => module.nl);
