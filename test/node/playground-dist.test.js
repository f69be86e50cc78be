// The playground's code editor (CodeMirror 6 and its JSON Schema extension) is Storybook only:
// nothing under src/ imports it or the stories, and no file of the built dist/ contains it.
// Needs the built dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const EDITOR = /@codemirror\/|["']codemirror["']|codemirror-json-schema|json-schema-library|\bcm-editor\b/;

/** Every file under `dir`, with its path. */
function* filesOf(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesOf(path);
    else yield path;
  }
}

describe('the playground editor stays in Storybook', () => {
  it('no source file of the package imports CodeMirror or the stories', () => {
    const offenders = [...filesOf(join(root, 'src'))].filter((file) => {
      const text = readFileSync(file, 'utf8');
      return EDITOR.test(text) || /from ['"][./]*stories\//.test(text);
    });
    assert.deepEqual(offenders, []);
  });

  it('no file of dist/ contains CodeMirror', () => {
    assert.ok(existsSync(join(root, 'dist', 'klantreis.min.js')), 'dist/ is missing: run "npm run build" first');
    const files = [...filesOf(join(root, 'dist'))].filter((file) => /\.(js|mjs|json|d\.ts)$/.test(file));
    assert.ok(files.length > 10, `dist/ has only ${files.length} files`);
    const offenders = files.filter((file) => EDITOR.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
