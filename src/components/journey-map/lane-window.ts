/**
 * What the embedded `<emotion-curve>` and `<nps-overlay>` get: the journey's touchpoints in the
 * rendered column range (all of them for a journey that fits) and the matching slice of the
 * map's column layout, shifted so the slice starts at 0. They then draw exactly the columns the
 * map renders, at the map's x positions, however long the journey is.
 */
import { type Column, type ColumnLayout, phaseBands } from '../../layout/columns.js';
import type { Journey, Touchpoint } from '../../model/types.js';
import type { MapModel } from './derive.js';
import type { ColumnRange } from './virtual.js';

/** A slice of the journey and of the layout for the embedded lanes. */
export interface LaneWindow {
  /** The journey to embed: the map's own when every column is in range, else a slice. */
  journey: Journey;
  /** The slice's layout, x measured from the left edge of the first display column in range. */
  layout: ColumnLayout;
  /** The display columns covered. */
  first: number;
  last: number;
}

/**
 * The window for the display columns `range` of `layout`. In compare mode a touchpoint only the
 * base journey has stays in place as a bare stand-in (id, phase, label; no emotion, no NPS), so
 * the embedded lanes keep one column per display column and show nothing there.
 */
export function laneWindow(model: MapModel, layout: ColumnLayout, range: ColumnRange): LaneWindow | null {
  const first = Math.max(0, range.first);
  const last = Math.min(range.last, model.columns.length - 1);
  if (last < first) return null;
  const offset = layout.columns[first]!.x0;
  const width = layout.columns[last]!.x1 - offset;
  const shown = model.columns.slice(first, last + 1);
  const standIns = shown.some((c) => c.journeyIndex === null);
  const whole = !standIns && shown.length === model.journey.touchpoints.length;
  const columns: Column[] = shown.map((c, index) => {
    const placed = layout.columns[c.index]!;
    return {
      index,
      touchpointId: c.id,
      phaseId: c.phaseId,
      x0: placed.x0 - offset,
      x1: placed.x1 - offset,
      cx: placed.cx - offset,
    };
  });
  let journey = model.journey;
  if (!whole) {
    const touchpoints: Touchpoint[] = shown.map((c) =>
      c.journeyIndex === null ? { id: c.id, phase: c.phaseId, label: c.touchpoint.label } : c.touchpoint,
    );
    const ids = new Set(shown.filter((c) => c.journeyIndex !== null).map((c) => c.id));
    const { transitions, ...rest } = model.journey;
    const inside = (transitions ?? []).filter((t) => ids.has(t.from) && (t.to === null || ids.has(t.to)));
    journey = {
      ...rest,
      phases: model.phases,
      touchpoints,
      ...(inside.length > 0 ? { transitions: inside } : {}),
    } as Journey;
  }
  return {
    journey,
    layout: { columns, bands: phaseBands(columns, journey.phases), columnWidth: layout.columnWidth, width, inset: 0 },
    first,
    last,
  };
}
