/**
 * Registers `<nps-overlay>` (guarded: a second copy of the SDK on the page is harmless).
 */
import { NpsOverlay } from './nps-overlay.component.js';

export { NpsOverlay, NPS_OVERLAY_VIEWS, type NpsOverlayView, type NpsOverlayMode } from './nps-overlay.component.js';

if (!customElements.get('nps-overlay')) customElements.define('nps-overlay', NpsOverlay);

declare global {
  interface HTMLElementTagNameMap {
    'nps-overlay': NpsOverlay;
  }
}
