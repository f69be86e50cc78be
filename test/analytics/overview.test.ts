import { expect } from '@open-wc/testing';
import { actionsOf, journeyOverview } from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import periods from '../fixtures/nps-periods.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}
const brief = (m: { persona: string | null; touchpointId: string; score: number }) => [
  m.persona,
  m.touchpointId,
  m.score,
];

describe('journeyOverview', () => {
  describe('health-claim-en', () => {
    const overview = journeyOverview(load(health));

    it('one entry per phase, in phase order, with its touchpoint count', () => {
      expect(overview.map((p) => [p.phaseId, p.label, p.touchpoints])).to.deep.equal([
        ['before', 'Before care', 2],
        ['during', 'During care', 1],
        ['after', 'After care', 3],
      ]);
    });

    // [phase, lowest per persona, highest per persona]
    const extremes: [string, unknown[], unknown[]][] = [
      [
        'before',
        [
          ['young', 'check-cover', -1],
          ['chronic', 'ask-chat', -2],
        ],
        [
          ['young', 'ask-chat', 0.5],
          ['chronic', 'check-cover', 1],
        ],
      ],
      [
        'during',
        [
          ['young', 'treatment', 2],
          ['chronic', 'treatment', 2],
        ],
        [
          ['young', 'treatment', 2],
          ['chronic', 'treatment', 2],
        ],
      ],
      [
        'after',
        [
          ['young', 'bill', -3],
          ['chronic', 'bill', -1],
        ],
        [
          ['young', 'paid', 4],
          ['chronic', 'claim', 3], // 3 at claim beats 2.5 at paid
        ],
      ],
    ];
    for (const [phase, lowest, highest] of extremes) {
      it(`${phase}: lowest and highest moment per persona`, () => {
        const entry = overview.find((p) => p.phaseId === phase)!;
        expect(entry.lowest.map(brief)).to.deep.equal(lowest);
        expect(entry.highest.map(brief)).to.deep.equal(highest);
      });
    }

    it('moments of truth by phase', () => {
      expect(overview.map((p) => p.moments.map((m) => [m.touchpointId, m.kind]))).to.deep.equal([
        [],
        [['treatment', 'make-or-break']],
        [],
      ]);
    });

    it('worst NPS: the bill at −44; the claim without answers does not count', () => {
      // bill: detractors 30+12+14+18+20+25+31 = 150, passives 40+35 = 75, promoters 20+15 = 35
      // NPS = 100 · (35 − 150) / 260 = −44.2 → −44; no norm, so no gap
      expect(overview[2]!.worstNps).to.deep.equal({
        touchpointId: 'bill',
        index: 3,
        score: -44,
        target: null,
        gap: null,
      });
      expect(overview[0]!.worstNps).to.equal(null);
    });
  });

  describe('nps-periods (latest period, norms)', () => {
    const overview = journeyOverview(load(periods));

    it('worst NPS against its norm: advice 0 vs 30 (gap −30), not compare 33 vs 20', () => {
      // all customers = per-persona counts summed per period; latest advice Q3: 80/70/80 → 0
      expect(overview[0]!.worstNps).to.deep.equal({
        touchpointId: 'advice',
        index: 1,
        score: 0,
        target: 30,
        gap: -30,
      });
    });

    it('the lowest moment uses the latest period; the mover’s tie goes to the first touchpoint', () => {
      expect(overview[0]!.lowest.map(brief)).to.deep.equal([
        ['starter', 'advice', 0.4],
        ['mover', 'compare', 0.5],
      ]);
      expect(journeyOverview(load(periods), { period: '2026-Q2' })[0]!.lowest.map(brief)).to.deep.equal([
        ['starter', 'compare', 1.2],
        ['mover', 'compare', 0.5],
      ]);
    });

    it('pain points carry the lowest emotion felt where they are named', () => {
      expect(overview[0]!.painPoints).to.deep.equal([
        { text: 'Waiting three weeks for an appointment', touchpointIds: ['advice'], lowestScore: 0.4 },
      ]);
    });
  });

  describe('pain points and open actions', () => {
    // `actions` arrives in the model separately; the overview reads it defensively.
    const journey = {
      ...load({
        version: 1,
        id: 'j',
        title: 'J',
        phases: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        touchpoints: [
          { id: 't1', phase: 'a', label: 'T1', emotions: [{ score: 1 }], painPoints: ['Slow', 'Jargon'] },
          { id: 't2', phase: 'a', label: 'T2', emotions: [{ score: -3 }], painPoints: ['Forms', ' slow '] },
          { id: 't3', phase: 'a', label: 'T3', emotions: [{ score: -1 }], painPoints: ['Queue', 'Parking'] },
          { id: 't4', phase: 'b', label: 'T4' },
        ],
      }),
      actions: [
        { id: 'x1', title: 'Plain-language letters', status: 'planned', touchpoints: ['t1'] },
        { id: 'x2', title: 'Online forms', status: 'done', touchpoints: ['t2'] },
        { id: 'x3', title: 'More advisers', status: 'in-progress', touchpoints: ['t3', 't4'], owner: 'ops' },
        { id: 'x4', title: 'Dropped idea', status: 'dropped', touchpoints: ['t1'] },
        { id: 'x5', title: 'Idea', status: 'idea', touchpoints: ['t4'] },
        { title: 'no id', status: 'idea', touchpoints: ['t1'] },
        'not an action',
      ],
    } as Journey;
    const overview = journeyOverview(journey);

    it('top three: named most often first, then where it hurts most, then journey order', () => {
      // "Slow" at t1 and t2 (2×); then by lowest emotion: Forms (t2, −3), Queue/Parking (t3, −1), Jargon (t1, 1)
      expect(overview[0]!.painPoints.map((p) => [p.text, p.touchpointIds, p.lowestScore])).to.deep.equal([
        ['Slow', ['t1', 't2'], -3],
        ['Forms', ['t2'], -3],
        ['Queue', ['t3'], -1],
      ]);
      expect(journeyOverview(journey, { painPoints: 10 })[0]!.painPoints.map((p) => p.text)).to.deep.equal([
        'Slow',
        'Forms',
        'Queue',
        'Parking',
        'Jargon',
      ]);
    });

    it('open actions (idea, planned, in progress) of the phase’s touchpoints; done and dropped are not open', () => {
      expect(overview.map((p) => p.openActions.map((a) => a.id))).to.deep.equal([
        ['x1', 'x3'],
        ['x3', 'x5'],
      ]);
      expect(overview[1]!.openActions[0]).to.deep.equal({
        id: 'x3',
        title: 'More advisers',
        status: 'in-progress',
        touchpoints: ['t3', 't4'],
        owner: 'ops',
      });
    });

    it('actionsOf skips malformed entries and journeys without actions', () => {
      expect(actionsOf(journey).map((a) => a.id)).to.deep.equal(['x1', 'x2', 'x3', 'x4', 'x5']);
      const { actions: _healthActions, ...healthWithoutActions } = load(health);
      expect(actionsOf(healthWithoutActions)).to.deep.equal([]);
      expect(actionsOf({ actions: 'none' })).to.deep.equal([]);
      expect(
        actionsOf({ actions: [{ id: 'a' }, null, 3, { id: 'b', title: 'B', status: 'done', touchpoints: [] }] }).map(
          (a) => a.id,
        ),
      ).to.deep.equal(['b']);
    });
  });
});
