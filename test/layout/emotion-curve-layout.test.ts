import { expect } from '@open-wc/testing';
import { curveLinear, curveMonotoneX, curveStep } from 'd3-shape';
import { emotionSeries, peakEndOf } from '../../src/analytics/emotion.js';
import { columnLayout } from '../../src/layout/columns.js';
import {
  CURVE_KINDS,
  type LabelRequest,
  columnLabels,
  curveFactory,
  curveFrame,
  curveMarkers,
  curvePath,
  emotionScale,
  emotionTicks,
  estimateTextWidth,
  hostedCurveFrame,
  placeLabels,
  truncateText,
  wrapText,
} from '../../src/layout/emotion-curve.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/types.js';
import mortgageJson from '../fixtures/mortgage-nl.json';

function parsed(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.journey;
}

/** Every character 10 px wide: easy to compute by hand. */
const tenPx = (text: string) => [...text].length * 10;

describe('emotion-curve layout', () => {
  const mortgage = parsed(mortgageJson);
  // 12 columns of exactly 100 px: centres at 50, 150, …, 1150.
  const layout = columnLayout(mortgage, { width: 1200, minColumnWidth: 100 });
  // y(s) = 50 − 10·s: +5 at 0, −5 at 100.
  const y = emotionScale(0, 100);

  describe('curveFactory', () => {
    it('maps every curve kind to its d3 factory', () => {
      expect(CURVE_KINDS).to.deep.equal(['monotone', 'linear', 'step']);
      expect(curveFactory('monotone')).to.equal(curveMonotoneX);
      expect(curveFactory('linear')).to.equal(curveLinear);
      expect(curveFactory('step')).to.equal(curveStep);
      expect(curveFactory('wobbly')).to.equal(curveMonotoneX);
    });
  });

  describe('curveFrame', () => {
    it('divides 360 px into bands, moments, plot and labels', () => {
      expect(curveFrame(360)).to.deep.equal({
        height: 360,
        bandTop: 0,
        bandBottom: 32,
        momentY: 44,
        marksTop: 56,
        plotTop: 78,
        plotBottom: 272,
        labelTop: 316,
        labelLineHeight: 16,
      });
    });

    it('never squeezes the plot below 120 px', () => {
      const frame = curveFrame(100);
      expect(frame.height).to.equal(286);
      expect(frame.plotBottom - frame.plotTop).to.equal(120);
    });
  });

  describe('hostedCurveFrame', () => {
    it('is only the plot: no band, moment or label rows (the map draws those)', () => {
      // 240 px: 22 above +5, 22 + 8 below −5, so the plot runs from 22 to 240 − 30 = 210.
      expect(hostedCurveFrame(240)).to.deep.equal({
        height: 240,
        bandTop: 0,
        bandBottom: 0,
        momentY: 0,
        marksTop: 0,
        plotTop: 22,
        plotBottom: 210,
        labelTop: 240,
        labelLineHeight: 16,
      });
      expect(hostedCurveFrame().height).to.equal(240);
    });

    it('never squeezes the plot below 120 px', () => {
      const frame = hostedCurveFrame(50);
      // 120 + 2 × 22 + 8 = 172.
      expect(frame.height).to.equal(172);
      expect(frame.plotBottom - frame.plotTop).to.equal(120);
    });
  });

  describe('emotionScale and emotionTicks', () => {
    it('puts +5 at the top, −5 at the bottom and 0 in the middle', () => {
      const scale = emotionScale(78, 288);
      expect(scale(5)).to.equal(78);
      expect(scale(-5)).to.equal(288);
      expect(scale(0)).to.equal(183);
      expect(scale(2.5)).to.equal(130.5);
    });

    it('ticks every point when there is room, else every 2.5, else only −5, 0, +5', () => {
      expect(emotionTicks(emotionScale(78, 288)).map((t) => t.value)).to.deep.equal([
        -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5,
      ]);
      expect(emotionTicks(emotionScale(0, 100))).to.deep.equal([
        { value: -5, y: 100 },
        { value: -2.5, y: 75 },
        { value: 0, y: 50 },
        { value: 2.5, y: 25 },
        { value: 5, y: 0 },
      ]);
      expect(emotionTicks(emotionScale(0, 30)).map((t) => t.value)).to.deep.equal([-5, 0, 5]);
    });
  });

  describe('curvePath', () => {
    const mover = emotionSeries(mortgage, 'mover');
    const starter = emotionSeries(mortgage, 'starter');

    it('breaks the line where a score is missing (never drawn as zero)', () => {
      // The mover has no score at "status-call" (index 5); "valuation" has the all-customers 0.
      expect(curvePath(mover, layout, y, 'linear')).to.equal(
        'M50,35L150,30L250,30L350,45L450,75M650,50L750,20L850,60L950,30L1050,40L1150,30',
      );
      expect(curvePath(starter, layout, y, 'linear').match(/M/g)).to.have.length(1);
    });

    it('draws the step and monotone kinds differently from the linear one', () => {
      expect(curvePath(mover, layout, y, 'step').startsWith('M50,35L100,35L100,30L200,30')).to.equal(true);
      const monotone = curvePath(mover, layout, y, 'monotone');
      expect(monotone.startsWith('M50,35C')).to.equal(true);
      expect(monotone.match(/M/g)).to.have.length(2);
    });

    it('draws only a window of columns plus one neighbour on each side', () => {
      expect(curvePath(mover, layout, y, 'linear', 3, 4)).to.equal('M250,30L350,45L450,75');
      expect(curvePath(mover, layout, y, 'linear', 20, 30)).to.equal('');
    });
  });

  describe('curveMarkers', () => {
    it('places each touchpoint at its column centre, a gap without y', () => {
      const markers = curveMarkers(emotionSeries(mortgage, 'mover'), layout, y, 4, 6);
      expect(markers.map((m) => [m.index, m.touchpointId, m.x, m.y, m.score, m.label])).to.deep.equal([
        [4, 'documents', 450, 75, -2.5, 'frustration'],
        [5, 'status-call', 550, null, null, undefined],
        [6, 'valuation', 650, 50, 0, undefined],
      ]);
    });

    it('puts the peak where peakEndOf says it is', () => {
      const series = emotionSeries(mortgage, 'starter');
      const peakEnd = peakEndOf(series, 'starter')!;
      const markers = curveMarkers(series, layout, y);
      const peak = markers[peakEnd.peak.index]!;
      expect([peak.touchpointId, peak.score, peak.x]).to.deep.equal(['sign', 4, 750]);
      expect(peak.y).to.be.closeTo(10, 1e-9);
    });
  });

  describe('truncateText and wrapText', () => {
    it('cuts with an ellipsis to the width, or leaves text that fits', () => {
      expect(truncateText('Hypotheken', 60, 12, tenPx)).to.deep.equal({ text: 'Hypot…', truncated: true, width: 60 });
      expect(truncateText('Abc', 60, 12, tenPx)).to.deep.equal({ text: 'Abc', truncated: false, width: 30 });
      expect(truncateText('Abc', 5, 12, tenPx).text).to.equal('');
    });

    it('wraps at spaces into two lines and cuts the rest', () => {
      expect(wrapText('Maximale hypotheek berekenen', 100, 2, 12, tenPx)).to.deep.equal({
        lines: ['Maximale', 'hypotheek…'],
        truncated: true,
      });
      expect(wrapText('Offerte ontvangen', 100, 2, 12, tenPx)).to.deep.equal({
        lines: ['Offerte', 'ontvangen'],
        truncated: false,
      });
      expect(wrapText('Hypotheekaanvraagformulier indienen', 100, 2, 12, tenPx)).to.deep.equal({
        lines: ['Hypotheek-', 'aanvraagf…'],
        truncated: true,
      });
      // Broken between two consonants where one keeps most of the line.
      expect(wrapText('Welkomstpakket nieuwe woning', 100, 3, 12, tenPx)).to.deep.equal({
        lines: ['Welkomst-', 'pakket', 'nieuwe wo…'],
        truncated: true,
      });
      expect(wrapText('Welkomstpakket', 100, 3, 12, tenPx)).to.deep.equal({
        lines: ['Welkomst-', 'pakket'],
        truncated: false,
      });
      expect(wrapText('Taxatie', 100, 2, 12, tenPx)).to.deep.equal({ lines: ['Taxatie'], truncated: false });
    });

    it('estimates wider text for capitals and w than for i and l', () => {
      expect(estimateTextWidth('WWW', 10)).to.be.greaterThan(estimateTextWidth('iii', 10));
      expect(estimateTextWidth('', 12)).to.equal(0);
    });
  });

  describe('columnLabels', () => {
    it('keeps every touchpoint label inside its column at 88 px', () => {
      const narrow = columnLayout(mortgage, { width: 320, minColumnWidth: 88, inset: 48 });
      const labels = columnLabels(
        mortgage.touchpoints.map((t) => t.label),
        narrow,
      );
      expect(labels).to.have.length(12);
      for (const label of labels) {
        expect(label.lines.length).to.be.within(1, 3);
        for (const line of label.lines) expect(estimateTextWidth(line, 12)).to.be.at.most(88 - 8);
      }
      expect(labels[1]!.lines).to.deep.equal(['Maximale', 'hypotheek', 'berekenen']);
      expect(labels[9]!.lines).to.deep.equal(['Welkomst-', 'pakket', 'nieuwe won…']);
      expect(labels[9]!.truncated).to.equal(true);
      expect(labels[9]!.full).to.equal('Welkomstpakket nieuwe woning');
    });

    it('renders only the requested window', () => {
      const labels = columnLabels(
        mortgage.touchpoints.map((t) => t.label),
        layout,
        { first: 10, last: 40 },
      );
      expect(labels.map((l) => l.index)).to.deep.equal([10, 11]);
    });
  });

  describe('placeLabels', () => {
    const requests: LabelRequest[] = [
      { key: 'a', text: 'Vreugde', x: 50, y: 100, radius: 5, priority: 2, prefer: 'above' },
      { key: 'b', text: 'Angst', x: 50, y: 110, radius: 5, priority: 1, prefer: 'above' },
    ];

    it('moves a label to the other side when its preferred spot is taken', () => {
      const placed = placeLabels(requests, { maxWidth: 80, top: 0, bottom: 200, measure: tenPx });
      expect(placed.map((p) => [p.key, p.text, p.y, p.box])).to.deep.equal([
        ['a', 'Vreugde', 88, { x0: 15, x1: 85, y0: 77, y1: 92 }],
        ['b', 'Angst', 129, { x0: 25, x1: 75, y0: 118, y1: 133 }],
      ]);
    });

    it('keeps clear of obstacles and inside the bounds, or leaves the label out', () => {
      const obstacle = { x0: 0, x1: 100, y0: 70, y1: 95 };
      const placed = placeLabels([requests[0]!], {
        maxWidth: 80,
        top: 0,
        bottom: 200,
        obstacles: [obstacle],
        measure: tenPx,
      });
      expect(placed[0]!.box.y0).to.equal(108);
      expect(placeLabels(requests, { maxWidth: 80, top: 95, bottom: 105, measure: tenPx })).to.deep.equal([]);
    });

    it('cuts a label to the column width', () => {
      const placed = placeLabels([requests[0]!], { maxWidth: 40, top: 0, bottom: 200, measure: tenPx });
      expect([placed[0]!.text, placed[0]!.full, placed[0]!.truncated]).to.deep.equal(['Vre…', 'Vreugde', true]);
    });
  });
});
