/**
 * The service blueprint in words, the same in the map, its table, its summary and the card:
 * a process with its owner, system and duration; an action with its status, owner and due
 * date; a done action's expected change beside the measured one.
 */
import type { ActionEffect, MeasuredChange } from '../analytics/action-effects.js';
import type { ActionCounts, PlacedProcess, ProcessLayer } from '../layout/blueprint.js';
import { ACTION_STATUSES } from '../model/blueprint.js';
import { parseDuration } from '../model/duration.js';
import type { Action, Journey } from '../model/types.js';
import type { Localizer } from './i18n/localizer.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date in the locale, e.g. "30 apr 2026"; read as a calendar day (UTC), so no time zone moves it. */
export function calendarDate(iso: string, l: Localizer): string {
  let format = dateFormats.get(l.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(l.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(l.locale, format);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** An owner's name, or its id when the journey has no such owner. */
export function ownerName(journey: Pick<Journey, 'owners'>, id: string | undefined): string | null {
  if (id === undefined) return null;
  return journey.owners?.find((o) => o.id === id)?.name ?? id;
}

/** A process's owner, system and duration in words, in that order (only those it has). */
export function processDetails(placed: PlacedProcess, l: Localizer): string[] {
  const { process } = placed;
  const parts = process.duration === undefined ? null : parseDuration(process.duration);
  return [placed.ownerName, process.system ?? null, parts ? l.duration(parts) : null].filter(
    (x): x is string => x !== null && x !== '',
  );
}

/** A process in words with its layer and, when it changed hands, the handover. */
export function processText(layer: ProcessLayer, placed: PlacedProcess, l: Localizer): string {
  const b = l.messages.blueprint;
  const text = b.process(b.layers[layer], placed.process.label, processDetails(placed, l).join(', '));
  return placed.handoverFrom && placed.ownerName
    ? `${text}; ${b.handover(placed.handoverFrom.name, placed.ownerName)}`
    : text;
}

/** An action's owner and due date in words (only those it has). */
export function actionDetails(action: Action, journey: Pick<Journey, 'owners'>, l: Localizer): string[] {
  const owner = ownerName(journey, action.owner);
  return [owner, action.due === undefined ? null : l.messages.blueprint.due(calendarDate(action.due, l))].filter(
    (x): x is string => x !== null,
  );
}

/** An action in words: status, title, owner and due date. */
export function actionText(action: Action, journey: Pick<Journey, 'owners'>, l: Localizer): string {
  const b = l.messages.blueprint;
  return b.action(b.statuses[action.status], action.title, actionDetails(action, journey, l).join(', '));
}

/** How many actions have each status, e.g. "2 done, 1 planned" (statuses without actions left out). */
export function actionCountsText(counts: ActionCounts, l: Localizer): string {
  const b = l.messages.blueprint;
  return ACTION_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${l.number(counts[s])} ${b.statuses[s]}`)
    .join(', ');
}

function who(journey: Journey, persona: string | null, l: Localizer): string {
  if (persona === null) return l.messages.allCustomers;
  return journey.personas?.find((p) => p.id === persona)?.name ?? persona;
}

/** A metric's label: at the touchpoint, else wherever the journey records that metric, else its id. */
function metricLabel(journey: Journey, touchpointId: string, metric: string): string {
  const at = journey.touchpoints.find((t) => t.id === touchpointId);
  const label = (tp: Journey['touchpoints'][number] | undefined) => tp?.metrics?.find((m) => m.id === metric)?.label;
  return label(at) ?? journey.touchpoints.map(label).find((x) => x !== undefined) ?? metric;
}

function measureName(
  effect: ActionEffect,
  m: Pick<MeasuredChange, 'measure' | 'persona' | 'metric'>,
  journey: Journey,
  l: Localizer,
): string {
  switch (m.measure) {
    case 'nps':
      return m.persona === null ? l.messages.nps.name : `${l.messages.nps.name} ${who(journey, m.persona, l)}`;
    case 'emotion':
      return l.messages.blueprint.emotionOf(who(journey, m.persona, l));
    case 'metric':
      return metricLabel(journey, effect.touchpointId, m.metric ?? '');
  }
}

/**
 * A done action's effect at one touchpoint in one line: "Statusoverzicht in de app — klaar
 * 2026-05 · verwacht NPS +10, gemeten +14". One measured figure is written as its change alone;
 * several (an emotion for all customers and each persona, or no expectation) each get their
 * name. A side without data says "no data", never 0.
 */
export function effectText(effect: ActionEffect, journey: Journey, l: Localizer): string {
  const b = l.messages.blueprint;
  const change = (value: number | null) => (value === null ? b.noData : l.signed(value));
  const expect = effect.expected;
  const expected = expect
    ? b.expected(
        `${measureName(effect, { measure: expect.measure, persona: expect.persona ?? null, metric: expect.metric }, journey, l)} ${l.signed(expect.change)}`,
      )
    : b.noExpectation;
  const named = !expect || effect.measured.length !== 1;
  const measured = effect.measured
    .map((m) => (named ? `${measureName(effect, m, journey, l)} ${change(m.change)}` : change(m.change)))
    .join(', ');
  return b.effect(effect.title, effect.done ? effect.done.slice(0, 7) : null, expected, b.measured(measured));
}
