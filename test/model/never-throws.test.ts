import { expect } from '@open-wc/testing';
import { FAILURE_CODES, ISSUE_CODES, type ParseResult, parseJourney } from '../../src/model/index.js';
import { triples } from './journeys.js';

/** Calls parseJourney and fails the test if it throws. */
function safely(input: unknown): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseJourney(input);
  }).not.to.throw();
  return result!;
}

function expectWellFormedFailure(result: ParseResult): void {
  expect(result.ok).to.equal(false);
  if (result.ok) return;
  expect(FAILURE_CODES).to.include(result.code);
  expect(result.issues.length).to.be.greaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path).to.be.a('string');
    expect(ISSUE_CODES).to.include(issue.code);
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

const revoked = Proxy.revocable({}, {});
revoked.revoke();

describe('parseJourney never throws', () => {
  // [name, input, failure code, issues]
  const rows: Array<[string, unknown, string, Array<[string, string, string]>]> = [
    ['null', null, 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not null']]],
    ['undefined', undefined, 'VALIDATION', [['', 'not_data', 'undefined is not JSON data']]],
    ['true', true, 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not true']]],
    ['0', 0, 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not a number']]],
    ['NaN', Number.NaN, 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not NaN']]],
    [
      '-Infinity',
      Number.NEGATIVE_INFINITY,
      'VALIDATION',
      [['', 'invalid_type', 'a journey must be an object, not -Infinity']],
    ],
    ['an empty list', [], 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not a list']]],
    [
      'a list of journeys',
      [{ version: 1 }],
      'VALIDATION',
      [['', 'invalid_type', 'a journey must be an object, not a list']],
    ],
    [
      'JSON text of a string',
      '"journey"',
      'VALIDATION',
      [['', 'invalid_type', 'a journey must be an object, not text']],
    ],
    ['JSON text of null', 'null', 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not null']]],
    ['JSON text of a number', '42', 'VALIDATION', [['', 'invalid_type', 'a journey must be an object, not a number']]],
    ['a function', () => ({}), 'VALIDATION', [['', 'not_data', 'a function is not JSON data']]],
    ['a symbol', Symbol.iterator, 'VALIDATION', [['', 'not_data', 'a symbol is not JSON data']]],
    ['a BigInt', 12n, 'VALIDATION', [['', 'not_data', 'a BigInt is not JSON data']]],
    ['a Date', new Date(0), 'VALIDATION', [['', 'not_data', 'a Date is not JSON data']]],
    ['a revoked Proxy', revoked.proxy, 'VALIDATION', [['', 'unreadable', 'this value could not be read']]],
    ['the window', window, 'VALIDATION', [['', 'not_data', 'a Window is not JSON data']]],
    [
      'a DOM element',
      document.createElement('div'),
      'VALIDATION',
      [['', 'not_data', 'a HTMLDivElement is not JSON data']],
    ],
    [
      'an empty object',
      {},
      'VALIDATION',
      [
        ['version', 'missing', 'is required'],
        ['id', 'missing', 'is required'],
        ['title', 'missing', 'is required'],
        ['phases', 'missing', 'is required'],
        ['touchpoints', 'missing', 'is required'],
      ],
    ],
    [
      'JSON text with only a version',
      '{"version":1}',
      'VALIDATION',
      [
        ['id', 'missing', 'is required'],
        ['title', 'missing', 'is required'],
        ['phases', 'missing', 'is required'],
        ['touchpoints', 'missing', 'is required'],
      ],
    ],
  ];
  for (const [name, input, code, issues] of rows) {
    it(name, () => {
      const result = safely(input);
      expectWellFormedFailure(result);
      if (result.ok) return;
      expect(result.code).to.equal(code);
      expect(triples(result.issues)).to.deep.equal(issues);
    });
  }

  // The engine words JSON.parse errors; only the start of the message is ours.
  for (const text of [
    '',
    ' ',
    '{',
    '}',
    '[',
    '{"version":1,}',
    "{'version':1}",
    'undefined',
    'NaN',
    '<html><body>Log in</body></html>',
    '\uFEFF{}',
  ]) {
    it(`text that is not JSON: ${JSON.stringify(text)}`, () => {
      const result = safely(text);
      expectWellFormedFailure(result);
      if (result.ok) return;
      expect(result.code).to.equal('PARSE');
      expect(result.issues.length).to.equal(1);
      expect(result.issues[0]!.path).to.equal('');
      expect(result.issues[0]!.code).to.equal('invalid_json');
      expect(result.issues[0]!.message.startsWith('not valid JSON: ')).to.equal(true);
    });
  }

  it('a 10 MB string', () => {
    const result = safely('{'.repeat(10 * 1024 * 1024));
    expectWellFormedFailure(result);
    if (!result.ok) expect(result.code).to.equal('PARSE');
  });

  it('a 10 MB JSON list of 5 million numbers is refused by the value limit, not walked', () => {
    const result = safely(`[${'0,'.repeat(5 * 1024 * 1024)}0]`);
    expectWellFormedFailure(result);
    if (result.ok) return;
    expect(result.code).to.equal('LIMIT');
    expect(triples(result.issues)).to.deep.equal([['', 'too_large', 'this list is too long']]);
  });

  it('a 10 MB JSON string that is not a journey', () => {
    const result = safely(`"${'x'.repeat(10 * 1024 * 1024)}"`);
    expectWellFormedFailure(result);
    if (result.ok) return;
    expect(triples(result.issues)).to.deep.equal([['', 'invalid_type', 'a journey must be an object, not text']]);
  });

  it('a frozen object and a sealed one', () => {
    const doc = Object.freeze({ version: 1, id: 'j', title: 'J', phases: Object.freeze([]), touchpoints: [] });
    const frozen = safely(doc);
    expect(frozen.ok ? [] : triples(frozen.issues)).to.deep.equal([['phases', 'invalid_value', 'must not be empty']]);
    expect(
      safely(Object.seal({ version: 1, id: 'j', title: 'J', phases: [{ id: 'p', label: 'P' }], touchpoints: [] })).ok,
    ).to.equal(true);
  });
});
