import { expect } from '@open-wc/testing';
import {
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
  symbolsFill,
  symbolsStroke,
} from 'd3-shape';
import { emotionGlyph, isKnownEmotion, polaritySign, symbolHeart } from '../../src/layout/index.js';
import { EMOTION_LABELS } from '../../src/model/index.js';

/** The numbers in a path (coordinates and, for relative commands, lengths). */
const numbers = (path: string) => (path.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);

describe('emotionGlyph', () => {
  it('every known label has a non-empty path, and no two share one', () => {
    expect(EMOTION_LABELS.length).to.equal(12);
    const paths = EMOTION_LABELS.map((label) => {
      const glyph = emotionGlyph(label);
      expect(glyph, label).to.not.equal(null);
      expect(glyph!.label).to.equal(label);
      expect(glyph!.path, label).to.match(/^M/);
      expect(glyph!.path, label).to.not.include('NaN');
      return glyph!.path;
    });
    expect(new Set(paths).size).to.equal(12);
  });

  it('paths are centred on (0, 0) and scale with the size (px²)', () => {
    for (const label of EMOTION_LABELS) {
      // At 64 px² every d3 symbol fits within ±8 px (the square is 8 × 8 from −4, −4).
      const small = numbers(emotionGlyph(label, 64)!.path);
      expect(Math.max(...small.map(Math.abs)), label).to.be.at.most(8);
      // 4 × the area → 2 × the linear size (within 2 %: d3's stroke symbols add a little for the line width).
      const large = numbers(emotionGlyph(label, 256)!.path);
      const twice = 2 * Math.max(...small.map(Math.abs));
      expect(Math.max(...large.map(Math.abs)), label).to.be.closeTo(twice, twice * 0.02);
    }
  });

  it('fill glyphs are d3 fill symbols (or our heart) and stroke glyphs d3 stroke symbols', () => {
    // A stroke-only symbol (lines, like times or asterisk) drawn filled would be invisible.
    const fill = new Set([...symbolsFill, symbolHeart].map((type) => symbol(type, 64)()));
    const stroke = new Set(symbolsStroke.map((type) => symbol(type, 64)()));
    for (const label of EMOTION_LABELS) {
      const glyph = emotionGlyph(label)!;
      expect((glyph.style === 'fill' ? fill : stroke).has(glyph.path), `${label} (${glyph.style})`).to.equal(true);
    }
  });

  // The glyphs are drawn without importing d3-shape (a card page draws no line); each path must
  // still be exactly d3's symbol path, digit for digit, at any size.
  const d3Types = {
    joy: symbolStar,
    trust: symbolHeart,
    confidence: symbolSquare,
    relief: symbolDiamond,
    anticipation: symbolTriangle,
    surprise: symbolAsterisk,
    confusion: symbolWye,
    fear: symbolTriangle2,
    sadness: symbolDiamond2,
    frustration: symbolTimes,
    anger: symbolCross,
    disgust: symbolSquare2,
  } as const;
  for (const [label, type] of Object.entries(d3Types)) {
    it(`${label} is d3-shape's symbol path at sizes 1 to 1,000 px²`, () => {
      for (const size of [1, 7, 16, 36, 64, 81.5, 100, 144, 256, 333, 1000]) {
        expect(emotionGlyph(label, size)!.path, `${label} at ${size}`).to.equal(symbol(type, size)());
      }
    });
  }

  const tones: [label: string, style: string, tone: string][] = [
    ['joy', 'fill', 'positive'],
    ['trust', 'fill', 'positive'],
    ['confidence', 'fill', 'positive'],
    ['relief', 'fill', 'positive'],
    ['anticipation', 'fill', 'positive'],
    ['surprise', 'stroke', 'neutral'],
    ['confusion', 'fill', 'negative'],
    ['fear', 'stroke', 'negative'],
    ['sadness', 'stroke', 'negative'],
    ['frustration', 'stroke', 'negative'],
    ['anger', 'fill', 'negative'],
    ['disgust', 'stroke', 'negative'],
  ];
  for (const [label, style, tone] of tones) {
    it(`${label}: ${style}, ${tone}`, () => {
      const glyph = emotionGlyph(label)!;
      expect([glyph.style, glyph.tone]).to.deep.equal([style, tone]);
    });
  }

  it('the same label and size give the same glyph object', () => {
    expect(emotionGlyph('joy', 100)).to.equal(emotionGlyph('joy', 100));
    expect(emotionGlyph('joy', 100)!.path).to.not.equal(emotionGlyph('joy', 64)!.path);
  });

  const unknown: (string | undefined)[] = [
    'nostalgia',
    'Joy',
    ' joy',
    '',
    undefined,
    '__proto__',
    'constructor',
    'toString',
  ];
  for (const label of unknown) {
    it(`unknown label ${JSON.stringify(label)} → null`, () => {
      expect(emotionGlyph(label)).to.equal(null);
      expect(isKnownEmotion(label)).to.equal(false);
    });
  }
});

describe('polaritySign', () => {
  const cases: [score: number, sign: string][] = [
    [3, '+'],
    [0.1, '+'],
    [0, '0'],
    [-0, '0'],
    [-0.1, '−'], // U+2212 minus sign
    [-5, '−'],
  ];
  for (const [score, sign] of cases) it(`${score} → ${sign}`, () => expect(polaritySign(score)).to.equal(sign));
});
