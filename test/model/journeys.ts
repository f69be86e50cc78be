/**
 * Shared documents and helpers for the model tests (not a test file itself).
 * Every call returns a fresh copy, so a test may mutate what it gets.
 */
import { type JourneyIssue, type ParseResult, parseJourney } from '../../src/model/index.js';

export type Doc = Record<string, any>;
export type Path = ReadonlyArray<string | number>;

/** The smallest valid journey: one phase, one touchpoint. */
export function minimalJourney(): Doc {
  return {
    version: 1,
    id: 'j',
    title: 'J',
    phases: [{ id: 'p', label: 'P' }],
    touchpoints: [{ id: 't', phase: 'p', label: 'T' }],
  };
}

/**
 * A valid journey that uses every field of the model once. In every list the element at
 * index 1 is referenced by nothing, so a test can break it without side effects elsewhere.
 */
export function fullJourney(): Doc {
  return {
    version: 1,
    id: 'full',
    title: 'Every field',
    goal: 'Own a house',
    start: 'Starts looking',
    end: 'Lives in the house',
    locale: 'en-GB',
    kind: 'specific',
    extends: 'generic-product',
    personas: [
      { id: 'a', name: 'Alice', description: 'First buyer', segment: { lifeStage: 'starter' }, color: '#abc' },
      { id: 'b', name: 'Bob', description: 'Mover', segment: { income: 'modal' }, color: 'rebeccapurple' },
    ],
    channels: [
      { id: 'adviser', label: 'Adviser', kind: 'human' },
      { id: 'notary', label: 'Notary', kind: 'partner' },
    ],
    phases: [
      { id: 'orient', label: 'Orient', description: 'Looking around' },
      { id: 'buy', label: 'Buy', description: 'Signing' },
    ],
    touchpoints: [
      {
        id: 't1',
        phase: 'orient',
        label: 'Compare',
        channel: 'adviser',
        emotions: [{ score: 1, persona: 'a', source: 's1' }],
        quotes: [{ text: 'Nice', persona: 'a', source: 's1' }],
        metrics: [{ id: 'm1', label: 'Visits', value: 10, source: 's1' }],
        nps: { promoters: 1, passives: 1, detractors: 1, persona: 'a', source: 's1' },
      },
      {
        id: 't2',
        phase: 'orient',
        label: 'Calculate',
        channel: 'web',
        description: 'Uses the calculator',
        actor: 'customer',
        duration: 'PT15M',
        emotions: [
          { score: -1.5, persona: 'a', label: 'confusion', intensity: 0.5, note: 'Jargon', source: 's1' },
          { score: 2, label: 'joy', intensity: 1, note: 'Done' },
        ],
        momentOfTruth: { kind: 'make-or-break', note: 'Decides' },
        painPoints: ['Jargon', 'Slow'],
        opportunities: ['Explain', 'Speed up'],
        quotes: [
          { text: 'What is NHG?', persona: 'a', source: 's1' },
          { text: 'Fine', persona: 'a' },
        ],
        metrics: [
          {
            id: 'm1',
            label: 'Drop-off',
            value: 30,
            unit: '%',
            target: 20,
            better: 'lower',
            period: '2026-Q3',
            source: 's1',
          },
          { id: 'm2', label: 'Visits', value: 100, unit: 'visits', target: 50, better: 'higher', period: '2026-Q3' },
        ],
        nps: {
          distribution: [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3],
          persona: 'a',
          period: '2026-Q3',
          target: 20,
          source: 's1',
        },
        links: [
          { label: 'Calculator', href: 'https://example.com/calc' },
          { label: 'Mail us', href: 'mailto:help@example.com' },
        ],
      },
    ],
    transitions: [
      { from: 't1', to: 't1', count: 3, label: 'loop' },
      { from: 't1', to: null, count: 0, label: 'drop-off' },
    ],
    sources: [
      { id: 's1', kind: 'interview', label: 'Interviews', date: '2026-03', n: 18 },
      { id: 's2', kind: 'survey', label: 'Survey', date: '2026-Q3', n: 2140 },
    ],
  };
}

/** Sets the value at `path` (creating nothing: the parents must exist). */
export function setAt(doc: Doc, path: Path, value: unknown): Doc {
  let node: any = doc;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
  return doc;
}

/** Deletes the key at `path`. */
export function deleteAt(doc: Doc, path: Path): Doc {
  let node: any = doc;
  for (const key of path.slice(0, -1)) node = node[key];
  delete node[path[path.length - 1]!];
  return doc;
}

/** The issues of an input that must be invalid; throws (failing the test) when it parses. */
export function issuesOf(input: unknown): JourneyIssue[] {
  const result: ParseResult = parseJourney(input);
  if (result.ok) throw new Error('expected the input to be rejected, but it parsed');
  return result.issues;
}

/** The failure code of an input that must be invalid. */
export function failureOf(input: unknown): string {
  const result = parseJourney(input);
  if (result.ok) throw new Error('expected the input to be rejected, but it parsed');
  return result.code;
}

/** `[path, code, message]` triples, compact for exact comparisons. */
export function triples(issues: readonly JourneyIssue[]): Array<[string, string, string]> {
  return issues.map((issue) => [issue.path, issue.code, issue.message]);
}

export const ID_RULE = 'is not a valid id: use 1–64 characters from A–Z, a–z, 0–9, "_", "-", "." and ":"';

/** Every object and array inside `value`, itself included (iteratively). */
export function allContainers(value: unknown): object[] {
  const out: object[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    out.push(item);
    stack.push(...Object.values(item));
  }
  return out;
}
