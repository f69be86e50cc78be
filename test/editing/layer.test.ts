/**
 * The editing layer stays a layer (CONVENTIONS.md "One-way layers"): its modules import only each
 * other, the model and the message catalogues — never lit, components or shared controllers —
 * and touch no DOM. Reads each module's source as the test server serves it.
 */
import { expect } from '@open-wc/testing';

const MODULES = [
  'apply',
  'commands',
  'draft-store',
  'history',
  'ids',
  'index',
  'messages.en',
  'messages.nl',
  'patch',
  'validate',
  'words',
];
// The test server serves the modules compiled, with `.js` specifiers resolved to the `.ts` files.
const ALLOWED = [/^\.\/[a-z.-]+\.[jt]s$/, /^\.\.\/model\/[a-z-]+\.[jt]s$/, /^\.\.\/shared\/i18n\/[a-z.-]+\.[jt]s$/];
const DOM = /\b(?:document|window|HTMLElement|customElements|ShadowRoot|navigator)\b/;

async function source(name: string): Promise<string> {
  const response = await fetch(`/src/editing/${name}.ts`, { headers: { accept: 'text/plain' } });
  expect(response.ok, name).to.equal(true);
  return response.text();
}

describe('src/editing is a layer without DOM', () => {
  for (const name of MODULES) {
    it(`${name}.ts imports only the model, the catalogues and its own modules, and no DOM`, async () => {
      const text = await source(name);
      const specifiers = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);
      expect(text, 'not the module: no export found').to.match(/\bexport\b/);
      for (const specifier of specifiers) {
        expect(
          ALLOWED.some((rule) => rule.test(specifier)),
          `${name}.ts imports ${specifier}`,
        ).to.equal(true);
      }
      // Without comments and string literals: "the whole document" in a message is no DOM.
      const code = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      expect(DOM.test(code), `${name}.ts names a DOM global`).to.equal(false);
    });
  }
});
