// Renders docs/journey-map.png for the README with the map's own export (`toPNG()`), from
// the mortgage example, in headless Chromium. Run after `npm run build`.
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
  const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const base64 = await tab.evaluate(async () => {
    const map = document.getElementById('map');
    const loaded = new Promise((resolve) => map.addEventListener('journey-load', resolve, { once: true }));
    map.setAttribute('src', '/j.json');
    await loaded;
    await map.updateComplete;
    const blob = await map.toPNG({ scale: 1 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  });
  writeFileSync('docs/journey-map.png', Buffer.from(base64, 'base64'));
  console.log('wrote docs/journey-map.png');
} finally {
  await browser.close();
  server.close();
}
