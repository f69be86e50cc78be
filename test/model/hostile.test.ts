/**
 * Hostile input, by the categories of QUALITY.md that concern the model: prototype keys,
 * numbers that are not finite, sizes, depth, cycles, exotic objects, links, colours and text.
 */
import { expect } from '@open-wc/testing';
import { LIMITS, parseJourney } from '../../src/model/index.js';
import { type Doc, type Path, failureOf, fullJourney, issuesOf, minimalJourney, setAt, triples } from './journeys.js';

/** Object.prototype as it is now: its own keys and their descriptors. */
function prototypeState(): string {
  return Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((key) => `${key}:${typeof Object.getOwnPropertyDescriptor(Object.prototype, key)?.value}`)
    .join(',');
}

/** Adds `key` to the object at `path` as an own property (an object literal would set the prototype). */
function addOwnKey(doc: Doc, path: Path, key: string, value: unknown): Doc {
  let node: any = doc;
  for (const segment of path) node = node[segment];
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return doc;
}

const CONTAINERS: Array<[Path, string]> = [
  [[], ''],
  [['personas', 0], 'personas[0]'],
  [['personas', 0, 'segment'], 'personas[0].segment'],
  [['channels', 0], 'channels[0]'],
  [['phases', 0], 'phases[0]'],
  [['touchpoints', 1], 'touchpoints[1]'],
  [['touchpoints', 1, 'emotions', 0], 'touchpoints[1].emotions[0]'],
  [['touchpoints', 1, 'momentOfTruth'], 'touchpoints[1].momentOfTruth'],
  [['touchpoints', 1, 'quotes', 0], 'touchpoints[1].quotes[0]'],
  [['touchpoints', 1, 'metrics', 0], 'touchpoints[1].metrics[0]'],
  [['touchpoints', 1, 'nps'], 'touchpoints[1].nps'],
  [['touchpoints', 1, 'links', 0], 'touchpoints[1].links[0]'],
  [['transitions', 0], 'transitions[0]'],
  [['sources', 0], 'sources[0]'],
];

describe('parseJourney: hostile input', () => {
  let prototypeBefore = '';
  before(() => {
    prototypeBefore = prototypeState();
  });
  after(() => {
    expect(prototypeState()).to.equal(prototypeBefore);
    expect(({} as any).polluted).to.equal(undefined);
  });

  describe('prototype keys', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const [at, path] of CONTAINERS) {
        const where = path === '' ? key : `${path}.${key}`;
        const expected = [[where, 'forbidden_key', `the key "${key}" is not allowed`]];

        it(`"${key}" in ${path || 'the document'}, as an object`, () => {
          const doc = addOwnKey(fullJourney(), at, key, { polluted: true, toString: 'x' });
          expect(triples(issuesOf(doc))).to.deep.equal(expected);
          expect(({} as any).polluted).to.equal(undefined);
        });

        it(`"${key}" in ${path || 'the document'}, as JSON text`, () => {
          const text = JSON.stringify(addOwnKey(fullJourney(), at, key, { polluted: true }));
          expect(text).to.include(`"${key}":{"polluted":true}`);
          expect(triples(issuesOf(text))).to.deep.equal(expected);
          expect(({} as any).polluted).to.equal(undefined);
        });
      }
    }

    it('"__proto__" with a non-object value, and nested inside a forbidden value', () => {
      const text =
        '{"version":1,"id":"j","title":"J","phases":[{"id":"p","label":"P"}],"touchpoints":[],' +
        '"__proto__":"x","constructor":{"prototype":{"polluted":1}}}';
      // In document order.
      expect(triples(issuesOf(text))).to.deep.equal([
        ['__proto__', 'forbidden_key', 'the key "__proto__" is not allowed'],
        ['constructor', 'forbidden_key', 'the key "constructor" is not allowed'],
      ]);
      expect(({} as any).polluted).to.equal(undefined);
    });

    it('prototype names as ids and as references are plain data', () => {
      const doc = minimalJourney();
      doc.phases = [
        { id: '__proto__', label: 'Proto' },
        { id: 'constructor', label: 'Constructor' },
      ];
      doc.touchpoints = [
        { id: 'toString', phase: '__proto__', label: 'A' },
        { id: 'hasOwnProperty', phase: 'constructor', label: 'B' },
      ];
      doc.transitions = [{ from: 'toString', to: 'hasOwnProperty', count: 1 }];
      const result = parseJourney(doc);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.journey.phases.map((p) => p.id)).to.deep.equal(['__proto__', 'constructor']);
    });

    it('an id that names an Object.prototype member does not resolve through the prototype', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].phase = 'toString';
      doc.touchpoints[0].channel = 'hasOwnProperty';
      doc.transitions = [{ from: 'valueOf', to: '__proto__', count: 1 }];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "toString"'],
        ['touchpoints[0].channel', 'unknown_reference', 'unknown channel "hasOwnProperty"'],
        ['transitions[0].from', 'unknown_reference', 'unknown touchpoint "valueOf"'],
        ['transitions[0].to', 'unknown_reference', 'unknown touchpoint "__proto__"'],
      ]);
    });

    it('"__proto__" as a segment key given as an object literal changes only that object', () => {
      const doc = fullJourney();
      // An object literal's __proto__ sets the prototype: the segment is then not plain data.
      doc.personas[0].segment = { __proto__: { polluted: true }, lifeStage: 'starter' };
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['personas[0].segment', 'not_data', 'an object made by a class is not JSON data'],
      ]);
    });

    it('a valid result is made of plain objects with Object.prototype', () => {
      const result = parseJourney(fullJourney());
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(Object.getPrototypeOf(result.journey)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(result.journey.touchpoints[0])).to.equal(Object.prototype);
      expect(Array.isArray(result.journey.touchpoints)).to.equal(true);
    });
  });

  describe('numbers that are not finite', () => {
    const at = ['touchpoints', 1, 'emotions', 1, 'score'];
    const rows: Array<[number, string]> = [
      [Number.NaN, 'must be a finite number, not NaN'],
      [Number.POSITIVE_INFINITY, 'must be a finite number, not Infinity'],
      [Number.NEGATIVE_INFINITY, 'must be a finite number, not -Infinity'],
    ];
    for (const [value, message] of rows) {
      it(`${value} in an object`, () => {
        expect(triples(issuesOf(setAt(fullJourney(), at, value)))).to.deep.equal([
          ['touchpoints[1].emotions[1].score', 'invalid_type', message],
        ]);
      });
    }

    it('1e400 and -1e400 in JSON text are infinite, and rejected', () => {
      const text = JSON.stringify(setAt(fullJourney(), at, 12345)).replace('12345', '1e400');
      expect(triples(issuesOf(text))).to.deep.equal([
        ['touchpoints[1].emotions[1].score', 'invalid_type', 'must be a finite number, not Infinity'],
      ]);
      const metric = JSON.stringify(setAt(fullJourney(), ['touchpoints', 1, 'metrics', 0, 'value'], 12345)).replace(
        '12345',
        '-1e400',
      );
      expect(triples(issuesOf(metric))).to.deep.equal([
        ['touchpoints[1].metrics[0].value', 'invalid_type', 'must be a finite number, not -Infinity'],
      ]);
    });

    it('NaN in every numeric field is reported at its path', () => {
      const doc = fullJourney();
      doc.touchpoints[1].emotions[0].intensity = Number.NaN;
      doc.touchpoints[1].metrics[0].target = Number.NaN;
      doc.touchpoints[1].nps.target = Number.NaN;
      doc.transitions[0].count = Number.NaN;
      doc.sources[0].n = Number.NaN;
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[1].emotions[0].intensity', 'invalid_type', 'must be a finite number, not NaN'],
        ['touchpoints[1].metrics[0].target', 'invalid_type', 'must be a finite number, not NaN'],
        ['touchpoints[1].nps.target', 'invalid_type', 'must be a finite number, not NaN'],
        ['transitions[0].count', 'invalid_type', 'must be a finite number, not NaN'],
        ['sources[0].n', 'invalid_type', 'must be a finite number, not NaN'],
      ]);
    });

    it('NaN where text is expected', () => {
      expect(triples(issuesOf({ ...minimalJourney(), title: Number.NaN }))).to.deep.equal([
        ['title', 'invalid_type', 'must be text, not NaN'],
      ]);
    });
  });

  describe('size', () => {
    it('a 5,000,000-character title is rejected as too long', () => {
      expect(triples(issuesOf({ ...minimalJourney(), title: 'x'.repeat(5_000_000) }))).to.deep.equal([
        ['title', 'too_long', 'is longer than 500 characters'],
      ]);
    });

    it('a 10 MB string that is not JSON is a PARSE failure', () => {
      const result = parseJourney('x'.repeat(10 * 1024 * 1024));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.code).to.equal('PARSE');
      expect(result.issues.length).to.equal(1);
      expect(result.issues[0]!.code).to.equal('invalid_json');
      expect(result.issues[0]!.message.startsWith('not valid JSON: ')).to.equal(true);
    });

    it('a 10 MB journey within the limits is accepted', () => {
      const doc = minimalJourney();
      doc.touchpoints = Array.from({ length: 2000 }, (_, i) => ({
        id: `t${i}`,
        phase: 'p',
        label: 'T',
        description: 'y'.repeat(5000),
      }));
      const text = JSON.stringify(doc);
      expect(text.length).to.be.greaterThan(10_000_000);
      const result = parseJourney(text);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.journey.touchpoints.length).to.equal(2000);
    });

    it('JSON text over 16 MiB is refused before parsing (LIMIT)', () => {
      const text = ' '.repeat(LIMITS.maxBytes + 1);
      expect(failureOf(text)).to.equal('LIMIT');
      expect(triples(issuesOf(text))).to.deep.equal([['', 'too_large', 'the journey is larger than 16,777,216 bytes']]);
    });

    it('the byte limit counts UTF-8 bytes: 6,000,000 "€" are 18 MB', () => {
      expect(triples(issuesOf('€'.repeat(6_000_000)))).to.deep.equal([
        ['', 'too_large', 'the journey is larger than 16,777,216 bytes'],
      ]);
    });

    it('5,000,000 "€" (15 MB) are within the limit and parsed as JSON', () => {
      expect(triples(issuesOf(`"${'€'.repeat(5_000_000)}"`))).to.deep.equal([
        ['', 'invalid_type', 'a journey must be an object, not text'],
      ]);
    });

    it('20,000 touchpoints are accepted', () => {
      const doc = minimalJourney();
      doc.touchpoints = Array.from({ length: LIMITS.maxTouchpoints }, (_, i) => ({
        id: `t${i}`,
        phase: 'p',
        label: 'T',
      }));
      expect(parseJourney(doc).ok).to.equal(true);
    });

    it('20,001 touchpoints are a LIMIT failure', () => {
      const doc = minimalJourney();
      doc.touchpoints = Array.from({ length: LIMITS.maxTouchpoints + 1 }, (_, i) => ({
        id: `t${i}`,
        phase: 'p',
        label: 'T',
      }));
      expect(failureOf(doc)).to.equal('LIMIT');
      expect(triples(issuesOf(doc))).to.deep.equal([['touchpoints', 'too_many', 'has more than 20,000 items']]);
    });

    it('an object larger than 16 MiB in all (one string shared many times) is a LIMIT failure', () => {
      const text = 'x'.repeat(10_000);
      const doc = minimalJourney();
      doc.touchpoints = Array.from({ length: 2000 }, (_, i) => ({
        id: `t${i}`,
        phase: 'p',
        label: 'T',
        painPoints: Array(10).fill(text),
      }));
      expect(failureOf(doc)).to.equal('LIMIT');
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['', 'too_large', 'the journey is too large: at most 16,777,216 bytes and 4,000,000 values'],
      ]);
    });

    it('a list claiming 2^32-1 items (sparse) is refused without iterating it', () => {
      const doc = minimalJourney();
      const huge: unknown[] = [];
      huge.length = 2 ** 32 - 1;
      doc.touchpoints = huge;
      expect(triples(issuesOf(doc))).to.deep.equal([['touchpoints', 'too_large', 'this list is too long']]);
    });
  });

  describe('depth', () => {
    const DEEP_PATH_A = Array.from({ length: 33 }, () => 'a').join('.');
    const DEEP_PATH_0 = '[0]'.repeat(33);
    const rootIssues = [
      [DEEP_PATH_A, 'too_deep', 'nested deeper than 32 levels'],
      ['version', 'missing', 'is required'],
      ['id', 'missing', 'is required'],
      ['title', 'missing', 'is required'],
      ['phases', 'missing', 'is required'],
      ['touchpoints', 'missing', 'is required'],
      ['a', 'unknown_key', 'unknown field "a"'],
    ];

    it('100,000 nested objects as JSON text', () => {
      const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
      expect(failureOf(text)).to.equal('LIMIT');
      expect(triples(issuesOf(text))).to.deep.equal(rootIssues);
    });

    it('100,000 nested lists as JSON text', () => {
      const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      expect(triples(issuesOf(text))).to.deep.equal([
        [DEEP_PATH_0, 'too_deep', 'nested deeper than 32 levels'],
        ['', 'invalid_type', 'a journey must be an object, not a list'],
      ]);
    });

    it('100,000 nested objects built iteratively', () => {
      const root: Doc = {};
      let node = root;
      for (let i = 0; i < 100_000; i += 1) {
        node.a = {};
        node = node.a;
      }
      expect(failureOf(root)).to.equal('LIMIT');
      expect(triples(issuesOf(root))).to.deep.equal(rootIssues);
    });

    it('deep nesting inside an otherwise valid journey names the field', () => {
      const doc = minimalJourney();
      let deep: Doc = {};
      const top = deep;
      for (let i = 0; i < 100_000; i += 1) deep = deep.x = {};
      doc.touchpoints[0].description = top;
      const path = `touchpoints[0].description${'.x'.repeat(30)}`;
      expect(triples(issuesOf(doc))).to.deep.equal([
        [path, 'too_deep', 'nested deeper than 32 levels'],
        ['touchpoints[0].description', 'invalid_type', 'must be text, not an object'],
      ]);
    });
  });

  describe('cycles and shared references', () => {
    it('the document containing itself', () => {
      const doc = minimalJourney();
      doc.self = doc;
      expect(triples(issuesOf(doc))).to.deep.equal([['self', 'cycle', 'this value contains itself (a cycle)']]);
    });

    it('a list containing itself', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].painPoints = ['a'];
      doc.touchpoints[0].painPoints.push(doc.touchpoints[0].painPoints);
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].painPoints[1]', 'cycle', 'this value contains itself (a cycle)'],
      ]);
    });

    it('a longer cycle: touchpoint → emotion → touchpoints', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].emotions = [{ score: 1, note: doc.touchpoints }];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].emotions[0].note', 'cycle', 'this value contains itself (a cycle)'],
      ]);
    });

    it('a shared object (a DAG, not a cycle) is fine', () => {
      const doc = minimalJourney();
      const emotion = { score: 2, label: 'joy' };
      const points = ['slow', 'unclear'];
      doc.touchpoints = [
        { id: 'a', phase: 'p', label: 'A', emotions: [emotion, emotion], painPoints: points },
        { id: 'b', phase: 'p', label: 'B', emotions: [emotion], painPoints: points },
      ];
      const result = parseJourney(doc);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.journey.touchpoints[1]!.emotions).to.deep.equal([{ score: 2, label: 'joy' }]);
      expect(result.journey.touchpoints[0]!.painPoints).to.deep.equal(['slow', 'unclear']);
    });

    it('a wide DAG of 2^16 shared leaves is copied, then judged', () => {
      let node: unknown = 'leaf';
      for (let i = 0; i < 16; i += 1) node = [node, node];
      const doc = minimalJourney();
      doc.touchpoints[0].painPoints = node;
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].painPoints[0]', 'invalid_type', 'must be text, not a list'],
        ['touchpoints[0].painPoints[1]', 'invalid_type', 'must be text, not a list'],
      ]);
    });
  });

  describe('objects that fight back', () => {
    it('a Proxy whose every trap throws, as the document', () => {
      const trap = () => {
        throw new Error('trap');
      };
      const proxy = new Proxy(
        {},
        { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap, getOwnPropertyDescriptor: trap },
      );
      expect(triples(issuesOf(proxy))).to.deep.equal([['', 'unreadable', 'this value could not be read']]);
    });

    it('a Proxy whose every trap throws, as a touchpoint and as a list', () => {
      const trap = () => {
        throw new Error('trap');
      };
      const handler = { get: trap, ownKeys: trap, getPrototypeOf: trap };
      const doc = minimalJourney();
      doc.touchpoints = [new Proxy({}, handler)];
      doc.phases = new Proxy([], handler);
      expect(triples(issuesOf(doc))).to.deep.equal([
        // A Proxy of a list is still a list (Array.isArray has no trap): its length is what throws.
        ['phases', 'unreadable', 'this list could not be read'],
        ['touchpoints[0]', 'unreadable', 'this value could not be read'],
      ]);
    });

    it('a Proxy that throws for one key only: that key is named', () => {
      const doc = minimalJourney();
      doc.touchpoints[0] = new Proxy(
        { id: 't', phase: 'p', label: 'T' },
        {
          get(target, key, receiver) {
            if (key === 'label') throw new Error('no label for you');
            return Reflect.get(target, key, receiver);
          },
        },
      );
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].label', 'unreadable', 'this value could not be read'],
      ]);
    });

    it('a list whose length throws', () => {
      const doc = minimalJourney();
      doc.touchpoints = new Proxy([], {
        get(target, key, receiver) {
          if (key === 'length') throw new Error('no length');
          return Reflect.get(target, key, receiver);
        },
      });
      expect(triples(issuesOf(doc))).to.deep.equal([['touchpoints', 'unreadable', 'this list could not be read']]);
    });

    it('a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const doc = minimalJourney();
      doc.touchpoints[0].momentOfTruth = proxy;
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].momentOfTruth', 'unreadable', 'this value could not be read'],
      ]);
    });

    it('a transparent Proxy of plain data is read as that data', () => {
      const doc = minimalJourney();
      doc.touchpoints[0] = new Proxy({ id: 't', phase: 'p', label: 'Proxied' }, {});
      const result = parseJourney(doc);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.journey.touchpoints[0]!.label).to.equal('Proxied');
    });

    it('a getter that throws', () => {
      const doc = minimalJourney();
      Object.defineProperty(doc, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      expect(triples(issuesOf(doc))).to.deep.equal([['title', 'unreadable', 'this value could not be read']]);
    });

    it('a getter is read exactly once (the result cannot change under validation)', () => {
      const doc = minimalJourney();
      let reads = 0;
      Object.defineProperty(doc.touchpoints[0], 'label', {
        enumerable: true,
        get() {
          reads += 1;
          return reads === 1 ? 'First read' : 'x'.repeat(100_000);
        },
      });
      const result = parseJourney(doc);
      expect(reads).to.equal(1);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.journey.touchpoints[0]!.label).to.equal('First read');
    });

    it('a setter on the input is never called', () => {
      const doc = minimalJourney();
      let writes = 0;
      Object.defineProperty(doc.phases[0], 'description', {
        enumerable: false,
        set() {
          writes += 1;
        },
      });
      expect(parseJourney(doc).ok).to.equal(true);
      expect(writes).to.equal(0);
    });
  });

  describe('values that are not JSON data', () => {
    class Step {
      label = 'x';
    }
    const rows: Array<[string, unknown, string]> = [
      ['a function', () => 'T', 'a function is not JSON data'],
      ['a symbol', Symbol('T'), 'a symbol is not JSON data'],
      ['a BigInt', 10n, 'a BigInt is not JSON data'],
      ['a Date', new Date(0), 'a Date is not JSON data'],
      ['a Map', new Map([['a', 1]]), 'a Map is not JSON data'],
      ['a Set', new Set(['a']), 'a Set is not JSON data'],
      ['a RegExp', /T/, 'a RegExp is not JSON data'],
      ['a typed array', new Uint8Array(2), 'a Uint8Array is not JSON data'],
      ['a class instance', new Step(), 'an object made by a class is not JSON data'],
      ['a boxed string', Object('T'), 'a String is not JSON data'],
      ['a Promise', Promise.resolve('T'), 'a Promise is not JSON data'],
    ];
    for (const [name, value, message] of rows) {
      it(`${name} as a touchpoint label`, () => {
        expect(triples(issuesOf(setAt(minimalJourney(), ['touchpoints', 0, 'label'], value)))).to.deep.equal([
          ['touchpoints[0].label', 'not_data', message],
        ]);
      });
    }

    it('an undefined property is dropped like JSON.stringify drops it', () => {
      const doc = minimalJourney();
      doc.goal = undefined;
      expect(parseJourney(doc).ok).to.equal(true);
      doc.title = undefined;
      expect(triples(issuesOf(doc))).to.deep.equal([['title', 'missing', 'is required']]);
    });

    it('undefined and holes in a list are reported', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].painPoints = ['a', undefined, 'b'];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].painPoints[1]', 'not_data', 'undefined is not JSON data'],
      ]);
      // eslint-disable-next-line no-sparse-arrays
      doc.touchpoints[0].painPoints = ['a', , 'b'];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].painPoints[1]', 'not_data', 'undefined is not JSON data'],
      ]);
    });

    it('symbol keys and extra properties on lists are not data and are ignored', () => {
      const doc = minimalJourney();
      doc[Symbol('hidden') as any] = 'x';
      (doc.touchpoints as any).extra = 'x';
      const result = parseJourney(doc);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(Object.keys(result.journey.touchpoints)).to.deep.equal(['0']);
    });

    it('a toJSON method is not called', () => {
      const doc = minimalJourney();
      let called = false;
      doc.touchpoints[0].emotions = [
        Object.defineProperty({ score: 1 }, 'toJSON', {
          enumerable: false,
          value: () => {
            called = true;
            return { score: 99 };
          },
        }),
      ];
      const result = parseJourney(doc);
      expect(called).to.equal(false);
      expect(result.ok).to.equal(true);
    });
  });

  describe('links', () => {
    const at = ['touchpoints', 1, 'links', 0, 'href'];
    const rejected: Array<[string, string]> = [
      ['javascript:alert(1)', 'links may use http:, https: or mailto:, not "javascript:"'],
      ['JaVaScRiPt:alert(1)', 'links may use http:, https: or mailto:, not "javascript:"'],
      ['java\tscript:alert(1)', 'a link address may not contain control characters'],
      ['java\nscript:alert(1)', 'a link address may not contain control characters'],
      ['\u0000javascript:alert(1)', 'a link address may not contain control characters'],
      [' javascript:alert(1)', 'links may use http:, https: or mailto:, not "javascript:"'],
      ['data:text/html,<script>alert(1)</script>', 'links may use http:, https: or mailto:, not "data:"'],
      [
        'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'links may use http:, https: or mailto:, not "data:"',
      ],
      ['vbscript:msgbox(1)', 'links may use http:, https: or mailto:, not "vbscript:"'],
      ['file:///etc/passwd', 'links may use http:, https: or mailto:, not "file:"'],
      ['blob:https://example.com/uuid', 'links may use http:, https: or mailto:, not "blob:"'],
      ['ftp://example.com/file', 'links may use http:, https: or mailto:, not "ftp:"'],
      ['', 'a link needs a non-empty address'],
      ['   ', 'a link needs a non-empty address'],
    ];
    for (const [href, message] of rejected) {
      it(`rejects ${JSON.stringify(href)}`, () => {
        expect(triples(issuesOf(setAt(fullJourney(), at, href)))).to.deep.equal([
          ['touchpoints[1].links[0].href', 'invalid_url', message],
        ]);
      });
    }

    const accepted = [
      'https://example.com/',
      'http://example.com/a?b=c#d',
      'HTTPS://EXAMPLE.COM/X',
      'mailto:klantreis@example.com',
      '../x',
      'x.html',
      '/absolute/path',
      '#section',
      '?page=2',
    ];
    for (const href of accepted) {
      it(`accepts ${JSON.stringify(href)} unchanged`, () => {
        const result = parseJourney(setAt(fullJourney(), at, href));
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.journey.touchpoints[1]!.links![0]!.href).to.equal(href);
      });
    }
  });

  describe('colours', () => {
    const at = ['personas', 0, 'color'];
    const message = 'not a colour: use hex (#1f77b4), rgb()/hsl() with numbers, or a CSS colour name';
    const rejected = [
      'red;background:url(x)',
      'url(x)',
      'url(https://evil.example/leak)',
      'expression(alert(1))',
      'var(--x)',
      'red !important',
      'rgb(1,2,3);x:y',
      'rgb(calc(1), 2, 3)',
      '#abcg',
      '#12345',
      'javascript:red',
      'red}body{background:red',
      'notacolour',
      '',
    ];
    for (const colour of rejected) {
      it(`rejects ${JSON.stringify(colour)}`, () => {
        expect(triples(issuesOf(setAt(fullJourney(), at, colour)))).to.deep.equal([
          ['personas[0].color', 'invalid_colour', message],
        ]);
      });
    }

    const accepted = [
      '#abc',
      '#ABCDEF',
      '#abcd',
      '#11223344',
      'rgb(1 2 3 / 50%)',
      'rgb(1, 2, 3)',
      'rgba(1, 2, 3, 0.5)',
      'rgb(10% 20% 30%)',
      'hsl(120deg, 50%, 50%)',
      'hsl(120 50% 50%)',
      'hsla(0.5turn, 10%, 10%, 0.3)',
      'rebeccapurple',
      'RebeccaPurple',
      'red',
    ];
    for (const colour of accepted) {
      it(`accepts ${JSON.stringify(colour)} unchanged`, () => {
        const result = parseJourney(setAt(fullJourney(), at, colour));
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.journey.personas![0]!.color).to.equal(colour);
      });
    }
  });

  describe('text is data: odd characters are accepted and kept exactly', () => {
    const texts: Array<[string, string]> = [
      ['bidi override', '\u202Egnp.exe\u202C report'],
      ['bidi isolates', '\u2066abc\u2069 \u2067def\u2069'],
      ['control characters', 'a\u0000b\u0007c\u001b[31md\u007f'],
      ['a lone high surrogate', 'before \uD800 after'],
      ['a lone low surrogate', '\uDFFF'],
      ['zero-width characters', 'a\u200Bb\u200Dc\uFEFF'],
      ['combining marks', 'a\u0301\u0301\u0301'],
      ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
      ['a template expression', '${alert(1)} {{constructor.constructor("alert(1)")()}}'],
    ];
    for (const [name, text] of texts) {
      it(`${name}, as an object`, () => {
        const doc = minimalJourney();
        doc.title = text;
        doc.touchpoints[0].label = text;
        doc.touchpoints[0].quotes = [{ text }];
        const result = parseJourney(doc);
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        expect(result.journey.title).to.equal(text);
        expect(result.journey.touchpoints[0]!.label).to.equal(text);
        expect(result.journey.touchpoints[0]!.quotes![0]!.text).to.equal(text);
      });

      it(`${name}, as JSON text`, () => {
        const doc = minimalJourney();
        doc.touchpoints[0].label = text;
        const result = parseJourney(JSON.stringify(doc));
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.journey.touchpoints[0]!.label).to.equal(text);
      });
    }
  });
});
