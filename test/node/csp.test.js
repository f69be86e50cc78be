// QUALITY.md 14: dist/klantreis.min.js under the strict policy, sent as a real response header by a
// local server: every example journey (through every input path: property, src, inline JSON child
// in the page's markup) and the whole hostile corpus (the paths taking turns over the entries)
// render in every element with zero securitypolicyviolation events, zero console errors and the
// expected outcome. Then what happens when a page gets Trusted Types wrong, so the README can say it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { auditTree } from '../support/audit.js';
import { ROOT, launch, openPage, waitInPage } from '../support/browser.js';
import { expandCorpus, expectationFor } from '../support/corpus.js';
import { TAGS, requiredAttributes } from '../support/elements.js';
import { STRICT_CSP, escapeHtml, inlineScriptText, startSite } from '../support/site.js';

/** A test that fails instead of hanging when something never settles. */
const it = (name, fn) => test(name, { timeout: 60_000 }, fn);

const FIXTURES = readdirSync(join(ROOT, 'test/fixtures'))
  .filter((name) => name.endsWith('.json'))
  .sort();
const BASE = readFileSync(join(ROOT, 'test/hostile/base.json'), 'utf8');
const CORPUS_FILES = readdirSync(join(ROOT, 'test/hostile/corpus'))
  .filter((name) => name.endsWith('.json'))
  .sort();
/** Inline children bigger than this are left out of the markup (the src and property paths carry them). */
const MAX_INLINE = 2 * 1024 * 1024;
const PATHS = ['property', 'src', 'inline'];

let site;
let browser;
let session;

before(async () => {
  site = await startSite();
  browser = await launch();
  session = await openPage(browser);
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens `url` in the one test tab (a new context per test costs more than the test); problems start empty. */
async function visit(url) {
  session.problems.length = 0;
  await session.page.goto(url);
  return session;
}

function fixtureEntries() {
  return FIXTURES.map((name) => {
    const text = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'test/fixtures', name), 'utf8')));
    const journey = JSON.parse(text);
    return {
      id: `fixture-${name.replace(/\.json$/, '')}`,
      name,
      // Escape <, > and & so the text can sit in a <script> element of the page's markup.
      text: text.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      objectInput: true,
      apply: PATHS,
      card: journey.touchpoints[0].id,
      expect: { outcome: 'valid' },
      expectFor: {},
    };
  });
}

function elementMarkup(entry, tag, path, key) {
  const attributes = { ...requiredAttributes(tag, { card: entry.card }), 'data-entry': key };
  if (path === 'src') attributes.src = `/data/${entry.id}.json`;
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const child = path === 'inline' ? `<script type="application/json">${inlineScriptText(entry.text)}</script>` : '';
  return `<${tag}${attrs}>${child}</${tag}>`;
}

/**
 * Renders each `{ entry, path }` on one strict-CSP page, in every element, and returns every
 * problem found: violations, console and page errors, the canary, audit problems, wrong outcomes.
 */
async function renderUnderCsp(items, csp = STRICT_CSP) {
  const shown = items.filter(
    ({ entry, path }) => entry.apply.includes(path) && !(path === 'inline' && entry.text.length > MAX_INLINE),
  );
  const key = ({ entry, path }) => `${entry.id}/${path}`;
  for (const item of shown) if (item.path === 'src') site.json(`/data/${item.entry.id}.json`, item.entry.text);
  const body = shown
    .map(
      (item) =>
        `<section>${TAGS.map((tag) => elementMarkup(item.entry, tag, item.path, key(item))).join('')}</section>`,
    )
    .join('');
  const url = site.page({ body, csp });
  const { page, problems } = await visit(url);
  await page.evaluate(`window.__audit = ${auditTree.toString()};`);
  for (const item of shown.filter((i) => i.path === 'property')) {
    await page.evaluate(
      ({ id, text, objectInput }) => {
        let value = text;
        if (objectInput) {
          try {
            value = JSON.parse(text);
          } catch {
            value = text;
          }
        }
        for (const element of document.querySelectorAll(`[data-entry="${CSS.escape(id)}"]`)) element.journey = value;
      },
      { id: key(item), text: item.entry.text, objectInput: item.entry.objectInput },
    );
  }
  const expected = Object.fromEntries(
    shown.map((item) => [key(item), Object.fromEntries(TAGS.map((tag) => [tag, expectationFor(item.entry, tag)]))]),
  );
  const allEvented = await waitInPage(
    page,
    (expectations) =>
      [...document.querySelectorAll('[data-entry]')].every((element) => {
        const events = element.__events ?? [];
        const expectation = expectations[element.dataset.entry][element.localName];
        return expectation.outcome === 'error' ? events.some((e) => e.type === 'journey-error') : events.length > 0;
      }),
    expected,
  );
  // Not fatal here: the report below names each element that fired nothing or the wrong event.
  if (!allEvented) problems.push('not every element fired its journey event within 20 s');
  await page.evaluate(() =>
    Promise.allSettled([...document.querySelectorAll('[data-entry]')].map((element) => element.updateComplete)),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const report = await page.evaluate(
    ({ expectations, tags }) => {
      const failures = [];
      for (const element of document.querySelectorAll('[data-entry]')) {
        const at = `${element.dataset.entry} <${element.localName}>`;
        const expectation = expectations[element.dataset.entry][element.localName];
        const events = element.__events ?? [];
        const loads = events.filter((e) => e.type === 'journey-load');
        const errors = events.filter((e) => e.type === 'journey-error');
        const panel = element.shadowRoot?.querySelector('[part="error"][role="alert"]');
        if (expectation.outcome === 'valid') {
          if (loads.length !== 1 || errors.length !== 0) {
            failures.push(
              `${at}: ${loads.length} loads, ${errors.length} errors (${errors
                .map((e) => e.message)
                .join('; ')
                .slice(0, 300)})`,
            );
          }
          if (panel) failures.push(`${at}: error panel for a valid journey`);
        } else {
          if (
            errors.length !== 1 ||
            errors[0].code !== expectation.code ||
            !errors[0].paths.includes(expectation.path)
          ) {
            failures.push(
              `${at}: expected one ${expectation.code} at "${expectation.path}", got ${JSON.stringify(errors.map((e) => [e.code, e.paths.slice(0, 3)]))}`,
            );
          }
          if (!panel) failures.push(`${at}: no error panel`);
        }
        for (const problem of window.__audit(element, { sdkTags: tags }).problems) failures.push(`${at}: ${problem}`);
      }
      if (window.__pwned !== false) failures.push('the canary was set');
      return { failures, violations: window.__harness.violations, errors: window.__harness.errors };
    },
    { expectations: expected, tags: TAGS },
  );
  return {
    count: shown.length,
    paths: [...new Set(shown.map((item) => item.path))].sort(),
    failures: report.failures,
    violations: report.violations,
    errors: [...report.errors, ...problems],
  };
}

describe('strict CSP and Trusted Types (dist/klantreis.min.js)', () => {
  it("the bundle registers every element and its styles apply (adoptedStyleSheets under style-src 'self')", async () => {
    const url = site.page({ body: TAGS.map((tag) => `<${tag}></${tag}>`).join('') });
    const { page, problems } = await visit(url);
    const state = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => document.querySelector(tag)?.updateComplete));
      return tags.map((tag) => {
        const element = document.querySelector(tag);
        return {
          tag,
          defined: customElements.get(tag) !== undefined,
          sheets: element.shadowRoot?.adoptedStyleSheets.length ?? 0,
          display: getComputedStyle(element).display,
          status: element.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim().length > 0,
        };
      });
    }, TAGS);
    for (const item of state) {
      assert.equal(item.defined, true, `<${item.tag}> is defined by the bundle`);
      assert.ok(item.sheets > 0, `<${item.tag}> adopted its style sheets`);
      assert.equal(item.display, 'block', `<${item.tag}>'s :host style applies`);
      assert.equal(item.status, true, `<${item.tag}> shows its empty state`);
    }
    const harness = await page.evaluate(() => window.__harness);
    assert.deepEqual(harness.violations, []);
    assert.deepEqual([...harness.errors, ...problems], []);
  });

  for (const path of PATHS) {
    it(`the example journeys render in every element via ${path}: no violation, no console error`, async () => {
      const result = await renderUnderCsp(fixtureEntries().map((entry) => ({ entry, path })));
      assert.equal(result.count, FIXTURES.length);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.failures, []);
    });
  }

  // Every entry in every element; the input paths take turns over the entries (the browser suite
  // test/hostile runs each entry through all three), so each file's page uses all three.
  for (const file of CORPUS_FILES) {
    it(`hostile corpus ${file} in every element: no violation, no console error, expected outcome`, async () => {
      const entries = expandCorpus(BASE, file, readFileSync(join(ROOT, 'test/hostile/corpus', file), 'utf8'));
      // An entry too large for an inline <script> takes its next path, so no entry drops out.
      const items = entries.map((entry, index) => {
        const paths = entry.apply.filter((p) => !(p === 'inline' && entry.text.length > MAX_INLINE));
        assert.ok(paths.length > 0, `${entry.id}: no input path can carry it`);
        return { entry, path: paths[index % paths.length] };
      });
      const result = await renderUnderCsp(items);
      assert.ok(entries.length > 0, `${file}: no entries`);
      assert.equal(result.count, entries.length, `${result.count} of ${entries.length} entries rendered`);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.failures, []);
    });
  }

  it('inline style attributes: none is blocked (CSSOM, not markup), and the control shows the policy bites', async (t) => {
    // A style attribute written as markup (or with setAttribute) is blocked by style-src without
    // 'unsafe-inline'; one set with style.setProperty is not. Render the example journeys, count the
    // style attributes the elements set, and prove none was blocked.
    const url = site.page({
      body: '<div id="probe" style="color: rgb(255, 0, 0)"></div>' + TAGS.map((tag) => `<${tag}></${tag}>`).join(''),
    });
    const { page, problems } = await visit(url);
    const journey = JSON.parse(readFileSync(join(ROOT, 'test/fixtures', FIXTURES[0]), 'utf8'));
    const counts = await page.evaluate(
      async ({ tags, journey }) => {
        const result = {};
        for (const tag of tags) {
          const element = document.querySelector(tag);
          if (tag === 'touchpoint-card') element.setAttribute('touchpoint', journey.touchpoints[0].id);
          element.journey = journey;
          await element.updateComplete;
        }
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        for (const tag of tags) {
          let count = 0;
          const walk = (root) => {
            for (const node of root.querySelectorAll('*')) {
              if (node.hasAttribute('style')) count += 1;
              if (node.shadowRoot) walk(node.shadowRoot);
            }
          };
          walk(document.querySelector(tag).shadowRoot);
          result[tag] = count;
        }
        return result;
      },
      { tags: TAGS, journey },
    );
    t.diagnostic(`elements with a style attribute after rendering ${FIXTURES[0]}: ${JSON.stringify(counts)}`);
    const state = await page.evaluate(() => ({
      violations: window.__harness.violations,
      errors: window.__harness.errors,
      colour: getComputedStyle(document.getElementById('probe')).color,
    }));
    // The control: the probe's own markup style attribute is blocked (one violation, no red).
    assert.notEqual(state.colour, 'rgb(255, 0, 0)');
    const probe = state.violations.filter((v) => v.startsWith('style-src-attr') && !v.includes('klantreis.min.js'));
    assert.equal(probe.length, 1, `exactly the probe is blocked: ${state.violations.join(' | ')}`);
    assert.deepEqual(
      state.violations.filter((v) => v.includes('klantreis.min.js')),
      [],
      'nothing the elements set is blocked',
    );
    // The console reports the probe's blocked style once; nothing else.
    assert.equal(problems.filter((p) => /Applying inline style/.test(p)).length, 1, problems.join(' | '));
    assert.deepEqual([...state.errors, ...problems.filter((p) => !/Applying inline style/.test(p))], []);
  });
});

describe('an inline JSON child streamed in pieces (a server-rendered page)', () => {
  it('each element reads it once, whole: one journey-load, no journey-error for the half-parsed text', async () => {
    // The HTML parser inserts the script's text as it arrives; an element that reads its inline
    // child before the parser has finished it sees half a JSON document.
    const [entry] = fixtureEntries();
    const middle = Math.floor(entry.text.length / 2);
    const path = '/streamed.html';
    site.route(path, async (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP });
      res.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>streamed</title>');
      res.write('<script src="/harness.js"></script><script src="/klantreis.min.js"></script></head><body>');
      for (const tag of TAGS) {
        const attributes = Object.entries(requiredAttributes(tag, { card: entry.card }))
          .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
          .join('');
        res.write(`<${tag}${attributes}><script type="application/json">${entry.text.slice(0, middle)}`);
        await new Promise((resolve) => setTimeout(resolve, 150));
        res.write(`${entry.text.slice(middle)}</script></${tag}>`);
      }
      res.end('</body></html>');
    });
    const { page, problems } = await visit(`${site.origin}${path}`);
    const evented = await waitInPage(
      page,
      (tags) => tags.every((tag) => (document.querySelector(tag)?.__events?.length ?? 0) > 0),
      TAGS,
    );
    assert.equal(evented, true, 'every element fired a journey event within 20 s');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const events = await page.evaluate(
      (tags) =>
        Object.fromEntries(
          tags.map((tag) => [
            tag,
            (document.querySelector(tag).__events ?? []).map((e) => `${e.type}${e.code ? ` ${e.code}` : ''}`),
          ]),
        ),
      TAGS,
    );
    assert.deepEqual(events, Object.fromEntries(TAGS.map((tag) => [tag, ['journey-load']])));
    assert.deepEqual(problems, []);
  });
});

describe('Trusted Types misconfigurations (documented behaviour)', () => {
  const body = TAGS.map(
    (tag) => `<${tag}><script type="application/json">${inlineScriptText(fixtureEntries()[0].text)}</script></${tag}>`,
  ).join('');

  // These tests are about Trusted Types; style-src is the business of the tests above.
  const trustedTypesViolations = (state) => state.violations.filter((v) => /trusted-types/.test(v));
  const errorsBesidesStyle = (state) => [...state.errors, ...state.problems].filter((p) => !/inline style/.test(p));

  async function load(csp, scripts) {
    const url = site.page({ body, csp, scripts });
    const { page, problems } = await visit(url);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const state = await page.evaluate(
      (tags) => ({
        defined: tags.filter((tag) => customElements.get(tag) !== undefined),
        rendered: tags.filter((tag) => (document.querySelector(tag).shadowRoot?.textContent ?? '').trim().length > 0),
        visibleText: document.body.innerText.trim(),
        violations: window.__harness.violations,
        errors: window.__harness.errors,
      }),
      TAGS,
    );
    return { ...state, problems: [...problems] };
  }

  it('a policy that forgets "trusted-types lit-html": Lit cannot create its policy, nothing is defined, the page stays blank', async () => {
    const state = await load(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types app-policy",
    );
    assert.deepEqual(state.defined, []);
    assert.deepEqual(state.rendered, []);
    assert.equal(state.visibleText, '');
    assert.ok(
      state.violations.some((v) => /^trusted-types blocked/.test(v)),
      `a trusted-types violation: ${state.violations}`,
    );
    assert.ok(
      state.problems.some((p) => /lit-html/.test(p) && /polic/i.test(p)),
      `the console names the lit-html policy: ${state.problems.join(' | ')}`,
    );
  });

  it('require-trusted-types-for without any trusted-types directive: every policy name is allowed, all works', async () => {
    const state = await load(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'",
    );
    assert.deepEqual(state.defined, TAGS);
    assert.deepEqual(state.rendered, TAGS);
    assert.deepEqual(trustedTypesViolations(state), []);
    assert.deepEqual(errorsBesidesStyle(state), []);
  });

  it('another copy of Lit on the page already owns "lit-html": the bundle needs \'allow-duplicates\'', async () => {
    // A page whose own code (another Lit app) created the lit-html policy first.
    site.route('/other-lit.js', (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end("window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });");
    });
    const scripts = ['/harness.js', '/other-lit.js', '/klantreis.min.js'];
    const strict = await load(STRICT_CSP, scripts);
    assert.deepEqual(strict.defined, [], 'without allow-duplicates the bundle fails to load');
    assert.ok(
      strict.violations.some((v) => /^trusted-types blocked/.test(v)),
      `a trusted-types violation: ${strict.violations}`,
    );
    const allowed = await load(`${STRICT_CSP} 'allow-duplicates'`, scripts);
    assert.deepEqual(allowed.defined, TAGS);
    assert.deepEqual(allowed.rendered, TAGS);
    assert.deepEqual(trustedTypesViolations(allowed), []);
    assert.deepEqual(errorsBesidesStyle(allowed), []);
  });

  it('the bundle loaded twice under the strict policy: the second copy is refused, the first keeps working', async () => {
    const state = await load(STRICT_CSP, ['/harness.js', '/klantreis.min.js', '/klantreis.min.js?copy=2']);
    assert.deepEqual(state.defined, TAGS);
    assert.deepEqual(state.rendered, TAGS);
    assert.ok(
      state.violations.some((v) => /^trusted-types blocked/.test(v)),
      `a trusted-types violation: ${state.violations}`,
    );
  });
});
