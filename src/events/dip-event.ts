/**
 * `journey-dip`: a live refresh brought data in which a touchpoint got significantly worse for a
 * persona (a dip, `dips` in the analytics) that the data before it did not have.
 */
import type { PeriodChange } from '../analytics/trends.js';

/** Detail of {@link JourneyDipEvent}. */
export interface JourneyDipDetail {
  /**
   * The new dips, largest first: per touchpoint, persona (`null` for all customers) and measure
   * (`nps` or `emotion`), the two periods, the scores, the change and its two-sided p.
   */
  readonly dips: readonly PeriodChange[];
}

/**
 * Fired when a refresh of `src` brings new dips: a touchpoint × persona × measure whose latest
 * period is significantly worse than the period before it, and that was not a dip in the data
 * shown before the refresh. The first load never fires it; a refresh repeating a dip does not.
 */
export class JourneyDipEvent extends Event {
  /** The event type, `journey-dip`. */
  static readonly eventType = 'journey-dip';
  /** The new dips. */
  readonly detail: JourneyDipDetail;

  /**
   * Creates the event; `detail` and its dips are frozen copies. `composed: false` keeps it inside
   * the shadow root it is fired in (an element embedded in another one).
   */
  constructor(dips: readonly PeriodChange[], options: { composed?: boolean } = {}) {
    super(JourneyDipEvent.eventType, { bubbles: true, composed: true, ...options });
    this.detail = Object.freeze({ dips: Object.freeze(dips.map((d) => Object.freeze({ ...d }))) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'journey-dip': JourneyDipEvent;
  }
  interface DocumentEventMap {
    'journey-dip': JourneyDipEvent;
  }
}
