import type { CatalogueLanguage } from '../../shared/i18n/index.js';

/**
 * Why `editable` cannot edit here, in the curve's language: the single file carries no editor,
 * or the editor's chunk did not load. Kept out of the catalogues: only an editable curve says it.
 */
export function editorProblem(lang: CatalogueLanguage, error: unknown): string {
  const single = error instanceof Error && error.name === 'EditorNotIncluded';
  if (lang === 'nl') {
    return single
      ? 'Bewerken zit niet in klantreis.min.js: gebruik klantreis.loader.js of de ES-modules om deze klantreis te bewerken.'
      : `De editor kon niet worden geladen (${reason(error)}); de curve blijft zoals hij is.`;
  }
  return single
    ? 'Editing is not part of klantreis.min.js: embed with klantreis.loader.js or the ES modules to edit this journey.'
    : `The editor could not be loaded (${reason(error)}); the curve stays as it is.`;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
