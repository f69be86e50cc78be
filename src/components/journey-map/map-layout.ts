/**
 * The map's geometry for a given element width: when it turns vertical, how wide the lane headers
 * are, its column layout on screen and in print, and the flows laid out for the rendered columns.
 * Pure; the element measures and applies.
 */
import { type ColumnLayout, columnLayout } from '../../layout/columns.js';
import { type FlowLayout, flowLayout } from '../../layout/flows.js';
import type { MapModel } from './derive.js';
import type { ColumnRange } from './virtual.js';

/** Below this element width (px) the map turns vertical: touchpoints as rows, lanes as fields. */
export const VERTICAL_BELOW = 600;
/**
 * Width of the sticky lane headers (px); narrower below 900 px of element width, where the
 * styles also tighten their padding and type so the longest single-word lane name
 * ("Contactmomenten") still fits on one line.
 */
const HEAD_WIDTH = 184;
const HEAD_WIDTH_NARROW = 168;
/** Below this element width (px) the lane headers are narrow (see the styles' matching container query). */
const NARROW_HEAD_BELOW = 900;
/** Narrowest and widest a touchpoint column gets (px). */
const MIN_COLUMN = 176;
const MAX_COLUMN = 280;
/** Height of the flow lane's drawing (px). */
const FLOW_HEIGHT = 136;
/**
 * Columns laid out for print: an A3 landscape sheet is about 1,500 CSS px wide inside its margins;
 * the print styles zoom the map to 80 %, so it is laid out 1,875 px wide (16 px text prints at 12.8 px).
 */
const PRINT_WIDTH = 1875;
const PRINT_MIN_COLUMN = 96;
/** Most columns rendered for print (beyond this the poster export is the way to print). */
const PRINT_MAX_COLUMNS = 400;

/** Whether an element `width` px wide (0: not measured yet) shows the vertical map. */
export function isVerticalWidth(width: number): boolean {
  return width > 0 && width < VERTICAL_BELOW;
}

/** Width of the sticky lane headers for an element `width` px wide (0: not measured yet). */
export function headWidth(width: number): number {
  return width > 0 && width < NARROW_HEAD_BELOW ? HEAD_WIDTH_NARROW : HEAD_WIDTH;
}

/** Width for the columns: the element's measured width minus the lane headers (and the border). */
export function columnsWidth(measured: number, head: number): number {
  return Math.max(MIN_COLUMN, Math.round(measured) - head - 2);
}

/** The map's column layout: `width` px for the columns on screen, or an A3 sheet when printing. */
export function mapColumnLayout(model: MapModel, width: number, printing: boolean): ColumnLayout {
  return printing
    ? columnLayout(model.shape, {
        width: PRINT_WIDTH - HEAD_WIDTH,
        minColumnWidth: PRINT_MIN_COLUMN,
        maxColumnWidth: MAX_COLUMN,
      })
    : columnLayout(model.shape, { width, minColumnWidth: MIN_COLUMN, maxColumnWidth: MAX_COLUMN });
}

/** The columns rendered for print: all of them, up to PRINT_MAX_COLUMNS. */
export function printRange(layout: ColumnLayout): ColumnRange {
  return { first: 0, last: Math.min(layout.columns.length, PRINT_MAX_COLUMNS) - 1 };
}

/** The flows that touch the rendered columns, laid out with the whole journey's width scale. */
export function windowFlows(model: MapModel, layout: ColumnLayout, range: ColumnRange): FlowLayout {
  const shown = model.flows.filter((f) => {
    const from = model.columnOf.get(f.from) ?? -1;
    const to = f.to === null ? from : (model.columnOf.get(f.to) ?? -1);
    return Math.min(from, to) <= range.last && Math.max(from, to) >= range.first;
  });
  return flowLayout(shown, layout, {
    height: FLOW_HEIGHT,
    maxCount: model.maxFlowCount,
    keyOf: (f) => model.flowKeys.get(f) ?? '',
  });
}
