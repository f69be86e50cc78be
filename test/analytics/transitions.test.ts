import { expect } from '@open-wc/testing';
import { FLOW_KINDS, dropOffs, transitionFlows, type TransitionFlow } from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/index.js';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

const m = load(mortgage);

describe('transitionFlows', () => {
  it('kinds', () => expect(FLOW_KINDS).to.deep.equal(['next', 'skip', 'loop', 'drop-off']));

  it('mortgage: kinds, indices and shares of the moves out of each touchpoint', () => {
    const flows = transitionFlows(m);
    const rows = flows.map((f) => [f.from, f.to, f.fromIndex, f.toIndex, f.count, f.kind]);
    expect(rows).to.deep.equal([
      ['compare', 'calculate', 0, 1, 9100, 'next'],
      ['calculate', 'advice', 1, 2, 2300, 'next'],
      ['calculate', null, 1, null, 6800, 'drop-off'],
      ['documents', 'status-call', 4, 5, 3150, 'next'],
      ['status-call', 'documents', 5, 4, 2900, 'loop'], // back from 5 to 4
    ]);
    const shares = flows.map((f) => f.share!);
    expect(shares[0]).to.equal(1); // 9100 / 9100: the only move out of compare
    // Out of calculate: 2300 + 6800 = 9100.
    expect(shares[1]).to.be.closeTo(0.252747, 1e-6); // 2300 / 9100 = 0.2527…
    expect(shares[2]).to.be.closeTo(0.747253, 1e-6); // 6800 / 9100 = 0.7472…
    expect(shares[1]! + shares[2]!).to.be.closeTo(1, 1e-12);
    expect(shares[3]).to.equal(1); // 3150 / 3150
    expect(shares[4]).to.equal(1); // 2900 / 2900
    expect(flows.map((f) => f.label)).to.deep.equal([
      undefined,
      'plant een gesprek',
      'haakt af',
      'kanaalwissel: app → telefoon',
      undefined,
    ]);
    expect('label' in flows[0]!).to.equal(false);
  });

  it('skip, self-loop and zero counts', () => {
    const journey = {
      touchpoints: ['a', 'b', 'c', 'd'].map((id) => ({ id, phase: 'p', label: id })),
      transitions: [
        { from: 'a', to: 'c', count: 30 }, // 0 → 2: skips b
        { from: 'a', to: 'd', count: 10 }, // 0 → 3
        { from: 'a', to: 'a', count: 60 }, // itself: a loop
        { from: 'b', to: 'c', count: 0 },
        { from: 'b', to: null, count: 0 },
      ],
    } as unknown as Journey;
    const rows = transitionFlows(journey).map((f: TransitionFlow) => [f.from, f.to, f.kind, f.share]);
    expect(rows).to.deep.equal([
      ['a', 'c', 'skip', 0.3], // 30 / (30 + 10 + 60)
      ['a', 'd', 'skip', 0.1], // 10 / 100
      ['a', 'a', 'loop', 0.6], // 60 / 100
      ['b', 'c', 'next', null], // nothing counted out of b: no share
      ['b', null, 'drop-off', null],
    ]);
  });

  it('no transitions', () => {
    expect(transitionFlows(load(generic))).to.deep.equal([]);
    expect(dropOffs(load(generic))).to.deep.equal([]);
  });
});

describe('dropOffs', () => {
  it('mortgage: 6800 of the 9100 moves out of calculate', () => {
    const drops = dropOffs(m);
    expect(drops.length).to.equal(1);
    expect(drops[0]).to.deep.include({
      from: 'calculate',
      to: null,
      fromIndex: 1,
      toIndex: null,
      count: 6800,
      kind: 'drop-off',
      label: 'haakt af',
    });
    expect(drops[0]!.share).to.be.closeTo(6800 / 9100, 1e-12); // 0.7472…
  });
});
