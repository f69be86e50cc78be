// The banned-API rule (CONVENTIONS.md "Never", QUALITY.md 1): scans src/ (comments stripped)
// and the built dist/ for every API that could turn data into markup, code or CSS.
// A plain scanner rather than ESLint: typescript-eslint needs the TypeScript 6 API, which
// TypeScript 7 no longer has (TOOLCHAIN.md pitfall 2).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BANNED = [
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['unsafeCSS', /\bunsafeCSS\b/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['eval', /(?<![\w$])eval\s*\(/],
  ['window.eval / globalThis.eval', /\b(?:window|globalThis|self)\s*\.\s*eval\b/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function() without new', /(?<![\w$.])Function\s*\(/],
  ['setTimeout/setInterval with code text', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['style.cssText', /\bstyle\s*\.\s*cssText\s*=/],
  ['CSS text into a style sheet (replace/replaceSync/insertRule)', /\.(?:replaceSync|replace|insertRule)\s*\(\s*`/],
  ["createElement('script')", /createElement(?:NS)?\s*\([^)]*['"`]script['"`]/],
  ['d3 .html()', /\.html\s*\(/],
  ['setAttribute("style")', /setAttribute\(\s*['"`]style['"`]/],
  ['window resize listener', /addEventListener\(\s*['"]resize['"]/],
  // Lit's styleMap writes a style attribute on first render, which a strict style-src blocks:
  // use the shared styleProperties directive (CSSOM setProperty) instead.
  ['styleMap (use styleProperties)', /\bstyleMap\s*\(/],
];
// The bundled file (and the loader's core chunk, dist/klantreis/core-*.js) also holds Lit itself: lit-html fills its <template> elements through a
// Trusted Types policy (`trusted-types lit-html`), and reactive-element defines `unsafeCSS`
// for adopting style sheets. Our own code is held to every rule by the src/ scan above.
const BUNDLE_ALLOWED = new Set(['innerHTML', 'unsafeCSS', 'd3 .html()']);
// The PowerPoint deck (dist/klantreis.pptx.js, the loader's pptxgen.es-*.js chunk; fetched only by
// exportPptx()) holds JSZip's bundled setImmediate polyfill: `new Function` only for a string
// callback (JSZip passes functions) and a <script> element only where neither postMessage nor
// MessageChannel exists, i.e. in no supported browser. Nothing from the journey reaches either.
const DECK_ALLOWED = new Set(['new Function', 'Function() without new', "createElement('script')"]);
const isDeck = (file) =>
  /dist\/klantreis\.pptx\.js$/.test(file) || /dist\/klantreis\/pptxgen\.es-[\w-]+\.js$/.test(file);

function files(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.some((e) => path.endsWith(e)) ? [path] : [];
  });
}

/** Blanks comments but keeps their line breaks, so reported line numbers stay right. */
function stripComments(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

const problems = [];
for (const file of files('src', ['.ts'])) {
  const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    for (const [name, pattern] of BANNED) if (pattern.test(line)) problems.push(`${file}:${i + 1}: ${name}`);
  });
}
for (const file of files('dist', ['.js']).filter((f) => !f.includes('/types/'))) {
  const text = readFileSync(file, 'utf8');
  const bundled = file.endsWith('klantreis.min.js') || /dist\/klantreis\/core-[\w-]+\.js$/.test(file);
  for (const [name, pattern] of BANNED) {
    if (bundled && BUNDLE_ALLOWED.has(name)) continue;
    if (isDeck(file) && DECK_ALLOWED.has(name)) continue;
    if (pattern.test(stripComments(text))) problems.push(`${file}: ${name}`);
  }
}
if (!existsSync('dist/klantreis.min.js')) problems.push('dist/ is not built: run "npm run build" first');

if (problems.length > 0) {
  console.error(`Banned APIs (see CONVENTIONS.md, "Never"):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('lint: no banned APIs in src/ or dist/');
