// The demo server (`npm start`): serves demo/, the built dist/, the example journeys, the built
// Storybook (storybook-static/, when `npm run build-storybook` has run) and a live NPS feed on
// loopback, and prints the URL. PORT=0 picks a free port.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * The demo server.
 * @param {object} [options]
 * @param {() => number} [options.clock] Milliseconds now; the live NPS feed drifts once a minute of
 *   this clock. The end-to-end test passes its own clock to move the feed on.
 * @param {string} [options.dist] The built SDK to serve at /dist/ (default: the repository's dist/).
 * @param {string} [options.storybook] The built Storybook to serve at /storybook/.
 * @param {boolean} [options.csp] Send the strict Content-Security-Policy with the demo pages (default true).
 */
export function createDemoServer({
  clock = Date.now,
  dist = join(root, 'dist'),
  storybook = join(root, 'storybook-static'),
  csp = true,
} = {}) {
  const mounts = [
    ['/dist/', dist],
    ['/journeys/', join(root, 'test', 'fixtures')],
    ['/storybook/', storybook],
    ['/', join(root, 'demo')],
  ];
  const mortgage = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'mortgage-nl.json'), 'utf8'));
  let feed = { minute: Number.NaN, body: '', etag: '' };
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
