import { type PropertyValues, type TemplateResult, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { JourneyErrorEvent, JourneyLoadEvent, JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import type { ColumnLayout } from '../../layout/columns.js';
import { ColumnWindowController } from '../../shared/controllers/column-window.js';
import { isRtl } from '../../shared/direction.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneyElement } from '../../shared/journey-element.js';
import { Memo } from '../../shared/memo.js';
import { PhaseSummaryMemo } from '../../shared/phase-level.js';
import { SizeController } from '../../shared/size-controller.js';
import { BaseJourneySource } from './base-source.js';
import { DetailController } from './detail.controller.js';
import { type MapColumn, type MapModel, deriveMapModel } from './derive.js';
import { phaseSummary, touchpointName } from './describe.js';
import { renderDetail } from './detail.template.js';
import { DownloadsController } from './downloads.controller.js';
import { posterPng, posterSvg } from './export.js';
import { renderGrid } from './grid.template.js';
import { renderBaseState, renderHeader } from './header.template.js';
import { MapGeometry } from './geometry.js';
import { LANES, type Lane, parseLanes } from './lanes.js';
import { columnsWidth, headWidth, isVerticalWidth, printRange } from './map-layout.js';
import { styles } from './journey-map.styles.js';
import { PrintController } from './print.controller.js';
import { SummaryController } from './summary.controller.js';
import { renderDataTable } from './table.js';
import { bandOf } from './tree.controller.js';
import { padUnderPhaseRow } from './sticky-focus.js';
import { MapNavigation } from './navigation.js';
import { renderVertical } from './vertical.js';
// Issue 17: the wheel and overview views and the PowerPoint export live in views/; the element only picks one.
import { mapDeck } from './views/deck.js';
import { MapViewsController } from './views/views.controller.js';
import { type MapView, mapView } from './views/views.js';
import { deckButtonStyles, overviewStyles } from './views/overview.styles.js';
import { wheelStyles } from './views/wheel.styles.js';

export { VERTICAL_BELOW } from './map-layout.js';

/** Rows of the vertical layout and of the data table shown at first, and added by "show more". */
const PAGE_ROWS = 60;

/**
 * A customer-journey map: the customer's goal, start and end, and one column per touchpoint
 * under its phase, with lanes for channels (and the hops between them), emotion per persona,
 * NPS, the observed flows (onward, loops, drop-off), metrics against their norms, pain points,
 * opportunities, moments of truth and quotes. Compare mode marks what a journey added, removed
 * and changed against a base journey. Exports a poster as SVG or PNG and prints on A3.
 *
 * The grid is one tab stop: arrow keys move across touchpoints (Left/Right) and lanes
 * (Up/Down), Home/End and PageUp/PageDown (by phase) jump, Enter opens the touchpoint's detail
 * panel, Escape closes it and returns focus. Long journeys render only the columns near the
 * viewport. Below 600 px of its own width the map turns vertical.
 *
 * Printing: put `printStyles` (exported next to this class) in the page's CSS for the A3
 * landscape `@page` rule, which a shadow root cannot set.
 *
 * @summary A customer-journey map with lanes, compare mode, poster export and print layout.
 * @tagname journey-map
 *
 * @slot toolbar - Extra controls shown in the toolbar, before the built-in buttons.
 *
 * @csspart figure - The figure: header, map and summary.
 * @csspart dip - The mark of a touchpoint with a fresh live dip (a glyph and words).
 * @csspart header - Title, goal, start and end, persona switcher, toolbar and legend.
 * @csspart title - The journey title.
 * @csspart persona-select - The persona switcher (`<select>`).
 * @csspart toolbar - The toolbar with the `toolbar` slot and the built-in buttons.
 * @csspart button - Each built-in toolbar button (the data-table toggle too, which is also `toggle`).
 * @csspart toggle - The data-table toggle (`aria-pressed`), the same part as the other elements' view toggle.
 * @csspart legend - The legend.
 * @csspart scroller - The horizontally scrolling map area (also the `scroller` property).
 * @csspart grid - The lanes grid.
 * @csspart phase - A phase header (in the narrow map of a long journey: a phase row that opens to its touchpoints).
 * @csspart lane-header - A lane's sticky header.
 * @csspart cell - A gridcell.
 * @csspart badge - A compare badge ("new", "removed", "changed").
 * @csspart action-status - An improvement action's status chip in the actions lane (a shape and a word).
 * @csspart summary - The generated summary.
 * @csspart table - The data table view: a scrolling region with a tab stop, named by the table's caption.
 * @csspart detail - The touchpoint detail dialog.
 * @csspart error - The error panel.
 * @csspart status - The loading and empty states.
 * @csspart stale - The note shown while a live `src` cannot be refreshed.
 *
 * @cssprop --journey-font - Font family.
 * @cssprop --journey-text - Text colour.
 * @cssprop --journey-text-muted - Secondary text.
 * @cssprop --journey-surface - Background.
 * @cssprop --journey-surface-raised - Lane headers, phase headers, cards.
 * @cssprop --journey-border - Grid lines and borders.
 * @cssprop --journey-accent - Selection and hover.
 * @cssprop --journey-focus - The focus ring.
 * @cssprop --journey-positive - Opportunities; "new" badges.
 * @cssprop --journey-negative - Pain points, drop-off; "removed" badges.
 * @cssprop --journey-warning - Off-norm metrics, loops; "changed" badges.
 * @cssprop --journey-moment-of-truth - Moments of truth.
 * @cssprop --journey-promoter - NPS promoters (the NPS lane).
 * @cssprop --journey-passive - NPS passives (the NPS lane).
 * @cssprop --journey-detractor - NPS detractors (the NPS lane).
 * @cssprop --journey-neutral - Neutral emotions (the detail panel's touchpoint card).
 * @cssprop --journey-persona-1 - Colour of the first persona without a colour of its own (likewise 2 … 8).
 * @cssprop --journey-phase-1 - Hue of the first phase: its top rule, and its band mixed 12 % into the surface.
 * @cssprop --journey-phase-2 - Hue of the second phase.
 * @cssprop --journey-phase-3 - Hue of the third phase.
 * @cssprop --journey-phase-4 - Hue of the fourth phase.
 * @cssprop --journey-phase-5 - Hue of the fifth phase.
 * @cssprop --journey-phase-6 - Hue of the sixth phase.
 * @cssprop --journey-phase-7 - Hue of the seventh phase.
 * @cssprop --journey-phase-8 - Hue of the eighth phase; the ninth takes the first again.
 * @cssprop --journey-radius - Corner radius.
 * @cssprop --journey-space - Base spacing.
 * @cssprop --journey-map-max-height - Height limit of the map area, which then scrolls with sticky phase headers (default none).
 *
 * @fires journey-load - The journey was loaded and validated (`JourneyLoadEvent`).
 * @fires journey-error - The journey or the base journey was invalid or could not be fetched (`JourneyErrorEvent`).
 * @fires journey-touchpoint-select - The user opened a touchpoint with a click or Enter (`JourneyTouchpointSelectEvent`).
 * @fires journey-layout - The column layout changed; not bubbling (`JourneyLayoutEvent`).
 * @fires journey-dip - A live refresh of `src` brought new significant dips (`JourneyDipEvent`, `detail.dips`); the map marks their touchpoints.
 */
export class JourneyMap extends JourneyElement {
  static override styles = [styles, wheelStyles, overviewStyles, deckButtonStyles];

  /** A journey to compare with (the generic journey, or "before"); turns on compare mode. */
  @property({ attribute: false }) accessor base: unknown = undefined;

  /** Address of the journey to compare with; fetched with the same `timeout` as `src`. */
  @property({ attribute: 'base-src' }) accessor baseSrc: string | undefined = undefined;

  /** The persona shown, by id, or `all` to overlay every persona. */
  @property({ reflect: true }) accessor persona = 'all';

  /** Which lanes to show and in what order: names from LANES separated by commas or spaces (default: every lane with data). */
  @property() accessor lanes: string | undefined = undefined;

  /** Hides the built-in toolbar buttons (the `toolbar` slot stays). */
  @property({ type: Boolean, attribute: 'no-toolbar', reflect: true }) accessor noToolbar = false;

  /** Replaces the generated summary that describes the map. */
  @property() accessor summary: string | undefined = undefined;

  /** How the journey is drawn: `grid` (lanes, the default), `wheel` (the experience wheel) or `overview` (one page per phase). */
  @property({ reflect: true, converter: { fromAttribute: (value: string | null) => mapView(value) } })
  accessor view: MapView = 'grid';

  @state() private accessor display: 'map' | 'table' = 'map';
  @state() private accessor rowsShown = PAGE_ROWS;

  readonly #base = new BaseJourneySource(this);
  readonly #size = new SizeController(this);
  readonly #print = new PrintController(this);
  readonly #summary = new SummaryController(this);
  readonly #downloads = new DownloadsController(
    this,
    () => this.#model?.journey.id,
    () => this.locale.localizer,
  );
  readonly #detail = new DetailController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail'),
    onClosed: () => this.#nav.grid.focusAfterRender(),
  });
  /** The columns rendered near the viewport (shared/controllers/column-window.ts). */
  readonly #window = new ColumnWindowController(this, {
    scroller: () => this.scroller,
    layout: () => this.#geometry.layout,
    stickyStart: () => this.#headWidth(),
    // A map column holds every lane (about 160 shadow nodes): half a viewport either side (at
    // least 480 px) snapped to 4 columns keeps a 10,000-touchpoint map under 5,000 nodes
    // wherever it is scrolled (at 1,400 px: 7 columns seen, at most 4 + 3 more either side).
    margin: (viewport) => Math.max(viewport / 2, 480),
    chunk: 4,
  });
  /** The grid's tab stop, the tree of a long narrow map, clicks (navigation.ts). */
  readonly #nav: MapNavigation = new MapNavigation(this, {
    model: () => this.#model,
    layout: () => this.#geometry.layout,
    lanes: () => this.#lanes.length,
    rowsShown: () => this.rowsShown,
    showingMap: () => this.display === 'map' && this.view === 'grid',
    narrow: () => this.#isVertical(),
    root: () => this.renderRoot,
    scroller: () => this.scroller,
    window: this.#window,
    page: PAGE_ROWS,
    openDetail: (column) => this.#openDetail(column),
  });
  /** The wheel and overview views (views/views.controller.ts). */
  readonly #views = new MapViewsController(this, {
    openDetail: (column) => this.#openDetail(column),
    width: () => this.#size.width || this.getBoundingClientRect().width,
  });
  readonly #ids = {
    title: uniqueId('map-title'),
    summary: uniqueId('map-summary'),
    detailTitle: uniqueId('map-detail'),
    persona: uniqueId('map-persona'),
    caption: uniqueId('map-table-caption'),
    view: uniqueId('map-view'),
  };

  #model: MapModel | undefined;
  readonly #geometry = new MapGeometry();
  #lanes: Lane[] = [];
  #names = new Map<number, string>();
  #announcedLayout: ColumnLayout | undefined;
  readonly #memo = {
    names: new Memo<Map<number, string>>(),
    phase: new PhaseSummaryMemo(),
  };

  /** The column layout the map and its embedded lanes share; undefined without a journey or in the vertical layout. */
  get columnLayout(): ColumnLayout | undefined {
    return this.#geometry.layout;
  }

  /**
   * The element that scrolls the map's columns horizontally (the `scroller` part), so another
   * element can follow its scroll; null in the vertical layout, the data table, or without a journey.
   */
  get scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  /**
   * The embedded curve, overlay and card validate their slice of the journey and fire their own
   * `journey-load` (and, on a failure, `journey-error`); those are not the map's events, so they
   * stop at the map's shadow root. The map fires its own for its journey and base journey. (Their
   * `journey-layout` does not bubble, so it never reaches the root.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of [JourneyLoadEvent.eventType, JourneyErrorEvent.eventType]) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    return root;
  }

  /**
   * The poster as a standalone SVG document: title, goal, phases, every touchpoint, the emotion
   * curves shown, NPS, moments of truth and pain-point counts. No external references. In a
   * right-to-left page the poster is mirrored as the map is.
   */
  toSVG(): string {
    // The wheel view exports the wheel as drawn, the overview its A3 sheet; the grid exports the poster.
    const wheel = this.display === 'map' ? this.#views.exportSvg(this.view) : null;
    if (wheel !== null) return wheel;
    return posterSvg(this.#model, this.locale.localizer, this.persona, { rtl: isRtl(this) });
  }

  /**
   * The poster as a PNG image, drawn at `scale` × its size. Rejects with a clear message when
   * the page's Content-Security-Policy does not allow `img-src blob:` (or `data:`).
   */
  toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return posterPng(this.toSVG(), options.scale ?? 2, this.locale.localizer);
  }

  /**
   * The journey as a native, editable PowerPoint deck (`.pptx` Blob): a title slide, the
   * overview, one slide per phase with a line chart of the emotion per persona, and in compare
   * mode a before/after slide; words in the journey's language, colours from the theme's custom
   * properties. PptxGenJS is loaded only on the first call. Rejects without a journey.
   */
  async exportPptx(): Promise<Blob> {
    const { localizer } = this.locale;
    if (!this.#model) throw new Error(localizer.messages.views.pptxFailed(localizer.messages.loading));
    return mapDeck(this, this.#model.journey, this.#model.base ?? null, localizer);
  }

  protected override clear(): void {
    this.#model = undefined;
    this.#geometry.clear(true);
    this.#memo.names.clear();
  }

  protected override derive(changed: PropertyValues<this>): void {
    // The base journey loads like the map's own (base-source.ts), with the same timeout.
    if (changed.has('timeout')) this.#base.setTimeoutSeconds(this.timeout);
    if (changed.has('base')) this.#base.setJourney(this.base);
    if (changed.has('baseSrc')) this.#base.setSrc(this.baseSrc);
    this.#base.sync();

    const journey = this.source.status === 'ready' ? this.source.journey : undefined;
    if (!journey) {
      this.clear();
      return;
    }
    const base = this.#base.journey ?? null;
    const localizer = this.locale.localizer;
    if (this.#model?.journey !== journey || this.#model.base !== base) {
      const newJourney = this.#model === undefined || this.#model.journey !== journey;
      // A first journey finds its scroller at the start; setting scrollLeft would lay the page out.
      const replacing = this.#model !== undefined;
      this.#model = deriveMapModel(journey, base);
      if (newJourney) {
        this.#nav.reset(this.#model.columns.length);
        this.rowsShown = PAGE_ROWS;
        this.#window.reset(replacing);
      }
      this.#detail.reset();
    }
    const model = this.#model;
    const wanted = parseLanes(this.lanes);
    this.#lanes = (wanted ?? [...LANES]).filter((lane) => model.lanesWithData.includes(lane));
    this.#nav.keepInside(model.columns.length, this.#lanes.length);

    this.#summary.update(model, localizer);
    this.#names = this.#memo.names.get([model, localizer.locale, this.persona, this.dipWatch.dips], () => new Map());

    if (this.#isVertical()) {
      this.#geometry.clear();
      if (this.#nav.isTree() && !this.#nav.grid.atPhaseLevel)
        this.#nav.tree.reveal(model.phaseRuns, this.#nav.grid.active.column);
      return;
    }
    const width = this.#availableWidth();
    const printing = this.#print.printing;
    const layout = this.#geometry.layOut(model, width, printing, () => (this.#window.viewport = width));
    this.#geometry.window(model, printing ? printRange(layout) : this.#window.range, this.#lanes.includes('flows'));
  }

  /** Whether the map is narrow (touchpoints as rows); never while printing. */
  #isVertical(): boolean {
    return !this.#print.printing && isVerticalWidth(this.#size.width);
  }

  #headWidth(): number {
    return headWidth(this.#size.width);
  }

  /** Width for the columns: the element's width minus the lane headers. */
  #availableWidth(): number {
    const measured = this.#size.width || this.getBoundingClientRect().width || 1024;
    return columnsWidth(measured, this.#headWidth());
  }

  #name(column: MapColumn): string {
    let name = this.#names.get(column.index);
    if (name === undefined) {
      name = touchpointName(this.#model!, column, this.persona, this.locale.localizer);
      if (this.#dipped(column)) name = `${name}, ${this.locale.localizer.messages.trendLane.liveDip}`;
      this.#names.set(column.index, name);
    }
    return name;
  }

  /** A fresh live dip at the column's touchpoint, for the persona shown (any persona for all). */
  #dipped(column: MapColumn): boolean {
    return (
      column.journeyIndex !== null &&
      this.dipWatch.isDipped(column.id, this.persona === 'all' ? undefined : this.persona)
    );
  }

  protected override renderJourney(): TemplateResult {
    const localizer = this.locale.localizer;
    const model = this.#model;
    if (this.source.status !== 'ready' || !model) return this.renderFailure();
    const vertical = !this.#geometry.layout;
    return html`${this.renderSourceState()}
      <figure
        part="figure"
        class=${classMap({ figure: true, vertical, printing: this.#print.printing })}
        aria-labelledby=${this.#ids.title}
        aria-describedby=${this.#ids.summary}
        lang=${localizer.locale}
      >
        ${renderHeader({
          model,
          localizer,
          persona: this.persona,
          ids: this.#ids,
          noToolbar: this.noToolbar,
          view: this.display,
          exportError: this.#downloads.error,
          onPersonaChange: this.#onPersonaChange,
          onDownloadSvg: this.#downloads.svg,
          onDownloadPng: this.#downloads.png,
          onExportPptx: this.#downloads.pptx,
          onPrint: this.#print.print,
          onToggleTable: this.#toggleTable,
        })}
        ${renderBaseState(this.#base, localizer)}
        <div class="view-area" id=${this.#ids.view}>
          ${this.display === 'table' ? renderDataTable({ model, localizer, persona: this.persona, captionId: this.#ids.caption, rows: this.rowsShown, onMore: this.#showMore }) : this.view !== 'grid' ? this.#views.render(this.view, model, localizer, this.persona) : vertical ? this.#renderVertical(model, localizer) : this.#renderGrid(model, localizer)}
        </div>
        <div part="summary" class="summary">
          <h3 class="summary-title">${localizer.messages.map.summaryTitle}</h3>
          <p id=${this.#ids.summary}>${this.summary ?? this.#summary.text}</p>
        </div>
      </figure>
      ${renderDetail({
        model,
        localizer,
        column: this.#detail.column,
        persona: this.#shownPersona(model),
        titleId: this.#ids.detailTitle,
        onClose: this.#detail.onClose,
        onCloseClick: this.#detail.close,
      })}`;
  }

  #renderVertical(model: MapModel, localizer: Localizer): TemplateResult {
    const persona = this.#shownPersona(model);
    const tree = this.#nav.treeView(persona, (b) => this.#phaseSummaryText(b));
    return renderVertical({
      model,
      localizer,
      persona: this.persona,
      rows: this.rowsShown,
      active: this.#nav.grid.active.column,
      label: localizer.messages.map.gridLabel(model.journey.title),
      onMore: this.#showMore,
      onKeyDown: this.#nav.onKeyDown,
      onClick: this.#nav.onClick,
      tree,
    });
  }

  #renderGrid(model: MapModel, localizer: Localizer): TemplateResult {
    const atPhaseLevel = this.#nav.grid.atPhaseLevel;
    const active = this.#nav.grid.active;
    return renderGrid({
      model,
      layout: this.#geometry.layout!,
      localizer,
      persona: this.persona,
      lanes: this.#lanes,
      range: this.#geometry.range,
      window: this.#geometry.laneWindow,
      flows: this.#geometry.flows,
      headWidth: this.#headWidth(),
      activeColumn: active.column,
      // At the phase level the tab stop is on the active phase, no cell holds it.
      activeLane: atPhaseLevel ? -1 : active.lane,
      focusBand: atPhaseLevel ? bandOf(this.#geometry.layout?.bands ?? [], active.column) : -1,
      phaseSummary: (b) => this.#phaseSummaryText(b),
      touchpointName: (c) => this.#name(c),
      dipped: (c) => this.#dipped(c),
      onScroll: this.#window.onScroll,
      onKeyDown: this.#nav.onKeyDown,
      onClick: this.#nav.onClick,
      onFocusIn: () => padUnderPhaseRow(this.renderRoot, this.scroller),
    });
  }

  /** The persona whose curves are drawn: the `persona` property when the journey has it, else `all`. */
  #shownPersona(model: MapModel): string {
    return model.curves.includes(this.persona) ? this.persona : 'all';
  }

  /** The summary of phase band `b` (read by the phase holding the tab stop), kept across renders. */
  #phaseSummaryText(b: number): string {
    const [model, localizer] = [this.#model!, this.locale.localizer];
    const persona = this.#shownPersona(model);
    return this.#memo.phase.get([model, b, persona, localizer], () => phaseSummary(model, b, persona, localizer));
  }

  protected override updated(): void {
    const layout = this.#geometry.layout;
    if (layout && layout !== this.#announcedLayout) {
      this.#announcedLayout = layout;
      this.dispatchEvent(new JourneyLayoutEvent(layout));
    }
    this.#window.restore();
  }

  /** Opens the detail panel of `column` and tells the page which touchpoint the user opened. */
  #openDetail(column: number): void {
    const model = this.#model;
    const entry = model?.columns[column];
    if (!model || !entry) return;
    if (this.#nav.grid.active.column !== column) this.#nav.grid.setActive({ column, lane: this.#nav.grid.active.lane });
    this.#detail.open(column);
    const persona = this.#shownPersona(model);
    const detail = persona === 'all' ? { touchpointId: entry.id } : { touchpointId: entry.id, persona };
    this.dispatchEvent(new JourneyTouchpointSelectEvent(detail));
  }

  readonly #onPersonaChange = (event: Event): void => {
    this.persona = (event.target as HTMLSelectElement).value;
  };

  readonly #showMore = (): void => {
    this.rowsShown += PAGE_ROWS;
  };

  readonly #toggleTable = (): void => {
    this.display = this.display === 'table' ? 'map' : 'table';
    this.rowsShown = PAGE_ROWS;
  };
}
