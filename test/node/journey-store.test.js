// The demo's journey store (GET/PUT /api/journeys/:id in demo/server.js) against the real server
// on a free port with its own data directory: ETags, If-Match required (428), a changed journey
// refused (412), validation by parseJourney (422 with paths), the body limit (413), atomic writes,
// and two clients racing with the same ETag: one wins, the other gets 412, nothing is lost.
// Needs the built dist/ (dist/model.js).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createDemoServer } from '../../demo/server.js';

const root = new URL('../../', import.meta.url);
const mortgage = JSON.parse(readFileSync(new URL('test/fixtures/mortgage-nl.json', root), 'utf8'));
const ID = mortgage.id; // mortgage-starter

let server;
let base;
let data;

before(async () => {
  assert.ok(existsSync(new URL('dist/model.js', root)), 'dist/model.js is missing: run "npm run build" first');
  data = mkdtempSync(join(tmpdir(), 'klantreis-journeys-'));
  server = createDemoServer({ data });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  // Keep-alive connections of fetch would hold the server open: close them too.
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  if (data) rmSync(data, { recursive: true, force: true });
});

const get = (id, headers = {}) => fetch(`${base}/api/journeys/${id}`, { headers });
const put = (id, journey, headers = {}) =>
  fetch(`${base}/api/journeys/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof journey === 'string' ? journey : JSON.stringify(journey),
  });
const storedFiles = () => readdirSync(data).sort();

describe('journey store: GET', () => {
  it('answers an example journey by its id, with a strong ETag, and 304 on If-None-Match', async () => {
    const response = await get(ID);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const etag = response.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{32}"$/);
    assert.equal((await response.json()).title, mortgage.title);
    const again = await get(ID, { 'if-none-match': etag });
    assert.equal(again.status, 304);
  });

  it('answers 404 for a journey that is not there and for an id that is not an id', async () => {
    assert.equal((await get('nothing-here')).status, 404);
    assert.equal((await get('..%2F..%2Fpackage.json')).status, 404);
    assert.equal((await get('a%20b')).status, 404);
  });

  it('answers 405 for other methods', async () => {
    const response = await fetch(`${base}/api/journeys/${ID}`, { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, PUT, PATCH');
  });
});

describe('journey store: PUT', () => {
  it('requires If-Match (428) and stores nothing without it', async () => {
    const response = await put(ID, { ...mortgage, title: 'No precondition' });
    assert.equal(response.status, 428);
    assert.match((await response.json()).message, /If-Match/);
    assert.deepEqual(storedFiles(), []);
  });

  it('stores a journey saved with the ETag it was loaded with, and answers the new ETag', async () => {
    const loaded = await get(ID);
    const etag = loaded.headers.get('etag');
    const journey = await loaded.json();
    const saved = await put(ID, { ...journey, title: 'Huis kopen' }, { 'if-match': etag });
    assert.equal(saved.status, 200);
    const newTag = saved.headers.get('etag');
    assert.notEqual(newTag, etag);
    const reread = await get(ID);
    assert.equal(reread.headers.get('etag'), newTag);
    assert.equal((await reread.json()).title, 'Huis kopen');
    // Written atomically: the journey's file and no temporary file left behind.
    assert.deepEqual(storedFiles(), [`journey-${ID}.json`]);
    assert.equal(JSON.parse(readFileSync(join(data, `journey-${ID}.json`), 'utf8')).title, 'Huis kopen');
  });

  it('refuses a save against a journey that changed since (412), with the current ETag', async () => {
    const current = await get(ID);
    const etag = current.headers.get('etag');
    const journey = await current.json();
    const stale = '"0000000000000000000000000000000"';
    const response = await put(ID, { ...journey, title: 'Stale' }, { 'if-match': stale });
    assert.equal(response.status, 412);
    assert.equal(response.headers.get('etag'), etag);
    assert.equal((await response.json()).etag, etag);
    assert.equal((await (await get(ID)).json()).title, journey.title);
  });

  it('two clients racing with the same ETag: one is stored, the other gets 412, nothing is lost', async () => {
    const loaded = await get(ID);
    const etag = loaded.headers.get('etag');
    const journey = await loaded.json();
    const alice = { ...journey, title: 'Alice’s title' };
    const bob = { ...journey, goal: 'Bob’s goal' };
    const [a, b] = await Promise.all([put(ID, alice, { 'if-match': etag }), put(ID, bob, { 'if-match': etag })]);
    const statuses = [a.status, b.status].sort();
    assert.deepEqual(statuses, [200, 412]);
    const [winner, loser, loserEdit] = a.status === 200 ? [alice, b, bob] : [bob, a, alice];
    const stored = await (await get(ID)).json();
    assert.equal(stored.title, winner.title);
    assert.equal(stored.goal, winner.goal);
    // The loser learns the current ETag, reloads, applies its edit again and saves: both edits kept.
    const loserBody = await loser.json();
    const reloaded = await get(ID);
    assert.equal(reloaded.headers.get('etag'), loserBody.etag);
    const merged = { ...(await reloaded.json()), ...(loserEdit === bob ? { goal: bob.goal } : { title: alice.title }) };
    const retry = await put(ID, merged, { 'if-match': loserBody.etag });
    assert.equal(retry.status, 200);
    const final = await (await get(ID)).json();
    assert.equal(final.title, alice.title);
    assert.equal(final.goal, bob.goal);
  });

  it('refuses an invalid journey (422) with the issues and their paths, and stores nothing', async () => {
    const current = await get(ID);
    const etag = current.headers.get('etag');
    const journey = await current.json();
    const [first, ...rest] = journey.touchpoints;
    const broken = { ...journey, title: '', touchpoints: [{ ...first, phase: 'nowhere' }, ...rest] };
    const response = await put(ID, broken, { 'if-match': etag });
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.equal(body.code, 'VALIDATION');
    assert.deepEqual(
      body.issues.map((issue) => issue.path),
      ['title', 'touchpoints[0].phase'],
    );
    assert.equal((await get(ID)).headers.get('etag'), etag);
  });

  it('refuses a journey whose id is not the one in the address (422)', async () => {
    const current = await get(ID);
    const response = await put(
      ID,
      { ...(await current.json()), id: 'other' },
      { 'if-match': current.headers.get('etag') },
    );
    assert.equal(response.status, 422);
    assert.equal((await response.json()).issues[0].path, 'id');
  });

  it('refuses text that is not JSON (422 PARSE) and a body that is not sent as JSON (415)', async () => {
    const etag = (await get(ID)).headers.get('etag');
    const notJson = await put(ID, '{"version": 1,', { 'if-match': etag });
    assert.equal(notJson.status, 422);
    assert.equal((await notJson.json()).code, 'PARSE');
    const text = await put(ID, JSON.stringify(mortgage), { 'if-match': etag, 'content-type': 'text/plain' });
    assert.equal(text.status, 415);
  });

  it('refuses a body over 16 MiB (413) before reading it', async () => {
    const etag = (await get(ID)).headers.get('etag');
    const status = await new Promise((resolve, reject) => {
      const request = httpRequest(`${base}/api/journeys/${ID}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          'content-length': String(16 * 1024 * 1024 + 1),
          'if-match': etag,
        },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
        request.destroy();
      });
      request.on('error', reject);
      request.write('{');
    });
    assert.equal(status, 413);
  });

  it('refuses a body that grows over 16 MiB while streaming (413)', async () => {
    const etag = (await get(ID)).headers.get('etag');
    const big = JSON.stringify({ ...mortgage, goal: 'x'.repeat(16 * 1024 * 1024) });
    const response = await put(ID, big, { 'if-match': etag }).catch((error) => error);
    // The server answers 413 and closes; depending on timing the client sees the answer or the close.
    if (response instanceof Error)
      assert.match(String(response.cause?.code ?? response.message), /EPIPE|ECONNRESET|fetch failed|other side closed/);
    else assert.equal(response.status, 413);
    assert.equal((await get(ID)).headers.get('etag'), etag);
  });

  it('creates a new journey with If-None-Match: * (201), and only once', async () => {
    const fresh = { ...mortgage, id: 'new-journey', title: 'New' };
    const created = await put('new-journey', fresh, { 'if-none-match': '*' });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), '/api/journeys/new-journey');
    const again = await put('new-journey', fresh, { 'if-none-match': '*' });
    assert.equal(again.status, 412);
    assert.equal((await (await get('new-journey')).json()).title, 'New');
  });
});
