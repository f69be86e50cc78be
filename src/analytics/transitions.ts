/** Observed movements between touchpoints: flows, loops and drop-off. */
import type { Journey } from '../model/types.js';

/** What kind of move a transition is, by journey order. */
export const FLOW_KINDS = ['next', 'skip', 'loop', 'drop-off'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/** One transition with its place in the journey and its share of the customers leaving `from`. */
export interface TransitionFlow {
  from: string;
  to: string | null;
  fromIndex: number;
  /** Index of `to`, or `null` for drop-off. */
  toIndex: number | null;
  count: number;
  label?: string;
  /** `next` to the following touchpoint, `skip` further ahead, `loop` back (or to itself), `drop-off`. */
  kind: FlowKind;
  /** Share (0–1) of all recorded moves out of `from`; `null` when none were counted. */
  share: number | null;
}

/** Every transition of a journey with kinds and shares, in the order given. */
export function transitionFlows(journey: Pick<Journey, 'touchpoints' | 'transitions'>): TransitionFlow[] {
  const indexOf = new Map(journey.touchpoints.map((tp, i) => [tp.id, i]));
  const outgoing = new Map<string, number>();
  for (const t of journey.transitions ?? []) outgoing.set(t.from, (outgoing.get(t.from) ?? 0) + t.count);
  return (journey.transitions ?? []).map((t) => {
    const fromIndex = indexOf.get(t.from) ?? -1;
    const toIndex = t.to === null ? null : (indexOf.get(t.to) ?? -1);
    const kind: FlowKind =
      toIndex === null ? 'drop-off' : toIndex <= fromIndex ? 'loop' : toIndex === fromIndex + 1 ? 'next' : 'skip';
    const total = outgoing.get(t.from) ?? 0;
    const flow: TransitionFlow = {
      from: t.from,
      to: t.to,
      fromIndex,
      toIndex,
      count: t.count,
      kind,
      share: total > 0 ? t.count / total : null,
    };
    if (t.label !== undefined) flow.label = t.label;
    return flow;
  });
}

/** Drop-off per touchpoint: customers who leave the journey there, with their share of the moves out of it. */
export function dropOffs(journey: Pick<Journey, 'touchpoints' | 'transitions'>): TransitionFlow[] {
  return transitionFlows(journey).filter((f) => f.kind === 'drop-off');
}
