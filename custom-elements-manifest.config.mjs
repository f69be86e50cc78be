// `npm run analyze`: custom-elements.json from the JSDoc of each element class. Storybook's
// controls and API tables and editors' autocompletion read it; it is generated, never edited.

/**
 * Keeps the manifest to the public promise: the analyzer also lists private (`#x`, `private`)
 * and protected members, Lit's `static styles`, and an extra event for every
 * `dispatchEvent(new SomeEvent(…))` it sees (nameless, or named after the constructor's first
 * argument) next to the `@fires` tag that documents it: only documented events are kept.
 */
function publicApiOnly() {
  return {
    name: 'klantreis:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.members = (declaration.members ?? []).filter(
            (member) => !member.privacy && !member.name.startsWith('#') && !(member.static && member.name === 'styles'),
          );
          declaration.events = (declaration.events ?? []).filter(
            (event) => Boolean(event.name) && Boolean(event.description),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
