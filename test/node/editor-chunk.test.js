// The editor's chunk on real pages (the loader build, real HTTP, the strict CSP): a read-only page
// downloads no editor code at all; an element with `editable` imports the editor's chunk itself and
// edits under the strict policy with no console error.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { elementHtml, pageHtml, startDistSite } from '../../scripts/dist-site.js';
import { ROOT, launch, openPage, waitInPage } from '../support/browser.js';
import { STRICT_CSP } from '../support/site.js';

const it = (name, fn) => test(name, { timeout: 60_000 }, fn);

const JOURNEY = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/health-claim-en.json'), 'utf8'));
const HARNESS = readFileSync(join(ROOT, 'test/support/csp-harness.js'), 'utf8');
const HEAD = '<script src="/harness.js"></script><script type="module" src="/klantreis.loader.js"></script>';
const CHUNKS = join(ROOT, 'dist/klantreis');

let site;
let browser;

before(async () => {
  if (!existsSync(join(ROOT, 'dist/klantreis.loader.js'))) {
    throw new Error('dist/klantreis.loader.js is missing: run "node scripts/build.js" first');
  }
  site = await startDistSite();
  site.serve('/harness.js', HARNESS);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(html) {
  const session = await openPage(browser);
  const fetched = [];
  session.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await session.page.goto(site.page(html, { csp: STRICT_CSP }));
  return { ...session, fetched };
}

const chunkFiles = (fetched) => fetched.filter((path) => path.startsWith('/klantreis/')).map((p) => p.slice(11));

/** Code only the editor has: the edit events' names and the edit session's words. */
const EDITOR_MARKERS = ['journey-change', 'journey-input', 'Load theirs'];

describe('the editor chunk', () => {
  it('the editor is a chunk of its own, and no other chunk holds editor code', () => {
    const files = readdirSync(CHUNKS).filter((name) => name.endsWith('.js'));
    assert.ok(files.includes('emotion-curve-editor.js'), files.join(', '));
    const editor = readFileSync(join(CHUNKS, 'emotion-curve-editor.js'), 'utf8');
    for (const marker of EDITOR_MARKERS) assert.ok(editor.includes(marker), `the editor chunk has ${marker}`);
    for (const file of files.filter((name) => name !== 'emotion-curve-editor.js')) {
      const code = readFileSync(join(CHUNKS, file), 'utf8');
      for (const marker of EDITOR_MARKERS)
        assert.ok(!code.includes(marker), `${file} holds no editor code (${marker})`);
    }
  });

  it('a read-only <emotion-curve> and <journey-map> page downloads no editor code', async () => {
    const body = elementHtml('emotion-curve', JOURNEY) + elementHtml('journey-map', JOURNEY);
    const { page, fetched, context, problems } = await open(pageHtml({ head: HEAD, body }));
    assert.equal(
      await waitInPage(page, () => (document.querySelector('emotion-curve')?.shadowRoot?.textContent ?? '').length > 0),
      true,
    );
    await page.waitForLoadState('networkidle');
    const chunks = chunkFiles(fetched);
    assert.ok(chunks.includes('emotion-curve.js'), chunks.join(', '));
    assert.ok(!chunks.includes('emotion-curve-editor.js'), `no editor chunk: ${chunks.join(', ')}`);
    for (const file of chunks.filter((c) => c.endsWith('.js'))) {
      const code = readFileSync(join(CHUNKS, file), 'utf8');
      for (const marker of EDITOR_MARKERS) assert.ok(!code.includes(marker), `${file} holds no editor code`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('<emotion-curve editable> imports the editor chunk and edits under the strict policy', async () => {
    const body = elementHtml('emotion-curve', JOURNEY, { editable: '', lang: 'en' });
    const { page, fetched, context, problems } = await open(pageHtml({ head: HEAD, body }));
    assert.equal(
      await waitInPage(page, () =>
        document
          .querySelector('emotion-curve')
          ?.shadowRoot?.adoptedStyleSheets.some((sheet) =>
            [...sheet.cssRules].some((rule) => rule.cssText.includes('.edit-slider')),
          ),
      ),
      true,
    );
    assert.ok(chunkFiles(fetched).includes('emotion-curve-editor.js'));
    await page.evaluate(() => {
      const curve = document.querySelector('emotion-curve');
      window.__changes = [];
      curve.addEventListener('journey-change', (e) => window.__changes.push(e.detail.label));
      curve.shadowRoot.querySelector('.point[tabindex="0"]').focus();
    });
    await page.keyboard.press('F2');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    assert.equal(await waitInPage(page, () => window.__changes.length === 1), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
  it('the single file carries no editor: <emotion-curve editable> says so in place and stays readable', async () => {
    const single = readFileSync(join(ROOT, 'dist/klantreis.min.js'), 'utf8');
    for (const marker of EDITOR_MARKERS) assert.ok(!single.includes(marker), `klantreis.min.js holds no ${marker}`);
    const body = elementHtml('emotion-curve', JOURNEY, { editable: '', lang: 'en' });
    const head = '<script src="/harness.js"></script><script src="/klantreis.min.js"></script>';
    const { page, context, problems } = await open(pageHtml({ head, body }));
    assert.equal(
      await waitInPage(
        page,
        () => !!document.querySelector('emotion-curve')?.shadowRoot?.querySelector('[role="alert"]'),
      ),
      true,
    );
    const said = await page.evaluate(
      () => document.querySelector('emotion-curve').shadowRoot.querySelector('[role="alert"]').textContent,
    );
    assert.match(said, /klantreis\.min\.js/);
    assert.match(said, /klantreis\.loader\.js/);
    // The curve itself is drawn: its points are there.
    assert.ok(
      await page.evaluate(
        () => document.querySelector('emotion-curve').shadowRoot.querySelectorAll('.point').length > 0,
      ),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});
