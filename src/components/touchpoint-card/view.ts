/**
 * What the card shows, derived without Lit: which touchpoint the inputs name (or why none can be
 * shown), and the view of it for a persona selection: emotions, NPS, metrics and quotes.
 */
import { resolveChannel } from '../../analytics/channels.js';
import { isOffNorm } from '../../analytics/metrics.js';
import { type TouchpointNps, touchpointNps } from '../../analytics/nps.js';
import { type ChannelIcon, channelIcon } from '../../layout/channel-icons.js';
import { type EmotionGlyph, emotionGlyph } from '../../layout/emotion-glyphs.js';
import { type DurationParts, parseDuration } from '../../model/duration.js';
import { type TouchpointFailure, invalidTouchpoint, isObject, validateTouchpoint } from '../../model/touchpoint.js';
import type { Journey, Metric, Touchpoint } from '../../model/types.js';
import { polarityOf } from '../../shared/i18n/polarity.js';
import type { JourneySourceStatus } from '../../shared/journey-source.js';
import { personaColour } from '../../shared/theme.js';

import { ALL_PERSONAS } from '../../shared/personas.js';

export { ALL_PERSONAS };

/** One persona's (or all customers') emotion at the touchpoint, ready to show. */
export interface EmotionView {
  key: string;
  /** The persona's name from the model; undefined for all customers. */
  personaName: string | undefined;
  colour: string;
  score: number;
  label: string | undefined;
  glyph: EmotionGlyph | null;
  tone: 'positive' | 'negative' | 'neutral';
}

export interface MetricView {
  metric: Metric;
  offNorm: boolean | null;
  sourceLabel: string | undefined;
}

export interface QuoteView {
  key: string;
  text: string;
  personaName: string | undefined;
  colour: string | undefined;
  sourceLabel: string | undefined;
}

/** Everything the card shows, derived once per input in `willUpdate`. */
export interface CardView {
  journey: Journey;
  touchpoint: Touchpoint;
  phaseLabel: string;
  channel: { id: string; icon: ChannelIcon } | undefined;
  duration: DurationParts | undefined;
  emotions: EmotionView[];
  nps: TouchpointNps | null;
  metrics: MetricView[];
  quotes: QuoteView[];
}

export type Resolution =
  | { kind: 'source' }
  | { kind: 'no-touchpoint' }
  | { kind: 'failure'; failure: TouchpointFailure }
  | { kind: 'ready'; journey: Journey; touchpoint: Touchpoint };

const MAX_SHOWN_ID = 200;

function shownId(id: string): string {
  return id.length > MAX_SHOWN_ID ? `${id.slice(0, MAX_SHOWN_ID)}…` : id;
}

function toneOf(score: number): EmotionView['tone'] {
  const polarity = polarityOf(score);
  return polarity === 'neutral' ? 'neutral' : polarity.endsWith('positive') ? 'positive' : 'negative';
}

export function failureKey(failure: TouchpointFailure): string {
  return JSON.stringify([failure.code, failure.issues.map((i) => [i.path, i.message])]);
}

/** Which touchpoint to show for the `touchpoint` input, or why none can be shown. */
export function resolveTouchpoint(
  touchpoint: unknown,
  status: JourneySourceStatus,
  source: Journey | undefined,
): Resolution {
  const journey = status === 'ready' ? source : undefined;
  if (isObject(touchpoint)) {
    // A journey still loading or failed is shown as such: the touchpoint is checked against it once it is there.
    if (status === 'loading' || status === 'error') return { kind: 'source' };
    const result = validateTouchpoint(touchpoint, journey);
    return result.ok
      ? { kind: 'ready', journey: result.journey, touchpoint: result.touchpoint }
      : { kind: 'failure', failure: result.failure };
  }
  if (!journey) return { kind: 'source' };
  if (touchpoint === undefined || touchpoint === null || touchpoint === '') return { kind: 'no-touchpoint' };
  if (typeof touchpoint !== 'string') {
    return {
      kind: 'failure',
      failure: invalidTouchpoint('VALIDATION', [
        { path: 'touchpoint', code: 'invalid_type', message: 'must be a touchpoint id or a touchpoint object' },
      ]),
    };
  }
  const found = journey.touchpoints.find((tp) => tp.id === touchpoint);
  if (found) return { kind: 'ready', journey, touchpoint: found };
  const id = shownId(touchpoint);
  return {
    kind: 'failure',
    failure: {
      code: 'VALIDATION',
      issues: [
        {
          path: 'touchpoint',
          code: 'unknown_reference',
          message: `unknown touchpoint "${id}": the journey has no touchpoint with this id`,
        },
      ],
      message: `The touchpoint "${id}" is not in the journey "${journey.id}".`,
    },
  };
}

/** What the card shows of `touchpoint` for the `persona` selection. */
export function cardView(journey: Journey, touchpoint: Touchpoint, persona: string): CardView {
  const personaIndex = new Map((journey.personas ?? []).map((p, i) => [p.id, i]));
  const personaName = (id: string | undefined) =>
    id === undefined ? undefined : (journey.personas?.find((p) => p.id === id)?.name ?? id);
  const colourOf = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const index = personaIndex.get(id);
    return index === undefined ? undefined : personaColour(index, journey.personas?.[index]?.color);
  };
  const sourceLabel = (id: string | undefined) =>
    id === undefined ? undefined : (journey.sources?.find((s) => s.id === id)?.label ?? id);

  const all = touchpoint.emotions ?? [];
  let chosen = all;
  if (persona !== ALL_PERSONAS) {
    const own = all.filter((e) => e.persona === persona);
    chosen = own.length > 0 ? own : all.filter((e) => e.persona === undefined);
  }
  const emotions = chosen.map((e, index): EmotionView => ({
    key: `${e.persona ?? ''}\u0000${index}`,
    personaName: personaName(e.persona),
    colour: colourOf(e.persona) ?? 'currentColor',
    score: e.score,
    label: e.label,
    glyph: emotionGlyph(e.label, 72),
    tone: toneOf(e.score),
  }));

  const channel =
    touchpoint.channel === undefined
      ? undefined
      : {
          id: touchpoint.channel,
          icon: channelIcon(touchpoint.channel, resolveChannel(journey, touchpoint.channel).kind),
        };

  return {
    journey,
    touchpoint,
    phaseLabel: journey.phases.find((p) => p.id === touchpoint.phase)?.label ?? touchpoint.phase,
    channel,
    duration: touchpoint.duration === undefined ? undefined : (parseDuration(touchpoint.duration) ?? undefined),
    emotions,
    nps: touchpoint.nps === undefined ? null : touchpointNps(touchpoint),
    metrics: (touchpoint.metrics ?? []).map((metric) => ({
      metric,
      offNorm: isOffNorm(metric),
      sourceLabel: sourceLabel(metric.source),
    })),
    quotes: (touchpoint.quotes ?? []).map((q, index) => ({
      key: String(index),
      text: q.text,
      personaName: personaName(q.persona),
      colour: colourOf(q.persona),
      sourceLabel: sourceLabel(q.source),
    })),
  };
}
