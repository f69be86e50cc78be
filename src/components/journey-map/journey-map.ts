/**
 * Registers `<journey-map>` (guarded: a second copy of the SDK on the page is harmless), and the
 * elements it embeds: `<emotion-curve>`, `<nps-overlay>` and `<touchpoint-card>`.
 */
import '../emotion-curve/emotion-curve.js';
import '../nps-overlay/nps-overlay.js';
import '../touchpoint-card/touchpoint-card.js';
import { JourneyMap } from './journey-map.component.js';

export { JourneyMap, VERTICAL_BELOW } from './journey-map.component.js';
export { LANES, type Lane, parseLanes } from './lanes.js';
export { printStyles, printStyleText } from './print-styles.js';

if (!customElements.get('journey-map')) customElements.define('journey-map', JourneyMap);

declare global {
  interface HTMLElementTagNameMap {
    'journey-map': JourneyMap;
  }
}
