import { expect } from '@open-wc/testing';
import { npsOf } from '../../src/analytics/nps.js';
import { type ColumnLayout, columnWindow } from '../../src/layout/columns.js';
import {
  NPS_GROUPS,
  chunkWindow,
  divergingBar,
  divergingExtent,
  histogram,
  npsGroupOf,
  scoreTrack,
} from '../../src/layout/nps.js';
import mortgage from '../fixtures/mortgage-nl.json';

// The advice meeting of the mortgage fixture, 2026-Q3: answers 0…10.
const ADVICE_Q3 = [2, 1, 2, 3, 4, 8, 15, 40, 62, 88, 95];

describe('layout/nps', () => {
  describe('npsGroupOf', () => {
    const cases: [number, string][] = [
      [0, 'detractors'],
      [6, 'detractors'],
      [7, 'passives'],
      [8, 'passives'],
      [9, 'promoters'],
      [10, 'promoters'],
    ];
    for (const [answer, group] of cases) {
      it(`answer ${answer} is one of the ${group}`, () => expect(npsGroupOf(answer)).to.equal(group));
    }
    it('draws the groups from detractors to promoters', () => {
      expect([...NPS_GROUPS]).to.deep.equal(['detractors', 'passives', 'promoters']);
    });
  });

  describe('divergingBar', () => {
    it('centres the passives on the middle of a full-scale bar', () => {
      // Scale −1…1 → 0…200: x(v) = 100 + 100v; half the passives = 0.25.
      const bar = divergingBar({ detractors: 0.25, passives: 0.5, promoters: 0.25 }, { width: 200 });
      expect(bar.centre).to.equal(100);
      expect(bar.segments.map((s) => [s.group, s.x0, s.x1])).to.deep.equal([
        ['detractors', 50, 75],
        ['passives', 75, 125],
        ['promoters', 125, 150],
      ]);
    });

    it('uses an offset and a shared extent', () => {
      // Scale −0.8…0.8 → 10…210: x(v) = 110 + 125v; half the passives = 0.15.
      const bar = divergingBar({ detractors: 0.1, passives: 0.3, promoters: 0.6 }, { width: 200, x: 10 }, 0.8);
      const [d, p, pr] = bar.segments;
      expect(bar.centre).to.equal(110);
      expect(d!.x0).to.be.closeTo(78.75, 1e-9);
      expect(d!.x1).to.be.closeTo(91.25, 1e-9);
      expect(p!.x1).to.be.closeTo(128.75, 1e-9);
      expect(pr!.x1).to.be.closeTo(203.75, 1e-9);
      expect(pr!.share).to.equal(0.6);
    });

    it('clamps a side that reaches past the extent', () => {
      // 0.15 + 0.6 = 0.75 > 0.5: the promoters end at the right edge.
      const bar = divergingBar({ detractors: 0.1, passives: 0.3, promoters: 0.6 }, { width: 200, x: 10 }, 0.5);
      expect(bar.segments[2]!.x1).to.equal(210);
    });
  });

  describe('divergingExtent', () => {
    it('rounds the longest side up to a tenth', () => {
      // Advice 2026-Q3: promoters 183/320 + half the passives 51/320 = 234/320 = 0.73125 → 0.8.
      const tp = mortgage.touchpoints.find((t) => t.id === 'advice')!;
      const q3 = npsOf({ distribution: ADVICE_Q3 });
      expect(q3.shares!.promoters).to.equal(183 / 320);
      expect(tp.id).to.equal('advice');
      expect(divergingExtent([q3.shares, null])).to.equal(0.8);
    });
    it('never goes below one half', () => {
      expect(divergingExtent([{ detractors: 0.3, passives: 0.4, promoters: 0.3 }])).to.equal(0.5);
      expect(divergingExtent([{ detractors: 0.1, passives: 0.1, promoters: 0.1 }])).to.equal(0.5);
    });
    it('is the full scale without any shares', () => {
      expect(divergingExtent([])).to.equal(1);
      expect(divergingExtent([null])).to.equal(1);
    });
    it('is the full scale when everyone is a promoter', () => {
      expect(divergingExtent([{ detractors: 0, passives: 0, promoters: 1 }])).to.equal(1);
    });
  });

  describe('scoreTrack', () => {
    it('draws +46 with target +40 on a 200 px track', () => {
      // x(v) = 100 + v.
      const track = scoreTrack(46, 40, { width: 200 });
      expect([track.start, track.zero, track.end]).to.deep.equal([0, 100, 200]);
      expect(track.bar).to.deep.equal({ x0: 100, x1: 146 });
      expect(track.score).to.equal(146);
      expect(track.target).to.equal(140);
    });
    it('draws a negative score leftwards from zero', () => {
      // Documents: −39 with target 0 on a 100 px track from x = 20: x(v) = 70 + v / 2.
      const track = scoreTrack(-39, 0, { width: 100, x: 20 });
      expect(track.bar).to.deep.equal({ x0: 50.5, x1: 70 });
      expect(track.target).to.equal(70);
    });
    it('has no bar without a score and no mark without a target', () => {
      const track = scoreTrack(null, undefined, { width: 100 });
      expect(track.bar).to.equal(null);
      expect(track.score).to.equal(null);
      expect(track.target).to.equal(null);
    });
    it('clamps a target outside −100…100', () => {
      expect(scoreTrack(0, 150, { width: 100 }).target).to.equal(100);
    });
  });

  describe('histogram', () => {
    const frame = { width: 252, height: 128 };
    // Band: 11 answers over 32…252 with padding 0.2 inner / 0.1 outer → step 20, bar 16, x(i) = 34 + 20i.
    // Counts 0…95 → nice 0…100 over 108…8: y(v) = 108 − v.
    const h = histogram(ADVICE_Q3, frame);
    it('places one bar per answer', () => {
      expect(h.bars).to.have.length(11);
      expect(h.bars.map((b) => b.x)).to.deep.equal([34, 54, 74, 94, 114, 134, 154, 174, 194, 214, 234]);
      expect(h.bars.every((b) => b.width === 16)).to.equal(true);
      expect(h.bars[10]!.cx).to.equal(242);
    });
    it('scales the counts from the baseline', () => {
      expect(h.baseline).to.equal(108);
      expect(h.bars[10]!.y).to.be.closeTo(13, 1e-9);
      expect(h.bars[10]!.height).to.be.closeTo(95, 1e-9);
      expect(h.bars[7]!.height).to.be.closeTo(40, 1e-9);
      expect(h.bars[1]!.height).to.be.closeTo(1, 1e-9);
    });
    it('groups the answers', () => {
      expect(h.bars.map((b) => b.group[2])).to.deep.equal(['t', 't', 't', 't', 't', 't', 't', 's', 's', 'o', 'o']);
    });
    it('divides the groups between 6|7 and 8|9', () => {
      expect(h.dividers).to.deep.equal([172, 212]);
    });
    it('ticks the count axis at whole numbers', () => {
      expect(h.ticks.map((t) => t.value)).to.deep.equal([0, 20, 40, 60, 80, 100]);
      expect(h.ticks[0]!.y).to.equal(108);
      expect(h.ticks[5]!.y).to.be.closeTo(8, 1e-9);
    });
    it('keeps an all-zero distribution on the baseline', () => {
      const empty = histogram(new Array(11).fill(0), frame);
      expect(empty.bars.every((b) => b.height === 0)).to.equal(true);
      expect(empty.ticks.map((t) => t.value)).to.deep.equal([0, 1]);
    });
  });

  // The overlay's track windows its columns with the shared columnWindow (layout/columns.ts), over
  // its own layout or, aligned, the other element's columns from where they start on its track.
  describe('columnWindow over an NPS track', () => {
    /** `count` columns of `size` px, the first starting at `start`. */
    const track = (count: number, start: number, size: number) =>
      ({ columns: new Array(count).fill(null), columnWidth: size, inset: start }) as unknown as ColumnLayout;
    const cases: [string, Parameters<typeof columnWindow>, { first: number; last: number }][] = [
      // 1,000 columns of 96 px from 0; 1,200 px in view at 0, 1,200 margin: px −1,200…2,400 → slots 0…25 → chunks of 16: 0…31.
      ['at the start', [track(1000, 0, 96), 0, 1200, 1200, 16], { first: 0, last: 31 }],
      // Scrolled to 48,000: px 46,800…50,400 → slots 487…525 → 480…527.
      ['in the middle', [track(1000, 0, 96), 48_000, 1200, 1200, 16], { first: 480, last: 527 }],
      // Scrolled to the end (96,000 − 1,200): px 93,600…97,200 → slots 975…999 → 960…999.
      ['at the end', [track(1000, 0, 96), 94_800, 1200, 1200, 16], { first: 960, last: 999 }],
      // A start offset of 200 px shifts the slots: px −200…800 from the first slot → slots 0…8.
      ['after a start offset', [track(100, 200, 100), 0, 1000, 0, 1], { first: 0, last: 8 }],
      // Scrolled past the end: px 1,000,000… → slot 10,000, clamped to the last column, 39.
      ['past the end', [track(40, 0, 100), 1e6, 500, 0, 16], { first: 39, last: 39 }],
      ['an empty track', [track(0, 0, 96), 0, 1200, 1200, 16], { first: 0, last: -1 }],
      ['slots of no size', [track(10, 0, 0), 0, 1200, 1200, 16], { first: 0, last: -1 }],
    ];
    for (const [name, args, expected] of cases) {
      it(`finds the columns in view ${name}`, () => {
        expect(columnWindow(...args)).to.deep.equal(expected);
      });
    }
  });

  describe('chunkWindow', () => {
    // Chunks 100, 200, 100, 300 and 100 px tall, 4 px apart: tops at 0, 104, 308, 412, 716.
    const heights = [100, 200, 100, 300, 100];
    const cases: [string, number, number, number, { first: number; last: number }][] = [
      ['the top', 0, 150, 0, { first: 0, last: 1 }],
      // 320…420 meets chunk 2 (308…408) and chunk 3 (412…712).
      ['the middle', 320, 100, 0, { first: 2, last: 3 }],
      // With a margin of 100: 220…520 → chunks 1 (104…304) to 3.
      ['the middle with a margin', 320, 100, 100, { first: 1, last: 3 }],
      ['the bottom', 700, 200, 0, { first: 3, last: 4 }],
      ['past the bottom', 5000, 200, 0, { first: 4, last: 4 }],
    ];
    for (const [name, scroll, viewport, margin, expected] of cases) {
      it(`finds the chunks in view at ${name}`, () => {
        expect(chunkWindow(heights, 4, scroll, viewport, margin)).to.deep.equal(expected);
      });
    }
    it('is empty without chunks', () => {
      expect(chunkWindow([], 4, 0, 100, 0)).to.deep.equal({ first: 0, last: -1 });
    });
  });
});
