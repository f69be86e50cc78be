import type { PeriodChange } from '../../analytics/trends.js';
import type { MomentBadge, PointLabel } from '../../layout/emotion-labels.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { ticksInside } from './labels.js';
import { inlineOffset } from '../../shared/direction.js';
import { type Geometry, type JourneyModel, type PointRef, type WindowGeometry, markerAt, pointNear } from './model.js';
import type { PlotContext } from './plot.template.js';

/** What the plot draws apart from its handlers and tooltip. */
export type PlotState = Omit<PlotContext, 'on' | 'tooltip'>;

/** The inputs of {@link plotState}: the derived geometry and the element's interaction state. */
export interface PlotStateInput {
  model: JourneyModel;
  geometry: Geometry;
  win: WindowGeometry;
  localizer: Localizer;
  shown: readonly number[];
  hosted: boolean;
  rtl: boolean;
  active: PointRef;
  atPhaseLevel: boolean;
  focused: boolean;
  /** The point whose tooltip shows (hovered, or focused with its tooltip open). */
  target: PointRef | null;
  labels: { points: PointLabel[]; moments: MomentBadge[] };
  viewport: number;
  scroll: number;
  /** The new dips of a live refresh (the element's `dipWatch.dips`): their touchpoints are marked. */
  dips: readonly PeriodChange[];
  /** The summary of phase `band` (memoised by the element). */
  phaseName: (band: number) => string;
}

/**
 * Everything the plot's templates read, derived before the render: the active point's marker
 * (also outside the rendered columns), the phase holding the tab stop, the highlighted column.
 */
export function plotState(input: PlotStateInput): PlotState {
  const { model, geometry, win, active, atPhaseLevel } = input;
  const band = geometry.bandOf[active.index] ?? 0;
  const inWindow = active.index >= win.first && active.index <= win.last;
  return {
    model,
    geometry,
    win,
    localizer: input.localizer,
    shown: input.shown,
    hosted: input.hosted,
    rtl: input.rtl,
    insideTicks: ticksInside(geometry, input.hosted),
    active,
    activeMarker: inWindow
      ? (win.markers[active.curve]?.[active.index - win.first] ?? null)
      : markerAt(model, geometry, active.curve, active.index),
    atPhaseLevel,
    phase: atPhaseLevel && geometry.layout.bands[band] ? { band, name: input.phaseName(band) } : null,
    focused: input.focused,
    highlight: input.target ?? (input.focused && !atPhaseLevel ? active : null),
    pointLabels: input.labels.points,
    momentBadges: input.labels.moments,
    viewport: input.viewport,
    scrolled: input.scroll > 0,
    dipped: dippedPoints(model, input.shown, input.dips),
  };
}

/**
 * The points with a fresh dip, as `index:curve` keys: a persona's dip on that persona's curve, an
 * all-customers dip on every shown curve.
 */
export function dippedPoints(
  model: JourneyModel,
  shown: readonly number[],
  dips: readonly PeriodChange[],
): Set<string> {
  const points = new Set<string>();
  for (const dip of dips) {
    for (const c of shown) {
      const key = model.curves[c]!.key;
      if (dip.persona === null || dip.persona === key) points.add(`${dip.index}:${c}`);
    }
  }
  return points;
}

/** The touchpoint and curve under the pointer: the column under it, the nearest shown line in it. */
export function pointUnder(state: PlotState | undefined, event: MouseEvent): PointRef | null {
  const chart = event.currentTarget as SVGSVGElement | null;
  if (!state || !chart) return null;
  const rect = chart.getBoundingClientRect();
  const x = inlineOffset(event.clientX, rect, state.rtl) + state.win.x0;
  return pointNear(state.model, state.geometry, state.shown, x, event.clientY - rect.top);
}
