/**
 * The measured effect of improvement actions (JOURNEY-MODEL.md, "Derived figures"): for each
 * `done` action of the journey after a change, at each touchpoint it changed, the change it
 * was expected to bring next to the change measured between the journey before and after.
 *
 * The measured figures are the ones compare mode shows (compare.ts): the emotion a persona's
 * curve shows at the touchpoint (emotionAt), the latest NPS (touchpointNps), a metric's value.
 * A side without data gives `null`, never 0, and so does the change.
 */
import type { Action, ActionExpect, Journey, Touchpoint } from '../model/types.js';
import { curveKeys, emotionAt } from './emotion.js';
import { touchpointNps } from './nps.js';

/** One measured change at one touchpoint. */
export interface MeasuredChange {
  measure: ActionExpect['measure'];
  /** The persona measured; `null` for all customers. */
  persona: string | null;
  /** The metric id, when `measure` is `metric`. */
  metric?: string;
  /** The figure in the journey before, or `null` when it has none. */
  before: number | null;
  /** The figure in the journey after, or `null` when it has none. */
  after: number | null;
  /** `after − before`, or `null` when either is missing. */
  change: number | null;
}

/** A done action at one of its touchpoints: what was expected and what was measured. */
export interface ActionEffect {
  actionId: string;
  title: string;
  /** When it was done (YYYY-MM-DD), when recorded. */
  done?: string;
  owner?: string;
  touchpointId: string;
  /** The change the action should bring, or `null` when the action names none. */
  expected: ActionExpect | null;
  /**
   * What changed. With `expect`: its measure, for its persona (emotion without a persona: all
   * customers, then each persona; NPS without a persona: all customers) or its metric. Without
   * `expect`: the emotion and the NPS of all customers.
   */
  measured: MeasuredChange[];
}

/** Rounds away floating-point noise (0.3 − 0.1 is 0.19999999999999998): 6 decimals are kept. */
const clean = (value: number) => Math.round(value * 1e6) / 1e6 || 0;

function change(
  measure: ActionExpect['measure'],
  persona: string | null,
  before: number | null,
  after: number | null,
  metric?: string,
): MeasuredChange {
  return {
    measure,
    persona,
    ...(metric === undefined ? {} : { metric }),
    before,
    after,
    change: before === null || after === null ? null : clean(after - before),
  };
}

interface Located {
  tp: Touchpoint;
  index: number;
}

const emotionOf = (at: Located | undefined, persona: string | null) =>
  at ? emotionAt(at.tp, at.index, persona).score : null;
const npsOfTouchpoint = (at: Located | undefined, persona: string | null) =>
  at ? (touchpointNps(at.tp, { persona }).current?.score ?? null) : null;
const metricOf = (at: Located | undefined, id: string) => at?.tp.metrics?.find((m) => m.id === id)?.value ?? null;

/**
 * For every `done` action of `after` (in its order), at each of its touchpoints (in the
 * action's order): the expected change beside the measured one, `before` being the journey
 * before the change (compare mode's base). A touchpoint absent from `before` measures `null`.
 */
export function actionEffects(before: Journey, after: Journey): ActionEffect[] {
  const locate = (journey: Journey) => new Map(journey.touchpoints.map((tp, index) => [tp.id, { tp, index }]));
  const beforeById = locate(before);
  const afterById = locate(after);
  const personas = [...new Set([...curveKeys(after), ...curveKeys(before)])];

  const effects: ActionEffect[] = [];
  for (const action of after.actions ?? []) {
    if (action.status !== 'done') continue;
    for (const touchpointId of action.touchpoints) {
      const b = beforeById.get(touchpointId);
      const a = afterById.get(touchpointId);
      effects.push({
        actionId: action.id,
        title: action.title,
        ...(action.done === undefined ? {} : { done: action.done }),
        ...(action.owner === undefined ? {} : { owner: action.owner }),
        touchpointId,
        expected: action.expect ?? null,
        measured: measuredAt(action, b, a, personas),
      });
    }
  }
  return effects;
}

function measuredAt(
  action: Action,
  b: Located | undefined,
  a: Located | undefined,
  personas: readonly (string | null)[],
): MeasuredChange[] {
  const expect = action.expect;
  if (expect === undefined) {
    return [
      change('emotion', null, emotionOf(b, null), emotionOf(a, null)),
      change('nps', null, npsOfTouchpoint(b, null), npsOfTouchpoint(a, null)),
    ];
  }
  const persona = expect.persona ?? null;
  switch (expect.measure) {
    case 'emotion':
      return (persona === null ? personas : [persona]).map((p) =>
        change('emotion', p, emotionOf(b, p), emotionOf(a, p)),
      );
    case 'nps':
      return [change('nps', persona, npsOfTouchpoint(b, persona), npsOfTouchpoint(a, persona))];
    case 'metric': {
      const metric = expect.metric!;
      return [change('metric', null, metricOf(b, metric), metricOf(a, metric), metric)];
    }
  }
}
