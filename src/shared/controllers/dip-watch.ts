/**
 * Live dips: when a refresh of `src` brings a journey with dips (analytics `dips`: a touchpoint ×
 * persona × measure whose latest period is significantly worse than the period before it) that
 * the journey shown before it did not have, the element fires one `journey-dip` with those new
 * dips, says them once in its live region, and keeps them in `dips` so it can mark the
 * touchpoints while they last.
 *
 * `JourneyElement` owns one for every element (`this.dipWatch`): the emotion curve marks the
 * dipped touchpoints from it; the map and the NPS overlay can read the same `dips` and
 * `isDipped(touchpointId, persona)`.
 *
 * What counts as new: a dip is identified by touchpoint, persona, measure and its latest period,
 * so a refresh that repeats a dip fires nothing, and a dip that recovers and comes back in a
 * later period fires again. The first load of a `src`, a journey given as a property or inline,
 * and a new `src` address never fire: only a refresh of the same `src` compares.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type PeriodChange, dips as findDips } from '../../analytics/trends.js';
import { JourneyDipEvent } from '../../events/dip-event.js';
import type { Journey } from '../../model/types.js';
import { isEmbedded } from '../embedding.js';
import type { Localizer } from '../i18n/localizer.js';

/** What the watch reads of the element's journey source. */
export interface WatchedSource {
  readonly status: string;
  readonly journey: Journey | undefined;
  readonly origin: string | undefined;
}

/** The options of a {@link DipWatch}. */
export interface DipWatchOptions {
  /** The `src` the journey shown came from (a new address starts afresh). */
  src(): string | undefined;
  /** Says the new dips in the element's live region. */
  announce(text: string): void;
  /** The element's localizer, for the words of the announcement. */
  localizer(): Localizer;
}

/** The identity of a dip: touchpoint × persona × measure × period. */
export function dipKey(dip: Pick<PeriodChange, 'touchpointId' | 'persona' | 'measure' | 'to'>): string {
  return JSON.stringify([dip.touchpointId, dip.persona, dip.measure, dip.to]);
}

/** One dip in words: "Advice meeting, Starter: NPS +30 → +10 (2026-Q2 → 2026-Q3)". */
export function describeDip(dip: PeriodChange, journey: Journey, localizer: Localizer): string {
  const t = localizer.messages.trends;
  const touchpoint = journey.touchpoints[dip.index]?.label ?? dip.touchpointId;
  const persona = dip.persona === null ? undefined : journey.personas?.find((p) => p.id === dip.persona);
  const who = persona?.name ?? dip.persona ?? localizer.messages.allCustomers;
  const score = (value: number) => localizer.signed(value, { maximumFractionDigits: dip.measure === 'nps' ? 0 : 1 });
  return t.dip(
    touchpoint,
    who,
    t.measures[dip.measure],
    score(dip.before),
    score(dip.after),
    dip.from ?? t.noPeriod,
    dip.to ?? t.noPeriod,
  );
}

/** Watches an element's live journey for new dips (see the module comment). */
export class DipWatch implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: WatchedSource;
  readonly #options: DipWatchOptions;
  /** The `src` journey last seen, its address, and its dips (computed only when a refresh needs them). */
  #seen: { journey: Journey; src: string | undefined; dips: PeriodChange[] | undefined } | undefined;
  #fresh: PeriodChange[] = [];
  #freshKeys = new Set<string>();
  #pending: PeriodChange[] | undefined;

  /** Attaches the watch to its host. */
  constructor(host: ReactiveControllerHost & HTMLElement, source: WatchedSource, options: DipWatchOptions) {
    this.#host = host;
    this.#source = source;
    this.#options = options;
    host.addController(this);
  }

  /**
   * The dips that a refresh brought as new and that the journey shown still has, largest first;
   * empty without a live refresh. Elements mark these touchpoints.
   */
  get dips(): readonly PeriodChange[] {
    return this.#fresh;
  }

  /** Whether touchpoint `touchpointId` has a fresh dip, for `persona` (any persona when omitted). */
  isDipped(touchpointId: string, persona?: string | null): boolean {
    return this.#fresh.some((d) => d.touchpointId === touchpointId && (persona === undefined || d.persona === persona));
  }

  /**
   * Compares the journey now shown with the one before; call once per update, after the source
   * has synced and before deriving (JourneyElement does), so the element marks in this very render.
   */
  observe(): void {
    const source = this.#source;
    const journey = source.status === 'ready' && source.origin === 'src' ? source.journey : undefined;
    if (!journey) {
      // A fetch under way keeps what was seen; a failure or a journey from elsewhere starts afresh.
      if (source.status !== 'loading') this.#forget();
      return;
    }
    const src = this.#options.src();
    const before = this.#seen;
    if (before?.journey === journey) return;
    if (!before || before.src !== src) {
      // A first load, or another address: nothing to compare with.
      this.#forget();
      this.#seen = { journey, src, dips: undefined };
      return;
    }
    const old = new Set((before.dips ?? findDips(before.journey)).map(dipKey));
    const now = findDips(journey);
    this.#seen = { journey, src, dips: now };
    const added = now.filter((d) => !old.has(dipKey(d)));
    for (const d of added) this.#freshKeys.add(dipKey(d));
    // Fresh dips stay marked while the journey still has them.
    this.#fresh = now.filter((d) => this.#freshKeys.has(dipKey(d)));
    this.#freshKeys = new Set(this.#fresh.map(dipKey));
    if (added.length > 0) this.#pending = added;
  }

  hostUpdated(): void {
    const added = this.#pending;
    const journey = this.#seen?.journey;
    this.#pending = undefined;
    if (!added || !journey) return;
    const host = this.#host;
    host.dispatchEvent(new JourneyDipEvent(added, { composed: !isEmbedded(host) }));
    const localizer = this.#options.localizer();
    const list = added.map((d) => describeDip(d, journey, localizer)).join('; ');
    this.#options.announce(localizer.messages.trends.dipsAnnounced(journey.title, added.length, list));
  }

  hostDisconnected(): void {
    this.#pending = undefined;
  }

  #forget(): void {
    this.#seen = undefined;
    this.#fresh = [];
    this.#freshKeys = new Set();
    this.#pending = undefined;
  }
}
