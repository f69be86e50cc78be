/**
 * The narrow map of a long journey (phase-tree.ts) as a controller: which phases are open, how
 * many touchpoints each shows, their emotion lines, and what a key or a click on the tree does.
 * The host keeps the tab stop (its active column and level) and is told where it moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PhaseRun } from '../../layout/columns.js';
import { type Sparkline, sparkline } from '../../layout/sparkline.js';
import { columnScores, type MapModel } from './derive.js';
import { moveInTree, shownOf, type TreeRow, type TreeState } from './phase-tree.js';
import type { VerticalTree } from './vertical.js';

/** What the tree needs of its host. */
export interface TreeControllerOptions {
  /** Touchpoints shown of a phase when it opens, and added by its "show more". */
  page: number;
  /** Moves the tab stop to `row` and focuses it after the next render. */
  focus: (row: TreeRow) => void;
  /** Opens a touchpoint's detail panel. */
  openDetail: (column: number) => void;
}

/** The band of `bands` holding column `index` (the first when none does). */
export function bandOf(bands: readonly PhaseRun[], index: number): number {
  return Math.max(
    0,
    bands.findIndex((b) => index >= b.firstIndex && index <= b.lastIndex),
  );
}

/** Open phases, touchpoints shown per phase and the phases' emotion lines of a host's narrow map. */
export class TreeController implements ReactiveController {
  #open: ReadonlySet<number> = new Set();
  #shown: ReadonlyMap<number, number> = new Map();
  /** The phases' emotion lines, per model and persona, laid out when first drawn. */
  #lines: { model: MapModel | undefined; persona: string; byBand: Map<number, Sparkline | null> } = {
    model: undefined,
    persona: '',
    byBand: new Map(),
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TreeControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Which phases are open and how many touchpoints they show. */
  get state(): TreeState {
    return { open: this.#open, shown: this.#shown, page: this.options.page };
  }

  /** Closes every phase (a new journey). */
  reset(): void {
    this.#open = new Set();
    this.#shown = new Map();
  }

  /** The tree row with the tab stop: the active column's phase at the phase level, else the column. */
  rowAt(bands: readonly PhaseRun[], column: number, phaseLevel: boolean): TreeRow {
    const band = bandOf(bands, column);
    return phaseLevel ? { kind: 'phase', band } : { kind: 'touchpoint', band, column };
  }

  /** What the vertical template draws the tree from. */
  view(model: MapModel, persona: string, at: TreeRow, summary: (band: number) => string): VerticalTree {
    const bands = model.phaseRuns;
    if (this.#lines.model !== model || this.#lines.persona !== persona)
      this.#lines = { model, persona, byBand: new Map() };
    const lines = this.#lines.byBand;
    return {
      bands,
      state: this.state,
      at,
      summary,
      sparkline: (b) => {
        const band = bands[b]!;
        if (!lines.has(b)) lines.set(b, sparkline(columnScores(model, band.firstIndex, band.lastIndex, persona)));
        return lines.get(b)!;
      },
    };
  }

  /** Opens the phase of `column` and shows it (e.g. after the map turned narrow inside a phase). */
  reveal(bands: readonly PhaseRun[], column: number): void {
    const b = bandOf(bands, column);
    const band = bands[b];
    if (!band) return;
    if (!this.#open.has(b)) this.#setOpen(b, true);
    const needed = column - band.firstIndex + 1;
    const page = this.options.page;
    if (shownOf(bands, this.state, b) < needed) this.#setShown(b, Math.ceil(needed / page) * page);
  }

  /** A key on a row of the tree (`key` in reading order, see `readingKey`); true when the tree used it. */
  key(key: string, at: TreeRow, bands: readonly PhaseRun[]): boolean {
    const move = moveInTree(key, at, bands, this.state);
    if (!move) return false;
    if ('detail' in move) {
      this.options.openDetail(move.detail);
      return true;
    }
    if (move.open !== undefined) this.#setOpen(move.open, true);
    if (move.close !== undefined) this.#setOpen(move.close, false);
    if (move.more !== undefined) this.#more(bands, move.more);
    this.options.focus(move.focus);
    return true;
  }

  /** A click in the tree: a phase row opens or closes, "show more" shows a phase's next page; true when used. */
  click(target: HTMLElement | null, bands: readonly PhaseRun[]): boolean {
    const more = target?.closest?.<HTMLElement>('button.more[data-band]');
    if (more) {
      const b = Number(more.dataset.band);
      const band = bands[b];
      if (band) {
        // Its first new touchpoint gets the tab stop.
        const shown = this.#more(bands, b);
        this.options.focus({ kind: 'touchpoint', band: b, column: Math.min(band.lastIndex, band.firstIndex + shown) });
      }
      return true;
    }
    const phase = target?.closest?.<HTMLElement>('.v-phase-cell[data-band]');
    if (!phase) return false;
    const b = Number(phase.dataset.band);
    this.#setOpen(b, !this.#open.has(b));
    this.options.focus({ kind: 'phase', band: b });
    return true;
  }

  /** Shows the next page of band `b`'s touchpoints; returns how many were shown before. */
  #more(bands: readonly PhaseRun[], b: number): number {
    const shown = shownOf(bands, this.state, b);
    this.#setShown(b, shown + this.options.page);
    return shown;
  }

  #setOpen(b: number, open: boolean): void {
    const next = new Set(this.#open);
    if (open) next.add(b);
    else next.delete(b);
    this.#open = next;
    this.host.requestUpdate();
  }

  #setShown(b: number, count: number): void {
    this.#shown = new Map(this.#shown).set(b, count);
    this.host.requestUpdate();
  }
}
