import { type PropertyValues, type TemplateResult, html } from 'lit';
import { property } from 'lit/decorators.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import { type ColumnLayout, isColumnLayout, sameLayout } from '../../layout/columns.js';
import { NPS_VERTICAL_BELOW } from '../../layout/nps.js';
import type { Journey } from '../../model/types.js';
import { ColumnWindowController } from '../../shared/controllers/column-window.js';
import { type GridMove, RovingGridController } from '../../shared/controllers/roving-grid.js';
import type { GridPosition } from '../../shared/grid-keys.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneyElement } from '../../shared/journey-element.js';
import { Memo } from '../../shared/memo.js';
import { ALL_PERSONAS } from '../../shared/personas.js';
import { SizeController } from '../../shared/size-controller.js';
import { AlignToController } from './align-to.controller.js';
import { badgeTemplate } from './badge.template.js';
import type { NpsOverlayMode, NpsOverlayView, OverlayContext, PhaseStop } from './context.js';
import { phaseName, summaryText } from './describe.js';
import { dialogTemplate } from './dialog.template.js';
import { DrillDownController } from './drill-down.controller.js';
import { figureTemplate } from './figure.template.js';
import { styles } from './nps-overlay.styles.js';
import { RowChunksController, VERTICAL_ALL_ROWS } from './row-chunks.controller.js';
import { NO_ROWS, type NpsRow, type NpsRows, keepTabStop, npsRows, personaFilter } from './rows.js';
import { type TrackLayout, onTrack, trackLayout } from './track-layout.js';

export { NPS_OVERLAY_VIEWS, type NpsOverlayMode, type NpsOverlayView } from './context.js';

/** The geometry before a journey is laid out. */
const NOT_LAID_OUT: TrackLayout = { ownLayout: undefined, columns: null, barWidth: 0, geometry: new Map() };

/**
 * The Net Promoter Score per touchpoint of a journey: the score with its sign, a diverging bar of
 * detractors, passives and promoters, the number of responses (flagged under 30, "no data" for
 * none), the 95 % interval as a whisker and in words, the target as a mark with a met / missed
 * state in icon and text, and the change since the period before: an arrow only when it is
 * significant (z test), else "≈ not significant", or "unknown" when a period has no answers.
 * Moments of truth stand out; touchpoints without NPS keep their place.
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
 * 0–10 histogram, the trend over the periods with its 95 % band and significant dips, their
 * table, the target and the source), Escape closes it and focus
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
 * @csspart toggle - The button that switches between chart and data table (`aria-pressed`).
 * @csspart touchpoint - One touchpoint's cell (also the badge); a transparent button covers it.
 * @csspart score - A touchpoint's score text.
 * @csspart moment-of-truth - The badge of a moment of truth.
 * @csspart table - The data table view: its scrolling region, named and reachable with Tab.
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
 * @cssprop --journey-accent - The 95 % band of the drill-down's trend.
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
 * @fires journey-dip - A live refresh of `src` brought new significant dips (`JourneyDipEvent`, `detail.dips`).
 */
export class NpsOverlay extends JourneyElement {
  static override styles = styles;

  /** The persona whose NPS to show, by id; `all` (the default) shows all customers. */
  @property({ reflect: true }) accessor persona = ALL_PERSONAS;

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

  readonly #size = new SizeController(this);
  readonly #align = new AlignToController(this, { alignTo: () => this.alignTo, origin: () => this.#trackWrap() });
  /** One tab stop over the measured touchpoints (one lane), with the phase level of a long track. */
  readonly #grid = new RovingGridController(this, {
    shape: () => (this.#data.grid.columns === 0 ? null : this.#data.grid),
    // A map's lane is the map's (its grid has the phase level); the table has none.
    phaseLevelApplies: () => this.#mode !== 'hosted' && this.#mode !== 'badge' && this.view !== 'table',
    vertical: () => this.#mode === 'vertical',
    verticalPhases: true,
    target: () =>
      this.#grid.atPhaseLevel
        ? this.renderRoot.querySelector<HTMLElement>('.phase-stop')
        : this.#buttonFor(this.#activeRow()?.touchpoint.id ?? null),
    onMove: (at, how) => this.#onMove(at, how),
    onActivate: (at) => this.#open(this.#data.measured[at.column]?.touchpoint.id ?? null),
  });
  /** The columns of a standalone or aligned track that are rendered. */
  readonly #window = new ColumnWindowController(this, {
    scroller: () => (this.#mode === 'horizontal' || this.#mode === 'aligned' ? this.#trackWrap() : null),
    layout: () => this.#windowLayout,
  });
  readonly #chunks = new RowChunksController(this, { scroller: () => this.#trackWrap() });
  readonly #drill = new DrillDownController(this, {
    persona: () => personaFilter(this.persona),
    opener: (id) =>
      this.#mode === 'badge' ? this.renderRoot.querySelector<HTMLElement>('.badge button.hit') : this.#buttonFor(id),
  });

  readonly #ids = {
    caption: uniqueId('nps-caption'),
    summary: uniqueId('nps-summary'),
    hatch: uniqueId('nps-hatch'),
    dialogTitle: uniqueId('nps-dialog-title'),
    view: uniqueId('nps-view'),
  };

  readonly #memo = {
    rows: new Memo<NpsRows>(),
    summary: new Memo<string>(),
    layout: new Memo<TrackLayout>(),
    window: new Memo<ColumnLayout | undefined>(),
    phase: new Memo<string>(),
  };
  #data: NpsRows = NO_ROWS;
  #journey: Journey | undefined;
  #generatedSummary = '';
  #mode: NpsOverlayMode = 'horizontal';
  #laidOut: TrackLayout = NOT_LAID_OUT;
  /** The columns the track's window is worked out on (its own, or the aligned element's from the track's start). */
  #windowLayout: ColumnLayout | undefined;
  #shown: readonly NpsRow[] = [];
  #announcedLayout: ColumnLayout | undefined;
  /** The track box the column window last put back in place. */
  #restoredWrap: HTMLElement | null = null;
  /** How the last keyboard move came about: after its render the new tab stop comes into view. */
  #moved: GridMove | null = null;

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
    this.source.reload();
  }

  protected override clear(): void {
    for (const memo of Object.values(this.#memo)) memo.clear();
    this.#data = NO_ROWS;
    this.#journey = undefined;
    this.#laidOut = NOT_LAID_OUT;
    this.#windowLayout = undefined;
    this.#shown = [];
  }

  protected override derive(changed: PropertyValues<this>): void {
    if (changed.has('alignTo') && this.isConnected) this.#align.connect();
    const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    const hadFocus = focused?.matches('.hit, .phase-stop') === true;
    const journey = this.source.status === 'ready' ? this.source.journey : undefined;
    const localizer = this.locale.localizer;
    const before = this.#data;
    this.#data = this.#memo.rows.get([journey, this.persona, this.period, localizer], () =>
      journey ? npsRows(journey, { persona: this.persona, period: this.period, localizer }) : NO_ROWS,
    );
    this.#generatedSummary = this.#memo.summary.get([this.#data], () =>
      journey ? summaryText(this.#data, localizer) : '',
    );
    if (this.#data !== before) this.#keepTabStop(before, journey, hadFocus);
    this.#layOut(journey);
    this.#window.viewport ||= this.#size.width;
    const active = this.#activeRow();
    const rows = this.#data.rows;
    if (this.#mode === 'vertical' && rows.length > VERTICAL_ALL_ROWS) {
      this.#chunks.derive(rows, active);
      this.#shown = [];
    } else if (this.#windowLayout) {
      const { first, last } = this.#window.range;
      const shown = rows.slice(first, last + 1);
      // The touchpoint with the tab stop is always rendered: the keyboard reaches every one.
      if (active && active.index < first) shown.unshift(active);
      else if (active && active.index > last) shown.push(active);
      this.#shown = shown;
    } else {
      this.#shown = rows;
    }
    this.#drill.sync(this.#data);
  }

  /** New rows: the tab stop stays on its touchpoint (or its place); a new journey starts at its phase level. */
  #keepTabStop(before: NpsRows, journey: Journey | undefined, hadFocus: boolean): void {
    const measured = this.#data.measured;
    const activeId = before.measured[this.#grid.active.column]?.touchpoint.id ?? null;
    const kept = keepTabStop(activeId, before.measured, measured);
    if (journey !== this.#journey) this.#grid.reset(measured.length);
    this.#journey = journey;
    this.#grid.setActive({
      column: Math.max(
        0,
        measured.findIndex((r) => r.touchpoint.id === kept),
      ),
      lane: 0,
    });
    // New data removed the focused touchpoint: focus moves to the one that now holds the tab stop.
    if (hadFocus && measured.length > 0) this.#grid.focusAfterRender();
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
    if (mode !== this.#mode) this.#window.reset(false);
    this.#mode = mode;
    const measured = this.#data.measured;
    const offset = this.#align.offset;
    const laidOut = this.#memo.layout.get([journey, mode, width, this.layout, aligned, offset, measured], () => {
      // Row heights depend on the width (labels wrap): the list's chunks are measured again.
      this.#chunks.reset();
      const given = mode === 'hosted' ? (this.layout ?? null) : aligned;
      return journey ? trackLayout({ journey, mode, width, given, offset, measured }) : NOT_LAID_OUT;
    });
    if (laidOut !== this.#laidOut) this.#window.viewport = width || this.#size.width;
    this.#laidOut = laidOut;
    // Aligned, the columns are the other element's, moved to where they start on the track.
    this.#windowLayout = this.#memo.window.get([laidOut, mode, aligned], () =>
      mode === 'horizontal'
        ? laidOut.ownLayout
        : mode === 'aligned' && aligned && laidOut.columns
          ? onTrack(aligned, laidOut.columns.start)
          : undefined,
    );
  }

  protected override renderJourney(): TemplateResult {
    const journey = this.#journey;
    if (this.source.status !== 'ready' || !journey) return this.renderFailure();
    const ctx = this.#context(journey);
    return html`${this.renderSourceState()}${this.#mode === 'badge' ? badgeTemplate(ctx) : figureTemplate(ctx)}
      ${dialogTemplate(ctx)}`;
  }

  #context(journey: Journey): OverlayContext {
    const { first, last } = this.#window.range;
    const virtualRows = this.#mode === 'vertical' && this.#data.rows.length > VERTICAL_ALL_ROWS;
    return {
      journey,
      dipped: (id) => this.dipWatch.isDipped(id, this.persona === 'all' ? undefined : this.persona),
      localizer: this.locale.localizer,
      mode: this.#mode,
      view: this.view,
      period: this.period,
      persona: this.persona,
      touchpoint: this.touchpoint,
      ids: this.#ids,
      data: this.#data,
      generatedSummary: this.#generatedSummary,
      activeId: this.#activeRow()?.touchpoint.id ?? null,
      phaseStop: this.#grid.atPhaseLevel ? this.#phaseStop() : null,
      columns: this.#laidOut.columns,
      bands:
        this.#mode === 'horizontal'
          ? (this.#laidOut.ownLayout?.bands ?? []).filter((b) => b.lastIndex >= first && b.firstIndex <= last)
          : [],
      windowed: this.#windowLayout !== undefined || virtualRows,
      virtualRows,
      shown: this.#shown,
      segments: virtualRows ? this.#chunks.segments : [],
      geometry: this.#laidOut.geometry,
      barWidth: this.#laidOut.barWidth,
      open: this.#drill.open,
      on: this.#handlers,
    };
  }

  /** The measured touchpoint holding the tab stop. */
  #activeRow(): NpsRow | undefined {
    return this.#data.measured[this.#grid.active.column];
  }

  /** The phase (index into the rows' phases) holding the tab stop. */
  #activePhase(): number {
    const grid = this.#data.grid;
    return this.#data.gridPhases[this.#grid.phaseOf(this.#grid.active.column, grid)] ?? 0;
  }

  /** The phase holding the tab stop, named by its summary (memoised: rows change with journey, persona, period and language). */
  #phaseStop(): PhaseStop | null {
    const at = this.#activePhase();
    const phase = this.#data.phases[at];
    if (!phase) return null;
    const localizer = this.locale.localizer;
    const persona = personaFilter(this.persona);
    const name = this.#memo.phase.get([this.#data, at, localizer], () => phaseName(this.#data, at, persona, localizer));
    return { at, label: phase.label, first: phase.first, last: phase.last, name };
  }

  #open(id: string | null): void {
    if (id === null) return;
    this.#focusCell(id);
    void this.#drill.show(id);
  }

  /** A touchpoint took focus (a click, Tab, the drill-down's close): it holds the tab stop now. */
  #focusCell(id: string): void {
    const column = this.#data.measured.indexOf(this.#data.byId.get(id)!);
    if (column >= 0 && column !== this.#grid.active.column) this.#grid.setActive({ column, lane: 0 });
  }

  readonly #handlers: OverlayContext['on'] = {
    open: (id) => this.#open(id),
    focus: (id) => this.#focusCell(id),
    toggleView: () => {
      this.view = this.view === 'table' ? 'chart' : 'table';
    },
    keydown: (event) => this.#grid.onKeyDown(event),
    trackScroll: (event) => {
      if (this.#mode === 'aligned') this.#align.followOwnScroll(event.currentTarget as HTMLElement);
      if (this.#mode === 'vertical') this.#chunks.onScroll();
      else this.#window.onScroll();
    },
    dialogClose: this.#drill.onClose,
    dialogClick: this.#drill.onClick,
  };

  #buttonFor(id: string | null): HTMLElement | null {
    if (id === null) return null;
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.cell button.hit')) {
      if (button.dataset['touchpointId'] === id) return button;
    }
    return null;
  }

  #trackWrap(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.track-wrap') ?? null;
  }

  protected override updated(): void {
    this.#revealMoved();
    if (this.#mode === 'vertical' && this.#data.rows.length > VERTICAL_ALL_ROWS) this.#chunks.measure(this.renderRoot);
    else {
      // A new track box (the chart view back from the table) is put back where the track was; the
      // same box is only measured: the user may have scrolled it (focus does) since the last frame.
      const wrap = this.#trackWrap();
      if (wrap !== this.#restoredWrap) this.#window.restore();
      else this.#window.onScroll();
      this.#restoredWrap = wrap;
    }
    const own = this.#mode === 'horizontal' ? this.#laidOut.ownLayout : undefined;
    if (own && !sameLayout(own, this.#announcedLayout)) {
      this.#announcedLayout = own;
      this.dispatchEvent(new JourneyLayoutEvent(own));
    }
  }

  /**
   * A keyboard move (focus lands after the render, without scrolling). On a windowed track of
   * columns the scroll moves now, so the window renders the new tab stop: a touchpoint comes into
   * view by whole columns, a phase's start comes to the track's start (a phase wider than the
   * view would not scroll on focus); the element aligned to follows the track's scroll. Rows and
   * a map's lane are revealed after the render.
   */
  #onMove(at: GridPosition, how: GridMove): void {
    const layout = this.#windowLayout;
    if (!layout) {
      this.#moved = how;
      return;
    }
    if (how === 'phase' || how === 'up') {
      const phase = this.#data.phases[this.#activePhase()];
      const start = phase && layout.columns[phase.first];
      if (start) this.#window.toPhase(start.x0);
    } else {
      const row = this.#data.measured[at.column];
      // Centred when out of view, as focus scrolls a control: the overlay's cells are buttons.
      if (row) this.#window.reveal(row.index, true);
    }
  }

  /** After the render of a keyboard move in a list or a lane: the new tab stop comes into view, centred if it was not (as focus scrolls). */
  #revealMoved(): void {
    const how = this.#moved;
    this.#moved = null;
    if (how === null) return;
    const target = this.#grid.atPhaseLevel
      ? this.renderRoot.querySelector<HTMLElement>('.phase-stop')
      : this.#buttonFor(this.#activeRow()?.touchpoint.id ?? null);
    if (!target) return;
    const box = this.#trackWrap()?.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    const top = Math.max(0, box?.top ?? 0);
    const bottom = Math.min(innerHeight, box?.bottom ?? innerHeight);
    if (at.top < top || at.bottom > bottom) target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}
