import { expect } from '@open-wc/testing';
import { type PhaseEntry, phaseFacts } from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';

/**
 * One phase of four touchpoints, by hand:
 * - t0: persona a −2, persona b +3; NPS 5/3/2 → 100 × (5 − 2) / 10 = +30; a moment of truth;
 *   wait 9 against 5 (lower is better: off norm), satisfaction 80 against 70 (higher: on norm).
 * - t1: all customers −2; NPS 1/1/8 → 100 × (1 − 8) / 10 = −70; satisfaction 60 against 70 (off).
 * - t2: persona a +4; a metric without a target (neither on nor off norm).
 * - t3: no emotion; NPS with no answers (no score).
 */
const parsed = parseJourney({
  version: 1,
  id: 'facts',
  title: 'Facts',
  personas: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  phases: [{ id: 'p', label: 'P' }],
  touchpoints: [
    {
      id: 't0',
      phase: 'p',
      label: 'T0',
      emotions: [
        { persona: 'a', score: -2 },
        { persona: 'b', score: 3 },
      ],
      nps: { promoters: 5, passives: 3, detractors: 2 },
      momentOfTruth: { kind: 'critical' },
      metrics: [
        { id: 'wait', label: 'Wait', value: 9, target: 5, better: 'lower' },
        { id: 'csat', label: 'Satisfaction', value: 80, target: 70 },
      ],
    },
    {
      id: 't1',
      phase: 'p',
      label: 'T1',
      emotions: [{ score: -2 }],
      nps: { promoters: 1, passives: 1, detractors: 8 },
      metrics: [{ id: 'csat', label: 'Satisfaction', value: 60, target: 70 }],
    },
    {
      id: 't2',
      phase: 'p',
      label: 'T2',
      emotions: [{ persona: 'a', score: 4 }],
      metrics: [{ id: 'calls', label: 'Calls', value: 3 }],
    },
    { id: 't3', phase: 'p', label: 'T3', nps: { promoters: 0, passives: 0, detractors: 0 } },
  ],
});
if (!parsed.ok) throw new Error(`the phase does not parse: ${JSON.stringify(parsed.issues)}`);
const entries: PhaseEntry[] = parsed.journey.touchpoints.map((touchpoint, index) => ({ touchpoint, index }));
const where = (extreme: { entry: PhaseEntry; curve: string | null; point: { score: number } } | null) =>
  extreme && { id: extreme.entry.touchpoint.id, curve: extreme.curve, score: extreme.point.score };

describe('phaseFacts', () => {
  it('counts touchpoints, moments of truth and metrics off norm (a metric without a target is neither)', () => {
    const facts = phaseFacts(entries, { curves: ['a', 'b'], nps: null });
    expect(facts.count).to.equal(4);
    expect(facts.moments).to.equal(1);
    expect(facts.offNorm).to.equal(2); // t0 wait 9 > 5, t1 satisfaction 60 < 70
  });

  it('finds the extremes over the curves shown; on a tie the first touchpoint and curve win', () => {
    const facts = phaseFacts(entries, { curves: ['a', 'b'], nps: null });
    // Lowest −2 at t0 on a; t1's −2 on a (its all-customers point) and on b tie and lose.
    expect(where(facts.lowest)).to.deep.equal({ id: 't0', curve: 'a', score: -2 });
    // Highest +4 at t2 on a (t2 has nothing for b: skipped, not 0).
    expect(where(facts.highest)).to.deep.equal({ id: 't2', curve: 'a', score: 4 });
    expect(facts.lowest!.entry.index).to.equal(0);
    expect(facts.highest!.entry.index).to.equal(2);
  });

  it('on the all-customers curve a touchpoint with only persona findings counts as their mean', () => {
    const facts = phaseFacts(entries, { curves: [null], nps: null });
    // t0: mean(−2, +3) = +0.5; t1: −2; t2: +4; t3: nothing.
    expect(where(facts.lowest)).to.deep.equal({ id: 't1', curve: null, score: -2 });
    expect(where(facts.highest)).to.deep.equal({ id: 't2', curve: null, score: 4 });
  });

  it('the lowest NPS skips touchpoints without answers; nps false leaves NPS out', () => {
    const facts = phaseFacts(entries, { curves: [], nps: null });
    expect(facts.worstNps && { id: facts.worstNps.entry.touchpoint.id, score: facts.worstNps.score }).to.deep.equal({
      id: 't1',
      score: -70,
    });
    expect(phaseFacts(entries, { curves: [], nps: false }).worstNps).to.equal(null);
    // Only t0 and t3: +30 beats no score at all.
    expect(phaseFacts([entries[3]!, entries[0]!], { curves: [], nps: null }).worstNps!.score).to.equal(30);
    expect(phaseFacts([entries[3]!], { curves: [], nps: null }).worstNps).to.equal(null);
  });

  it('on a tie of the lowest NPS the first touchpoint wins', () => {
    const twice = [entries[1]!, { touchpoint: entries[1]!.touchpoint, index: 7 }];
    expect(phaseFacts(twice, { curves: [], nps: null }).worstNps!.entry.index).to.equal(1);
  });

  it('no curves: no emotion extremes; no entries: all zero and null', () => {
    const facts = phaseFacts(entries, { curves: [], nps: null });
    expect([facts.lowest, facts.highest]).to.deep.equal([null, null]);
    expect(phaseFacts([], { curves: ['a'], nps: null })).to.deep.equal({
      count: 0,
      lowest: null,
      highest: null,
      worstNps: null,
      moments: 0,
      offNorm: 0,
    });
  });
});
