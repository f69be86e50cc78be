import type { MomentBadge, PointLabel } from '../../layout/emotion-labels.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { ticksInside } from './labels.js';
import { type Geometry, type JourneyModel, type PointRef, type WindowGeometry, markerAt } from './model.js';
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
  };
}
