import { expect } from '@open-wc/testing';
import { phaseFacts } from '../../src/analytics/phase-facts.js';
import { Localizer } from '../../src/shared/i18n/localizer.js';
import { PHASE_LEVEL_FROM, PhaseSummaryMemo, describePhase, movePhase } from '../../src/shared/phase-level.js';

describe('phase level', () => {
  it('starts above 200 touchpoints', () => {
    expect(PHASE_LEVEL_FROM).to.equal(201);
  });

  it('moves between phases, clamped, and drills in with Enter, Space or Down', () => {
    expect(movePhase('ArrowRight', 1, 4)).to.deep.equal({ phase: 2 });
    expect(movePhase('PageDown', 3, 4)).to.deep.equal({ phase: 3 });
    expect(movePhase('ArrowLeft', 0, 4)).to.deep.equal({ phase: 0 });
    expect(movePhase('PageUp', 2, 4)).to.deep.equal({ phase: 1 });
    expect(movePhase('Home', 2, 4)).to.deep.equal({ phase: 0 });
    expect(movePhase('End', 0, 4)).to.deep.equal({ phase: 3 });
    for (const key of ['Enter', ' ', 'ArrowDown']) expect(movePhase(key, 2, 4)).to.deep.equal({ drill: true });
    expect(movePhase('ArrowUp', 2, 4)).to.equal(null);
    expect(movePhase('a', 2, 4)).to.equal(null);
  });

  it('describes a phase from its facts, leaving out what it does not have', () => {
    const touchpoints = [
      { id: 'a', phase: 'p', label: 'Eerst', emotions: [{ score: -2, label: 'fear' }] },
      {
        id: 'b',
        phase: 'p',
        label: 'Daarna',
        emotions: [{ score: 3 }],
        nps: { promoters: 10, passives: 0, detractors: 30 },
      },
    ];
    const facts = phaseFacts(
      touchpoints.map((touchpoint, index) => ({ touchpoint, index })),
      { curves: [null], nps: null },
    );
    const en = Localizer.for('en');
    const text = describePhase(facts, { label: 'Apply', position: 1, total: 3, first: 10, last: 11 }, en, null);
    expect(text).to.equal(
      `Apply, phase 2 of 3: 2 touchpoints, 11 to 12; lowest emotion Eerst (fear, ${en.emotionScore(-2)}); ` +
        `highest emotion Daarna (${en.emotionScore(3)}); lowest NPS Daarna (−50). ${en.messages.phaseHint}`,
    );
    const quiet = describePhase(
      phaseFacts([], { curves: [], nps: false }),
      { label: 'Leeg', position: 0, total: 1, first: 0, last: -1 },
      en,
      null,
    );
    expect(quiet).to.not.contain('emotion');
    expect(quiet).to.not.contain('NPS');
  });

  it('remembers the last summary while its key is the same', () => {
    const memo = new PhaseSummaryMemo();
    let computed = 0;
    const model = {};
    const compute = () => `summary ${(computed += 1)}`;
    expect(memo.get([model, 1, 'nl'], compute)).to.equal('summary 1');
    expect(memo.get([model, 1, 'nl'], compute)).to.equal('summary 1');
    expect(memo.get([model, 2, 'nl'], compute)).to.equal('summary 2');
    expect(memo.get([{}, 2, 'nl'], compute), 'another model by identity').to.equal('summary 3');
    expect(computed).to.equal(3);
  });
});
