/**
 * The events klantreis elements fire. Each is a typed `Event` subclass that bubbles and crosses
 * shadow roots (`composed`), so a page can listen on any ancestor, or on `document`.
 */
import type { FailureCode, Journey, JourneyIssue } from '../model/index.js';

/** Where a journey came from: the `journey` property, the `src` attribute or an inline JSON child. */
export type JourneyOrigin = 'property' | 'src' | 'inline';

/** Detail of {@link JourneyLoadEvent}. */
export interface JourneyLoadDetail {
  /** The validated, deeply frozen journey now shown. */
  readonly journey: Journey;
  /** Where the journey came from. */
  readonly origin: JourneyOrigin;
}

/** Detail of {@link JourneyErrorEvent}. */
export interface JourneyErrorDetail {
  /** What kind of failure this is: PARSE, VALIDATION, FETCH, SRC_REJECTED, LIMIT or RENDER. */
  readonly code: FailureCode;
  /** Every problem found, each with its JSON path and a plain sentence. */
  readonly issues: readonly JourneyIssue[];
  /** One English sentence for developers' logs that sums the failure up. */
  readonly message: string;
}

/** Detail of {@link JourneyTouchpointSelectEvent}. */
export interface JourneyTouchpointSelectDetail {
  /** The model id of the touchpoint the user chose. */
  readonly touchpointId: string;
  /** The persona whose view the user chose it in; absent for "all customers". */
  readonly persona?: string;
}

const OPTIONS: EventInit = { bubbles: true, composed: true };

function frozenIssues(issues: readonly JourneyIssue[]): readonly JourneyIssue[] {
  return Object.freeze(
    issues.map((issue) => Object.freeze({ path: issue.path, code: issue.code, message: issue.message })),
  );
}

/** Fired when an element has loaded and validated a journey, on every successful load. */
export class JourneyLoadEvent extends Event {
  /** The event type, `journey-load`. */
  static readonly eventType = 'journey-load';
  /** The journey and where it came from. */
  readonly detail: JourneyLoadDetail;

  /**
   * Creates the event; `detail` is frozen. `composed: false` keeps it inside the shadow root it is
   * fired in (an element embedded in another one).
   */
  constructor(detail: JourneyLoadDetail, options: { composed?: boolean } = {}) {
    super(JourneyLoadEvent.eventType, { ...OPTIONS, ...options });
    this.detail = Object.freeze({ journey: detail.journey, origin: detail.origin });
  }
}

/** Fired once for each failure to parse, validate, fetch or render a journey. */
export class JourneyErrorEvent extends Event {
  /** The event type, `journey-error`. */
  static readonly eventType = 'journey-error';
  /** The failure code, the issues with their JSON paths and a summary sentence. */
  readonly detail: JourneyErrorDetail;

  /**
   * Creates the event; `detail` and its issues are frozen copies. `composed: false` keeps it
   * inside the shadow root it is fired in (an element embedded in another one).
   */
  constructor(detail: JourneyErrorDetail, options: { composed?: boolean } = {}) {
    super(JourneyErrorEvent.eventType, { ...OPTIONS, ...options });
    this.detail = Object.freeze({ code: detail.code, issues: frozenIssues(detail.issues), message: detail.message });
  }
}

/** Fired when the user selects a touchpoint (pointer or keyboard), not when a property selects one. */
export class JourneyTouchpointSelectEvent extends Event {
  /** The event type, `journey-touchpoint-select`. */
  static readonly eventType = 'journey-touchpoint-select';
  /** The chosen touchpoint's id and the persona it was chosen for. */
  readonly detail: JourneyTouchpointSelectDetail;

  /** Creates the event; `detail` is frozen. */
  constructor(detail: JourneyTouchpointSelectDetail) {
    super(JourneyTouchpointSelectEvent.eventType, OPTIONS);
    this.detail = Object.freeze(
      detail.persona === undefined
        ? { touchpointId: detail.touchpointId }
        : { touchpointId: detail.touchpointId, persona: detail.persona },
    );
  }
}

declare global {
  interface HTMLElementEventMap {
    'journey-load': JourneyLoadEvent;
    'journey-error': JourneyErrorEvent;
    'journey-touchpoint-select': JourneyTouchpointSelectEvent;
  }
  // The events are composed and bubble, so pages also listen for them on the document.
  interface DocumentEventMap {
    'journey-load': JourneyLoadEvent;
    'journey-error': JourneyErrorEvent;
    'journey-touchpoint-select': JourneyTouchpointSelectEvent;
  }
}
