/**
 * `klantreis/define`: registers every klantreis element — `<journey-map>`, `<emotion-curve>`,
 * `<nps-overlay>` and `<touchpoint-card>`. Side effects only, and each registration is guarded,
 * so a second copy of the SDK on the page is harmless.
 */
import './components/emotion-curve/emotion-curve.js';
import './components/nps-overlay/nps-overlay.js';
import './components/touchpoint-card/touchpoint-card.js';
import './components/journey-map/journey-map.js';
