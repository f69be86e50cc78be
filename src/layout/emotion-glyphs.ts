/**
 * A glyph per known emotion label, so a named emotion is recognisable without colour
 * (QUALITY.md: colour is never the only carrier). Each glyph is centred on (0, 0).
 *
 * The shapes are d3-shape's symbols (d3-shape 3.2, ISC licence), drawn here with the same
 * arithmetic and d3's three-digit path rounding, so the path strings equal
 * `symbol(symbolStar, size)()` (test/layout/emotion-glyphs.test.ts checks each against d3).
 * They are copied rather than imported because d3-shape is one module: importing a symbol puts
 * the whole of it (line, curves, arcs) on a card page, which draws no line.
 */
import type { SymbolType } from 'd3-shape';
import { EMOTION_LABELS } from '../model/schema.js';

export type EmotionLabel = (typeof EMOTION_LABELS)[number];

/** Whether the glyph is drawn filled or as an outline (stroke-only symbols). */
export type GlyphStyle = 'fill' | 'stroke';

/** The part of d3-path's `Path` the symbols draw with. */
interface GlyphPen {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
}

interface GlyphShape {
  draw(pen: GlyphPen, size: number): void;
}

/** d3-path's `pathRound(3)`: every number rounded to three decimals. */
class PathText implements GlyphPen {
  text = '';
  #open = false;
  #n = (value: number) => Math.round(value * 1000) / 1000;
  moveTo(x: number, y: number) {
    this.#open = true;
    this.text += `M${this.#n(x)},${this.#n(y)}`;
  }
  lineTo(x: number, y: number) {
    this.text += `L${this.#n(x)},${this.#n(y)}`;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
    const n = this.#n;
    this.text += `C${n(x1)},${n(y1)},${n(x2)},${n(y2)},${n(x)},${n(y)}`;
  }
  rect(x: number, y: number, w: number, h: number) {
    this.#open = true;
    this.text += `M${this.#n(x)},${this.#n(y)}h${this.#n(w)}v${this.#n(h)}h${this.#n(-w)}Z`;
  }
  closePath() {
    if (this.#open) this.text += 'Z';
  }
}

const { sqrt, min, sin, cos, PI } = Math;
const TAU = 2 * PI;
const SQRT3 = sqrt(3);
const TAN30 = sqrt(1 / 3);

const star: GlyphShape = {
  draw(pen, size) {
    const kr = sin(PI / 10) / sin((7 * PI) / 10);
    const r = sqrt(size * 0.8908130915292852);
    const x = sin(TAU / 10) * kr * r;
    const y = -cos(TAU / 10) * kr * r;
    pen.moveTo(0, -r);
    pen.lineTo(x, y);
    for (let i = 1; i < 5; ++i) {
      const a = (TAU * i) / 5;
      const c = cos(a);
      const s = sin(a);
      pen.lineTo(s * r, -c * r);
      pen.lineTo(c * x - s * y, s * x + c * y);
    }
    pen.closePath();
  },
};

const square: GlyphShape = {
  draw(pen, size) {
    const w = sqrt(size);
    pen.rect(-w / 2, -w / 2, w, w);
  },
};

const diamond: GlyphShape = {
  draw(pen, size) {
    const y = sqrt(size / (TAN30 * 2));
    const x = y * TAN30;
    pen.moveTo(0, -y);
    pen.lineTo(x, 0);
    pen.lineTo(0, y);
    pen.lineTo(-x, 0);
    pen.closePath();
  },
};

const triangle: GlyphShape = {
  draw(pen, size) {
    const y = -sqrt(size / (SQRT3 * 3));
    pen.moveTo(0, y * 2);
    pen.lineTo(-SQRT3 * y, -y);
    pen.lineTo(SQRT3 * y, -y);
    pen.closePath();
  },
};

const asterisk: GlyphShape = {
  draw(pen, size) {
    const r = sqrt(size + min(size / 28, 0.75)) * 0.59436;
    const t = r / 2;
    const u = t * SQRT3;
    pen.moveTo(0, r);
    pen.lineTo(0, -r);
    pen.moveTo(-u, -t);
    pen.lineTo(u, t);
    pen.moveTo(-u, t);
    pen.lineTo(u, -t);
  },
};

const wye: GlyphShape = {
  draw(pen, size) {
    const c = -0.5;
    const s = SQRT3 / 2;
    const k = 1 / sqrt(12);
    const r = sqrt(size / ((k / 2 + 1) * 3));
    const [x0, y0] = [r / 2, r * k];
    const [x1, y1] = [x0, r * k + r];
    const [x2, y2] = [-x1, y1];
    pen.moveTo(x0, y0);
    pen.lineTo(x1, y1);
    pen.lineTo(x2, y2);
    pen.lineTo(c * x0 - s * y0, s * x0 + c * y0);
    pen.lineTo(c * x1 - s * y1, s * x1 + c * y1);
    pen.lineTo(c * x2 - s * y2, s * x2 + c * y2);
    pen.lineTo(c * x0 + s * y0, c * y0 - s * x0);
    pen.lineTo(c * x1 + s * y1, c * y1 - s * x1);
    pen.lineTo(c * x2 + s * y2, c * y2 - s * x2);
    pen.closePath();
  },
};

const triangle2: GlyphShape = {
  draw(pen, size) {
    const s = sqrt(size) * 0.6824;
    const t = s / 2;
    const u = (s * SQRT3) / 2;
    pen.moveTo(0, -s);
    pen.lineTo(u, t);
    pen.lineTo(-u, t);
    pen.closePath();
  },
};

const diamond2: GlyphShape = {
  draw(pen, size) {
    const r = sqrt(size) * 0.62625;
    pen.moveTo(0, -r);
    pen.lineTo(r, 0);
    pen.lineTo(0, r);
    pen.lineTo(-r, 0);
    pen.closePath();
  },
};

const times: GlyphShape = {
  draw(pen, size) {
    const r = sqrt(size - min(size / 6, 1.7)) * 0.6189;
    pen.moveTo(-r, -r);
    pen.lineTo(r, r);
    pen.moveTo(-r, r);
    pen.lineTo(r, -r);
  },
};

const cross: GlyphShape = {
  draw(pen, size) {
    const r = sqrt(size / 5) / 2;
    pen.moveTo(-3 * r, -r);
    pen.lineTo(-r, -r);
    pen.lineTo(-r, -3 * r);
    pen.lineTo(r, -3 * r);
    pen.lineTo(r, -r);
    pen.lineTo(3 * r, -r);
    pen.lineTo(3 * r, r);
    pen.lineTo(r, r);
    pen.lineTo(r, 3 * r);
    pen.lineTo(-r, 3 * r);
    pen.lineTo(-r, r);
    pen.lineTo(-3 * r, r);
    pen.closePath();
  },
};

const square2: GlyphShape = {
  draw(pen, size) {
    const r = sqrt(size) * 0.4431;
    pen.moveTo(r, r);
    pen.lineTo(r, -r);
    pen.lineTo(-r, -r);
    pen.lineTo(-r, r);
    pen.closePath();
  },
};

/**
 * A filled heart, for trust: d3 has seven fill symbols and the emotions with a filled glyph need
 * one more shape that grayscale still tells apart (a circle beside confidence's square was too
 * alike at legend size). Drawn in the d3 symbol way: centred on (0, 0), `size` its area in px²,
 * within ±√size / 2 of the centre like d3's square; d3-shape's `symbol()` can draw it too.
 */
const heart: GlyphShape = {
  draw(context, size) {
    const r = Math.sqrt(size) / 2;
    context.moveTo(0, r);
    context.bezierCurveTo(-r * 0.55, r * 0.55, -r, r * 0.15, -r, -r * 0.35);
    context.bezierCurveTo(-r, -r * 0.8, -r * 0.45, -r, 0, -r * 0.55);
    context.bezierCurveTo(r * 0.45, -r, r, -r * 0.8, r, -r * 0.35);
    context.bezierCurveTo(r, r * 0.15, r * 0.55, r * 0.55, 0, r);
    context.closePath();
  },
};

/** The heart glyph of trust as a d3-shape symbol type. */
export const symbolHeart: SymbolType = heart;

interface GlyphSpec {
  type: GlyphShape;
  style: GlyphStyle;
  /** Polarity the emotion usually carries, used when no score says otherwise. */
  tone: 'positive' | 'negative' | 'neutral';
}

const SPECS: Record<EmotionLabel, GlyphSpec> = {
  joy: { type: star, style: 'fill', tone: 'positive' },
  trust: { type: heart, style: 'fill', tone: 'positive' },
  confidence: { type: square, style: 'fill', tone: 'positive' },
  relief: { type: diamond, style: 'fill', tone: 'positive' },
  anticipation: { type: triangle, style: 'fill', tone: 'positive' },
  surprise: { type: asterisk, style: 'stroke', tone: 'neutral' },
  confusion: { type: wye, style: 'fill', tone: 'negative' },
  fear: { type: triangle2, style: 'stroke', tone: 'negative' },
  sadness: { type: diamond2, style: 'stroke', tone: 'negative' },
  frustration: { type: times, style: 'stroke', tone: 'negative' },
  anger: { type: cross, style: 'fill', tone: 'negative' },
  disgust: { type: square2, style: 'stroke', tone: 'negative' },
};

/** The glyph of a known emotion label. */
export interface EmotionGlyph {
  label: EmotionLabel;
  /** SVG path data centred on (0, 0). */
  path: string;
  style: GlyphStyle;
  tone: GlyphSpec['tone'];
}

export function isKnownEmotion(label: string | undefined): label is EmotionLabel {
  return label !== undefined && (EMOTION_LABELS as readonly string[]).includes(label);
}

const cache = new Map<string, EmotionGlyph>();

/**
 * The glyph for `label` at a size (px², as d3-shape measures symbols; default 64 ≈ 8 px wide),
 * or `null` for labels that are not known (those are shown as text only).
 */
export function emotionGlyph(label: string | undefined, size = 64): EmotionGlyph | null {
  if (!isKnownEmotion(label)) return null;
  const key = `${label}:${size}`;
  let glyph = cache.get(key);
  if (!glyph) {
    const spec = SPECS[label];
    const pen = new PathText();
    spec.type.draw(pen, size);
    glyph = { label, path: pen.text, style: spec.style, tone: spec.tone };
    cache.set(key, glyph);
  }
  return glyph;
}

/** The plus/minus/neutral mark of a score, for places too small for a glyph. */
export function polaritySign(score: number): '+' | '−' | '0' {
  return score > 0 ? '+' : score < 0 ? '−' : '0';
}
