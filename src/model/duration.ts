/**
 * ISO 8601 durations (`P3D`, `PT15M`, `P1Y2M`, `P2W`) as used by a touchpoint's `duration`.
 */

/** The parts of a duration; absent parts are 0. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

// Linear: every group is optional and anchored in a fixed order; no nested quantifiers.
const DURATION =
  /^P(?:(\d{1,9}(?:[.,]\d{1,9})?)Y)?(?:(\d{1,9}(?:[.,]\d{1,9})?)M)?(?:(\d{1,9}(?:[.,]\d{1,9})?)W)?(?:(\d{1,9}(?:[.,]\d{1,9})?)D)?(?:T(?:(\d{1,9}(?:[.,]\d{1,9})?)H)?(?:(\d{1,9}(?:[.,]\d{1,9})?)M)?(?:(\d{1,9}(?:[.,]\d{1,9})?)S)?)?$/;

/** Parses an ISO 8601 duration, or returns `null` when it is not one. */
export function parseDuration(text: string): DurationParts | null {
  if (text.length > 80) return null;
  const m = DURATION.exec(text);
  if (!m) return null;
  if (m.slice(1).every((g) => g === undefined)) return null;
  if (text.endsWith('T')) return null;
  const n = (g: string | undefined) => (g === undefined ? 0 : Number(g.replace(',', '.')));
  return {
    years: n(m[1]),
    months: n(m[2]),
    weeks: n(m[3]),
    days: n(m[4]),
    hours: n(m[5]),
    minutes: n(m[6]),
    seconds: n(m[7]),
  };
}

/**
 * Approximate length of a duration in seconds, for sorting and comparing
 * (a year counts as 365.25 days and a month as 1/12 of that).
 */
export function durationSeconds(parts: DurationParts): number {
  const day = 86_400;
  return (
    parts.years * 365.25 * day +
    parts.months * (365.25 / 12) * day +
    parts.weeks * 7 * day +
    parts.days * day +
    parts.hours * 3_600 +
    parts.minutes * 60 +
    parts.seconds
  );
}
