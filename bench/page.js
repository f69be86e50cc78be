// In-page half of `npm run bench`: renders one scenario at a time when bench/run.js asks.
import { generateJourney, toMermaid } from './generate.js';

const stage = document.getElementById('stage');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });

function countShadowNodes(root) {
  let count = 0;
  const walk = (node) => {
    for (const child of node.childNodes) {
      count += 1;
      walk(child);
    }
    if (node.shadowRoot) {
      count += 1;
      walk(node.shadowRoot);
    }
  };
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  return count;
}

/** Waits until the element and every nested Lit element have finished updating (no frame). */
async function updated(el) {
  for (let i = 0; i < 3; i += 1) {
    const pending = [el, ...allElements(el)].filter((e) => e.updateComplete).map((e) => e.updateComplete);
    await Promise.all(pending);
  }
}

async function settle(el) {
  await updated(el);
  await nextFrame();
}

function allElements(el) {
  const out = [];
  const walk = (root) => {
    for (const child of root.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

const journeys = new Map();
function journeyOf(n) {
  if (!journeys.has(n)) journeys.set(n, generateJourney(n));
  return journeys.get(n);
}

window.bench = {
  reset() {
    stage.replaceChildren();
    stage.style.width = '1280px';
    longest = 0;
  },

  /** First render: element created → journey-load → next frame. */
  async firstRender(tag, n) {
    const journey = structuredClone(journeyOf(n));
    await nextFrame();
    const t0 = performance.now();
    const el = document.createElement(tag);
    const loaded = new Promise((resolve, reject) => {
      el.addEventListener('journey-load', resolve, { once: true });
      el.addEventListener('journey-error', (e) => reject(new Error(JSON.stringify(e.detail.issues.slice(0, 3)))), {
        once: true,
      });
    });
    el.journey = journey;
    stage.append(el);
    await loaded;
    await settle(el);
    return performance.now() - t0;
  },

  async personaSwitch(tag) {
    const el = stage.querySelector(tag);
    const next = el.getAttribute('persona') === 'mover' ? 'starter' : 'mover';
    const t0 = performance.now();
    el.setAttribute('persona', next);
    // The work of the switch (every nested update done), which must fit in one frame (16 ms);
    // waiting for the frame itself would add up to 16 ms of idle time.
    await updated(el);
    const work = performance.now() - t0;
    await nextFrame();
    return work;
  },

  async valueChange(tag, n, round) {
    const el = stage.querySelector(tag);
    const journey = structuredClone(journeyOf(n));
    journey.touchpoints[Math.floor(n / 2)].emotions[0].score = round % 2 === 0 ? 4.5 : -4.5;
    const t0 = performance.now();
    const loaded = new Promise((resolve) => el.addEventListener('journey-load', resolve, { once: true }));
    el.journey = journey;
    await loaded;
    await settle(el);
    return performance.now() - t0;
  },

  async resize(tag, round) {
    const el = stage.querySelector(tag);
    const t0 = performance.now();
    stage.style.width = round % 2 === 0 ? '960px' : '1280px';
    await nextFrame();
    await settle(el);
    return performance.now() - t0;
  },

  /** One arrow-key step on the focused journey grid: key → the focus has moved and painted. */
  async keyboardStep(tag) {
    const el = stage.querySelector(tag);
    let target = el.shadowRoot.querySelector('[tabindex="0"]');
    if (!target) return null;
    target.focus();
    // A long journey starts at the phase level: Enter goes into the first phase's touchpoints, whose step is measured.
    if (target.matches('.phase, .phase-target, .phase-stop')) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await settle(el);
      target = el.shadowRoot.activeElement;
      if (!target) return null;
    }
    await nextFrame();
    const t0 = performance.now();
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    return performance.now() - t0;
  },

  nodes() {
    return countShadowNodes(stage);
  },

  longestTask() {
    return longest;
  },

  /** 1,000 updates alternating two valid journeys and an invalid one, for the heap check. */
  async churn(tag, n, updates) {
    const el = stage.querySelector(tag);
    const a = journeyOf(n);
    const b = structuredClone(a);
    b.touchpoints[0].label = 'Changed';
    const invalid = { ...a, version: 2 };
    for (let i = 0; i < updates; i += 1) {
      el.journey = [a, b, invalid][i % 3];
      await el.updateComplete;
    }
    el.journey = a;
    await settle(el);
  },

  /** Mermaid's journey diagram of the same data: render (text → SVG) and insert + layout. */
  async mermaid(n, run) {
    const text = toMermaid(journeyOf(n));
    // Mermaid's default maxTextSize (50,000 characters) turns ~1,000 tasks into an error
    // diagram; it is raised so Mermaid draws every journey it can, and an error diagram it
    // still returns counts as a failure, not as a (very fast) render.
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 250_000 });
    await nextFrame();
    const t0 = performance.now();
    const { svg } = await window.mermaid.render(`bench-mermaid-${n}-${run}`, text);
    const t1 = performance.now();
    if (/maximum text size|syntax error/i.test(svg))
      throw new Error('Mermaid drew an error diagram (maximum text size exceeded)');
    const holder = document.createElement('div');
    // Bench harness only (never shipped): Mermaid hands back SVG markup as text.
    holder.innerHTML = svg;
    stage.append(holder);
    holder.getBoundingClientRect();
    await nextFrame();
    return { render: t1 - t0, insert: performance.now() - t1 };
  },
};
window.benchReady = true;
