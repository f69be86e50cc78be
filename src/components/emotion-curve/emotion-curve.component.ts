import type { ScaleLinear } from 'd3-scale';
import { LitElement, type PropertyValues, type TemplateResult, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../shared/style-properties.js';
import {
  type EmotionDrop,
  type EmotionPoint,
  type PeakEnd,
  type ScoredPoint,
  curveKeys,
  emotionSeries,
  emotionTrend,
  highestPoints,
  largestDrops,
  lowestPoints,
  peakEndOf,
} from '../../analytics/emotion.js';
import { JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import { type ColumnLayout, type PhaseBand, columnLayout } from '../../layout/columns.js';
import {
  type AxisTick,
  type Box,
  CURVE_KINDS,
  type ColumnLabel,
  type CurveFrame,
  type CurveKind,
  type CurveMarker,
  FRAME,
  LABEL_PADDING,
  type LabelRequest,
  type MeasureText,
  type PlacedLabel,
  columnLabels,
  curveFrame,
  curveMarkers,
  curvePath,
  emotionScale,
  emotionTicks,
  estimateTextWidth,
  hostedCurveFrame,
  placeLabels,
  renderWindow,
} from '../../layout/emotion-curve.js';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import type { Journey, Touchpoint } from '../../model/types.js';
import { renderSourceState } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneySourceController } from '../../shared/journey-source.js';
import { SourceAnnouncer } from '../../shared/announcer.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { inlineOffset, isRtl, readingKey, scrollStart, setScrollStart } from '../../shared/direction.js';
import { PHASE_LEVEL_FROM, PhaseSummaryMemo, describePhase, movePhase } from '../../shared/phase-level.js';
import { type PhaseEntry, phaseFacts } from '../../analytics/phase-facts.js';
import { SizeController } from '../../shared/size-controller.js';
import { personaColour } from '../../shared/theme.js';
import { styles } from './emotion-curve.styles.js';

/** Space left of the first column for the emotion axis (px). */
const AXIS_INSET = 56;
/** Space after the last column (px). */
const END_SPACE = 12;
/** Narrowest a column gets: two lines of a 12 px touchpoint label and an emotion word fit. */
const MIN_COLUMN_WIDTH = 88;
/** Rows of the data table shown at once (bounded DOM for journeys with thousands of touchpoints). */
const TABLE_PAGE = 100;
/** Size of an emotion glyph (px², d3-shape's measure). */
const GLYPH_SIZE = 80;
/** Radius that labels keep clear of around a marker, and around a peak or end ring. */
const MARKER_RADIUS = 7;
const RING_RADIUS = 10;
/** Dash patterns per curve, so lines differ by more than colour. */
const DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 2', '12 4 4 4'] as const;
/** The flag of a moment of truth, centred on (0, 0). */
const MOMENT_FLAG = 'M-4,7V-7L6,-3.5L-4,0';
/** Font size of every text in the drawing (px). */
const TEXT_SIZE = 12;

/** Narrowest inset that holds the axis beside the plot; a hosted curve given less draws its ticks inside the plot. */
const MIN_AXIS_INSET = 40;
/** Where ticks drawn inside the plot start, from the left of the first column (px). */
const INNER_TICK_X = 6;
/** Width of the box of a hosted curve's ticks laid over its plot. */
const OVERLAY_AXIS_WIDTH = 40;

/**
 * How the curve lays itself out: `standalone` (its own title, legend, phase bands, touchpoint
 * labels, table view and summary) or `hosted` (a lane of `<journey-map>`, which shows all of
 * those itself: only the axis, the zero line, the curves, glyphs, peak-end and drop marks).
 */
export const EMOTION_CURVE_MODES = ['standalone', 'hosted'] as const;
/** One layout mode of `<emotion-curve>`. */
export type EmotionCurveMode = (typeof EMOTION_CURVE_MODES)[number];

function isColumnLayout(value: unknown): value is ColumnLayout {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ColumnLayout).columns) &&
    Array.isArray((value as ColumnLayout).bands) &&
    typeof (value as ColumnLayout).columnWidth === 'number'
  );
}

/** One curve: a persona's, or all customers' when the journey has no personas. */
interface CurveModel {
  /** Persona id, or null for all customers. */
  key: string | null;
  /** Persona name, or undefined for all customers. */
  name: string | undefined;
  colour: string;
  dash: string;
  series: EmotionPoint[];
  scored: number;
  first: ScoredPoint | undefined;
  peakEnd: PeakEnd | null;
  drop: EmotionDrop | undefined;
  lowest: ScoredPoint | undefined;
  highest: ScoredPoint | undefined;
  trend: 'rising' | 'falling' | 'level' | null;
}

/** Everything derived from the journey alone. */
interface JourneyModel {
  journey: Journey;
  curves: CurveModel[];
  phaseLabels: Map<string, string>;
}

/** Everything derived from the journey and the width. */
interface Geometry {
  layout: ColumnLayout;
  frame: CurveFrame;
  /** The emotion scale, −5 at the bottom of the plot, +5 at its top. */
  scale: ScaleLinear<number, number>;
  y: (score: number) => number;
  ticks: AxisTick[];
  /** Index in `layout.bands` of each column's band. */
  bandOf: Uint32Array;
}

/** What is drawn for the columns `first…last`. */
interface WindowGeometry {
  first: number;
  last: number;
  x0: number;
  x1: number;
  /** Per curve (all curves, shown or not). */
  paths: string[];
  markers: CurveMarker[][];
  labels: ColumnLabel[];
  bands: PhaseBand[];
  moments: { index: number; x: number; touchpoint: Touchpoint }[];
}

type LabelKind = 'word' | 'peak' | 'end' | 'peak-end' | 'drop';

interface PointLabel extends PlacedLabel {
  kind: LabelKind;
  curve: number;
}

interface MomentBadge {
  index: number;
  x: number;
  text: string | null;
  width: number;
}

/** A point of the plot: a touchpoint on one curve. */
interface PointRef {
  index: number;
  curve: number;
}

const capitalise = (text: string, locale: string) =>
  text === '' ? text : text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

function buildModel(journey: Journey): JourneyModel {
  const personas = journey.personas ?? [];
  const curves = curveKeys(journey).map((key, index): CurveModel => {
    const persona = key === null ? undefined : personas.find((p) => p.id === key);
    const series = emotionSeries(journey, key);
    const scoredPoints = series.filter((p) => p.score !== null);
    const first = scoredPoints[0];
    return {
      key,
      name: persona?.name,
      colour: personaColour(index, persona?.color),
      dash: DASHES[index % DASHES.length]!,
      series,
      scored: scoredPoints.length,
      first: first ? { touchpointId: first.touchpointId, index: first.index, score: first.score! } : undefined,
      peakEnd: peakEndOf(series, key),
      drop: largestDrops(series, 1)[0],
      lowest: lowestPoints(series, 1)[0],
      highest: highestPoints(series, 1)[0],
      trend: emotionTrend(series),
    };
  });
  return { journey, curves, phaseLabels: new Map(journey.phases.map((p) => [p.id, p.label])) };
}

/** The font family the last curve read (most pages have one): a new curve measures with it until it reads its own. */
let lastFontFamily = 'system-ui, sans-serif';

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
 * @csspart toggle - The button that switches between the chart and the data table.
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
 * @fires journey-layout - The column layout changed (width or journey); not bubbling (`JourneyLayoutEvent`).
 */
export class EmotionCurve extends LitElement {
  static override styles = styles;

  /** The journey to show: an object or JSON text, validated on every assignment. */
  @property({ attribute: false }) accessor journey: unknown = undefined;

  /** Address of a journey JSON document to fetch (http: or https:). */
  @property() accessor src: string | undefined = undefined;

  /**
   * How long fetching `src` may take, body included, in seconds (15 unless given; at most 600).
   * A slower answer shows the error panel and fires `journey-error` with code FETCH.
   */
  @property({ type: Number }) accessor timeout: number | null = null;

  /** The persona whose curve is shown, by id, or `all` to overlay every persona. */
  @property({ reflect: true }) accessor persona = 'all';

  /** How the line between touchpoints is drawn: `monotone` (smooth, never overshooting), `linear` or `step`. */
  @property({ reflect: true }) accessor curve: CurveKind = 'monotone';

  /**
   * A column layout to draw on instead of computing one (set by a hosting `<journey-map>`, so
   * its lanes and this curve share one geometry). Ignored when its columns do not match the journey.
   */
  @property({ attribute: false }) accessor layout: ColumnLayout | undefined = undefined;

  @state() accessor #view: 'chart' | 'table' = 'chart';
  @state() accessor #active: PointRef = { index: 0, curve: 0 };
  /** A long curve (see PHASE_LEVEL_FROM) starts at the phase level: the keyboard goes phase by phase until Enter. */
  @state() accessor #phaseLevel = false;
  readonly #phaseSummary = new PhaseSummaryMemo();
  @state() accessor #hover: PointRef | null = null;
  @state() accessor #tooltipOpen = false;
  @state() accessor #focused = false;
  @state() accessor #tablePage = 0;

  readonly #source = new JourneySourceController(this);
  readonly #locale = new LocaleController(this, { journeyLocale: () => this.#source.journey?.locale });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  readonly #announcer = new SourceAnnouncer(this, this.#source, this.#locale);
  readonly #size = new SizeController(this, { onFrame: () => this.#readFontFamily() });

  readonly #ids = {
    title: uniqueId('curve-title'),
    summary: uniqueId('curve-summary'),
    view: uniqueId('curve-view'),
  };
  #clipIds: string[] = [];

  #mode: EmotionCurveMode = 'standalone';
  #model: JourneyModel | undefined;
  #geometry: Geometry | undefined;
  #laidOutWidth = -1;
  #geometryVersion = 0;
  #window: WindowGeometry | undefined;
  #windowKey = '';
  #pointLabels: PointLabel[] = [];
  #momentBadges: MomentBadge[] = [];
  #labelsKey = '';
  #summary: string[] = [];
  #summaryKey = '';
  #shown: number[] = [];

  #scrollLeft = 0;
  /** The plot's scroll offset must go back to the start (a new journey). */
  #scrollReset = false;
  #viewport = 0;
  #scrollFrame = 0;
  #focusPending = false;
  /** True while `updated()` moves focus itself (not a user arriving from outside the plot). */
  #movingFocus = false;
  #announcedLayout: ColumnLayout | undefined;
  #measureContext: CanvasRenderingContext2D | null | undefined;
  /** The font family labels are measured in: the last one any curve read, until this one reads its own (see #readFontFamily). */
  #fontFamily = lastFontFamily;

  /** The column layout the curve is drawn on (its own, or the one given as `layout`); undefined without a journey. */
  get columnLayout(): ColumnLayout | undefined {
    return this.#geometry?.layout;
  }

  /** How the curve is laid out now: `hosted` while a `layout` is given (a lane of `<journey-map>`), else `standalone`. */
  get mode(): EmotionCurveMode {
    return this.#mode;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#scrollFrame !== 0) cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
  }

  /**
   * Hands the inputs to the source controller and applies them at once (`sync()`), so an inline
   * or connect-time journey is drawn in this very update; then derives what is drawn, each step
   * only when its inputs changed.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) this.#source.setJourney(this.journey);
    if (changed.has('timeout')) this.#source.setTimeoutSeconds(this.timeout);
    if (changed.has('src')) this.#source.setSrc(this.src);
    this.#source.sync();
    this.#mode = isColumnLayout(this.layout) ? 'hosted' : 'standalone';
    try {
      this.#derive(changed);
    } catch (cause) {
      // Never a blank box or an uncaught exception: the error panel shows a RENDER failure.
      this.#model = undefined;
      this.#geometry = undefined;
      this.#window = undefined;
      this.#source.reportRenderError(cause);
    }
  }

  #derive(changed: PropertyValues<this>): void {
    const journey = this.#source.status === 'ready' ? this.#source.journey : undefined;
    if (!journey) {
      // The plot is about to go, and focus with it: said here, before the render, not by its focusout.
      this.#focused = false;
      this.#tooltipOpen = false;
      this.#model = undefined;
      this.#geometry = undefined;
      this.#window = undefined;
      this.#windowKey = '';
      this.#labelsKey = '';
      this.#summaryKey = '';
      return;
    }
    const localizer = this.#locale.localizer;

    let modelChanged = false;
    if (this.#model?.journey !== journey) {
      // A first journey's plot is new, at the start: only a journey that replaces another resets a scroll.
      const replacing = this.#model !== undefined;
      this.#model = buildModel(journey);
      this.#active = { index: 0, curve: 0 };
      this.#phaseLevel = journey.touchpoints.length >= PHASE_LEVEL_FROM;
      this.#hover = null;
      this.#tablePage = 0;
      this.#scrollLeft = 0;
      this.#scrollReset = replacing;
      modelChanged = true;
      if (this.#focused) {
        // New data while a point has focus: focus stays in the plot, on the first point; with no
        // touchpoints left it is gone (said now, so the focusout during the render changes nothing).
        if (journey.touchpoints.length > 0) this.#focusPending = true;
        else {
          this.#focused = false;
          this.#tooltipOpen = false;
        }
      }
    }
    const model = this.#model;

    const hosted = this.#mode === 'hosted';
    // A hosted curve draws on the layout it is given, whatever its own width.
    const width = hosted ? 0 : this.#availableWidth();
    if (modelChanged || changed.has('layout') || width !== this.#laidOutWidth || !this.#geometry) {
      this.#geometry = this.#layOut(model, width);
      this.#geometryVersion += 1;
      this.#laidOutWidth = width;
      // The host virtualises its columns itself: a hosted curve draws every column it is given.
      this.#viewport = hosted ? this.#geometry.layout.width : Math.min(width, this.#geometry.layout.width);
    }
    const geometry = this.#geometry;

    this.#shown = this.#shownCurves(model);
    if (!this.#shown.includes(this.#active.curve)) this.#active = { ...this.#active, curve: this.#shown[0] ?? 0 };

    const range = renderWindow(geometry.layout, this.#scrollLeft, this.#viewport, Math.max(this.#viewport, 600));
    const windowKey = `${this.#geometryVersion}:${range.first}:${range.last}:${this.curve}`;
    if (!this.#window || windowKey !== this.#windowKey) {
      this.#window = this.#windowGeometry(model, geometry, range.first, range.last);
      this.#windowKey = windowKey;
      this.#labelsKey = '';
    }
    const labelsKey = `${this.#windowKey}|${this.#shown.join(',')}|${localizer.locale}|${this.#mode}`;
    if (labelsKey !== this.#labelsKey) {
      this.#pointLabels = this.#placePointLabels(model, geometry, this.#window, localizer);
      this.#momentBadges = this.#placeMoments(geometry, this.#window, localizer);
      this.#labelsKey = labelsKey;
    }
    const summaryKey = `${this.#shown.join(',')}|${localizer.locale}`;
    if (modelChanged || summaryKey !== this.#summaryKey) {
      this.#summary = this.#buildSummary(model, localizer);
      this.#summaryKey = summaryKey;
    }
  }

  protected override render(): TemplateResult {
    const localizer = this.#locale.localizer;
    const sourceState = renderSourceState(this.#source, localizer);
    const model = this.#model;
    const geometry = this.#geometry;
    if (this.#source.status !== 'ready' || !model || !geometry) {
      return html`<div class="state" lang=${localizer.locale}>${sourceState}</div>`;
    }
    const m = localizer.messages;
    // Hosted, the map shows the title, the legend, the table view and the summary itself; the
    // caption and the summary stay for screen readers.
    const hosted = this.#mode === 'hosted';
    const noEmotions = model.curves.every((c) => c.scored === 0);
    const noTouchpoints = model.journey.touchpoints.length === 0;
    const view = hosted || noEmotions ? 'chart' : this.#view;
    return html`${sourceState}
      <figure
        part="figure"
        class=${hosted ? 'figure figure--hosted' : 'figure'}
        aria-labelledby=${this.#ids.title}
        aria-describedby=${this.#ids.summary}
        lang=${localizer.locale}
      >
        <figcaption id=${this.#ids.title} class=${hosted ? 'title journey-visually-hidden' : 'title'}>${model.journey.title}</figcaption>
        ${
          hosted || noEmotions
            ? nothing
            : html`<button part="toggle" class="toggle" type="button" aria-controls=${this.#ids.view} @click=${this.#toggleView}>
                ${view === 'table' ? m.showChart : m.showDataTable}
              </button>
              ${this.#renderLegend(model, localizer)}`
        }
        <div class="view" id=${this.#ids.view}>
          ${
            noTouchpoints
              ? html`<p part="status" class="journey-status empty">${capitalise(m.emotionCurve.noEmotions, localizer.locale)}</p>`
              : view === 'table'
                ? this.#renderTable(model, localizer)
                : this.#renderPlot(model, geometry, localizer)
          }
        </div>
        <div id=${this.#ids.summary} part="summary" class=${hosted ? 'summary journey-visually-hidden' : 'summary'}>
          <slot name="summary">${this.#summary.map((text) => html`<p>${text}</p>`)}</slot>
        </div>
      </figure>`;
  }

  protected override updated(): void {
    const geometry = this.#geometry;
    if (geometry && geometry.layout !== this.#announcedLayout) {
      this.#announcedLayout = geometry.layout;
      this.dispatchEvent(new JourneyLayoutEvent(geometry.layout));
    }
    // A hosted curve never scrolls itself (the host scrolls it): nothing to restore or measure.
    const scroller = this.#mode === 'standalone' ? this.#scroller() : null;
    if (scroller) {
      // Reading scrollLeft lays the page out: only when there is an offset to restore (a scrolled
      // plot re-created, or a journey that replaced another reset to the start), not on every update.
      if (this.#scrollLeft > 0 || this.#scrollReset) {
        this.#scrollReset = false;
        if (Math.abs(scrollStart(scroller) - this.#scrollLeft) > 1)
          setScrollStart(scroller, this.#scrollLeft, isRtl(this));
      }
      // The scroller may be narrower than the width laid out for: measured in the next frame, as a
      // scroll is (measured here, inside the update cycle, it would lay the page out twice).
      if (geometry) this.#onScroll();
    }
    if (this.#focusPending) {
      this.#focusPending = false;
      const item = this.renderRoot.querySelector<SVGGElement>('.chart [tabindex="0"]');
      this.#movingFocus = true;
      item?.focus({ preventScroll: true });
      this.#movingFocus = false;
    }
  }

  // ----- derivation (called from #derive only) -----

  #availableWidth(): number {
    const measured = this.#size.width || this.getBoundingClientRect().width;
    return measured > 0 ? Math.round(measured) : 640;
  }

  #layOut(model: JourneyModel, width: number): Geometry {
    const given = this.layout;
    const fits =
      given !== undefined &&
      given.columns.length === model.journey.touchpoints.length &&
      given.columns.every((c, i) => c.touchpointId === model.journey.touchpoints[i]!.id);
    const own = () =>
      columnLayout(model.journey, {
        width: width || this.#availableWidth(),
        minColumnWidth: MIN_COLUMN_WIDTH,
        inset: AXIS_INSET,
        end: END_SPACE,
      });
    const layout = fits ? given : own();
    const basis = width || layout.width;
    const height = basis < 480 ? 340 : basis >= 1600 ? 440 : 380;
    const frame = this.#mode === 'hosted' ? hostedCurveFrame() : curveFrame(height);
    const scale = emotionScale(frame.plotTop, frame.plotBottom);
    const bandOf = new Uint32Array(layout.columns.length);
    layout.bands.forEach((band, b) => bandOf.fill(b, band.firstIndex, band.lastIndex + 1));
    return { layout, frame, scale, y: (score) => scale(score), ticks: emotionTicks(scale), bandOf };
  }

  #shownCurves(model: JourneyModel): number[] {
    const wanted = (this.persona ?? 'all').trim();
    if (wanted !== '' && wanted !== 'all') {
      const index = model.curves.findIndex((c) => c.key === wanted);
      if (index >= 0) return [index];
    }
    return model.curves.map((_, i) => i);
  }

  #windowGeometry(model: JourneyModel, geometry: Geometry, first: number, last: number): WindowGeometry {
    const { layout, scale } = geometry;
    const kind = (CURVE_KINDS as readonly string[]).includes(this.curve) ? this.curve : 'monotone';
    const count = layout.columns.length;
    const x0 = first <= 0 || count === 0 ? 0 : layout.columns[first]!.x0;
    const x1 = last >= count - 1 || count === 0 ? layout.width : layout.columns[last]!.x1;
    const touchpoints = model.journey.touchpoints;
    // A hosting map draws the phases, the touchpoint labels and the moments of truth in lanes of its own.
    const hosted = this.#mode === 'hosted';
    const moments: WindowGeometry['moments'] = [];
    for (let i = Math.max(0, first); i <= last && !hosted; i += 1) {
      const touchpoint = touchpoints[i]!;
      if (touchpoint.momentOfTruth) moments.push({ index: i, x: layout.columns[i]!.cx, touchpoint });
    }
    return {
      first,
      last,
      x0,
      x1,
      paths: model.curves.map((c) => curvePath(c.series, layout, scale, kind, first, last)),
      markers: model.curves.map((c) => curveMarkers(c.series, layout, scale, first, last)),
      labels: hosted
        ? []
        : columnLabels(
            touchpoints.map((t) => t.label),
            layout,
            { fontSize: TEXT_SIZE, measure: this.#measure, first, last },
          ),
      bands: hosted ? [] : layout.bands.filter((b) => b.lastIndex >= first && b.firstIndex <= last),
      moments,
    };
  }

  /**
   * Reads the font family labels are measured in, in a frame after a size report (SizeController's
   * `onFrame`), when the page's style is up to date. Reading it during an update forced a style and
   * layout pass of everything the update had just rendered (27 ms inside a 10,000-touchpoint map's
   * first render, and again on every scroll that changed its lane window). When it differs from
   * the one used, the labels are measured and placed again.
   */
  #readFontFamily(): void {
    const family = getComputedStyle(this).fontFamily;
    if (!family || family === this.#fontFamily) return;
    this.#fontFamily = family;
    lastFontFamily = family;
    this.#windowKey = '';
    this.#labelsKey = '';
    this.requestUpdate();
  }

  readonly #measure: MeasureText = (text, fontSize) => {
    if (this.#measureContext === undefined) {
      this.#measureContext = document.createElement('canvas').getContext('2d');
    }
    const context = this.#measureContext;
    if (!context) return estimateTextWidth(text, fontSize);
    context.font = `${fontSize}px ${this.#fontFamily}`;
    // A pixel of slack for sub-pixel rounding between canvas and SVG text.
    return context.measureText(text).width + 1;
  };

  #placePointLabels(model: JourneyModel, geometry: Geometry, win: WindowGeometry, localizer: Localizer): PointLabel[] {
    const m = localizer.messages;
    const { frame, layout } = geometry;
    const maxWidth = Math.max(0, layout.columnWidth - 2 * LABEL_PADDING);
    const hosted = this.#mode === 'hosted';
    // Ticks drawn inside the plot are obstacles too, so no label covers them.
    const tickBoxes: Box[] = this.#innerTicks(geometry).map((t) => ({
      x0: t.x - 2,
      x1: t.x + this.#measure(localizer.signed(t.value), TEXT_SIZE) + 2,
      y0: t.y - TEXT_SIZE / 2 - 2,
      y1: t.y + TEXT_SIZE / 2 + 2,
    }));
    const ticksEnd = Math.max(-Infinity, ...tickBoxes.map((b) => b.x1));
    const out: PointLabel[] = [];
    for (let i = Math.max(0, win.first); i <= win.last; i += 1) {
      const slot = i - win.first;
      const here = this.#shown
        .map((c) => ({ c, marker: win.markers[c]![slot]! }))
        .filter((h): h is { c: number; marker: CurveMarker & { y: number; score: number } } => h.marker.y !== null);
      if (here.length === 0) continue;
      const topmost = here.reduce((a, b) => (b.marker.y < a.marker.y ? b : a));
      const obstacles: Box[] = here.map(({ marker }) => ({
        x0: marker.x - MARKER_RADIUS,
        x1: marker.x + MARKER_RADIUS,
        y0: marker.y - MARKER_RADIUS,
        y1: marker.y + MARKER_RADIUS,
      }));
      if (layout.columns[i]!.x0 < ticksEnd) obstacles.push(...tickBoxes);
      const requests: LabelRequest[] = [];
      const kinds = new Map<string, { kind: LabelKind; curve: number }>();
      const said: { text: string; y: number }[] = [];
      const add = (
        kind: LabelKind,
        c: number,
        text: string,
        priority: number,
        prefer: 'above' | 'below',
        radius: number,
      ) => {
        const marker = win.markers[c]![slot]!;
        // Two curves meeting at one spot with the same text (a shared emotion, a shared peak) need it once.
        if (said.some((w) => w.text === text && Math.abs(w.y - marker.y!) < 2 * MARKER_RADIUS)) return;
        said.push({ text, y: marker.y! });
        const key = `${kind}:${c}`;
        kinds.set(key, { kind, curve: c });
        requests.push({ key, text, x: marker.x, y: marker.y!, radius, priority, prefer, fontSize: TEXT_SIZE });
      };
      for (const { c, marker } of here) {
        const curve = model.curves[c]!;
        const side: 'above' | 'below' = marker === topmost.marker ? 'above' : 'below';
        const pe = curve.peakEnd;
        const isPeak = pe?.peak.index === i;
        const isEnd = pe?.end.index === i;
        const ringed = isPeak || isEnd;
        if (isPeak && isEnd)
          add('peak-end', c, `${m.peak}/${m.end} ${localizer.signed(marker.score)}`, 3, side, RING_RADIUS);
        else if (isPeak)
          add(
            'peak',
            c,
            `${m.peak} ${localizer.signed(marker.score)}`,
            3,
            marker.score < 0 ? 'below' : side,
            RING_RADIUS,
          );
        else if (isEnd) add('end', c, `${m.end} ${localizer.signed(marker.score)}`, 3, side, RING_RADIUS);
        if (curve.drop?.to.index === i) {
          add('drop', c, `↓ ${localizer.signed(-curve.drop.drop)}`, 2, 'below', ringed ? RING_RADIUS : MARKER_RADIUS);
        }
        // Hosted, the map's legend says which emotion each glyph stands for.
        if (marker.label !== undefined && !hosted) {
          add('word', c, localizer.emotionWord(marker.label), 1, side, ringed ? RING_RADIUS : MARKER_RADIUS);
        }
      }
      const placed = placeLabels(requests, {
        maxWidth,
        top: frame.marksTop,
        bottom: frame.plotBottom + FRAME.plotPadding,
        obstacles,
        measure: this.#measure,
      });
      for (const label of placed) {
        const info = kinds.get(label.key)!;
        out.push({ ...label, key: `${label.key}:${i}`, kind: info.kind, curve: info.curve });
      }
    }
    return out;
  }

  /**
   * The ticks of a hosted curve whose layout leaves no room for an axis beside the plot: laid
   * over the plot's start (#renderOverlayAxis), where they lie over the first column unless the
   * host is scrolled; point labels there keep clear of them. None otherwise.
   */
  #innerTicks(geometry: Geometry): (AxisTick & { x: number })[] {
    const { layout, ticks } = geometry;
    if (this.#mode !== 'hosted' || layout.inset >= MIN_AXIS_INSET || layout.columns.length === 0) return [];
    const x = layout.columns[0]!.x0 + INNER_TICK_X;
    return ticks.map((t) => ({ ...t, x }));
  }

  #placeMoments(geometry: Geometry, win: WindowGeometry, localizer: Localizer): MomentBadge[] {
    const room = geometry.layout.columnWidth - 2 * LABEL_PADDING - 16;
    return win.moments.map(({ index, x, touchpoint }) => {
      const word = localizer.messages.momentOfTruthKinds[touchpoint.momentOfTruth!.kind];
      // The word is set in semibold: about 8 % wider than the regular weight measured.
      const width = this.#measure(word, TEXT_SIZE) * 1.08;
      return width <= room ? { index, x, text: word, width } : { index, x, text: null, width: 0 };
    });
  }

  #curveName(curve: CurveModel, localizer: Localizer): string {
    return curve.name ?? capitalise(localizer.messages.allCustomers, localizer.locale);
  }

  #buildSummary(model: JourneyModel, localizer: Localizer): string[] {
    const m = localizer.messages;
    const touchpoints = model.journey.touchpoints;
    // Without touchpoints the empty state says all there is to say.
    if (touchpoints.length === 0) return [];
    const at = (p: ScoredPoint) =>
      `${touchpoints[p.index]!.label} (${localizer.signed(p.score)}, ${localizer.polarity(p.score)})`;
    const parts = this.#shown.map((c) => {
      const curve = model.curves[c]!;
      const subject = curve.name ?? m.allCustomers;
      if (!curve.peakEnd || !curve.first || !curve.lowest || !curve.highest) {
        return `${capitalise(subject, localizer.locale)}: ${m.emotionCurve.noEmotions}.`;
      }
      const pe = curve.peakEnd;
      const sentences = [
        m.summary.emotionCurve({
          subject,
          count: curve.scored,
          start: at(curve.first),
          end: at(pe.end),
          lowest: at(curve.lowest),
          highest: at(curve.highest),
          trend: curve.trend,
        }),
        `${capitalise(m.peak, localizer.locale)} ${localizer.signed(pe.peak.score)} (${touchpoints[pe.peak.index]!.label}), ` +
          `${m.end} ${localizer.signed(pe.end.score)} (${touchpoints[pe.end.index]!.label}): ` +
          `${m.rememberedExperience} ${localizer.signed(pe.remembered)}.`,
      ];
      if (curve.drop) {
        sentences.push(
          `${capitalise(m.largestDrop, localizer.locale)} ${localizer.signed(-curve.drop.drop)}: ` +
            `${touchpoints[curve.drop.from.index]!.label} → ${touchpoints[curve.drop.to.index]!.label}.`,
        );
      }
      return sentences.join(' ');
    });
    return parts;
  }

  // ----- rendering -----

  #renderLegend(model: JourneyModel, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const hasMoments = model.journey.touchpoints.some((t) => t.momentOfTruth);
    const hasDrops = this.#shown.some((c) => model.curves[c]!.drop);
    const hasPeaks = this.#shown.some((c) => model.curves[c]!.peakEnd);
    return html`<ul part="legend" class="legend">
      ${repeat(
        this.#shown,
        (c) => c,
        (c) => {
          const curve = model.curves[c]!;
          const pe = curve.peakEnd;
          return html`<li class="legend-curve" data-curve=${c} data-remembered=${pe ? String(pe.remembered) : nothing}>
            <span class="legend-key">
              <svg class="swatch" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" style=${styleProperties({ '--curve-colour': curve.colour })}>
                <line x1="1" y1="6" x2="39" y2="6" class="swatch-line" stroke-dasharray=${curve.dash}></line>
                <circle cx="20" cy="6" r="3.5" class="dot"></circle>
              </svg>
              <span class="legend-name">${this.#curveName(curve, localizer)}</span>
            </span>
            ${
              pe
                ? html`<span class="legend-remembered">${m.rememberedExperience} <strong>${localizer.signed(pe.remembered)}</strong></span>`
                : html`<span class="legend-remembered">${m.noData}</span>`
            }
          </li>`;
        },
      )}
      ${
        hasPeaks
          ? html`<li class="legend-mark">
            <svg class="swatch" width="20" height="16" viewBox="-10 -8 20 16" aria-hidden="true"><circle r=${RING_RADIUS - 3} class="ring"></circle></svg>
            <span>${capitalise(m.peak, localizer.locale)} / ${m.end}</span>
          </li>`
          : nothing
      }
      ${
        hasDrops
          ? html`<li class="legend-mark">
            <svg class="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true"><line x1="3" y1="4" x2="25" y2="12" class="drop-halo"></line></svg>
            <span>${capitalise(m.largestDrop, localizer.locale)}</span>
          </li>`
          : nothing
      }
      ${
        hasMoments
          ? html`<li class="legend-mark">
            <svg class="swatch" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><path d=${MOMENT_FLAG} class="moment-flag"></path></svg>
            <span>${capitalise(m.momentOfTruth, localizer.locale)}</span>
          </li>`
          : nothing
      }
    </ul>`;
  }

  #renderPlot(model: JourneyModel, geometry: Geometry, localizer: Localizer): TemplateResult {
    const { layout, frame } = geometry;
    return html`<div class="plot-wrap">
      <div part="plot" class="scroller${this.#scrollLeft > 0 ? ' scroller--scrolled' : ''}" @scroll=${this.#onScroll}>
        <div
          class="canvas"
          style=${styleProperties({
            width: `${layout.width}px`,
            height: `${frame.height}px`,
            '--inset': `${layout.inset}px`,
            '--band-height': `${frame.bandBottom}px`,
          })}
        >
          ${this.#renderAxis(geometry, localizer)} ${this.#renderBandLabels(geometry)} ${this.#renderChart(model, geometry, localizer)}
        </div>
      </div>
      ${this.#mode === 'hosted' ? nothing : this.#renderTooltip(model, geometry, localizer)}
    </div>`;
  }

  #renderAxis(geometry: Geometry, localizer: Localizer): TemplateResult | typeof nothing {
    const { layout, frame, ticks } = geometry;
    const inset = layout.inset;
    const hosted = this.#mode === 'hosted';
    // A hosted curve with no room beside the plot lays its ticks over the plot (#innerTicks).
    if (hosted && inset < MIN_AXIS_INSET) return this.#renderOverlayAxis(geometry, localizer);
    const middle = (frame.plotTop + frame.plotBottom) / 2;
    // The axis sits at the inline start: its numbers face the plot, its title the outer edge.
    const rtl = isRtl(this);
    const tickX = rtl ? 8 : inset - 8;
    return html`<div class="axis" aria-hidden="true" style=${styleProperties({ width: `${inset}px`, height: `${frame.height}px` })}>
      <svg width=${inset} height=${frame.height} viewBox="0 0 ${inset} ${frame.height}">
        ${
          inset >= 48 && !hosted
            ? svg`<text class="axis-title" text-anchor="middle" transform="translate(${rtl ? inset - 14 : 14} ${middle}) rotate(-90)">${localizer.messages.axis.emotion}</text>`
            : nothing
        }
        ${ticks.map(
          (t) =>
            svg`<text class="tick-label${t.value === 0 ? ' tick-label--zero' : ''}" x=${tickX} y=${t.y} dy="0.35em" text-anchor=${rtl ? 'start' : 'end'}>${localizer.signed(t.value)}</text>`,
        )}
      </svg>
    </div>`;
  }

  /**
   * The ticks of a hosted curve laid over the plot's start, in a box that takes no room and
   * sticks beside the host's sticky lane headers (`--journey-axis-sticky-start`) while the
   * host scrolls, so the numbers stay readable wherever the map is scrolled to.
   */
  #renderOverlayAxis(geometry: Geometry, localizer: Localizer): TemplateResult {
    const { frame, ticks } = geometry;
    const rtl = isRtl(this);
    const width = OVERLAY_AXIS_WIDTH;
    return html`<div
      class="axis axis--overlay"
      aria-hidden="true"
      style=${styleProperties({ width: `${width}px`, height: `${frame.height}px`, 'margin-inline-end': `${-width}px` })}
    >
      <svg width=${width} height=${frame.height} viewBox="0 0 ${width} ${frame.height}">
        ${ticks.map(
          (t) =>
            svg`<text class="tick-label tick-label--inside${t.value === 0 ? ' tick-label--zero' : ''}" x=${rtl ? width - INNER_TICK_X : INNER_TICK_X} y=${t.y} dy="0.35em" text-anchor=${rtl ? 'end' : 'start'}>${localizer.signed(t.value)}</text>`,
        )}
      </svg>
    </div>`;
  }

  #renderBandLabels(geometry: Geometry): TemplateResult | typeof nothing {
    const win = this.#window!;
    if (win.bands.length === 0) return nothing;
    return html`<div class="bands" aria-hidden="true" style=${styleProperties({ height: `${geometry.frame.bandBottom}px` })}>
      ${repeat(
        win.bands,
        (b) => b.firstIndex,
        (b) =>
          html`<div class="band${b.phaseIndex % 2 === 1 ? ' band--odd' : ''}" style=${styleProperties({ 'inset-inline-start': `${b.x0}px`, width: `${b.x1 - b.x0}px` })}>
            <span class="band-label">${b.label}</span>
          </div>`,
      )}
    </div>`;
  }

  #renderChart(model: JourneyModel, geometry: Geometry, localizer: Localizer): TemplateResult {
    const win = this.#window!;
    const { frame, layout } = geometry;
    const width = Math.max(1, win.x1 - win.x0);
    const n = layout.columns.length;
    const highlight = this.#tooltipTarget() ?? (this.#focused && !this.#atPhaseLevel() ? this.#active : null);
    const noScores = this.#shown.every((c) => model.curves[c]!.scored === 0);
    // tabindex -1: Chromium makes an <svg> with focus listeners a tab stop of its own; the one tab
    // stop is the active point.
    return html`<svg
      class="chart mirror-rtl"
      role="group"
      tabindex="-1"
      aria-label=${`${localizer.messages.elementNames.emotionCurve}: ${model.journey.title}`}
      width=${width}
      height=${frame.height}
      viewBox="${win.x0} 0 ${width} ${frame.height}"
      style=${styleProperties({ 'inset-inline-start': `${win.x0}px` })}
      @keydown=${this.#onKeyDown}
      @pointermove=${this.#onPointerMove}
      @pointerleave=${this.#onPointerLeave}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
    >
      <g aria-hidden="true">
        ${this.#renderBackdrop(geometry, win)}
        ${
          highlight && highlight.index >= win.first && highlight.index <= win.last
            ? svg`<rect class="column-highlight" x=${layout.columns[highlight.index]!.x0} width=${layout.columnWidth} y=${frame.bandBottom} height=${frame.height - frame.bandBottom}></rect>`
            : nothing
        }
        ${this.#renderMoments(geometry)}
        ${this.#renderDrops(model, geometry, win)}
        ${repeat(
          this.#shown,
          (c) => c,
          (c) => {
            const curve = model.curves[c]!;
            return svg`<path class="curve-line" data-curve=${c} d=${win.paths[c]!} stroke-dasharray=${curve.dash} style=${styleProperties({ '--curve-colour': curve.colour })}></path>`;
          },
        )}
        ${this.#renderRings(model, win)}
      </g>
      ${this.#atPhaseLevel() ? this.#renderPhaseTarget(model, geometry, localizer) : nothing}
      <g class="points">${this.#renderPoints(model, geometry, win, localizer)}</g>
      <g aria-hidden="true">
        ${repeat(
          this.#pointLabels,
          (l) => l.key,
          (l) =>
            svg`<text class="point-label point-label--${l.kind}" data-curve=${l.curve} x=${l.x} y=${l.y} text-anchor="middle">${l.text}</text>`,
        )}
        ${repeat(
          win.labels,
          (l) => l.index,
          (l) =>
            svg`<text class="column-label${highlight?.index === l.index ? ' column-label--active' : ''}" data-index=${l.index} x=${l.x} y=${frame.labelTop} text-anchor="middle">${l.lines.map(
              (line, k) => svg`<tspan x=${l.x} dy=${k === 0 ? 0 : frame.labelLineHeight}>${line}</tspan>`,
            )}</text>`,
        )}
        ${
          noScores
            ? svg`<text class="no-data" x=${Math.max(layout.inset, win.x0) + Math.min(this.#viewport || 320, win.x1 - win.x0) / 2} y=${(frame.plotTop + frame.plotBottom) / 2 - 12} text-anchor="middle">${capitalise(localizer.messages.emotionCurve.noEmotions, localizer.locale)}</text>`
            : nothing
        }
        ${this.#focused && n > 0 && !this.#atPhaseLevel() ? this.#renderFocusRing(geometry, win) : nothing}
      </g>
    </svg>`;
  }

  #renderBackdrop(geometry: Geometry, win: WindowGeometry) {
    const { frame, ticks, layout } = geometry;
    const left = Math.max(win.x0, layout.inset);
    // A hosted curve's layout has no end space: the plot runs to the last column's edge.
    const right = Math.min(win.x1, this.#mode === 'hosted' ? layout.width : layout.width - END_SPACE / 2);
    const zero = geometry.y(0);
    return svg`
      ${repeat(
        win.bands,
        (b) => b.firstIndex,
        (
          b,
        ) => svg`<rect class="band-fill${b.phaseIndex % 2 === 1 ? ' band-fill--odd' : ''}" x=${b.x0} width=${b.x1 - b.x0} y=${frame.bandTop} height=${frame.height}></rect>
          ${b.firstIndex > 0 ? svg`<line class="band-separator" x1=${b.x0} x2=${b.x0} y1=${frame.bandTop} y2=${frame.plotBottom + FRAME.plotPadding}></line>` : nothing}`,
      )}
      <rect class="zone zone--positive" x=${left} width=${Math.max(0, right - left)} y=${frame.plotTop} height=${zero - frame.plotTop}></rect>
      <rect class="zone zone--negative" x=${left} width=${Math.max(0, right - left)} y=${zero} height=${frame.plotBottom - zero}></rect>
      ${ticks.map((t) =>
        t.value === 0 ? nothing : svg`<line class="grid-line" x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>`,
      )}
      <line class="zero-line" x1=${left} x2=${right} y1=${zero} y2=${zero}></line>
    `;
  }

  #renderMoments(geometry: Geometry) {
    const { frame } = geometry;
    return repeat(
      this.#momentBadges,
      (b) => b.index,
      (b) => {
        const total = b.text === null ? 0 : b.width + 16;
        const flagX = b.text === null ? b.x : b.x - total / 2 + 5;
        return svg`<g class="moment" data-index=${b.index}>
          <line class="moment-line" x1=${b.x} x2=${b.x} y1=${frame.momentY + 10} y2=${frame.plotBottom + FRAME.plotPadding}></line>
          <path class="moment-flag" d=${MOMENT_FLAG} transform="translate(${flagX} ${frame.momentY})"></path>
          ${b.text === null ? nothing : svg`<text class="moment-text" x=${flagX + 10} y=${frame.momentY} dy="0.35em">${b.text}</text>`}
        </g>`;
      },
    );
  }

  #renderDrops(model: JourneyModel, geometry: Geometry, win: WindowGeometry) {
    const { layout, frame } = geometry;
    return this.#shown.map((c) => {
      const curve = model.curves[c]!;
      const drop = curve.drop;
      if (!drop || drop.to.index < win.first || drop.from.index > win.last) return nothing;
      const x0 = layout.columns[drop.from.index]!.cx;
      const x1 = layout.columns[drop.to.index]!.cx;
      if (drop.to.index - drop.from.index > 1) {
        // The drop is measured across a gap, where no line is drawn: highlight it as a straight span.
        return svg`<path class="drop-halo" data-curve=${c} data-from=${drop.from.index} data-to=${drop.to.index}
          d="M${x0},${geometry.y(drop.from.score)}L${x1},${geometry.y(drop.to.score)}"></path>`;
      }
      const id = (this.#clipIds[c] ??= uniqueId('curve-drop'));
      return svg`<clipPath id=${id}><rect x=${x0} width=${x1 - x0} y=${frame.bandTop} height=${frame.height}></rect></clipPath>
        <path class="drop-halo" data-curve=${c} data-from=${drop.from.index} data-to=${drop.to.index} d=${win.paths[c]!} clip-path="url(#${id})"></path>`;
    });
  }

  #renderRings(model: JourneyModel, win: WindowGeometry) {
    return this.#shown.map((c) => {
      const pe = model.curves[c]!.peakEnd;
      if (!pe) return nothing;
      const marks =
        pe.peak.index === pe.end.index
          ? [['peak-end', pe.peak] as const]
          : [['peak', pe.peak] as const, ['end', pe.end] as const];
      return marks.map(([kind, point]) => {
        if (point.index < win.first || point.index > win.last) return nothing;
        const marker = win.markers[c]![point.index - win.first]!;
        return svg`<circle class="peak-end-mark" data-kind=${kind} data-curve=${c} data-index=${point.index} data-value=${String(point.score)}
          cx=${marker.x} cy=${marker.y!} r=${RING_RADIUS}></circle>`;
      });
    });
  }

  #renderPoints(model: JourneyModel, geometry: Geometry, win: WindowGeometry, localizer: Localizer) {
    const active = this.#active;
    // The point with the tab stop is drawn even outside the window, so focus has a target; at the phase level a phase holds it.
    const outside = (active.index < win.first || active.index > win.last) && !this.#atPhaseLevel();
    return svg`${repeat(
      this.#shown,
      (c) => c,
      (c) => {
        const curve = model.curves[c]!;
        return svg`<g class="curve-points" data-curve=${c} style=${styleProperties({ '--curve-colour': curve.colour })}>${repeat(
          win.markers[c]!,
          (marker) => marker.index,
          (marker) => this.#renderPoint(model, geometry, c, marker, localizer),
        )}${outside && active.curve === c ? this.#renderActivePoint(model, geometry, c, active.index, localizer) : nothing}</g>`;
      },
    )}`;
  }

  /** The point with the tab stop when it lies outside the rendered columns: drawn anyway, so focus has a target. */
  #renderActivePoint(model: JourneyModel, geometry: Geometry, c: number, index: number, localizer: Localizer) {
    const marker = this.#markerAt(geometry, c, index);
    return marker ? this.#renderPoint(model, geometry, c, marker, localizer) : nothing;
  }

  /** The marker of touchpoint `index` on curve `c`; null when there is no such touchpoint (an empty journey). */
  #markerAt(geometry: Geometry, c: number, index: number): CurveMarker | null {
    const point = this.#model?.curves[c]?.series[index];
    const column = geometry.layout.columns[index];
    if (!point || !column) return null;
    const marker: CurveMarker = {
      index,
      touchpointId: point.touchpointId,
      x: column.cx,
      y: point.score === null ? null : geometry.y(point.score),
      score: point.score,
    };
    if (point.label !== undefined) marker.label = point.label;
    return marker;
  }

  #renderPoint(model: JourneyModel, geometry: Geometry, c: number, marker: CurveMarker, localizer: Localizer) {
    const isActive = this.#active.index === marker.index && this.#active.curve === c && !this.#atPhaseLevel();
    const y = marker.y ?? geometry.y(0);
    const glyph = marker.score === null ? null : emotionGlyph(marker.label, GLYPH_SIZE);
    const shape =
      marker.score === null
        ? nothing
        : glyph
          ? svg`<path class="glyph glyph--${glyph.style}" d=${glyph.path}></path>`
          : svg`<circle class="dot" r="4.5"></circle>`;
    return svg`<g
      class="point ${marker.score === null ? 'gap' : 'scored'}"
      role="img"
      tabindex=${isActive ? 0 : -1}
      aria-label=${this.#pointName(model, geometry, c, marker.index, localizer)}
      data-index=${marker.index}
      data-curve=${c}
      transform="translate(${marker.x} ${y})"
    ><circle class="hit" r="12"></circle>${shape}</g>`;
  }

  /**
   * The phase holding the tab stop at the phase level: a focusable area over the phase's columns
   * whose name is the phase's summary (shared/phase-level.ts), with its focus ring.
   */
  #renderPhaseTarget(model: JourneyModel, geometry: Geometry, localizer: Localizer) {
    const b = geometry.bandOf[this.#active.index] ?? 0;
    const band = geometry.layout.bands[b];
    if (!band) return nothing;
    const { frame } = geometry;
    const name = this.#phaseSummary.get([model, geometry.layout, b, this.#shown.join(','), localizer], () => {
      const curves = this.#shown.map((c) => model.curves[c]!);
      const entries: PhaseEntry[] = [];
      for (let i = band.firstIndex; i <= band.lastIndex; i += 1)
        entries.push({ touchpoint: model.journey.touchpoints[i]!, index: i });
      return describePhase(
        phaseFacts(entries, { curves: curves.map((c) => c.key), nps: false }),
        {
          label: band.label,
          position: b,
          total: geometry.layout.bands.length,
          first: band.firstIndex,
          last: band.lastIndex,
        },
        localizer,
        curves.length > 1
          ? (key) =>
              this.#curveName(
                curves.find((c) => c.key === key)!,
                localizer,
              )
          : null,
      );
    });
    const y = frame.plotTop - 8;
    const height = frame.plotBottom - frame.plotTop + 16;
    return svg`<rect class="phase-target" role="img" tabindex="0" aria-label=${name} data-band=${b}
        x=${band.x0 + 2} width=${Math.max(0, band.x1 - band.x0 - 4)} y=${y} height=${height} rx="6"></rect>
      ${this.#focused ? svg`<rect class="focus-ring" aria-hidden="true" x=${band.x0 + 2} width=${Math.max(0, band.x1 - band.x0 - 4)} y=${y} height=${height} rx="6"></rect>` : nothing}`;
  }

  /** Whether the keyboard is at the phase level now (a long standalone curve showing its chart). */
  #atPhaseLevel(): boolean {
    return (
      this.#phaseLevel &&
      this.#mode !== 'hosted' &&
      this.#view === 'chart' &&
      (this.#model?.journey.touchpoints.length ?? 0) >= PHASE_LEVEL_FROM
    );
  }

  #renderFocusRing(geometry: Geometry, win: WindowGeometry) {
    const { index, curve } = this.#active;
    const marker =
      index >= win.first && index <= win.last
        ? win.markers[curve]?.[index - win.first]
        : this.#markerAt(geometry, curve, index);
    if (!marker) return nothing;
    const { frame, layout } = geometry;
    if (marker.y === null) {
      const column = layout.columns[index]!;
      return svg`<rect class="focus-ring" x=${column.x0 + 2} width=${layout.columnWidth - 4} y=${frame.plotTop - 8} height=${frame.plotBottom - frame.plotTop + 16} rx="6"></rect>`;
    }
    return svg`<circle class="focus-ring" cx=${marker.x} cy=${marker.y} r="13"></circle>`;
  }

  /** The accessible name of a point: touchpoint, position, phase, channel, persona, emotion, moment of truth, peak-end. */
  #pointName(model: JourneyModel, geometry: Geometry, c: number, index: number, localizer: Localizer): string {
    const m = localizer.messages;
    const touchpoint = model.journey.touchpoints[index]!;
    const curve = model.curves[c]!;
    const point = curve.series[index]!;
    const who = this.#curveName(curve, localizer);
    const emotion =
      point.score === null
        ? `${who}: ${m.noData}`
        : `${who}: ${point.label !== undefined ? `${localizer.emotionWord(point.label)}, ` : ''}${localizer.emotionScore(point.score)}`;
    const moment = touchpoint.momentOfTruth
      ? `${m.momentOfTruth}: ${m.momentOfTruthKinds[touchpoint.momentOfTruth.kind]}${touchpoint.momentOfTruth.note ? ` (${touchpoint.momentOfTruth.note})` : ''}`
      : undefined;
    const band = geometry.layout.bands[geometry.bandOf[index]!];
    const base = m.summary.touchpoint({
      label: touchpoint.label,
      position: index + 1,
      total: model.journey.touchpoints.length,
      phase: band?.label ?? model.phaseLabels.get(touchpoint.phase) ?? touchpoint.phase,
      channel: touchpoint.channel === undefined ? undefined : localizer.channelName(touchpoint.channel, model.journey),
      emotion,
      momentOfTruth: moment,
    });
    return [base, ...this.#marksOf(curve, index, localizer), ...(point.note ? [point.note] : [])].join(', ');
  }

  /** Peak, end and largest drop at a touchpoint of a curve, in words. */
  #marksOf(curve: CurveModel, index: number, localizer: Localizer): string[] {
    const m = localizer.messages;
    const marks: string[] = [];
    const pe = curve.peakEnd;
    if (pe?.peak.index === index) marks.push(m.peak);
    if (pe?.end.index === index) marks.push(`${m.end} (${m.rememberedExperience} ${localizer.signed(pe.remembered)})`);
    if (curve.drop?.to.index === index) marks.push(`${m.largestDrop} ${localizer.signed(-curve.drop.drop)}`);
    return marks;
  }

  #tooltipTarget(): PointRef | null {
    if (this.#hover) return this.#hover;
    return this.#focused && this.#tooltipOpen ? this.#active : null;
  }

  #renderTooltip(model: JourneyModel, geometry: Geometry, localizer: Localizer) {
    const target = this.#tooltipTarget();
    if (!target || this.#view !== 'chart') return nothing;
    const m = localizer.messages;
    const { layout, frame } = geometry;
    const touchpoint = model.journey.touchpoints[target.index]!;
    const column = layout.columns[target.index]!;
    const band = layout.bands[geometry.bandOf[target.index]!];
    const viewport = this.#viewport || layout.width;
    const width = Math.min(280, Math.max(160, viewport - 16));
    const x = column.cx - this.#scrollLeft;
    const minLeft = Math.min(layout.inset + 4, Math.max(4, viewport - width - 4));
    const left = Math.max(minLeft, Math.min(x - width / 2, viewport - width - 4));
    const point = model.curves[target.curve]!.series[target.index]!;
    const y = point.score === null ? (frame.plotTop + frame.plotBottom) / 2 : geometry.y(point.score);
    const above = y > frame.height * 0.5;
    const meta = [
      band?.label ?? touchpoint.phase,
      m.position(target.index + 1, model.journey.touchpoints.length),
      ...(touchpoint.channel === undefined ? [] : [localizer.channelName(touchpoint.channel, model.journey)]),
    ].join(' · ');
    const mot = touchpoint.momentOfTruth;
    return html`<div
      part="tooltip"
      class="tooltip${above ? ' tooltip--above' : ''}"
      aria-hidden="true"
      style=${styleProperties({ 'inset-inline-start': `${left}px`, top: `${above ? y - 16 : y + 16}px`, width: `${width}px` })}
    >
      <p class="tooltip-title">${touchpoint.label}</p>
      <p class="tooltip-meta">${meta}</p>
      <ul class="tooltip-curves">
        ${this.#shown.map((c) => {
          const curve = model.curves[c]!;
          const p = curve.series[target.index]!;
          const marks = this.#marksOf(curve, target.index, localizer);
          return html`<li class=${c === target.curve ? 'is-target' : ''} style=${styleProperties({ '--curve-colour': curve.colour })}>
            <span class="tooltip-swatch" aria-hidden="true"></span>
            <span>
              <span class="tooltip-who">${this.#curveName(curve, localizer)}:</span>
              ${
                p.score === null
                  ? m.noData
                  : html`${p.label !== undefined ? `${localizer.emotionWord(p.label)}, ` : ''}<strong>${localizer.signed(p.score)}</strong>
                    (${localizer.polarity(p.score)})`
              }
              ${marks.length > 0 ? html`<span class="tooltip-marks">— ${marks.join(', ')}</span>` : nothing}
              ${p.note ? html`<span class="tooltip-note">${p.note}</span>` : nothing}
            </span>
          </li>`;
        })}
      </ul>
      ${
        mot
          ? html`<p class="tooltip-moment">
            <svg width="12" height="14" viewBox="-6 -7 12 14" aria-hidden="true"><path d=${MOMENT_FLAG} class="moment-flag"></path></svg>
            <span>${capitalise(m.momentOfTruthKinds[mot.kind], localizer.locale)}${mot.note ? ` — ${mot.note}` : ''}</span>
          </p>`
          : nothing
      }
    </div>`;
  }

  #renderTable(model: JourneyModel, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const pager = m.emotionCurve;
    const touchpoints = model.journey.touchpoints;
    const pages = Math.max(1, Math.ceil(touchpoints.length / TABLE_PAGE));
    const page = Math.min(this.#tablePage, pages - 1);
    const from = page * TABLE_PAGE;
    const rows = touchpoints.slice(from, from + TABLE_PAGE).map((touchpoint, k) => ({ touchpoint, index: from + k }));
    const curves = this.#shown.map((c) => model.curves[c]!);
    const cell = (curve: CurveModel, index: number) => {
      const p = curve.series[index]!;
      if (p.score === null) return html`<span class="muted">${m.noData}</span>`;
      return html`${localizer.signed(p.score)}${p.label !== undefined ? html` <span class="muted">(${localizer.emotionWord(p.label)})</span>` : nothing}`;
    };
    const footer = (title: string, value: (pe: PeakEnd) => string) =>
      html`<tr>
        <th scope="row" colspan="2">${capitalise(title, localizer.locale)}</th>
        ${curves.map((curve) => html`<td class="num num--wrap">${curve.peakEnd ? value(curve.peakEnd) : m.noData}</td>`)}
        <td></td>
      </tr>`;
    return html`<div part="table" class="table-wrap" role="region" aria-label=${m.dataTable} tabindex="0">
      <table>
        <caption>${m.dataTable}: ${model.journey.title}</caption>
        <thead>
          <tr>
            <th scope="col">${m.touchpoint}</th>
            <th scope="col">${m.phase}</th>
            ${curves.map((curve) => html`<th scope="col" class="num">${this.#curveName(curve, localizer)}</th>`)}
            <th scope="col">${capitalise(m.momentOfTruth, localizer.locale)}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (row) => row.index,
            ({ touchpoint, index }) => html`<tr>
              <th scope="row">${touchpoint.label}</th>
              <td>${model.phaseLabels.get(touchpoint.phase) ?? touchpoint.phase}</td>
              ${curves.map((curve) => html`<td class="num">${cell(curve, index)}</td>`)}
              <td>${touchpoint.momentOfTruth ? capitalise(m.momentOfTruthKinds[touchpoint.momentOfTruth.kind], localizer.locale) : ''}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          ${footer(m.peak, (pe) => `${localizer.signed(pe.peak.score)} (${touchpoints[pe.peak.index]!.label})`)}
          ${footer(m.end, (pe) => `${localizer.signed(pe.end.score)} (${touchpoints[pe.end.index]!.label})`)}
          ${footer(m.rememberedExperience, (pe) => localizer.signed(pe.remembered))}
        </tfoot>
      </table>
    </div>
    ${
      pages > 1
        ? html`<div class="pager">
          <button type="button" ?disabled=${page === 0} @click=${() => (this.#tablePage = page - 1)}>${pager.previousRows}</button>
          <span role="status">${pager.tableRows(localizer.number(from + 1), localizer.number(from + rows.length), localizer.number(touchpoints.length))}</span>
          <button type="button" ?disabled=${page >= pages - 1} @click=${() => (this.#tablePage = page + 1)}>${pager.nextRows}</button>
        </div>`
        : nothing
    }`;
  }

  // ----- handlers -----

  readonly #toggleView = (): void => {
    this.#view = this.#view === 'chart' ? 'table' : 'chart';
    this.#hover = null;
    this.#focused = false;
  };

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  readonly #onScroll = (): void => {
    if (this.#scrollFrame !== 0) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const scroller = this.#scroller();
      const geometry = this.#geometry;
      if (!scroller || !geometry) return;
      const wasScrolled = this.#scrollLeft > 0;
      this.#scrollLeft = scrollStart(scroller);
      this.#viewport = scroller.clientWidth;
      const range = renderWindow(geometry.layout, this.#scrollLeft, this.#viewport, Math.max(this.#viewport, 600));
      const moved = range.first !== this.#window?.first || range.last !== this.#window?.last;
      // The axis shows its edge only while columns pass under it.
      if (moved || this.#tooltipTarget() || wasScrolled !== this.#scrollLeft > 0) this.requestUpdate();
    });
  };

  /** Scrolls the plot so the column of `index` is in view, beside the sticky axis. */
  #reveal(index: number): void {
    const geometry = this.#geometry;
    const scroller = this.#scroller();
    if (!geometry || !scroller) return;
    const column = geometry.layout.columns[index];
    if (!column) return;
    const viewport = scroller.clientWidth;
    const left = scrollStart(scroller);
    const inset = geometry.layout.inset;
    const rtl = isRtl(this);
    // Scrolled by whole columns, so no sliver of a neighbour peeks out beside the sticky axis.
    const width = geometry.layout.columnWidth;
    if (column.x0 < left + inset) setScrollStart(scroller, column.x0 - inset, rtl);
    else if (column.x1 > left + viewport) {
      setScrollStart(scroller, Math.min(column.x0 - inset, Math.ceil((column.x1 - viewport) / width) * width), rtl);
    }
    this.#scrollLeft = scrollStart(scroller);
    this.#viewport = viewport;
  }

  #moveTo(index: number, curve: number): void {
    this.#active = { index, curve };
    this.#hover = null;
    this.#tooltipOpen = true;
    this.#focusPending = true;
    this.#reveal(index);
  }

  #select(index: number, curve: number): void {
    const model = this.#model;
    const touchpoint = model?.journey.touchpoints[index];
    if (!model || !touchpoint) return;
    const key = model.curves[curve]?.key ?? null;
    this.dispatchEvent(
      new JourneyTouchpointSelectEvent(
        key === null ? { touchpointId: touchpoint.id } : { touchpointId: touchpoint.id, persona: key },
      ),
    );
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const geometry = this.#geometry;
    const count = geometry?.layout.columns.length ?? 0;
    if (!geometry || count === 0) return;
    let { index, curve } = this.#active;
    const shown = this.#shown;
    const band = geometry.bandOf[index]!;
    const key = readingKey(event.key, isRtl(this));
    if (this.#atPhaseLevel()) {
      const move = movePhase(key, band, geometry.layout.bands.length);
      if (!move) return;
      event.preventDefault();
      const to = geometry.layout.bands['drill' in move ? band : move.phase];
      if (!to) return;
      if ('drill' in move) {
        this.#phaseLevel = false;
        this.#moveTo(to.firstIndex, curve);
        return;
      }
      // Another phase: its start comes to the inline start of the plot, no point's tooltip opens.
      this.#active = { index: to.firstIndex, curve };
      this.#hover = null;
      this.#tooltipOpen = false;
      this.#focusPending = true;
      const scroller = this.#scroller();
      if (scroller) {
        setScrollStart(scroller, Math.max(0, to.x0 - geometry.layout.inset), isRtl(this));
        this.#scrollLeft = scrollStart(scroller);
      }
      return;
    }
    // In a long curve, Escape goes back to the phase level (after closing an open tooltip).
    if (key === 'Escape' && !this.#tooltipTarget() && geometry.layout.columns.length >= PHASE_LEVEL_FROM) {
      event.preventDefault();
      this.#phaseLevel = true;
      this.#hover = null;
      this.#focusPending = true;
      return;
    }
    switch (key) {
      case 'ArrowRight':
        index = Math.min(count - 1, index + 1);
        break;
      case 'ArrowLeft':
        index = Math.max(0, index - 1);
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = count - 1;
        break;
      case 'PageDown':
        index = geometry.layout.bands[band + 1]?.firstIndex ?? count - 1;
        break;
      case 'PageUp': {
        const first = geometry.layout.bands[band]!.firstIndex;
        index = index > first ? first : (geometry.layout.bands[band - 1]?.firstIndex ?? 0);
        break;
      }
      case 'ArrowDown':
        curve = shown[Math.min(shown.length - 1, shown.indexOf(curve) + 1)] ?? curve;
        break;
      case 'ArrowUp':
        curve = shown[Math.max(0, shown.indexOf(curve) - 1)] ?? curve;
        break;
      case 'Enter':
      case ' ':
        // Enter opens the point's detail (its tooltip, closed by Escape) and selects it.
        event.preventDefault();
        this.#tooltipOpen = true;
        this.#hover = null;
        this.#select(index, curve);
        return;
      case 'Escape':
        if (this.#tooltipTarget()) {
          event.preventDefault();
          this.#tooltipOpen = false;
          this.#hover = null;
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#moveTo(index, curve);
  };

  /** The touchpoint and curve under the pointer: the column under it, the nearest shown line in it. */
  #pointAt(event: MouseEvent): PointRef | null {
    const geometry = this.#geometry;
    const win = this.#window;
    const svgElement = event.currentTarget as SVGSVGElement | null;
    if (!geometry || !win || !svgElement) return null;
    const rect = svgElement.getBoundingClientRect();
    const x = inlineOffset(event.clientX, rect, isRtl(this)) + win.x0;
    const y = event.clientY - rect.top;
    const { layout } = geometry;
    if (layout.columnWidth <= 0) return null;
    const index = Math.floor((x - layout.inset) / layout.columnWidth);
    if (index < 0 || index >= layout.columns.length) return null;
    let best: PointRef | null = null;
    let distance = Infinity;
    for (const c of this.#shown) {
      const score = this.#model!.curves[c]!.series[index]!.score;
      const d = score === null ? 1e6 : Math.abs(geometry.y(score) - y);
      if (d < distance) {
        distance = d;
        best = { index, curve: c };
      }
    }
    return best;
  }

  readonly #onPointerMove = (event: PointerEvent): void => {
    const point = this.#pointAt(event);
    if (point?.index !== this.#hover?.index || point?.curve !== this.#hover?.curve) this.#hover = point;
  };

  readonly #onPointerLeave = (): void => {
    this.#hover = null;
  };

  readonly #onClick = (event: MouseEvent): void => {
    const point = this.#pointAt(event);
    if (!point) return;
    this.#active = point;
    this.#phaseLevel = false;
    // The point takes focus after this render; its tooltip shows as for any focus from outside.
    this.#focusPending = true;
    this.#focused = true;
    this.#tooltipOpen = true;
    this.#select(point.index, point.curve);
  };

  readonly #onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget as Node | null;
    // Arriving from outside the plot (Tab) opens the tooltip of the focused point.
    if (!this.#movingFocus && (!from || !(event.currentTarget as Node).contains(from))) this.#tooltipOpen = true;
    this.#focused = true;
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Node).contains(next)) return;
    // The focused point left the DOM because a keyboard step moved the rendered window: focus
    // moves on to the new point after this render (#focusPending), it does not leave the plot.
    if (!next && this.#focusPending) return;
    this.#focused = false;
    this.#tooltipOpen = false;
  };
}
