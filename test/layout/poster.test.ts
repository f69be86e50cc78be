import { expect } from '@open-wc/testing';
import type { EmotionPoint } from '../../src/analytics/emotion.js';
import { type PosterLayout, posterLayout, wrapLines } from '../../src/layout/poster.js';
import { parseJourney } from '../../src/model/parse.js';
import type { Journey } from '../../src/model/types.js';
import mortgage from '../fixtures/mortgage-nl.json';

const parsed = parseJourney(mortgage);
if (!parsed.ok) throw new Error('fixture invalid');
const journey: Journey = parsed.journey;

describe('layout/poster', () => {
  it('wraps at spaces and marks a cut label with an ellipsis', () => {
    expect(wrapLines('Maximale hypotheek berekenen', 16, 3)).to.deep.equal(['Maximale', 'hypotheek', 'berekenen']);
    expect(wrapLines('Tekenen bij de notaris', 16, 3)).to.deep.equal(['Tekenen bij de', 'notaris']);
    expect(wrapLines('een twee drie vier vijf zes', 9, 2)).to.deep.equal(['een twee', 'drie…']);
    expect(wrapLines('Hypotheekadviseur', 8, 2)).to.deep.equal(['Hypothe…']);
  });

  it('lays out one column per touchpoint after the row titles', () => {
    const poster = posterLayout(journey, [], { columnWidth: 100, margin: 40, rowTitleWidth: 120 });
    expect(poster.left).to.equal(160);
    expect(poster.right).to.equal(160 + 12 * 100);
    expect(poster.width).to.equal(160 + 1200 + 40);
    expect(poster.labels.columns.map((c) => c.x0)).to.deep.equal(Array.from({ length: 12 }, (_, i) => 160 + i * 100));
    expect(poster.phases.bands.map((b) => b.label)).to.deep.equal([
      'Oriënteren',
      'Afsluiten',
      'Verhuizen',
      'Gebruiken',
    ]);
    expect(poster.emotion.ticks.map((t) => t.value)).to.deep.equal([-5, -2.5, 0, 2.5, 5]);
    expect(poster.emotion.zeroY).to.equal((poster.emotion.y0 + poster.emotion.y1) / 2);
  });
});

describe('layout/poster: wrapping, table-driven', () => {
  const cases: { text: string; chars: number; lines: number; expected: string[]; why: string }[] = [
    { text: '', chars: 10, lines: 3, expected: [], why: 'no words, no lines' },
    { text: '  a   b ', chars: 5, lines: 3, expected: ['a b'], why: 'runs of spaces are one break' },
    { text: 'abcd efgh', chars: 9, lines: 3, expected: ['abcd efgh'], why: '4 + 1 + 4 = 9 fits exactly' },
    { text: 'abcd efgh', chars: 9.9, lines: 3, expected: ['abcd efgh'], why: 'the limit is floored to 9' },
    { text: 'abcd efghi', chars: 9, lines: 3, expected: ['abcd', 'efghi'], why: '10 characters do not' },
    { text: 'aa bb cc', chars: 2, lines: 3, expected: ['aa', 'bb', 'cc'], why: 'three lines fit three' },
    // Two lines full: the second, a word as long as a line, is cut to 2 − 1 for the ellipsis.
    { text: 'aa bb cc', chars: 2, lines: 2, expected: ['aa', 'b…'], why: 'a third line is cut' },
    // "Hypotheekadviseur" is cut to 8 ("Hypothee") on its own line, then to 7 for the ellipsis.
    { text: 'ab Hypotheekadviseur', chars: 8, lines: 3, expected: ['ab', 'Hypothe…'], why: 'a long word is cut' },
    // One line: "a", the next word does not fit; "a" is shorter than the limit and keeps itself.
    { text: 'a bcdefghijk', chars: 5, lines: 1, expected: ['a…'], why: 'a short last line keeps its word' },
    // "drie vier" (9) is full: its last word goes for the ellipsis.
    {
      text: 'een twee drie vier vijf',
      chars: 9,
      lines: 2,
      expected: ['een twee', 'drie…'],
      why: 'a full last line drops a word',
    },
    { text: 'aa bb', chars: 2, lines: 0, expected: [], why: 'no lines allowed' },
    {
      text: 'ab',
      chars: 0.5,
      lines: 2,
      expected: ['…'],
      why: 'a limit under 1 is 1: the cut word gives way to the ellipsis',
    },
  ];
  for (const { text, chars, lines, expected, why } of cases) {
    it(`wrapLines(${JSON.stringify(text)}, ${chars}, ${lines}): ${why}`, () => {
      expect(wrapLines(text, chars, lines)).to.deep.equal(expected);
    });
  }
});

describe('layout/poster: rows and curves of a three-touchpoint journey, default options', () => {
  const small = parseJourney({
    version: 1,
    id: 'poster',
    title: 'Poster',
    locale: 'nl-NL',
    phases: [
      { id: 'p1', label: 'Eerst' },
      { id: 'p2', label: 'Dan' },
    ],
    touchpoints: [
      { id: 't1', phase: 'p1', label: 'Offerte aanvragen bij de bank', channel: 'web' },
      { id: 't2', phase: 'p1', label: 'Bellen', channel: 'phone' },
      { id: 't3', phase: 'p2', label: 'Tekenen', channel: 'branch' },
    ],
  });
  if (!small.ok) throw new Error('poster journey invalid');
  const point = (touchpointId: string, index: number, score: number | null): EmotionPoint => ({
    touchpointId,
    index,
    score,
    basis: score === null ? 'none' : 'persona-mean',
  });
  // Laid out before each test, not when the suite is collected: a mutation run switches its
  // mutant on per test.
  let poster: PosterLayout;
  beforeEach(() => {
    poster = posterLayout(small.journey, [
      { persona: null, series: [point('t1', 0, 5), point('t2', 1, 0), point('t3', 2, null)] },
      { persona: 'starter', series: [point('t1', 0, null), point('elders', 5, -2.5)] },
    ]);
  });

  it('stacks the rows from the margin down', () => {
    // margin 48: title 48 + 28 = 76, goal +30 = 106, route +24 = 130, legend +30 = 160, phases
    // +26 = 186 (34 high), labels 186 + 34 + 30 = 250 at round(13 × 1.3) = 17 a line, channels
    // 250 + 3 × 17 + 4 = 305, emotion 305 + 28 = 333 to 333 + 240 = 573, moments 573 + 40 = 613,
    // NPS 613 + 46 = 659, pain points 659 + 36 = 695, footer 695 + 44 = 739, height 739 + 48 − 16.
    expect(poster).to.include({
      margin: 48,
      left: 184, // 48 + 136
      right: 592, // 184 + 3 × 136
      width: 960, // 592 + 48 = 640, raised to the poster's least width
      titleY: 76,
      goalY: 106,
      routeY: 130,
      legendY: 160,
      channelY: 305,
      momentY: 613,
      npsY: 659,
      painY: 695,
      footerY: 739,
      height: 771,
    });
    expect(poster.phases).to.deep.equal({
      y: 186,
      height: 34,
      bands: [
        { label: 'Eerst', phaseIndex: 0, x0: 184, x1: 456 },
        { label: 'Dan', phaseIndex: 1, x0: 456, x1: 592 },
      ],
    });
    expect(poster.blueprint).to.deep.equal({ processY: null, actionY: null, lineHeight: 16 });
  });

  it('wraps labels to (136 − 16) / (13 × 0.56) = 16.5, so 16 characters, in at most 3 lines', () => {
    expect(poster.labels.y).to.equal(250);
    expect(poster.labels.lineHeight).to.equal(17);
    expect(poster.labels.columns).to.deep.equal([
      { touchpointId: 't1', x0: 184, x1: 320, cx: 252, lines: ['Offerte', 'aanvragen bij de', 'bank'] },
      { touchpointId: 't2', x0: 320, x1: 456, cx: 388, lines: ['Bellen'] },
      { touchpointId: 't3', x0: 456, x1: 592, cx: 524, lines: ['Tekenen'] },
    ]);
  });

  it('maps scores −5…+5 onto 573…333: y = 453 − 24 × score', () => {
    expect(poster.emotion).to.include({ y0: 333, y1: 573, zeroY: 453 });
    expect(poster.emotion.ticks).to.deep.equal([
      { value: -5, y: 573 },
      { value: -2.5, y: 513 },
      { value: 0, y: 453 },
      { value: 2.5, y: 393 },
      { value: 5, y: 333 },
    ]);
    const [all, starter] = poster.emotion.curves;
    // +5 at t1's centre 252 → y 333; 0 at t2's 388 → 453; t3 recorded nothing: a gap, no point.
    expect(all).to.deep.equal({
      index: 0,
      persona: null,
      path: 'M252,333L388,453',
      points: [
        { touchpointId: 't1', x: 252, y: 333, score: 5 },
        { touchpointId: 't2', x: 388, y: 453, score: 0 },
      ],
    });
    // A touchpoint not on the poster sits at x 0; −2.5 → 453 + 60 = 513.
    expect(starter!.index).to.equal(1);
    expect(starter!.persona).to.equal('starter');
    expect(starter!.points).to.deep.equal([{ touchpointId: 'elders', x: 0, y: 513, score: -2.5 }]);
  });

  const rows: {
    processLines?: number;
    actionLines?: number;
    processY: number | null;
    actionY: number | null;
    footerY: number;
  }[] = [
    // Processes 695 + 40 = 735; actions 735 + 2 × 16 + 28 = 795, last line 795 + 2 × 16 = 827; footer + 44.
    { processLines: 2, actionLines: 3, processY: 735, actionY: 795, footerY: 871 },
    // Actions alone: 695 + 40 = 735, last line 735 + 16 = 751.
    { actionLines: 2, processY: null, actionY: 735, footerY: 795 },
    // Processes alone: 735, last line 735 + 2 × 16 = 767.
    { processLines: 3, processY: 735, actionY: null, footerY: 811 },
    // One line each: 735; 735 + 16 + 28 = 779, the footer 779 + 44.
    { processLines: 1, actionLines: 1, processY: 735, actionY: 779, footerY: 823 },
    { processLines: 0, actionLines: 0, processY: null, actionY: null, footerY: 739 },
  ];
  for (const { processLines, actionLines, processY, actionY, footerY } of rows) {
    it(`blueprint rows: ${processLines ?? 0} process and ${actionLines ?? 0} action lines`, () => {
      const withRows = posterLayout(small.journey, [], { processLines, actionLines });
      expect(withRows.blueprint).to.deep.equal({ processY, actionY, lineHeight: 16 });
      expect(withRows.footerY).to.equal(footerY);
      expect(withRows.height).to.equal(footerY + 32); // + 48 − 16
    });
  }

  it('takes a smaller label size and fewer lines: 13 px a line, 2 lines', () => {
    // round(10 × 1.3) = 13; channels 250 + 2 × 13 + 4 = 280; emotion 308…548. Labels wrap at
    // (136 − 16) / 5.6 = 21.4 → 21 characters.
    const compact = posterLayout(small.journey, [], { labelSize: 10, labelLines: 2, margin: 20 });
    // margin 20: title 48, goal 78, route 102, legend 132, phases 158, labels 158 + 64 = 222.
    expect(compact.labels.y).to.equal(222);
    expect(compact.labels.lineHeight).to.equal(13);
    expect(compact.channelY).to.equal(252); // 222 + 26 + 4
    expect(compact.emotion).to.include({ y0: 280, y1: 520, zeroY: 400 });
    // "Offerte aanvragen bij" is 7 + 1 + 9 + 1 + 3 = 21 characters: it just fits.
    expect(compact.labels.columns[0]!.lines).to.deep.equal(['Offerte aanvragen bij', 'de bank']);
    expect(compact.left).to.equal(156); // 20 + 136
    expect(compact.height).to.equal(compact.footerY + 4); // + 20 − 16
  });
});
