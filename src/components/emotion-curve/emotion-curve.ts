/**
 * Registers `<emotion-curve>` (guarded: a second copy of the SDK on the page is harmless).
 */
import { EmotionCurve } from './emotion-curve.component.js';

export { EmotionCurve };
export { CURVE_KINDS, type CurveKind } from '../../layout/emotion-curve.js';

if (!customElements.get('emotion-curve')) customElements.define('emotion-curve', EmotionCurve);

declare global {
  interface HTMLElementTagNameMap {
    'emotion-curve': EmotionCurve;
  }
}
