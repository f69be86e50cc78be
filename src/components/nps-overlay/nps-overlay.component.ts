import { LitElement, type PropertyValues, type TemplateResult, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../shared/style-properties.js';
import { type NpsResult, type TouchpointNps, touchpointNps } from '../../analytics/nps.js';
import { JourneyTouchpointSelectEvent } from '../../events/journey-events.js';
import { JourneyLayoutEvent } from '../../events/layout-event.js';
import { type ColumnLayout, columnLayout, phaseRuns } from '../../layout/columns.js';
import {
  type DivergingBar,
  type Histogram,
  NPS_VERTICAL_BELOW,
  type ScoreTrack,
  type SlotRange,
  chunkWindow,
  divergingBar,
  divergingExtent,
  histogram,
  scoreTrack,
  slotWindow,
} from '../../layout/nps.js';
import type { Journey, Touchpoint } from '../../model/types.js';
import { renderSourceState } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneySourceController } from '../../shared/journey-source.js';
import { SourceAnnouncer } from '../../shared/announcer.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { isRtl, readingKey, setScrollStart } from '../../shared/direction.js';
import { PHASE_LEVEL_FROM, PhaseSummaryMemo, describePhase, movePhase } from '../../shared/phase-level.js';
import { phaseFacts } from '../../analytics/phase-facts.js';
import { SizeController } from '../../shared/size-controller.js';
import { icon } from './icons.js';
import { styles } from './nps-overlay.styles.js';

/** The two views of the overlay: the drawn chart, or a data table with the same numbers. */
export const NPS_OVERLAY_VIEWS = ['chart', 'table'] as const;
/** One view of the overlay. */
export type NpsOverlayView = (typeof NPS_OVERLAY_VIEWS)[number];

/**
 * How the overlay lays itself out: `badge` (one touchpoint), `hosted` (a lane of `<journey-map>`),
 * `aligned` (to an `align-to` element), or standalone `horizontal` / `vertical`.
 */
export type NpsOverlayMode = 'badge' | 'hosted' | 'aligned' | 'horizontal' | 'vertical';

/** Narrowest column of a standalone horizontal overlay, in px (the shared layout's default). */
const MIN_COLUMN_WIDTH = 96;
/** Room the cell keeps on each side of its bars, in px. */
const CELL_PADDING = 8;
/** Size of the drill-down histogram, in px of its viewBox. */
const HISTOGRAM = { width: 320, height: 150 } as const;
/** Height of the bars drawing: the diverging bar over the score track. */
const BARS_HEIGHT = 34;
/**
 * A long track renders only what is in view plus this margin on each side (px, at least one
 * view): the DOM stays small for 10,000 touchpoints (QUALITY.md "Scale").
 */
const WINDOW_MARGIN = 600;
/** Above this many touchpoints a vertical overlay scrolls in its own box and renders only the rows in view. */
const VERTICAL_ALL_ROWS = 120;
/** Rows per chunk of a long vertical list: the unit that is rendered, measured and skipped. */
const VERTICAL_CHUNK = 25;
/** Heights (px) a vertical row with NPS, one without and a phase heading are estimated at until shown. */
const ROW_ESTIMATE = { measured: 84, placeholder: 30, heading: 26 } as const;
/** The gap between the rows of the vertical list (px), as in the styles. */
const ROW_GAP = 4;
/** The box a long vertical list scrolls in, before it is measured (px). */
const VERTICAL_VIEW = 600;

/** One touchpoint of the journey as the overlay shows it. */
interface NpsRow {
  index: number;
  touchpoint: Touchpoint;
  phaseLabel: string;
  /** Whether the touchpoint has any NPS measurement at all (else it only keeps its place). */
  measured: boolean;
  nps: TouchpointNps;
  current: NpsResult | null;
  /** The score shown, `null` for "no data". */
  score: number | null;
  /** True when a target is given and the score misses it. */
  offTarget: boolean;
  /** The accessible name: everything drawn, in words. */
  name: string;
}

/** A piece of a long vertical list: a chunk of rows that is rendered, or the room of chunks that are not. */
type Segment = { kind: 'chunk'; index: number; rows: NpsRow[] } | { kind: 'gap'; key: string; height: number };

/** The geometry of one row's drawing. */
interface RowGeometry {
  bar: DivergingBar | null;
  track: ScoreTrack;
}

function isColumnLayout(value: unknown): value is ColumnLayout {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ColumnLayout).columns) &&
    typeof (value as ColumnLayout).columnWidth === 'number'
  );
}

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
  @property() accessor src: string | null = null;

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
  @property({ attribute: false }) accessor layout: ColumnLayout | null = null;

  /** `chart` (default) or `table`: the data table shows the same numbers. */
  @property({ reflect: true }) accessor view: NpsOverlayView = 'chart';

  /** The touchpoint that holds the overlay's one tab stop (roving focus). */
  @state() private accessor activeId: string | null = null;
  /** The touchpoint whose drill-down dialog is open. */
  @state() private accessor openId: string | null = null;
  /** The column layout of the `align-to` element. */
  @state() private accessor alignLayout: ColumnLayout | null = null;
  /** Left of the `align-to` element minus the left of the overlay's track, in px. */
  @state() private accessor alignOffset = 0;

  readonly #source = new JourneySourceController(this);
  readonly #locale = new LocaleController(this, { journeyLocale: () => this.#source.journey?.locale });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  readonly #announcer = new SourceAnnouncer(this, this.#source, this.#locale);
  readonly #size = new SizeController(this);

  readonly #ids = {
    caption: uniqueId('nps-caption'),
    summary: uniqueId('nps-summary'),
    hatch: uniqueId('nps-hatch'),
    dialogTitle: uniqueId('nps-dialog-title'),
  };

  // Derived in willUpdate, only when their inputs change.
  #derivedFrom: { journey?: Journey; persona?: string; period?: string | null; localizer?: Localizer } = {};
  #rows: NpsRow[] = [];
  #measured: NpsRow[] = [];
  /** The phases in track order: rows `first`…`last`, and the first measured touchpoint. */
  #phases: { label: string; first: number; last: number; firstMeasured: string | null }[] = [];
  /** A long track (see PHASE_LEVEL_FROM) starts at the phase level: the keyboard goes phase by phase until Enter. */
  @state() private accessor phaseLevel = false;
  #focusPhasePending = false;
  readonly #phaseSummary = new PhaseSummaryMemo();
  #generatedSummary = '';
  #mode: NpsOverlayMode = 'horizontal';
  #ownLayout: ColumnLayout | undefined;
  #announcedLayout: ColumnLayout | undefined;
  /** Where the columns start and how wide they are, in px from the track's left. */
  #columns: { start: number; width: number; trackWidth: number } | null = null;
  #geometry = new Map<string, RowGeometry>();
  #barWidth = 0;
  #histogram: { forRow: NpsResult; histogram: Histogram } | null = null;
  /** What #layOut last laid out for, so it runs only when one of these changed. */
  #laidOutFrom: unknown[] = [];
  #rowById = new Map<string, NpsRow>();

  /** Whether the track renders only what is in view (columns of a standalone or aligned overlay, a long vertical list). */
  #windowed = false;
  /** A long vertical list: scrolls in its own box, rendered by chunks of rows. */
  #virtualRows = false;
  /** The columns rendered (column modes), or the chunks in view (a long vertical list). */
  #window: SlotRange = { first: 0, last: -1 };
  /** The rows rendered, in order (column modes and short vertical lists). */
  #shown: NpsRow[] = [];
  /** The chunks and the room between them (a long vertical list). */
  #segments: Segment[] = [];
  /** Heights of the vertical chunks: measured once rendered, estimated before. */
  #chunkHeights: number[] = [];
  /** The track's scroll position and the size of its view, along the track (px). */
  #scroll = { pos: 0, size: 0 };
  #scrollFrame = 0;
  /** The touchpoint a keyboard step moved to that was not rendered yet: focused after this update. */
  #focusPending: string | null = null;

  /** Whether a touchpoint had focus before this update (to keep focus when new data removes it). */
  #hadFocus = false;

  #alignTarget: HTMLElement | null = null;
  #alignResize: ResizeObserver | undefined;
  #alignWatch: MutationObserver | undefined;
  #alignFrame = 0;
  #alignScroller: HTMLElement | null = null;

  /** The column layout of a standalone horizontal overlay (its own touchpoint axis); undefined otherwise. */
  get columnLayout(): ColumnLayout | undefined {
    return this.#mode === 'horizontal' ? this.#ownLayout : undefined;
  }

  /** How the overlay is laid out now: `badge`, `hosted`, `aligned`, `horizontal` or `vertical`. */
  get mode(): NpsOverlayMode {
    return this.#mode;
  }

  /** Re-fetches `src` now, as a live refresh does. */
  reload(): void {
    this.#source.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connectAlign();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disconnectAlign();
    if (this.#scrollFrame !== 0) cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
  }

  /**
   * Hands the inputs to the source controller and applies them at once (`sync()`), so an inline
   * or connect-time journey is drawn in this very update; then derives, only what changed.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#hadFocus = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.classList.contains('hit') === true;
    if ((this.renderRoot as ShadowRoot | undefined)?.activeElement?.classList.contains('phase-stop'))
      this.#focusPhasePending = true;
    if (changed.has('journey')) this.#source.setJourney(this.journey);
    if (changed.has('timeout')) this.#source.setTimeoutSeconds(this.timeout);
    if (changed.has('src')) this.#source.setSrc(this.src);
    if (changed.has('refresh')) this.#source.setRefresh(this.refresh);
    this.#source.sync();
    if (changed.has('alignTo') && this.isConnected) this.#connectAlign();

    const journey = this.#source.status === 'ready' ? this.#source.journey : undefined;
    const localizer = this.#locale.localizer;
    const from = this.#derivedFrom;
    const rowsChanged =
      journey !== from.journey ||
      this.persona !== from.persona ||
      this.period !== from.period ||
      localizer !== from.localizer;
    if (rowsChanged) {
      const newJourney = journey !== from.journey;
      this.#derivedFrom = { journey, persona: this.persona, period: this.period, localizer };
      this.#deriveRows(journey, localizer);
      if (newJourney) this.phaseLevel = this.#measured.length >= PHASE_LEVEL_FROM;
    }
    this.#layOut(journey);
    this.#deriveWindow();
    if (this.openId !== null && !this.#rowById.get(this.openId)?.measured) this.openId = null;
    this.#deriveHistogram();
  }

  /** The touchpoints, their NPS for the persona and period, their accessible names and the summary. */
  #deriveRows(journey: Journey | undefined, localizer: Localizer): void {
    if (!journey) {
      this.#rows = [];
      this.#rowById = new Map();
      this.#measured = [];
      this.#generatedSummary = '';
      return;
    }
    const m = localizer.messages;
    const persona = this.persona && this.persona !== 'all' ? this.persona : null;
    const phases = new Map(journey.phases.map((p) => [p.id, p.label]));
    const total = journey.touchpoints.length;
    this.#rows = journey.touchpoints.map((touchpoint, index) => {
      const measured = touchpoint.nps !== undefined && (!Array.isArray(touchpoint.nps) || touchpoint.nps.length > 0);
      const nps = touchpointNps(touchpoint, { persona, period: this.period });
      const current = nps.current;
      const score = current?.score ?? null;
      const row: NpsRow = {
        index,
        touchpoint,
        phaseLabel: phases.get(touchpoint.phase) ?? touchpoint.phase,
        measured,
        nps,
        current,
        score,
        offTarget: current?.onTarget === false,
        name: '',
      };
      row.name = m.summary.touchpoint({
        label: touchpoint.label,
        position: index + 1,
        total,
        phase: row.phaseLabel,
        channel: touchpoint.channel ? localizer.channelName(touchpoint.channel, journey) : undefined,
        nps: this.#measurementText(row, localizer),
        momentOfTruth: touchpoint.momentOfTruth ? m.momentOfTruthKinds[touchpoint.momentOfTruth.kind] : undefined,
      });
      return row;
    });
    const before = this.#measured.findIndex((r) => r.touchpoint.id === this.activeId);
    this.#rowById = new Map(this.#rows.map((r) => [r.touchpoint.id, r]));
    this.#measured = this.#rows.filter((r) => r.measured);
    // The phases as the map bands them (runs of touchpoints of one phase), with their first measured touchpoint.
    const rows = this.#rows;
    this.#phases = phaseRuns(
      rows.map((r) => ({ index: r.index, phaseId: r.touchpoint.phase })),
      journey.phases,
    ).map((band) => ({
      label: band.label,
      first: band.firstIndex,
      last: band.lastIndex,
      firstMeasured: rows.slice(band.firstIndex, band.lastIndex + 1).find((r) => r.measured)?.touchpoint.id ?? null,
    }));
    if (this.activeId === null || !this.#measured.some((r) => r.touchpoint.id === this.activeId)) {
      // The touchpoint with the tab stop is gone: the stop stays at the same position.
      const at = Math.min(Math.max(0, before), this.#measured.length - 1);
      this.activeId = this.#measured[at]?.touchpoint.id ?? null;
    }
    this.#generatedSummary = this.#summaryText(journey, localizer);
  }

  /** One measurement in words, after "NPS": the score, the shares, the responses, the target and the trend. */
  #measurementText(row: NpsRow, localizer: Localizer): string {
    const m = localizer.messages;
    const current = row.current;
    if (!current || current.score === null || !current.shares) {
      return row.measured ? m.npsOverlay.noData(this.period ?? undefined) : m.npsOverlay.notMeasured;
    }
    const trend = row.nps.trend;
    const change =
      trend && trend.delta !== null && trend.direction !== null
        ? m.nps.change(trend.direction, localizer.number(Math.abs(trend.delta)), trend.from.period ?? '')
        : undefined;
    return m.npsOverlay.measurement({
      scoreText: localizer.signed(current.score),
      promotersText: localizer.percent(current.shares.promoters),
      passivesText: localizer.percent(current.shares.passives),
      detractorsText: localizer.percent(current.shares.detractors),
      responses: current.responses,
      targetText: current.target === undefined ? undefined : localizer.signed(current.target),
      met: current.onTarget,
      changeText: change,
      smallSample: current.smallSample,
      periodText: this.period ?? undefined,
    });
  }

  /** The figure's summary: how many touchpoints have NPS, how many miss their target, the lowest and highest. */
  #summaryText(journey: Journey, localizer: Localizer): string {
    const m = localizer.messages;
    const scored = this.#measured.filter((r) => r.score !== null);
    const offTarget = scored.filter((r) => r.offTarget).length;
    const parts = [m.summary.nps(this.#measured.length, journey.touchpoints.length, offTarget)];
    if (scored.length > 1) {
      // The first of equal scores wins, so the summary is stable.
      const lowest = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
      const highest = scored.reduce((a, b) => (b.score! > a.score! ? b : a));
      const named = (r: NpsRow) => m.npsOverlay.scored(r.touchpoint.label, localizer.signed(r.score!));
      parts.push(m.npsOverlay.extremes(named(lowest), named(highest)));
    }
    return parts.join(' ');
  }

  /** Chooses the mode and lays out the columns or rows and each touchpoint's bars. */
  #layOut(journey: Journey | undefined): void {
    // Only a track of its own needs its width (a badge has none, a hosted or aligned one is given
    // columns): measuring before the first size report would lay out the page, e.g. a whole map.
    const own = !this.touchpoint && !isColumnLayout(this.layout) && !(this.alignTo && this.alignLayout);
    const width = own ? this.#size.width || this.getBoundingClientRect().width : 0;
    let mode: NpsOverlayMode;
    if (this.touchpoint) mode = 'badge';
    else if (isColumnLayout(this.layout)) mode = 'hosted';
    else if (this.alignTo && this.alignLayout) mode = 'aligned';
    else mode = width > 0 && width < NPS_VERTICAL_BELOW ? 'vertical' : 'horizontal';
    // Another mode scrolls along another axis: the position is read again after the render.
    if (mode !== this.#mode) this.#scroll = { pos: 0, size: 0 };
    this.#mode = mode;

    const inputs = [journey, mode, width, this.layout, this.alignLayout, this.alignOffset, this.#measured];
    if (inputs.length === this.#laidOutFrom.length && inputs.every((v, i) => v === this.#laidOutFrom[i])) return;
    this.#laidOutFrom = inputs;
    // Row heights depend on the width (labels wrap): the vertical chunks are measured again.
    this.#chunkHeights = [];
    this.#ownLayout = undefined;
    this.#columns = null;
    let barWidth: number;
    if (!journey) return;
    if (mode === 'horizontal') {
      this.#ownLayout = columnLayout(journey, { width, minColumnWidth: MIN_COLUMN_WIDTH });
      this.#columns = this.#columnsOf(this.#ownLayout, 0);
      barWidth = this.#ownLayout.columnWidth - 2 * CELL_PADDING;
    } else if (mode === 'hosted' || mode === 'aligned') {
      const given = (mode === 'hosted' ? this.layout : this.alignLayout)!;
      this.#columns = this.#columnsOf(given, mode === 'aligned' ? this.alignOffset : 0);
      barWidth = given.columnWidth - 2 * CELL_PADDING;
    } else if (mode === 'vertical') {
      // The bars take what the row leaves after the numbers (about 150 px), between 120 and 280 px.
      barWidth = Math.min(280, Math.max(120, width - 2 * 12 - 150));
    } else {
      barWidth = 140;
    }
    barWidth = Math.max(24, barWidth);
    this.#barWidth = barWidth;

    const extent = divergingExtent(this.#measured.map((r) => r.current?.shares ?? null));
    this.#geometry = new Map(
      this.#measured.map((r) => [
        r.touchpoint.id,
        {
          bar: r.current?.shares ? divergingBar(r.current.shares, { width: barWidth }, extent) : null,
          track: scoreTrack(r.score, r.current?.target, { width: barWidth }),
        },
      ]),
    );
  }

  /**
   * What of the track to render. Columns (standalone or aligned): the columns in view plus a
   * margin. A long vertical list: the chunks of rows in view plus a margin, the room of the
   * others kept by gaps of their (measured or estimated) height. The touchpoint with the tab stop
   * is always rendered, so the keyboard reaches every one, and focus is never on a removed node.
   */
  #deriveWindow(): void {
    const rows = this.#rows;
    const mode = this.#mode;
    this.#virtualRows = mode === 'vertical' && rows.length > VERTICAL_ALL_ROWS;
    this.#windowed = mode === 'horizontal' || mode === 'aligned' || this.#virtualRows;
    this.#segments = [];
    if (!this.#windowed) {
      this.#window = { first: 0, last: rows.length - 1 };
      this.#shown = rows;
      return;
    }
    const range = this.#range();
    this.#window = range;
    const active = this.activeId === null ? undefined : this.#rowById.get(this.activeId);
    if (!this.#virtualRows) {
      const shown = rows.slice(range.first, range.last + 1);
      if (active && active.index < range.first) shown.unshift(active);
      else if (active && active.index > range.last) shown.push(active);
      this.#shown = shown;
      return;
    }
    this.#shown = [];
    const heights = this.#chunkHeights;
    const activeChunk = active ? Math.floor(active.index / VERTICAL_CHUNK) : -1;
    let gap: { key: string; height: number } | null = null;
    for (let c = 0; c < heights.length; c += 1) {
      if ((c >= range.first && c <= range.last) || c === activeChunk) {
        if (gap) this.#segments.push({ kind: 'gap', ...gap });
        gap = null;
        this.#segments.push({
          kind: 'chunk',
          index: c,
          rows: rows.slice(c * VERTICAL_CHUNK, (c + 1) * VERTICAL_CHUNK),
        });
      } else if (gap) {
        gap.height += ROW_GAP + heights[c]!;
      } else {
        gap = { key: `gap-${c}`, height: heights[c]! };
      }
    }
    if (gap) this.#segments.push({ kind: 'gap', ...gap });
  }

  /** The columns, or vertical chunks, in view at the track's last known scroll position. */
  #range(): SlotRange {
    if (this.#virtualRows) {
      if (this.#chunkHeights.length === 0) this.#chunkHeights = this.#estimateChunks();
      const size = this.#scroll.size || VERTICAL_VIEW;
      return chunkWindow(this.#chunkHeights, ROW_GAP, this.#scroll.pos, size, Math.max(size, WINDOW_MARGIN / 2));
    }
    const columns = this.#columns;
    if (!columns) return { first: 0, last: this.#rows.length - 1 };
    const size = this.#scroll.size || this.#size.width || this.getBoundingClientRect().width;
    return slotWindow(
      this.#rows.length,
      columns.start,
      columns.width,
      this.#scroll.pos,
      size,
      Math.max(size, WINDOW_MARGIN),
    );
  }

  /** Estimated heights of the vertical chunks: rows with NPS, rows without, phase headings. */
  #estimateChunks(): number[] {
    const heights: number[] = [];
    this.#rows.forEach((row, i) => {
      const c = Math.floor(i / VERTICAL_CHUNK);
      const own =
        (row.measured ? ROW_ESTIMATE.measured : ROW_ESTIMATE.placeholder) +
        (this.#isBandStart(row) ? ROW_ESTIMATE.heading + ROW_GAP : 0);
      heights[c] = heights[c] === undefined ? own : heights[c]! + ROW_GAP + own;
    });
    return heights;
  }

  /** Where the first column starts (plus an offset) and how wide the columns are. */
  #columnsOf(layout: ColumnLayout, offset: number): { start: number; width: number; trackWidth: number } {
    const first = layout.columns[0];
    const start = (first?.x0 ?? layout.inset) + offset;
    return {
      start,
      width: layout.columnWidth,
      trackWidth: Math.max(0, start + layout.columnWidth * layout.columns.length),
    };
  }

  #deriveHistogram(): void {
    const row = this.#measured.find((r) => r.touchpoint.id === this.openId);
    const current = row?.current;
    if (!current?.distribution) {
      this.#histogram = null;
    } else if (this.#histogram?.forRow !== current) {
      this.#histogram = { forRow: current, histogram: histogram(current.distribution, HISTOGRAM) };
    }
  }

  protected override render(): TemplateResult {
    const localizer = this.#locale.localizer;
    const journey = this.#source.status === 'ready' ? this.#source.journey : undefined;
    const state = renderSourceState(this.#source, localizer);
    if (!journey) return html`${state}`;
    return html`${state}${this.#mode === 'badge' ? this.renderBadge(localizer) : this.renderFigure(journey, localizer)}
      ${this.renderDialog(localizer)}`;
  }

  protected renderFigure(journey: Journey, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const hosted = this.#mode === 'hosted';
    const personaName = this.#personaName(journey);
    const subtitle = [
      ...(personaName ? [m.npsOverlay.forPersona(personaName)] : []),
      ...(this.period ? [m.npsOverlay.periodShown(this.period)] : []),
    ].join(' · ');
    return html`<figure
      part="figure"
      class=${classMap({ figure: true, [this.#mode]: true, columns: this.#mode !== 'vertical' })}
      aria-labelledby=${this.#ids.caption}
      aria-describedby=${this.#ids.summary}
      lang=${localizer.locale}
    >
      <figcaption part="caption" class=${classMap({ caption: true, 'journey-visually-hidden': hosted })}>
        <span class="title" id=${this.#ids.caption}
          >${m.elementNames.npsOverlay}${subtitle ? html` <span class="subtitle">${subtitle}</span>` : nothing}</span
        >
        ${
          hosted
            ? nothing
            : html`<button
              type="button"
              part="view-toggle"
              class="view-toggle"
              aria-pressed=${this.view === 'table' ? 'true' : 'false'}
              @click=${this.#toggleView}
            >
              ${m.showDataTable}
            </button>`
        }
      </figcaption>
      <p part="summary" class=${classMap({ summary: true, 'journey-visually-hidden': hosted })} id=${this.#ids.summary}>
        <slot name="summary">${this.#generatedSummary}</slot>
      </p>
      ${this.view === 'table' && !hosted ? this.renderTable(localizer) : this.renderChart(localizer)}
      ${this.renderHatch()}
    </figure>`;
  }

  protected renderChart(localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const mode = this.#mode;
    const columns = this.#columns;
    const trackStyle = columns
      ? {
          '--nps-column-width': `${columns.width}px`,
          '--nps-start': `${columns.start}px`,
          width: `${columns.trackWidth}px`,
        }
      : {};
    const { first, last } = this.#window;
    const bands =
      mode === 'horizontal'
        ? (this.#ownLayout?.bands ?? []).filter((b) => b.lastIndex >= first && b.firstIndex <= last)
        : [];
    return html`<div
        class=${classMap({ 'track-wrap': true, 'track-wrap--rows': this.#virtualRows })}
        @scroll=${this.#windowed ? this.#onTrackScroll : nothing}
      >
        ${
          bands.length > 0
            ? html`<div class="bands" aria-hidden="true" style=${styleProperties(trackStyle)}>
              ${repeat(
                bands,
                (b) => `${b.phaseId}:${b.firstIndex}`,
                (b) =>
                  html`<span class="band" style=${styleProperties({ 'grid-column': `${b.firstIndex + 1} / ${b.lastIndex + 2}` })}
                    ><span class="band-label">${b.label}</span></span
                  >`,
              )}
            </div>`
            : nothing
        }
        <div
          class="track"
          role="toolbar"
          aria-label=${m.elementNames.npsOverlay}
          aria-orientation=${mode === 'vertical' ? 'vertical' : 'horizontal'}
          style=${styleProperties(trackStyle)}
          @keydown=${this.#onKeydown}
        >
          ${mode !== 'vertical' && this.#atPhaseLevel() ? this.#renderPhaseStop(localizer) : nothing}
          ${
            this.#virtualRows
              ? repeat(
                  this.#segments,
                  (segment) => (segment.kind === 'gap' ? segment.key : `chunk-${segment.index}`),
                  (segment) =>
                    segment.kind === 'gap'
                      ? html`<div class="gap" aria-hidden="true" style=${styleProperties({ height: `${segment.height}px` })}></div>`
                      : html`<div class="chunk" data-chunk=${segment.index}>${this.renderRows(segment.rows, localizer)}</div>`,
                )
              : this.renderRows(this.#shown, localizer)
          }
        </div>
      </div>
      ${mode === 'hosted' ? nothing : this.renderLegend(localizer)}`;
  }

  /** Touchpoints in track order: a cell for each with NPS, a placeholder for the others; phase headings between rows. */
  protected renderRows(rows: readonly NpsRow[], localizer: Localizer): TemplateResult {
    const vertical = this.#mode === 'vertical';
    const active = this.activeId;
    return html`${repeat(
      rows,
      (r) => r.touchpoint.id,
      (r) =>
        html`${vertical && this.#isBandStart(r) ? html`<div class="phase-heading" aria-hidden="true">${r.phaseLabel}</div>` : nothing}${
          vertical && r.touchpoint.id === active && this.#atPhaseLevel() ? this.#renderPhaseStop(localizer) : nothing
        }${
          r.measured ? this.renderCell(r, r.touchpoint.id === active, localizer) : this.renderPlaceholder(r, localizer)
        }`,
    )}`;
  }

  /** A column's place on the track: explicit, because a windowed track renders only some of them. */
  #placement(row: NpsRow) {
    return styleProperties({ 'grid-column': this.#mode === 'vertical' ? undefined : String(row.index + 1) });
  }

  /** A touchpoint without NPS: keeps its column or row, with a quiet dash, out of the tab order and the accessibility tree. */
  protected renderPlaceholder(row: NpsRow, localizer: Localizer): TemplateResult {
    const standalone = this.#mode === 'horizontal' || this.#mode === 'vertical';
    return html`<div class=${classMap({ cell: true, placeholder: true })} aria-hidden="true" style=${this.#placement(row)}>
      ${standalone ? html`<span class="tp-label">${row.touchpoint.label}</span>` : nothing}
      <span class="none">${localizer.messages.npsOverlay.notMeasured}</span>
    </div>`;
  }

  /**
   * The phase holding the tab stop at the phase level (shared/phase-level.ts), named by its
   * summary: over the phase's columns, or in a vertical list a bar before its first measured
   * touchpoint, seen while focused.
   */
  #renderPhaseStop(localizer: Localizer): TemplateResult | typeof nothing {
    const at = this.#activePhase();
    const phase = this.#phases[at];
    if (!phase) return nothing;
    const persona = this.persona && this.persona !== 'all' ? this.persona : null;
    // Rows are derived again for a new journey, persona, period or language: the key.
    const name = this.#phaseSummary.get([this.#rows, at, localizer], () =>
      describePhase(
        phaseFacts(
          this.#rows.slice(phase.first, phase.last + 1).map((r) => ({ touchpoint: r.touchpoint, index: r.index })),
          { curves: [], nps: persona },
        ),
        { label: phase.label, position: at, total: this.#phases.length, first: phase.first, last: phase.last },
        localizer,
        null,
      ),
    );
    const place = this.#mode === 'vertical' ? {} : { 'grid-column': `${phase.first + 1} / ${phase.last + 2}` };
    return html`<button type="button" class="phase-stop" tabindex="0" aria-label=${name} data-phase=${at} style=${styleProperties(place)}>
      <span aria-hidden="true">${phase.label}</span>
    </button>`;
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
      this.#measured.length >= PHASE_LEVEL_FROM && (mode === 'horizontal' || mode === 'vertical' || mode === 'aligned')
    );
  }

  /** The phase of the touchpoint with the tab stop. */
  #activePhase(): number {
    const index = this.#rowById.get(this.activeId ?? '')?.index ?? 0;
    return Math.max(
      0,
      this.#phases.findIndex((p) => index >= p.first && index <= p.last),
    );
  }

  /** A key on the phase stop: another phase (with a measured touchpoint), or into the phase. */
  #onPhaseKey(event: KeyboardEvent): void {
    const vertical = this.#mode === 'vertical';
    // In a list the phases run down: Down and Up go to the next and previous phase, Enter goes in.
    const key = vertical
      ? ({ ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft', ArrowRight: '', ArrowLeft: '' }[event.key] ?? event.key)
      : readingKey(event.key, isRtl(this));
    const at = this.#activePhase();
    const measured = this.#phases.map((p, i) => ({ p, i })).filter(({ p }) => p.firstMeasured !== null);
    const position = measured.findIndex(({ i }) => i === at);
    const move = movePhase(key, position, measured.length);
    if (!move) return;
    event.preventDefault();
    if ('drill' in move) {
      this.phaseLevel = false;
      this.#focusPending = this.activeId;
      return;
    }
    const to = measured[move.phase];
    if (!to) return;
    this.activeId = to.p.firstMeasured;
    this.#focusPhasePending = true;
  }

  #isBandStart(row: NpsRow): boolean {
    return row.index === 0 || this.#rows[row.index - 1]?.touchpoint.phase !== row.touchpoint.phase;
  }

  protected renderCell(row: NpsRow, active: boolean, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const current = row.current;
    const mot = row.touchpoint.momentOfTruth;
    const standalone = this.#mode === 'horizontal' || this.#mode === 'vertical';
    const hasScore = row.score !== null;
    // The drawing is hidden from assistive technology; the button over it carries everything in
    // its name. A button around the drawing would have visible text that is not its name.
    return html`<div
      part="touchpoint"
      class=${classMap({
        cell: true,
        measured: true,
        mot: mot !== undefined,
        'off-target': row.offTarget,
        'no-data': !hasScore,
        'small-sample': current?.smallSample === true,
      })}
      style=${this.#placement(row)}
      data-touchpoint-id=${row.touchpoint.id}
    >
      <button
        type="button"
        class="hit"
        data-touchpoint-id=${row.touchpoint.id}
        tabindex=${active && !this.#atPhaseLevel() ? '0' : '-1'}
        aria-label=${row.name}
        aria-haspopup="dialog"
        @click=${() => this.#open(row.touchpoint.id)}
        @focus=${() => this.#focused(row.touchpoint.id)}
      ></button>
      ${
        standalone || mot
          ? html`<span class="head" aria-hidden="true">
            ${standalone ? html`<span class="tp-label">${row.touchpoint.label}</span>` : nothing}
            ${mot ? html`<span class="mot-badge" part="moment-of-truth">${icon('star')}${m.npsOverlay.momentShort}</span>` : nothing}
          </span>`
          : nothing
      }
      <span class="score-line" aria-hidden="true">
        <span class="score" part="score">${hasScore ? localizer.signed(row.score!) : m.npsOverlay.noData()}</span>
        ${this.renderTrend(row, localizer)}
      </span>
      ${hasScore ? this.renderBars(row) : html`<span class="bars-space" aria-hidden="true"></span>`}
      <span class="meta" aria-hidden="true">
        ${hasScore ? html`<span class="n">${m.npsOverlay.sampleSize(localizer.number(current!.responses))}</span>` : nothing}
        ${
          current?.smallSample
            ? html`<span class="flag small">${icon('warning')}${m.npsOverlay.smallSample}</span>`
            : nothing
        }
        ${this.renderTargetState(row, localizer)}
      </span>
    </div>`;
  }

  protected renderTrend(row: NpsRow, localizer: Localizer): TemplateResult | typeof nothing {
    const trend = row.nps.trend;
    if (!trend || trend.delta === null || trend.direction === null) return nothing;
    return html`<span class="trend ${trend.direction}"
      >${icon(trend.direction)}${localizer.signed(trend.delta)}</span
    >`;
  }

  protected renderTargetState(row: NpsRow, localizer: Localizer): TemplateResult | typeof nothing {
    const current = row.current;
    if (current?.target === undefined || current.onTarget === null) return nothing;
    const m = localizer.messages.npsOverlay;
    const target = localizer.signed(current.target);
    return current.onTarget
      ? html`<span class="target met">${icon('check')}${m.targetShort(target)}</span>`
      : html`<span class="target missed">${icon('warning')}${m.belowTarget(target)}</span>`;
  }

  /** The diverging bar over the score track with its zero line, score and target mark. */
  protected renderBars(row: NpsRow): TemplateResult | typeof nothing {
    const geometry = this.#geometry.get(row.touchpoint.id);
    if (!geometry?.bar) return nothing;
    const { bar, track } = geometry;
    const w = this.#barWidth;
    return html`<svg class="bars mirror-rtl" width=${w} height=${BARS_HEIGHT} viewBox="0 0 ${w} ${BARS_HEIGHT}" aria-hidden="true">
      ${bar.segments.map(
        (s) =>
          svg`<rect class="seg ${s.group}" x=${s.x0} y="2" width=${Math.max(0, s.x1 - s.x0)} height="12"
            fill=${s.group === 'detractors' ? `url(#${this.#ids.hatch})` : nothing} />`,
      )}
      <line class="centre" x1=${bar.centre} x2=${bar.centre} y1="0" y2="16" />
      <line class="track-line" x1=${track.start} x2=${track.end} y1="25" y2="25" />
      <line class="zero" x1=${track.zero} x2=${track.zero} y1="21" y2="29" />
      ${
        track.bar
          ? svg`<rect class="score-bar ${row.score! < 0 ? 'negative' : 'positive'}" x=${track.bar.x0} y="22.5"
            width=${Math.max(0, track.bar.x1 - track.bar.x0)} height="5" />
            <circle class="score-dot" cx=${track.score!} cy="25" r="3.5" />`
          : nothing
      }
      ${
        track.target !== null
          ? svg`<path class="target-mark ${row.offTarget ? 'missed' : 'met'}"
            d="M${track.target} 19.5 v13 M${track.target - 3.5} 18 h7 l-3.5 3.5 z" />`
          : nothing
      }
    </svg>`;
  }

  /** The pattern that hatches the detractors' segment, so it differs from the others without colour. */
  protected renderHatch(): TemplateResult {
    return html`<svg class="defs" width="0" height="0" aria-hidden="true">
      <defs>
        <pattern id=${this.#ids.hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch-fill" width="5" height="5" />
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="5" />
        </pattern>
      </defs>
    </svg>`;
  }

  protected renderLegend(localizer: Localizer): TemplateResult {
    const m = localizer.messages.npsOverlay;
    const swatch = (group: string) =>
      html`<svg class="swatch" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
        <rect class="seg ${group}" width="14" height="12" fill=${group === 'detractors' ? `url(#${this.#ids.hatch})` : nothing} />
      </svg>`;
    return html`<ul class="legend" aria-hidden="true">
      <li>${swatch('detractors')}${m.detractors} (0–6)</li>
      <li>${swatch('passives')}${m.passives} (7–8)</li>
      <li>${swatch('promoters')}${m.promoters} (9–10)</li>
      <li>
        <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path class="target-mark met" d="M7 3.5 v10 M3.5 2 h7 l-3.5 3.5 z" />
        </svg>
        ${m.target}
      </li>
      <li>
        <svg class="swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <line class="track-line" x1="0" x2="22" y1="6" y2="6" />
          <rect class="score-bar positive" x="11" y="3.5" width="7" height="5" />
          <circle class="score-dot" cx="18" cy="6" r="3.5" />
        </svg>
        NPS, ${m.scale}
      </li>
    </ul>`;
  }

  protected renderTable(localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const o = m.npsOverlay;
    const dash = '–';
    return html`<div class="table-wrap" role="region" aria-labelledby=${this.#ids.caption} tabindex="0">
      <table part="table" class="table">
        <caption class="journey-visually-hidden">${m.dataTable}</caption>
        <thead>
          <tr>
            <th scope="col">${m.touchpoint}</th>
            <th scope="col">${m.phase}</th>
            <th scope="col" class="num">${m.nps.name}</th>
            <th scope="col" class="num">${o.promoters}</th>
            <th scope="col" class="num">${o.passives}</th>
            <th scope="col" class="num">${o.detractors}</th>
            <th scope="col" class="num">${o.responses}</th>
            <th scope="col">${o.target}</th>
            <th scope="col">${o.trend}</th>
            <th scope="col">${o.period}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.#measured,
            (r) => r.touchpoint.id,
            (r) => {
              const c = r.current;
              const s = c?.shares;
              const trend = r.nps.trend;
              return html`<tr data-touchpoint-id=${r.touchpoint.id}>
                <th scope="row">
                  ${r.touchpoint.label}${
                    r.touchpoint.momentOfTruth
                      ? html` <span class="mot-badge"
                        ><span aria-hidden="true">${icon('star')}${o.momentShort}</span
                        ><span class="journey-visually-hidden">, ${m.momentOfTruthKinds[r.touchpoint.momentOfTruth.kind]}</span></span
                      >`
                      : nothing
                  }
                </th>
                <td>${r.phaseLabel}</td>
                <td class="num">${r.score === null ? o.noData() : localizer.signed(r.score)}</td>
                <td class="num">${s ? localizer.percent(s.promoters) : dash}</td>
                <td class="num">${s ? localizer.percent(s.passives) : dash}</td>
                <td class="num">${s ? localizer.percent(s.detractors) : dash}</td>
                <td class="num">
                  ${c && c.responses > 0 ? localizer.number(c.responses) : dash}${c?.smallSample ? ` (${o.smallSample})` : ''}
                </td>
                <td>${c?.target === undefined ? dash : o.targetCell(localizer.signed(c.target), c.onTarget)}</td>
                <td>${trend && trend.delta !== null ? localizer.signed(trend.delta) : dash}</td>
                <td>${c?.period ?? dash}</td>
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected renderBadge(localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const row = this.#rows.find((r) => r.touchpoint.id === this.touchpoint);
    if (!row) {
      return html`<p class="badge-missing" part="status" role="status">${m.npsOverlay.unknownTouchpoint(this.touchpoint ?? '')}</p>`;
    }
    if (!row.measured) {
      return html`<div class="badge-wrap" part="figure" lang=${localizer.locale}>
        <p class="badge placeholder" role="note">
          <span class="tp-label">${row.touchpoint.label}</span>
          <span class="none">${m.npsOverlay.notMeasured}</span>
        </p>
      </div>`;
    }
    const current = row.current;
    const hasScore = row.score !== null;
    const mot = row.touchpoint.momentOfTruth;
    return html`<div class="badge-wrap" part="figure" lang=${localizer.locale}>
      <div
        part="touchpoint"
        class=${classMap({ badge: true, mot: mot !== undefined, 'off-target': row.offTarget, 'no-data': !hasScore })}
        data-touchpoint-id=${row.touchpoint.id}
      >
        <button
          type="button"
          class="hit"
          data-touchpoint-id=${row.touchpoint.id}
          aria-label=${row.name}
          aria-haspopup="dialog"
          @click=${() => this.#open(row.touchpoint.id)}
        ></button>
        <span class="head" aria-hidden="true">
          <span class="tp-label">${row.touchpoint.label}</span>
          ${mot ? html`<span class="mot-badge" part="moment-of-truth">${icon('star')}${m.npsOverlay.momentShort}</span>` : nothing}
        </span>
        <span class="score-line" aria-hidden="true">
          <span class="badge-name">${m.nps.name}</span>
          <span class="score" part="score">${hasScore ? localizer.signed(row.score!) : m.npsOverlay.noData()}</span>
          ${this.renderTrend(row, localizer)}
        </span>
        ${hasScore ? this.renderBars(row) : nothing}
        <span class="meta" aria-hidden="true">
          ${hasScore ? html`<span class="n">${m.npsOverlay.sampleSize(localizer.number(current!.responses))}</span>` : nothing}
          ${current?.smallSample ? html`<span class="flag small">${icon('warning')}${m.npsOverlay.smallSample}</span>` : nothing}
          ${this.renderTargetState(row, localizer)}
        </span>
      </div>
      ${this.renderHatch()}
    </div>`;
  }

  /** The drill-down: a native modal `<dialog>` (focus kept inside by the platform, Escape closes). */
  protected renderDialog(localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const o = m.npsOverlay;
    const row = this.#measured.find((r) => r.touchpoint.id === this.openId);
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby=${this.#ids.dialogTitle}
      lang=${localizer.locale}
      @close=${this.#onDialogClose}
      @click=${this.#onDialogClick}
    >
      ${row ? this.renderDialogBody(row, localizer) : nothing}
      <form method="dialog" class="dialog-actions">
        <button class="close" part="close" autofocus>${icon('close')}${m.close}</button>
      </form>
      ${row ? nothing : html`<span class="journey-visually-hidden" id=${this.#ids.dialogTitle}>${o.details('')}</span>`}
    </dialog>`;
  }

  protected renderDialogBody(row: NpsRow, localizer: Localizer): TemplateResult {
    const m = localizer.messages;
    const o = m.npsOverlay;
    const current = row.current;
    const journey = this.#source.journey;
    const sourceId = current?.source;
    const source = sourceId ? journey?.sources?.find((s) => s.id === sourceId) : undefined;
    const mot = row.touchpoint.momentOfTruth;
    return html`<div class="dialog-body">
      <header class="dialog-head">
        <h2 id=${this.#ids.dialogTitle}>${o.details(row.touchpoint.label)}</h2>
        <p class="dialog-sub">
          ${m.phase} ${row.phaseLabel}${mot ? html` · ${icon('star')}${m.momentOfTruthKinds[mot.kind]}` : nothing}
        </p>
      </header>
      <p class="dialog-score">
        <span class="score">${row.score === null ? o.noData(this.period ?? undefined) : localizer.signed(row.score)}</span>
        ${this.renderTrend(row, localizer)} ${this.renderTargetState(row, localizer)}
        ${current?.smallSample ? html`<span class="flag small">${icon('warning')}${o.smallSample}</span>` : nothing}
      </p>
      <p class="dialog-text">${m.nps.name} ${this.#measurementText(row, localizer)}</p>
      ${this.#histogram ? this.renderHistogram(this.#histogram.histogram, localizer) : nothing}
      ${row.nps.series.length > 1 ? this.renderHistory(row, localizer) : nothing}
      <dl class="facts">
        ${
          current?.target !== undefined
            ? html`<div><dt>${o.target}</dt><dd>${o.targetCell(localizer.signed(current.target), current.onTarget)}</dd></div>`
            : nothing
        }
        ${
          current && current.responses > 0
            ? html`<div><dt>${o.responses}</dt><dd>${localizer.number(current.responses)}</dd></div>`
            : nothing
        }
        ${
          sourceId
            ? html`<div>
              <dt>${m.source}</dt>
              <dd>
                ${source?.label ?? sourceId}${source?.n !== undefined ? ` (${o.sampleSize(localizer.number(source.n))})` : ''}
              </dd>
            </div>`
            : nothing
        }
      </dl>
    </div>`;
  }

  protected renderHistogram(h: Histogram, localizer: Localizer): TemplateResult {
    const o = localizer.messages.npsOverlay;
    const counts = h.bars.map((b) => `${b.answer}: ${localizer.number(b.count)}`).join(', ');
    return html`<section class="histogram">
      <h3>${o.distribution}</h3>
      <svg
        class="histogram-svg mirror-rtl"
        viewBox="0 0 ${HISTOGRAM.width} ${HISTOGRAM.height}"
        role="img"
        aria-label=${o.distributionLabel(counts)}
      >
        ${h.ticks.map(
          (t) => svg`<line class="grid" x1="32" x2=${HISTOGRAM.width} y1=${t.y} y2=${t.y} />
            <text class="tick" x="28" y=${t.y} dy="0.35em" text-anchor="end">${localizer.number(t.value)}</text>`,
        )}
        ${h.dividers.map((x) => svg`<line class="divider" x1=${x} x2=${x} y1="4" y2=${h.baseline + 4} />`)}
        ${h.bars.map(
          (b) => svg`<rect class="seg ${b.group}" x=${b.x} y=${b.y} width=${b.width} height=${b.height}
              fill=${b.group === 'detractors' ? `url(#${this.#ids.hatch})` : nothing} />
            <text class="tick" x=${b.cx} y=${h.baseline + 15} text-anchor="middle">${b.answer}</text>`,
        )}
      </svg>
      <p class="histogram-legend" aria-hidden="true">
        <span>${o.detractors} 0–6</span><span>${o.passives} 7–8</span><span>${o.promoters} 9–10</span>
      </p>
    </section>`;
  }

  protected renderHistory(row: NpsRow, localizer: Localizer): TemplateResult {
    const o = localizer.messages.npsOverlay;
    const dash = '–';
    return html`<section class="history">
      <h3>${o.history}</h3>
      <table class="history-table">
        <thead>
          <tr>
            <th scope="col">${o.period}</th>
            <th scope="col" class="num">${localizer.messages.nps.name}</th>
            <th scope="col" class="num">${o.responses}</th>
            <th scope="col">${o.target}</th>
          </tr>
        </thead>
        <tbody>
          ${row.nps.series.map(
            (r) => html`<tr class=${classMap({ current: r === row.current })}>
              <th scope="row">${r.period ?? dash}</th>
              <td class="num">${r.score === null ? o.noData() : localizer.signed(r.score)}</td>
              <td class="num">${localizer.number(r.responses)}</td>
              <td>${r.target === undefined ? dash : o.targetCell(localizer.signed(r.target), r.onTarget)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  #personaName(journey: Journey): string | undefined {
    if (!this.persona || this.persona === 'all') return undefined;
    return journey.personas?.find((p) => p.id === this.persona)?.name ?? this.persona;
  }

  // Handlers

  readonly #toggleView = (): void => {
    this.view = this.view === 'table' ? 'chart' : 'table';
  };

  #focused(id: string): void {
    if (this.activeId !== id) this.activeId = id;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const ids = this.#measured.map((r) => r.touchpoint.id);
    if (ids.length === 0) return;
    if ((event.target as Element | null)?.classList?.contains('phase-stop')) {
      this.#onPhaseKey(event);
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
    const vertical = this.#mode === 'vertical';
    const rtl = isRtl(this);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowRight':
        if (!vertical) next = at + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        if (!vertical) next = at + (rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        if (vertical) next = at + 1;
        break;
      case 'ArrowUp':
        if (vertical) next = at - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = ids.length - 1;
        break;
      case 'PageDown':
      case 'PageUp': {
        // By phase: the first measured touchpoint of the next phase, or of this one (the previous one when already there).
        const phase = this.#activePhase();
        const firsts = this.#phases.map((p) => (p.firstMeasured === null ? -1 : ids.indexOf(p.firstMeasured)));
        if (event.key === 'PageDown') next = firsts.slice(phase + 1).find((i) => i >= 0) ?? ids.length - 1;
        else
          next =
            firsts[phase]! >= 0 && firsts[phase]! < at
              ? firsts[phase]!
              : (firsts
                  .slice(0, phase)
                  .reverse()
                  .find((i) => i >= 0) ?? 0);
        break;
      }
      default:
        return;
    }
    if (next === null) return;
    event.preventDefault();
    const id = ids[Math.min(ids.length - 1, Math.max(0, next))]!;
    this.activeId = id;
    // Not rendered yet (outside the window of a long track): rendered in the update this asks
    // for, then focused, which scrolls it into view and moves the window there.
    const button = this.#buttonFor(id);
    if (button) button.focus();
    else this.#focusPending = id;
  };

  async #open(id: string): Promise<void> {
    this.activeId = id;
    this.openId = id;
    const persona = this.persona && this.persona !== 'all' ? this.persona : undefined;
    this.dispatchEvent(
      new JourneyTouchpointSelectEvent(persona ? { touchpointId: id, persona } : { touchpointId: id }),
    );
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open && this.openId === id) dialog.showModal();
  }

  readonly #onDialogClose = (): void => {
    const id = this.openId;
    this.openId = null;
    const opener =
      this.#mode === 'badge'
        ? this.renderRoot.querySelector<HTMLElement>('.badge button.hit')
        : id
          ? this.#buttonFor(id)
          : null;
    opener?.focus();
  };

  /** A click on the backdrop (outside the dialog's box) closes it, as a click outside a popover would. */
  readonly #onDialogClick = (event: MouseEvent): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  };

  #buttonFor(id: string): HTMLElement | null {
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.cell button.hit')) {
      if (button.dataset['touchpointId'] === id) return button;
    }
    return null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // An open dialog whose touchpoint vanished from the data closes.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open && this.openId === null) dialog.close();
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
      const phase = this.#phases[this.#activePhase()];
      const columns = this.#mode !== 'vertical';
      stop?.focus({ preventScroll: columns });
      // Aligned: the element aligned to follows the track's scroll (#onOwnScroll).
      if (columns && wrap && phase && this.#columns)
        setScrollStart(wrap, phase.first * this.#columns.width, isRtl(this));
    }
    if (this.#windowed) this.#afterWindowRender();
    // New data removed the focused touchpoint: focus moves to the one that now holds the tab stop.
    if (this.#hadFocus && !(this.renderRoot as ShadowRoot).activeElement && this.activeId)
      this.#buttonFor(this.activeId)?.focus();
    if (this.#mode === 'horizontal' && this.#ownLayout && !sameLayout(this.#ownLayout, this.#announcedLayout)) {
      this.#announcedLayout = this.#ownLayout;
      this.dispatchEvent(new JourneyLayoutEvent(this.#ownLayout));
    }
    if (changed.has('alignTo') || (changed as Map<PropertyKey, unknown>).has('alignLayout'))
      this.#scheduleAlignMeasure();
  }

  // Windowing of long tracks

  /**
   * After a windowed render: the vertical chunks just rendered are measured (their gaps take that
   * height once they leave the view), and when the view's size or a chunk's height is not what
   * the window was worked out with, it is worked out again in the next frame, as after a scroll.
   */
  #afterWindowRender(): void {
    const wrap = this.#trackWrap();
    if (!wrap) return;
    let stale = (this.#virtualRows ? wrap.clientHeight : wrap.clientWidth) !== this.#scroll.size;
    if (this.#virtualRows) {
      for (const chunk of this.renderRoot.querySelectorAll<HTMLElement>('.chunk')) {
        const index = Number(chunk.dataset['chunk']);
        const height = chunk.offsetHeight;
        if (height > 0 && height !== this.#chunkHeights[index]) {
          this.#chunkHeights[index] = height;
          stale = true;
        }
      }
    }
    if (stale) this.#scheduleWindowCheck();
  }

  #trackWrap(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.track-wrap');
  }

  readonly #onTrackScroll = (event: Event): void => {
    if (this.#mode === 'aligned') this.#onOwnScroll(event);
    this.#scheduleWindowCheck();
  };

  /** Once per frame: reads the track's scroll position and view, and renders again if other columns or chunks are in view. */
  #scheduleWindowCheck(): void {
    if (this.#scrollFrame !== 0) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const wrap = this.#trackWrap();
      if (!wrap || !this.#windowed) return;
      const rows = this.#virtualRows;
      // Scrolled content runs to negative scrollLeft in right-to-left text.
      this.#scroll = {
        pos: rows ? wrap.scrollTop : Math.abs(wrap.scrollLeft),
        size: rows ? wrap.clientHeight : wrap.clientWidth,
      };
      const range = this.#range();
      // Gaps never need this: only rendered chunks are measured, and a gap is built from the heights
      // of chunks that are not rendered.
      if (range.first !== this.#window.first || range.last !== this.#window.last) this.requestUpdate();
    });
  }

  // Alignment with an `align-to` element

  #connectAlign(): void {
    this.#disconnectAlign();
    if (!this.alignTo || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(this.alignTo) : null;
    if (!target || target === this) {
      // Not on the page yet (it may come later in the markup): watch for it until it is.
      this.#alignWatch = new MutationObserver(() => {
        if (root.getElementById(this.alignTo ?? '')) this.#connectAlign();
      });
      this.#alignWatch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
      if (this.alignLayout) this.alignLayout = null;
      return;
    }
    this.#alignTarget = target;
    target.addEventListener(JourneyLayoutEvent.type, this.#onAlignLayout);
    this.#alignResize = new ResizeObserver(() => this.#scheduleAlignMeasure());
    this.#alignResize.observe(target);
    this.#alignResize.observe(this);
    const layout = (target as HTMLElement & { columnLayout?: unknown }).columnLayout;
    this.alignLayout = isColumnLayout(layout) ? layout : null;
    this.#scheduleAlignMeasure();
  }

  #disconnectAlign(): void {
    this.#alignTarget?.removeEventListener(JourneyLayoutEvent.type, this.#onAlignLayout);
    this.#alignTarget = null;
    this.#alignResize?.disconnect();
    this.#alignResize = undefined;
    this.#alignWatch?.disconnect();
    this.#alignWatch = undefined;
    if (this.#alignFrame !== 0) cancelAnimationFrame(this.#alignFrame);
    this.#alignFrame = 0;
    this.#alignScroller?.removeEventListener('scroll', this.#onTargetScroll);
    this.#alignScroller = null;
  }

  readonly #onAlignLayout = (event: Event): void => {
    const layout = (event as JourneyLayoutEvent).layout;
    if (isColumnLayout(layout)) this.alignLayout = layout;
    this.#scheduleAlignMeasure();
  };

  /** Measures in the next frame, so a resize never re-enters the ResizeObserver's own delivery. */
  #scheduleAlignMeasure(): void {
    if (this.#alignFrame !== 0 || !this.#alignTarget) return;
    this.#alignFrame = requestAnimationFrame(() => {
      this.#alignFrame = 0;
      this.#measureAlign();
    });
  }

  #measureAlign(): void {
    const target = this.#alignTarget;
    if (!target) return;
    const fresh = (target as HTMLElement & { columnLayout?: unknown }).columnLayout;
    if (isColumnLayout(fresh) && fresh !== this.alignLayout) this.alignLayout = fresh;
    const origin = this.renderRoot.querySelector('.track-wrap') ?? this;
    // From the inline start: the left edges, or the right edges in right-to-left.
    const to = target.getBoundingClientRect();
    const from = origin.getBoundingClientRect();
    const offset = isRtl(this) ? from.right - to.right : to.left - from.left;
    if (Math.abs(offset - this.alignOffset) > 0.01) this.alignOffset = offset;
    this.#followScroller();
  }

  /**
   * When the aligned element scrolls its columns (too many for its width), both scroll together.
   * Its scroller is its public `plot` part (`<emotion-curve>`) or `scroller` part.
   */
  #followScroller(): void {
    const root = this.#alignTarget?.shadowRoot;
    const scroller = root?.querySelector<HTMLElement>('[part~="plot"], [part~="scroller"]') ?? null;
    if (scroller === this.#alignScroller) return;
    this.#alignScroller?.removeEventListener('scroll', this.#onTargetScroll);
    this.#alignScroller = scroller;
    scroller?.addEventListener('scroll', this.#onTargetScroll, { passive: true });
    this.#onTargetScroll();
  }

  readonly #onTargetScroll = (): void => {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.track-wrap');
    const scroller = this.#alignScroller;
    if (wrap && scroller && Math.abs(wrap.scrollLeft - scroller.scrollLeft) > 0.5)
      wrap.scrollLeft = scroller.scrollLeft;
  };

  readonly #onOwnScroll = (event: Event): void => {
    const wrap = event.currentTarget as HTMLElement;
    const scroller = this.#alignScroller;
    if (scroller && Math.abs(wrap.scrollLeft - scroller.scrollLeft) > 0.5) scroller.scrollLeft = wrap.scrollLeft;
  };
}

function sameLayout(a: ColumnLayout, b: ColumnLayout | undefined): boolean {
  return (
    b !== undefined &&
    a.width === b.width &&
    a.columnWidth === b.columnWidth &&
    a.inset === b.inset &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.touchpointId === b.columns[i]?.touchpointId)
  );
}
