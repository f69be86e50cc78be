// The build's minifier of Lit's templates (scripts/templates.js): in css`` runs of whitespace and
// comments go (a space after a colon stays: `.a :hover` is not `.a:hover`); in html`` and svg`` a
// line break and its indentation become one space; interpolations and templates nested in them are
// kept (and minified); nothing else moves.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyTemplates } from '../../scripts/templates.js';

describe('minifyTemplates', () => {
  test('collapses whitespace and drops comments and the last semicolon of a block', () => {
    const source = 'const s = css`\n  /* a note */\n  .a  .b {\n    color: red;\n    margin: 0 ;\n  }\n`;';
    assert.equal(minifyTemplates(source), 'const s = css`.a .b{color: red;margin: 0}`;');
  });

  test('keeps interpolations, with one space where there was space between them', () => {
    const source = 'css`\n  .a {\n    padding: ${x} ${y};\n    border: 1px solid ${z};\n  }\n`';
    assert.equal(minifyTemplates(source), 'css`.a{padding: ${x} ${y};border: 1px solid ${z}}`');
  });

  test('minifies a css`` template nested in an interpolation, and everything after it', () => {
    const source =
      'css`\n  .a {\n    background: ${tint(css`var(--phase-hue)`, 12)};\n  }\n  /* later */\n  .b {\n    color: ${c};\n  }\n`';
    assert.equal(minifyTemplates(source), 'css`.a{background: ${tint(css`var(--phase-hue)`, 12)}}.b{color: ${c}}`');
  });

  test('skips strings and braces inside interpolations, and leaves other templates and code alone', () => {
    const source =
      "const t = html`<p>  a  </p>`; const s = css`.a { content: ${'}'}; x: ${f({ a: `b ${c}` })}; }`; const u = mycss`  x  `;";
    assert.equal(
      minifyTemplates(source),
      "const t = html`<p>  a  </p>`; const s = css`.a{content: ${'}'};x: ${f({ a: `b ${c}` })}}`; const u = mycss`  x  `;",
    );
  });

  test('html`` and svg``: a line break with its indentation becomes one space, other spaces stay', () => {
    const source =
      'html`<p class="a\n    b">\n      ${label}\n      <span>x</span> <b>y</b>\n    </p>`; svg`<g>\n  <path d=${d}></path>\n</g>`';
    assert.equal(
      minifyTemplates(source),
      'html`<p class="a b"> ${label} <span>x</span> <b>y</b> </p>`; svg`<g> <path d=${d}></path> </g>`',
    );
  });

  test('html`` nested in an expression of html``, and css`` in html``, are minified too', () => {
    const source = 'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`';
    assert.equal(minifyTemplates(source), 'html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`');
  });

  test('a template that never ends is an error, not a silent half-minified file', () => {
    assert.throws(() => minifyTemplates('css`.a { color: red;'), /unterminated/);
  });
});
