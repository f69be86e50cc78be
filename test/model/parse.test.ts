import { expect } from '@open-wc/testing';
import { parseJourney } from '../../src/model/index.js';
import mortgage from '../fixtures/mortgage-nl.json';

describe('parseJourney (smoke)', () => {
  it('accepts the mortgage example', () => {
    const result = parseJourney(mortgage);
    expect(result.ok).to.equal(true);
  });
});
