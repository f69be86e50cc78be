/**
 * The incremental validation of an edit (src/editing/validate.ts) agrees with a full
 * `parseJourney`: random raw patches — many of them breaking the journey on purpose (a score of
 * 7, a phase that is not there, a duplicate id, a dangling transition, an empty label) — are
 * applied to valid journeys, and `isValidEdit` must say valid exactly when `parseJourney` does.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PatchError, type PatchOperation, applyPatch } from '../../src/editing/patch.js';
import { isValidEdit } from '../../src/editing/validate.js';
import { type Journey, parseJourney } from '../../src/model/index.js';
import { mortgage, plain, small } from './helpers.js';

interface Mutation {
  kind: number;
  i: number;
  j: number;
  value: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.nat({ max: 19 }),
  i: fc.nat({ max: 30 }),
  j: fc.nat({ max: 30 }),
  value: fc.nat({ max: 30 }),
});

const SCORES = [3, -5, 5, 7, -5.5, '2', null, 0.25];
const TEXTS = ['', 'x', 'x'.repeat(501), 'Label', 42];
const IDS = ['nope', '', 'bad id!', 'x'.repeat(65), 'fresh-id'];

function pickOf<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** A raw operation on the journey as it is: its paths exist (or the applier refuses it). */
function operationFor(journey: Journey, m: Mutation): PatchOperation {
  const tps = journey.touchpoints;
  const t = m.i % Math.max(1, tps.length);
  const tp = tps[t];
  const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((item) => item.id);
  const anyId = (n: number) =>
    pickOf([...IDS, ...ids(tps), ...ids(journey.phases), ...ids(journey.personas), ...ids(journey.channels)], n);
  switch (m.kind) {
    case 0:
      return { op: 'replace', path: `/touchpoints/${t}/emotions/${m.j % 3}/score`, value: pickOf(SCORES, m.value) };
    case 1:
      return { op: 'replace', path: `/touchpoints/${t}/phase`, value: anyId(m.value) };
    case 2:
      return { op: 'replace', path: `/touchpoints/${t}/label`, value: pickOf(TEXTS, m.value) };
    case 3:
      return {
        op: 'add',
        path: `/touchpoints/${m.j % (tps.length + 1)}`,
        value: { id: anyId(m.value), phase: anyId(m.i), label: 'New' },
      };
    case 4:
      return { op: 'remove', path: `/touchpoints/${t}` };
    case 5:
      return { op: 'replace', path: `/touchpoints/${t}/id`, value: anyId(m.value) };
    case 6:
      return { op: 'remove', path: `/phases/${m.j % journey.phases.length}` };
    case 7:
      return {
        op: 'add',
        path: `/phases/${m.j % (journey.phases.length + 1)}`,
        value: { id: anyId(m.value), label: 'P' },
      };
    case 8:
      return { op: 'replace', path: `/personas/${m.j % 3}/id`, value: anyId(m.value) };
    case 9:
      return { op: 'replace', path: '/title', value: pickOf(TEXTS, m.value) };
    case 10:
      return {
        op: tp && 'channel' in tp ? 'replace' : 'add',
        path: `/touchpoints/${t}/channel`,
        value: pickOf(['fax', 'web', 'adviser', 'notary', ''], m.value),
      };
    case 11:
      return { op: 'replace', path: `/transitions/${m.j % 6}/to`, value: m.value % 3 === 0 ? null : anyId(m.value) };
    case 12:
      return { op: 'remove', path: `/touchpoints/${t}/quotes/0/persona` };
    case 13:
      return {
        op: 'add',
        path: `/touchpoints/${t}/emotions/0`,
        value: { score: pickOf(SCORES, m.value), persona: anyId(m.j) },
      };
    case 14:
      return { op: 'replace', path: '/kind', value: pickOf(['generic', 'specific', 'weird'], m.value) };
    case 15:
      return {
        op: tp && 'momentOfTruth' in tp ? 'replace' : 'add',
        path: `/touchpoints/${t}/momentOfTruth`,
        value: { kind: pickOf(['wow', 'x', 'critical'], m.value) },
      };
    case 16:
      return { op: 'move', from: `/touchpoints/${t}`, path: `/touchpoints/${m.j % Math.max(1, tps.length)}` };
    case 17:
      return {
        op: 'replace',
        path: `/personas/${m.j % 3}/color`,
        value: pickOf(['red', 'url(x)', '#12345', '#123456'], m.value),
      };
    case 18:
      return { op: 'add', path: '/transitions/0', value: { from: anyId(m.value), to: anyId(m.i), count: m.j - 3 } };
    default:
      return { op: 'replace', path: `/touchpoints/${t}/metrics/0/id`, value: anyId(m.value) };
  }
}

let agreements = { valid: 0, invalid: 0 };

function check(start: Journey, mutations: Mutation[]): void {
  let journey = start;
  for (const m of mutations) {
    const operation = operationFor(journey, m);
    let applied;
    try {
      applied = applyPatch(journey, [operation]);
    } catch (error) {
      if (error instanceof PatchError) continue; // a path that is not there: nothing to compare
      throw error;
    }
    const incremental = isValidEdit(journey, applied, [operation]);
    const full = parseJourney(plain(applied.doc));
    if (incremental !== full.ok) {
      throw new Error(
        `${JSON.stringify(operation)}: incremental says ${incremental}, parseJourney says ${full.ok}` +
          (full.ok ? '' : ` (${JSON.stringify(full.issues.slice(0, 3))})`),
      );
    }
    if (full.ok) {
      agreements.valid += 1;
      journey = applied.doc as Journey; // go on from the valid one: edits build on edits
    } else agreements.invalid += 1;
  }
}

describe('incremental validation agrees with parseJourney (fast-check)', () => {
  before(() => {
    agreements = { valid: 0, invalid: 0 };
  });

  it('on the mortgage journey', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (ms) => check(mortgage(), ms)),
      { numRuns: 150 },
    );
  });

  it('on a small journey with transitions and persona NPS', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (ms) => check(small(), ms)),
      { numRuns: 150 },
    );
  });

  it('compared valid and invalid results alike, many times', () => {
    expect(agreements.valid).to.be.greaterThan(100);
    expect(agreements.invalid).to.be.greaterThan(100);
  });
});
