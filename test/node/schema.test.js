// The generated dist/journey.schema.json: a valid draft 2020-12 schema that accepts the
// examples, rejects what the model rejects where JSON Schema can say so, and documents
// every property. Run after `node scripts/build.js`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { ensureFreshDist } from '../support/fresh-dist.js';

// dist/ is imported after the check that it is not older than src/ (a static import would be
// linked first).
ensureFreshDist();
const { parseJourney } = await import('../../dist/model.js');

const schema = JSON.parse(readFileSync('dist/journey.schema.json', 'utf8'));
const fixture = (name) => JSON.parse(readFileSync(`test/fixtures/${name}`, 'utf8'));
const FIXTURES = ['mortgage-nl.json', 'health-claim-en.json', 'generic-product.json'];

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const minimal = () => ({
  version: 1,
  id: 'j',
  title: 'J',
  phases: [{ id: 'p', label: 'P' }],
  touchpoints: [{ id: 't', phase: 'p', label: 'T' }],
});
const withTouchpoint = (extra) => ({ ...minimal(), touchpoints: [{ id: 't', phase: 'p', label: 'T', ...extra }] });
const ZEROS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

describe('dist/journey.schema.json', () => {
  test('is a draft 2020-12 schema with its id and title', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://klantreis.dev/journey.schema.json');
    assert.equal(schema.title, 'klantreis journey model, version 1');
    assert.equal(ajv.validateSchema(schema), true);
  });

  test('describes the input contract: defaults are not required', () => {
    assert.deepEqual(schema.required, ['version', 'id', 'title', 'phases', 'touchpoints']);
    assert.equal(schema.properties.kind.default, 'specific');
    assert.equal(schema.additionalProperties, false);
  });

  for (const name of FIXTURES) {
    test(`accepts ${name}`, () => {
      const ok = validate(fixture(name));
      assert.equal(ok, true, JSON.stringify(validate.errors));
    });
  }

  test('accepts an emotion time series with answers and their spread', () => {
    const emotions = [
      { score: -1.2, persona: undefined, period: '2026-Q2', n: 120, sd: 1.8 },
      { score: -2, period: '2026-Q3', n: 1, sd: 0 },
    ].map(({ persona, ...e }) => e);
    assert.equal(validate(withTouchpoint({ emotions })), true, JSON.stringify(validate.errors));
    assert.equal(parseJourney(withTouchpoint({ emotions })).ok, true);
  });

  test('accepts the minimal journey, a drop-off transition and an NPS time series', () => {
    assert.equal(validate(minimal()), true);
    assert.equal(validate({ ...minimal(), transitions: [{ from: 't', to: null, count: 4 }] }), true);
    assert.equal(
      validate(withTouchpoint({ nps: [{ promoters: 1, passives: 2, detractors: 3 }, { distribution: ZEROS }] })),
      true,
      JSON.stringify(validate.errors),
    );
  });

  test('accepts owners, processes behind a touchpoint and actions', () => {
    const doc = {
      ...withTouchpoint({
        processes: [
          { id: 'intake', label: 'Intake', layer: 'frontstage', owner: 'ops', system: 'CRM', duration: 'P1D' },
          { id: 'check', label: 'Check', layer: 'support' },
        ],
      }),
      owners: [{ id: 'ops', name: 'Operations', kind: 'department', contact: 'ops@bank.example' }],
      actions: [
        {
          id: 'a',
          title: 'Status in the app',
          status: 'done',
          touchpoints: ['t'],
          owner: 'ops',
          href: 'https://jira.example/B-1',
          due: '2026-04-30',
          done: '2026-05-14',
          expect: { measure: 'metric', metric: 'calls', change: -20 },
          note: 'n',
        },
      ],
    };
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
    assert.equal(parseJourney(doc).ok, true);
  });

  // [name, document]: each must fail the schema, and parseJourney must reject it too.
  const invalid = [
    ['version 2', { ...minimal(), version: 2 }],
    ['version "1"', { ...minimal(), version: '1' }],
    ['no version', (({ version, ...rest }) => rest)(minimal())],
    ['an unknown key at the top', { ...minimal(), colour: 'red' }],
    ['an unknown key in a touchpoint', withTouchpoint({ colour: 'red' })],
    ['an unknown key in an emotion', withTouchpoint({ emotions: [{ score: 1, mood: 'ok' }] })],
    ['no phases', (({ phases, ...rest }) => rest)(minimal())],
    ['an empty phases list', { ...minimal(), phases: [], touchpoints: [] }],
    ['no touchpoints', (({ touchpoints, ...rest }) => rest)(minimal())],
    ['an id with a space', { ...minimal(), id: 'my journey' }],
    ['an id with an accent', { ...minimal(), id: 'café' }],
    ['an empty id', { ...minimal(), id: '' }],
    ['an id of 65 characters', { ...minimal(), id: 'a'.repeat(65) }],
    ['an empty title', { ...minimal(), title: '' }],
    ['a title of 501 characters', { ...minimal(), title: 'x'.repeat(501) }],
    ['a title that is a number', { ...minimal(), title: 42 }],
    ['kind "other"', { ...minimal(), kind: 'other' }],
    ['NPS with 10 buckets', withTouchpoint({ nps: { distribution: ZEROS.slice(1) } })],
    ['NPS with 12 buckets', withTouchpoint({ nps: { distribution: [...ZEROS, 0] } })],
    [
      'NPS with counts and a distribution',
      withTouchpoint({ nps: { promoters: 1, passives: 1, detractors: 1, distribution: ZEROS } }),
    ],
    ['NPS with neither', withTouchpoint({ nps: { period: '2026-Q3' } })],
    ['NPS with a negative count', withTouchpoint({ nps: { promoters: -1, passives: 1, detractors: 1 } })],
    ['NPS with a fractional count', withTouchpoint({ nps: { promoters: 1.5, passives: 1, detractors: 1 } })],
    ['NPS target 101', withTouchpoint({ nps: { promoters: 1, passives: 1, detractors: 1, target: 101 } })],
    ['an emotion score of 6', withTouchpoint({ emotions: [{ score: 6 }] })],
    ['an emotion score of -5.5', withTouchpoint({ emotions: [{ score: -5.5 }] })],
    ['an intensity of 2', withTouchpoint({ emotions: [{ score: 1, intensity: 2 }] })],
    ['an emotion without a score', withTouchpoint({ emotions: [{ label: 'joy' }] })],
    ['an emotion n of 0', withTouchpoint({ emotions: [{ score: 1, n: 0 }] })],
    ['an emotion n of 2.5', withTouchpoint({ emotions: [{ score: 1, n: 2.5 }] })],
    ['an emotion sd of -0.1', withTouchpoint({ emotions: [{ score: 1, n: 30, sd: -0.1 }] })],
    ['an emotion period that is a number', withTouchpoint({ emotions: [{ score: 1, period: 2026 }] })],
    ['a moment of truth of an unknown kind', withTouchpoint({ momentOfTruth: { kind: 'meh' } })],
    ['a metric without a value', withTouchpoint({ metrics: [{ id: 'm', label: 'M' }] })],
    ['a metric "better" of "more"', withTouchpoint({ metrics: [{ id: 'm', label: 'M', value: 1, better: 'more' }] })],
    ['a transition "to" that is a number', { ...minimal(), transitions: [{ from: 't', to: 1, count: 1 }] }],
    ['a transition with a negative count', { ...minimal(), transitions: [{ from: 't', to: null, count: -1 }] }],
    ['a source of an unknown kind', { ...minimal(), sources: [{ id: 's', kind: 'blog', label: 'S' }] }],
    ['a channel of an unknown kind', { ...minimal(), channels: [{ id: 'c', label: 'C', kind: 'robot' }] }],
    ['a segment value that is a number', { ...minimal(), personas: [{ id: 'a', name: 'A', segment: { age: 30 } }] }],
    ['501 pain points', withTouchpoint({ painPoints: Array.from({ length: 501 }, () => 'slow') })],
    ['a link without href', withTouchpoint({ links: [{ label: 'L' }] })],
    ['a process in layer "offstage"', withTouchpoint({ processes: [{ id: 'p', label: 'P', layer: 'offstage' }] })],
    ['a process without a layer', withTouchpoint({ processes: [{ id: 'p', label: 'P' }] })],
    ['an owner of kind "squad"', { ...minimal(), owners: [{ id: 'o', name: 'O', kind: 'squad' }] }],
    ['an owner without a name', { ...minimal(), owners: [{ id: 'o' }] }],
    [
      'an action of status "finished"',
      { ...minimal(), actions: [{ id: 'a', title: 'A', status: 'finished', touchpoints: ['t'] }] },
    ],
    [
      'an action without touchpoints',
      { ...minimal(), actions: [{ id: 'a', title: 'A', status: 'idea', touchpoints: [] }] },
    ],
    [
      'an action expecting "csat"',
      {
        ...minimal(),
        actions: [{ id: 'a', title: 'A', status: 'idea', touchpoints: ['t'], expect: { measure: 'csat', change: 1 } }],
      },
    ],
    [
      'an expected change that is text',
      {
        ...minimal(),
        actions: [
          { id: 'a', title: 'A', status: 'idea', touchpoints: ['t'], expect: { measure: 'nps', change: '10' } },
        ],
      },
    ],
    ['a touchpoint that is a list', { ...minimal(), touchpoints: [[]] }],
    ['a list instead of a journey', []],
    ['null instead of a journey', null],
  ];

  for (const [name, doc] of invalid) {
    test(`rejects ${name}`, () => {
      assert.equal(validate(doc), false, `the schema accepted ${name}`);
      assert.equal(parseJourney(doc).ok, false, `parseJourney accepted ${name}`);
    });
  }

  test('rejects 20,001 touchpoints and accepts 20,000', () => {
    const doc = minimal();
    doc.touchpoints = Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, phase: 'p', label: 'T' }));
    assert.equal(validate(doc), true);
    doc.touchpoints.push({ id: 'one-more', phase: 'p', label: 'T' });
    assert.equal(validate(doc), false);
  });

  test('every property of every object carries a description', () => {
    const missing = [];
    let properties = 0;
    const stack = [[schema, '#']];
    while (stack.length > 0) {
      const [node, pointer] = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      if (node.properties && typeof node.properties === 'object') {
        for (const [key, property] of Object.entries(node.properties)) {
          properties += 1;
          if (typeof property.description !== 'string' || property.description.trim() === '') {
            missing.push(`${pointer}/properties/${key}`);
          }
        }
      }
      for (const [key, child] of Object.entries(node)) {
        if (child !== null && typeof child === 'object') stack.push([child, `${pointer}/${key}`]);
      }
    }
    assert.deepEqual(missing, []);
    // Journey 17, persona 5, channel 3, phase 3, touchpoint 16, emotion 9, moment of truth 2, quote 3,
    // metric 8, NPS counts 7 + distribution 5 (twice: one NPS or a series), link 2, transition 4,
    // source 5, owner 4, process 8, action 10, expect 4 = 127: the walk saw the whole schema.
    assert.equal(properties, 127);
    assert.equal(typeof schema.description, 'string');
  });

  test('the top-level properties are exactly the fields of the model', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [
      'actions',
      'channels',
      'end',
      'extends',
      'goal',
      'id',
      'kind',
      'locale',
      'owners',
      'personas',
      'phases',
      'sources',
      'start',
      'title',
      'touchpoints',
      'transitions',
      'version',
    ]);
  });
});
