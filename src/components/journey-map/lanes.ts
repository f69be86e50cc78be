/** The lanes of a journey map, in their default order. */
export const LANES = [
  'touchpoints',
  'channels',
  'emotion',
  'nps',
  'flows',
  'metrics',
  'pain-points',
  'opportunities',
  'moments-of-truth',
  'quotes',
  'processes',
  'actions',
] as const;

/** One lane of the map. */
export type Lane = (typeof LANES)[number];

/** Whether `value` names a lane. */
export function isLane(value: string): value is Lane {
  return (LANES as readonly string[]).includes(value);
}

/**
 * The lanes a `lanes` attribute asks for, in its order: names separated by commas and/or
 * spaces, unknown names and repeats ignored. `null` (no attribute) means "every lane".
 */
export function parseLanes(value: string | null | undefined): Lane[] | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const wanted: Lane[] = [];
  for (const name of value.toLowerCase().split(/[\s,]+/)) {
    if (isLane(name) && !wanted.includes(name)) wanted.push(name);
  }
  return wanted;
}
