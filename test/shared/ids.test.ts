import { expect } from '@open-wc/testing';
import { uniqueId } from '../../src/shared/ids.js';

describe('uniqueId', () => {
  it('is unique per call and never built from data', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uniqueId('curve-gradient')));
    expect(ids.size).to.equal(1000);
    for (const id of ids) expect(id).to.match(/^curve-gradient-[a-z0-9]{6}-\d+$/);
    expect(uniqueId('"><script>')).to.match(/^journey-/);
    expect(uniqueId()).to.match(/^journey-/);
  });
});
