// Mocha's hook names for the model, analytics and layout tests when vitest runs them in Node
// (the mutation run): vitest's globals name them beforeAll/afterAll.
import { afterAll, beforeAll } from 'vitest';

Object.assign(globalThis, { before: beforeAll, after: afterAll });
