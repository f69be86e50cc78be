// `npm run bench` (cold pages): what a user waits for on a first visit. Navigation start → the first
// element drawn (its `journey-load`, then a frame), in a new browser context each run (empty cache,
// new connections), served over HTTP from dist/. Pages: one <nps-overlay>, and one <journey-map>, of
// the same N = 50 journey, each with the loader and with the single file; and Mermaid's own ESM
// build drawing the same journey as a Mermaid `journey` diagram. Prints medians, min–max and the
// ratios; writes bench/cold-results.json.
//   node bench/cold.js            full run (15 runs per page)
//   node bench/cold.js --quick    CI mode: 2 runs per page, no goals checked
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.js';
import { elementHtml, escapeHtml, pageHtml, startDistSite } from '../scripts/dist-site.js';
import { generateJourney, toMermaid } from './generate.js';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 2 : 15;
const N = 50;
const journey = generateJourney(N);

// Classic script, first in <head>: the moment the first journey-load reaches the document, plus a frame.
const PROBE = `<script src="/probe.js"></script>`;
const PROBE_JS = `document.addEventListener('journey-load', () => requestAnimationFrame(() => {
  window.__drawn ??= performance.now();
}), { once: true });`;
const MERMAID_JS = `import mermaid from '/mermaid/mermaid.esm.min.mjs';
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 250000 });
await mermaid.run({ nodes: [document.querySelector('pre.mermaid')] });
requestAnimationFrame(() => { window.__drawn = performance.now(); });`;

const LOADER = '<script type="module" src="/klantreis.loader.js"></script>';
const SINGLE = '<script src="/klantreis.min.js"></script>';
const PAGES = [
  { name: 'one <nps-overlay>, loader', head: PROBE + LOADER, body: elementHtml('nps-overlay', journey) },
  { name: 'one <nps-overlay>, single file', head: PROBE + SINGLE, body: elementHtml('nps-overlay', journey) },
  { name: `<journey-map> N=${N}, loader`, head: PROBE + LOADER, body: elementHtml('journey-map', journey) },
  { name: `<journey-map> N=${N}, single file`, head: PROBE + SINGLE, body: elementHtml('journey-map', journey) },
  {
    name: `Mermaid journey N=${N}, ESM build`,
    head: '<script type="module" src="/mermaid-page.js"></script>',
    body: `<pre class="mermaid">${escapeHtml(toMermaid(journey))}</pre>`,
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const site = await startDistSite();
site.serve('/probe.js', PROBE_JS);
site.serve('/mermaid-page.js', MERMAID_JS);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
const results = { date: new Date().toISOString(), quick, n: N, runs: RUNS, machine: {}, pages: {} };
results.machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  browser: browser.version(),
  node: process.version,
};
let failures = 0;
try {
  const urls = PAGES.map((spec) => ({ ...spec, url: site.page(pageHtml(spec)) }));
  const samples = Object.fromEntries(PAGES.map((spec) => [spec.name, []]));
  // Pages take turns run by run, so a slow moment of the machine falls on all of them alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const spec of urls) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(spec.url);
        await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 60_000 });
        if (errors.length > 0) throw new Error(errors.join('; '));
        samples[spec.name].push(await page.evaluate(() => window.__drawn));
      } catch (error) {
        failures += 1;
        console.error(`${spec.name}: ${String(error.message ?? error).split('\n')[0]}`);
      }
      await context.close();
    }
  }
  for (const [name, xs] of Object.entries(samples)) {
    results.pages[name] = xs.length
      ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length }
      : null;
  }
} finally {
  await browser.close();
  await site.close();
}

const ms = (s) => (s ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : 'failed');
console.log(`cold page, navigation start → first element drawn; median (min–max) of ${RUNS} runs, a new context each`);
for (const [name, s] of Object.entries(results.pages)) console.log(`  ${name.padEnd(34)} ${ms(s)}`);
const at = (name) => results.pages[name]?.median;
const ratio = (a, b) => (at(a) && at(b) ? at(a) / at(b) : null);
const mermaid = `Mermaid journey N=${N}, ESM build`;
results.ratios = {
  'Mermaid / map (loader)': ratio(mermaid, `<journey-map> N=${N}, loader`),
  'Mermaid / overlay (loader)': ratio(mermaid, 'one <nps-overlay>, loader'),
  'single file / loader (overlay)': ratio('one <nps-overlay>, single file', 'one <nps-overlay>, loader'),
  'single file / loader (map)': ratio(`<journey-map> N=${N}, single file`, `<journey-map> N=${N}, loader`),
};
for (const [name, value] of Object.entries(results.ratios)) {
  console.log(`  ${name.padEnd(34)} ${value === null ? '—' : `${value.toFixed(2)}×`}`);
}
writeFileSync(new URL('./cold-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
if (!quick) {
  const goals = [
    ['the map page ≥ 10× faster than Mermaid', (results.ratios['Mermaid / map (loader)'] ?? 0) >= 10],
    [
      'the loader page faster than the single file (overlay)',
      (results.ratios['single file / loader (overlay)'] ?? 0) > 1,
    ],
  ];
  for (const [goal, met] of goals) console.log(`goal: ${goal} — ${met ? 'met' : 'MISSED'}`);
}
if (failures > 0) process.exitCode = 1;
