/**
 * The wide map's geometry for the element's width: its column layout, the columns rendered (the
 * window), the embedded lanes' slice and the flows laid out for it. Each part is derived again only
 * when its inputs changed (Memo), so a scroll inside the window or a hover derives nothing.
 */
import type { ColumnLayout } from '../../layout/columns.js';
import type { FlowLayout } from '../../layout/flows.js';
import { Memo } from '../../shared/memo.js';
import type { MapModel } from './derive.js';
import { type LaneWindow, laneWindow } from './lane-window.js';
import { mapColumnLayout, windowFlows } from './map-layout.js';
import type { ColumnRange } from './virtual.js';

/** The geometry of the wide map; all of it undefined (or empty) while the map is narrow. */
export class MapGeometry {
  readonly #memo = {
    layout: new Memo<ColumnLayout>(),
    laneWindow: new Memo<LaneWindow | null>(),
    flows: new Memo<FlowLayout>(),
  };
  layout: ColumnLayout | undefined;
  range: ColumnRange = { first: 0, last: -1 };
  laneWindow: LaneWindow | null = null;
  flows: FlowLayout | undefined;

  /** Lays `model` out for `width` px of columns (or an A3 sheet); `laidOut` runs when the layout is new. */
  layOut(model: MapModel, width: number, printing: boolean, laidOut: () => void): ColumnLayout {
    this.layout = this.#memo.layout.get([model, width, printing], () => {
      laidOut();
      return mapColumnLayout(model, width, printing);
    });
    return this.layout;
  }

  /** The rendered columns `range` of the layout: the embedded lanes' slice and, if shown, the flows. */
  window(model: MapModel, range: ColumnRange, withFlows: boolean): void {
    const layout = this.layout!;
    if (range.first !== this.range.first || range.last !== this.range.last) this.range = range;
    const { first, last } = this.range;
    this.laneWindow = this.#memo.laneWindow.get([model, layout, first, last], () =>
      laneWindow(model, layout, this.range),
    );
    this.flows = withFlows
      ? this.#memo.flows.get([model, layout, first, last], () => windowFlows(model, layout, this.range))
      : undefined;
  }

  /** No wide map (narrow, or no journey); `forget` also drops the memos (after a failure). */
  clear(forget = false): void {
    this.layout = undefined;
    this.laneWindow = null;
    this.flows = undefined;
    if (!forget) return;
    for (const memo of Object.values(this.#memo)) memo.clear();
  }
}
