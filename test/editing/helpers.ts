/**
 * Shared journeys and checks for the editing tests (not a test file itself).
 */
import { expect } from '@open-wc/testing';
import { type Operation, applyPatch as libraryApply } from 'fast-json-patch';
import { type Edit, type EditResult, isRefusal } from '../../src/editing/index.js';
import { type Journey, parseJourney } from '../../src/model/index.js';
import mortgageData from '../fixtures/mortgage-nl.json';

/** The mortgage journey of the fixtures, parsed (personas starter and mover, 12 touchpoints). */
export function mortgage(): Journey {
  const parsed = parseJourney(mortgageData);
  if (!parsed.ok) throw new Error('the mortgage fixture does not parse');
  return parsed.journey;
}

/** A small journey with persona NPS and quotes, for persona edits. */
export function small(): Journey {
  const parsed = parseJourney({
    version: 1,
    id: 'small',
    title: 'Small',
    personas: [
      { id: 'a', name: 'Ada', color: '#123456' },
      { id: 'b', name: 'Bo' },
    ],
    phases: [
      { id: 'p1', label: 'One' },
      { id: 'p2', label: 'Two' },
      { id: 'p3', label: 'Three' },
    ],
    touchpoints: [
      {
        id: 't1',
        phase: 'p1',
        label: 'First',
        emotions: [{ score: 1, persona: 'a' }, { score: -2, persona: 'b' }, { score: 0 }],
        nps: { promoters: 5, passives: 3, detractors: 2, persona: 'a' },
        quotes: [
          { text: 'Fine', persona: 'a' },
          { text: 'Meh', persona: 'b' },
        ],
      },
      {
        id: 't2',
        phase: 'p1',
        label: 'Second',
        emotions: [{ score: 2, persona: 'a' }],
        nps: [
          { promoters: 1, passives: 1, detractors: 1, persona: 'a', period: 'Q1' },
          { promoters: 2, passives: 1, detractors: 0, persona: 'b', period: 'Q1' },
        ],
      },
      { id: 't3', phase: 'p2', label: 'Third' },
    ],
    transitions: [
      { from: 't1', to: 't2', count: 10 },
      { from: 't2', to: 't3', count: 8 },
      { from: 't2', to: null, count: 2 },
    ],
  });
  if (!parsed.ok) throw new Error(`the small journey does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.journey;
}

/** A plain, unfrozen copy. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** fast-json-patch's own application, the independent check of an emitted patch. */
export function applyWithLibrary(doc: unknown, patch: readonly unknown[]): unknown {
  return libraryApply(plain(doc), plain(patch) as Operation[], true, true).newDocument;
}

/** Asserts a result is an edit, and that its patch, inverse and journey keep every promise. */
export function expectEdit(before: Journey, result: EditResult): Edit {
  if (isRefusal(result)) throw new Error(`refused: ${result.refused}`);
  const parsed = parseJourney(plain(result.journey));
  expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).to.equal(true);
  expect(Object.isFrozen(result.journey)).to.equal(true);
  expect(applyWithLibrary(before, result.patch)).to.deep.equal(plain(result.journey));
  expect(applyWithLibrary(result.journey, result.inverse)).to.deep.equal(plain(before));
  return result;
}
