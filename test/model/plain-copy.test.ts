/**
 * plainCopy: the fast snapshot a large journey gets at assignment. It copies plain JSON data
 * exactly as the careful copy does, and gives up (null) on anything the careful copy has to judge,
 * so that every problem is still named by snapshotSteps.
 */
import { expect } from '@open-wc/testing';
import { type ParseResult, parseJourney, parseJourneyAsync, snapshotThenParseAsync } from '../../src/model/parse.js';
import { plainCopy, snapshot } from '../../src/model/snapshot.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import { allContainers } from './journeys.js';

describe('plainCopy', () => {
  it('copies plain data as the careful copy does: equal, in the same key order, sharing nothing', () => {
    for (const journey of [mortgage, health]) {
      const copied = plainCopy(journey);
      expect(copied).to.not.equal(null);
      expect(copied!.value).to.deep.equal(snapshot(journey).value);
      expect(JSON.stringify(copied!.value)).to.equal(JSON.stringify(journey));
      const originals = new Set(allContainers(journey));
      expect(allContainers(copied!.value).some((c) => originals.has(c))).to.equal(false);
    }
  });

  it('drops undefined properties, keeps null-prototype objects, shared references become copies', () => {
    const shared = { score: 1 };
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    const copied = plainCopy({ x: undefined, list: [shared, shared], bare, text: 'é', n: -0 })!.value as Record<
      string,
      unknown
    >;
    expect(Object.keys(copied)).to.deep.equal(['list', 'bare', 'text', 'n']);
    const list = copied.list as object[];
    expect(list[0]).to.deep.equal({ score: 1 });
    expect(list[0]).to.not.equal(shared);
    expect(copied.bare).to.deep.equal({ a: 1 });
    expect(plainCopy('{"text": true}')).to.deep.equal({ value: '{"text": true}' });
    expect(plainCopy(7)).to.deep.equal({ value: 7 });
  });

  it('gives up on everything the careful copy must name', () => {
    let cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i += 1) deep = [deep];
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    class Persona {
      name = 'made by a class';
    }
    const cases: Record<string, unknown> = {
      function: { label: () => 'x' },
      symbol: { label: Symbol('x') },
      bigint: { count: 10n },
      date: { at: new Date(0) },
      map: { m: new Map() },
      classInstance: { persona: new Persona() },
      undefinedInList: { list: [1, undefined] },
      hole: { list: [1, , 3] },
      protoKey: JSON.parse('{"a": {"__proto__": {"polluted": true}}}'),
      constructorKey: { constructor: 'x' },
      cycle,
      tooDeep: deep,
      throwingGetter: Object.defineProperty({}, 'label', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
      revokedProxy: { inner: revoked.proxy },
    };
    for (const [name, value] of Object.entries(cases)) {
      expect(plainCopy(value), name).to.equal(null);
      // …and the careful copy does name a problem for each.
      expect(snapshot(value).issues.length, `${name}: the careful copy names it`).to.be.greaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    // A list with a prototype of its own is left to the careful copy too, which copies it as a list.
    const odd = { list: Object.setPrototypeOf([1, 2], Object.create(Array.prototype)) };
    expect(plainCopy(odd)).to.equal(null);
    expect(snapshot(odd)).to.deep.equal({ value: { list: [1, 2] }, issues: [], aborted: false });
  });

  it('gives up beyond the size limits instead of copying without end', () => {
    const huge = { list: new Array(5_000_000) };
    expect(plainCopy(huge)).to.equal(null);
  });
});

describe('snapshotThenParseAsync', () => {
  it('copies plain data at once and validates it in slices, with the result parseJourneyAsync gives', async () => {
    const input = structuredClone(mortgage) as typeof mortgage;
    const pending = snapshotThenParseAsync(input, { sliceMs: 0 });
    expect(pending).to.be.instanceOf(Promise);
    input.title = 'changed by the page after handing it over';
    const result = await pending;
    expect(result).to.deep.equal(await parseJourneyAsync(mortgage));
    expect(result.ok && result.journey.title).to.equal(mortgage.title);
    expect(result.ok && Object.isFrozen(result.journey.touchpoints[0])).to.equal(true);
  });

  it('gives the careful synchronous result at once for input that is not plain data', () => {
    const input = { ...structuredClone(mortgage), title: () => 'x' };
    const result = snapshotThenParseAsync(input);
    expect(result).to.not.be.instanceOf(Promise);
    expect(result).to.deep.equal(parseJourney(input));
    const sync = result as ParseResult;
    expect(!sync.ok && sync.issues.map((i) => i.path)).to.include('title');
  });

  it('reports what is wrong in plain data as parseJourney does, copy or no copy', async () => {
    const bad = structuredClone(mortgage) as Record<string, unknown>;
    (bad.touchpoints as Array<Record<string, unknown>>)[2]!.phase = 'nowhere';
    expect(await snapshotThenParseAsync(bad)).to.deep.equal(parseJourney(bad));
  });
});
