import type { ColumnLayout } from '../layout/columns.js';

/**
 * Fired (not bubbling) by `<emotion-curve>` and `<journey-map>` whenever their column layout
 * changes, so an `<nps-overlay align-to="…">` can line its columns up with theirs.
 */
export class JourneyLayoutEvent extends Event {
  static readonly type = 'journey-layout';
  constructor(readonly layout: ColumnLayout) {
    super(JourneyLayoutEvent.type, { bubbles: false, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'journey-layout': JourneyLayoutEvent;
  }
}
