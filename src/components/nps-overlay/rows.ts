/**
 * The overlay's model, without Lit: one row per touchpoint with its NPS for the persona and
 * period, its accessible name, and the phases as the map bands them.
 */
import { type NpsInterval, npsInterval } from '../../analytics/intervals.js';
import { type NpsResult, type NpsTrend, type TouchpointNps, touchpointNps } from '../../analytics/nps.js';
import { type NpsChange, npsChange } from '../../analytics/significance.js';
import { phaseRuns } from '../../layout/columns.js';
import type { Journey, Touchpoint } from '../../model/types.js';
import type { GridShape } from '../../shared/grid-keys.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { isAllPersonas } from '../../shared/personas.js';
import { measurementText } from './describe.js';

/** One touchpoint of the journey as the overlay shows it. */
export interface NpsRow {
  index: number;
  touchpoint: Touchpoint;
  phaseLabel: string;
  /** Whether the touchpoint has any NPS measurement at all (else it only keeps its place). */
  measured: boolean;
  nps: TouchpointNps;
  current: NpsResult | null;
  /** The score shown, `null` for "no data". */
  score: number | null;
  /** True when a target is given and the score misses it. */
  offTarget: boolean;
  /** The score's 95 % interval (adjusted Wald, analytics/intervals.ts); null without answers. */
  interval: NpsInterval | null;
  /**
   * The change between the last two periods with its z test at 95 % (analytics/significance.ts);
   * `unknown` when one of them has no answers (never "no change"); null with fewer than two.
   */
  change: NpsChange | 'unknown' | null;
  /** The accessible name: everything drawn, in words. */
  name: string;
}

/** A run of touchpoints of one phase in track order: rows `first`…`last`, and its first measured touchpoint. */
export interface NpsPhase {
  label: string;
  first: number;
  last: number;
  firstMeasured: string | null;
}

/** Every row, the measured ones, the rows by touchpoint id, and the phases. */
export interface NpsRows {
  rows: NpsRow[];
  measured: NpsRow[];
  byId: Map<string, NpsRow>;
  phases: NpsPhase[];
  /**
   * The keyboard's grid (shared/grid-keys.ts): one lane of the measured touchpoints, the tab stop
   * skipping the others; a phase starts at its first measured touchpoint (phases without one are
   * not keyboard stops). `gridPhases[i]` is the index in `phases` of the grid's phase `i`.
   */
  grid: GridShape;
  gridPhases: number[];
}

/** What the rows are derived for. */
export interface NpsRowsInput {
  /** A persona id, or `all`. */
  persona: string;
  period: string | null;
  localizer: Localizer;
}

/** The rows of no journey. */
export const NO_ROWS: NpsRows = Object.freeze({
  rows: [],
  measured: [],
  byId: new Map(),
  phases: [],
  grid: { columns: 0, lanes: 1, bandStarts: [] },
  gridPhases: [],
});

/** The persona to filter the answers by: `null` for all customers. */
export function personaFilter(persona: string): string | null {
  return isAllPersonas(persona) ? null : persona.trim();
}

/** The touchpoints of `journey`, their NPS for the persona and period, their accessible names and phases. */
export function npsRows(journey: Journey, { persona, period, localizer }: NpsRowsInput): NpsRows {
  const m = localizer.messages;
  const filter = personaFilter(persona);
  const phaseLabels = new Map(journey.phases.map((p) => [p.id, p.label]));
  const total = journey.touchpoints.length;
  const rows = journey.touchpoints.map((touchpoint, index): NpsRow => {
    const measured = touchpoint.nps !== undefined && (!Array.isArray(touchpoint.nps) || touchpoint.nps.length > 0);
    const nps = touchpointNps(touchpoint, { persona: filter, period });
    const current = nps.current;
    const row: NpsRow = {
      index,
      touchpoint,
      phaseLabel: phaseLabels.get(touchpoint.phase) ?? touchpoint.phase,
      measured,
      nps,
      current,
      score: current?.score ?? null,
      offTarget: current?.onTarget === false,
      interval: current ? npsInterval(current) : null,
      change: changeOf(nps.trend),
      name: '',
    };
    row.name = m.summary.touchpoint({
      label: touchpoint.label,
      position: index + 1,
      total,
      phase: row.phaseLabel,
      channel: touchpoint.channel ? localizer.channelName(touchpoint.channel, journey) : undefined,
      nps: measurementText(row, localizer, period),
      momentOfTruth: touchpoint.momentOfTruth ? m.momentOfTruthKinds[touchpoint.momentOfTruth.kind] : undefined,
    });
    return row;
  });
  // The phases as the map bands them (runs of touchpoints of one phase), with their first measured touchpoint.
  const phases = phaseRuns(
    rows.map((r) => ({ index: r.index, phaseId: r.touchpoint.phase })),
    journey.phases,
  ).map((band) => ({
    label: band.label,
    first: band.firstIndex,
    last: band.lastIndex,
    firstMeasured: rows.slice(band.firstIndex, band.lastIndex + 1).find((r) => r.measured)?.touchpoint.id ?? null,
  }));
  const measured = rows.filter((r) => r.measured);
  const column = new Map(measured.map((r, i) => [r.touchpoint.id, i]));
  const gridPhases = phases.flatMap((p, i) => (p.firstMeasured === null ? [] : [i]));
  return {
    rows,
    measured,
    byId: new Map(rows.map((r) => [r.touchpoint.id, r])),
    phases,
    grid: {
      columns: measured.length,
      lanes: 1,
      bandStarts: gridPhases.map((i) => column.get(phases[i]!.firstMeasured!)!),
    },
    gridPhases,
  };
}

/**
 * Which touchpoint holds the tab stop after new rows: the same one while it is still measured,
 * else the one at the same position among the measured touchpoints (the last when fewer remain).
 */
export function keepTabStop(
  activeId: string | null,
  before: readonly NpsRow[],
  after: readonly NpsRow[],
): string | null {
  if (activeId !== null && after.some((r) => r.touchpoint.id === activeId)) return activeId;
  const was = before.findIndex((r) => r.touchpoint.id === activeId);
  const at = Math.min(Math.max(0, was), after.length - 1);
  return after[at]?.touchpoint.id ?? null;
}

/** Whether `row` starts a run of its phase (gets a heading in a list). */
export function isBandStart(rows: readonly NpsRow[], row: NpsRow): boolean {
  return row.index === 0 || rows[row.index - 1]?.touchpoint.phase !== row.touchpoint.phase;
}

/** The phase (index into `phases`) holding the row at `index`; 0 when none does. */
export function phaseAt(phases: readonly NpsPhase[], index: number): number {
  return Math.max(
    0,
    phases.findIndex((p) => index >= p.first && index <= p.last),
  );
}

/** The change of a trend with its significance; `unknown` when a period has no answers. */
function changeOf(trend: NpsTrend | null): NpsChange | 'unknown' | null {
  if (!trend) return null;
  return (trend.delta === null ? null : npsChange(trend.from, trend.to)) ?? 'unknown';
}
