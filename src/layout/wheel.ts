/**
 * Geometry of the experience wheel (issue 17): the journey as a circle, after Lego's customer
 * experience wheel. The phases are ring sectors clockwise from twelve o'clock (counter-clockwise
 * right to left), each sector's angle proportional to its touchpoints; the touchpoints are marks
 * on the ring, labelled outside it without overlap; each persona's emotion is a closed radial
 * line, inside the neutral circle for negative and outside for positive.
 *
 * Angles follow d3-shape: radians, 0 at twelve o'clock, growing clockwise on screen; a point at
 * angle a and radius r sits at (cx + r·sin a, cy − r·cos a). No DOM: text is measured with the
 * function the caller passes (or the deterministic estimate).
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { arc, curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';
import { curveKeys, emotionSeries, peakEndOf } from '../analytics/emotion.js';
import type { Journey, Touchpoint } from '../model/types.js';
import { EMOTION_DOMAIN, type MeasureText, estimateTextWidth, truncateText, wrapText } from './emotion-curve.js';

/** Options of {@link wheelLayout}. */
export interface WheelOptions {
  /** Width and height of the square drawing, px. */
  size: number;
  /** Right to left: the wheel runs counter-clockwise. */
  rtl?: boolean;
  /** Label font size, px (default 12, the smallest the project allows). */
  fontSize?: number;
  /** Measures label text; default a deterministic estimate. */
  measure?: MeasureText;
  /** The emotion period drawn; default each touchpoint's latest. */
  period?: string | null;
}

/** One phase sector (one run of consecutive touchpoints of one phase). */
export interface WheelSector {
  phaseId: string;
  /** Journey indices of its first and last touchpoint. */
  first: number;
  last: number;
  count: number;
  /** Angles in d3 convention; `end < start` right to left. */
  startAngle: number;
  endAngle: number;
  /** The ring sector path (centred on 0,0: translate by the centre). */
  path: string;
  /** Where the phase name goes: the middle of the sector, on the ring. */
  labelAngle: number;
  labelX: number;
  labelY: number;
}

/** A touchpoint's mark on the ring. */
export interface WheelMark {
  touchpointId: string;
  index: number;
  phaseId: string;
  angle: number;
  x: number;
  y: number;
}

/** A touchpoint label outside the ring. */
export interface WheelLabel {
  touchpointId: string;
  index: number;
  /** The text shown (cut with an ellipsis when the room is short) and whether it was cut. */
  text: string;
  truncated: boolean;
  /** The label box: left, top, width, height (px, in the drawing). */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Where the text is anchored: the box's left edge on the right half, its right edge on the left
   * half (so a label always reads away from the ring, in either text direction).
   */
  anchorX: number;
  baselineY: number;
  side: 'right' | 'left';
  /** A leader from the ring to the label, when the label had to move from its natural place. */
  leader: { x1: number; y1: number; x2: number; y2: number; x3: number; y3: number } | null;
  /** Too many labels for the height: this one is left out of the drawing (still in the data table). */
  hidden: boolean;
}

/** A point of a persona's line. */
export interface WheelPoint {
  touchpointId: string;
  index: number;
  angle: number;
  score: number | null;
  radius: number | null;
  x: number | null;
  y: number | null;
}

/** One persona's (or all customers') emotion as a closed radial line. */
export interface WheelCurve {
  persona: string | null;
  points: WheelPoint[];
  /** The path (centred on 0,0); several pieces when a touchpoint has no score; '' without any. */
  path: string;
  /** Whether the line goes all the way round (no gaps). */
  closed: boolean;
  /** Peak and end (Kahneman's peak-end rule) and the remembered experience, or `null` without scores. */
  peak: WheelPoint | null;
  end: WheelPoint | null;
  remembered: number | null;
}

/** A moment of truth on the ring. */
export interface WheelMoment {
  touchpointId: string;
  index: number;
  kind: string;
  angle: number;
  x: number;
  y: number;
}

/** The whole wheel. */
export interface WheelLayout {
  size: number;
  cx: number;
  cy: number;
  /** The ring of phase sectors. */
  ringInner: number;
  ringOuter: number;
  /** The emotion scale (−5…+5 → radius) and the neutral circle (score 0). */
  scale: ScaleLinear<number, number>;
  neutralRadius: number;
  /** The free disc in the centre, for the title, goal and remembered experience. */
  centreRadius: number;
  sectors: WheelSector[];
  marks: WheelMark[];
  labels: WheelLabel[];
  curves: WheelCurve[];
  moments: WheelMoment[];
}

const TAU = 2 * Math.PI;
/** Room between the ring and a label, px. */
const LABEL_GAP = 14;
/** Extra line spacing of stacked labels, px. */
const LABEL_LEADING = 4;

/** Polar to Cartesian around (cx, cy), d3 convention. */
export function polar(cx: number, cy: number, angle: number, radius: number): { x: number; y: number } {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

/**
 * The sectors' angles: runs of consecutive touchpoints of one phase, clockwise from twelve
 * o'clock (counter-clockwise with `rtl`), each spanning 2π · count / total.
 */
export function wheelAngles(
  touchpoints: readonly Pick<Touchpoint, 'phase'>[],
  rtl = false,
): {
  runs: { phaseId: string; first: number; last: number; startAngle: number; endAngle: number }[];
  angles: number[];
} {
  const total = touchpoints.length;
  const sign = rtl ? -1 : 1;
  const step = total === 0 ? 0 : TAU / total;
  const runs: { phaseId: string; first: number; last: number; startAngle: number; endAngle: number }[] = [];
  touchpoints.forEach((tp, i) => {
    const run = runs[runs.length - 1];
    if (run && run.phaseId === tp.phase) {
      run.last = i;
      run.endAngle = sign * (i + 1) * step;
    } else
      runs.push({ phaseId: tp.phase, first: i, last: i, startAngle: sign * i * step, endAngle: sign * (i + 1) * step });
  });
  // Each touchpoint in the middle of its equal slot.
  const angles = touchpoints.map((_, i) => sign * (i + 0.5) * step);
  return { runs, angles };
}

/** The emotion scale of a wheel: −5 at `inner`, +5 at `outer`, so 0 is the neutral circle halfway. */
export function wheelEmotionScale(inner: number, outer: number): ScaleLinear<number, number> {
  return scaleLinear().domain(EMOTION_DOMAIN).range([inner, outer]).clamp(true);
}

/** The radii of a wheel `size` px square: label room outside, the ring, the emotion disc inside. */
export function wheelRadii(size: number): {
  ringOuter: number;
  ringInner: number;
  plotOuter: number;
  plotInner: number;
} {
  const half = size / 2;
  // Labels take about a fifth of the width on each side (at least 80 px, at most 180 px).
  const labelRoom = Math.min(180, Math.max(80, size * 0.2));
  const ringOuter = Math.max(48, half - labelRoom - LABEL_GAP);
  const ringWidth = Math.min(28, Math.max(14, ringOuter * 0.12));
  const ringInner = ringOuter - ringWidth;
  const plotOuter = ringInner - 8;
  // The centre keeps about a fifth of the disc's area for the title and the remembered experience.
  return { ringOuter, ringInner, plotOuter, plotInner: plotOuter * 0.45 };
}

/**
 * Places one side's labels (sorted by their natural top) in a column: each at least a line
 * below the one before, pushed up again from the bottom edge when the column overflows.
 */
function stack(natural: number[], height: number, top: number, bottom: number): number[] {
  const ys = [...natural];
  for (let i = 0; i < ys.length; i += 1) {
    ys[i] = Math.max(ys[i]!, top, i > 0 ? ys[i - 1]! + height : -Infinity);
  }
  for (let i = ys.length - 1; i >= 0; i -= 1) {
    ys[i] = Math.min(ys[i]!, bottom - height, i < ys.length - 1 ? ys[i + 1]! - height : Infinity);
  }
  return ys;
}

/** The label boxes of the touchpoints outside the ring, in two columns (right and left half). */
function placeLabels(
  touchpoints: readonly Touchpoint[],
  angles: readonly number[],
  options: { size: number; cx: number; cy: number; ringOuter: number; fontSize: number; measure: MeasureText },
): WheelLabel[] {
  const { size, cx, cy, ringOuter, fontSize, measure } = options;
  const height = fontSize + LABEL_LEADING;
  const capacity = Math.max(0, Math.floor(size / height));
  const clear = ringOuter + LABEL_GAP;
  const labels: WheelLabel[] = touchpoints.map((tp, index) => {
    const angle = angles[index]!;
    const sin = Math.sin(angle);
    // Twelve and six o'clock exactly: the label goes right at six, left at twelve.
    const side = sin > 1e-9 || (Math.abs(sin) <= 1e-9 && Math.cos(angle) < 0) ? 'right' : 'left';
    const at = polar(cx, cy, angle, clear);
    return {
      touchpointId: tp.id,
      index,
      text: tp.label,
      truncated: false,
      x: at.x,
      y: at.y - height / 2,
      width: 0,
      height,
      anchorX: at.x,
      baselineY: 0,
      side,
      leader: null,
      hidden: false,
    };
  });
  for (const side of ['right', 'left'] as const) {
    const column = labels.filter((l) => l.side === side);
    if (column.length > capacity) {
      // More labels than lines: the moments of truth first, then the others spread evenly round the ring.
      const moment = (l: WheelLabel) => touchpoints[l.index]!.momentOfTruth !== undefined;
      const others = column.filter((l) => !moment(l));
      const stride = Math.max(1, Math.ceil(others.length / Math.max(1, capacity)));
      const spread = others
        .map((l, position) => ({ l, position }))
        .sort((a, b) => (a.position % stride) - (b.position % stride) || a.position - b.position)
        .map(({ l }) => l);
      const kept = new Set([...column.filter(moment), ...spread].slice(0, capacity));
      for (const l of column) if (!kept.has(l)) l.hidden = true;
    }
    const shown = column.filter((l) => !l.hidden).sort((a, b) => a.y - b.y || a.index - b.index);
    const tops = stack(
      shown.map((l) => l.y),
      height,
      0,
      size,
    );
    shown.forEach((label, i) => {
      const y = tops[i]!;
      // Keep the box outside the ring's clear circle at the rows it spans.
      const dy = Math.max(0, Math.abs(y + height / 2 - cy) - height / 2);
      const halfChord = Math.sqrt(Math.max(0, clear * clear - dy * dy));
      const anchorX =
        side === 'right' ? Math.max(label.anchorX, cx + halfChord) : Math.min(label.anchorX, cx - halfChord);
      const room = side === 'right' ? size - anchorX - 2 : anchorX - 2;
      const cut = truncateText(label.text, Math.max(0, room), fontSize, measure);
      label.text = cut.text;
      label.truncated = cut.truncated;
      label.width = cut.width;
      label.anchorX = anchorX;
      label.x = side === 'right' ? anchorX : anchorX - cut.width;
      // A few px sideways (keeping a box corner off the ring) needs no leader; a move along the column does.
      if (
        Math.abs(y - label.y) > 0.5 ||
        Math.abs(anchorX - polar(cx, cy, angles[label.index]!, clear).x) > LABEL_GAP / 2
      ) {
        // Moved off its ray: a leader from the ring, out along the ray, then to the label's near edge.
        const angle = angles[label.index]!;
        const from = polar(cx, cy, angle, ringOuter + 2);
        const elbow = polar(cx, cy, angle, ringOuter + LABEL_GAP / 2);
        const edgeX = side === 'right' ? label.x - 2 : label.x + label.width + 2;
        label.leader = { x1: from.x, y1: from.y, x2: elbow.x, y2: elbow.y, x3: edgeX, y3: y + height / 2 };
      }
      label.y = y;
      // The baseline of a line of text centred in its box (about 0.35 em below the middle).
      label.baselineY = y + height / 2 + 0.35 * fontSize;
    });
  }
  return labels;
}

/** The closed radial line of one curve; open pieces around a gap, the run across twelve o'clock kept whole. */
// Straight segments: a smoothed closed curve (cardinal) would swing past recorded scores between
// touchpoints, drawing a feeling nobody reported; the grid's curve avoids that with a monotone
// curve, which has no closed radial form.
function curvePath(points: readonly WheelPoint[]): { path: string; closed: boolean } {
  const scored = points.filter((p) => p.radius !== null);
  if (scored.length === 0) return { path: '', closed: false };
  if (scored.length === points.length) {
    const line = lineRadial<WheelPoint>()
      .angle((p) => p.angle)
      .radius((p) => p.radius!)
      .curve(curveLinearClosed);
    return { path: line(points) ?? '', closed: true };
  }
  // Start right after a gap so that no scored run is split at the end of the list.
  const gap = points.findIndex((p) => p.radius === null);
  const rotated = [...points.slice(gap + 1), ...points.slice(0, gap + 1)];
  const line = lineRadial<WheelPoint>()
    .defined((p) => p.radius !== null)
    .angle((p) => p.angle)
    .radius((p) => p.radius ?? 0)
    .curve(curveLinear);
  return { path: line(rotated) ?? '', closed: false };
}

/** The experience wheel of a journey in a square `options.size` px. */
export function wheelLayout(journey: Pick<Journey, 'touchpoints' | 'personas'>, options: WheelOptions): WheelLayout {
  const size = options.size;
  const cx = size / 2;
  const cy = size / 2;
  const fontSize = options.fontSize ?? 12;
  const measure = options.measure ?? estimateTextWidth;
  const { ringOuter, ringInner, plotOuter, plotInner } = wheelRadii(size);
  const scale = wheelEmotionScale(plotInner, plotOuter);
  const { runs, angles } = wheelAngles(journey.touchpoints, options.rtl ?? false);
  const ringMiddle = (ringInner + ringOuter) / 2;

  const sectorArc = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(ringInner)
    .outerRadius(ringOuter)
    .padAngle(runs.length > 1 ? Math.min(0.02, TAU / Math.max(1, journey.touchpoints.length) / 4) : 0);
  const sectors: WheelSector[] = runs.map((run) => {
    const labelAngle = (run.startAngle + run.endAngle) / 2;
    const at = polar(cx, cy, labelAngle, ringMiddle);
    // d3's arc draws from the smaller to the larger angle either way; right to left gives it swapped.
    const [a0, a1] = run.startAngle <= run.endAngle ? [run.startAngle, run.endAngle] : [run.endAngle, run.startAngle];
    return {
      ...run,
      count: run.last - run.first + 1,
      path: sectorArc({ startAngle: a0, endAngle: a1 }) ?? '',
      labelAngle,
      labelX: at.x,
      labelY: at.y,
    };
  });

  const marks: WheelMark[] = journey.touchpoints.map((tp, index) => ({
    touchpointId: tp.id,
    index,
    phaseId: tp.phase,
    angle: angles[index]!,
    ...polar(cx, cy, angles[index]!, ringMiddle),
  }));

  const moments: WheelMoment[] = journey.touchpoints.flatMap((tp, index) =>
    tp.momentOfTruth
      ? [
          {
            touchpointId: tp.id,
            index,
            kind: tp.momentOfTruth.kind,
            angle: angles[index]!,
            ...polar(cx, cy, angles[index]!, ringOuter),
          },
        ]
      : [],
  );

  const curves: WheelCurve[] = curveKeys(journey).map((persona) => {
    const series = emotionSeries(journey, persona, options.period);
    const points: WheelPoint[] = series.map((p) => {
      const angle = angles[p.index]!;
      if (p.score === null) {
        return { touchpointId: p.touchpointId, index: p.index, angle, score: null, radius: null, x: null, y: null };
      }
      const radius = scale(p.score);
      return {
        touchpointId: p.touchpointId,
        index: p.index,
        angle,
        score: p.score,
        radius,
        ...polar(cx, cy, angle, radius),
      };
    });
    const { path, closed } = curvePath(points);
    const peakEnd = peakEndOf(series, persona);
    return {
      persona,
      points,
      path,
      closed,
      peak: peakEnd ? points[peakEnd.peak.index]! : null,
      end: peakEnd ? points[peakEnd.end.index]! : null,
      remembered: peakEnd ? peakEnd.remembered : null,
    };
  });

  return {
    size,
    cx,
    cy,
    ringInner,
    ringOuter,
    scale,
    neutralRadius: scale(0),
    centreRadius: plotInner,
    sectors,
    marks,
    labels: placeLabels(journey.touchpoints, angles, { size, cx, cy, ringOuter, fontSize, measure }),
    curves,
    moments,
  };
}

/** One line of text in the wheel's centre, its baseline `y` relative to the centre. */
export interface WheelCentreLine {
  kind: 'title' | 'goal' | 'remembered' | 'score';
  text: string;
  fontSize: number;
  y: number;
  width: number;
}

/** The text in the wheel's centre disc, and whether the goal had to be cut. */
export interface WheelCentreText {
  lines: WheelCentreLine[];
  goalTruncated: boolean;
}

/** Line pitch of the centre text, px: 12–13 px text with a little leading. */
export const CENTRE_LINE = 16;
/** Room kept between the centre text and the centre circle, px. */
const CENTRE_INSET = 4;

/** The width of the centre disc (radius `radius`) at a line whose box spans `top`…`bottom` from the centre. */
export function centreChord(radius: number, top: number, bottom: number): number {
  const far = Math.max(Math.abs(top), Math.abs(bottom));
  const r = radius - CENTRE_INSET;
  return far >= r ? 0 : 2 * Math.sqrt(r * r - far * far);
}

/**
 * The centre's text: the title (two lines at most, 13 px), the goal (three lines at most,
 * 12 px, cut with "…") and the remembered experience (a heading and one row per curve), as many
 * as fit, as one block centred on the centre. Each line is wrapped to the disc's chord at its own
 * box, so no line runs out of the circle.
 */
export function wheelCentreText(
  content: { title: string; goal?: string | undefined; heading: string; scores: readonly string[] },
  radius: number,
  measure: MeasureText = estimateTextWidth,
): WheelCentreText {
  const slots = Math.max(0, Math.floor((2 * (radius - CENTRE_INSET)) / CENTRE_LINE));
  const goal = content.goal?.trim() ?? '';
  // Lines wanted of each block, cut back to the slots: the title first, then one goal line, the scores, more goal.
  let titleN = Math.min(2, slots);
  let goalN = goal === '' ? 0 : Math.min(3, Math.max(0, slots - titleN));
  const scoreRoom = slots - titleN - Math.min(1, goalN);
  let scoreN = content.scores.length === 0 ? 0 : Math.max(0, Math.min(content.scores.length, scoreRoom - 1));
  if (goalN > 0) goalN = Math.min(goalN, Math.max(1, slots - titleN - (scoreN > 0 ? scoreN + 1 : 0)));
  let lines: Omit<WheelCentreLine, 'y' | 'width'>[] = [];
  let goalTruncated = false;
  // Twice: the second pass wraps to the chords of the block as it came out of the first.
  let total = titleN + goalN + (scoreN > 0 ? scoreN + 1 : 0);
  for (let pass = 0; pass < 2; pass += 1) {
    const top = (-total * CENTRE_LINE) / 2;
    const room = (from: number, count: number) => {
      let min = Infinity;
      for (let k = from; k < from + count; k += 1) {
        min = Math.min(min, centreChord(radius, top + k * CENTRE_LINE, top + (k + 1) * CENTRE_LINE));
      }
      return count === 0 ? 0 : min;
    };
    lines = [];
    const title = wrapText(content.title, room(0, titleN), titleN, 13, measure);
    for (const text of title.lines) lines.push({ kind: 'title', text, fontSize: 13 });
    if (goalN > 0) {
      const wrapped = wrapText(goal, room(title.lines.length, goalN), goalN, 12, measure);
      goalTruncated = wrapped.truncated;
      for (const text of wrapped.lines) lines.push({ kind: 'goal', text, fontSize: 12 });
    }
    if (scoreN > 0) {
      lines.push({ kind: 'remembered', text: content.heading, fontSize: 12 });
      for (const text of content.scores.slice(0, scoreN)) lines.push({ kind: 'score', text, fontSize: 12 });
    }
    if (lines.length === total) break;
    total = lines.length;
    titleN = title.lines.length;
    goalN = lines.filter((l) => l.kind === 'goal').length;
  }
  // Placed, and each line cut to the chord at its own box (a line moved outwards by the second pass).
  const top = (-lines.length * CENTRE_LINE) / 2;
  const placed = lines.flatMap((line, k) => {
    const chord = centreChord(radius, top + k * CENTRE_LINE, top + (k + 1) * CENTRE_LINE);
    const cut = truncateText(line.text, chord, line.fontSize, measure);
    if (cut.truncated && line.kind === 'goal') goalTruncated = true;
    if (cut.text === '') return [];
    // The baseline about 0.35 em below the middle of the line's box.
    return [{ ...line, text: cut.text, width: cut.width, y: top + (k + 0.5) * CENTRE_LINE + 0.35 * line.fontSize }];
  });
  // A goal that cannot show even its first word is no help drawn: left to the accessible name.
  const firstGoal = placed.find((l) => l.kind === 'goal');
  const firstWord = goal.split(/\s+/)[0] ?? '';
  if (goal !== '' && (firstGoal === undefined || !firstGoal.text.replace(/[-…]$/, '').startsWith(firstWord))) {
    const without = wheelCentreText({ ...content, goal: undefined }, radius, measure);
    return { lines: without.lines, goalTruncated: true };
  }
  return { lines: placed, goalTruncated };
}
