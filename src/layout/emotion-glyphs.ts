/**
 * A glyph per known emotion label, so a named emotion is recognisable without colour
 * (QUALITY.md: colour is never the only carrier). D3 computes the path data; elements
 * render it. Each glyph is centred on (0, 0).
 */
import {
  type SymbolType,
  symbol,
  symbolAsterisk,
  symbolCross,
  symbolDiamond,
  symbolDiamond2,
  symbolSquare,
  symbolSquare2,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
} from 'd3-shape';
import { EMOTION_LABELS } from '../model/schema.js';

export type EmotionLabel = (typeof EMOTION_LABELS)[number];

/** Whether the glyph is drawn filled or as an outline (stroke-only symbols). */
export type GlyphStyle = 'fill' | 'stroke';

/**
 * A filled heart, for trust: d3 has seven fill symbols and the emotions with a filled glyph need
 * one more shape that grayscale still tells apart (a circle beside confidence's square was too
 * alike at legend size). Drawn in the d3 symbol way: centred on (0, 0), `size` its area in px²,
 * within ±√size / 2 of the centre like d3's square.
 */
export const symbolHeart: SymbolType = {
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

interface GlyphSpec {
  type: SymbolType;
  style: GlyphStyle;
  /** Polarity the emotion usually carries, used when no score says otherwise. */
  tone: 'positive' | 'negative' | 'neutral';
}

const SPECS: Record<EmotionLabel, GlyphSpec> = {
  joy: { type: symbolStar, style: 'fill', tone: 'positive' },
  trust: { type: symbolHeart, style: 'fill', tone: 'positive' },
  confidence: { type: symbolSquare, style: 'fill', tone: 'positive' },
  relief: { type: symbolDiamond, style: 'fill', tone: 'positive' },
  anticipation: { type: symbolTriangle, style: 'fill', tone: 'positive' },
  surprise: { type: symbolAsterisk, style: 'stroke', tone: 'neutral' },
  confusion: { type: symbolWye, style: 'fill', tone: 'negative' },
  fear: { type: symbolTriangle2, style: 'stroke', tone: 'negative' },
  sadness: { type: symbolDiamond2, style: 'stroke', tone: 'negative' },
  frustration: { type: symbolTimes, style: 'stroke', tone: 'negative' },
  anger: { type: symbolCross, style: 'fill', tone: 'negative' },
  disgust: { type: symbolSquare2, style: 'stroke', tone: 'negative' },
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
    glyph = { label, path: symbol(spec.type, size)() ?? '', style: spec.style, tone: spec.tone };
    cache.set(key, glyph);
  }
  return glyph;
}

/** The plus/minus/neutral mark of a score, for places too small for a glyph. */
export function polaritySign(score: number): '+' | '−' | '0' {
  return score > 0 ? '+' : score < 0 ? '−' : '0';
}
