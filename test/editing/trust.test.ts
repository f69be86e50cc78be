/**
 * `trustValidated`: the editing layer hands over a journey it validated, so an element given it
 * does not copy and validate it again; only deeply frozen journeys are taken.
 */
import { expect } from '@open-wc/testing';
import { applyEdit, isRefusal } from '../../src/editing/index.js';
import { isValidatedJourney, parseJourney, snapshotThenParseAsync, trustValidated } from '../../src/model/parse.js';
import type { Journey } from '../../src/model/types.js';
import { mortgage } from './helpers.js';

function edited(): Journey {
  const result = applyEdit(mortgage(), { type: 'emotion.set', touchpoint: 'advice', persona: 'starter', score: 4 });
  if (isRefusal(result)) throw new Error(result.refused);
  return result.journey;
}

describe('trustValidated', () => {
  it('takes an edited (deeply frozen) journey: parse and the element snapshot return it as it is', () => {
    const journey = edited();
    expect(isValidatedJourney(journey)).to.equal(false);
    expect(trustValidated(journey)).to.equal(true);
    expect(isValidatedJourney(journey)).to.equal(true);
    const parsed = parseJourney(journey);
    expect(parsed.ok && parsed.journey).to.equal(journey);
    // Synchronous, not a promise: no copy and no validation in slices.
    const snap = snapshotThenParseAsync(journey);
    expect(snap).to.not.be.instanceOf(Promise);
    expect((snap as { journey: Journey }).journey).to.equal(journey);
  });

  it('takes a chain of edits, each sharing what it did not touch', () => {
    let journey = mortgage();
    for (const score of [1, 2, 3]) {
      const result = applyEdit(journey, { type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score });
      if (isRefusal(result)) throw new Error(result.refused);
      journey = result.journey;
      expect(trustValidated(journey)).to.equal(true);
    }
  });

  const refused: Array<[string, () => unknown]> = [
    ['a plain, unfrozen journey', () => structuredClone(mortgage())],
    ['a frozen top whose touchpoints are not frozen', () => Object.freeze({ ...structuredClone(mortgage()) })],
    [
      'a deeply frozen object with a getter',
      () => Object.freeze(Object.defineProperty({ version: 1 }, 'title', { get: () => 'changes', enumerable: true })),
    ],
    ['a frozen list', () => Object.freeze([])],
    ['null', () => null],
    ['text', () => '{"version":1}'],
  ];
  for (const [what, make] of refused) {
    it(`refuses ${what}`, () => {
      const value = make();
      expect(trustValidated(value as Journey)).to.equal(false);
      expect(isValidatedJourney(value)).to.equal(false);
    });
  }

  it('a refused journey stays mutable data: a later change is still caught by the parse', () => {
    const copy = structuredClone(mortgage()) as { title: string };
    expect(trustValidated(copy as unknown as Journey)).to.equal(false);
    copy.title = '';
    expect(parseJourney(copy).ok).to.equal(false);
  });
});
