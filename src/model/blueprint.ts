/**
 * The service blueprint behind the touchpoints (JOURNEY-MODEL.md "Owner", "Process",
 * "Action"): who owns the organisation's processes, the processes behind each touchpoint in
 * their blueprint layer, and the improvement actions with the change each should bring.
 *
 * Its own small helpers (not schema.ts's) keep this file free of an import cycle.
 */
import * as z from 'zod/mini';
import { parseDuration } from './duration.js';
import { LIMITS } from './limits.js';
import { linkProblem } from './url.js';

/** What kind of organisation unit owns processes. */
export const OWNER_KINDS = ['team', 'department', 'partner'] as const;
/**
 * Service-blueprint layers under the customer's actions (Bitner, Ostrom & Morgan 2008). The
 * line of interaction falls above frontstage, the line of visibility between frontstage and
 * backstage, the line of internal interaction between backstage and support.
 */
export const PROCESS_LAYERS = ['frontstage', 'backstage', 'support'] as const;
/** Where an improvement action stands. */
export const ACTION_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;
/** What an action's expected change is measured in. */
export const EXPECT_MEASURES = ['emotion', 'nps', 'metric'] as const;

const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
const d = (text: string) => z.describe(text);
const id = (text: string) =>
  z.string().check(z.minLength(1), z.maxLength(LIMITS.maxIdLength), z.regex(ID_PATTERN), d(text));
const shortText = (text: string) => z.string().check(z.maxLength(LIMITS.maxShortText), d(text));
const requiredText = (text: string) => z.string().check(z.minLength(1), z.maxLength(LIMITS.maxShortText), d(text));
const longText = (text: string) => z.string().check(z.maxLength(LIMITS.maxLongText), d(text));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  // The platform rolls 2026-02-30 over to March 2: a real date reads back as itself.
  const date = new Date(`${text}T00:00:00Z`);
  return ISO_DATE.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const isoDate = (text: string) =>
  z
    .string()
    .check(z.refine(isIsoDate, { message: 'not a date: use YYYY-MM-DD, e.g. "2026-05-14"', abort: true }), d(text));

const href = z.string().check(
  z.maxLength(2048),
  z.superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value, params: { kind: 'url' } });
  }),
  d('The backlog item: http:, https:, mailto: or a relative link.'),
);

export const OwnerSchema = z
  .strictObject({
    id: id('Id of the owner, referenced by processes and actions.'),
    name: requiredText('Name of the owner.'),
    kind: z.optional(z.enum(OWNER_KINDS).check(d('team, department or partner.'))),
    contact: z.optional(shortText('How to reach the owner.')),
  })
  .check(d('A team, department or partner behind the processes.'));

export const ProcessSchema = z
  .strictObject({
    id: id('Id of the process within its touchpoint.'),
    label: requiredText('Name of the process.'),
    layer: z
      .enum(PROCESS_LAYERS)
      .check(
        d(
          'Blueprint layer: frontstage (staff or systems the customer sees), backstage (invisible to the customer) or support (internal support processes).',
        ),
      ),
    owner: z.optional(id('Its owner (an owner id).')),
    system: z.optional(shortText('The system it runs on.')),
    duration: z.optional(
      z.string().check(
        z.maxLength(80),
        z.refine((text) => parseDuration(text) !== null, {
          message: 'not an ISO 8601 duration such as "PT15M", "P3D" or "P1Y2M"',
          abort: true,
        }),
        d('How long it takes (ISO 8601 duration).'),
      ),
    ),
    note: z.optional(longText('A note.')),
    source: z.optional(id('Its source.')),
  })
  .check(d('A process behind a touchpoint (service blueprint).'));

export const ExpectSchema = z
  .strictObject({
    measure: z.enum(EXPECT_MEASURES).check(d('emotion, nps or metric.')),
    metric: z.optional(id('The metric id (measure metric).')),
    persona: z.optional(id('The persona; omitted for all customers.')),
    change: z.number().check(d('The change: score points, NPS points or the metric’s unit.')),
  })
  .check(
    z.superRefine((expect, ctx) => {
      if (expect.measure === 'metric' && expect.metric === undefined) {
        ctx.issues.push({
          code: 'custom',
          message: 'measure "metric" needs a "metric" id',
          input: expect,
          path: ['metric'],
        });
      } else if (expect.measure !== 'metric' && expect.metric !== undefined) {
        ctx.issues.push({
          code: 'custom',
          message: `"metric" belongs to measure "metric", not "${expect.measure}"`,
          input: expect.metric,
          path: ['metric'],
        });
      }
    }),
    d('The change an action should bring.'),
  );

export const ActionSchema = z
  .strictObject({
    id: id('Id of the action.'),
    title: requiredText('What is done.'),
    status: z.enum(ACTION_STATUSES).check(d('idea, planned, in-progress, done or dropped.')),
    touchpoints: z
      .array(id('A touchpoint id.'))
      .check(z.minLength(1), z.maxLength(LIMITS.maxListItems), d('The touchpoints it changes (≥ 1).')),
    owner: z.optional(id('Its owner (an owner id).')),
    href: z.optional(href),
    due: z.optional(isoDate('Due date (YYYY-MM-DD).')),
    done: z.optional(isoDate('Done date (YYYY-MM-DD).')),
    expect: z.optional(ExpectSchema),
    note: z.optional(longText('A note.')),
  })
  .check(d('An improvement action (a backlog item).'));

/** The touchpoint field: the processes behind it. */
export const processesField = z.optional(
  z.array(ProcessSchema).check(z.maxLength(LIMITS.maxListItems), d('The processes behind this touchpoint.')),
);

/** The document fields: owners and actions. */
export const blueprintFields = {
  owners: z.optional(z.array(OwnerSchema).check(z.maxLength(LIMITS.maxOwners), d('Teams, departments and partners.'))),
  actions: z.optional(z.array(ActionSchema).check(z.maxLength(LIMITS.maxActions), d('Improvement actions.'))),
};
