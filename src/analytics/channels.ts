/** Channels and the hops customers make between them. */
import { WELL_KNOWN_CHANNEL_KIND, isWellKnownChannel } from '../model/channels.js';
import type { Channel, Journey } from '../model/types.js';

/** A channel as the journey uses it. */
export interface ResolvedChannel {
  id: string;
  /** The journey's own label, when it defines the channel. */
  label?: string;
  kind?: Channel['kind'];
  /** True for the well-known ids (web, app, phone, …) that need no definition. */
  wellKnown: boolean;
}

/** Looks a channel up: the journey's definition first, else the well-known channel. */
export function resolveChannel(journey: Pick<Journey, 'channels'>, id: string): ResolvedChannel {
  const defined = journey.channels?.find((c) => c.id === id);
  const wellKnown = isWellKnownChannel(id);
  const resolved: ResolvedChannel = { id, wellKnown };
  if (defined) {
    resolved.label = defined.label;
    if (defined.kind !== undefined) resolved.kind = defined.kind;
  }
  if (resolved.kind === undefined && wellKnown) resolved.kind = WELL_KNOWN_CHANNEL_KIND[id];
  return resolved;
}

/** A change of channel between consecutive touchpoints. */
export interface ChannelHop {
  fromTouchpointId: string;
  toTouchpointId: string;
  /** Index of the touchpoint the hop leads to. */
  index: number;
  fromChannel: string;
  toChannel: string;
  /** Customers observed making this move, from `transitions`, when recorded. */
  count?: number;
}

/** Channel hops: consecutive touchpoints (both with a channel) on different channels. */
export function channelHops(journey: Pick<Journey, 'touchpoints' | 'transitions'>): ChannelHop[] {
  const counts = new Map<string, number>();
  for (const t of journey.transitions ?? []) {
    if (t.to === null) continue;
    const key = `${t.from}\u0000${t.to}`;
    counts.set(key, (counts.get(key) ?? 0) + t.count);
  }
  const hops: ChannelHop[] = [];
  for (let i = 1; i < journey.touchpoints.length; i += 1) {
    const a = journey.touchpoints[i - 1]!;
    const b = journey.touchpoints[i]!;
    if (a.channel === undefined || b.channel === undefined || a.channel === b.channel) continue;
    const hop: ChannelHop = {
      fromTouchpointId: a.id,
      toTouchpointId: b.id,
      index: i,
      fromChannel: a.channel,
      toChannel: b.channel,
    };
    const count = counts.get(`${a.id}\u0000${b.id}`);
    if (count !== undefined) hop.count = count;
    hops.push(hop);
  }
  return hops;
}
