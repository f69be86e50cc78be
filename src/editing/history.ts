/**
 * Undo and redo for a journey being edited: at least 200 steps, and a gesture (a drag) as one
 * step however many inputs it had. Every step keeps its patch and inverse patch, so undo applies
 * the inverse and redo the patch again; what they return has the shape of an edit, for the
 * element's `journey-change` event.
 */
import type { Journey } from '../model/types.js';
import type { EditCommand } from './commands.js';
import { type Edit, type EditOptions, type EditResult, applyEdit, isRefusal, rememberEdited } from './apply.js';
import { type Patch, applyPatch } from './patch.js';
import { editingWords } from './words.js';

/** Options of a {@link History}. */
export interface HistoryOptions extends EditOptions {
  /** Steps kept for undo; the oldest go first. At least 200 unless told (default 200). */
  limit?: number | undefined;
}

interface Step {
  patch: Patch;
  inverse: Patch;
  label: string;
}

/** The journey being edited, with its undo and redo stacks. */
export class History {
  #journey: Journey;
  #undo: Step[] = [];
  #redo: Step[] = [];
  #limit: number;
  #options: EditOptions;
  /** The journey a gesture started from, and its latest input. */
  #gesture: { start: Journey; last: Edit | null } | null = null;

  /** Starts the history of `journey` (a journey `parseJourney` returned). */
  constructor(journey: Journey, options: HistoryOptions = {}) {
    this.#journey = journey;
    this.#limit = Math.max(1, Math.floor(options.limit ?? 200));
    this.#options = { locale: options.locale, words: options.words };
  }

  /** The journey as edited so far. */
  get journey(): Journey {
    return this.#journey;
  }

  /** Whether there is an edit to undo. */
  get canUndo(): boolean {
    return this.#undo.length > 0 && this.#gesture === null;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.#redo.length > 0 && this.#gesture === null;
  }

  /** Number of steps that can be undone. */
  get undoSize(): number {
    return this.#undo.length;
  }

  /** Whether a gesture is under way (between the first `input` and `commitInput` or `cancelInput`). */
  get inGesture(): boolean {
    return this.#gesture !== null;
  }

  /** The language of labels from now on. */
  set locale(locale: string | undefined) {
    this.#options = { ...this.#options, locale };
  }

  /**
   * Makes one edit as one step. A refusal changes nothing; an edit that changes nothing adds no
   * step. Ends a gesture under way first (as committed).
   */
  edit(command: EditCommand): EditResult {
    if (this.#gesture) this.commitInput();
    const result = applyEdit(this.#journey, command, this.#options);
    if (!isRefusal(result)) this.#push(result);
    return result;
  }

  /**
   * One input of a gesture (a drag step): the command is applied to the journey the gesture
   * started from, so it says where the gesture is now (`score: 3`), not how far it moved since
   * the last input. The journey follows; no step is added until {@link commitInput}.
   */
  input(command: EditCommand): EditResult {
    this.#gesture ??= { start: this.#journey, last: null };
    const result = applyEdit(this.#gesture.start, command, this.#options);
    if (isRefusal(result)) return result;
    this.#gesture.last = result;
    this.#journey = result.journey;
    return result;
  }

  /** Ends a gesture as one step from where it started; `null` when there was none or it changed nothing. */
  commitInput(): Edit | null {
    const gesture = this.#gesture;
    this.#gesture = null;
    if (!gesture?.last) return null;
    this.#journey = gesture.start;
    this.#push(gesture.last);
    return gesture.last.patch.length > 0 ? gesture.last : null;
  }

  /** Ends a gesture without a step (Escape): back where it started. Returns that change, or `null`. */
  cancelInput(): Edit | null {
    const gesture = this.#gesture;
    this.#gesture = null;
    if (!gesture?.last) return null;
    this.#journey = gesture.start;
    const { patch, inverse, label } = gesture.last;
    return { journey: gesture.start, patch: inverse, inverse: patch, label };
  }

  /** Undoes the latest step; `null` when there is none. */
  undo(): Edit | null {
    if (this.#gesture) this.cancelInput();
    const step = this.#undo.pop();
    if (!step) return null;
    this.#redo.push(step);
    return this.#move(step.inverse, step.patch, this.#words().undone(step.label));
  }

  /** Redoes the latest undone step; `null` when there is none. */
  redo(): Edit | null {
    if (this.#gesture) this.cancelInput();
    const step = this.#redo.pop();
    if (!step) return null;
    this.#undo.push(step);
    return this.#move(step.patch, step.inverse, this.#words().redone(step.label));
  }

  /** Starts over from `journey` with no steps (a journey loaded from elsewhere). */
  reset(journey: Journey): void {
    this.#journey = journey;
    this.#undo = [];
    this.#redo = [];
    this.#gesture = null;
  }

  #words() {
    return this.#options.words ?? editingWords(this.#options.locale);
  }

  #push(edit: Edit): void {
    if (edit.patch.length === 0) return;
    this.#journey = edit.journey;
    this.#undo.push({ patch: edit.patch, inverse: edit.inverse, label: edit.label });
    if (this.#undo.length > this.#limit) this.#undo.splice(0, this.#undo.length - this.#limit);
    this.#redo = [];
  }

  #move(patch: Patch, inverse: Patch, label: string): Edit {
    // The patches were made against these very journeys, so they apply and the result is valid.
    const journey = applyPatch(this.#journey, patch).doc as Journey;
    rememberEdited(journey);
    this.#journey = journey;
    return { journey, patch, inverse, label };
  }
}
