/**
 * The service blueprint laid out over the map's columns (JOURNEY-MODEL.md "Process", "Action"):
 * each column's processes in their layer, the handovers between owners, the actions at each
 * touchpoint, and the counts a summary states. Pure; no DOM.
 *
 * A **handover** is where the work behind the journey passes from one owner to another: within
 * one blueprint layer, the layer's processes are read in journey order (touchpoint by touchpoint
 * in display order, and within a touchpoint in the order listed), and a process whose owner
 * differs from the owner of the layer's previous owned process is a handover from that owner.
 * Processes without an owner are skipped (they neither make nor break a handover); a touchpoint
 * without processes in a layer does not break the chain. These are the places where one contact
 * leads to a new question on another channel: the customer's case changes hands.
 */
import { type ActionEffect, actionEffects } from '../analytics/action-effects.js';
import { ACTION_STATUSES, PROCESS_LAYERS } from '../model/blueprint.js';
import type { Action, Journey, Owner, Process, Touchpoint } from '../model/types.js';

/** A blueprint layer. */
export type ProcessLayer = (typeof PROCESS_LAYERS)[number];
/** An action's status. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The three lines of the blueprint, each named by the layer it sits above: the line of
 * interaction above frontstage, the line of visibility above backstage, the line of internal
 * interaction above support (Bitner, Ostrom & Morgan 2008).
 */
export const BLUEPRINT_LINES = [
  { line: 'interaction', above: 'frontstage' },
  { line: 'visibility', above: 'backstage' },
  { line: 'internal', above: 'support' },
] as const satisfies readonly { line: string; above: ProcessLayer }[];

/** One of the three lines. */
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number]['line'];

/** A process placed in its column, with the handover that leads into it. */
export interface PlacedProcess {
  process: Process;
  /** The owner's name (its id when the journey has no such owner), or `null` without owner. */
  ownerName: string | null;
  /** The handover into this process: the previous owner's id and name, or `null`. */
  handoverFrom: { id: string; name: string } | null;
}

/** One column's processes, by layer. */
export type ColumnProcesses = Record<ProcessLayer, PlacedProcess[]>;

/** What the processes lane shows over a sequence of touchpoints. */
export interface ProcessLanes {
  /** One entry per touchpoint, in the order given. */
  columns: ColumnProcesses[];
  /** The layers that have at least one process, in blueprint order. */
  layers: ProcessLayer[];
  /** Handovers per layer and in all. */
  handovers: Record<ProcessLayer, number> & { total: number };
  /** Processes per layer and in all. */
  counts: Record<ProcessLayer, number> & { total: number };
}

const emptyLayers = <T>(make: () => T): Record<ProcessLayer, T> => ({
  frontstage: make(),
  backstage: make(),
  support: make(),
});

/** The processes of `touchpoints` (in display order) by layer, with their handovers. */
export function processLanes(touchpoints: readonly Touchpoint[], owners: readonly Owner[] = []): ProcessLanes {
  const names = new Map(owners.map((o) => [o.id, o.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const previous = emptyLayers<string | null>(() => null);
  const handovers = { ...emptyLayers(() => 0), total: 0 };
  const counts = { ...emptyLayers(() => 0), total: 0 };
  const columns = touchpoints.map((tp) => {
    const column = emptyLayers<PlacedProcess[]>(() => []);
    for (const process of tp.processes ?? []) {
      const layer = process.layer;
      const owner = process.owner ?? null;
      const before = previous[layer];
      const handoverFrom =
        owner !== null && before !== null && before !== owner ? { id: before, name: nameOf(before) } : null;
      if (owner !== null) previous[layer] = owner;
      if (handoverFrom) {
        handovers[layer] += 1;
        handovers.total += 1;
      }
      counts[layer] += 1;
      counts.total += 1;
      column[layer].push({ process, ownerName: owner === null ? null : nameOf(owner), handoverFrom });
    }
    return column;
  });
  return { columns, layers: PROCESS_LAYERS.filter((layer) => counts[layer] > 0), handovers, counts };
}

/** The actions at each touchpoint id, in the journey's order of actions. */
export function actionsByTouchpoint(actions: readonly Action[] = []): Map<string, Action[]> {
  const at = new Map<string, Action[]>();
  for (const action of actions) {
    // An action listing a touchpoint twice is shown there once.
    for (const id of new Set(action.touchpoints)) {
      const list = at.get(id);
      if (list) list.push(action);
      else at.set(id, [action]);
    }
  }
  return at;
}

/** How many actions have each status, and in all. */
export type ActionCounts = Record<ActionStatus, number> & { total: number };

/** How many actions have each status, in status order. */
export function actionCounts(actions: readonly Action[] = []): ActionCounts {
  const counts = { idea: 0, planned: 0, 'in-progress': 0, done: 0, dropped: 0, total: 0 };
  for (const action of actions) {
    counts[action.status] += 1;
    counts.total += 1;
  }
  return counts;
}

/** Everything the blueprint lanes of a map show. */
export interface MapBlueprint {
  processes: ProcessLanes;
  /** The actions at each touchpoint id. */
  actionsAt: Map<string, Action[]>;
  actionCounts: ActionCounts;
  /** Compare mode: each done action's expected and measured effect, by touchpoint id (empty without a base). */
  effectsAt: Map<string, ActionEffect[]>;
}

/**
 * The blueprint of `journey` over the `touchpoints` shown (display order; in compare mode they
 * include the base journey's removed ones), with the done actions' effects when `base` is given.
 */
export function mapBlueprint(journey: Journey, touchpoints: readonly Touchpoint[], base: Journey | null): MapBlueprint {
  // The journey's own owner names win over the base journey's (later entries win in the Map).
  const owners = [...(base?.owners ?? []), ...(journey.owners ?? [])];
  const effectsAt = new Map<string, ActionEffect[]>();
  if (base) {
    for (const effect of actionEffects(base, journey)) {
      const list = effectsAt.get(effect.touchpointId);
      if (list) list.push(effect);
      else effectsAt.set(effect.touchpointId, [effect]);
    }
  }
  return {
    processes: processLanes(touchpoints, owners),
    actionsAt: actionsByTouchpoint(journey.actions),
    actionCounts: actionCounts(journey.actions),
    effectsAt,
  };
}
