// Lit's tagged templates, minified at build time (scripts/build.js): the CSS of css`` templates,
// and the line breaks and indentation of html`` and svg`` templates.

/** What each tag's text parts become; the first and last part of a template are trimmed too for CSS. */
const TRANSFORMS = {
  // Comments, runs of whitespace, spaces around braces and semicolons; a space after a colon
  // stays (`.a :hover` is not `.a:hover`).
  css: (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/;}/g, '}'),
  // A run of whitespace holding a line break becomes one space: HTML collapses it to one space
  // anyway (no element here keeps white space: no pre, no pre-wrap), so nothing shown changes,
  // while the source keeps its indentation.
  html: (text) => text.replace(/[ \t]*\n\s*/g, ' '),
};
TRANSFORMS.svg = TRANSFORMS.html;

const TAG = /(?<![\w$])(css|html|svg)`/g;

/**
 * Minifies Lit's css``, html`` and svg`` templates in `code` (see TRANSFORMS). Interpolations
 * (${…}) are kept, and templates nested inside them (`${tint(css`var(--hue)`, 12)}`, a list of
 * html`` rows) are minified too; a space beside an interpolation stays one space, so `${a} ${b}`
 * keeps its separator. Nothing outside these templates is touched.
 */
export function minifyTemplates(code) {
  let out = '';
  let at = 0;
  for (;;) {
    TAG.lastIndex = at;
    const match = TAG.exec(code);
    if (!match) return out + code.slice(at);
    const tag = match[1];
    const bodyStart = match.index + match[0].length;
    const { texts, expressions, end } = readTemplate(code, bodyStart);
    const last = texts.length - 1;
    out += code.slice(at, bodyStart);
    texts.forEach((text, i) => {
      let min = TRANSFORMS[tag](text);
      if (tag === 'css' && i === 0) min = min.trimStart();
      if (tag === 'css' && i === last) min = min.trimEnd();
      out += min + (i < last ? `\${${minifyTemplates(expressions[i])}}` : '');
    });
    out += '`';
    at = end;
  }
}

/** The text parts and interpolations of the template literal whose body starts at `at`, and the index after its closing backtick. */
function readTemplate(code, at) {
  const texts = [];
  const expressions = [];
  let text = '';
  let i = at;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      texts.push(text);
      return { texts, expressions, end: i + 1 };
    } else if (ch === '$' && code[i + 1] === '{') {
      texts.push(text);
      text = '';
      const { expression, end } = readExpression(code, i + 2);
      expressions.push(expression);
      i = end;
    } else {
      text += ch;
      i += 1;
    }
  }
  throw new Error(`minifyCssTemplates: unterminated template literal at ${at}`);
}

/** The source of the interpolation whose body starts at `at` (nested templates and strings skipped whole), and the index after its `}`. */
function readExpression(code, at) {
  let depth = 1;
  let i = at;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '`') {
      i = readTemplate(code, i + 1).end;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i += 1;
      while (i < code.length && code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
    } else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return { expression: code.slice(at, i), end: i + 1 };
    }
    i += 1;
  }
  throw new Error(`minifyCssTemplates: unterminated interpolation at ${at}`);
}
