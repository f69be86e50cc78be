/** What a parse reports: every problem with its JSON path and a plain sentence. */

/** Codes of single issues. */
export const ISSUE_CODES = [
  'invalid_json',
  'too_large',
  'too_deep',
  'too_many',
  'too_long',
  'cycle',
  'unreadable',
  'not_data',
  'forbidden_key',
  'unknown_key',
  'missing',
  'invalid_type',
  'invalid_value',
  'invalid_id',
  'invalid_url',
  'invalid_colour',
  'unsupported_version',
  'duplicate_id',
  'unknown_reference',
  'truncated',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem in a journey document. */
export interface JourneyIssue {
  /** JSON path of the value, e.g. `touchpoints[3].phase`; empty for the document itself. */
  path: string;
  /** Machine-readable kind of problem. */
  code: IssueCode;
  /** The problem in plain words, e.g. `unknown phase "buy"`. */
  message: string;
}

/** Codes of a whole failed load, as carried by the `journey-error` event. */
export const FAILURE_CODES = ['PARSE', 'VALIDATION', 'FETCH', 'SRC_REJECTED', 'LIMIT', 'RENDER'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments as `touchpoints[3].emotions[0].persona`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The failure code of a list of issues: LIMIT and PARSE win over VALIDATION. */
export function failureCodeOf(issues: readonly JourneyIssue[]): FailureCode {
  if (issues.some((i) => i.code === 'invalid_json')) return 'PARSE';
  if (issues.some((i) => i.code === 'too_large' || i.code === 'too_deep' || i.code === 'too_many')) return 'LIMIT';
  return 'VALIDATION';
}
