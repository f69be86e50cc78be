/**
 * Test-only endpoints of the @web/test-runner dev server for the hostile corpus (never shipped):
 *
 * - `GET /__test__/hostile/corpus`: the raw text of test/hostile/base.json and every
 *   test/hostile/corpus/*.json, as `{ base, files: [{ name, text }] }` (raw text, because the dev
 *   server turns `.json` files into JavaScript modules, and a `__proto__` key must stay a key);
 * - `POST /__test__/echo?key=<k>` stores the request body; `GET /__test__/echo/<k>.json` answers
 *   it as `application/json`: the `src` input path of each corpus entry;
 * - any address containing `__pwned__` is counted and answered 404: payloads point their
 *   images, styles and frames there, so a payload that ever loads shows up in
 *   `GET /__test__/pwned/stats` (`{ hits: [url, …] }`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOSTILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'hostile');
const MAX_ECHOES = 256;
const MAX_ECHO_BYTES = 64 * 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_ECHO_BYTES) {
        reject(new Error('echo body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function hostileEndpoints() {
  const echoes = new Map();
  const hits = [];
  return async (ctx, next) => {
    if (ctx.url.includes('__pwned__')) {
      hits.push(ctx.url);
      ctx.status = 404;
      ctx.body = 'pwned';
      return;
    }
    if (
      !ctx.path.startsWith('/__test__/hostile') &&
      !ctx.path.startsWith('/__test__/echo') &&
      !ctx.path.startsWith('/__test__/pwned')
    ) {
      return next();
    }
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'GET' && ctx.path === '/__test__/hostile/corpus') {
      const files = readdirSync(join(HOSTILE, 'corpus'))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(HOSTILE, 'corpus', name), 'utf8') }));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ base: readFileSync(join(HOSTILE, 'base.json'), 'utf8'), files });
      return;
    }
    if (ctx.method === 'POST' && ctx.path === '/__test__/echo') {
      const key = String(ctx.query.key ?? '');
      if (!/^[\w.-]{1,80}$/.test(key)) {
        ctx.status = 400;
        return;
      }
      echoes.set(key, await readBody(ctx.req));
      while (echoes.size > MAX_ECHOES) echoes.delete(echoes.keys().next().value);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/__test__/echo/${key}.json` });
      return;
    }
    const echo = /^\/__test__\/echo\/([\w.-]{1,80})\.json$/.exec(ctx.path);
    if (ctx.method === 'GET' && echo) {
      const body = echoes.get(echo[1]);
      if (!body) {
        ctx.status = 404;
        return;
      }
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = body;
      return;
    }
    if (ctx.method === 'GET' && ctx.path === '/__test__/pwned/stats') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits });
      return;
    }
    return next();
  };
}
