/**
 * A local site for the Node browser tests: serves test pages under a real
 * `Content-Security-Policy` response header, the bundle as `/klantreis.min.js`, the harness
 * (csp-harness.js), registered JSON answers and any extra route a test adds (faults, delays).
 * 127.0.0.1 and an ephemeral port only.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleText } from './browser.js';
import { send, startServer } from './server.js';

/** The policy of QUALITY.md 14. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const HARNESS = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'csp-harness.js'), 'utf8');

/** Escapes text for an HTML attribute value or text content. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON text for an inline `<script type="application/json">` in markup. The corpus texts escape
 * `<`, `>` and `&` as \u003c…, so a script end tag can never appear; refuse any that would.
 */
export function inlineScriptText(text) {
  if (/<\/script|<!--|<script/i.test(text)) throw new Error('this text cannot be put inside a <script> element');
  return text;
}

/**
 * @param {{ csp?: string, bundle?: string }} [options]
 */
export async function startSite(options = {}) {
  const bundle = options.bundle ?? bundleText();
  const pages = new Map();
  const json = new Map();
  const routes = new Map();
  let pageCount = 0;
  const server = await startServer(async (req, res, log) => {
    const path = log.path;
    if (routes.has(path)) return routes.get(path)(req, res, log);
    if (path === '/klantreis.min.js')
      return send(res, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }, bundle);
    if (path === '/harness.js') return send(res, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }, HARNESS);
    if (path === '/favicon.ico') return send(res, 204, {});
    if (pages.has(path)) {
      const page = pages.get(path);
      const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
      if (page.csp !== null) headers['Content-Security-Policy'] = page.csp;
      return send(res, 200, headers, page.html);
    }
    if (json.has(path)) {
      const answer = json.get(path);
      return send(
        res,
        answer.status ?? 200,
        { 'Content-Type': answer.type ?? 'application/json', 'Cache-Control': 'no-store' },
        answer.text,
      );
    }
    return send(res, 404, { 'Content-Type': 'text/plain' }, 'not found');
  });
  return {
    ...server,
    /**
     * Registers a page: `body` is HTML, `head` extra head markup; scripts load in order, the harness
     * first. `csp: null` serves it without a policy. Returns its absolute address.
     */
    page({
      body = '',
      head = '',
      scripts = ['/harness.js', '/klantreis.min.js'],
      csp = options.csp ?? STRICT_CSP,
    } = {}) {
      pageCount += 1;
      const path = `/page-${pageCount}.html`;
      const html =
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>klantreis test page</title>' +
        scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('') +
        `${head}</head><body>${body}</body></html>`;
      pages.set(path, { html, csp });
      return `${server.origin}${path}`;
    },
    /** Serves `text` at `path` (status 200, application/json unless given). Returns the absolute address. */
    json(path, text, { status = 200, type = 'application/json' } = {}) {
      json.set(path, { text, status, type });
      return `${server.origin}${path}`;
    },
    /** Adds a route with its own handler `(req, res, log)`. Returns the absolute address. */
    route(path, handler) {
      routes.set(path, handler);
      return `${server.origin}${path}`;
    },
  };
}
