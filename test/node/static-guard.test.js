// QUALITY.md 1: the banned-API scanner (scripts/lint.js) passes on the real src/ and dist/, and
// catches each banned call planted in a temporary copy (never in src/); comments do not count; the
// bundle's one allowed innerHTML (Lit's template, through its Trusted Types policy) stays the only
// exemption. And the published `klantreis/define` entry still registers the elements after a
// consumer's bundler tree-shakes it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from '../support/browser.js';
import { ensureFreshDist } from '../support/fresh-dist.js';

const LINT = join(ROOT, 'scripts', 'lint.js');
const scratch = mkdtempSync(join(tmpdir(), 'klantreis-static-guard-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A temporary project: `files` maps relative paths to contents; dist/klantreis.min.js exists unless given. */
function project(files) {
  count += 1;
  const dir = join(scratch, `p${count}`);
  const all = { 'dist/klantreis.min.js': '', ...files };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function lint(cwd) {
  const result = spawnSync(process.execPath, [LINT], { cwd, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

// One planted line per rule of the scanner: [rule name as lint.js prints it, line of TypeScript].
const PLANTED = [
  ['unsafeHTML', "import { unsafeHTML } from 'lit/directives/unsafe-html.js';"],
  ['unsafeSVG', 'const drawn = unsafeSVG(journey.title);'],
  ['unsafeCSS', 'const theme = unsafeCSS(persona.color);'],
  ['innerHTML', 'this.shadowRoot!.innerHTML = touchpoint.label;'],
  ['innerHTML', "host['innerHTML'] = touchpoint.label;"],
  ['outerHTML', 'node.outerHTML = touchpoint.description;'],
  ['insertAdjacentHTML', "node.insertAdjacentHTML('beforeend', touchpoint.label);"],
  ['DOMParser', "const doc = new DOMParser().parseFromString(text, 'text/html');"],
  ['createContextualFragment', 'const fragment = document.createRange().createContextualFragment(text);'],
  ['document.write', 'document.write(journey.title);'],
  ['document.write', 'document.writeln(journey.title);'],
  ['eval', 'const value = eval(expression);'],
  ['new Function', "const run = new Function('x', body);"],
  ['d3 .html()', 'select(node).html(journey.title);'],
  ['setAttribute("style")', "node.setAttribute('style', `color: ${persona.color}`);"],
  ['setAttribute("style")', 'node.setAttribute("style", css);'],
  ['window resize listener', "window.addEventListener('resize', this.onResize);"],
];

// Direct evasions of the same bans (CONVENTIONS.md "Never": eval, new Function, CSS text built from
// data, setAttribute('style'); QUALITY.md 3: never a script element) that the scanner must also catch.
const EVASIONS = [
  ['window.eval', 'const value = window.eval(expression);'],
  ['globalThis.eval', 'const value = globalThis.eval(expression);'],
  ['Function without new', "const run = Function('x', body);"],
  ['setTimeout with code text', "setTimeout('refresh()', 1000);"],
  ['setInterval with code text', 'setInterval(`tick()`, 1000);'],
  ['style.cssText from data', 'node.style.cssText = `color: ${persona.color}`;'],
  ['CSSStyleSheet.replaceSync from data', 'sheet.replaceSync(`:host { color: ${persona.color} }`);'],
  ['CSSStyleSheet.insertRule from data', 'sheet.insertRule(`.x { color: ${persona.color} }`);'],
  ['setAttribute(`style`) with a template literal', 'node.setAttribute(`style`, css);'],
  ["createElement('script')", "const script = document.createElement('script');"],
];

describe('the banned-API scanner (scripts/lint.js)', () => {
  test('passes on the real src/ and the built dist/', () => {
    ensureFreshDist();
    assert.ok(existsSync(join(ROOT, 'dist', 'klantreis.min.js')), 'dist/ is built (npm test builds before it tests)');
    const result = lint(ROOT);
    assert.deepEqual(result, { status: 0, out: 'lint: no banned APIs in src/ or dist/\n' });
  });

  for (const [rule, line] of PLANTED) {
    test(`catches ${rule}: ${line}`, () => {
      const dir = project({
        'src/components/planted/planted.ts': `// A planted call.\nexport function planted() {\n  ${line}\n}\n`,
      });
      const result = lint(dir);
      assert.equal(result.status, 1);
      assert.ok(result.out.includes(`src/components/planted/planted.ts:3: ${rule}`), result.out);
    });
  }

  for (const [name, line] of EVASIONS) {
    test(`catches an evasion, ${name}: ${line}`, () => {
      const dir = project({ 'src/components/planted/planted.ts': `export function planted() {\n  ${line}\n}\n` });
      const result = lint(dir);
      assert.equal(result.status, 1, `not caught: ${line}`);
      assert.match(result.out, /src\/components\/planted\/planted\.ts:2: /);
    });
  }

  test('catches a banned call planted in a copy of the real src/, naming file and line', () => {
    const dir = project({});
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    const file = join(dir, 'src', 'shared', 'error-panel.ts');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.push('export const planted = (node: Element, text: string) => node.insertAdjacentHTML("beforeend", text);');
    writeFileSync(file, lines.join('\n'));
    const result = lint(dir);
    assert.equal(result.status, 1);
    assert.ok(result.out.includes(`src/shared/error-panel.ts:${lines.length}: insertAdjacentHTML`), result.out);
    assert.equal(result.out.trim().split('\n').length, 2, `only the planted line is reported: ${result.out}`);
  });

  test('ignores banned names inside comments', () => {
    const dir = project({
      'src/commented.ts':
        '// never use innerHTML or eval(x)\n/* unsafeHTML, new Function(x), document.write(x) */\nexport const ok = 1;\n',
    });
    assert.deepEqual(lint(dir), { status: 0, out: 'lint: no banned APIs in src/ or dist/\n' });
  });

  test('scans dist/: eval in the bundle and innerHTML in an ESM entry are caught', () => {
    const dir = project({
      'dist/klantreis.min.js': '(()=>{eval(x)})();',
      'dist/index.js': 'export const f = (n, t) => { n.innerHTML = t; };',
    });
    const result = lint(dir);
    assert.equal(result.status, 1);
    assert.ok(result.out.includes('dist/klantreis.min.js: eval'), result.out);
    assert.ok(result.out.includes('dist/index.js: innerHTML'), result.out);
  });

  test("allows the bundle's one innerHTML (Lit's template through its Trusted Types policy), nowhere else", () => {
    const dir = project({
      'dist/klantreis.min.js': 'const t=document.createElement("template");t.innerHTML=p.createHTML(s);',
    });
    assert.equal(lint(dir).status, 0);
  });

  test('says so when dist/ is not built', () => {
    const dir = project({ 'dist/klantreis.min.js': null, 'src/ok.ts': 'export const ok = 1;\n' });
    const result = lint(dir);
    assert.equal(result.status, 1);
    assert.match(result.out, /dist\/ is not built/);
  });
});

describe('the published define entry', () => {
  test("import 'klantreis/define' still defines every element after a consumer's bundler tree-shakes it", async () => {
    // A consumer project that depends on klantreis (a symlink to this package, resolved through its
    // "exports" and "sideEffects"), bundled by esbuild the way an app build would.
    const dir = project({ 'entry.js': "import 'klantreis/define';\n" });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(dir, 'node_modules', 'klantreis'), 'dir');
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    for (const tag of ['journey-map', 'emotion-curve', 'touchpoint-card', 'nps-overlay']) {
      assert.match(
        code,
        new RegExp(`customElements\\.define\\(\\s*["']${tag}["']`),
        `<${tag}> is defined in the consumer's bundle`,
      );
    }
  });
});
