import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl, readingKey } from '../direction.js';
import { type GridPosition, type GridShape, moveFocus } from '../grid-keys.js';
import { PHASE_LEVEL_FROM, movePhase } from '../phase-level.js';

/** The phase-level keys of a vertical grid whose phases run down, as the horizontal keys they mean. */
const VERTICAL_PHASE_KEYS: Readonly<Record<string, string>> = {
  ArrowDown: 'ArrowRight',
  ArrowUp: 'ArrowLeft',
  ArrowRight: '',
  ArrowLeft: '',
};

/** How a move came about, so the host can open a tooltip, scroll a phase start into view… */
export type GridMove = 'cell' | 'phase' | 'drill' | 'up';

/** What the grid needs from its host; every function is read when a key arrives. */
export interface RovingGridOptions {
  /** The grid's extent and phase starts now; null while there is nothing to walk. */
  shape: () => GridShape | null;
  /** Whether the phase level applies now (e.g. only in the chart view, not hosted); true unless given. */
  phaseLevelApplies?: () => boolean;
  /** From how many columns on the keyboard starts at the phase level (PHASE_LEVEL_FROM unless given). */
  phaseLevelFrom?: number;
  /** Touchpoints as rows: Up/Down move across touchpoints. */
  vertical?: () => boolean;
  /**
   * In a vertical grid the phases run down as well: at the phase level Down/Up go to the
   * next/previous phase and Left/Right do nothing (Enter goes in). Off unless given.
   */
  verticalPhases?: boolean;
  /** Up from the first lane also goes back to the phase level (the map's lanes). */
  upToPhaseLevel?: boolean;
  /** The node that holds the tab stop after a render, focused when focus is pending. */
  target: () => HTMLElement | SVGElement | null;
  /** Focus just moved to `node` (scroll it clear of sticky headers…). */
  onFocus?: (node: HTMLElement | SVGElement) => void;
  /** The active cell changed (and focus follows after the render): reveal it, open its tooltip… */
  onMove?: (at: GridPosition, how: GridMove) => void;
  /** Enter or Space on a cell (not at the phase level). */
  onActivate?: (at: GridPosition) => void;
  /** Escape on a cell: return true when the host closed something (a tooltip) and the key is spent. */
  onEscape?: () => boolean;
}

/**
 * The one keyboard of the chart elements (Spectrum's FocusGroup idea): a roving tab stop over
 * columns × lanes with Home/End, PageUp/PageDown by phase and, above 200 touchpoints, a phase
 * level (Left/Right between phases, Enter into one, Escape back out). Arrow keys follow the
 * reading direction (`readingKey`). Focus moved by a key lands after the host's next render.
 */
export class RovingGridController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingGridOptions;
  #active: GridPosition = { column: 0, lane: 0 };
  #phaseLevel = false;
  #focusPending = false;
  #movingFocus = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingGridOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The cell holding the tab stop. */
  get active(): GridPosition {
    return this.#active;
  }

  /** Whether the keyboard walks phases now (a long grid whose host allows the phase level). */
  get atPhaseLevel(): boolean {
    const shape = this.#options.shape();
    return (
      this.#phaseLevel &&
      shape !== null &&
      shape.columns >= (this.#options.phaseLevelFrom ?? PHASE_LEVEL_FROM) &&
      (this.#options.phaseLevelApplies?.() ?? true)
    );
  }

  /** True while the controller itself moves focus (not a user arriving from outside the grid). */
  get movingFocus(): boolean {
    return this.#movingFocus;
  }

  /** Whether focus moves to the tab stop after the next render. */
  get focusPending(): boolean {
    return this.#focusPending;
  }

  /** Back to the first cell; a grid of `columns` at or above the threshold starts at the phase level. */
  reset(columns: number): void {
    this.#active = { column: 0, lane: 0 };
    this.#phaseLevel = columns >= (this.#options.phaseLevelFrom ?? PHASE_LEVEL_FROM);
    this.#host.requestUpdate();
  }

  /** Makes `at` the active cell (a click, a lane that went away); `focus` moves focus there after the render. */
  setActive(at: GridPosition, options: { focus?: boolean; phaseLevel?: boolean } = {}): void {
    this.#active = at;
    if (options.phaseLevel !== undefined) this.#phaseLevel = options.phaseLevel;
    if (options.focus) this.#focusPending = true;
    this.#host.requestUpdate();
  }

  /** Moves focus to the tab stop after the next render (new data while the grid had focus). */
  focusAfterRender(): void {
    this.#focusPending = true;
    this.#host.requestUpdate();
  }

  /** The index of the phase holding column `column` in `bandStarts` (0 without phases). */
  phaseOf(column: number, shape: GridShape): number {
    let phase = 0;
    shape.bandStarts.forEach((start, i) => {
      if (start <= column) phase = i;
    });
    return phase;
  }

  hostUpdated(): void {
    if (!this.#focusPending) return;
    this.#focusPending = false;
    this.#movingFocus = true;
    const node = this.#options.target();
    node?.focus({ preventScroll: true });
    this.#movingFocus = false;
    if (node) this.#options.onFocus?.(node);
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const shape = this.#options.shape();
    if (!shape || shape.columns === 0) return;
    const key = readingKey(event.key, isRtl(this.#host));
    if (this.atPhaseLevel) {
      this.#onPhaseKey(event, key, shape);
      return;
    }
    const long = shape.columns >= (this.#options.phaseLevelFrom ?? PHASE_LEVEL_FROM);
    if (key === 'Escape') {
      if (this.#options.onEscape?.()) {
        event.preventDefault();
        return;
      }
      // In a long grid, Escape goes back to the phase level (after closing an open tooltip).
      if (long && (this.#options.phaseLevelApplies?.() ?? true)) this.#toPhaseLevel(event);
      return;
    }
    if (key === 'ArrowUp' && this.#options.upToPhaseLevel && long && this.#active.lane === 0) {
      this.#toPhaseLevel(event);
      return;
    }
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.#options.onActivate?.(this.#active);
      return;
    }
    const next = moveFocus(key, this.#active, shape, {
      ctrl: event.ctrlKey || event.metaKey,
      vertical: this.#options.vertical?.() ?? false,
    });
    if (!next) return;
    event.preventDefault();
    this.#go(next, 'cell');
  };

  #toPhaseLevel(event: KeyboardEvent): void {
    event.preventDefault();
    this.#phaseLevel = true;
    this.#options.onMove?.(this.#active, 'up');
    this.focusAfterRender();
  }

  #onPhaseKey(event: KeyboardEvent, key: string, shape: GridShape): void {
    const phase = this.phaseOf(this.#active.column, shape);
    const down = this.#options.verticalPhases === true && (this.#options.vertical?.() ?? false);
    const along = down ? (VERTICAL_PHASE_KEYS[event.key] ?? key) : key;
    const move = movePhase(along, phase, shape.bandStarts.length);
    if (!move) return;
    event.preventDefault();
    const start = shape.bandStarts['drill' in move ? phase : move.phase];
    if (start === undefined) return;
    if ('drill' in move) this.#phaseLevel = false;
    this.#go({ column: start, lane: this.#active.lane }, 'drill' in move ? 'drill' : 'phase');
  }

  #go(at: GridPosition, how: GridMove): void {
    this.#active = at;
    this.#focusPending = true;
    this.#options.onMove?.(at, how);
    this.#host.requestUpdate();
  }
}
