/**
 * Property-based tests: whatever arrives, parseJourney returns a result, never an exception,
 * and a failure is a well-formed list of issues. Seeds are random; fast-check prints the seed
 * and the shrunk counterexample of any failure, so it can be replayed with `{ seed, path }`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FAILURE_CODES, ISSUE_CODES, type ParseResult, parseJourney } from '../../src/model/index.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import { fullJourney } from './journeys.js';

const issueCodes: ReadonlySet<string> = new Set(ISSUE_CODES);
const failureCodes: ReadonlySet<string> = new Set(FAILURE_CODES);

function isDeeplyFrozen(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (!Object.isFrozen(item)) return false;
    stack.push(...Object.values(item));
  }
  return true;
}

/** Parses `input` and checks the invariants every result must meet; returns the result. */
function checkedParse(input: unknown): ParseResult {
  let result: ParseResult;
  try {
    result = parseJourney(input);
  } catch (error) {
    throw new Error(`parseJourney threw: ${String(error)}`);
  }
  if (result.ok) {
    if (!isDeeplyFrozen(result.journey)) throw new Error('a valid journey was not deeply frozen');
    // A valid journey is a fixed point: its JSON parses again to the same journey.
    const again = parseJourney(JSON.stringify(result.journey));
    if (!again.ok || JSON.stringify(again.journey) !== JSON.stringify(result.journey)) {
      throw new Error('a valid journey did not survive a JSON round trip');
    }
    return result;
  }
  if (!failureCodes.has(result.code)) throw new Error(`unknown failure code ${String(result.code)}`);
  if (!Array.isArray(result.issues) || result.issues.length === 0) throw new Error('a failure without issues');
  if (result.issues.length > 501) throw new Error(`${result.issues.length} issues: more than the cap`);
  const seen = new Set<string>();
  for (const issue of result.issues) {
    if (typeof issue.path !== 'string') throw new Error(`issue path is not text: ${String(issue.path)}`);
    if (!issueCodes.has(issue.code)) throw new Error(`unknown issue code ${String(issue.code)}`);
    if (typeof issue.message !== 'string' || issue.message.trim() === '') throw new Error('issue without a message');
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) throw new Error(`issue listed twice: ${issue.path}: ${issue.message}`);
    seen.add(key);
  }
  return result;
}

const INTERESTING_KEYS = [
  'id',
  'phase',
  'label',
  'persona',
  'channel',
  'source',
  'score',
  'intensity',
  'nps',
  'distribution',
  'promoters',
  'passives',
  'detractors',
  'href',
  'color',
  'version',
  'kind',
  'from',
  'to',
  'count',
  'touchpoints',
  'phases',
  'personas',
  'emotions',
  'links',
  'segment',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'extra',
  '',
];

const INTERESTING_VALUES = [
  null,
  undefined,
  0,
  -0,
  1,
  -1,
  2.5,
  5,
  6,
  -5.01,
  11,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x',
  'orient',
  'apply',
  'starter',
  'web',
  'adviser',
  'compare',
  'interviews-2026',
  'a b',
  'javascript:alert(1)',
  'java\tscript:x',
  'https://example.com',
  '../x',
  'url(x)',
  '#abc',
  'red;x:y',
  'PT15M',
  'P',
  'nl-NL',
  'en_US',
  '__proto__',
  'x'.repeat(501),
  [],
  {},
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  { promoters: 1, passives: 2, detractors: 3 },
  { score: 1 },
  { id: 'p9', label: 'New' },
];

const value = fc.oneof(
  fc.constantFrom(...INTERESTING_VALUES),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
);

const mutation = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'insert'),
  target: fc.nat(),
  index: fc.nat(),
  key: fc.oneof(fc.constantFrom(...INTERESTING_KEYS), fc.string({ maxLength: 8 })),
  value,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Every object and array in `doc`, found without recursion. */
function containers(doc: unknown): Array<Record<string, unknown> | unknown[]> {
  const out: Array<Record<string, unknown> | unknown[]> = [];
  // Mutations may plant values that contain themselves: visit each container once.
  const seen = new Set<object>();
  const stack = [doc];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    out.push(item as Record<string, unknown>);
    stack.push(...Object.values(item));
  }
  return out;
}

function mutate(doc: unknown, m: Mutation): void {
  const all = containers(doc);
  const node = all[m.target % all.length]!;
  if (Array.isArray(node)) {
    if (m.kind === 'insert') node.splice(m.index % (node.length + 1), 0, m.value);
    else if (node.length === 0) return;
    else if (m.kind === 'delete') node.splice(m.index % node.length, 1);
    else node[m.index % node.length] = m.value;
    return;
  }
  const keys = Object.keys(node);
  const define = (key: string) =>
    Object.defineProperty(node, key, { value: m.value, enumerable: true, writable: true, configurable: true });
  if (m.kind === 'insert') define(m.key);
  else if (keys.length === 0) return;
  else if (m.kind === 'delete') delete node[keys[m.index % keys.length]!];
  else define(keys[m.index % keys.length]!);
}

const EXAMPLES: Array<() => unknown> = [
  () => structuredClone(mortgage),
  () => structuredClone(health),
  () => structuredClone(generic),
  fullJourney,
];

describe('parseJourney under fuzzing', () => {
  let prototypeBefore = '';
  before(() => {
    prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  });
  after(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).to.equal(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('arbitrary JSON values (fc.jsonValue)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        checkedParse(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('arbitrary JSON text (fc.json) and arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        checkedParse(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary JavaScript values (fc.anything, with exotic objects)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          checkedParse(input);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('arbitrary values in the place of a journey field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INTERESTING_KEYS), value, (key, v) => {
        const doc = fullJourney();
        Object.defineProperty(doc, key, { value: v, enumerable: true, writable: true, configurable: true });
        checkedParse(doc);
        checkedParse(doc.touchpoints);
      }),
      { numRuns: 500 },
    );
  });

  it('mutations of the example journeys: delete, replace and insert keys at random paths', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: EXAMPLES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        (which, mutations) => {
          const doc = EXAMPLES[which]!();
          for (const m of mutations) mutate(doc, m);
          const result = checkedParse(doc);
          if (result.ok) valid += 1;
          else invalid += 1;
          // As JSON text too, when the mutated document can be written as JSON at all.
          let text: string | undefined;
          try {
            text = JSON.stringify(doc);
          } catch {
            text = undefined;
          }
          if (text !== undefined) checkedParse(text);
        },
      ),
      { numRuns: 2000 },
    );
    // Both outcomes occur, so the mutations neither always break nor never break a journey.
    expect(valid).to.be.greaterThan(0);
    expect(invalid).to.be.greaterThan(0);
  });
});
