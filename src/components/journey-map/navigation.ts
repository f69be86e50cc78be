/**
 * How the map is walked: the one tab stop of its grid (the shared RovingGridController: arrows,
 * Home/End, PageUp/PageDown, the phase level of a long map), the tree of phases of a long narrow
 * map (tree.controller.ts, its own keys: it is a tree, not a grid), and clicks on cells. The
 * element gives the state it derived; this module moves the tab stop and brings it into view.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ColumnLayout } from '../../layout/columns.js';
import type { ColumnWindowController } from '../../shared/controllers/column-window.js';
import { type GridMove, RovingGridController } from '../../shared/controllers/roving-grid.js';
import { isRtl, readingKey } from '../../shared/direction.js';
import type { GridPosition, GridShape } from '../../shared/grid-keys.js';
import { PHASE_LEVEL_FROM } from '../../shared/phase-level.js';
import type { MapModel } from './derive.js';
import type { TreeRow } from './phase-tree.js';
import { keepCellInView } from './sticky-focus.js';
import { TreeController } from './tree.controller.js';
import type { VerticalTree } from './vertical.js';

/** What the navigation reads from the element; every function is read when it is used. */
export interface MapNavigationOptions {
  model: () => MapModel | undefined;
  /** The column layout of the wide map; undefined while the map is narrow (vertical). */
  layout: () => ColumnLayout | undefined;
  lanes: () => number;
  /** Rows of the plain vertical list shown. */
  rowsShown: () => number;
  /** Whether the map (not its data table) is shown. */
  showingMap: () => boolean;
  narrow: () => boolean;
  root: () => ParentNode;
  scroller: () => HTMLElement | null;
  window: ColumnWindowController;
  /** Touchpoints the tree shows at first, and adds per "show more". */
  page: number;
  openDetail: (column: number) => void;
}

/** The map's keyboard and pointer walk. */
export class MapNavigation {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: MapNavigationOptions;
  /** The one tab stop of the grid (shared/controllers/roving-grid.ts). */
  readonly grid: RovingGridController;
  /** The narrow map of a long journey: a tree of phases. */
  readonly tree: TreeController;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapNavigationOptions) {
    this.#host = host;
    this.#o = options;
    this.tree = new TreeController(host, {
      page: options.page,
      focus: (row) => this.#focusTreeRow(row),
      openDetail: options.openDetail,
    });
    this.grid = new RovingGridController(host, {
      shape: () => this.#shape(),
      // The phase level walks the phase headers of the wide map, or the phase rows of the narrow tree.
      phaseLevelApplies: () => options.showingMap() && (options.layout() !== undefined || this.isTree()),
      upToPhaseLevel: true,
      vertical: () => !options.layout(),
      target: () => options.root().querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], .phase[tabindex="0"]'),
      onFocus: (node) => keepCellInView(options.root(), options.scroller(), node as HTMLElement),
      onMove: (at, how) => this.#onMove(at, how),
      onActivate: (at) => options.openDetail(at.column),
    });
  }

  /** A new journey of `columns` touchpoints: the first cell, every phase closed. */
  reset(columns: number): void {
    this.grid.reset(columns);
    this.tree.reset();
  }

  /** A shorter journey or fewer lanes: the tab stop stays on a cell that exists. */
  keepInside(columns: number, lanes: number): void {
    const { column, lane } = this.grid.active;
    const inside = { column: Math.min(column, Math.max(0, columns - 1)), lane: Math.min(lane, Math.max(0, lanes - 1)) };
    if (inside.column !== column || inside.lane !== lane) this.grid.setActive(inside);
  }

  /** Whether the map shows a long journey narrow: phases first, each opening to its touchpoints. */
  isTree(): boolean {
    return this.#o.narrow() && (this.#o.model()?.columns.length ?? 0) >= PHASE_LEVEL_FROM && this.#o.showingMap();
  }

  /** What the vertical template draws the tree from, or undefined when the narrow map is a plain list. */
  treeView(persona: string, summary: (band: number) => string): VerticalTree | undefined {
    const model = this.#o.model();
    return model && this.isTree() ? this.tree.view(model, persona, this.#treeRow(model), summary) : undefined;
  }

  /** Keys on a cell or a phase header go to the grid; the tree of a long narrow map has its own. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#o.model();
    if (!model || model.columns.length === 0) return;
    const target = event.target as HTMLElement | null;
    if (this.isTree()) {
      const key = readingKey(event.key, isRtl(this.#host));
      if (target?.matches?.('[role="gridcell"]') && this.tree.key(key, this.#treeRow(model), model.phaseRuns))
        event.preventDefault();
      return;
    }
    // Keys from an embedded lane's own controls (retargeted to its element) are not the grid's.
    if (target?.matches?.('[role="gridcell"], .phase[data-band]')) this.grid.onKeyDown(event);
  };

  /** A click on a cell opens its touchpoint; on the tree, a phase opens or closes. */
  readonly onClick = (event: MouseEvent): void => {
    const model = this.#o.model();
    const target = event.target as HTMLElement | null;
    if (model && this.tree.click(target, model.phaseRuns)) return;
    const cell = target?.closest?.<HTMLElement>('[role="gridcell"]');
    const column = Number(cell?.dataset.col);
    if (!cell || !Number.isInteger(column)) return;
    const lane = Number(cell.dataset.lane);
    this.grid.setActive({ column, lane: Number.isInteger(lane) ? lane : this.grid.active.lane }, { phaseLevel: false });
    this.#o.openDetail(column);
  };

  /** The grid's extent: every column and lane of the wide map; the rows shown of the narrow one. */
  #shape(): GridShape | null {
    const model = this.#o.model();
    if (!model) return null;
    const bandStarts = model.phaseRuns.map((r) => r.firstIndex);
    if (this.#o.layout()) return { columns: model.columns.length, lanes: this.#o.lanes(), bandStarts };
    // The tree walks every touchpoint (its own keys); the plain vertical list the rows shown.
    const columns = this.isTree() ? model.columns.length : Math.min(model.columns.length, this.#o.rowsShown());
    return { columns, lanes: 1, bandStarts };
  }

  /** The grid moved its tab stop: bring the cell, or the phase's start, into view. */
  #onMove(at: GridPosition, how: GridMove): void {
    const layout = this.#o.layout();
    if (how === 'phase') {
      const band = layout?.bands.find((b) => b.firstIndex === at.column);
      if (band) this.#o.window.toPhase(band.x0);
      return;
    }
    if (how === 'up') return;
    // Into a phase, or a step in the vertical list: the first lane (the only one, vertically).
    if (how === 'drill' || !layout) this.grid.setActive({ column: at.column, lane: 0 });
    this.#o.window.reveal(at.column);
  }

  /** The tree row with the tab stop. */
  #treeRow(model: MapModel): TreeRow {
    return this.tree.rowAt(model.phaseRuns, this.grid.active.column, this.grid.atPhaseLevel);
  }

  /** The tree moved the tab stop to `row`. */
  #focusTreeRow(row: TreeRow): void {
    const phase = row.kind === 'phase';
    const column = phase ? (this.#o.model()?.phaseRuns[row.band]?.firstIndex ?? 0) : row.column;
    this.grid.setActive({ column, lane: 0 }, { focus: true, phaseLevel: phase });
  }
}
