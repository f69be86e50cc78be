/**
 * A touchpoint given on its own (a card's `touchpoint` property): validated in the context of its
 * journey when there is one, else on its own, with every issue's path rewritten to start at
 * `touchpoint`. Never throws.
 */
import { isWellKnownChannel } from './channels.js';
import type { FailureCode, JourneyIssue } from './issues.js';
import { parseJourney } from './parse.js';
import { snapshot } from './snapshot.js';
import type { Journey, Touchpoint } from './types.js';

/** Why a touchpoint cannot be shown: a failure code, the issues with their paths, a summary sentence. */
export interface TouchpointFailure {
  code: FailureCode;
  issues: JourneyIssue[];
  message: string;
}

const WRAPPED = 'touchpoints[0]';

/** Issues about the wrapped touchpoint, with their paths rewritten from `touchpoints[0]…` to `touchpoint…`. */
function touchpointIssues(issues: readonly JourneyIssue[]): JourneyIssue[] {
  const out: JourneyIssue[] = [];
  for (const issue of issues) {
    if (issue.path === '' || issue.path === WRAPPED) out.push({ ...issue, path: 'touchpoint' });
    else if (issue.path.startsWith(`${WRAPPED}.`) || issue.path.startsWith(`${WRAPPED}[`)) {
      out.push({ ...issue, path: `touchpoint${issue.path.slice(WRAPPED.length)}` });
    }
  }
  return out;
}

export function invalidTouchpoint(code: FailureCode, issues: JourneyIssue[]): TouchpointFailure {
  const list =
    issues.length > 0
      ? issues
      : [{ path: 'touchpoint', code: 'invalid_value' as const, message: 'is not a valid touchpoint' }];
  const first = list[0]!;
  return {
    code,
    issues: list,
    message: `The touchpoint is not valid: ${list.length === 1 ? '' : `${list.length} problems, the first: `}${first.path}: ${first.message}.`,
  };
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ids a touchpoint refers to, read from a plain copy whose shape is already valid, so a
 * stand-in journey can give each one an entry (named by its id) to resolve against.
 */
function referencedIds(touchpoint: Record<string, unknown>): {
  phase: string;
  channels: string[];
  personas: string[];
  sources: string[];
} {
  const personas = new Set<string>();
  const sources = new Set<string>();
  const note = (item: unknown) => {
    if (!isObject(item)) return;
    if (typeof item.persona === 'string') personas.add(item.persona);
    if (typeof item.source === 'string') sources.add(item.source);
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  for (const field of ['emotions', 'quotes', 'metrics', 'nps']) list(touchpoint[field]).forEach(note);
  const channel =
    typeof touchpoint.channel === 'string' && !isWellKnownChannel(touchpoint.channel) ? [touchpoint.channel] : [];
  return { phase: String(touchpoint.phase), channels: channel, personas: [...personas], sources: [...sources] };
}

/**
 * Validates a touchpoint given as an object, in the context of the journey when there is one (so
 * its phase, personas, channel and sources must exist there), else on its own: its references then
 * resolve to stand-ins named by their ids. Never throws.
 */
export function validateTouchpoint(
  input: unknown,
  context: Journey | undefined,
): { ok: true; journey: Journey; touchpoint: Touchpoint } | { ok: false; failure: TouchpointFailure } {
  const wrap = (around: Record<string, unknown>) => parseJourney({ ...around, touchpoints: [input] });
  if (context) {
    const around: Record<string, unknown> = {
      version: 1,
      id: context.id,
      title: context.title,
      phases: context.phases,
    };
    if (context.locale !== undefined) around.locale = context.locale;
    if (context.personas !== undefined) around.personas = context.personas;
    if (context.channels !== undefined) around.channels = context.channels;
    if (context.sources !== undefined) around.sources = context.sources;
    const result = wrap(around);
    if (!result.ok) return { ok: false, failure: invalidTouchpoint(result.code, touchpointIssues(result.issues)) };
    return { ok: true, journey: result.journey, touchpoint: result.journey.touchpoints[0]! };
  }
  const shape = wrap({ version: 1, id: 'touchpoint', title: 'touchpoint', phases: [{ id: 'phase', label: 'phase' }] });
  if (shape.ok) return { ok: true, journey: shape.journey, touchpoint: shape.journey.touchpoints[0]! };
  const problems = touchpointIssues(shape.issues).filter((issue) => issue.code !== 'unknown_reference');
  if (problems.length > 0) return { ok: false, failure: invalidTouchpoint(shape.code, problems) };
  // The shape is valid, so a plain copy of it can be read safely for the ids it refers to.
  const copy = snapshot(input).value;
  if (!isObject(copy)) return { ok: false, failure: invalidTouchpoint('VALIDATION', []) };
  const ids = referencedIds(copy);
  const standIn = parseJourney({
    version: 1,
    id: 'touchpoint',
    title: 'touchpoint',
    phases: [{ id: ids.phase, label: ids.phase }],
    personas: ids.personas.map((id) => ({ id, name: id })),
    channels: ids.channels.map((id) => ({ id, label: id })),
    sources: ids.sources.map((id) => ({ id, kind: 'other', label: id })),
    touchpoints: [copy],
  });
  if (!standIn.ok) return { ok: false, failure: invalidTouchpoint(standIn.code, touchpointIssues(standIn.issues)) };
  return { ok: true, journey: standIn.journey, touchpoint: standIn.journey.touchpoints[0]! };
}
