// PATCH /api/journeys/:id of the demo server's journey store: an RFC 6902 JSON Patch
// (application/json-patch+json) under the same rules as PUT — If-Match required (428), 412 when
// the journey changed since, the result validated by parseJourney (422 with paths) — plus 409 for
// a patch that does not fit and 422 for one that is not a patch. The patch is checked against an
// independent implementation (fast-json-patch). Needs the built dist/ (dist/model.js).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import jsonPatch from 'fast-json-patch';
import { createDemoServer } from '../../demo/server.js';
import { PatchProblem, applyJsonPatch } from '../../demo/json-patch.js';

const root = new URL('../../', import.meta.url);
const mortgage = JSON.parse(readFileSync(new URL('test/fixtures/mortgage-nl.json', root), 'utf8'));
const ID = mortgage.id;

let server;
let base;
let data;

before(async () => {
  assert.ok(existsSync(new URL('dist/model.js', root)), 'dist/model.js is missing: run "npm run build" first');
  data = mkdtempSync(join(tmpdir(), 'klantreis-patch-'));
  server = createDemoServer({ data });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  if (data) rmSync(data, { recursive: true, force: true });
});

const get = () => fetch(`${base}/api/journeys/${ID}`);
const patch = (operations, headers = {}) =>
  fetch(`${base}/api/journeys/${ID}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json-patch+json', ...headers },
    body: typeof operations === 'string' ? operations : JSON.stringify(operations),
  });
const current = async () => {
  const response = await get();
  return { etag: response.headers.get('etag'), journey: await response.json() };
};

describe('applyJsonPatch', () => {
  const doc = { a: 1, list: [10, 20], o: { b: 'x' } };
  const cases = [
    ['add a member', [{ op: 'add', path: '/c', value: 3 }]],
    ['add inside an array', [{ op: 'add', path: '/list/1', value: 15 }]],
    ['add at the end with -', [{ op: 'add', path: '/list/-', value: 30 }]],
    ['remove', [{ op: 'remove', path: '/o/b' }]],
    ['replace', [{ op: 'replace', path: '/a', value: { deep: [1] } }]],
    ['move', [{ op: 'move', from: '/list/0', path: '/o/first' }]],
    ['copy', [{ op: 'copy', from: '/o', path: '/p' }]],
    [
      'test, then replace',
      [
        { op: 'test', path: '/list', value: [10, 20] },
        { op: 'replace', path: '/list/0', value: 11 },
      ],
    ],
    ['an escaped key', [{ op: 'add', path: '/a~1b~0c', value: true }]],
    ['the whole document', [{ op: 'replace', path: '', value: { fresh: true } }]],
  ];
  for (const [name, operations] of cases) {
    it(`${name}: as fast-json-patch applies it, and the document given is unchanged`, () => {
      const before = structuredClone(doc);
      const expected = jsonPatch.applyPatch(structuredClone(doc), structuredClone(operations)).newDocument;
      assert.deepEqual(applyJsonPatch(doc, operations), expected);
      assert.deepEqual(doc, before);
    });
  }

  const refusals = [
    ['not an array', { op: 'add' }, 'invalid', /an array of operations/],
    ['an unknown op', [{ op: 'merge', path: '/a' }], 'invalid', /op must be one of/],
    ['a value missing', [{ op: 'add', path: '/a' }], 'invalid', /value is missing/],
    ['not a pointer', [{ op: 'remove', path: 'a' }], 'invalid', /not a JSON Pointer/],
    ['__proto__', [{ op: 'add', path: '/__proto__/polluted', value: 1 }], 'invalid', /"__proto__" is not allowed/],
    ['a path not there', [{ op: 'replace', path: '/nothing', value: 1 }], 'conflict', /the path is not there/],
    ['an index past the end', [{ op: 'add', path: '/list/3', value: 1 }], 'conflict', /past the end/],
    ['a failed test', [{ op: 'test', path: '/a', value: 2 }], 'conflict', /not the one expected/],
    ['a move into itself', [{ op: 'move', from: '/o', path: '/o/b/c' }], 'conflict', /into itself/],
  ];
  for (const [name, operations, kind, message] of refusals) {
    it(`refuses ${name} (${kind})`, () => {
      assert.throws(
        () => applyJsonPatch(doc, operations),
        (error) => error instanceof PatchProblem && error.kind === kind && message.test(error.message),
      );
    });
  }

  it('leaves Object.prototype alone', () => {
    assert.throws(() => applyJsonPatch({}, [{ op: 'add', path: '/constructor/prototype/x', value: 1 }]));
    assert.equal({}.x, undefined);
    assert.equal({}.polluted, undefined);
  });
});

describe('journey store: PATCH', () => {
  it('requires If-Match (428) and the JSON Patch media type (415)', async () => {
    assert.equal((await patch([{ op: 'replace', path: '/title', value: 'x' }])).status, 428);
    const { etag } = await current();
    const wrongType = await fetch(`${base}/api/journeys/${ID}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': etag },
      body: '[]',
    });
    assert.equal(wrongType.status, 415);
    assert.deepEqual(readdirSync(data), []);
  });

  it('applies a patch to the stored journey and answers the new ETag', async () => {
    const { etag, journey } = await current();
    const operations = [
      { op: 'replace', path: '/touchpoints/2/emotions/0/score', value: 4 },
      { op: 'add', path: '/touchpoints/0/painPoints/-', value: 'Te veel keuze' },
    ];
    const response = await patch(operations, { 'if-match': etag });
    assert.equal(response.status, 200);
    const next = await current();
    assert.equal(response.headers.get('etag'), next.etag);
    assert.notEqual(next.etag, etag);
    assert.deepEqual(next.journey, jsonPatch.applyPatch(structuredClone(journey), operations).newDocument);
    assert.deepEqual(readdirSync(data), [`journey-${ID}.json`]);
  });

  it('refuses a patch against a journey that changed since (412), with the current ETag', async () => {
    const { etag } = await current();
    const response = await patch([{ op: 'replace', path: '/title', value: 'Stale' }], {
      'if-match': '"00000000000000000000000000000000"',
    });
    assert.equal(response.status, 412);
    assert.equal(response.headers.get('etag'), etag);
    assert.notEqual((await current()).journey.title, 'Stale');
  });

  it('refuses a result parseJourney rejects (422 with paths), and stores nothing', async () => {
    const { etag } = await current();
    const response = await patch(
      [
        { op: 'replace', path: '/touchpoints/1/phase', value: 'nowhere' },
        { op: 'replace', path: '/id', value: 'other' },
      ],
      { 'if-match': etag },
    );
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.deepEqual(
      body.issues.map((issue) => issue.path),
      ['touchpoints[1].phase'],
    );
    assert.equal((await current()).etag, etag);
  });

  it('refuses a changed id (422), a patch that does not fit (409) and one that is not a patch (422)', async () => {
    const { etag } = await current();
    const id = await patch([{ op: 'replace', path: '/id', value: 'other' }], { 'if-match': etag });
    assert.equal(id.status, 422);
    assert.match((await id.json()).issues[0].message, /the id in the address/);
    const misfit = await patch([{ op: 'remove', path: '/touchpoints/99' }], { 'if-match': etag });
    assert.equal(misfit.status, 409);
    assert.match((await misfit.json()).message, /past the end/);
    const notJson = await patch('{', { 'if-match': etag });
    assert.equal(notJson.status, 422);
    const notPatch = await patch({ op: 'add' }, { 'if-match': etag });
    assert.equal(notPatch.status, 422);
    assert.equal((await current()).etag, etag);
  });

  it('two racing patches with the same ETag: one is applied, the other gets 412', async () => {
    const { etag } = await current();
    const [a, b] = await Promise.all([
      patch([{ op: 'replace', path: '/goal', value: 'A' }], { 'if-match': etag }),
      patch([{ op: 'replace', path: '/goal', value: 'B' }], { 'if-match': etag }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 412]);
    assert.equal((await current()).journey.goal, a.status === 200 ? 'A' : 'B');
  });
});
