import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import { type ColumnLayout, isColumnLayout } from '../../layout/columns.js';
import type { CurveKind } from '../../layout/emotion-curve.js';
import type { MomentBadge, PointLabel } from '../../layout/emotion-labels.js';
import { ColumnWindowController } from '../../shared/controllers/column-window.js';
import { RovingGridController } from '../../shared/controllers/roving-grid.js';
import { isRtl } from '../../shared/direction.js';
import type { GridShape } from '../../shared/grid-keys.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneyElement } from '../../shared/journey-element.js';
import { Memo } from '../../shared/memo.js';
import { ALL_PERSONAS } from '../../shared/personas.js';
import { SizeController } from '../../shared/size-controller.js';
import { viewToggle } from '../../shared/templates/view-toggle.js';
import { textMeasurer } from '../../shared/text-measure.js';
import { curveSummary, phaseName } from './describe.js';
import { curveLabels } from './labels.js';
import type { CurveEditContext, CurveEditor } from './edit.js';
import { editorProblem } from './edit-problem.js';
import { curveLegend } from './legend.template.js';
import {
  type EmotionCurveMode,
  type Geometry,
  type JourneyModel,
  type PointRef,
  type WindowGeometry,
  buildModel,
  layOut,
  selection,
  shownCurves,
  tooltipPlace,
  windowGeometry,
} from './model.js';
import { type PlotContext, plot } from './plot.template.js';
import { type PlotState, plotState, pointUnder } from './plot-state.js';
import { styles } from './emotion-curve.styles.js';
import { curveTable } from './table.template.js';
import { curveTooltip } from './tooltip.template.js';
import { resolvePeriods } from './periods.js';

export { EMOTION_CURVE_MODES, type EmotionCurveMode } from './model.js';

/**
 * The emotion curve of a customer journey: what each persona felt at every touchpoint, from
 * −5 to +5, in journey order under its phases, with moments of truth, the peak and the end
 * (what customers remember), and the largest drop. A journey without a single emotion (or
 * without touchpoints) says "no emotions recorded" instead of drawing an empty box.
 *
 * Hosted by `<journey-map>` (its `layout` is set; `mode` is `hosted`) it draws only the plot on
 * the map's columns: the axis, the zero line, the curves, glyphs, peak-end and drop marks. The
 * map shows the title, phases, touchpoint labels, moments of truth, legend and table itself; the
 * curve's title and summary stay for screen readers, visually hidden.
 *
 * @summary An accessible, keyboard-navigable emotion curve per persona, with a data table view and a generated summary.
 * @tagname emotion-curve
 *
 * @slot summary - Replaces the generated text summary that describes the figure.
 *
 * @csspart figure - The `<figure>` around the chart, named by the journey title.
 * @csspart toggle - The toggle button (`aria-pressed`) that shows the data table instead of the chart.
 * @csspart legend - The list of curves and marks.
 * @csspart plot - The horizontally scrolling drawing area.
 * @csspart tooltip - The tooltip of the touchpoint under the pointer or keyboard focus.
 * @csspart table - The data table view.
 * @csspart summary - The text summary under the chart.
 * @csspart error - The error panel shown for invalid input or a failed fetch.
 * @csspart status - The loading and empty states, and "no emotions recorded" for a journey without touchpoints.
 * @csspart stale - The note shown while a live `src` cannot be refreshed.
 *
 * @cssprop --journey-font - Font family.
 * @cssprop --journey-text - Text colour.
 * @cssprop --journey-text-muted - Secondary text: axis, touchpoint labels, summary.
 * @cssprop --journey-surface - Background.
 * @cssprop --journey-surface-raised - Background of phase bands, the tooltip and table headers.
 * @cssprop --journey-border - Zero line, grid lines, borders.
 * @cssprop --journey-accent - Highlight of the column under the pointer or focus.
 * @cssprop --journey-focus - The focus ring.
 * @cssprop --journey-negative - The largest drop.
 * @cssprop --journey-positive - Tint of the positive half of the plot.
 * @cssprop --journey-warning - The stale note.
 * @cssprop --journey-moment-of-truth - Moment-of-truth markers.
 * @cssprop --journey-persona-1 - Line colour of the first persona that has no `color` of its own (and of the all-customers line).
 * @cssprop --journey-persona-2 - Line colour of the second persona without a `color`.
 * @cssprop --journey-persona-3 - Line colour of the third persona without a `color`.
 * @cssprop --journey-persona-4 - Line colour of the fourth persona without a `color`.
 * @cssprop --journey-persona-5 - Line colour of the fifth persona without a `color`.
 * @cssprop --journey-persona-6 - Line colour of the sixth persona without a `color`.
 * @cssprop --journey-persona-7 - Line colour of the seventh persona without a `color`.
 * @cssprop --journey-persona-8 - Line colour of the eighth persona without a `color` (the ninth takes colour 1 again).
 * @cssprop --journey-radius - Corner radius of the tooltip, button and table.
 * @cssprop --journey-space - Base spacing.
 * @cssprop --journey-axis-sticky-start - Hosted (a `layout` given) in a scrolling host: how far from the host scroller's inline start the y-axis numbers laid over the plot stick, e.g. the width of sticky row headers (`<journey-map>` sets its lane-header width); 0 unless set.
 *
 * @fires journey-load - A journey was loaded and validated (`JourneyLoadEvent`).
 * @fires journey-error - Input was invalid or could not be fetched (`JourneyErrorEvent`); the error panel shows why.
 * @fires journey-touchpoint-select - The user chose a touchpoint with a click, Enter or Space (`JourneyTouchpointSelectEvent`).
 * @fires journey-dip - A live refresh of `src` brought new significant dips (`JourneyDipEvent`, `detail.dips`); the curve marks their touchpoints.
 * @fires journey-change - An edit was committed, undone or redone (`editable`): `detail.journey` is the new journey (also the `journey` property from then on), `detail.patch` the RFC 6902 patch to it, `detail.label` what changed in words (`JourneyChangeEvent`).
 * @fires journey-input - One step of a drag or of the emotion slider's arrow keys (`JourneyInputEvent`, the same detail); the gesture ends with one `journey-change`.
 * @csspart editor - The emotion editor of a point (`editable`: F2 or Enter on it).
 * @csspart edit-notice - The notice of a changed source or a kept draft (`editable`), with its two choices.
 * @csspart button - The buttons of the emotion editor and of the edit notices.
 * @fires journey-layout - The column layout changed (width or journey); neither bubbling nor composed (`JourneyLayoutEvent`, `detail.layout`).
 */
export class EmotionCurve extends JourneyElement {
  static override styles = styles;

  /** The persona whose curve is shown, by id, or `all` to overlay every persona. */
  @property({ reflect: true }) accessor persona: string = ALL_PERSONAS;

  /** How the line between touchpoints is drawn: `monotone` (smooth, never overshooting), `linear` or `step`. */
  @property({ reflect: true }) accessor curve: CurveKind = 'monotone';

  /** The period of the emotions drawn (e.g. `2026-Q3`); each touchpoint's latest unless given or unknown. */
  @property({ reflect: true }) accessor period: string | undefined = undefined;

  /** An earlier period to draw beside it, muted, marking where the change is significant (Welch's t, 95 %). */
  @property({ attribute: 'compare-period', reflect: true }) accessor comparePeriod: string | undefined = undefined;

  /**
   * A column layout to draw on instead of computing one (set by a hosting `<journey-map>`, so
   * its lanes and this curve share one geometry). Ignored when its columns do not match the journey.
   */
  @property({ attribute: false }) accessor layout: ColumnLayout | undefined = undefined;

  /** Lets the user edit the emotions: drag a point up or down, or F2 or Enter on it. The editor's code loads only then. */
  @property({ type: Boolean, reflect: true }) accessor editable = false;

  /** Keeps the edited journey in `localStorage` under this key; on the next load a draft that differs is offered. */
  @property({ attribute: 'draft-key' }) accessor draftKey: string | undefined = undefined;

  @state() accessor #view: 'chart' | 'table' = 'chart';
  @state() accessor #hover: PointRef | null = null;
  @state() accessor #tooltipOpen = false;
  @state() accessor #focused = false;
  @state() accessor #tablePage = 0;

  readonly #size = new SizeController(this, { onFrame: () => this.#readFontFamily() });
  readonly #grid = new RovingGridController(this, {
    shape: () => this.#shape(),
    phaseLevelApplies: () => this.#mode !== 'hosted' && this.#view === 'chart',
    target: () => this.renderRoot.querySelector<SVGGElement>('.chart [tabindex="0"]'),
    onMove: (_, how) => this.#onGridMove(how),
    onActivate: () => {
      // Enter opens the point's detail (its tooltip, closed by Escape) and selects it.
      this.#tooltipOpen = true;
      this.#hover = null;
      this.#select(this.#active());
    },
    // Escape closes an open tooltip first (then, in a long curve, goes back to the phase level).
    onEscape: () => this.#closeTooltip(),
  });
  /** A hosted curve never scrolls itself: its host scrolls it. */
  readonly #window = new ColumnWindowController(this, {
    scroller: () => this.scroller,
    layout: () => this.#geometry?.layout,
    followsScroll: () => this.#tooltipTarget() !== null,
  });

  readonly #ids = { title: uniqueId('curve-title'), summary: uniqueId('curve-summary'), view: uniqueId('curve-view') };
  #mode: EmotionCurveMode = 'standalone';
  #model: JourneyModel | undefined;
  #geometry: Geometry | undefined;
  #laidOutWidth = -1;
  #bandStarts: number[] = [];
  #shown: number[] = [];
  #announcedLayout: ColumnLayout | undefined;
  /** The font family labels are measured in: the one the page's last curve read, until this one reads its own. */
  #fontFamily = textMeasurer.fontFamily;
  #measure = textMeasurer.measureIn(this.#fontFamily);
  readonly #memo = {
    window: new Memo<WindowGeometry>(),
    labels: new Memo<{ points: PointLabel[]; moments: MomentBadge[] }>(),
    summary: new Memo<string[]>(),
    phase: new Memo<string>(),
  };
  /** What the plot draws, derived in `willUpdate` (no scaling or lookup in the render). */
  #plot: PlotState | undefined;
  #editor: CurveEditor | undefined;
  #editorLoad: Promise<CurveEditor> | undefined;
  #editorProblem = '';
  #tooltipAt: { target: PointRef; place: ReturnType<typeof tooltipPlace> } | null = null;
  #summary: string[] = [];

  /** The column layout the curve is drawn on (its own, or the one given as `layout`); undefined without a journey. */
  get columnLayout(): ColumnLayout | undefined {
    return this.#geometry?.layout;
  }

  /** How the curve is laid out now: `hosted` while a `layout` is given (a lane of `<journey-map>`), else `standalone`. */
  get mode(): EmotionCurveMode {
    return this.#mode;
  }

  /** The element scrolling the plot sideways (null without a plot or hosted); `<nps-overlay align-to>` follows it. */
  get scroller(): HTMLElement | null {
    if (this.#mode !== 'standalone') return null;
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  /** Whether there is an edit to undo (`editable`). */
  get canUndo(): boolean {
    return this.#editor?.session.canUndo ?? false;
  }

  /** Whether there is an undone edit to redo (`editable`). */
  get canRedo(): boolean {
    return this.#editor?.session.canRedo ?? false;
  }

  /** Undoes the latest edit and fires `journey-change`; false when there was none. */
  undo(): boolean {
    return this.#editor?.session.undo() ?? false;
  }

  /** Redoes the latest undone edit and fires `journey-change`; false when there was none. */
  redo(): boolean {
    return this.#editor?.session.redo() ?? false;
  }

  /**
   * Offers another version of the journey — say a save answered `412 Precondition Failed` — with
   * `reason` and the choice keep mine / load theirs. Resolves to the user's answer, `mine` or
   * `theirs` (`superseded` when a newer offer replaced this one), or to false at once when
   * `journey` is not valid.
   */
  async offerTheirs(journey: unknown, reason?: string): Promise<'mine' | 'theirs' | 'superseded' | false> {
    const { session } = await this.#loadEditor();
    return session.offerTheirs(journey, reason) ? session.choice() : false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page: the source watch stops and a pending draft is written now.
    this.#editor?.disconnect();
  }

  protected override clear(): void {
    this.#model = undefined;
    this.#geometry = undefined;
    this.#plot = undefined;
    this.#tooltipAt = null;
    for (const memo of Object.values(this.#memo)) memo.clear();
  }

  protected override derive(changed: PropertyValues<this>): void {
    this.#mode = isColumnLayout(this.layout) ? 'hosted' : 'standalone';
    this.#syncEditor();
    const journey = this.source.status === 'ready' ? this.source.journey : undefined;
    if (!journey) {
      // The plot is about to go, and focus with it: said here, before the render, not by its focusout.
      [this.#focused, this.#tooltipOpen] = [false, false];
      this.clear();
      return;
    }
    const localizer = this.locale.localizer;
    const hosted = this.#mode === 'hosted';
    let modelChanged = false;
    const periods = resolvePeriods(journey, this.period, this.comparePeriod);
    if (this.#model?.journey === journey && (changed.has('period') || changed.has('comparePeriod'))) {
      [this.#model, modelChanged] = [buildModel(journey, periods), true];
    } else if (this.#model?.journey !== journey) {
      // An edit keeps the place, the active point and focus (the editor asks for it).
      const edited =
        this.#editor?.produced(journey) && this.#model?.journey.touchpoints.length === journey.touchpoints.length;
      // A first journey's plot is new, at the start: only a journey that replaces another resets a scroll.
      if (!edited) this.#window.reset(this.#model !== undefined);
      this.#model = buildModel(journey, periods);
      if (!edited) [this.#hover, this.#tablePage] = [null, 0];
      if (!edited) this.#grid.reset(journey.touchpoints.length);
      modelChanged = true;
      if (this.#focused && !edited) {
        // New data while a point has focus: focus stays in the plot, on the first point; with no
        // touchpoints left it is gone (said now, so the focusout during the render changes nothing).
        if (journey.touchpoints.length > 0) this.#grid.focusAfterRender();
        else this.#focused = this.#tooltipOpen = false;
      }
    }
    const model = this.#model;
    // A hosted curve draws on the layout it is given, whatever its own width.
    const width = hosted ? 0 : this.#availableWidth();
    if (modelChanged || changed.has('layout') || width !== this.#laidOutWidth || !this.#geometry) {
      this.#geometry = layOut(model, width, width || this.#availableWidth(), this.layout, hosted);
      this.#laidOutWidth = width;
      this.#bandStarts = this.#geometry.layout.bands.map((b) => b.firstIndex);
      // The host virtualises its columns itself: a hosted curve draws every column it is given.
      this.#window.viewport = hosted ? this.#geometry.layout.width : Math.min(width, this.#geometry.layout.width);
    }
    const geometry = this.#geometry;
    this.#keepActiveCurve(shownCurves(model, this.persona));
    const shownKey = this.#shown.join(',');
    const range = this.#window.range;
    const win = this.#memo.window.get([geometry, range.first, range.last, this.curve, this.#fontFamily], () =>
      windowGeometry(model, geometry, range, { kind: this.curve, hosted, measure: this.#measure }),
    );
    const labels = this.#memo.labels.get([win, shownKey, localizer, this.#mode], () =>
      curveLabels(model, geometry, win, this.#shown, { localizer, hosted, measure: this.#measure }),
    );
    this.#summary = this.#memo.summary.get([model, shownKey, localizer, this.dipWatch.dips], () =>
      curveSummary(model, this.#shown, localizer, this.dipWatch.dips),
    );
    const target = this.#tooltipTarget();
    this.#plot = plotState({
      model,
      geometry,
      win,
      localizer,
      shown: this.#shown,
      hosted,
      rtl: isRtl(this),
      active: this.#active(),
      atPhaseLevel: this.#grid.atPhaseLevel,
      focused: this.#focused,
      target,
      labels,
      viewport: this.#window.viewport,
      scroll: this.#window.scroll,
      dips: this.dipWatch.dips,
      phaseName: (band) =>
        this.#memo.phase.get([model, geometry.layout, band, shownKey, localizer], () =>
          phaseName(model, geometry, band, this.#shown, localizer),
        ),
    });
    this.#tooltipAt =
      target && !hosted && this.#view === 'chart'
        ? { target, place: tooltipPlace(model, geometry, target, this.#window.scroll, this.#window.viewport) }
        : null;
  }

  protected override renderJourney(): TemplateResult {
    const localizer = this.locale.localizer;
    const model = this.#model;
    const ctx = this.#plot;
    if (this.source.status !== 'ready' || !model || !ctx) return this.renderFailure();
    const m = localizer.messages;
    // Hosted, the map shows the title, the legend, the table view and the summary itself; the
    // caption and the summary stay for screen readers.
    const hosted = this.#mode === 'hosted';
    const noEmotions = model.curves.every((c) => c.scored === 0);
    const view = hosted || noEmotions ? 'chart' : this.#view;
    const hidden = (name: string) => (hosted ? `${name} journey-visually-hidden` : name);
    return html`${this.renderSourceState()}
      <figure
        part="figure"
        class=${hosted ? 'figure figure--hosted' : 'figure'}
        aria-labelledby=${this.#ids.title}
        aria-describedby=${this.#ids.summary}
        lang=${localizer.locale}
      >
        <figcaption id=${this.#ids.title} class=${hidden('title')}>${model.journey.title}</figcaption>
        ${
          hosted || noEmotions
            ? nothing
            : html`${viewToggle({ label: m.showDataTable, pressed: view === 'table', controls: this.#ids.view, onToggle: this.#toggleView })}
              ${curveLegend(model, this.#shown, localizer, ctx.dipped.size > 0)}`
        }
        <div class="view" id=${this.#ids.view}>
          ${
            model.journey.touchpoints.length === 0
              ? html`<p part="status" class="journey-status empty">${localizer.capitalise(m.emotionCurve.noEmotions)}</p>`
              : view === 'table'
                ? curveTable(model, this.#shown, localizer, {
                    at: this.#tablePage,
                    onPage: (p) => (this.#tablePage = p),
                  })
                : plot({ ...ctx, tooltip: this.#renderTooltip(ctx), on: this.#on })
          }
        </div>
        ${this.editable && this.#editor ? this.#editor.render() : nothing}
        ${this.editable && this.#editorProblem ? html`<p part="edit-notice" role="alert">${this.#editorProblem}</p>` : nothing}
        <div id=${this.#ids.summary} part="summary" class=${hidden('summary')}>
          <slot name="summary">${this.#summary.map((text) => html`<p>${text}</p>`)}</slot>
        </div>
      </figure>`;
  }

  protected override updated(): void {
    const layout = this.#geometry?.layout;
    if (layout && layout !== this.#announcedLayout) {
      this.#announcedLayout = layout;
      this.dispatchEvent(new JourneyLayoutEvent(layout));
    }
    // The scroller may be narrower than the width laid out for: measured in the next frame, as a
    // scroll is (measured here, inside the update cycle, it would lay the page out twice).
    this.#window.restore();
  }

  /** Loads the editor's chunk the first time `editable` is set, and follows `editable` from then on. */
  #syncEditor(): void {
    if (this.editable && !this.#editor) this.#loadEditor().catch(() => undefined);
    if (!this.editable) return this.#editor?.disconnect();
    this.#editor?.connect();
    this.#editor?.update();
  }

  #loadEditor(): Promise<CurveEditor> {
    this.#editorLoad ??= import('./edit.js')
      .then(({ createCurveEditor }) => {
        this.#editor = createCurveEditor(this.#editContext());
        this.requestUpdate();
        return this.#editor;
      })
      .catch((error: unknown) => {
        // A chunk that did not load (a half-deployed folder) or the single file, which has no
        // editor: said in place, the curve stays readable, and nothing is thrown at the page.
        this.#editorProblem = editorProblem(this.locale.localizer.lang, error);
        this.requestUpdate();
        throw error;
      });
    return this.#editorLoad;
  }

  #editContext(): CurveEditContext {
    return {
      host: this,
      source: this.source,
      locale: this.locale,
      announcer: this.announcer,
      keepFocus: () => this.#focused && this.#grid.focusAfterRender(),
      model: () => this.#model,
      geometry: () => this.#geometry,
      shown: () => this.#shown,
      active: () => this.#active(),
      atPhaseLevel: () => this.#grid.atPhaseLevel,
      pointAt: (event) => pointUnder(this.#plot, event),
      focusPoint: ({ index, curve }) => {
        this.#grid.setActive(
          { column: index, lane: Math.max(0, this.#shown.indexOf(curve)) },
          { focus: true, phaseLevel: false },
        );
        this.#focused = true;
      },
    };
  }

  #renderTooltip({ model, geometry, localizer }: PlotState) {
    const at = this.#tooltipAt;
    return at ? curveTooltip(model, geometry, at.target, at.place, this.#shown, localizer) : nothing;
  }

  #availableWidth(): number {
    const measured = this.#size.width || this.getBoundingClientRect().width;
    return measured > 0 ? Math.round(measured) : 640;
  }

  /** The shown curves, keeping the active one when it is still shown (else the first). */
  #keepActiveCurve(shown: number[]): void {
    const before = this.#shown;
    this.#shown = shown;
    const at = this.#grid.active;
    const curve = before[at.lane] ?? shown[0] ?? 0;
    const lane = Math.max(0, shown.indexOf(curve));
    if (lane !== at.lane) this.#grid.setActive({ column: at.column, lane });
  }

  #active(): PointRef {
    const at = this.#grid.active;
    return { index: at.column, curve: this.#shown[at.lane] ?? this.#shown[0] ?? 0 };
  }

  #shape(): GridShape | null {
    const count = this.#geometry?.layout.columns.length ?? 0;
    return count === 0 ? null : { columns: count, lanes: this.#shown.length, bandStarts: this.#bandStarts };
  }

  /**
   * Reads the font family in a frame after a size report, when the page's style is up to date (read
   * during an update, it forced a style and layout pass: 27 ms in a 10,000-touchpoint map's first
   * render). A new family means the labels are measured and placed again.
   */
  #readFontFamily(): void {
    const family = getComputedStyle(this).fontFamily;
    if (!family || family === this.#fontFamily) return;
    this.#fontFamily = family;
    this.#measure = textMeasurer.measureIn(family);
    textMeasurer.adopt(family);
    this.requestUpdate();
  }

  /** Closes the tooltip; false when none was open (Escape then goes back to the phase level). */
  #closeTooltip(): boolean {
    const open = this.#tooltipTarget() !== null;
    [this.#tooltipOpen, this.#hover] = [false, null];
    return open;
  }

  #tooltipTarget(): PointRef | null {
    if (this.#hover) return this.#hover;
    return this.#focused && this.#tooltipOpen ? this.#active() : null;
  }

  #onGridMove(how: 'cell' | 'phase' | 'drill' | 'up'): void {
    this.#hover = null;
    if (how === 'up') return;
    const { index } = this.#active();
    if (how === 'phase') {
      // Another phase: its start comes to the inline start of the plot, no point's tooltip opens.
      this.#tooltipOpen = false;
      const geometry = this.#geometry!;
      this.#window.toPhase(geometry.layout.bands[geometry.bandOf[index]!]!.x0);
      return;
    }
    this.#tooltipOpen = true;
    this.#window.reveal(index);
  }

  readonly #toggleView = (): void => {
    this.#view = this.#view === 'chart' ? 'table' : 'chart';
    [this.#hover, this.#focused] = [null, false];
  };

  #select(point: PointRef): void {
    const detail = this.#model && selection(this.#model, point);
    if (detail) this.dispatchEvent(new JourneyTouchpointSelectEvent(detail));
  }

  readonly #on: PlotContext['on'] = {
    scroll: () => this.#window.onScroll(),
    keydown: (event) => this.#grid.onKeyDown(event as KeyboardEvent),
    pointermove: (event) => {
      const point = pointUnder(this.#plot, event as PointerEvent);
      if (point?.index !== this.#hover?.index || point?.curve !== this.#hover?.curve) this.#hover = point;
    },
    pointerleave: () => void (this.#hover = null),
    click: (event) => {
      const point = pointUnder(this.#plot, event as MouseEvent);
      if (!point) return;
      // The point takes focus after this render; its tooltip shows as for any focus from outside.
      this.#grid.setActive(
        { column: point.index, lane: this.#shown.indexOf(point.curve) },
        { focus: true, phaseLevel: false },
      );
      [this.#focused, this.#tooltipOpen] = [true, true];
      this.#select(point);
    },
    focusin: (event) => {
      const from = (event as FocusEvent).relatedTarget as Node | null;
      // Arriving from outside the plot (Tab) opens the tooltip of the focused point.
      if (!this.#grid.movingFocus && (!from || !(event.currentTarget as Node).contains(from))) this.#tooltipOpen = true;
      this.#focused = true;
    },
    focusout: (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (next && (event.currentTarget as Node).contains(next)) return;
      // The focused point left the DOM because a keyboard step moved the rendered window: focus
      // moves on to the new point after this render, it does not leave the plot.
      if (!next && this.#grid.focusPending) return;
      [this.#focused, this.#tooltipOpen] = [false, false];
    },
  };
}
