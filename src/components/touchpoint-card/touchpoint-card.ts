/**
 * Registers `<touchpoint-card>` (guarded: a second copy of klantreis on the page is harmless).
 */
import { TouchpointCard } from './touchpoint-card.component.js';

export {
  TouchpointCard,
  validateTouchpoint,
  HEADING_LEVELS,
  ALL_PERSONAS,
  type HeadingLevel,
} from './touchpoint-card.component.js';

if (!customElements.get('touchpoint-card')) customElements.define('touchpoint-card', TouchpointCard);

declare global {
  interface HTMLElementTagNameMap {
    'touchpoint-card': TouchpointCard;
  }
}
