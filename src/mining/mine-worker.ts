/**
 * The mining Web Worker: mines a log off the main thread, so a page stays responsive while a
 * log of up to a million events is read. Start it through `mineInWorker` (mine-in-worker.ts).
 *
 * Messages in: {@link MineRequest}; out: {@link MineResponse}.
 */
import type { MiningColumns } from './aggregates.js';
import type { MineResult, MiningOptions } from './build-journey.js';
import type { CsvDelimiter } from './csv.js';
import { type EventValue, mineCsv, mineEvents } from './mine-events.js';

/** What the worker is asked to mine: a CSV file or text, or event rows. */
export interface MineRequest {
  input: Blob | string | readonly Readonly<Record<string, EventValue>>[];
  columns: MiningColumns;
  options?: MiningOptions & { delimiter?: CsvDelimiter };
}

/** The worker's answer: the mining result, or why the worker itself failed. */
export type MineResponse = { result: MineResult } | { failure: string };

/** Mines one request; exported for tests and for hosts that run it on their own thread. */
export async function handleMineRequest(request: MineRequest): Promise<MineResponse> {
  try {
    const { input, columns, options = {} } = request;
    if (typeof input === 'string') return { result: mineCsv(input, columns, options) };
    if (typeof Blob !== 'undefined' && input instanceof Blob)
      return { result: mineCsv(await input.text(), columns, options) };
    return { result: mineEvents(input as readonly Readonly<Record<string, EventValue>>[], columns, options) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<MineRequest>) => void) | null;
  postMessage(message: MineResponse): void;
}

// Only inside a worker: there `importScripts` exists and `document` does not.
const scope = globalThis as unknown as WorkerScope & { importScripts?: unknown; document?: unknown };
if (typeof scope.importScripts === 'function' && scope.document === undefined) {
  scope.onmessage = (event) => {
    void handleMineRequest(event.data).then((response) => scope.postMessage(response));
  };
}
