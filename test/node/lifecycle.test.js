// QUALITY.md 13 and 7, per element of dist/klantreis.min.js: connect / disconnect / reconnect 50
// times with every observer, page-wide listener, timer, animation frame and fetch counted by a shim
// installed before the elements are defined (test/support/counting-shim.js): all released after
// each disconnect, the same set started again on each reconnect. And 20 instances on one page keep
// their own state and their own internal ids.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { auditTree } from '../support/audit.js';
import { ROOT, launch, openPage } from '../support/browser.js';
import { TAGS, requiredAttributes } from '../support/elements.js';
import { startSite } from '../support/site.js';

const SHIM = readFileSync(join(ROOT, 'test/support/counting-shim.js'), 'utf8');
const BASE = JSON.parse(readFileSync(join(ROOT, 'test/hostile/base.json'), 'utf8'));
const MORTGAGE = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mortgage-nl.json'), 'utf8'));
const ROUNDS = 50;
const options = { timeout: 60_000 };

let site;
let browser;
let session;

before(async () => {
  site = await startSite({ csp: null });
  site.json('/base.json', JSON.stringify(BASE));
  browser = await launch();
  session = await openPage(browser);
  await session.context.addInitScript({ content: SHIM });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open() {
  session.problems.length = 0;
  await session.page.goto(site.page({ scripts: ['/klantreis.min.js'], csp: null }));
  return session.page;
}

/**
 * In the page: mounts one `tag` set up by `setup` ('property' or 'src-refresh'), then removes and
 * re-adds it `rounds` times, comparing what is live with the empty page after each removal and with
 * the first connection after each re-add. Returns the counts and every mismatch.
 */
function cycle(page, tag, setup, rounds = ROUNDS) {
  return page.evaluate(
    async ({ sdk, tag, setup, rounds, journey, attributes }) => {
      const counts = window.__counts;
      const settle = () => new Promise((resolve) => counts.requestAnimationFrame(() => counts.setTimeout(resolve, 0)));
      const differences = (a, b) =>
        Object.keys(a)
          .filter((key) => a[key] !== b[key])
          .map((key) => `${key} ${b[key]} instead of ${a[key]}`);
      const empty = counts.live();
      // Idle: no update pending and no animation frame requested beyond the empty page's. A busy
      // machine may deliver a late ResizeObserver entry (one coalescing frame); waiting it out keeps
      // the baseline honest, and a frame loop that never ends still fails below (frames started ≠ 0).
      const quiet = async (element, tries = 10) => {
        for (let i = 0; i < tries; i += 1) {
          await element.updateComplete;
          await settle();
          await settle();
          if (!element.isUpdatePending && counts.live().frames === empty.frames) return;
        }
      };
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      let loaded = 0;
      element.addEventListener('journey-load', () => (loaded += 1));
      if (setup === 'property') element.journey = journey;
      else {
        element.setAttribute('src', '/base.json');
        element.setAttribute('refresh', '30');
      }
      document.body.append(element);
      const start = performance.now();
      while (loaded === 0 && performance.now() - start < 10_000) await settle();
      await quiet(element, 60);
      const connected = counts.live();
      // SDK elements in this one (the map nests a curve and an overlay): each has its own controllers.
      let instances = 0;
      const walk = (root) => {
        for (const node of root.querySelectorAll('*')) {
          if (sdk.includes(node.localName)) instances += 1;
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(document.body);
      const mismatches = [];
      for (let round = 1; round <= rounds; round += 1) {
        element.remove();
        await settle();
        for (const d of differences(empty, counts.live()))
          mismatches.push(`after disconnect ${round}: ${d} (${counts.listenerList().join(', ')})`);
        document.body.append(element);
        await quiet(element);
        for (const d of differences(connected, counts.live())) mismatches.push(`after reconnect ${round}: ${d}`);
      }
      element.remove();
      await settle();
      return { empty, connected, instances, mismatches, loaded };
    },
    {
      sdk: TAGS,
      tag,
      setup,
      rounds,
      journey: MORTGAGE,
      attributes: requiredAttributes(tag, {
        card:
          tag === 'touchpoint-card'
            ? setup === 'property'
              ? MORTGAGE.touchpoints[0].id
              : BASE.touchpoints[0].id
            : undefined,
      }),
    },
  );
}

describe('lifecycle: connect, disconnect, reconnect', () => {
  for (const tag of TAGS) {
    for (const setup of ['property', 'src-refresh']) {
      test(
        `<${tag}> with a ${setup === 'property' ? 'journey property' : 'src and live refresh'}: everything released on each of ${ROUNDS} disconnects, the same started on each reconnect`,
        options,
        async (t) => {
          const page = await open();
          assert.equal(
            await page.evaluate((tag) => customElements.get(tag) !== undefined, tag),
            true,
            `<${tag}> is defined`,
          );
          const result = await cycle(page, tag, setup);
          t.diagnostic(`live while connected: ${JSON.stringify(result.connected)}`);
          assert.equal(result.loaded, 1, 'loaded once (a reconnect does not reload)');
          assert.deepEqual(result.mismatches, []);
          // Something was started while connected (this test can see it), and nothing is left now.
          assert.ok(
            result.connected.ResizeObserver + result.connected.MutationObserver >
              result.empty.ResizeObserver + result.empty.MutationObserver,
          );
          // At most one ResizeObserver, IntersectionObserver and refresh timer per SDK element, and
          // nothing running (frames, intervals, fetches) once it is idle.
          t.diagnostic(`SDK elements in it: ${result.instances}`);
          const started = (key) => result.connected[key] - result.empty[key];
          for (const key of ['ResizeObserver', 'IntersectionObserver', 'timeouts'])
            assert.ok(started(key) <= result.instances, `${started(key)} ${key}`);
          for (const key of ['intervals', 'frames', 'fetches']) assert.equal(started(key), 0, key);
          assert.deepEqual(await page.evaluate(() => window.__counts.live()), result.empty);
          assert.deepEqual(session.problems, []);
          if (setup === 'src-refresh' && tag === 'nps-overlay') {
            // Live refresh holds one IntersectionObserver, one visibilitychange listener and one timer while connected.
            assert.equal(result.connected.IntersectionObserver, result.empty.IntersectionObserver + 1);
            assert.equal(result.connected.timeouts, result.empty.timeouts + 1);
          }
        },
      );
    }
  }
});

describe('the lifecycle check can fail', () => {
  test(
    'a deliberately leaky element (test only) is caught: a listener, an observer, an interval and a frame left behind',
    options,
    async () => {
      const page = await open();
      await page.evaluate(() => {
        customElements.define(
          'leaky-probe',
          class extends HTMLElement {
            connectedCallback() {
              window.addEventListener('scroll', () => this.id);
              new ResizeObserver(() => undefined).observe(this);
              setInterval(() => undefined, 60_000);
              requestAnimationFrame(function again() {
                requestAnimationFrame(again);
              });
              this.dispatchEvent(new Event('journey-load'));
            }
          },
        );
      });
      // Three rounds are enough to see it; each waits out its 10 settles since the frame loop never idles.
      const result = await cycle(page, 'leaky-probe', 'property', 3);
      const first = result.mismatches.filter((m) => m.startsWith('after disconnect 1:')).map((m) => m.split(' (')[0]);
      assert.deepEqual(first, [
        'after disconnect 1: ResizeObserver 1 instead of 0',
        'after disconnect 1: listeners 1 instead of 0',
        'after disconnect 1: intervals 1 instead of 0',
        'after disconnect 1: frames 1 instead of 0',
      ]);
      assert.ok(result.mismatches.some((m) => m.startsWith('after reconnect 1: ResizeObserver 2 instead of 1')));
    },
  );
});

describe('20 instances on one page', () => {
  for (const tag of TAGS) {
    test(
      `<${tag}> ×20: separate state, unique internal ids, every ARIA reference inside its own shadow root`,
      options,
      async () => {
        const page = await open();
        await page.evaluate(`window.__audit = ${auditTree.toString()};`);
        const journeys = Array.from({ length: 20 }, (_, i) => ({
          ...BASE,
          id: `Journey${i}`,
          title: `Journey number ${i}`,
          touchpoints: BASE.touchpoints.map((tp, j) =>
            j === 0 ? { ...tp, label: `First step of journey [${i}]` } : tp,
          ),
        }));
        const result = await page.evaluate(
          async ({ tag, journeys, attributes, tags }) => {
            const elements = journeys.map((journey) => {
              const element = document.createElement(tag);
              for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
              element.journey = journey;
              document.body.append(element);
              return element;
            });
            await Promise.all(elements.map((e) => e.updateComplete));
            await new Promise((resolve) =>
              window.__counts.requestAnimationFrame(() => window.__counts.setTimeout(resolve, 50)),
            );
            await Promise.all(elements.map((e) => e.updateComplete));
            const text = (element) => {
              const parts = [];
              const walk = (root) => {
                parts.push(root.textContent);
                for (const node of root.querySelectorAll('*')) if (node.shadowRoot) walk(node.shadowRoot);
              };
              walk(element.shadowRoot);
              return parts.join(' ');
            };
            const own = elements.map((element, i) => {
              const shown = text(element);
              return (
                shown.includes(`First step of journey [${i}]`) &&
                !journeys.some((_, j) => j !== i && shown.includes(`First step of journey [${j}]`))
              );
            });
            // Every id that something refers to, over all shadow roots of all instances.
            const referenced = [];
            const problems = [];
            for (const element of elements) {
              const audit = window.__audit(element, { sdkTags: tags });
              problems.push(...audit.problems);
              referenced.push(...audit.referencedIds);
            }
            const perRoot = new Map();
            const collect = (root) => {
              for (const node of root.querySelectorAll('[id]')) perRoot.set(node.id, (perRoot.get(node.id) ?? 0) + 1);
              for (const node of root.querySelectorAll('*')) if (node.shadowRoot) collect(node.shadowRoot);
            };
            for (const element of elements) collect(element.shadowRoot);
            const shared = [...new Set(referenced)].filter((id) => (perRoot.get(id) ?? 0) > 1);
            // Change one instance: the others do not change.
            const before = elements.map(text);
            elements[7].journey = {
              ...journeys[7],
              touchpoints: journeys[7].touchpoints.map((tp, j) => (j === 0 ? { ...tp, label: 'Changed step' } : tp)),
            };
            await Promise.all(elements.map((e) => e.updateComplete));
            const after = elements.map(text);
            const changed = after.map((t, i) => t !== before[i]);
            for (const element of elements) element.remove();
            return {
              own,
              referenced: referenced.length,
              shared,
              problems,
              changed,
              seven: after[7].includes('Changed step'),
            };
          },
          { tag, journeys, attributes: requiredAttributes(tag, { card: BASE.touchpoints[0].id }), tags: TAGS },
        );
        assert.deepEqual(
          result.own,
          journeys.map(() => true),
          'each instance shows its own journey',
        );
        assert.ok(result.referenced > 0, 'the elements use id references (aria-labelledby and the like)');
        assert.deepEqual(result.shared, [], 'no referenced id is used in two shadow roots');
        assert.deepEqual(result.problems, []);
        assert.equal(result.seven, true);
        assert.deepEqual(
          result.changed,
          journeys.map((_, i) => i === 7),
          'changing one instance changes only that one',
        );
        assert.deepEqual(session.problems, []);
      },
    );
  }
});
