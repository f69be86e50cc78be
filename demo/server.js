// The demo server (`npm start`): serves demo/, the built dist/, the example journeys, the built
// Storybook (storybook-static/, when `npm run build-storybook` has run), a live NPS feed and a
// journey store to edit journeys against (GET/PUT/PATCH /api/journeys/:id) on loopback, and prints the
// URL. PORT=0 picks a free port; KLANTREIS_DATA names the store's data directory.
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PatchProblem, applyJsonPatch } from './json-patch.js';
import { liveNpsJourney, minuteOf } from './nps-feed.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The demo pages' policy: the strict CSP that klantreis promises to work under (QUALITY.md 14),
 * so the demo proves it. Storybook is a development tool and is served without it.
 */
const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Resolves a URL path inside one of the mounts, or null (never outside them). */
function fileFor(mounts, pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let rest = decodeURIComponent(pathname.slice(prefix.length));
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** The model's id rule (JOURNEY-MODEL.md): what `:id` in /api/journeys/:id may be. */
const JOURNEY_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** The largest journey the store accepts: the model's own byte limit (LIMITS.maxBytes, 16 MiB). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

const etagOf = (bytes) => `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;

/** Whether an If-Match / If-None-Match header lists `etag` (or `*`); weak tags never match If-Match. */
function listsTag(header, etag) {
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag;
  });
}

/**
 * The journey store behind `/api/journeys/:id`, for pages that edit a journey and save it:
 * - `GET` answers the journey with a strong `ETag` (304 on a matching If-None-Match). A journey
 *   not stored yet is answered from the example journeys (test/fixtures) when one has that id
 *   (mortgage-starter, health-claim, generic-product).
 * - `PUT` stores a journey: `If-Match` with the ETag the client last saw is required (428 without),
 *   a journey that changed since gets `412` with the current ETag, so a save never overwrites
 *   someone else's edit; `If-None-Match: *` creates one that does not exist yet. The body must be
 *   JSON (415), at most 16 MiB (413), a valid journey by parseJourney with this id (422 with the
 *   issues and their paths). It is written atomically (a temporary file, then a rename), so a
 *   reader never sees half a journey. The check and the write run without a pause in between, so
 *   of two racing saves with the same ETag exactly one wins and the other gets 412.
 * - `PATCH` changes a stored journey by an RFC 6902 JSON Patch (`application/json-patch+json`),
 *   under the same rules: `If-Match` required (428), 412 when the journey changed since, the
 *   result validated by parseJourney with the same id (422 with the issues); a patch that is not
 *   one is 422, a patch that does not fit the journey (a path not there, a failed `test`) is 409.
 */
function journeyStore({ data, dist, examples }) {
  mkdirSync(data, { recursive: true });
  let model = null;
  const loadModel = async () => {
    model ??= await import(pathToFileURL(join(dist, 'model.js')).href);
    return model;
  };
  // The id is data: "journey-" keeps a file name such as ".." inside the directory.
  const fileOf = (id) => join(data, `journey-${id}.json`);

  /** The example journeys by their id (mortgage-starter, health-claim, generic-product). */
  let exampleFiles = null;
  const exampleFile = (id) => {
    if (!exampleFiles) {
      exampleFiles = new Map();
      for (const name of readdirSync(examples).filter((n) => n.endsWith('.json'))) {
        try {
          const journey = JSON.parse(readFileSync(join(examples, name), 'utf8'));
          if (typeof journey?.id === 'string') exampleFiles.set(journey.id, join(examples, name));
        } catch {
          // Not a journey: not an example.
        }
      }
    }
    return exampleFiles.get(id) ?? null;
  };

  /** The stored bytes of a journey (or of the example with its id), or null. */
  function current(id) {
    const file = fileOf(id);
    if (existsSync(file)) return readFileSync(file);
    const example = exampleFile(id);
    return example ? readFileSync(example) : null;
  }

  function send(response, status, body, headers = {}) {
    const text = body === undefined ? undefined : JSON.stringify(body);
    response.writeHead(status, {
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(text === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers,
    });
    response.end(text);
  }

  function get(request, response, id) {
    const bytes = current(id);
    if (!bytes) return send(response, 404, { error: 'not-found', message: `no journey "${id}"` });
    const etag = etagOf(bytes);
    const match = request.headers['if-none-match'];
    if (match && listsTag(match.replace(/W\//g, ''), etag)) {
      response.writeHead(304, { etag, 'cache-control': 'no-cache' });
      return response.end();
    }
    response.writeHead(200, {
      etag,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'content-type': 'application/json; charset=utf-8',
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  }

  /** The request body, or null when it grew past the limit (then 413 was sent). */
  function readBody(request, response) {
    return new Promise((resolveBody, rejectBody) => {
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
        send(
          response,
          413,
          { error: 'too-large', message: `a journey is at most ${MAX_BODY_BYTES} bytes` },
          {
            connection: 'close',
          },
        );
        request.resume();
        return resolveBody(null);
      }
      const chunks = [];
      let size = 0;
      let over = false;
      request.on('data', (chunk) => {
        if (over) return;
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          over = true;
          chunks.length = 0;
          send(
            response,
            413,
            { error: 'too-large', message: `a journey is at most ${MAX_BODY_BYTES} bytes` },
            {
              connection: 'close',
            },
          );
          resolveBody(null);
          return;
        }
        chunks.push(chunk);
      });
      request.on('end', () => {
        if (!over) resolveBody(Buffer.concat(chunks));
      });
      request.on('error', rejectBody);
    });
  }

  async function put(request, response, id) {
    const ifMatch = request.headers['if-match'];
    const ifNoneMatch = request.headers['if-none-match'];
    if (!ifMatch && ifNoneMatch?.trim() !== '*') {
      request.resume();
      return send(response, 428, {
        error: 'precondition-required',
        message: 'send If-Match with the ETag of the journey you edited (or If-None-Match: * to create one)',
      });
    }
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/json') {
      request.resume();
      return send(response, 415, { error: 'unsupported-media-type', message: 'send the journey as application/json' });
    }
    const body = await readBody(request, response);
    if (body === null) return undefined;
    const { parseJourney } = await loadModel();
    const parsed = parseJourney(body.toString('utf8'));
    if (!parsed.ok) return send(response, 422, { error: 'invalid', code: parsed.code, issues: parsed.issues });
    if (parsed.journey.id !== id) {
      return send(response, 422, {
        error: 'invalid',
        code: 'VALIDATION',
        issues: [{ path: 'id', code: 'invalid_value', message: `must be "${id}", the id in the address` }],
      });
    }
    // From here to the rename nothing waits, so no other request runs in between.
    const before = current(id);
    const beforeTag = before ? etagOf(before) : null;
    if (ifNoneMatch?.trim() === '*' && before) {
      return send(
        response,
        412,
        { error: 'exists', message: `journey "${id}" exists already`, etag: beforeTag },
        {
          etag: beforeTag,
        },
      );
    }
    if (ifMatch && (!beforeTag || !listsTag(ifMatch, beforeTag))) {
      return send(
        response,
        412,
        { error: 'changed', message: `journey "${id}" changed since you loaded it`, etag: beforeTag },
        beforeTag ? { etag: beforeTag } : {},
      );
    }
    return write(response, id, parsed.journey, before);
  }

  /** Writes a valid journey atomically (a temporary file, then a rename) and answers its ETag. */
  function write(response, id, journey, before) {
    const bytes = Buffer.from(`${JSON.stringify(journey, null, 2)}\n`);
    const temporary = join(data, `.journey-${id}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      writeFileSync(temporary, bytes, { flag: 'wx' });
      renameSync(temporary, fileOf(id));
    } catch (error) {
      rmSync(temporary, { force: true });
      return send(response, 500, { error: 'write-failed', message: String(error?.message ?? error) });
    }
    const etag = etagOf(bytes);
    return send(
      response,
      before ? 200 : 201,
      { id, etag },
      { etag, location: `/api/journeys/${encodeURIComponent(id)}` },
    );
  }

  async function patch(request, response, id) {
    const ifMatch = request.headers['if-match'];
    if (!ifMatch) {
      request.resume();
      return send(response, 428, {
        error: 'precondition-required',
        message: 'send If-Match with the ETag of the journey you edited',
      });
    }
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'application/json-patch+json') {
      request.resume();
      return send(response, 415, {
        error: 'unsupported-media-type',
        message: 'send the changes as an RFC 6902 JSON Patch (application/json-patch+json)',
      });
    }
    const body = await readBody(request, response);
    if (body === null) return undefined;
    const { parseJourney } = await loadModel();
    let operations;
    try {
      operations = JSON.parse(body.toString('utf8'));
    } catch {
      return send(response, 422, { error: 'invalid-patch', message: 'the patch is not valid JSON' });
    }
    // From here to the rename nothing waits, so no other request runs in between.
    const before = current(id);
    if (!before) return send(response, 404, { error: 'not-found', message: `no journey "${id}"` });
    const beforeTag = etagOf(before);
    if (!listsTag(ifMatch, beforeTag)) {
      return send(
        response,
        412,
        { error: 'changed', message: `journey "${id}" changed since you loaded it`, etag: beforeTag },
        { etag: beforeTag },
      );
    }
    let next;
    try {
      next = applyJsonPatch(JSON.parse(before.toString('utf8')), operations);
    } catch (error) {
      if (!(error instanceof PatchProblem)) throw error;
      return error.kind === 'conflict'
        ? send(response, 409, { error: 'patch-conflict', message: error.message })
        : send(response, 422, { error: 'invalid-patch', message: error.message });
    }
    const parsed = parseJourney(next);
    if (!parsed.ok) return send(response, 422, { error: 'invalid', code: parsed.code, issues: parsed.issues });
    if (parsed.journey.id !== id) {
      return send(response, 422, {
        error: 'invalid',
        code: 'VALIDATION',
        issues: [{ path: 'id', code: 'invalid_value', message: `must be "${id}", the id in the address` }],
      });
    }
    return write(response, id, parsed.journey, before);
  }

  /** Handles /api/journeys/:id; false for any other path. */
  return (request, response, url) => {
    const match = /^\/api\/journeys\/([^/]+)$/.exec(url.pathname);
    if (!match) return false;
    let id;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      id = '';
    }
    if (!JOURNEY_ID.test(id)) {
      request.resume();
      send(response, 404, { error: 'not-found', message: 'not a journey id' });
      return true;
    }
    if (request.method === 'GET' || request.method === 'HEAD') get(request, response, id);
    else if (request.method === 'PUT') {
      put(request, response, id).catch((error) => {
        if (!response.headersSent) send(response, 500, { error: 'failed', message: String(error?.message ?? error) });
        else response.destroy();
      });
    } else if (request.method === 'PATCH') {
      patch(request, response, id).catch((error) => {
        if (!response.headersSent) send(response, 500, { error: 'failed', message: String(error?.message ?? error) });
        else response.destroy();
      });
    } else {
      request.resume();
      send(response, 405, { error: 'method-not-allowed' }, { allow: 'GET, HEAD, PUT, PATCH' });
    }
    return true;
  };
}

/**
 * The demo server.
 * @param {object} [options]
 * @param {() => number} [options.clock] Milliseconds now; the live NPS feed drifts once a minute of
 *   this clock. The end-to-end test passes its own clock to move the feed on.
 * @param {string} [options.dist] The built SDK to serve at /dist/ (default: the repository's dist/).
 * @param {string} [options.storybook] The built Storybook to serve at /storybook/.
 * @param {boolean} [options.csp] Send the strict Content-Security-Policy with the demo pages (default true).
 * @param {string} [options.data] The journey store's data directory (default: $KLANTREIS_DATA, else
 *   klantreis-demo-journeys in the system's temporary directory).
 */
export function createDemoServer({
  clock = Date.now,
  dist = join(root, 'dist'),
  storybook = join(root, 'storybook-static'),
  csp = true,
  data = process.env.KLANTREIS_DATA ?? join(tmpdir(), 'klantreis-demo-journeys'),
} = {}) {
  const mounts = [
    ['/dist/', dist],
    ['/journeys/', join(root, 'test', 'fixtures')],
    ['/storybook/', storybook],
    ['/', join(root, 'demo')],
  ];
  const mortgage = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'mortgage-nl.json'), 'utf8'));
  let feed = { minute: Number.NaN, body: '', etag: '' };
  const journeys = journeyStore({ data, dist, examples: join(root, 'test', 'fixtures') });

  /** The minute the feed first answered: its survey rounds count from there (the dip comes in round DIP_ROUND). */
  let firstMinute = Number.NaN;

  /** `/api/nps`: this minute's journey, with an ETag and 304 on a matching If-None-Match. */
  function nps(request, response) {
    const minute = minuteOf(clock());
    if (Number.isNaN(firstMinute)) firstMinute = minute;
    if (minute !== feed.minute) {
      const body = JSON.stringify(liveNpsJourney(mortgage, minute, minute - firstMinute));
      feed = { minute, body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"` };
    }
    const headers = {
      etag: feed.etag,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === feed.etag)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : feed.body);
  }

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (journeys(request, response, url)) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('method not allowed');
      return;
    }
    if (url.pathname === '/api/nps') {
      nps(request, response);
      return;
    }
    if (url.pathname === '/storybook') {
      response.writeHead(301, { location: '/storybook/' });
      response.end();
      return;
    }
    let file = null;
    try {
      file = fileFor(mounts, url.pathname);
    } catch {
      file = null;
    }
    if (!file) {
      const missingStorybook = url.pathname.startsWith('/storybook/') && !existsSync(storybook);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(missingStorybook ? 'Storybook is not built: run "npm run build-storybook" first.' : 'not found');
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (csp && extname(file) === '.html' && !url.pathname.startsWith('/storybook/'))
      headers['content-security-policy'] = DEMO_CSP;
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createDemoServer();
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address();
    console.log(`klantreis demo: http://127.0.0.1:${actual}/`);
  });
}
