import { LitElement, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { JourneyErrorEvent, JourneyLoadEvent, JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import type { ColumnLayout } from '../../layout/columns.js';
import type { FlowLayout } from '../../layout/flows.js';
import { renderErrorPanel, renderSourceState } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneySourceController } from '../../shared/journey-source.js';
import { SourceAnnouncer } from '../../shared/announcer.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { SizeController } from '../../shared/size-controller.js';
import { BaseJourneySource } from './base-source.js';
import { type MapColumn, type MapModel, deriveMapModel } from './derive.js';
import { phaseSummary, touchpointName } from './describe.js';
import { renderDetail } from './detail.template.js';
import { download, downloadPoster, posterPng, posterSvg } from './export.js';
import { renderGrid } from './grid.template.js';
import { renderHeader } from './header.template.js';
import { isRtl, readingKey, scrollStart, setScrollStart } from '../../shared/direction.js';
import { PHASE_LEVEL_FROM, PhaseSummaryMemo, movePhase } from '../../shared/phase-level.js';
import { type GridShape, moveFocus } from './keyboard.js';
import { type LaneWindow, laneWindow } from './lane-window.js';
import { LANES, type Lane, parseLanes } from './lanes.js';
import { columnsWidth, headWidth, isVerticalWidth, mapColumnLayout, printRange, windowFlows } from './map-layout.js';
import { styles } from './journey-map.styles.js';
import { PrintController } from './print.controller.js';
import { SummaryController } from './summary.controller.js';
import { renderDataTable } from './table.js';
import { TreeController, bandOf } from './tree.controller.js';
import type { TreeRow } from './phase-tree.js';
import { renderVertical } from './vertical.js';
import { type ColumnRange, nextRange } from './virtual.js';
// Issue 17: the wheel and overview views and the PowerPoint export live in views/; the element only picks one.
import { deckFileName, mapDeck } from './views/deck.js';
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
 * @csspart header - Title, goal, start and end, persona switcher, toolbar and legend.
 * @csspart title - The journey title.
 * @csspart persona-select - The persona switcher (`<select>`).
 * @csspart toolbar - The toolbar with the `toolbar` slot and the built-in buttons.
 * @csspart button - Each built-in toolbar button.
 * @csspart legend - The legend.
 * @csspart scroller - The horizontally scrolling map area (also the `scroller` property).
 * @csspart grid - The lanes grid.
 * @csspart phase - A phase header (in the narrow map of a long journey: a phase row that opens to its touchpoints).
 * @csspart lane-header - A lane's sticky header.
 * @csspart cell - A gridcell.
 * @csspart badge - A compare badge ("new", "removed", "changed").
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
 */
export class JourneyMap extends LitElement {
  static override styles = [styles, wheelStyles, overviewStyles, deckButtonStyles];

  /** The journey to show: an object or JSON text, copied and validated on every assignment. */
  @property({ attribute: false }) accessor journey: unknown = undefined;

  /** Address of a journey JSON document to fetch (http: or https:). */
  @property() accessor src: string | undefined = undefined;

  /**
   * How long fetching `src` (and `base-src`) may take, body included, in seconds (15 unless given; at most 600).
   * A slower answer shows the error panel and fires `journey-error` with code FETCH.
   */
  @property({ type: Number }) accessor timeout: number | null = null;

  /** A journey to compare with (the generic journey, or "before"); turns on compare mode. */
  @property({ attribute: false }) accessor base: unknown = undefined;

  /** Address of the journey to compare with. */
  @property({ attribute: 'base-src' }) accessor baseSrc: string | undefined = undefined;

  /** The persona shown, by id, or `all` to overlay every persona. */
  @property({ reflect: true }) accessor persona = 'all';

  /** Which lanes to show and in what order: names from LANES separated by commas or spaces (default: every lane with data). */
  @property() accessor lanes: string | undefined = undefined;

  /** Hides the built-in toolbar buttons (the `toolbar` slot stays). */
  @property({ type: Boolean, attribute: 'no-toolbar', reflect: true }) accessor noToolbar = false;

  /** How the journey is drawn: `grid` (lanes, the default), `wheel` (the experience wheel) or `overview` (one page per phase). */
  @property({ reflect: true, converter: { fromAttribute: (value: string | null) => mapView(value) } })
  accessor view: MapView = 'grid';

  /** Replaces the generated summary that describes the map. */
  @property() accessor summary: string | undefined = undefined;

  @state() private accessor activeColumn = 0;
  @state() private accessor activeLane = 0;
  /** A long map (see PHASE_LEVEL_FROM) starts at the phase level: the keyboard goes phase by phase until Enter. */
  @state() private accessor phaseLevel = false;
  readonly #phaseSummary = new PhaseSummaryMemo();
  @state() private accessor range: ColumnRange = { first: 0, last: -1 };
  @state() private accessor display: 'map' | 'table' = 'map';
  @state() private accessor detail: number | null = null;
  @state() private accessor rowsShown = PAGE_ROWS;
  @state() private accessor exportError: string | null = null;

  readonly #source = new JourneySourceController(this);
  readonly #base = new BaseJourneySource(this);
  readonly #locale = new LocaleController(this, { journeyLocale: () => this.#source.journey?.locale });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  readonly #announcer = new SourceAnnouncer(this, this.#source, this.#locale);
  readonly #size = new SizeController(this);
  readonly #print = new PrintController(this);
  readonly #summary = new SummaryController(this);
  /** The wheel and overview views (views/views.controller.ts). */
  readonly #views = new MapViewsController(this, {
    openDetail: (column) => this.#openDetail(column),
    width: () => this.#size.width || this.getBoundingClientRect().width,
  });
  /** The narrow map of a long journey: a tree of phases (tree.controller.ts). */
  readonly #tree = new TreeController(this, {
    page: PAGE_ROWS,
    focus: (row) => this.#focusTreeRow(row),
    openDetail: (column) => this.#openDetail(column),
  });
  readonly #ids = {
    title: uniqueId('map-title'),
    summary: uniqueId('map-summary'),
    detailTitle: uniqueId('map-detail'),
    persona: uniqueId('map-persona'),
    table: uniqueId('map-table'),
    caption: uniqueId('map-table-caption'),
  };

  #model: MapModel | undefined;
  #layout: ColumnLayout | undefined;
  #layoutKey = '';
  #flows: FlowLayout | undefined;
  #window: LaneWindow | null = null;
  #windowLayout: ColumnLayout | undefined;
  #windowModel: MapModel | undefined;
  #lanes: Lane[] = [];
  #names = new Map<number, string>();
  #namesFor: { model?: MapModel; key?: string } = {};
  #announcedLayout: ColumnLayout | undefined;
  #scrollLeft = 0;
  #viewport = 0;
  #scrollFrame = 0;
  #focusPending = false;
  #detailOpening = false;
  #resetScroll = false;

  /** The column layout the map and its embedded lanes share; undefined without a journey or in the vertical layout. */
  get columnLayout(): ColumnLayout | undefined {
    return this.#layout;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#scrollFrame !== 0) cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
  }

  /**
   * The poster as a standalone SVG document: title, goal, phases, every touchpoint, the emotion
   * curves shown, NPS, moments of truth and pain-point counts. No external references. In a
   * right-to-left page the poster is mirrored as the map is.
   */
  toSVG(): string {
    // The wheel view exports the wheel as drawn; the grid and the overview export the poster.
    const wheel = this.view === 'wheel' && this.display === 'map' ? this.#views.wheelSvg() : null;
    if (wheel !== null) return wheel;
    return posterSvg(this.#model, this.#locale.localizer, this.persona, { rtl: isRtl(this) });
  }

  /**
   * The poster as a PNG image, drawn at `scale` × its size. Rejects with a clear message when
   * the page's Content-Security-Policy does not allow `img-src blob:` (or `data:`).
   */
  toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return posterPng(this.toSVG(), options.scale ?? 2, this.#locale.localizer);
  }

  /**
   * The journey as a native, editable PowerPoint deck (`.pptx` Blob): a title slide, the
   * overview, one slide per phase with a line chart of the emotion per persona, and in compare
   * mode a before/after slide; words in the journey's language, colours from the theme's custom
   * properties. PptxGenJS is loaded only on the first call. Rejects without a journey.
   */
  async exportPptx(): Promise<Blob> {
    const journey = this.#model?.journey;
    if (!journey)
      throw new Error(this.#locale.localizer.messages.views.pptxFailed(this.#locale.localizer.messages.loading));
    return mapDeck(this, journey, this.#model?.base ?? null, this.#locale.localizer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) this.#source.setJourney(this.journey);
    if (changed.has('timeout')) {
      this.#source.setTimeoutSeconds(this.timeout);
      this.#base.setTimeoutSeconds(this.timeout);
    }
    if (changed.has('src')) this.#source.setSrc(this.src);
    if (changed.has('base')) this.#base.setJourney(this.base);
    if (changed.has('baseSrc')) this.#base.setSrc(this.baseSrc);
    // Apply what is pending since connect (an inline JSON child, a src to fetch again) now, so
    // this update already derives from it instead of one update later.
    this.#source.sync();
    this.#base.sync();

    const journey = this.#source.status === 'ready' ? this.#source.journey : undefined;
    if (!journey) {
      this.#model = undefined;
      this.#layout = undefined;
      this.#window = null;
      return;
    }
    const base = this.#base.journey ?? null;
    const localizer = this.#locale.localizer;
    if (this.#model?.journey !== journey || this.#model.base !== base) {
      const newJourney = this.#model === undefined || this.#model.journey !== journey;
      // A first journey finds its scroller at the start; setting scrollLeft would lay the page out.
      const replacing = this.#model !== undefined;
      this.#model = deriveMapModel(journey, base);
      this.#layoutKey = '';
      if (newJourney) {
        this.activeColumn = 0;
        this.activeLane = 0;
        this.phaseLevel = this.#model.columns.length >= PHASE_LEVEL_FROM;
        this.rowsShown = PAGE_ROWS;
        this.#tree.reset();
        this.#scrollLeft = 0;
        this.#resetScroll = replacing;
      }
      this.activeColumn = Math.min(this.activeColumn, Math.max(0, this.#model.columns.length - 1));
      this.detail = null;
    }
    const model = this.#model;

    const wanted = parseLanes(this.lanes);
    this.#lanes = (wanted ?? [...LANES]).filter((lane) => model.lanesWithData.includes(lane));
    this.activeLane = Math.min(this.activeLane, Math.max(0, this.#lanes.length - 1));

    this.#summary.update(model, localizer);
    if (this.#namesFor.model !== model || this.#namesFor.key !== `${localizer.locale}|${this.persona}`) {
      this.#names.clear();
      this.#namesFor = { model, key: `${localizer.locale}|${this.persona}` };
    }

    if (this.#isVertical()) {
      this.#layout = undefined;
      this.#window = null;
      if (this.#isTree() && !this.phaseLevel) this.#tree.reveal(model.phaseRuns, this.activeColumn);
      return;
    }
    const width = this.#availableWidth();
    const key = `${width}|${this.#print.printing}`;
    if (key !== this.#layoutKey || !this.#layout) {
      this.#layout = mapColumnLayout(model, width, this.#print.printing);
      this.#layoutKey = key;
      this.#viewport = width;
      this.range = { first: 0, last: -1 };
    }
    const layout = this.#layout;
    const range = this.#print.printing
      ? printRange(layout)
      : nextRange(layout, this.range, this.#scrollLeft, this.#viewport, this.#margin());
    if (range.first !== this.range.first || range.last !== this.range.last) this.range = range;
    if (
      !this.#window ||
      this.#window.first !== this.range.first ||
      this.#window.last !== this.range.last ||
      changed.has('base') ||
      this.#windowLayout !== layout ||
      this.#windowModel !== model
    ) {
      this.#window = laneWindow(model, layout, this.range);
      this.#windowLayout = layout;
      this.#windowModel = model;
      this.#flows = undefined;
    }
    if (!this.#flows && this.#lanes.includes('flows')) this.#flows = windowFlows(model, layout, this.range);
  }

  /** Margin of columns rendered either side of the viewport (px). */
  #margin(): number {
    return Math.max(this.#viewport, 480);
  }

  #isVertical(): boolean {
    if (this.#print.printing) return false;
    return isVerticalWidth(this.#size.width);
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
      name = touchpointName(this.#model!, column, this.persona, this.#locale.localizer);
      this.#names.set(column.index, name);
    }
    return name;
  }

  protected override render(): TemplateResult {
    const localizer = this.#locale.localizer;
    const sourceState = renderSourceState(this.#source, localizer);
    const model = this.#model;
    if (this.#source.status !== 'ready' || !model) {
      return html`<div class="state" lang=${localizer.locale}>${sourceState}</div>`;
    }
    const vertical = !this.#layout;
    return html`${sourceState}
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
          onExportPptx: this.#downloadPptx,
          exportError: this.exportError,
          onPersonaChange: this.#onPersonaChange,
          onDownloadSvg: this.#downloadSvg,
          onDownloadPng: this.#downloadPng,
          onPrint: this.#print.print,
          onToggleTable: this.#toggleTable,
        })}
        ${this.#renderBaseState(localizer)}
        ${this.display === 'table' ? this.#renderTable(model, localizer) : this.view === 'wheel' || this.view === 'overview' ? this.#views.render(this.view, model, localizer, this.persona) : vertical ? this.#renderVertical(model, localizer) : this.#renderGrid(model, localizer)}
        <div part="summary" class="summary">
          <h3 class="summary-title">${localizer.messages.map.summaryTitle}</h3>
          <p id=${this.#ids.summary}>${this.summary ?? this.#summary.text}</p>
        </div>
      </figure>
      ${renderDetail({
        model,
        localizer,
        column: this.detail,
        persona: this.#shownPersona(model),
        titleId: this.#ids.detailTitle,
        onClose: this.#onDetailClose,
        onCloseClick: this.#closeDetail,
      })}`;
  }

  #renderBaseState(localizer: Localizer): TemplateResult | typeof nothing {
    if (this.#base.status === 'error' && this.#base.error) {
      return html`<div class="base-error">
        <p class="base-error-title">${localizer.messages.map.baseErrorTitle}</p>
        ${renderErrorPanel(this.#base.error, localizer)}
      </div>`;
    }
    if (this.#base.status === 'loading')
      return html`<p class="journey-status" role="status">${localizer.messages.loading}</p>`;
    return nothing;
  }

  #renderTable(model: MapModel, localizer: Localizer): TemplateResult {
    return renderDataTable({
      model,
      localizer,
      persona: this.persona,
      id: this.#ids.table,
      captionId: this.#ids.caption,
      rows: this.rowsShown,
      onMore: this.#showMore,
    });
  }

  #renderVertical(model: MapModel, localizer: Localizer): TemplateResult {
    const persona = this.#shownPersona(model);
    const tree = this.#isTree()
      ? this.#tree.view(model, persona, this.#treeRow(), (b) => this.#phaseSummaryText(b))
      : undefined;
    return renderVertical({
      model,
      localizer,
      persona: this.persona,
      rows: this.rowsShown,
      active: this.activeColumn,
      label: localizer.messages.map.gridLabel(model.journey.title),
      onMore: this.#showMore,
      onKeyDown: this.#onKeyDown,
      onClick: this.#onGridClick,
      tree,
    });
  }

  #renderGrid(model: MapModel, localizer: Localizer): TemplateResult {
    const atPhaseLevel = this.#atPhaseLevel();
    return renderGrid({
      model,
      layout: this.#layout!,
      localizer,
      persona: this.persona,
      lanes: this.#lanes,
      range: this.range,
      window: this.#window,
      flows: this.#flows,
      headWidth: this.#headWidth(),
      activeColumn: this.activeColumn,
      // At the phase level the tab stop is on the active phase, no cell holds it.
      activeLane: atPhaseLevel ? -1 : this.activeLane,
      focusBand: atPhaseLevel ? this.#activeBand() : -1,
      phaseSummary: (b) => this.#phaseSummaryText(b),
      touchpointName: (c) => this.#name(c),
      onScroll: this.#onScroll,
      onKeyDown: this.#onKeyDown,
      onClick: this.#onGridClick,
      onFocusIn: this.#onGridFocusIn,
    });
  }

  /** The persona whose curves are drawn: the `persona` property when the journey has it, else `all`. */
  #shownPersona(model: MapModel): string {
    return model.curves.includes(this.persona) ? this.persona : 'all';
  }

  /** The summary of phase band `b` (read by the phase holding the tab stop), kept across renders. */
  #phaseSummaryText(b: number): string {
    const model = this.#model!;
    const localizer = this.#locale.localizer;
    const persona = this.#shownPersona(model);
    return this.#phaseSummary.get([model, b, persona, localizer], () => phaseSummary(model, b, persona, localizer));
  }

  protected override updated(): void {
    const layout = this.#layout;
    if (layout && layout !== this.#announcedLayout) {
      this.#announcedLayout = layout;
      this.dispatchEvent(new JourneyLayoutEvent(layout));
    }
    if (this.#resetScroll) {
      this.#resetScroll = false;
      const scroller = this.scroller;
      if (scroller) scroller.scrollLeft = 0;
    }
    const dialog = this.#dialog();
    if (this.detail !== null && dialog && !dialog.open && this.#detailOpening) {
      this.#detailOpening = false;
      dialog.showModal();
    } else if (this.detail === null && dialog?.open) {
      // The journey changed under an open panel: its touchpoint may be gone.
      dialog.close();
    }
    if (this.#focusPending) {
      this.#focusPending = false;
      this.#focusActive();
    }
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
  }

  readonly #onScroll = (): void => {
    if (this.#scrollFrame !== 0) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const scroller = this.scroller;
      const layout = this.#layout;
      if (!scroller || !layout) return;
      this.#scrollLeft = scrollStart(scroller);
      const range = nextRange(layout, this.range, this.#scrollLeft, this.#viewport, this.#margin());
      if (range.first !== this.range.first || range.last !== this.range.last) this.requestUpdate();
    });
  };

  #gridShape(): GridShape {
    const model = this.#model!;
    const vertical = !this.#layout;
    const columns = vertical ? Math.min(model.columns.length, this.rowsShown) : model.columns.length;
    return { columns, lanes: vertical ? 1 : this.#lanes.length, bandStarts: model.phaseRuns.map((r) => r.firstIndex) };
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#model;
    if (!model || model.columns.length === 0) return;
    const target = event.target as HTMLElement | null;
    if (this.#isTree()) {
      if (
        target?.matches?.('[role="gridcell"]') &&
        this.#tree.key(readingKey(event.key, isRtl(this)), this.#treeRow(), model.phaseRuns)
      )
        event.preventDefault();
      return;
    }
    if (target?.matches?.('.phase[data-band]')) {
      this.#onPhaseKey(event, Number(target.dataset.band));
      return;
    }
    if (!target?.matches?.('[role="gridcell"]')) return;
    // In a long map, Escape (or Up from the first lane) goes back to the phase level.
    if (
      this.#isLong() &&
      this.#layout &&
      (event.key === 'Escape' || (event.key === 'ArrowUp' && this.activeLane === 0))
    ) {
      event.preventDefault();
      this.phaseLevel = true;
      this.#focusPending = true;
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#openDetail(this.activeColumn);
      return;
    }
    const vertical = !this.#layout;
    const next = moveFocus(
      readingKey(event.key, isRtl(this)),
      { column: this.activeColumn, lane: this.activeLane },
      this.#gridShape(),
      { ctrl: event.ctrlKey || event.metaKey, vertical },
    );
    if (!next) return;
    event.preventDefault();
    this.#setActive(next.column, vertical ? 0 : next.lane);
  };

  /** A key on a phase at the phase level: another phase, or into its touchpoints. */
  #onPhaseKey(event: KeyboardEvent, band: number): void {
    const bands = this.#layout?.bands ?? [];
    const move = movePhase(readingKey(event.key, isRtl(this)), band, bands.length);
    if (!move) return;
    event.preventDefault();
    const target = 'drill' in move ? bands[band] : bands[move.phase];
    if (!target) return;
    if ('drill' in move) {
      this.phaseLevel = false;
      this.#setActive(target.firstIndex, 0);
      return;
    }
    // Another phase: its start comes to the inline start of the map, beside the lane headers.
    this.activeColumn = target.firstIndex;
    const scroller = this.scroller;
    if (scroller) {
      setScrollStart(scroller, target.x0, isRtl(this));
      this.#scrollLeft = scrollStart(scroller);
    }
    this.#focusPending = true;
  }

  /** Whether the map is long enough for a phase level. */
  #isLong(): boolean {
    return (this.#model?.columns.length ?? 0) >= PHASE_LEVEL_FROM;
  }

  /** Whether the keyboard is at the phase level now (a long map, laid out in columns, showing the map). */
  #atPhaseLevel(): boolean {
    return (
      this.phaseLevel && this.#isLong() && this.#layout !== undefined && this.display === 'map' && this.view === 'grid'
    );
  }

  /** The phase band holding the active column. */
  #activeBand(): number {
    return bandOf(this.#layout?.bands ?? [], this.activeColumn);
  }

  readonly #onGridClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement | null;
    if (this.#model && this.#tree.click(target, this.#model.phaseRuns)) return;
    const cell = target?.closest?.<HTMLElement>('[role="gridcell"]');
    if (!cell) return;
    this.phaseLevel = false;
    const column = Number(cell.dataset.col);
    const lane = Number(cell.dataset.lane);
    if (!Number.isInteger(column)) return;
    this.activeColumn = column;
    if (Number.isInteger(lane)) this.activeLane = lane;
    this.#openDetail(column);
  };

  /** Whether the map shows a long journey narrow: phases first, each opening to its touchpoints. */
  #isTree(): boolean {
    return (
      this.#isVertical() &&
      this.#isLong() &&
      this.display === 'map' &&
      this.view !== 'wheel' &&
      this.view !== 'overview'
    );
  }

  /** The tree row with the tab stop. */
  #treeRow(): TreeRow {
    return this.#tree.rowAt(this.#model!.phaseRuns, this.activeColumn, this.phaseLevel);
  }

  /** The tree moved the tab stop to `row`. */
  #focusTreeRow(row: TreeRow): void {
    const bands = this.#model!.phaseRuns;
    this.phaseLevel = row.kind === 'phase';
    this.activeColumn = row.kind === 'phase' ? (bands[row.band]?.firstIndex ?? 0) : row.column;
    this.activeLane = 0;
    this.#focusPending = true;
  }

  #setActive(column: number, lane: number): void {
    this.activeColumn = column;
    this.activeLane = lane;
    this.#revealColumn(column);
    this.#focusPending = true;
  }

  /** Scrolls the map so the column is in view (outside the sticky lane headers). */
  #revealColumn(index: number): void {
    const layout = this.#layout;
    const scroller = this.scroller;
    const column = layout?.columns[index];
    if (!layout || !scroller || !column) return;
    const viewport = scroller.clientWidth - this.#headWidth();
    const scrolled = scrollStart(scroller);
    let left = scrolled;
    if (column.x0 < left) left = column.x0;
    else if (column.x1 > left + viewport) left = column.x1 - viewport;
    if (left !== scrolled) {
      setScrollStart(scroller, left, isRtl(this));
      this.#scrollLeft = scrollStart(scroller);
    }
  }

  #focusActive(): void {
    const cell = this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], .phase[tabindex="0"]');
    if (!cell) return;
    cell.focus({ preventScroll: true });
    // A cell taller than the room under the sticky phase row (a tall lane in a map limited by
    // --journey-map-max-height) shows its start, not whichever edge is nearer.
    const scroller = this.scroller;
    const phases = this.renderRoot.querySelector<HTMLElement>('.phase-row');
    const room = scroller && phases ? scroller.clientHeight - phases.offsetHeight : Infinity;
    cell.scrollIntoView({ block: cell.offsetHeight > room ? 'start' : 'nearest', inline: 'nearest' });
  }

  /**
   * With `--journey-map-max-height` the map scrolls vertically under its sticky phase row; a cell
   * scrolled into view (by the browser on focus, or by `#focusActive`) must land below that row.
   * Its height follows the phase descriptions, so it is measured when a cell gets focus, which
   * runs before the browser's focus scroll. The sticky lane headers are kept clear by
   * `scroll-padding-inline-start`.
   */
  readonly #onGridFocusIn = (): void => {
    const scroller = this.scroller;
    const phases = this.renderRoot.querySelector<HTMLElement>('.phase-row');
    if (scroller && phases) scroller.style.setProperty('scroll-padding-block-start', `${phases.offsetHeight}px`);
  };

  #openDetail(column: number): void {
    const model = this.#model;
    const entry = model?.columns[column];
    if (!model || !entry) return;
    this.activeColumn = column;
    this.detail = column;
    this.#detailOpening = true;
    const persona = model.curves.includes(this.persona) && this.persona !== 'all' ? this.persona : undefined;
    this.dispatchEvent(
      new JourneyTouchpointSelectEvent(
        persona === undefined ? { touchpointId: entry.id } : { touchpointId: entry.id, persona },
      ),
    );
  }

  readonly #closeDetail = (): void => {
    this.#dialog()?.close();
  };

  readonly #onDetailClose = (): void => {
    this.detail = null;
    this.#focusPending = true;
  };

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

  readonly #downloadSvg = (): void => {
    void this.#download('svg');
  };

  readonly #downloadPng = (): void => {
    void this.#download('png');
  };

  readonly #downloadPptx = (): void => {
    void (async () => {
      this.exportError = null;
      try {
        download(await this.exportPptx(), deckFileName(this.#model?.journey.id));
      } catch (error) {
        this.exportError = this.#locale.localizer.messages.views.pptxFailed(
          error instanceof Error ? error.message : String(error),
        );
      }
    })();
  };

  async #download(kind: 'svg' | 'png'): Promise<void> {
    this.exportError = null;
    this.exportError = await downloadPoster(this, kind, this.#model?.journey.id);
  }
}
