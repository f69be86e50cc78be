/**
 * Geometry of the exported poster: a simplified, print-ready journey map (title, goal, phases,
 * every touchpoint, the emotion curves, moments of truth, NPS and pain-point counts) laid out
 * as fixed rows. No DOM and no text measuring: labels are wrapped by an average character
 * width, which is generous enough for the poster's sans-serif font.
 */
import { scaleLinear } from './scale.js';
import { curveMonotoneX, line } from 'd3-shape';
import type { EmotionPoint } from '../analytics/emotion.js';
import type { Journey } from '../model/types.js';
import { columnLayout } from './columns.js';

/** Options of {@link posterLayout}. */
export interface PosterOptions {
  /** Width of one touchpoint column (default 136). */
  columnWidth?: number;
  /** Outer margin (default 48). */
  margin?: number;
  /** Width of the row titles on the left (default 136). */
  rowTitleWidth?: number;
  /** Font size of touchpoint labels in px (default 13). */
  labelSize?: number;
  /** Most lines a touchpoint label wraps to (default 3). */
  labelLines?: number;
  /** Lines of the blueprint rows under the pain points (0 or absent: no such row). */
  processLines?: number;
  actionLines?: number;
}

/** One wrapped label. */
export interface PosterColumn {
  touchpointId: string;
  x0: number;
  x1: number;
  cx: number;
  /** The label wrapped into lines; the last line ends in "…" when the label was cut. */
  lines: string[];
}

/** One curve of the poster. */
export interface PosterCurve {
  /** Index of the curve (persona order; 0 for the overall curve). */
  index: number;
  /** The persona id, or null for all customers. */
  persona: string | null;
  /** Line path; gaps where nothing was recorded. */
  path: string;
  points: { touchpointId: string; x: number; y: number; score: number }[];
}

/** The whole poster, in px. */
export interface PosterLayout {
  width: number;
  height: number;
  margin: number;
  /** Left edge of the columns (after the row titles). */
  left: number;
  /** Right edge of the content. */
  right: number;
  titleY: number;
  goalY: number;
  routeY: number;
  legendY: number;
  phases: { y: number; height: number; bands: { label: string; phaseIndex: number; x0: number; x1: number }[] };
  labels: { y: number; lineHeight: number; columns: PosterColumn[] };
  channelY: number;
  emotion: { y0: number; y1: number; zeroY: number; ticks: { value: number; y: number }[]; curves: PosterCurve[] };
  momentY: number;
  npsY: number;
  painY: number;
  /** The blueprint rows' first baselines and line height, or `null` without that row. */
  blueprint: { processY: number | null; actionY: number | null; lineHeight: number };
  footerY: number;
}

/** Average advance of one character, as a share of the font size (sans-serif, mixed case). */
const CHAR_WIDTH = 0.56;

/**
 * Wraps `text` into at most `maxLines` lines of at most `maxChars` characters, breaking at
 * spaces (a word longer than a line is cut). A text that does not fit ends in "…".
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  let cut = false;
  for (let i = 0; i < words.length; i += 1) {
    let word = words[i]!;
    if (word.length > limit) {
      word = word.slice(0, limit);
      cut = true;
    }
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length <= limit) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      cut = true;
      current = '';
      break;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    cut = true;
  }
  if (cut && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    // Room for the ellipsis: drop the last word, or cut a single word.
    if (last.length >= limit) {
      const space = last.lastIndexOf(' ');
      last = space > 0 ? last.slice(0, space) : last.slice(0, limit - 1);
    }
    lines[lines.length - 1] = `${last}…`;
  }
  return lines;
}

/** Lays out the poster of `journey` with one curve per entry of `curves`. */
export function posterLayout(
  journey: Pick<Journey, 'touchpoints' | 'phases'>,
  curves: readonly { persona: string | null; series: readonly EmotionPoint[] }[],
  options: PosterOptions = {},
): PosterLayout {
  const margin = options.margin ?? 48;
  const rowTitleWidth = options.rowTitleWidth ?? 136;
  const columnWidth = options.columnWidth ?? 136;
  const labelSize = options.labelSize ?? 13;
  const labelLines = options.labelLines ?? 3;
  const left = margin + rowTitleWidth;
  const count = journey.touchpoints.length;
  const columns = columnLayout(journey, {
    width: left + count * columnWidth,
    minColumnWidth: columnWidth,
    maxColumnWidth: columnWidth,
    inset: left,
  });
  const right = left + count * columnWidth;
  const width = Math.max(right + margin, 960);

  const titleY = margin + 28;
  const goalY = titleY + 30;
  const routeY = goalY + 24;
  const legendY = routeY + 30;
  const phaseY = legendY + 26;
  const phaseHeight = 34;
  const labelY = phaseY + phaseHeight + 30;
  const lineHeight = Math.round(labelSize * 1.3);
  const channelY = labelY + labelLines * lineHeight + 4;
  const emotionY0 = channelY + 28;
  const emotionY1 = emotionY0 + 240;
  const momentY = emotionY1 + 40;
  const npsY = momentY + 46;
  const painY = npsY + 36;
  // The blueprint rows: one line per layer or action, 16 px apart, a row gap of 28 px.
  const blueprintLine = 16;
  const processLines = options.processLines ?? 0;
  const actionLines = options.actionLines ?? 0;
  const processY = processLines > 0 ? painY + 40 : null;
  const actionY =
    actionLines > 0 ? (processY ?? painY) + (processY === null ? 40 : processLines * blueprintLine + 28) : null;
  const lastY =
    actionY !== null
      ? actionY + (actionLines - 1) * blueprintLine
      : processY !== null
        ? processY + (processLines - 1) * blueprintLine
        : painY;
  const footerY = lastY + 44;
  const height = footerY + margin - 16;

  const maxChars = (columnWidth - 16) / (labelSize * CHAR_WIDTH);
  const y = scaleLinear().domain([-5, 5]).range([emotionY1, emotionY0]);
  const byId = new Map(columns.columns.map((c) => [c.touchpointId, c]));
  const path = line<{ x: number; y: number; score: number | null }>()
    .defined((p) => p.score !== null)
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveMonotoneX);

  return {
    width,
    height,
    margin,
    left,
    right,
    titleY,
    goalY,
    routeY,
    legendY,
    phases: {
      y: phaseY,
      height: phaseHeight,
      bands: columns.bands.map((b) => ({ label: b.label, phaseIndex: b.phaseIndex, x0: b.x0, x1: b.x1 })),
    },
    labels: {
      y: labelY,
      lineHeight,
      columns: columns.columns.map((c, i) => ({
        touchpointId: c.touchpointId,
        x0: c.x0,
        x1: c.x1,
        cx: c.cx,
        lines: wrapLines(journey.touchpoints[i]!.label, maxChars, labelLines),
      })),
    },
    channelY,
    emotion: {
      y0: emotionY0,
      y1: emotionY1,
      zeroY: y(0),
      ticks: [-5, -2.5, 0, 2.5, 5].map((value) => ({ value, y: y(value) })),
      curves: curves.map((curve, index) => {
        const placed = curve.series.map((p) => ({
          touchpointId: p.touchpointId,
          x: byId.get(p.touchpointId)?.cx ?? 0,
          y: p.score === null ? 0 : y(p.score),
          score: p.score,
        }));
        return {
          index,
          persona: curve.persona,
          path: path(placed) ?? '',
          points: placed.flatMap((p) =>
            p.score === null ? [] : [{ touchpointId: p.touchpointId, x: p.x, y: p.y, score: p.score }],
          ),
        };
      }),
    },
    momentY,
    npsY,
    painY,
    blueprint: { processY, actionY, lineHeight: blueprintLine },
    footerY,
  };
}
