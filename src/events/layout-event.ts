import type { ColumnLayout } from '../layout/columns.js';

/** What `journey-layout` carries: the column layout the element now draws on. */
export interface JourneyLayoutDetail {
  readonly layout: ColumnLayout;
}

/**
 * Fired (not bubbling, not composed) by `<emotion-curve>`, `<journey-map>` and a standalone
 * horizontal `<nps-overlay>` whenever their column layout changes (width or journey), so an
 * `<nps-overlay align-to="…">` can line its columns up with theirs.
 */
export class JourneyLayoutEvent extends Event {
  /** The event type, `journey-layout`. */
  static readonly eventType = 'journey-layout';
  /** @deprecated Use `eventType`; kept while the overlay moves onto the chart core. */
  static readonly type = JourneyLayoutEvent.eventType;
  /** The new column layout (frozen detail; the layout itself is the element's, not a copy). */
  readonly detail: JourneyLayoutDetail;

  /** Creates the event for `layout`. */
  constructor(layout: ColumnLayout) {
    super(JourneyLayoutEvent.eventType, { bubbles: false, composed: false });
    this.detail = Object.freeze({ layout });
  }

  /** @deprecated Use `detail.layout`; kept while the overlay moves onto the chart core. */
  get layout(): ColumnLayout {
    return this.detail.layout;
  }
}

declare global {
  interface HTMLElementEventMap {
    'journey-layout': JourneyLayoutEvent;
  }
}
