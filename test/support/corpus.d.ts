/** Types of corpus.js (plain JavaScript, shared with the Node tests). */
export type Expectation =
  | { outcome: 'valid'; literals?: Array<string | { text: string; in: string[] }> }
  | { outcome: 'error'; code: string; path: string };
export interface ExpandedEntry {
  id: string;
  file: string;
  name: string;
  text: string;
  objectInput: boolean;
  apply: string[];
  card: string;
  expect: Expectation;
  expectFor: Record<string, Expectation>;
}
export const INPUT_PATHS: string[];
export function toJsonText(value: unknown): string;
export function expandCorpus(baseText: string, file: string, fileText: string): ExpandedEntry[];
export function expectationFor(entry: ExpandedEntry, tag: string): Expectation;
export function literalsFor(expectation: Expectation, tag: string): string[];
