import type { JourneyIssue } from './issues.js';
import type { Journey } from './types.js';

/** Converts a Mermaid `journey` diagram into a journey model. (Being written; see issue 2.) */
export function fromMermaid(_text: string): { ok: true; journey: Journey } | { ok: false; issues: JourneyIssue[] } {
  return { ok: false, issues: [{ path: 'line 1', code: 'invalid_value', message: 'not implemented yet' }] };
}
