/**
 * Hostile corpus, part 3: prototype keys at every depth, numbers, sizes, deep nesting, duplicate ids,
 * dangling references, unknown keys and documents that are not journeys, through every input path
 * of every element (see test/support/hostile-runner.ts).
 */
import { hostileSuite, loadCorpus, registerElements } from '../support/hostile-runner.js';

const registered = await registerElements();
const entries = await loadCorpus([
  'prototype.json',
  'numbers.json',
  'sizes.json',
  'references.json',
  'unknown-keys.json',
  'documents.json',
]);
hostileSuite('hostile corpus: structure, numbers and sizes', entries, registered);
