// A local site over dist/ for `npm run size`, the cold-page bench and the loader's page tests: the
// built files at the site's root (`/klantreis.loader.js`, `/klantreis/nps-overlay.js`,
// `/klantreis.min.js`), Mermaid's ESM build under `/mermaid/`, pages registered by the caller, each
// with its own Content-Security-Policy header. 127.0.0.1 and an ephemeral port only.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};
const FOLDERS = [
  ['/mermaid/', join(ROOT, 'node_modules/mermaid/dist')],
  ['/', join(ROOT, 'dist')],
];

/** Escapes text for HTML markup. */
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Starts the site. `page(html, { csp })` registers a page and returns its address; `serve(path, text)`
 * adds a file; `missing(path)` makes a built file answer 404 (a half-deployed folder); `requests` lists every path asked for.
 */
export async function startDistSite() {
  const pages = new Map();
  const extra = new Map();
  const missing = new Set();
  const requests = [];
  let count = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (extra.has(path)) {
      response.writeHead(200, { 'Content-Type': extra.get(path).type, 'Cache-Control': 'no-store' });
      response.end(extra.get(path).text);
      return;
    }
    const page = pages.get(path);
    if (page) {
      const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
      if (page.csp) headers['Content-Security-Policy'] = page.csp;
      response.writeHead(200, headers).end(page.html);
      return;
    }
    const [prefix, folder] = FOLDERS.find(([p]) => path.startsWith(p));
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (missing.has(path) || !file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    page(html, { csp = null } = {}) {
      count += 1;
      const path = `/page-${count}.html`;
      pages.set(path, { html, csp });
      return `${origin}${path}`;
    },
    /** Serves `text` at `path` (a test's own script). */
    serve(path, text, type = 'text/javascript; charset=utf-8') {
      extra.set(path, { text, type });
    },
    missing(path) {
      missing.add(path);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(done));
    },
  };
}

/**
 * A page's markup: `head` (script tags) and `body`, `lang` on <html>. The journey goes in as an
 * inline JSON child, the way the README embeds it.
 */
export function pageHtml({ head = '', body = '', lang = 'en', title = 'klantreis page' }) {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body>${body}</body></html>`;
}

/** `<tag attrs><script type="application/json">journey</script></tag>`, the JSON made safe for a script element. */
export function elementHtml(tag, journey, attributes = {}) {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const text = JSON.stringify(journey).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<${tag}${attrs}><script type="application/json">${text}</script></${tag}>`;
}
