import { expect } from '@open-wc/testing';
import { parseJourney } from '../../src/model/index.js';
import { fullJourney, issuesOf, setAt, triples } from './journeys.js';

const at = (field: string) => ['touchpoints', 1, 'emotions', 1, field];

describe('parseJourney: emotion period, n and sd', () => {
  const good: Array<[string, unknown]> = [
    ['period', '2026-Q3'],
    ['n', 1],
    ['n', 1500],
    ['sd', 0],
    ['sd', 1.75],
  ];
  for (const [field, value] of good) {
    it(`${field} ${JSON.stringify(value)} is accepted`, () => {
      expect(parseJourney(setAt(fullJourney(), at(field), value)).ok).to.equal(true);
    });
  }

  // [field, bad value, expected code, expected message]
  const bad: Array<[string, unknown, string, string]> = [
    ['n', 0, 'invalid_value', 'must be at least 1, not 0'],
    ['n', -3, 'invalid_value', 'must be at least 1, not -3'],
    ['n', 2.5, 'invalid_type', 'must be a whole number, not 2.5'],
    ['n', '30', 'invalid_type', 'must be a finite number, not text'],
    ['sd', -0.1, 'invalid_value', 'must be at least 0, not -0.1'],
    ['sd', 'wide', 'invalid_type', 'must be a finite number, not text'],
    ['period', 2026, 'invalid_type', 'must be text, not a number'],
  ];
  for (const [field, value, code, message] of bad) {
    it(`${field} ${JSON.stringify(value)} is rejected at its JSON path`, () => {
      expect(triples(issuesOf(setAt(fullJourney(), at(field), value)))).to.deep.equal([
        [`touchpoints[1].emotions[1].${field}`, code, message],
      ]);
    });
  }
});
