/**
 * Stands in for the curve's editor (`./edit.js`) in `klantreis.min.js`: the single file is for
 * pages that show journeys, and carries no editing code (a read-only page pays nothing for it).
 * A curve with `editable` there says so in place instead of editing.
 */
import type { createCurveEditor as CreateCurveEditor } from './edit.js';

export const createCurveEditor: typeof CreateCurveEditor = () => {
  throw new EditorNotIncluded();
};

/** The single file has no editor: embed with `klantreis.loader.js` or the ES modules to edit. */
export class EditorNotIncluded extends Error {
  constructor() {
    super('klantreis.min.js does not include the editor');
    this.name = 'EditorNotIncluded';
  }
}
