import { LitElement, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../shared/style-properties.js';
import { JourneyErrorEvent, JourneyLoadEvent, JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import { type ColumnLayout, type PhaseRun, columnLayout } from '../../layout/columns.js';
import { type Sparkline, sparkline } from '../../layout/sparkline.js';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import { type FlowLayout, flowLayout } from '../../layout/flows.js';
import type { Journey } from '../../model/types.js';
import { renderErrorPanel, renderSourceState } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneySourceController } from '../../shared/journey-source.js';
import { SourceAnnouncer } from '../../shared/announcer.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { SizeController } from '../../shared/size-controller.js';
import { personaColour } from '../../shared/theme.js';
import { BaseJourneySource } from './base-source.js';
import { type MapColumn, type MapModel, columnScores, deriveMapModel } from './derive.js';
import { journeySummary, phaseSummary, touchpointName } from './describe.js';
import { posterPng, posterSvg } from './export.js';
import { momentIcon, warningIcon } from './icons.js';
import { isRtl, readingKey, scrollStart, setScrollStart } from '../../shared/direction.js';
import { PHASE_LEVEL_FROM, PhaseSummaryMemo, movePhase } from '../../shared/phase-level.js';
import { type GridShape, moveFocus } from './keyboard.js';
import { type TreeRow, type TreeState, moveInTree, shownOf } from './phase-tree.js';
import { type LaneWindow, laneWindow } from './lane-window.js';
import { LANES, type Lane, parseLanes } from './lanes.js';
import type { LaneContext } from './lanes/context.js';
import { metricLane, momentLane, opportunityLane, painPointLane, quoteLane } from './lanes/details.js';
import { emotionLane, flowLane, npsLane } from './lanes/drawn.js';
import { channelLane, touchpointLane } from './lanes/touchpoints.js';
import { styles } from './journey-map.styles.js';
import { renderDataTable } from './table.js';
import { renderVertical } from './vertical.js';
import { type ColumnRange, nextRange, renderedIndices, trackPlan } from './virtual.js';

/** Below this element width (px) the map turns vertical: touchpoints as rows, lanes as fields. */
export const VERTICAL_BELOW = 600;
/**
 * Width of the sticky lane headers (px); narrower below 900 px of element width, where the
 * styles also tighten their padding and type so the longest single-word lane name
 * ("Contactmomenten") still fits on one line.
 */
const HEAD_WIDTH = 184;
const HEAD_WIDTH_NARROW = 168;
/** Below this element width (px) the lane headers are narrow (see the styles' matching container query). */
const NARROW_HEAD_BELOW = 900;
/** Narrowest and widest a touchpoint column gets (px). */
const MIN_COLUMN = 176;
const MAX_COLUMN = 280;
/** Height of the flow lane's drawing (px). */
const FLOW_HEIGHT = 136;
/**
 * Columns laid out for print: an A3 landscape sheet is about 1,500 CSS px wide inside its margins;
 * the print styles zoom the map to 80 %, so it is laid out 1,875 px wide (16 px text prints at 12.8 px).
 */
const PRINT_WIDTH = 1875;
const PRINT_MIN_COLUMN = 96;
/** Most columns rendered for print (beyond this the poster export is the way to print). */
const PRINT_MAX_COLUMNS = 400;
/** Rows of the vertical layout and of the data table shown at first, and added by "show more". */
const PAGE_ROWS = 60;
/** From this many touchpoints on, the summary is written in a task of its own. */
const DEFERRED_SUMMARY_FROM = 1000;
/** Dash patterns per persona, the same as the emotion curve's, so the legend matches its lines. */
export const PERSONA_DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 2', '12 4 4 4'] as const;

/** Lanes that are drawings under transparent cells. */
const DRAWN: readonly Lane[] = ['emotion', 'nps', 'flows'];

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
 * @csspart scroller - The horizontally scrolling map area.
 * @csspart grid - The lanes grid.
 * @csspart phase - A phase header (in the narrow map of a long journey: a phase row that opens to its touchpoints).
 * @csspart lane-header - A lane's sticky header.
 * @csspart cell - A gridcell.
 * @csspart badge - A compare badge ("new", "removed", "changed").
 * @csspart summary - The generated summary.
 * @csspart table - The data table view.
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
 * @cssprop --journey-persona-1 - Colour of the first persona without a colour of its own (likewise 2 … 8).
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
  static override styles = styles;

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

  /** Replaces the generated summary that describes the map. */
  @property() accessor summary: string | undefined = undefined;

  @state() private accessor activeColumn = 0;
  @state() private accessor activeLane = 0;
  /** A long map (see PHASE_LEVEL_FROM) starts at the phase level: the keyboard goes phase by phase until Enter. */
  @state() private accessor phaseLevel = false;
  readonly #phaseSummary = new PhaseSummaryMemo();
  @state() private accessor range: ColumnRange = { first: 0, last: -1 };
  @state() private accessor view: 'map' | 'table' = 'map';
  @state() private accessor detail: number | null = null;
  @state() private accessor printing = false;
  @state() private accessor rowsShown = PAGE_ROWS;
  /** The narrow map of a long journey (phase-tree.ts): phases opened, and touchpoints shown of each. */
  @state() private accessor openPhases: ReadonlySet<number> = new Set();
  @state() private accessor phaseRowsShown: ReadonlyMap<number, number> = new Map();
  /** Their emotion lines, per model and persona, laid out when first drawn. */
  #sparklines: { model: MapModel | undefined; persona: string; lines: Map<number, Sparkline | null> } = {
    model: undefined,
    persona: '',
    lines: new Map(),
  };
  @state() private accessor exportError: string | null = null;

  readonly #source = new JourneySourceController(this);
  readonly #base = new BaseJourneySource(this);
  readonly #locale = new LocaleController(this, { journeyLocale: () => this.#source.journey?.locale });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  readonly #announcer = new SourceAnnouncer(this, this.#source, this.#locale);
  readonly #size = new SizeController(this);
  readonly #ids = {
    title: uniqueId('map-title'),
    summary: uniqueId('map-summary'),
    detailTitle: uniqueId('map-detail'),
    persona: uniqueId('map-persona'),
    table: uniqueId('map-table'),
  };

  #model: MapModel | undefined;
  #layout: ColumnLayout | undefined;
  #layoutKey = '';
  #flows: FlowLayout | undefined;
  #window: LaneWindow | null = null;
  #windowLayout: ColumnLayout | undefined;
  #windowModel: MapModel | undefined;
  #lanes: Lane[] = [];
  #summaryText = '';
  #summaryTimer: ReturnType<typeof setTimeout> | undefined;
  #summaryFor: { model?: MapModel; locale?: string } = {};
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
   * The embedded curve, overlay and card validate their slice of the journey and fire their own
   * `journey-load` (and, on a failure, `journey-error`); those are not the map's events, so they
   * stop at the map's shadow root. The map fires its own for its journey and base journey.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of [JourneyLoadEvent.eventType, JourneyErrorEvent.eventType, JourneyLayoutEvent.type]) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#model && this.#summaryFor.model === undefined) this.requestUpdate();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    if (this.#scrollFrame !== 0) cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
    clearTimeout(this.#summaryTimer);
    // A summary cancelled here is written again on reconnect.
    this.#summaryFor = {};
  }

  /**
   * The poster as a standalone SVG document: title, goal, phases, every touchpoint, the emotion
   * curves shown, NPS, moments of truth and pain-point counts. No external references. In a
   * right-to-left page the poster is mirrored as the map is.
   */
  toSVG(): string {
    return posterSvg(this.#model, this.#locale.localizer, this.persona, { rtl: isRtl(this) });
  }

  /**
   * The poster as a PNG image, drawn at `scale` × its size. Rejects with a clear message when
   * the page's Content-Security-Policy does not allow `img-src blob:` (or `data:`).
   */
  toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return posterPng(this.toSVG(), options.scale ?? 2, this.#locale.localizer);
  }

  // ----- derivation -----

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
        this.openPhases = new Set();
        this.phaseRowsShown = new Map();
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

    if (this.#summaryFor.model !== model || this.#summaryFor.locale !== localizer.locale) {
      this.#summaryFor = { model, locale: localizer.locale };
      clearTimeout(this.#summaryTimer);
      if (model.columns.length <= DEFERRED_SUMMARY_FROM) {
        this.#summaryText = journeySummary(model, localizer);
      } else {
        // A long journey's summary reads every touchpoint: write it in a task of its own, after the map is drawn.
        const j = model.journey;
        this.#summaryText = localizer.messages.summary.journey(
          j.title,
          j.phases.length,
          j.touchpoints.length,
          model.personas.length,
        );
        this.#summaryTimer = setTimeout(() => {
          if (this.#summaryFor.model !== model) return;
          this.#summaryText = journeySummary(model, localizer);
          this.requestUpdate();
        });
      }
    }
    if (this.#namesFor.model !== model || this.#namesFor.key !== `${localizer.locale}|${this.persona}`) {
      this.#names.clear();
      this.#namesFor = { model, key: `${localizer.locale}|${this.persona}` };
    }

    if (this.#isVertical()) {
      this.#layout = undefined;
      this.#window = null;
      if (this.#isTree() && !this.phaseLevel) this.#revealInTree(this.activeColumn);
      return;
    }
    const width = this.#availableWidth();
    const key = `${width}|${this.printing}`;
    if (key !== this.#layoutKey || !this.#layout) {
      this.#layout = this.printing
        ? columnLayout(model.shape, {
            width: PRINT_WIDTH - HEAD_WIDTH,
            minColumnWidth: PRINT_MIN_COLUMN,
            maxColumnWidth: MAX_COLUMN,
          })
        : columnLayout(model.shape, { width, minColumnWidth: MIN_COLUMN, maxColumnWidth: MAX_COLUMN });
      this.#layoutKey = key;
      this.#viewport = width;
      this.range = { first: 0, last: -1 };
    }
    const layout = this.#layout;
    const range = this.printing
      ? { first: 0, last: Math.min(layout.columns.length, PRINT_MAX_COLUMNS) - 1 }
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
    if (!this.#flows && this.#lanes.includes('flows')) this.#flows = this.#layOutFlows(model, layout, this.range);
  }

  /** Margin of columns rendered either side of the viewport (px). */
  #margin(): number {
    return Math.max(this.#viewport, 480);
  }

  /** The flows that touch the rendered columns, laid out with the whole journey's width scale. */
  #layOutFlows(model: MapModel, layout: ColumnLayout, range: ColumnRange): FlowLayout {
    const shown = model.flows.filter((f) => {
      const from = model.columnOf.get(f.from) ?? -1;
      const to = f.to === null ? from : (model.columnOf.get(f.to) ?? -1);
      return Math.min(from, to) <= range.last && Math.max(from, to) >= range.first;
    });
    return flowLayout(shown, layout, {
      height: FLOW_HEIGHT,
      maxCount: model.maxFlowCount,
      keyOf: (f) => model.flowKeys.get(f) ?? '',
    });
  }

  #isVertical(): boolean {
    if (this.printing) return false;
    const width = this.#size.width;
    return width > 0 && width < VERTICAL_BELOW;
  }

  #headWidth(): number {
    return this.#size.width > 0 && this.#size.width < NARROW_HEAD_BELOW ? HEAD_WIDTH_NARROW : HEAD_WIDTH;
  }

  /** Width for the columns: the element's width minus the lane headers. */
  #availableWidth(): number {
    const measured = this.#size.width || this.getBoundingClientRect().width || 1024;
    return Math.max(MIN_COLUMN, Math.round(measured) - this.#headWidth() - 2);
  }

  #name(column: MapColumn): string {
    let name = this.#names.get(column.index);
    if (name === undefined) {
      name = touchpointName(this.#model!, column, this.persona, this.#locale.localizer);
      this.#names.set(column.index, name);
    }
    return name;
  }

  // ----- rendering -----

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
        class=${classMap({ figure: true, vertical, printing: this.printing })}
        aria-labelledby=${this.#ids.title}
        aria-describedby=${this.#ids.summary}
        lang=${localizer.locale}
      >
        ${this.#renderHeader(model, localizer)}
        ${this.#renderBaseState(localizer)}
        ${
          this.view === 'table'
            ? renderDataTable({
                model,
                localizer,
                persona: this.persona,
                id: this.#ids.table,
                rows: this.rowsShown,
                onMore: this.#showMore,
              })
            : vertical
              ? renderVertical({
                  model,
                  localizer,
                  persona: this.persona,
                  rows: this.rowsShown,
                  active: this.activeColumn,
                  label: localizer.messages.map.gridLabel(model.journey.title),
                  onMore: this.#showMore,
                  onKeyDown: this.#onKeyDown,
                  onClick: this.#onGridClick,
                  tree: this.#isTree() ? this.#tree(model, localizer) : undefined,
                })
              : this.#renderGrid(model, this.#layout!, localizer)
        }
        <div part="summary" class="summary">
          <h3 class="summary-title">${localizer.messages.map.summaryTitle}</h3>
          <p id=${this.#ids.summary}>${this.summary ?? this.#summaryText}</p>
        </div>
      </figure>
      ${this.#renderDetail(model, localizer)}`;
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

  #renderHeader(model: MapModel, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const j = model.journey;
    return html`<header part="header" class="header">
      <div class="heading">
        <h2 id=${this.#ids.title} part="title" class="title">${j.title}</h2>
        ${
          j.goal || j.start || j.end
            ? html`<div class="facts">
              ${j.goal ? html`<span class="term">${m.map.goal}</span><span class="goal">${j.goal}</span>` : nothing}
              ${j.start ? html`<span class="term">${m.map.start}</span><span class="route">${j.start}</span>` : nothing}
              ${
                j.end
                  ? html`<span class="term">${j.start ? html`<span aria-hidden="true">→ </span>` : nothing}${m.map.finish}</span
                    ><span class="route">${j.end}</span>`
                  : nothing
              }
            </div>`
            : nothing
        }
        ${model.base ? html`<p class="compared">${m.map.comparedWith(model.base.title)}</p>` : nothing}
      </div>
      <div class="controls">
        ${this.#renderPersonaSwitch(model, localizer)}
        <div part="toolbar" class="toolbar" role="group" aria-label=${m.map.toolbar}>
          <slot name="toolbar"></slot>
          ${
            this.noToolbar
              ? nothing
              : html`<button part="button" type="button" class="tool" @click=${this.#downloadSvg}>${m.map.exportSvg}</button>
                <button part="button" type="button" class="tool" @click=${this.#downloadPng}>${m.map.exportPng}</button>
                <button part="button" type="button" class="tool" @click=${this.#print}>${m.map.print}</button>
                <button
                  part="button"
                  type="button"
                  class="tool"
                  aria-pressed=${this.view === 'table' ? 'true' : 'false'}
                  @click=${this.#toggleTable}
                >
                  ${m.dataTable}
                </button>`
          }
        </div>
        ${this.exportError ? html`<p class="export-error" role="alert">${this.exportError}</p>` : nothing}
      </div>
      ${this.#renderLegend(model, localizer)}
    </header>`;
  }

  #renderPersonaSwitch(model: MapModel, localizer: Localizer): TemplateResult | typeof nothing {
    if (model.personas.length < 2) return nothing;
    const m = localizer.messages;
    const value = model.curves.includes(this.persona) ? this.persona : 'all';
    return html`<div class="persona-switch">
      <label for=${this.#ids.persona}>${m.map.personaSwitch}</label>
      <select id=${this.#ids.persona} part="persona-select" @change=${this.#onPersonaChange}>
        <option value="all" ?selected=${value === 'all'}>${m.allPersonas}</option>
        ${model.personas.map((p) => html`<option value=${p.id} ?selected=${value === p.id}>${p.name}</option>`)}
      </select>
    </div>`;
  }

  /** The legend of what is drawn; none when nothing drawn needs explaining (no personas, glyphs, flags or badges). */
  #renderLegend(model: MapModel, localizer: Localizer): TemplateResult | typeof nothing {
    const m = localizer.messages;
    const shown = (id: string) => this.persona === 'all' || this.persona === id || !model.curves.includes(this.persona);
    const items: TemplateResult[] = [
      ...model.personas.flatMap((p, i) =>
        shown(p.id)
          ? [
              html`<li class="legend-item">
                <svg class="legend-line" viewBox="0 0 28 12" aria-hidden="true">
                  <path
                    d="M2 6H26"
                    style=${styleProperties({ stroke: personaColour(i, p.color) })}
                    stroke-dasharray=${PERSONA_DASHES[i % PERSONA_DASHES.length]!}
                  ></path>
                </svg>
                ${p.name}
              </li>`,
            ]
          : [],
      ),
      ...model.emotionLabels.flatMap((label) => {
        const glyph = emotionGlyph(label, 64);
        return glyph
          ? [
              html`<li class="legend-item">
                <svg class="legend-glyph" viewBox="-8 -8 16 16" aria-hidden="true">
                  <path class=${`glyph glyph--${glyph.style} tone--${glyph.tone}`} d=${glyph.path}></path>
                </svg>
                ${localizer.emotionWord(label)}
              </li>`,
            ]
          : [];
      }),
      ...(model.hasMoments
        ? [html`<li class="legend-item legend-moment">${momentIcon()} ${m.momentOfTruth}</li>`]
        : []),
      ...(model.hasOffNorm ? [html`<li class="legend-item legend-off">${warningIcon()} ${m.metric.offNorm}</li>`] : []),
      ...(model.comparison
        ? (['added', 'removed', 'changed'] as const).map(
            (s) => html`<li class="legend-item"><span class="badge badge--${s}">${m.map.badges[s]}</span></li>`,
          )
        : []),
    ];
    if (items.length === 0) return nothing;
    return html`<div part="legend" class="legend">
      <h3 class="legend-title">${m.map.legend}</h3>
      <ul class="legend-items">
        ${items}
      </ul>
    </div>`;
  }

  #renderGrid(model: MapModel, layout: ColumnLayout, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const head = this.#headWidth();
    const rendered = renderedIndices(this.range, [this.activeColumn], model.columns.length);
    const plan = trackPlan(layout, rendered);
    const w = this.#window;
    const windowLines: [number, number] | null = w
      ? [plan.line.get(w.first) ?? 2, (plan.line.get(w.last) ?? 2) + 1]
      : null;
    const laneNames: Record<Lane, string> = m.map.lanes;
    const base: Omit<LaneContext, 'lane' | 'laneIndex' | 'laneName'> = {
      model,
      layout,
      localizer,
      persona: model.curves.includes(this.persona) ? this.persona : 'all',
      rendered,
      line: plan.line,
      window: w,
      windowLines,
      activeColumn: this.activeColumn,
      // At the phase level the tab stop is on the active phase, no cell holds it.
      activeLane: this.#atPhaseLevel() ? -1 : this.activeLane,
      touchpointName: (c) => this.#name(c),
    };
    return html`<div
      part="scroller"
      class="scroller"
      style=${styleProperties({ 'scroll-padding-inline-start': `${head}px` })}
      @scroll=${this.#onScroll}
    >
      <div
        part="grid"
        class="grid"
        role="grid"
        aria-label=${m.map.gridLabel(model.journey.title)}
        aria-rowcount=${this.#lanes.length + 1}
        aria-colcount=${model.columns.length + 1}
        style=${styleProperties({
          'grid-template-columns': `${head}px ${plan.tracks}`,
          width: `${head + plan.contentWidth}px`,
          '--head': `${head}px`,
        })}
        @keydown=${this.#onKeyDown}
        @click=${this.#onGridClick}
        @focusin=${this.#onGridFocusIn}
      >
        <div role="row" class="row phase-row" aria-rowindex="1">
          <div role="columnheader" class="corner" aria-colindex="1">${m.phase}</div>
          ${this.#renderPhases(model, layout, plan.line, rendered, localizer)}
        </div>
        ${repeat(
          this.#lanes,
          (lane) => lane,
          (lane, laneIndex) => {
            const ctx: LaneContext = { ...base, lane, laneIndex, laneName: laneNames[lane] };
            return html`<div
              role="row"
              class=${classMap({ row: true, lane: true, [`lane--${lane}`]: true, drawn: DRAWN.includes(lane) })}
              aria-rowindex=${laneIndex + 2}
            >
              <div role="rowheader" part="lane-header" class="lane-header" aria-colindex="1">
                <span class="lane-name">${laneNames[lane]}</span>
                ${lane === 'flows' ? this.#renderFlowLegend(localizer) : nothing}
                ${lane === 'emotion' ? this.#renderCurveKey(model) : nothing}
              </div>
              ${this.#renderLane(ctx)}
            </div>`;
          },
        )}
      </div>
    </div>`;
  }

  #renderPhases(
    model: MapModel,
    layout: ColumnLayout,
    line: ReadonlyMap<number, number>,
    rendered: readonly number[],
    localizer: Localizer,
  ) {
    const focusBand = this.#atPhaseLevel() ? this.#activeBand() : -1;
    const persona = model.curves.includes(this.persona) ? this.persona : 'all';
    const shownBands = layout.bands.flatMap((band, b) => {
      let first = -1;
      let last = -1;
      for (const i of rendered) {
        if (i < band.firstIndex || i > band.lastIndex) continue;
        if (first === -1) first = i;
        last = i;
      }
      return first === -1 ? [] : [{ band, b, first, last }];
    });
    const phaseOf = new Map(model.phases.map((p) => [p.id, p]));
    return repeat(
      shownBands,
      ({ b }) => b,
      ({ band, b, first, last }) => {
        const count = band.lastIndex - band.firstIndex + 1;
        const description = phaseOf.get(band.phaseId)?.description;
        // At the phase level the active phase holds the tab stop and describes itself: a summary
        // of its touchpoints instead of each one (see PHASE_LEVEL_FROM).
        const focused = b === focusBand;
        return html`<div
          role="columnheader"
          part="phase"
          class=${classMap({ phase: true, [`phase--${(band.phaseIndex < 0 ? 0 : band.phaseIndex) % 6}`]: true })}
          style=${styleProperties({ 'grid-column': `${line.get(first)} / ${(line.get(last) ?? 0) + 1}` })}
          aria-colindex=${band.firstIndex + 2}
          aria-colspan=${count}
          tabindex=${focused ? 0 : nothing}
          data-band=${b}
          aria-description=${
            focused
              ? this.#phaseSummary.get([model, b, persona, localizer], () => phaseSummary(model, b, persona, localizer))
              : nothing
          }
        >
          <span class="phase-label">
            <span class="phase-name">${band.label}</span>
            ${description ? html`<span class="phase-description">${description}</span>` : nothing}
          </span>
        </div>`;
      },
    );
  }

  /** The shown curves' line styles, in the emotion lane's sticky header. */
  #renderCurveKey(model: MapModel): TemplateResult | typeof nothing {
    const shown = model.personas.flatMap((p, i) =>
      this.persona === 'all' || this.persona === p.id || !model.curves.includes(this.persona) ? [{ p, i }] : [],
    );
    if (shown.length === 0) return nothing;
    return html`<ul class="curve-key" aria-hidden="true">
      ${shown.map(
        ({ p, i }) => html`<li>
          <svg class="legend-line" viewBox="0 0 28 12">
            <path
              d="M2 6H26"
              style=${styleProperties({ stroke: personaColour(i, p.color) })}
              stroke-dasharray=${PERSONA_DASHES[i % PERSONA_DASHES.length]!}
            ></path></svg
          >${p.name}
        </li>`,
      )}
    </ul>`;
  }

  #renderFlowLegend(localizer: Localizer): TemplateResult {
    const f = localizer.messages.map.flowLegend;
    return html`<ul class="flow-legend" aria-hidden="true">
      <li><svg class="mirror-rtl" viewBox="0 0 24 8"><path class="flow-key flow-key--next" d="M1 4H17"></path><path class="flow-key-arrow flow-key--next" d="M23 4L16 0.5V7.5Z"></path></svg>${f.forward}</li>
      <li><svg class="mirror-rtl" viewBox="0 0 24 8"><path class="flow-key flow-key--loop" d="M22 1C22 7 3 7 3 3"></path><path class="flow-key-arrow flow-key--loop" d="M3 0L0 5H6Z"></path></svg>${f.loop}</li>
      <li><svg class="mirror-rtl" viewBox="0 0 24 8"><path class="flow-key flow-key--drop-off" d="M4 0C4 5 16 2 16 5"></path><path class="flow-key-arrow flow-key--drop-off" d="M16 8L12.5 4H19.5Z"></path></svg>${f.exit}</li>
    </ul>`;
  }

  #renderLane(ctx: LaneContext): TemplateResult {
    switch (ctx.lane) {
      case 'touchpoints':
        return touchpointLane(ctx);
      case 'channels':
        return channelLane(ctx);
      case 'emotion':
        return emotionLane(ctx, 'monotone');
      case 'nps':
        return npsLane(ctx);
      case 'flows':
        return flowLane(ctx, this.#flows!);
      case 'metrics':
        return metricLane(ctx);
      case 'pain-points':
        return painPointLane(ctx);
      case 'opportunities':
        return opportunityLane(ctx);
      case 'moments-of-truth':
        return momentLane(ctx);
      case 'quotes':
        return quoteLane(ctx);
    }
  }

  #renderDetail(model: MapModel, localizer: Localizer): TemplateResult {
    const column = this.detail === null ? undefined : model.columns[this.detail];
    const owner: Journey | null = column ? (column.journeyIndex === null ? model.base : model.journey) : null;
    const m = localizer.messages;
    return html`<dialog
      part="detail"
      class="detail"
      aria-labelledby=${this.#ids.detailTitle}
      closedby="any"
      lang=${localizer.locale}
      @close=${this.#onDetailClose}
    >
      <div class="detail-head">
        <h2 id=${this.#ids.detailTitle} class="detail-title">${m.map.detailTitle}</h2>
        <button type="button" class="close" autofocus @click=${this.#closeDetail}>${m.close}</button>
      </div>
      ${
        column && owner
          ? html`<p class="detail-context">
              ${m.touchpoint} ${m.position(column.index + 1, model.columns.length)}
              ${
                column.comparison && column.comparison.status !== 'unchanged'
                  ? html`<span class="badge badge--${column.comparison.status}">${m.map.badges[column.comparison.status]}</span>`
                  : nothing
              }
            </p>
            <touchpoint-card
              .journey=${detailJourney(owner, column)}
              touchpoint=${column.id}
              persona=${model.curves.includes(this.persona) ? this.persona : 'all'}
              heading-level="3"
              lang=${localizer.locale}
            ></touchpoint-card>`
          : nothing
      }
    </dialog>`;
  }

  protected override updated(): void {
    const layout = this.#layout;
    if (layout && layout !== this.#announcedLayout) {
      this.#announcedLayout = layout;
      this.dispatchEvent(new JourneyLayoutEvent(layout));
    }
    if (this.#resetScroll) {
      this.#resetScroll = false;
      const scroller = this.#scroller();
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

  // ----- behaviour -----

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
  }

  readonly #onScroll = (): void => {
    if (this.#scrollFrame !== 0) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const scroller = this.#scroller();
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
      if (target?.matches?.('[role="gridcell"]')) this.#onTreeKey(event);
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
    const scroller = this.#scroller();
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
    return this.phaseLevel && this.#isLong() && this.#layout !== undefined && this.view === 'map';
  }

  /** The phase band holding the active column. */
  #activeBand(): number {
    const bands = this.#layout?.bands ?? [];
    const at = this.activeColumn;
    return Math.max(
      0,
      bands.findIndex((b) => at >= b.firstIndex && at <= b.lastIndex),
    );
  }

  readonly #onGridClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement | null;
    const more = target?.closest?.<HTMLElement>('button.more[data-band]');
    if (more) {
      this.#showMorePhase(Number(more.dataset.band));
      return;
    }
    const phase = target?.closest?.<HTMLElement>('.v-phase-cell[data-band]');
    if (phase) {
      const b = Number(phase.dataset.band);
      const open = new Set(this.openPhases);
      if (!open.delete(b)) open.add(b);
      this.openPhases = open;
      this.#focusTreeRow({ kind: 'phase', band: b });
      return;
    }
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

  // ----- the narrow map of a long journey: a tree grid of phases (phase-tree.ts) -----

  /** Whether the map shows a long journey narrow: phases first, each opening to its touchpoints. */
  #isTree(): boolean {
    return this.#isVertical() && this.#isLong() && this.view === 'map';
  }

  #treeState(): TreeState {
    return { open: this.openPhases, shown: this.phaseRowsShown, page: PAGE_ROWS };
  }

  /** The band holding column `index` of the narrow map. */
  #bandOf(bands: readonly PhaseRun[], index: number): number {
    return Math.max(
      0,
      bands.findIndex((b) => index >= b.firstIndex && index <= b.lastIndex),
    );
  }

  /** The tree row with the tab stop: the active column's phase at the phase level, else the column. */
  #treeRow(bands: readonly PhaseRun[]): TreeRow {
    const band = this.#bandOf(bands, this.activeColumn);
    return this.phaseLevel ? { kind: 'phase', band } : { kind: 'touchpoint', band, column: this.activeColumn };
  }

  #tree(model: MapModel, localizer: Localizer) {
    const bands = model.phaseRuns;
    const persona = model.curves.includes(this.persona) ? this.persona : 'all';
    if (this.#sparklines.model !== model || this.#sparklines.persona !== persona)
      this.#sparklines = { model, persona, lines: new Map() };
    const lines = this.#sparklines.lines;
    return {
      bands,
      state: this.#treeState(),
      at: this.#treeRow(bands),
      summary: (b: number) =>
        this.#phaseSummary.get([model, b, persona, localizer], () => phaseSummary(model, b, persona, localizer)),
      sparkline: (b: number) => {
        const band = bands[b]!;
        if (!lines.has(b)) lines.set(b, sparkline(columnScores(model, band.firstIndex, band.lastIndex, persona)));
        return lines.get(b)!;
      },
    };
  }

  /** The active touchpoint's phase is open and shows it (e.g. after the map turned narrow inside a phase). */
  #revealInTree(column: number): void {
    const bands = this.#model!.phaseRuns;
    const b = this.#bandOf(bands, column);
    const band = bands[b];
    if (!band) return;
    if (!this.openPhases.has(b)) this.openPhases = new Set([...this.openPhases, b]);
    const needed = column - band.firstIndex + 1;
    if (shownOf(bands, this.#treeState(), b) < needed) {
      this.phaseRowsShown = new Map(this.phaseRowsShown).set(b, Math.ceil(needed / PAGE_ROWS) * PAGE_ROWS);
    }
  }

  /** Shows the next page of band `b`'s touchpoints; returns how many were shown before. */
  #morePhaseRows(bands: readonly PhaseRun[], b: number): number {
    const shown = shownOf(bands, this.#treeState(), b);
    this.phaseRowsShown = new Map(this.phaseRowsShown).set(b, shown + PAGE_ROWS);
    return shown;
  }

  /** The pointer's "show more" of a phase: its next page, whose first touchpoint gets the tab stop. */
  #showMorePhase(b: number): void {
    const bands = this.#model!.phaseRuns;
    const band = bands[b];
    if (!band) return;
    const shown = this.#morePhaseRows(bands, b);
    this.#focusTreeRow({ kind: 'touchpoint', band: b, column: Math.min(band.lastIndex, band.firstIndex + shown) });
  }

  #focusTreeRow(row: TreeRow): void {
    const bands = this.#model!.phaseRuns;
    this.phaseLevel = row.kind === 'phase';
    this.activeColumn = row.kind === 'phase' ? (bands[row.band]?.firstIndex ?? 0) : row.column;
    this.activeLane = 0;
    this.#focusPending = true;
  }

  #onTreeKey(event: KeyboardEvent): void {
    const bands = this.#model!.phaseRuns;
    const move = moveInTree(readingKey(event.key, isRtl(this)), this.#treeRow(bands), bands, this.#treeState());
    if (!move) return;
    event.preventDefault();
    if ('detail' in move) {
      this.#openDetail(move.detail);
      return;
    }
    if (move.open !== undefined) this.openPhases = new Set([...this.openPhases, move.open]);
    if (move.close !== undefined) {
      const open = new Set(this.openPhases);
      open.delete(move.close);
      this.openPhases = open;
    }
    if (move.more !== undefined) this.#morePhaseRows(bands, move.more);
    this.#focusTreeRow(move.focus);
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
    const scroller = this.#scroller();
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
    const scroller = this.#scroller();
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
    const scroller = this.#scroller();
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
    this.view = this.view === 'table' ? 'map' : 'table';
    this.rowsShown = PAGE_ROWS;
  };

  readonly #downloadSvg = (): void => {
    this.exportError = null;
    download(new Blob([this.toSVG()], { type: 'image/svg+xml' }), this.#fileName('svg'));
  };

  readonly #downloadPng = async (): Promise<void> => {
    this.exportError = null;
    try {
      download(await this.toPNG(), this.#fileName('png'));
    } catch (error) {
      this.exportError = error instanceof Error ? error.message : String(error);
    }
  };

  readonly #print = (): void => {
    window.print();
  };

  readonly #beforePrint = (): void => {
    this.printing = true;
  };

  readonly #afterPrint = (): void => {
    this.printing = false;
  };

  #fileName(extension: string): string {
    const id = this.#model?.journey.id ?? 'journey';
    return `${id.replace(/[^A-Za-z0-9_.-]/g, '-')}.${extension}`;
  }
}

/**
 * The journey handed to the detail card: the journey itself when it is small; for a long one just
 * this touchpoint with the journey's phases, personas, channels and sources, so the card does not
 * validate thousands of touchpoints again to show one.
 */
function detailJourney(journey: Journey, column: MapColumn): Journey {
  if (journey.touchpoints.length <= 500) return journey;
  const { transitions: _transitions, ...rest } = journey;
  return { ...rest, touchpoints: [column.touchpoint] } as Journey;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
