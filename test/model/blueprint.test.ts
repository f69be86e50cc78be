import { expect } from '@open-wc/testing';
import { LIMITS, isIsoDate, parseJourney } from '../../src/model/index.js';
import { type Doc, issuesOf, minimalJourney, setAt, triples } from './journeys.js';

/** Two touchpoints with processes, two owners, a persona, a source and two actions. */
function blueprint(): Doc {
  return {
    ...minimalJourney(),
    personas: [{ id: 'starter', name: 'Starter' }],
    sources: [{ id: 'log', kind: 'process-mining', label: 'Log' }],
    owners: [
      { id: 'ops', name: 'Hypotheken Operations', kind: 'department', contact: 'ops@bank.example' },
      { id: 'squad', name: 'Squad Aanvragen', kind: 'team' },
    ],
    touchpoints: [
      {
        id: 't',
        phase: 'p',
        label: 'Apply',
        processes: [
          { id: 'intake', label: 'Intake', layer: 'frontstage', owner: 'squad', system: 'App' },
          { id: 'check', label: 'Credit check', layer: 'backstage', owner: 'ops', duration: 'P2D', source: 'log' },
          { id: 'bkr', label: 'BKR lookup', layer: 'support', note: 'external registry' },
        ],
      },
      { id: 'u', phase: 'p', label: 'Sign' },
    ],
    actions: [
      {
        id: 'status',
        title: 'Statusoverzicht in de app',
        status: 'done',
        touchpoints: ['t', 'u'],
        owner: 'squad',
        href: 'https://jira.example/BANK-12',
        due: '2026-04-30',
        done: '2026-05-14',
        expect: { measure: 'nps', persona: 'starter', change: 10 },
        note: 'Shipped in release 4.2',
      },
      { id: 'sms', title: 'SMS bij ontbrekend document', status: 'idea', touchpoints: ['u'] },
    ],
  };
}

describe('parseJourney: owners, processes and actions (service blueprint)', () => {
  it('a journey with every blueprint field is valid and keeps every value', () => {
    const result = parseJourney(blueprint());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.journey.owners).to.deep.equal(blueprint().owners);
    expect(result.journey.touchpoints[0]!.processes).to.deep.equal(blueprint().touchpoints[0].processes);
    expect(result.journey.actions).to.deep.equal(blueprint().actions);
  });

  it('each status and each measure is accepted', () => {
    for (const status of ['idea', 'planned', 'in-progress', 'done', 'dropped']) {
      expect(parseJourney(setAt(blueprint(), ['actions', 1, 'status'], status)).ok, status).to.equal(true);
    }
    for (const expectation of [
      { measure: 'emotion', change: 1.5 },
      { measure: 'nps', change: -3 },
      { measure: 'metric', metric: 'lead-time', change: -2 },
    ]) {
      expect(parseJourney(setAt(blueprint(), ['actions', 1, 'expect'], expectation)).ok, expectation.measure).to.equal(
        true,
      );
    }
  });

  describe('every invalid value is an issue with its JSON path', () => {
    // [path to set, value, expected path, expected code]
    const rows: Array<[Array<string | number>, unknown, string, string]> = [
      [['owners', 0, 'kind'], 'squad', 'owners[0].kind', 'invalid_value'],
      [['owners', 1, 'name'], '', 'owners[1].name', 'invalid_value'],
      [['owners', 1, 'colour'], 'red', 'owners[1].colour', 'unknown_key'],
      [['touchpoints', 0, 'processes', 1, 'layer'], 'offstage', 'touchpoints[0].processes[1].layer', 'invalid_value'],
      [
        ['touchpoints', 0, 'processes', 1, 'duration'],
        '2 days',
        'touchpoints[0].processes[1].duration',
        'invalid_value',
      ],
      [['touchpoints', 0, 'processes', 2, 'label'], 7, 'touchpoints[0].processes[2].label', 'invalid_type'],
      [['actions', 0, 'status'], 'finished', 'actions[0].status', 'invalid_value'],
      [['actions', 0, 'touchpoints'], [], 'actions[0].touchpoints', 'invalid_value'],
      [['actions', 0, 'href'], 'javascript:alert(1)', 'actions[0].href', 'invalid_url'],
      [['actions', 0, 'due'], '2026-02-30', 'actions[0].due', 'invalid_value'],
      [['actions', 0, 'done'], '14-05-2026', 'actions[0].done', 'invalid_value'],
      [['actions', 0, 'done'], '2026-05-14T10:00', 'actions[0].done', 'invalid_value'],
      [['actions', 0, 'expect', 'measure'], 'csat', 'actions[0].expect.measure', 'invalid_value'],
      [['actions', 0, 'expect', 'change'], '10', 'actions[0].expect.change', 'invalid_type'],
      [['actions', 0, 'expect', 'metric'], 'lead-time', 'actions[0].expect.metric', 'invalid_value'],
      [['actions', 0, 'expect'], { measure: 'metric', change: 1 }, 'actions[0].expect.metric', 'invalid_value'],
    ];
    for (const [at, value, path, code] of rows) {
      it(`${path} = ${JSON.stringify(value)}: ${code}`, () => {
        const issues = issuesOf(setAt(blueprint(), at, value));
        expect(issues.map((i) => [i.path, i.code])).to.deep.equal([[path, code]]);
      });
    }

    it('a required field missing is named: actions[1].title', () => {
      const doc = blueprint();
      delete doc.actions[1].title;
      expect(issuesOf(doc).map((i) => i.path)).to.deep.equal(['actions[1].title']);
    });
  });

  describe('references resolve', () => {
    const rows: Array<[Array<string | number>, string, string, string]> = [
      [['touchpoints', 0, 'processes', 0, 'owner'], 'hr', 'touchpoints[0].processes[0].owner', 'unknown owner "hr"'],
      [['touchpoints', 0, 'processes', 1, 'source'], 'x', 'touchpoints[0].processes[1].source', 'unknown source "x"'],
      [['actions', 0, 'touchpoints', 1], 'x', 'actions[0].touchpoints[1]', 'unknown touchpoint "x"'],
      [['actions', 0, 'owner'], 'hr', 'actions[0].owner', 'unknown owner "hr"'],
      [['actions', 0, 'expect', 'persona'], 'switcher', 'actions[0].expect.persona', 'unknown persona "switcher"'],
    ];
    for (const [at, value, path, message] of rows) {
      it(`${path}: ${message}`, () => {
        expect(triples(issuesOf(setAt(blueprint(), at, value)))).to.deep.equal([[path, 'unknown_reference', message]]);
      });
    }

    it('ids are unique per list: owners, actions, and the processes of one touchpoint', () => {
      const doc = blueprint();
      doc.owners[1].id = 'ops';
      doc.actions[1].id = 'status';
      doc.touchpoints[0].processes[2].id = 'intake';
      doc.touchpoints[1].processes = [{ id: 'intake', label: 'Same id, other touchpoint', layer: 'frontstage' }];
      // Reported in one pass over the document: owners, then each touchpoint, then actions.
      // "squad" was owners[1]'s id, now "ops": every reference to "squad" dangles.
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['owners[1].id', 'duplicate_id', 'duplicate owner id "ops": also used at owners[0].id'],
        [
          'touchpoints[0].processes[2].id',
          'duplicate_id',
          'duplicate process id "intake": also used at touchpoints[0].processes[0].id',
        ],
        ['touchpoints[0].processes[0].owner', 'unknown_reference', 'unknown owner "squad"'],
        ['actions[1].id', 'duplicate_id', 'duplicate action id "status": also used at actions[0].id'],
        ['actions[0].owner', 'unknown_reference', 'unknown owner "squad"'],
      ]);
    });
  });

  describe('limits', () => {
    it(`more than ${LIMITS.maxActions} actions is an issue at "actions"`, () => {
      const doc = blueprint();
      doc.actions = Array.from({ length: LIMITS.maxActions + 1 }, (_, i) => ({
        id: `a${i}`,
        title: 'A',
        status: 'idea',
        touchpoints: ['t'],
      }));
      expect(issuesOf(doc).map((i) => [i.path, i.code])).to.deep.equal([['actions', 'too_many']]);
    });

    it(`an action title over ${LIMITS.maxShortText} characters is an issue`, () => {
      const issues = issuesOf(setAt(blueprint(), ['actions', 1, 'title'], 'x'.repeat(LIMITS.maxShortText + 1)));
      expect(issues.map((i) => [i.path, i.code])).to.deep.equal([['actions[1].title', 'too_long']]);
    });
  });

  it('isIsoDate: real calendar dates only', () => {
    const rows: Array<[string, boolean]> = [
      ['2026-05-14', true],
      ['2024-02-29', true], // 2024 is a leap year
      ['2026-02-29', false], // 2026 is not
      ['1900-02-29', false], // divisible by 100, not by 400
      ['2000-02-29', true], // divisible by 400
      ['2026-02-30', false],
      ['2026-04-31', false],
      ['2026-13-01', false],
      ['2026-00-10', false],
      ['2026-5-14', false],
      ['2026-05-14 ', false],
    ];
    for (const [text, valid] of rows) expect(isIsoDate(text), text).to.equal(valid);
  });
});
