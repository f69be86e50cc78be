// Renders the README's pictures with the map's own export (`toPNG()`), from the mortgage
// example, in headless Chromium: docs/journey-map.png (the grid's poster) and
// docs/journey-wheel.png (`view="wheel"`, the wheel as drawn). Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './browser.js';

const script = readFileSync('dist/klantreis.min.js');
const journey = readFileSync('test/fixtures/mortgage-nl.json', 'utf8');
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script src="/k.js"></script></head>
<body style="margin:0;width:1600px"><journey-map id="map"></journey-map></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/k.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else if (req.url === '/j.json') res.writeHead(200, { 'content-type': 'application/json' }).end(journey);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
});
try {
  for (const [view, file] of [
    ['grid', 'docs/journey-map.png'],
    ['wheel', 'docs/journey-wheel.png'],
  ]) {
    const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const base64 = await tab.evaluate(async (shown) => {
      const map = document.getElementById('map');
      map.setAttribute('view', shown);
      const loaded = new Promise((resolve) => map.addEventListener('journey-load', resolve, { once: true }));
      map.setAttribute('src', '/j.json');
      await loaded;
      await map.updateComplete;
      const blob = await map.toPNG({ scale: 1 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    }, view);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    console.log(`wrote ${file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
