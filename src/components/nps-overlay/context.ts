/** What the overlay's templates draw from: one object, built by the element for each render. */
import type { PhaseBand } from '../../layout/columns.js';
import type { Histogram, DivergingBar, ScoreTrack } from '../../layout/nps.js';
import type { Journey } from '../../model/types.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { NpsRow, NpsRows } from './rows.js';
import type { PeriodTrend } from './drill-down.controller.js';
import type { Segment } from './row-chunks.controller.js';

/** The two views of the overlay: the drawn chart, or a data table with the same numbers. */
export const NPS_OVERLAY_VIEWS = ['chart', 'table'] as const;
/** One view of the overlay. */
export type NpsOverlayView = (typeof NPS_OVERLAY_VIEWS)[number];

/**
 * How the overlay lays itself out: `badge` (one touchpoint), `hosted` (a lane of `<journey-map>`),
 * `aligned` (to an `align-to` element), or standalone `horizontal` / `vertical`.
 */
export type NpsOverlayMode = 'badge' | 'hosted' | 'aligned' | 'horizontal' | 'vertical';

/** Size of the drill-down histogram, in px of its viewBox. */
export const HISTOGRAM = { width: 320, height: 150 } as const;
/** Size of the drill-down's trend over the periods, in px of its viewBox. */
export const TREND = { width: 320, height: 140 } as const;

/** The geometry of one row's drawing. */
export interface RowGeometry {
  bar: DivergingBar | null;
  track: ScoreTrack;
}

/** Where the columns start and how wide they are, in px from the track's left. */
export interface TrackColumns {
  start: number;
  width: number;
  trackWidth: number;
}

/** The phase holding the tab stop at the phase level, with its summary as its name. */
export interface PhaseStop {
  at: number;
  label: string;
  first: number;
  last: number;
  name: string;
}

/** The DOM ids of one overlay (unique on the page, never from the model). */
export interface OverlayIds {
  caption: string;
  summary: string;
  hatch: string;
  dialogTitle: string;
  /** The region the view toggle switches (chart or table). */
  view: string;
}

/** Everything a template of the overlay reads, and the handlers it binds. */
export interface OverlayContext {
  journey: Journey;
  /** Whether a live refresh brought a fresh significant dip at the touchpoint (for the persona shown). */
  dipped: (touchpointId: string) => boolean;
  localizer: Localizer;
  mode: NpsOverlayMode;
  view: NpsOverlayView;
  period: string | null;
  persona: string;
  /** The touchpoint shown as a badge. */
  touchpoint: string | null;
  ids: OverlayIds;
  data: NpsRows;
  generatedSummary: string;
  activeId: string | null;
  /** The phase stop, when the keyboard is at the phase level. */
  phaseStop: PhaseStop | null;
  columns: TrackColumns | null;
  /** Phase bands over a standalone horizontal track (those in the window). */
  bands: readonly PhaseBand[];
  /** The track renders only what is in view. */
  windowed: boolean;
  /** A long vertical list rendered by chunks. */
  virtualRows: boolean;
  /** The rows rendered (column modes and short lists). */
  shown: readonly NpsRow[];
  /** The chunks and gaps (a long vertical list). */
  segments: readonly Segment[];
  geometry: ReadonlyMap<string, RowGeometry>;
  barWidth: number;
  /** The touchpoint whose drill-down is open, its histogram, and the source of its numbers. */
  open: { row: NpsRow; histogram: Histogram | null; trend: PeriodTrend | null } | null;
  on: {
    open(id: string): void;
    focus(id: string): void;
    toggleView(): void;
    keydown(event: KeyboardEvent): void;
    trackScroll(event: Event): void;
    dialogClose(): void;
    dialogClick(event: MouseEvent): void;
  };
}
