import { expect } from '@open-wc/testing';
import { actionEffects, type ActionEffect } from '../../src/analytics/index.js';
import { parseJourney, type Journey } from '../../src/model/index.js';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

/**
 * Before: three touchpoints. `apply`: starter −2 and −1 (mean −1.5), switcher 1; NPS counts
 * 10/5/15 (round(100 × (10 − 15) / 30) = −17); metric calls 400. `status`: NPS only for
 * starter, 2026-Q1 then 2026-Q2 (latest: 4/4/12 → round(100 × (4 − 12) / 20) = −40);
 * metric lead-time 12 days. `sign`: no emotion, no NPS.
 */
const BEFORE = {
  version: 1,
  id: 'before',
  title: 'Before',
  personas: [
    { id: 'starter', name: 'Starter' },
    { id: 'switcher', name: 'Switcher' },
  ],
  phases: [{ id: 'p', label: 'P' }],
  touchpoints: [
    {
      id: 'apply',
      phase: 'p',
      label: 'Apply',
      emotions: [
        { score: -2, persona: 'starter' },
        { score: -1, persona: 'starter' },
        { score: 1, persona: 'switcher' },
      ],
      nps: { promoters: 10, passives: 5, detractors: 15 },
      metrics: [{ id: 'calls', label: 'Calls', value: 400 }],
    },
    {
      id: 'status',
      phase: 'p',
      label: 'Status',
      nps: [
        { promoters: 1, passives: 1, detractors: 8, persona: 'starter', period: '2026-Q1' },
        { promoters: 4, passives: 4, detractors: 12, persona: 'starter', period: '2026-Q2' },
      ],
      metrics: [{ id: 'lead-time', label: 'Lead time', value: 12, unit: 'days' }],
    },
    { id: 'sign', phase: 'p', label: 'Sign' },
  ],
};

/**
 * After: `apply` starter 0.5, switcher 0.3 (an all-customers finding 2 is ignored by the persona
 * curves); NPS 18/6/6 → round(100 × 12 / 30) = 40; calls 250. `status`: starter latest
 * 2026-Q3: 12/5/3 → round(100 × 9 / 20) = 45; lead-time 9.5 days. `welcome` is new.
 */
const AFTER = {
  ...BEFORE,
  id: 'after',
  title: 'After',
  owners: [{ id: 'squad', name: 'Squad' }],
  touchpoints: [
    {
      id: 'apply',
      phase: 'p',
      label: 'Apply',
      emotions: [
        { score: 0.5, persona: 'starter' },
        { score: 0.3, persona: 'switcher' },
      ],
      nps: { promoters: 18, passives: 6, detractors: 6 },
      metrics: [{ id: 'calls', label: 'Calls', value: 250 }],
    },
    {
      id: 'status',
      phase: 'p',
      label: 'Status',
      nps: [
        { promoters: 1, passives: 1, detractors: 8, persona: 'starter', period: '2026-Q1' },
        { promoters: 4, passives: 4, detractors: 12, persona: 'starter', period: '2026-Q2' },
        { promoters: 12, passives: 5, detractors: 3, persona: 'starter', period: '2026-Q3' },
      ],
      metrics: [{ id: 'lead-time', label: 'Lead time', value: 9.5, unit: 'days' }],
    },
    { id: 'sign', phase: 'p', label: 'Sign' },
    { id: 'welcome', phase: 'p', label: 'Welcome', nps: { promoters: 5, passives: 0, detractors: 0 } },
  ],
};

const action = (extra: Record<string, unknown>) => ({ id: 'a', title: 'A', status: 'done', ...extra });
const effectsOf = (...actions: Record<string, unknown>[]) =>
  actionEffects(load(BEFORE), load({ ...AFTER, actions: actions.map((a, i) => ({ id: `a${i}`, ...a })) }));
const measured = (effects: ActionEffect[]) =>
  effects.map((e) => [e.touchpointId, e.measured.map((m) => [m.persona, m.before, m.after, m.change])]);

describe('actionEffects(before, after)', () => {
  // [case, action, expected [touchpoint, [persona, before, after, change][]][]]
  const rows: Array<[string, Record<string, unknown>, unknown[]]> = [
    [
      'NPS of all customers: 40 − (−17) = 57',
      action({ touchpoints: ['apply'], expect: { measure: 'nps', change: 10 } }),
      [['apply', [[null, -17, 40, 57]]]],
    ],
    [
      'NPS per persona, the latest period: 45 − (−40) = 85',
      action({ touchpoints: ['status'], expect: { measure: 'nps', persona: 'starter', change: 10 } }),
      [['status', [['starter', -40, 45, 85]]]],
    ],
    [
      'NPS for a persona without answers before or after: null, never 0',
      action({ touchpoints: ['status'], expect: { measure: 'nps', persona: 'switcher', change: 10 } }),
      [['status', [['switcher', null, null, null]]]],
    ],
    [
      'emotion per persona: starter 0.5 − (−1.5) = 2, switcher 0.3 − 1 = −0.7',
      action({ touchpoints: ['apply'], expect: { measure: 'emotion', change: 1 } }),
      [
        [
          'apply',
          [
            ['starter', -1.5, 0.5, 2],
            ['switcher', 1, 0.3, -0.7],
          ],
        ],
      ],
    ],
    [
      'emotion of one persona',
      action({ touchpoints: ['apply'], expect: { measure: 'emotion', persona: 'switcher', change: 0.5 } }),
      [['apply', [['switcher', 1, 0.3, -0.7]]]],
    ],
    [
      'emotion where neither side recorded one: null',
      action({ touchpoints: ['sign'], expect: { measure: 'emotion', persona: 'starter', change: 1 } }),
      [['sign', [['starter', null, null, null]]]],
    ],
    [
      'metric: 250 − 400 = −150 calls; 9.5 − 12 = −2.5 days',
      action({ touchpoints: ['apply', 'status'], expect: { measure: 'metric', metric: 'calls', change: -100 } }),
      [
        ['apply', [[null, 400, 250, -150]]],
        ['status', [[null, null, null, null]]],
      ],
    ],
    [
      'a touchpoint new in after: the before side is null',
      action({ touchpoints: ['welcome'], expect: { measure: 'nps', change: 50 } }),
      // 5 promoters of 5: round(100 × 5 / 5) = 100
      [['welcome', [[null, null, 100, null]]]],
    ],
    [
      'without expect: emotion and NPS of all customers',
      // Overall emotion with personas only: the mean of the persona curves.
      // Before (−1.5 + 1) / 2 = −0.25; after (0.5 + 0.3) / 2 = 0.4; change 0.65.
      action({ touchpoints: ['apply'] }),
      [
        [
          'apply',
          [
            [null, -0.25, 0.4, 0.65],
            [null, -17, 40, 57],
          ],
        ],
      ],
    ],
  ];
  for (const [name, input, expected] of rows) {
    it(name, () => {
      expect(measured(effectsOf(input))).to.deep.equal(expected);
    });
  }

  it('only done actions count; each keeps its expectation, done date and owner, in action order', () => {
    const effects = effectsOf(
      { title: 'Idea', status: 'idea', touchpoints: ['apply'] },
      { title: 'Planned', status: 'planned', touchpoints: ['apply'] },
      { title: 'Busy', status: 'in-progress', touchpoints: ['apply'] },
      { title: 'Dropped', status: 'dropped', touchpoints: ['apply'] },
      {
        title: 'Status in the app',
        status: 'done',
        done: '2026-05-14',
        owner: 'squad',
        touchpoints: ['status', 'apply'],
        expect: { measure: 'nps', change: 10 },
      },
    );
    expect(effects.map((e) => [e.actionId, e.title, e.done, e.owner, e.touchpointId, e.expected])).to.deep.equal([
      ['a4', 'Status in the app', '2026-05-14', 'squad', 'status', { measure: 'nps', change: 10 }],
      ['a4', 'Status in the app', '2026-05-14', 'squad', 'apply', { measure: 'nps', change: 10 }],
    ]);
    // status has only starter answers: the all-customers NPS sums them per period (latest
    // 2026-Q2 before, 2026-Q3 after): −40 → 45.
    expect(effects[0]!.measured).to.deep.equal([{ measure: 'nps', persona: null, before: -40, after: 45, change: 85 }]);
    expect(effects[1]!.measured[0]!.measure).to.equal('nps');
  });

  it('a journey without actions has no effects; an action without expect has expected null', () => {
    expect(actionEffects(load(BEFORE), load(AFTER))).to.deep.equal([]);
    expect(effectsOf(action({ touchpoints: ['sign'] }))[0]!.expected).to.equal(null);
  });

  it('a metric change names its metric', () => {
    const [effect] = effectsOf(
      action({ touchpoints: ['status'], expect: { measure: 'metric', metric: 'lead-time', change: -3 } }),
    );
    expect(effect!.measured).to.deep.equal([
      { measure: 'metric', persona: null, metric: 'lead-time', before: 12, after: 9.5, change: -2.5 },
    ]);
  });

  it('is pure: it leaves its inputs as they were', () => {
    const before = load(BEFORE);
    const after = load({ ...AFTER, actions: [action({ touchpoints: ['apply'] })] });
    const copy = JSON.stringify([before, after]);
    actionEffects(before, after);
    expect(JSON.stringify([before, after])).to.equal(copy);
  });
});
