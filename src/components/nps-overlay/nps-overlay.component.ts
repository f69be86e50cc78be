import { LitElement, type PropertyValues, type TemplateResult, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import type { ColumnLayout } from '../../layout/columns.js';
import { NPS_VERTICAL_BELOW } from '../../layout/nps.js';
import type { Journey } from '../../model/types.js';
import { renderSourceState } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneySourceController } from '../../shared/journey-source.js';
import { SourceAnnouncer } from '../../shared/announcer.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { isRtl, setScrollStart } from '../../shared/direction.js';
import { PHASE_LEVEL_FROM, PhaseSummaryMemo } from '../../shared/phase-level.js';
import { SizeController } from '../../shared/size-controller.js';
import { AlignToController, isColumnLayout } from './align-to.controller.js';
import { DrillDownController } from './drill-down.controller.js';
import { badgeTemplate } from './badge.template.js';
import { type NpsOverlayMode, type NpsOverlayView, type OverlayContext, type PhaseStop } from './context.js';
import { phaseName, summaryText } from './describe.js';
import { dialogTemplate } from './dialog.template.js';
import { figureTemplate } from './figure.template.js';
import { phaseKey, trackKey } from './keyboard.js';
import { NO_ROWS, type NpsRows, keepTabStop, npsRows, personaFilter, phaseAt } from './rows.js';
import { styles } from './nps-overlay.styles.js';
import { type TrackLayout, sameLayout, trackLayout } from './track-layout.js';
import { TrackWindowController } from './track-window.controller.js';

export { NPS_OVERLAY_VIEWS, type NpsOverlayMode, type NpsOverlayView } from './context.js';

/** The geometry before a journey is laid out. */
const NOT_LAID_OUT: TrackLayout = { ownLayout: undefined, columns: null, barWidth: 0, geometry: new Map() };

/**
 * The Net Promoter Score per touchpoint of a journey: the score with its sign, a diverging bar of
 * detractors, passives and promoters, the number of responses (flagged under 30, "no data" for
 * none), the target as a mark with a met / missed state in icon and text, and the trend between
 * the last two periods. Moments of truth stand out; touchpoints without NPS keep their place.
 *
 * Standalone it draws its own touchpoint axis: columns, or rows below 600 px of its own width.
 * A long journey renders only the columns or rows in view (plus a margin, and the touchpoint
 * with the tab stop), so 10,000 touchpoints stay a small DOM; over 120 rows, the vertical list
 * scrolls in its own box.
 * Hosted by `<journey-map>` (`layout`) or aligned to an `<emotion-curve>` / `<journey-map>`
 * (`align-to`), its columns match that element's columns exactly. With `touchpoint` it is a
 * compact badge for cards and dashboards.
 *
 * One tab stop: arrow keys move between touchpoints (Left/Right, or Up/Down in rows), Home/End
 * jump to the ends, PageUp/PageDown by phase, Enter or a click opens the drill-down dialog (the
 * 0–10 histogram, the history of periods, the target and the source), Escape closes it and focus
 * returns to the touchpoint. Above 200 measured touchpoints the tab stop starts on a phase, read
 * as a summary; Enter goes into its touchpoints and Escape comes back.
 *
 * @summary NPS per touchpoint: score, diverging bar, responses, target and trend; aligned with the journey.
 * @tagname nps-overlay
 *
 * @slot summary - Replaces the generated text summary of the figure.
 *
 * @csspart figure - The figure around the caption, the summary and the chart or table.
 * @csspart caption - The title line with the view toggle.
 * @csspart summary - The text summary (worst and best touchpoint, off-target count).
 * @csspart view-toggle - The button that switches between chart and data table.
 * @csspart touchpoint - One touchpoint's cell (also the badge); a transparent button covers it.
 * @csspart score - A touchpoint's score text.
 * @csspart moment-of-truth - The badge of a moment of truth.
 * @csspart table - The data table view.
 * @csspart dialog - The drill-down dialog.
 * @csspart close - The dialog's close button.
 * @csspart error - The error panel (from the shared state panels).
 * @csspart status - The loading / empty state.
 * @csspart stale - The "stale since …" note of live data whose refresh fails.
 *
 * @cssprop --journey-promoter - Promoters' segment colour.
 * @cssprop --journey-passive - Passives' segment colour.
 * @cssprop --journey-detractor - Detractors' segment colour (also hatched).
 * @cssprop --journey-positive - Target met and rising trend.
 * @cssprop --journey-negative - Target missed and falling trend.
 * @cssprop --journey-warning - Small-sample flag.
 * @cssprop --journey-moment-of-truth - Moments of truth.
 * @cssprop --journey-text - Text colour.
 * @cssprop --journey-text-muted - Secondary text colour.
 * @cssprop --journey-surface - Background.
 * @cssprop --journey-surface-raised - Background of cells and the dialog.
 * @cssprop --journey-border - Borders and the score track.
 * @cssprop --journey-focus - Focus ring.
 * @cssprop --journey-font - Font family.
 * @cssprop --journey-radius - Corner radius.
 * @cssprop --journey-space - Base spacing.
 *
 * @fires journey-load - A journey was loaded and validated (also after every successful live refresh).
 * @fires journey-error - The journey could not be loaded, validated or refreshed.
 * @fires journey-touchpoint-select - The user opened a touchpoint's drill-down (click or Enter).
 * @fires journey-layout - Standalone horizontal only: the column layout changed (not bubbling).
 */
export class NpsOverlay extends LitElement {
  static override styles = styles;

  /** The journey to show: an object or JSON text, copied and validated on assignment. */
  @property({ attribute: false }) accessor journey: unknown = undefined;

  /** Address of the journey JSON (http: or https:, relative to the page). */
  @property() accessor src: string | undefined = undefined;

  /**
   * How long fetching `src` may take, body included, in seconds (15 unless given; at most 600).
   * A slower answer shows the error panel and fires `journey-error` with code FETCH.
   */
  @property({ type: Number }) accessor timeout: number | null = null;

  /** Re-fetch `src` every this many seconds (live data), with ETag / If-None-Match; off when unset. */
  @property({ type: Number }) accessor refresh: number | null = null;

  /** The persona whose NPS to show, by id; `all` (the default) shows all customers. */
  @property({ reflect: true }) accessor persona = 'all';

  /** The period to show, e.g. `2026-Q2`; the latest period of each touchpoint when unset. */
  @property({ reflect: true }) accessor period: string | null = null;

  /** Show one touchpoint only, by id, as a compact badge (score, responses, trend, target state). */
  @property({ reflect: true }) accessor touchpoint: string | null = null;

  /** Id of an `<emotion-curve>` or `<journey-map>` in the same document or shadow root to line the columns up with. */
  @property({ attribute: 'align-to', reflect: true }) accessor alignTo: string | null = null;

  /** The column layout of a `<journey-map>` that hosts the overlay as a lane; its columns are used as given. */
  @property({ attribute: false }) accessor layout: ColumnLayout | undefined = undefined;

  /** `chart` (default) or `table`: the data table shows the same numbers. */
  @property({ reflect: true }) accessor view: NpsOverlayView = 'chart';

  /** The touchpoint that holds the overlay's one tab stop (roving focus). */
  @state() private accessor activeId: string | null = null;
  /** A long track (see PHASE_LEVEL_FROM) starts at the phase level: the keyboard goes phase by phase until Enter. */
  @state() private accessor phaseLevel = false;

  readonly #source = new JourneySourceController(this);
  readonly #locale = new LocaleController(this, { journeyLocale: () => this.#source.journey?.locale });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  readonly #announcer = new SourceAnnouncer(this, this.#source, this.#locale);
  readonly #size = new SizeController(this);
  readonly #align = new AlignToController(this, { alignTo: () => this.alignTo, origin: () => this.#trackWrap() });
  readonly #track = new TrackWindowController(this, {
    wrap: () => this.#trackWrap(),
    viewWidth: () => this.#size.width || this.getBoundingClientRect().width,
  });

  readonly #drill = new DrillDownController(this, {
    persona: () => personaFilter(this.persona),
    opener: (id) =>
      this.#mode === 'badge'
        ? this.renderRoot.querySelector<HTMLElement>('.badge button.hit')
        : id
          ? this.#buttonFor(id)
          : null,
  });

  readonly #ids = {
    caption: uniqueId('nps-caption'),
    summary: uniqueId('nps-summary'),
    hatch: uniqueId('nps-hatch'),
    dialogTitle: uniqueId('nps-dialog-title'),
  };

  // Derived in willUpdate, only when their inputs change.
  #derivedFrom: { journey?: Journey; persona?: string; period?: string | null; localizer?: Localizer } = {};
  #data: NpsRows = NO_ROWS;
  #generatedSummary = '';
  readonly #phaseSummary = new PhaseSummaryMemo();
  #mode: NpsOverlayMode = 'horizontal';
  #laidOut: TrackLayout = NOT_LAID_OUT;
  #announcedLayout: ColumnLayout | undefined;
  /** What #layOut last laid out for, so it runs only when one of these changed. */
  #laidOutFrom: unknown[] = [];

  /** The touchpoint a keyboard step moved to that was not rendered yet: focused after this update. */
  #focusPending: string | null = null;
  #focusPhasePending = false;
  /** Whether a touchpoint had focus before this update (to keep focus when new data removes it). */
  #hadFocus = false;

  /** The column layout of a standalone horizontal overlay (its own touchpoint axis); undefined otherwise. */
  get columnLayout(): ColumnLayout | undefined {
    return this.#mode === 'horizontal' ? this.#laidOut.ownLayout : undefined;
  }

  /** How the overlay is laid out now: `badge`, `hosted`, `aligned`, `horizontal` or `vertical`. */
  get mode(): NpsOverlayMode {
    return this.#mode;
  }

  /** Re-fetches `src` now, as a live refresh does. */
  reload(): void {
    this.#source.reload();
  }

  /**
   * Hands the inputs to the source controller and applies them at once (`sync()`), so an inline
   * or connect-time journey is drawn in this very update; then derives, only what changed.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    this.#hadFocus = focused?.classList.contains('hit') === true;
    if (focused?.classList.contains('phase-stop')) this.#focusPhasePending = true;
    if (changed.has('journey')) this.#source.setJourney(this.journey);
    if (changed.has('timeout')) this.#source.setTimeoutSeconds(this.timeout);
    if (changed.has('src')) this.#source.setSrc(this.src);
    if (changed.has('refresh')) this.#source.setRefresh(this.refresh);
    this.#source.sync();
    if (changed.has('alignTo') && this.isConnected) this.#align.connect();

    const journey = this.#source.status === 'ready' ? this.#source.journey : undefined;
    const localizer = this.#locale.localizer;
    const from = this.#derivedFrom;
    if (
      journey !== from.journey ||
      this.persona !== from.persona ||
      this.period !== from.period ||
      localizer !== from.localizer
    ) {
      this.#derivedFrom = { journey, persona: this.persona, period: this.period, localizer };
      const before = this.#data.measured;
      this.#data = journey ? npsRows(journey, { persona: this.persona, period: this.period, localizer }) : NO_ROWS;
      this.#generatedSummary = journey ? summaryText(this.#data, localizer) : '';
      if (journey) this.activeId = keepTabStop(this.activeId, before, this.#data.measured);
      if (journey !== from.journey) this.phaseLevel = this.#data.measured.length >= PHASE_LEVEL_FROM;
    }
    this.#layOut(journey);
    this.#track.derive({
      rows: this.#data.rows,
      active: this.activeId === null ? undefined : this.#data.byId.get(this.activeId),
      mode: this.#mode,
      columns: this.#laidOut.columns,
    });
    this.#drill.sync(this.#data);
  }

  /** Chooses the mode and lays out the columns or rows and each touchpoint's bars. */
  #layOut(journey: Journey | undefined): void {
    // Only a track of its own needs its width (a badge has none, a hosted or aligned one is given
    // columns): measuring before the first size report would lay out the page, e.g. a whole map.
    const aligned = this.#align.layout;
    const own = !this.touchpoint && !isColumnLayout(this.layout) && !(this.alignTo && aligned);
    const width = own ? this.#size.width || this.getBoundingClientRect().width : 0;
    let mode: NpsOverlayMode;
    if (this.touchpoint) mode = 'badge';
    else if (isColumnLayout(this.layout)) mode = 'hosted';
    else if (this.alignTo && aligned) mode = 'aligned';
    else mode = width > 0 && width < NPS_VERTICAL_BELOW ? 'vertical' : 'horizontal';
    if (mode !== this.#mode) this.#track.resetScroll();
    this.#mode = mode;

    const measured = this.#data.measured;
    const inputs = [journey, mode, width, this.layout, aligned, this.#align.offset, measured];
    if (inputs.length === this.#laidOutFrom.length && inputs.every((v, i) => v === this.#laidOutFrom[i])) return;
    this.#laidOutFrom = inputs;
    this.#track.resetHeights();
    const given = mode === 'hosted' ? (this.layout ?? null) : aligned;
    this.#laidOut = journey
      ? trackLayout({ journey, mode, width, given, offset: this.#align.offset, measured })
      : NOT_LAID_OUT;
  }

  protected override render(): TemplateResult {
    const localizer = this.#locale.localizer;
    const journey = this.#source.status === 'ready' ? this.#source.journey : undefined;
    const state = renderSourceState(this.#source, localizer);
    if (!journey) return html`${state}`;
    const ctx = this.#context(journey, localizer);
    return html`${state}${this.#mode === 'badge' ? badgeTemplate(ctx) : figureTemplate(ctx)}
      ${dialogTemplate(ctx)}`;
  }

  #context(journey: Journey, localizer: Localizer): OverlayContext {
    const { first, last } = this.#track.range;
    return {
      journey,
      localizer,
      mode: this.#mode,
      view: this.view,
      period: this.period,
      persona: this.persona,
      touchpoint: this.touchpoint,
      ids: this.#ids,
      data: this.#data,
      generatedSummary: this.#generatedSummary,
      activeId: this.activeId,
      phaseStop: this.#atPhaseLevel() ? this.#phaseStop(localizer) : null,
      columns: this.#laidOut.columns,
      bands:
        this.#mode === 'horizontal'
          ? (this.#laidOut.ownLayout?.bands ?? []).filter((b) => b.lastIndex >= first && b.firstIndex <= last)
          : [],
      windowed: this.#track.windowed,
      virtualRows: this.#track.virtualRows,
      shown: this.#track.shown,
      segments: this.#track.segments,
      geometry: this.#laidOut.geometry,
      barWidth: this.#laidOut.barWidth,
      open: this.#drill.open,
      on: this.#handlers,
    };
  }

  /** The phase holding the tab stop, named by its summary (memoised: rows change with journey, persona, period and language). */
  #phaseStop(localizer: Localizer): PhaseStop | null {
    const at = this.#activePhase();
    const phase = this.#data.phases[at];
    if (!phase) return null;
    const persona = personaFilter(this.persona);
    const name = this.#phaseSummary.get([this.#data.rows, at, localizer], () =>
      phaseName(this.#data, at, persona, localizer),
    );
    return { at, label: phase.label, first: phase.first, last: phase.last, name };
  }

  /** Whether the keyboard is at the phase level now (a long track of its own showing its chart). */
  #atPhaseLevel(): boolean {
    return this.phaseLevel && this.#hasPhaseLevel() && this.view !== 'table';
  }

  /**
   * Whether this overlay has a phase level: a long track that holds its own tab stop — standalone
   * or aligned to another element; a map's lane is the map's (its grid has the phase level).
   */
  #hasPhaseLevel(): boolean {
    const mode = this.#mode;
    return (
      this.#data.measured.length >= PHASE_LEVEL_FROM &&
      (mode === 'horizontal' || mode === 'vertical' || mode === 'aligned')
    );
  }

  /** The phase of the touchpoint with the tab stop. */
  #activePhase(): number {
    return phaseAt(this.#data.phases, this.#data.byId.get(this.activeId ?? '')?.index ?? 0);
  }

  readonly #handlers: OverlayContext['on'] = {
    open: (id) => {
      this.activeId = id;
      void this.#drill.show(id);
    },
    focus: (id) => {
      if (this.activeId !== id) this.activeId = id;
    },
    toggleView: () => {
      this.view = this.view === 'table' ? 'chart' : 'table';
    },
    keydown: (event) => this.#onKeydown(event),
    trackScroll: (event) => {
      if (this.#mode === 'aligned') this.#align.followOwnScroll(event.currentTarget as HTMLElement);
      this.#track.onScroll();
    },
    dialogClose: this.#drill.onClose,
    dialogClick: this.#drill.onClick,
  };

  #onKeydown(event: KeyboardEvent): void {
    const ids = this.#data.measured.map((r) => r.touchpoint.id);
    if (ids.length === 0) return;
    const vertical = this.#mode === 'vertical';
    if ((event.target as Element | null)?.classList?.contains('phase-stop')) {
      const move = phaseKey(event.key, this.#activePhase(), this.#data.phases, vertical, isRtl(this));
      if (!move) return;
      event.preventDefault();
      if ('drill' in move) {
        this.phaseLevel = false;
        this.#focusPending = this.activeId;
      } else {
        this.activeId = this.#data.phases[move.phase]!.firstMeasured;
        this.#focusPhasePending = true;
      }
      return;
    }
    // In a long track, Escape goes back to the phase level.
    if (event.key === 'Escape' && this.#hasPhaseLevel()) {
      event.preventDefault();
      this.phaseLevel = true;
      this.#focusPhasePending = true;
      return;
    }
    const at = Math.max(0, ids.indexOf(this.activeId ?? ''));
    const next = trackKey(event.key, {
      ids,
      at,
      phase: this.#activePhase(),
      phases: this.#data.phases,
      vertical,
      rtl: isRtl(this),
    });
    if (next === null) return;
    event.preventDefault();
    const id = ids[next]!;
    this.activeId = id;
    // Not rendered yet (outside the window of a long track): rendered in the update this asks
    // for, then focused, which scrolls it into view and moves the window there.
    const button = this.#buttonFor(id);
    if (button) button.focus();
    else this.#focusPending = id;
  }

  #buttonFor(id: string): HTMLElement | null {
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.cell button.hit')) {
      if (button.dataset['touchpointId'] === id) return button;
    }
    return null;
  }

  #trackWrap(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.track-wrap') ?? null;
  }

  protected override updated(): void {
    if (this.#focusPending !== null) {
      const id = this.#focusPending;
      this.#focusPending = null;
      this.#buttonFor(id)?.focus();
    }
    if (this.#focusPhasePending) {
      this.#focusPhasePending = false;
      // The phase's start comes to the start of the track (a phase wider than the view would not scroll on focus).
      const stop = this.renderRoot.querySelector<HTMLElement>('.phase-stop');
      const wrap = this.#trackWrap();
      const phase = this.#data.phases[this.#activePhase()];
      const columns = this.#mode !== 'vertical';
      stop?.focus({ preventScroll: columns });
      // Aligned: the element aligned to follows the track's scroll.
      if (columns && wrap && phase && this.#laidOut.columns)
        setScrollStart(wrap, phase.first * this.#laidOut.columns.width, isRtl(this));
    }
    this.#track.afterRender(this.renderRoot);
    // New data removed the focused touchpoint: focus moves to the one that now holds the tab stop.
    if (this.#hadFocus && !(this.renderRoot as ShadowRoot).activeElement && this.activeId)
      this.#buttonFor(this.activeId)?.focus();
    if (
      this.#mode === 'horizontal' &&
      this.#laidOut.ownLayout &&
      !sameLayout(this.#laidOut.ownLayout, this.#announcedLayout)
    ) {
      this.#announcedLayout = this.#laidOut.ownLayout;
      this.dispatchEvent(new JourneyLayoutEvent(this.#laidOut.ownLayout));
    }
  }
}
