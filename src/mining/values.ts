/**
 * How an event log's cells are read: timestamps, scores and text. The SQL (sql.ts) and the
 * TypeScript miner (mine-events.ts) share these patterns, so both accept exactly the same
 * values and read them the same way.
 */

/**
 * Timestamps without an offset, read as UTC: `2026-03-01`, `2026-03-01 09:30`,
 * `2026-03-01T09:30:15`, `2026-03-01 09:30:15.250`. Written for RE2 (DuckDB) and JavaScript alike.
 */
export const NAIVE_TIMESTAMP_PATTERN =
  '[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]{1,9})?)?)?';

/**
 * Timestamps with seconds and an offset: `2026-03-01T09:30:15Z`, `2026-03-01 09:30:15.5+01:00`,
 * `…+0100`, `…-05`. DuckDB refuses an offset after minutes without seconds, so this does too.
 */
export const OFFSET_TIMESTAMP_PATTERN =
  '[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.][0-9]{1,9})?(?:Z|[+-](?:0[0-9]|1[0-4])(?::?[0-5][0-9])?)';

/** A plain decimal number (`3`, `-2.5`, `+.5`, `1e-1`): no spaces, no thousands separators, no `inf`. */
export const NUMBER_PATTERN = '[+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?';

const TIMESTAMP = new RegExp(
  '^([1-9][0-9]{3})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.]([0-9]{1,9}))?)?)?' +
    '(Z|([+-])(0[0-9]|1[0-4])(?::?([0-5][0-9]))?)?$',
);
const NAIVE = new RegExp(`^${NAIVE_TIMESTAMP_PATTERN}$`);
const OFFSET = new RegExp(`^${OFFSET_TIMESTAMP_PATTERN}$`);
const NUMBER = new RegExp(`^${NUMBER_PATTERN}$`);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Milliseconds since 1970-01-01 UTC of a timestamp in one of the two accepted forms, or `null`.
 *
 * Mirrors DuckDB's `epoch_ms(CAST(text AS TIMESTAMP|TIMESTAMPTZ))`: the calendar is checked
 * (no 30 February), `24:00:00` is midnight of the next day, fractions are cut to microseconds
 * and the milliseconds are truncated toward zero.
 */
export function parseTimestamp(text: string): number | null {
  if (!NAIVE.test(text) && !OFFSET.test(text)) return null;
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const micros = m[7] === undefined ? 0 : Number(m[7].padEnd(9, '0').slice(0, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (minute > 59 || second > 59) return null;
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0 || micros !== 0))) return null;
  let offsetMinutes = 0;
  if (m[8] !== undefined && m[8] !== 'Z') {
    offsetMinutes = (Number(m[10]) * 60 + (m[11] === undefined ? 0 : Number(m[11]))) * (m[9] === '-' ? -1 : 1);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, 0);
  let ms = date.getTime() + Math.floor(micros / 1000);
  // DuckDB keeps microseconds and truncates toward zero when it turns them into milliseconds.
  if (ms < 0 && micros % 1000 !== 0) ms += 1;
  return ms;
}

/** A plain decimal number, or `null` when the text is not one (see {@link NUMBER_PATTERN}). */
export function parseNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

/** Rounds half away from zero, as SQL's `ROUND` does. */
export function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}

/** An emotion score (−5…+5) in thousandths, or `null` when the value is not one. */
export function emotionMilli(value: number | null): number | null {
  if (value === null || !(value >= -5 && value <= 5)) return null;
  return roundHalfAway(value * 1000);
}

/** An NPS answer (a whole number 0…10), or `null` when the value is not one. */
export function npsAnswer(value: number | null): number | null {
  if (value === null || !Number.isInteger(value) || value < 0 || value > 10) return null;
  return value;
}
