/**
 * Where the emotion curve's point labels go: the emotion word, peak, end and largest drop beside
 * each point of the rendered columns, never over a marker, a tick or each other (placeLabels), and
 * which moment-of-truth badges have room for their word. Pure: the words and the text measure
 * are passed in, so tests place labels with `estimateTextWidth`.
 */
import type { PeakEnd, EmotionDrop } from '../analytics/emotion.js';
import type { ColumnLayout } from './columns.js';
import {
  type AxisTick,
  type Box,
  type CurveFrame,
  type CurveMarker,
  FRAME,
  LABEL_PADDING,
  type LabelRequest,
  type PlacedLabel,
  placeLabels,
} from './emotion-curve.js';
import type { MeasureText } from './text.js';

/** Radius that labels keep clear of around a marker, and around a peak or end ring. */
export const MARKER_RADIUS = 7;
export const RING_RADIUS = 10;

/** What a label says. */
export type PointLabelKind = 'word' | 'peak' | 'end' | 'peak-end' | 'drop';

/** A placed point label, with its kind and the curve (index) it belongs to. */
export interface PointLabel extends PlacedLabel {
  kind: PointLabelKind;
  curve: number;
}

/** The marks of one curve that get a label. */
export interface LabelledCurve {
  peakEnd: PeakEnd | null;
  drop: EmotionDrop | undefined;
}

/** The words of the labels, in the element's language. */
export interface PointLabelWords {
  peak: string;
  end: string;
  /** A score with its sign, e.g. "+3". */
  signed: (score: number) => string;
  /** The emotion word of a label, or undefined to draw no word (a hosted curve: the map's legend says it). */
  emotionWord: ((label: string) => string) | undefined;
}

/** Everything {@link placePointLabels} reads. */
export interface PointLabelInput {
  curves: readonly LabelledCurve[];
  /** Per curve (all curves), the markers of the columns `first…last`. */
  markers: readonly (readonly CurveMarker[])[];
  first: number;
  last: number;
  /** The curves shown, indices into `curves`. */
  shown: readonly number[];
  frame: CurveFrame;
  layout: ColumnLayout;
  /** Boxes no label may cover besides the markers: ticks drawn inside the plot. */
  obstacles: readonly Box[];
  words: PointLabelWords;
  measure: MeasureText;
  fontSize: number;
}

/** The labels of the points of columns `first…last`, placed column by column. */
export function placePointLabels(input: PointLabelInput): PointLabel[] {
  const { frame, layout, words, fontSize } = input;
  const maxWidth = Math.max(0, layout.columnWidth - 2 * LABEL_PADDING);
  const ticksEnd = Math.max(-Infinity, ...input.obstacles.map((b) => b.x1));
  const out: PointLabel[] = [];
  for (let i = Math.max(0, input.first); i <= input.last; i += 1) {
    const slot = i - input.first;
    const here = input.shown
      .map((c) => ({ c, marker: input.markers[c]![slot]! }))
      .filter((h): h is { c: number; marker: CurveMarker & { y: number; score: number } } => h.marker.y !== null);
    if (here.length === 0) continue;
    const topmost = here.reduce((a, b) => (b.marker.y < a.marker.y ? b : a));
    const obstacles: Box[] = here.map(({ marker }) => ({
      x0: marker.x - MARKER_RADIUS,
      x1: marker.x + MARKER_RADIUS,
      y0: marker.y - MARKER_RADIUS,
      y1: marker.y + MARKER_RADIUS,
    }));
    if (layout.columns[i]!.x0 < ticksEnd) obstacles.push(...input.obstacles);
    const requests: LabelRequest[] = [];
    const kinds = new Map<string, { kind: PointLabelKind; curve: number }>();
    const said: { text: string; y: number }[] = [];
    const add = (
      kind: PointLabelKind,
      c: number,
      text: string,
      priority: number,
      prefer: 'above' | 'below',
      radius: number,
    ) => {
      const marker = input.markers[c]![slot]!;
      // Two curves meeting at one spot with the same text (a shared emotion, a shared peak) need it once.
      if (said.some((w) => w.text === text && Math.abs(w.y - marker.y!) < 2 * MARKER_RADIUS)) return;
      said.push({ text, y: marker.y! });
      const key = `${kind}:${c}`;
      kinds.set(key, { kind, curve: c });
      requests.push({ key, text, x: marker.x, y: marker.y!, radius, priority, prefer, fontSize });
    };
    for (const { c, marker } of here) {
      const curve = input.curves[c]!;
      const side: 'above' | 'below' = marker === topmost.marker ? 'above' : 'below';
      const pe = curve.peakEnd;
      const isPeak = pe?.peak.index === i;
      const isEnd = pe?.end.index === i;
      const ringed = isPeak || isEnd;
      const score = words.signed(marker.score);
      if (isPeak && isEnd) add('peak-end', c, `${words.peak}/${words.end} ${score}`, 3, side, RING_RADIUS);
      else if (isPeak) add('peak', c, `${words.peak} ${score}`, 3, marker.score < 0 ? 'below' : side, RING_RADIUS);
      else if (isEnd) add('end', c, `${words.end} ${score}`, 3, side, RING_RADIUS);
      if (curve.drop?.to.index === i) {
        add('drop', c, `↓ ${words.signed(-curve.drop.drop)}`, 2, 'below', ringed ? RING_RADIUS : MARKER_RADIUS);
      }
      if (marker.label !== undefined && words.emotionWord) {
        add('word', c, words.emotionWord(marker.label), 1, side, ringed ? RING_RADIUS : MARKER_RADIUS);
      }
    }
    const placed = placeLabels(requests, {
      maxWidth,
      top: frame.marksTop,
      bottom: frame.plotBottom + FRAME.plotPadding,
      obstacles,
      measure: input.measure,
    });
    for (const label of placed) {
      const info = kinds.get(label.key)!;
      out.push({ ...label, key: `${label.key}:${i}`, kind: info.kind, curve: info.curve });
    }
  }
  return out;
}

/** The boxes of ticks drawn inside the plot (a hosted curve without room for an axis), which labels keep clear of. */
export function tickBoxes(
  ticks: readonly (AxisTick & { x: number })[],
  text: (value: number) => string,
  measure: MeasureText,
  fontSize: number,
): Box[] {
  return ticks.map((t) => ({
    x0: t.x - 2,
    x1: t.x + measure(text(t.value), fontSize) + 2,
    y0: t.y - fontSize / 2 - 2,
    y1: t.y + fontSize / 2 + 2,
  }));
}

/** A moment of truth above the plot: its word when it fits the column, else the flag alone. */
export interface MomentBadge {
  index: number;
  x: number;
  text: string | null;
  width: number;
}

/** Which moments of truth have room for their word beside the flag (16 px) in a column. */
export function placeMoments(
  moments: readonly { index: number; x: number; word: string }[],
  columnWidth: number,
  measure: MeasureText,
  fontSize: number,
): MomentBadge[] {
  const room = columnWidth - 2 * LABEL_PADDING - 16;
  return moments.map(({ index, x, word }) => {
    // The word is set in semibold: about 8 % wider than the regular weight measured.
    const width = measure(word, fontSize) * 1.08;
    return width <= room ? { index, x, text: word, width } : { index, x, text: null, width: 0 };
  });
}
