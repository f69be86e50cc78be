/**
 * The typed events of klantreis elements.
 */
export {
  JourneyLoadEvent,
  JourneyErrorEvent,
  JourneyTouchpointSelectEvent,
  type JourneyOrigin,
  type JourneyLoadDetail,
  type JourneyErrorDetail,
  type JourneyTouchpointSelectDetail,
} from './journey-events.js';
export { JourneyLayoutEvent, type JourneyLayoutDetail } from './layout-event.js';
export { JourneyDipEvent, type JourneyDipDetail } from './dip-event.js';
export {
  JourneyChangeEvent,
  JourneyInputEvent,
  type JourneyChangeDetail,
  type JourneyPatchOperation,
} from './edit-events.js';
