import {
  type MomentBadge,
  type PointLabel,
  placeMoments,
  placePointLabels,
  tickBoxes,
} from '../../layout/emotion-labels.js';
import type { MeasureText } from '../../layout/text.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import {
  type Geometry,
  INNER_TICK_X,
  type JourneyModel,
  MIN_AXIS_INSET,
  TEXT_SIZE,
  type WindowGeometry,
} from './model.js';

/** Whether a hosted curve lays its ticks over the plot: its layout leaves no room for an axis beside it. */
export function ticksInside(geometry: Geometry, hosted: boolean): boolean {
  return hosted && geometry.layout.inset < MIN_AXIS_INSET && geometry.layout.columns.length > 0;
}

/** The point labels and moment badges of the rendered columns, in the element's words and font. */
export function curveLabels(
  model: JourneyModel,
  geometry: Geometry,
  win: WindowGeometry,
  shown: readonly number[],
  options: { localizer: Localizer; hosted: boolean; measure: MeasureText },
): { points: PointLabel[]; moments: MomentBadge[] } {
  const { localizer, hosted, measure } = options;
  const m = localizer.messages;
  // Ticks drawn inside the plot are obstacles too, so no label covers them.
  const x = (geometry.layout.columns[0]?.x0 ?? 0) + INNER_TICK_X;
  const ticks = ticksInside(geometry, hosted) ? geometry.ticks.map((t) => ({ ...t, x })) : [];
  const signed = (n: number) => localizer.signed(n);
  return {
    points: placePointLabels({
      curves: model.curves,
      markers: win.markers,
      first: win.first,
      last: win.last,
      shown,
      frame: geometry.frame,
      layout: geometry.layout,
      obstacles: tickBoxes(ticks, signed, measure, TEXT_SIZE),
      // Hosted, the map's legend says which emotion each glyph stands for.
      words: { peak: m.peak, end: m.end, signed, emotionWord: hosted ? undefined : (l) => localizer.emotionWord(l) },
      measure,
      fontSize: TEXT_SIZE,
    }),
    moments: placeMoments(
      win.moments.map(({ index, x: at, touchpoint }) => ({
        index,
        x: at,
        word: m.momentOfTruthKinds[touchpoint.momentOfTruth!.kind],
      })),
      geometry.layout.columnWidth,
      measure,
      TEXT_SIZE,
    ),
  };
}
