/**
 * The events of an element in edit mode (`editable`). They live apart from the other events so
 * that only the editor's chunk carries them: a read-only page never downloads them.
 */
import type { Journey } from '../model/types.js';

/** One RFC 6902 operation, as the editing layer emits it. */
export type JourneyPatchOperation =
  | { readonly op: 'add'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'move'; readonly from: string; readonly path: string };

/** Detail of {@link JourneyChangeEvent} and {@link JourneyInputEvent}. */
export interface JourneyChangeDetail {
  /** The new journey: valid (it passes `parseJourney`), deeply frozen, and the element's `journey` from now on. */
  readonly journey: Journey;
  /** RFC 6902 JSON Patch that turns the journey before into `journey`. */
  readonly patch: readonly JourneyPatchOperation[];
  /** One sentence in the element's language, e.g. "Emotie van Starter bij Adviesgesprek: +2 → +3". */
  readonly label: string;
}

const OPTIONS: EventInit = { bubbles: true, composed: true };

/** Fired for every committed edit, and for undo and redo: the page saves from here. */
export class JourneyChangeEvent extends Event {
  /** The event type, `journey-change`. */
  static readonly eventType = 'journey-change';
  /** The new journey, the patch to it and what changed in words. */
  readonly detail: JourneyChangeDetail;

  /** Creates the event; `detail` is frozen. */
  constructor(detail: JourneyChangeDetail) {
    super(JourneyChangeEvent.eventType, OPTIONS);
    this.detail = Object.freeze({ journey: detail.journey, patch: detail.patch, label: detail.label });
  }
}

/**
 * Fired at each step of a gesture (a drag, the arrow keys of the emotion slider) with the
 * journey as it is now; the gesture ends with one `journey-change` (or none when cancelled).
 * The patch is from the journey before the gesture.
 */
export class JourneyInputEvent extends Event {
  /** The event type, `journey-input`. */
  static readonly eventType = 'journey-input';
  /** The journey under way, the patch to it and what changed in words. */
  readonly detail: JourneyChangeDetail;

  /** Creates the event; `detail` is frozen. */
  constructor(detail: JourneyChangeDetail) {
    super(JourneyInputEvent.eventType, OPTIONS);
    this.detail = Object.freeze({ journey: detail.journey, patch: detail.patch, label: detail.label });
  }
}

declare global {
  interface HTMLElementEventMap {
    'journey-change': JourneyChangeEvent;
    'journey-input': JourneyInputEvent;
  }
}
