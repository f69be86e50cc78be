/**
 * The one-page overview of a journey "in its main lines" (issue 17): per phase its lowest and
 * highest moment per persona, its moments of truth, its worst NPS against the norm, its top pain
 * points and its open improvement actions. Pure facts; the words and the page come later.
 */
import type { Journey, Touchpoint } from '../model/types.js';
import { curveKeys, emotionAt } from './emotion.js';
import { touchpointNps } from './nps.js';

/** Statuses of an improvement action that still has to happen. */
export const OPEN_ACTION_STATUSES = ['idea', 'planned', 'in-progress'] as const;

/** An improvement action as the model gives it (`journey.actions`); read defensively. */
export interface ActionLike {
  id: string;
  title: string;
  status: string;
  touchpoints: readonly string[];
  owner?: string;
  due?: string;
}

/** A scored moment of one curve. */
export interface OverviewMoment {
  /** The persona, or `null` for all customers. */
  persona: string | null;
  touchpointId: string;
  index: number;
  score: number;
}

/** The worst NPS of a phase. */
export interface OverviewNps {
  touchpointId: string;
  index: number;
  score: number;
  /** The norm, when given. */
  target: number | null;
  /** score − target (negative: below the norm), or `null` without a norm. */
  gap: number | null;
}

/** A pain point of a phase, with where it is felt. */
export interface OverviewPainPoint {
  text: string;
  /** The touchpoints that name it (the same words, ignoring case and outer spaces). */
  touchpointIds: string[];
  /** The lowest emotion felt at those touchpoints (any curve), or `null` when none was recorded. */
  lowestScore: number | null;
}

/** One phase of the overview. */
export interface PhaseOverview {
  phaseId: string;
  label: string;
  touchpoints: number;
  /** Per curve (each persona, or all customers), the lowest and the highest moment of the phase. */
  lowest: OverviewMoment[];
  highest: OverviewMoment[];
  moments: { touchpointId: string; index: number; kind: string; note?: string }[];
  worstNps: OverviewNps | null;
  painPoints: OverviewPainPoint[];
  openActions: ActionLike[];
}

/** Options of {@link journeyOverview}. */
export interface OverviewOptions {
  /** The emotion period; default each touchpoint's latest. */
  period?: string | null;
  /** How many pain points per phase (default 3). */
  painPoints?: number;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The improvement actions of a journey, read without trusting their shape (the field is newer than this module). */
export function actionsOf(journey: object): ActionLike[] {
  const actions = (journey as { actions?: unknown }).actions;
  if (!Array.isArray(actions)) return [];
  return actions.flatMap((a: unknown): ActionLike[] => {
    if (a === null || typeof a !== 'object') return [];
    const { id, title, status, touchpoints, owner, due } = a as Record<string, unknown>;
    if (!isText(id) || !isText(title) || !isText(status) || !Array.isArray(touchpoints)) return [];
    return [
      {
        id,
        title,
        status,
        touchpoints: touchpoints.filter(isText),
        ...(isText(owner) ? { owner } : {}),
        ...(isText(due) ? { due } : {}),
      },
    ];
  });
}

/**
 * The worst NPS (all customers, latest period) among `entries`: the furthest below its norm when
 * any has a norm (those without one do not compete then), else the lowest score. Ties: first.
 */
function worstNps(entries: readonly { touchpoint: Touchpoint; index: number }[]): OverviewNps | null {
  const found: OverviewNps[] = [];
  for (const { touchpoint, index } of entries) {
    const current = touchpointNps(touchpoint).current;
    if (!current || current.score === null) continue;
    const target = current.target ?? null;
    found.push({
      touchpointId: touchpoint.id,
      index,
      score: current.score,
      target,
      gap: target === null ? null : current.score - target,
    });
  }
  const normed = found.filter((n) => n.gap !== null);
  const pool = normed.length > 0 ? normed : found;
  let worst: OverviewNps | null = null;
  for (const n of pool) {
    const key = (x: OverviewNps) => (normed.length > 0 ? x.gap! : x.score);
    if (worst === null || key(n) < key(worst)) worst = n;
  }
  return worst;
}

/** The overview of every phase, in the journey's phase order. */
export function journeyOverview(
  journey: Pick<Journey, 'touchpoints' | 'personas' | 'phases'>,
  options: OverviewOptions = {},
): PhaseOverview[] {
  const curves = curveKeys(journey);
  const actions = actionsOf(journey).filter((a) => (OPEN_ACTION_STATUSES as readonly string[]).includes(a.status));
  return journey.phases.map((phase) => {
    const entries = journey.touchpoints.flatMap((touchpoint, index) =>
      touchpoint.phase === phase.id ? [{ touchpoint, index }] : [],
    );
    const lowest: OverviewMoment[] = [];
    const highest: OverviewMoment[] = [];
    const lowestAt = new Map<string, number>();
    for (const persona of curves) {
      let low: OverviewMoment | null = null;
      let high: OverviewMoment | null = null;
      for (const { touchpoint, index } of entries) {
        const { score } = emotionAt(touchpoint, index, persona, options.period);
        if (score === null) continue;
        const moment = { persona, touchpointId: touchpoint.id, index, score };
        if (low === null || score < low.score) low = moment;
        if (high === null || score > high.score) high = moment;
        lowestAt.set(touchpoint.id, Math.min(lowestAt.get(touchpoint.id) ?? Infinity, score));
      }
      if (low) lowest.push(low);
      if (high) highest.push(high);
    }

    const pains = new Map<string, OverviewPainPoint & { first: number }>();
    for (const { touchpoint, index } of entries) {
      for (const text of touchpoint.painPoints ?? []) {
        const key = text.trim().toLocaleLowerCase();
        if (key === '') continue;
        const found = pains.get(key);
        const score = lowestAt.get(touchpoint.id) ?? null;
        if (found) {
          if (!found.touchpointIds.includes(touchpoint.id)) found.touchpointIds.push(touchpoint.id);
          if (score !== null && (found.lowestScore === null || score < found.lowestScore)) found.lowestScore = score;
        } else {
          pains.set(key, { text: text.trim(), touchpointIds: [touchpoint.id], lowestScore: score, first: index });
        }
      }
    }
    // Named at most touchpoints first, then where it hurts most (lowest emotion), then journey order.
    const painPoints = [...pains.values()]
      .sort(
        (a, b) =>
          b.touchpointIds.length - a.touchpointIds.length ||
          (a.lowestScore ?? Infinity) - (b.lowestScore ?? Infinity) ||
          a.first - b.first,
      )
      .slice(0, options.painPoints ?? 3)
      .map(({ first: _first, ...pain }) => pain);

    const ids = new Set(entries.map((e) => e.touchpoint.id));
    return {
      phaseId: phase.id,
      label: phase.label,
      touchpoints: entries.length,
      lowest,
      highest,
      moments: entries.flatMap(({ touchpoint, index }) =>
        touchpoint.momentOfTruth
          ? [
              {
                touchpointId: touchpoint.id,
                index,
                kind: touchpoint.momentOfTruth.kind,
                ...(touchpoint.momentOfTruth.note !== undefined ? { note: touchpoint.momentOfTruth.note } : {}),
              },
            ]
          : [],
      ),
      worstNps: worstNps(entries),
      painPoints,
      openActions: actions.filter((a) => a.touchpoints.some((id) => ids.has(id))),
    };
  });
}
