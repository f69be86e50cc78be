/**
 * `klantreis/mining`: journey mining from event logs, in the browser or in Node. No DOM
 * needed (a Web Worker for large logs is optional); the CLI's DuckDB path lives elsewhere.
 */
export {
  AGGREGATE_COLUMNS,
  AGGREGATE_KINDS,
  EVENT_ROLES,
  aggregateRow,
  type AggregateKind,
  type AggregateRow,
  type EventRole,
  type MiningColumns,
} from './aggregates.js';
export {
  MINING_SOURCE_ID,
  isoDuration,
  journeyFromAggregates,
  type MineResult,
  type MiningError,
  type MiningOptions,
  type MiningStats,
} from './build-journey.js';
export { CSV_DELIMITERS, CsvError, parseCsv, readCsv, sniffDelimiter, type CsvDelimiter } from './csv.js';
export { slug } from './ids.js';
export { aggregateCsv, aggregateEvents, mineCsv, mineEvents, resolveColumns, type EventValue } from './mine-events.js';
export { mineInWorker, type MineInWorkerOptions } from './mine-in-worker.js';
export type { MineRequest, MineResponse } from './mine-worker.js';
export { miningSql, type MiningSource } from './sql.js';
export {
  NAIVE_TIMESTAMP_PATTERN,
  NUMBER_PATTERN,
  OFFSET_TIMESTAMP_PATTERN,
  parseNumber,
  parseTimestamp,
} from './values.js';
