// `npm run bench`: speed, DOM size, heap and long tasks of klantreis against Mermaid's
// journey diagram, in one headless Chromium session. Prints medians and min–max and the
// Mermaid / klantreis ratio per N, checks the targets of issue 7, writes bench/results.json.
//   node bench/run.js            full run (N = 10, 50, 200, 1,000, 10,000)
//   node bench/run.js --quick    CI mode: small N, few runs, no thresholds
//   node bench/run.js --editing  only the editing layer (src/editing, bundled here with esbuild)
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const quick = process.argv.includes('--quick');
const editingOnly = process.argv.includes('--editing');
const SIZES = quick ? [10, 50] : [10, 50, 200, 1000, 10000];
const runsFor = (n) => (quick ? 3 : n >= 10000 ? 5 : n >= 1000 ? 10 : 20);
const ELEMENTS = ['journey-map', 'emotion-curve', 'nps-overlay'];
const CHURN_UPDATES = quick ? 60 : 1000;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const allowed = ['/dist/', '/bench/', '/node_modules/mermaid/dist/'].some((p) => path.startsWith(p));
    const file = normalize(join(root, path));
    if (!allowed || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) =>
  xs.length === 0 ? null : { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length };
const ms = (s) => (s ? `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '—');

if (!existsSync(join(root, 'dist/klantreis.min.js'))) {
  console.error('bench: dist/klantreis.min.js is missing; run "npm run build" first');
  process.exit(1);
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(`${base}/bench/page.html`);
await page.waitForFunction(() => window.benchReady === true);
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.enable');
async function heapAfterGc() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    browser: browser.version(),
    node: process.version,
  },
  quick,
  klantreis: {},
  mermaid: {},
};

for (const n of editingOnly ? [] : SIZES) {
  const runs = runsFor(n);
  for (const tag of ELEMENTS) {
    const samples = { firstRender: [], personaSwitch: [], valueChange: [], resize: [], keyboardStep: [] };
    let nodes = 0;
    let longestTask = 0;
    let heap = null;
    let failure = null;
    try {
      for (let run = 0; run < runs; run += 1) {
        await page.evaluate(() => window.bench.reset());
        samples.firstRender.push(await page.evaluate(([t, k]) => window.bench.firstRender(t, k), [tag, n]));
        samples.personaSwitch.push(await page.evaluate((t) => window.bench.personaSwitch(t), tag));
        samples.valueChange.push(await page.evaluate(([t, k, r]) => window.bench.valueChange(t, k, r), [tag, n, run]));
        samples.resize.push(await page.evaluate(([t, r]) => window.bench.resize(t, r), [tag, run]));
        const step = await page.evaluate((t) => window.bench.keyboardStep(t), tag);
        if (step !== null) samples.keyboardStep.push(step);
        nodes = await page.evaluate(() => window.bench.nodes());
        longestTask = Math.max(longestTask, await page.evaluate(() => window.bench.longestTask()));
      }
      if (n === Math.min(200, SIZES[SIZES.length - 1])) {
        const before = await heapAfterGc();
        await page.evaluate(([t, k, u]) => window.bench.churn(t, k, u), [tag, n, CHURN_UPDATES]);
        const after = await heapAfterGc();
        heap = { before, after, updates: CHURN_UPDATES };
      }
    } catch (error) {
      failure = String(error.message ?? error).split('\n')[0];
    }
    results.klantreis[`${tag}@${n}`] = {
      n,
      tag,
      failure,
      nodes,
      longestTaskMs: longestTask,
      heap,
      ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)])),
      heapBytes: await heapAfterGc(),
    };
    const r = results.klantreis[`${tag}@${n}`];
    console.log(
      `${tag.padEnd(14)} N=${String(n).padStart(5)}  first ${ms(r.firstRender)} ms  persona ${ms(r.personaSwitch)}  value ${ms(r.valueChange)}  resize ${ms(r.resize)}  key ${ms(r.keyboardStep)}  nodes ${nodes}  longtask ${longestTask.toFixed(0)} ms${failure ? `  FAILED: ${failure}` : ''}`,
    );
  }
  // Mermaid, same data, same browser session.
  const render = [];
  const insert = [];
  let failure = null;
  for (let run = 0; run < runsFor(n) && !failure; run += 1) {
    try {
      await page.evaluate(() => window.bench.reset());
      const t = await page.evaluate(([k, r]) => window.bench.mermaid(k, r), [n, run]);
      render.push(t.render);
      insert.push(t.insert);
    } catch (error) {
      failure = String(error.message ?? error)
        .split('\n')[0]
        .slice(0, 160);
    }
  }
  results.mermaid[n] = {
    n,
    failure,
    render: stats(render),
    insert: stats(insert),
    total: stats(render.map((r, i) => r + insert[i])),
  };
  const m = results.mermaid[n];
  console.log(
    `${'mermaid'.padEnd(14)} N=${String(n).padStart(5)}  render ${ms(m.render)} ms  insert+layout ${ms(m.insert)}${failure ? `  FAILED: ${failure}` : ''}`,
  );
}

// The editing layer (issue 19): an edit at N = 10,000 — commit and validation of what it touched —
// and a drag step at N = 200, in the page's JavaScript engine. src/editing is not in dist/ yet,
// so it is bundled here.
const editingBundle = await build({
  stdin: {
    contents:
      "export { applyEdit, History } from './src/editing/index.ts'; export { parseJourney } from './src/model/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'klantreisEditing',
  target: 'es2022',
  write: false,
});
await page.addScriptTag({ content: editingBundle.outputFiles[0].text });
results.editing = await page.evaluate(
  async ([bigN, smallN, runs]) => {
    const { generateJourney } = await import('/bench/generate.js');
    const { applyEdit, History, parseJourney } = window.klantreisEditing;
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = (f) => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    const parsed = (n) => {
      const result = parseJourney(generateJourney(n));
      if (!result.ok) throw new Error(`generated journey of ${n} does not parse`);
      return result.journey;
    };
    const big = parsed(bigN);
    // One emotion edit after another, each on the journey the previous one gave.
    let journey = big;
    const emotion = [];
    for (let i = 0; i < runs; i += 1) {
      const touchpoint = `tp-${(i * 7919) % bigN}`;
      emotion.push(
        time(() => {
          const result = applyEdit(journey, {
            type: 'emotion.set',
            touchpoint,
            persona: 'starter',
            score: i % 2 ? 2 : -2,
          });
          if (result.refused) throw new Error(result.refused);
          journey = result.journey;
        }),
      );
    }
    const structural = [];
    for (let i = 0; i < Math.min(runs, 9); i += 1) {
      structural.push(
        time(() => {
          const result = applyEdit(big, {
            type: 'touchpoint.add',
            label: `New ${i}`,
            at: { after: `tp-${(i * 1013) % bigN}` },
          });
          if (result.refused) throw new Error(result.refused);
        }),
      );
    }
    const fullParse = [];
    for (let i = 0; i < 3; i += 1) fullParse.push(time(() => parseJourney(JSON.parse(JSON.stringify(journey)))));
    const history = new History(parsed(smallN));
    const drag = [];
    for (let i = 0; i < runs; i += 1) {
      drag.push(
        time(() =>
          history.input({ type: 'emotion.set', touchpoint: 'tp-100', persona: 'mover', score: -5 + (i % 21) / 2 }),
        ),
      );
    }
    history.commitInput();
    return {
      n: bigN,
      emotionEditMs: median(emotion),
      emotionEditMaxMs: Math.max(...emotion),
      touchpointAddMs: median(structural),
      fullParseMs: median(fullParse),
      dragStepN: smallN,
      dragStepMs: median(drag),
      runs,
    };
  },
  [quick ? 1000 : 10000, 200, quick ? 15 : 101],
);
{
  const e = results.editing;
  console.log(
    `\nediting  N=${e.n}: emotion edit (commit + validation) ${e.emotionEditMs.toFixed(2)} ms median, ${e.emotionEditMaxMs.toFixed(1)} ms max; touchpoint add ${e.touchpointAddMs.toFixed(1)} ms; full parseJourney ${e.fullParseMs.toFixed(0)} ms`,
  );
  console.log(`editing  N=${e.dragStepN}: drag step ${e.dragStepMs.toFixed(2)} ms median`);
}

// The same edits through <emotion-curve editable>, loaded as a page would load it for editing:
// with the loader, which fetches the editor's chunk (the single file has no editor). The edits:
// an emotion edit at N = 10,000 by a single click on the editor's + or − button — commit,
// validation of what it touched, the journey handed over without a parse, journey-change and the
// render — and a drag step at N = 200 (an arrow key of the slider: the same input a drag step makes,
// and its render). Timed from the input to the end of the element's update; long tasks (over 50 ms)
// seen meanwhile are reported.
const editPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await editPage.goto(`${base}/bench/edit-page.html`);
results.elementEditing = await editPage.evaluate(
  async ([bigN, smallN, runs]) => {
    const { generateJourney } = await import('/bench/generate.js');
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const until = async (condition, what) => {
      for (let i = 0; i < 3000 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      if (!condition()) throw new Error(`bench: timed out waiting for ${what}`);
    };
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const mount = async (n) => {
      document.getElementById('stage').replaceChildren();
      const el = document.createElement('emotion-curve');
      el.setAttribute('editable', '');
      el.setAttribute('persona', 'starter');
      el.setAttribute('lang', 'en');
      el.journey = generateJourney(n);
      document.getElementById('stage').append(el);
      await until(() => el.shadowRoot?.querySelector('.chart [tabindex="0"]'), 'the plot');
      // A long curve starts at the phase level: Enter goes down to its first point.
      if (!el.shadowRoot.querySelector('.point[tabindex="0"]')) {
        el.shadowRoot
          .querySelector('.chart [tabindex="0"]')
          .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      await until(() => el.shadowRoot.querySelector('.point[tabindex="0"]'), 'a point');
      await until(
        () =>
          el.shadowRoot.adoptedStyleSheets.some((sheet) =>
            [...sheet.cssRules].some((rule) => rule.cssText.includes('.edit-slider')),
          ),
        'the editor',
      );
      el.shadowRoot
        .querySelector('.point[tabindex="0"]')
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', bubbles: true, composed: true }));
      await until(() => el.shadowRoot.querySelector('[role="slider"]'), 'the slider');
      await new Promise((resolve) => setTimeout(resolve, 200));
      return el;
    };
    const commits = [];
    const timed = async (el, act) => {
      const t0 = performance.now();
      act();
      commits.push(performance.now() - t0);
      await el.updateComplete;
      const t1 = performance.now();
      // A task of its own for each edit, so a long task is one edit's.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return t1 - t0;
    };
    const big = await mount(bigN);
    longest = 0;
    const edits = [];
    let changes = 0;
    big.addEventListener('journey-change', () => (changes += 1));
    for (let i = 0; i < runs; i += 1) {
      // The editor's buttons in order: −, +, …
      const buttons = big.shadowRoot.querySelectorAll('.edit-panel button');
      edits.push(await timed(big, () => buttons[i % 2 === 0 ? 0 : 1].click()));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const editLongest = longest;
    const editCommitMs = median(commits);
    commits.length = 0;
    if (changes !== runs) throw new Error(`bench: ${changes} journey-change events for ${runs} clicks`);
    const small = await mount(smallN);
    longest = 0;
    const steps = [];
    for (let i = 0; i < runs; i += 1) {
      const slider = small.shadowRoot.querySelector('[role="slider"]');
      const key = i % 2 === 0 ? 'ArrowUp' : 'ArrowDown';
      steps.push(
        await timed(small, () =>
          slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true })),
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    document.getElementById('stage').replaceChildren();
    return {
      n: bigN,
      editMs: median(edits),
      editMaxMs: Math.max(...edits),
      editLongTaskMs: editLongest,
      editCommitMs,
      dragInputMs: median(commits),
      dragStepN: smallN,
      dragStepMs: median(steps),
      dragStepMaxMs: Math.max(...steps),
      dragLongTaskMs: longest,
      runs,
    };
  },
  [quick ? 1000 : 10000, 200, quick ? 9 : 31],
);
{
  const e = results.elementEditing;
  console.log(
    `editing  <emotion-curve editable> N=${e.n}: edit by click (commit, validation, render) ${e.editMs.toFixed(1)} ms median (commit and validation ${e.editCommitMs.toFixed(1)} ms), ${e.editMaxMs.toFixed(1)} ms max, longest task ${e.editLongTaskMs.toFixed(0)} ms`,
  );
  console.log(
    `editing  <emotion-curve editable> N=${e.dragStepN}: drag step (input and render) ${e.dragStepMs.toFixed(1)} ms median (input ${e.dragInputMs.toFixed(2)} ms), ${e.dragStepMaxMs.toFixed(1)} ms max, longest task ${e.dragLongTaskMs.toFixed(0)} ms`,
  );
}

await browser.close();
server.close();

// Summary table: first render of each element vs Mermaid (render + insert).
console.log('\nFirst render, median ms (min–max); ratio = Mermaid total / klantreis');
console.log(
  'N        journey-map            emotion-curve          nps-overlay            mermaid total          ratio (map)',
);
for (const n of SIZES) {
  const cell = (s) => ms(s).padEnd(22);
  const map = results.klantreis[`journey-map@${n}`]?.firstRender;
  const mer = results.mermaid[n] ?? {};
  const ratio =
    map && mer.total ? `${(mer.total.median / map.median).toFixed(1)}×` : mer.failure ? `Mermaid failed` : '—';
  console.log(
    `${String(n).padEnd(8)} ${cell(map)} ${cell(results.klantreis[`emotion-curve@${n}`]?.firstRender)} ${cell(results.klantreis[`nps-overlay@${n}`]?.firstRender)} ${cell(mer.total)} ${ratio}`,
  );
}

// Targets (issue 7). Quick mode reports but never fails.
const targets = [];
const check = (name, ok, actual) => targets.push({ name, ok, actual });
for (const n of [50, 1000]) {
  const map = results.klantreis[`journey-map@${n}`]?.firstRender;
  const mer = results.mermaid[n]?.total;
  if (map && mer)
    check(
      `first render of <journey-map> at N=${n} ≥ 10× faster than Mermaid`,
      mer.median / map.median >= 10,
      `${(mer.median / map.median).toFixed(1)}×`,
    );
}
const sw = results.klantreis['journey-map@200']?.personaSwitch;
if (sw) check('persona switch at N=200 within one frame (16 ms)', sw.median <= 16, `${sw.median.toFixed(1)} ms`);
for (const tag of ELEMENTS) {
  const big = results.klantreis[`${tag}@10000`];
  if (!big) continue;
  check(
    `<${tag}> 10,000 touchpoints: no task over 200 ms`,
    big.longestTaskMs <= 200,
    `${big.longestTaskMs.toFixed(0)} ms`,
  );
  check(`<${tag}> 10,000 touchpoints: ≤ 5,000 shadow-DOM nodes`, big.nodes <= 5000, `${big.nodes}`);
  if (big.keyboardStep)
    check(
      `<${tag}> 10,000 touchpoints: keyboard step ≤ 100 ms`,
      big.keyboardStep.median <= 100,
      `${big.keyboardStep.median.toFixed(1)} ms`,
    );
}
for (const tag of ELEMENTS) {
  const heap = Object.values(results.klantreis).find((r) => r.tag === tag && r.heap)?.heap;
  if (heap)
    check(
      `<${tag}> heap flat over ${heap.updates} updates (≤ 10 % + 1 MiB)`,
      heap.after <= heap.before * 1.1 + 2 ** 20,
      `${(heap.before / 2 ** 20).toFixed(1)} → ${(heap.after / 2 ** 20).toFixed(1)} MiB`,
    );
}
if (results.editing && !quick) {
  check(
    `edit at N=${results.editing.n}: commit + validation within 50 ms`,
    results.editing.emotionEditMs <= 50,
    `${results.editing.emotionEditMs.toFixed(2)} ms`,
  );
  check(
    'drag step at N=200 within 8 ms',
    results.editing.dragStepMs <= 8,
    `${results.editing.dragStepMs.toFixed(2)} ms`,
  );
}
if (results.elementEditing && !quick) {
  const e = results.elementEditing;
  check(`<emotion-curve editable> edit at N=${e.n} within 50 ms`, e.editMs <= 50, `${e.editMs.toFixed(1)} ms`);
  check(
    `<emotion-curve editable> edit at N=${e.n}: no task over 100 ms`,
    e.editLongTaskMs <= 100,
    `${e.editLongTaskMs.toFixed(0)} ms`,
  );
  check(
    `<emotion-curve editable> drag step at N=${e.dragStepN} within 8 ms`,
    e.dragStepMs <= 8,
    `${e.dragStepMs.toFixed(1)} ms`,
  );
}
results.targets = targets;
results.pageErrors = errors;
console.log('\nTargets');
for (const t of targets) console.log(`  ${t.ok ? 'met   ' : 'MISSED'}  ${t.name}: ${t.actual}`);
if (errors.length) console.log(`\nPage errors:\n  ${errors.join('\n  ')}`);
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
const failedRuns = Object.values(results.klantreis).filter((r) => r.failure);
if (failedRuns.length > 0 || errors.length > 0) process.exitCode = 1;
