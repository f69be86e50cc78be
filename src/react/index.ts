/**
 * `klantreis/react`: React components for the four klantreis elements, made with `@lit/react`.
 * Importing this entry registers the elements. Props are the elements' properties (so `journey`
 * and `base` take objects, not JSON attributes) and their events are `on…` props:
 *
 * ```tsx
 * import { JourneyMap } from 'klantreis/react';
 * <JourneyMap journey={journey} persona="starter" onTouchpointSelect={(e) => open(e.detail.touchpointId)} />
 * ```
 *
 * React is an optional peer dependency: only this entry imports it. In a framework that renders
 * on the server (Next.js), use these components from a client component (`'use client'`).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { EmotionCurve as EmotionCurveElement } from '../components/emotion-curve/emotion-curve.js';
import { JourneyMap as JourneyMapElement } from '../components/journey-map/journey-map.js';
import { NpsOverlay as NpsOverlayElement } from '../components/nps-overlay/nps-overlay.js';
import { TouchpointCard as TouchpointCardElement } from '../components/touchpoint-card/touchpoint-card.js';
import type { JourneyChangeEvent, JourneyInputEvent } from '../events/edit-events.js';
import type { JourneyErrorEvent, JourneyLoadEvent, JourneyTouchpointSelectEvent } from '../events/journey-events.js';
import type { JourneyDipEvent } from '../events/dip-event.js';
import type { JourneyLayoutEvent } from '../events/layout-event.js';

/** `onJourneyLoad`, `onJourneyError` and `onJourneyDip`: every element fires them. */
const sourceEvents = {
  /** A journey was loaded and validated (`event.detail.journey`, `event.detail.origin`). */
  onJourneyLoad: 'journey-load' as EventName<JourneyLoadEvent>,
  /** The journey could not be loaded or validated (`event.detail.code`, `event.detail.issues`). */
  onJourneyError: 'journey-error' as EventName<JourneyErrorEvent>,
  /** A live refresh of `src` brought new significant dips (`event.detail.dips`). */
  onJourneyDip: 'journey-dip' as EventName<JourneyDipEvent>,
};

/** The events of the elements that let the user pick a touchpoint and that lay out columns. */
const chartEvents = {
  ...sourceEvents,
  /** The user opened a touchpoint (`event.detail.touchpointId`, `event.detail.persona`). */
  onTouchpointSelect: 'journey-touchpoint-select' as EventName<JourneyTouchpointSelectEvent>,
  /** The column layout changed (`event.layout`); does not bubble. */
  onJourneyLayout: 'journey-layout' as EventName<JourneyLayoutEvent>,
};

/** The events of an element in edit mode (`editable`). */
const editEvents = {
  /** An edit was committed, undone or redone (`event.detail.journey`, `.patch`, `.label`): save from here. */
  onJourneyChange: 'journey-change' as EventName<JourneyChangeEvent>,
  /** One step of a drag or of the emotion slider (same detail); the gesture ends with one `onJourneyChange`. */
  onJourneyInput: 'journey-input' as EventName<JourneyInputEvent>,
};

/** `<journey-map>` as a React component. */
export const JourneyMap = createComponent({
  tagName: 'journey-map',
  elementClass: JourneyMapElement,
  react: React,
  events: chartEvents,
  displayName: 'JourneyMap',
});

/** `<emotion-curve>` as a React component. */
export const EmotionCurve = createComponent({
  tagName: 'emotion-curve',
  elementClass: EmotionCurveElement,
  react: React,
  events: { ...chartEvents, ...editEvents },
  displayName: 'EmotionCurve',
});

/** `<nps-overlay>` as a React component. */
export const NpsOverlay = createComponent({
  tagName: 'nps-overlay',
  elementClass: NpsOverlayElement,
  react: React,
  events: chartEvents,
  displayName: 'NpsOverlay',
});

/** `<touchpoint-card>` as a React component. */
export const TouchpointCard = createComponent({
  tagName: 'touchpoint-card',
  elementClass: TouchpointCardElement,
  react: React,
  events: sourceEvents,
  displayName: 'TouchpointCard',
});
