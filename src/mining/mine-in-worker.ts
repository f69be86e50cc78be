/** `mineInWorker`: journey mining on a Web Worker, for logs too large for the main thread. */
import { parseJourney } from '../model/parse.js';
import type { MiningColumns } from './aggregates.js';
import type { MineResult, MiningOptions } from './build-journey.js';
import type { CsvDelimiter } from './csv.js';
import type { EventValue } from './mine-events.js';
import type { MineRequest, MineResponse } from './mine-worker.js';

/** Options of {@link mineInWorker}. */
export interface MineInWorkerOptions extends MiningOptions {
  /** The CSV separator; sniffed from the header line when omitted. */
  delimiter?: CsvDelimiter;
  /**
   * The worker to use, or the URL of `klantreis/mining/worker` when a bundler moved it. By
   * default a module worker is started from `./mine-worker.js` next to this module.
   */
  worker?: Worker | URL | string;
  /** Stops the worker; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Mines a journey on a Web Worker: from a CSV `File`/`Blob` (read in the worker), CSV text,
 * or event rows. Resolves with the same result as `mineEvents`/`mineCsv`; a worker it started
 * itself is ended afterwards.
 *
 * @example
 * const result = await mineInWorker(input.files[0], { case: 'case_id', activity: 'step', time: 'ts' });
 */
export function mineInWorker(
  input: Blob | string | readonly Readonly<Record<string, EventValue>>[],
  columns: MiningColumns,
  options: MineInWorkerOptions = {},
): Promise<MineResult> {
  if (typeof Worker === 'undefined') {
    return Promise.reject(new Error('mineInWorker needs Web Workers; use mineEvents or mineCsv here'));
  }
  const { worker: given, signal, ...mining } = options;
  const own = !(given instanceof Worker);
  const worker =
    given instanceof Worker
      ? given
      : given !== undefined
        ? new Worker(given, { type: 'module' })
        : new Worker(new URL('./mine-worker.js', import.meta.url), { type: 'module' });
  return new Promise<MineResult>((resolve, reject) => {
    const finish = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      if (own) worker.terminate();
    };
    const onMessage = (event: MessageEvent<MineResponse>) => {
      finish();
      const response = event.data;
      if ('failure' in response) {
        reject(new Error(`mining failed in the worker: ${response.failure}`));
        return;
      }
      const { result } = response;
      if (!result.ok) {
        resolve(result);
        return;
      }
      // A structured clone is no longer frozen: parse again for the same guarantees as mineEvents.
      const parsed = parseJourney(result.journey);
      resolve(
        parsed.ok
          ? { ...result, journey: parsed.journey }
          : { ok: false, errors: [{ message: 'the worker returned an invalid journey', issues: parsed.issues }] },
      );
    };
    const onError = (event: ErrorEvent) => {
      finish();
      reject(new Error(`the mining worker could not run: ${event.message || 'failed to load'}`));
    };
    const onAbort = () => {
      finish();
      if (!own) worker.terminate();
      reject(signal!.reason);
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    const request: MineRequest = { input, columns, options: mining as MiningOptions & { delimiter?: CsvDelimiter } };
    worker.postMessage(request);
  });
}
