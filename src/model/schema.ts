/**
 * The journey model as zod schemas: the single source of truth of the JSON contract
 * (JOURNEY-MODEL.md). Every object is strict (unknown keys are errors) and every field
 * carries a description, which the generated JSON Schema and the docs reuse.
 *
 * `zod/mini` keeps the shipped bundle small; the schema is identical in meaning.
 */
import * as z from 'zod/mini';
import { CHANNEL_KINDS } from './channels.js';
import { isSafeColour } from './colour.js';
import { blueprintFields, processesField } from './blueprint.js';
import { parseDuration } from './duration.js';
import { LIMITS } from './limits.js';
import { linkProblem } from './url.js';

export * from './blueprint.js';

/** Known emotion labels, each with its own glyph and colour. */
export const EMOTION_LABELS = [
  'joy',
  'trust',
  'fear',
  'surprise',
  'sadness',
  'disgust',
  'anger',
  'anticipation',
  'relief',
  'frustration',
  'confusion',
  'confidence',
] as const;

/** Kinds of a moment of truth. */
export const MOMENT_OF_TRUTH_KINDS = ['make-or-break', 'wow', 'critical'] as const;
/** Kinds of a source of facts. */
export const SOURCE_KINDS = [
  'interview',
  'survey',
  'analytics',
  'process-mining',
  'market-research',
  'workshop',
  'other',
] as const;
/** Kinds of a journey. */
export const JOURNEY_KINDS = ['generic', 'specific'] as const;
/** Which direction of a metric is better. */
export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;

const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;

const d = (text: string) => z.describe(text);

const id = (text: string) =>
  z.string().check(z.minLength(1), z.maxLength(LIMITS.maxIdLength), z.regex(ID_PATTERN), d(text));
const shortText = (text: string) => z.string().check(z.maxLength(LIMITS.maxShortText), d(text));
const requiredText = (text: string) => z.string().check(z.minLength(1), z.maxLength(LIMITS.maxShortText), d(text));
const longText = (text: string) => z.string().check(z.maxLength(LIMITS.maxLongText), d(text));
const list = <T extends z.core.SomeType>(item: T, max: number, text: string) =>
  z.array(item).check(z.maxLength(max), d(text));
const count = (text: string) => z.int().check(z.minimum(0), d(text));

const colour = z.string().check(
  z.maxLength(64),
  z.refine(isSafeColour, {
    message: 'not a colour: use hex (#1f77b4), rgb()/hsl() with numbers, or a CSS colour name',
    abort: true,
  }),
  d('CSS colour: hex, rgb()/hsl() with numbers, or a named colour; no url(), no ";".'),
);

const locale = z.string().check(
  z.maxLength(35),
  z.refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'not a BCP 47 language tag such as "nl-NL" or "en-GB"', abort: true },
  ),
  d('Language of the texts as a BCP 47 tag, e.g. "nl-NL"; drives number formatting and built-in texts.'),
);

const duration = z.string().check(
  z.maxLength(80),
  z.refine((text) => parseDuration(text) !== null, {
    message: 'not an ISO 8601 duration such as "PT15M", "P3D" or "P1Y2M"',
    abort: true,
  }),
  d('How long this step takes the customer, as an ISO 8601 duration, e.g. "PT15M" or "P3D".'),
);

const href = z.string().check(
  z.maxLength(2048),
  z.superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value, params: { kind: 'url' } });
  }),
  d('Link address: http:, https:, mailto: or a relative reference. Anything else is rejected.'),
);

export const PersonaSchema = z
  .strictObject({
    id: id('Stable identifier of the persona, referenced by emotions, NPS and quotes.'),
    name: requiredText('Name shown for the persona, e.g. "Starter".'),
    description: z.optional(longText('Who this persona is.')),
    segment: z.optional(
      z.record(z.string().check(z.maxLength(LIMITS.maxShortText)), shortText('Segment value.')).check(
        z.refine((segment) => Object.keys(segment).length <= LIMITS.maxSegmentKeys, {
          message: `has more than ${LIMITS.maxSegmentKeys} keys`,
          params: { kind: 'too_many' },
        }),
        d('Free segment keys and values, e.g. {"lifeStage": "starter", "income": "modal"}.'),
      ),
    ),
    color: z.optional(colour),
  })
  .check(d('Who travels: a persona or customer segment.'));

export const ChannelSchema = z
  .strictObject({
    id: id('Stable identifier of the channel, referenced by touchpoints.'),
    label: requiredText('Name shown for the channel.'),
    kind: z.optional(z.enum(CHANNEL_KINDS).check(d('What kind of channel: digital, human, physical or partner.'))),
  })
  .check(d('A channel definition. Well-known ids (web, app, phone, …) need none.'));

export const PhaseSchema = z
  .strictObject({
    id: id('Stable identifier of the phase, referenced by touchpoints.'),
    label: requiredText('Name shown for the phase, e.g. "Orientation".'),
    description: z.optional(longText('What happens in this phase.')),
  })
  .check(d('An ordered stage of the journey.'));

export const EmotionSchema = z
  .strictObject({
    score: z
      .number()
      .check(
        z.minimum(-5),
        z.maximum(5),
        d('What was felt, from -5 (worst) to +5 (best); 0 is neutral; decimals allowed.'),
      ),
    persona: z.optional(id('The persona who felt this; omitted for all customers.')),
    label: z.optional(
      shortText(
        'A named emotion. Known labels (joy, trust, fear, surprise, sadness, disgust, anger, anticipation, relief, frustration, confusion, confidence) get a glyph; others are shown as text.',
      ),
    ),
    intensity: z.optional(z.number().check(z.minimum(0), z.maximum(1), d('How strongly it was felt, 0 to 1.'))),
    note: z.optional(longText('Why the customer felt this.')),
    source: z.optional(id('The source of this finding.')),
    period: z.optional(
      shortText(
        'Period of the finding, e.g. "2026-Q3". Findings of one touchpoint and persona with periods are a time series, oldest first; one without a period counts in every period.',
      ),
    ),
    n: z.optional(
      z
        .int()
        .check(
          z.minimum(1),
          d('How many answers the score is the mean of (a positive integer); with sd it makes a change testable.'),
        ),
    ),
    sd: z.optional(
      z
        .number()
        .check(z.minimum(0), d('The standard deviation of those answers (0 or more), on the same −5…+5 scale.')),
    ),
  })
  .check(d('What customers felt at a touchpoint, per persona or overall.'));

export const MomentOfTruthSchema = z
  .strictObject({
    kind: z.enum(MOMENT_OF_TRUTH_KINDS).check(d('make-or-break, wow or critical.')),
    note: z.optional(longText('Why this moment decides loyalty.')),
  })
  .check(d('A moment that decides loyalty.'));

export const QuoteSchema = z
  .strictObject({
    text: z.string().check(z.minLength(1), z.maxLength(LIMITS.maxLongText), d('The customer’s own words.')),
    persona: z.optional(id('The persona who said it.')),
    source: z.optional(id('The source of the quote.')),
  })
  .check(d('Verbatim customer words.'));

export const MetricSchema = z
  .strictObject({
    id: id('Stable identifier of the metric within its touchpoint.'),
    label: requiredText('Name shown for the metric.'),
    value: z.number().check(d('The measured value (a finite number).')),
    unit: z.optional(shortText('Unit of the value, e.g. "%" or "days".')),
    target: z.optional(z.number().check(d('The norm this metric is held to.'))),
    better: z.optional(
      z.enum(METRIC_DIRECTIONS).check(d('Whether higher or lower values are better (default higher).')),
    ),
    period: z.optional(shortText('Period measured, e.g. "2026-Q3".')),
    source: z.optional(id('The source of the measurement.')),
  })
  .check(d('A KPI measured at a touchpoint.'));

const npsCommon = {
  persona: z.optional(id('The persona these answers come from; omitted for all customers.')),
  period: z.optional(shortText('Period of the measurement, e.g. "2026-Q3".')),
  target: z.optional(z.number().check(z.minimum(-100), z.maximum(100), d('The NPS norm, from -100 to 100.'))),
  source: z.optional(id('The source of the answers.')),
};

export const NpsCountsSchema = z
  .strictObject({
    promoters: count('Answers 9 or 10.'),
    passives: count('Answers 7 or 8.'),
    detractors: count('Answers 0 to 6.'),
    ...npsCommon,
  })
  .check(d('NPS as counts of promoters, passives and detractors.'));

export const NpsDistributionSchema = z
  .strictObject({
    distribution: z
      .array(count('Number of answers with this score.'))
      .check(z.length(11), d('The number of answers 0, 1, … 10: exactly 11 non-negative integers.')),
    ...npsCommon,
  })
  .check(d('NPS as the distribution of the 0–10 answers.'));

export const NpsSchema = z
  .union([NpsCountsSchema, NpsDistributionSchema])
  .check(d('Net Promoter Score answers: counts or the 0–10 distribution.'));

export const LinkSchema = z
  .strictObject({
    label: requiredText('Text of the link.'),
    href,
  })
  .check(d('A link to more information.'));

export const TouchpointSchema = z
  .strictObject({
    id: id('Stable identifier of the touchpoint.'),
    phase: id('The phase this touchpoint belongs to.'),
    label: requiredText('Name shown for the touchpoint.'),
    channel: z.optional(id('The channel: a defined channel id or a well-known one (web, app, phone, …).')),
    description: z.optional(longText('What happens at this touchpoint.')),
    actor: z.optional(shortText('Who acts: customer, adviser, notary, …')),
    duration: z.optional(duration),
    emotions: z.optional(list(EmotionSchema, LIMITS.maxListItems, 'What was felt here, per persona or overall.')),
    momentOfTruth: z.optional(MomentOfTruthSchema),
    painPoints: z.optional(list(longText('A pain point.'), LIMITS.maxListItems, 'What hurts customers here.')),
    opportunities: z.optional(
      list(
        longText('An opportunity.'),
        LIMITS.maxListItems,
        'What could be improved here; candidates for the backlog.',
      ),
    ),
    quotes: z.optional(list(QuoteSchema, LIMITS.maxListItems, 'Verbatim customer words.')),
    metrics: z.optional(list(MetricSchema, LIMITS.maxListItems, 'KPIs measured here.')),
    nps: z.optional(
      z
        .union([NpsSchema, list(NpsSchema, LIMITS.maxListItems, 'A time series, oldest first.')])
        .check(d('NPS measured here; an array is a time series, oldest first.')),
    ),
    links: z.optional(list(LinkSchema, LIMITS.maxListItems, 'Links to more information.')),
    processes: processesField,
  })
  .check(d('One step of the journey; order in the array is journey order.'));

export const TransitionSchema = z
  .strictObject({
    from: id('The touchpoint customers leave.'),
    // The description sits on the nullable too, so the generated JSON Schema documents `to` itself.
    to: z
      .nullable(id('The touchpoint customers go to, or null when they leave the journey (drop-off).'))
      .check(d('The touchpoint customers go to, or null when they leave the journey (drop-off).')),
    count: count('How many customers made this move.'),
    label: z.optional(shortText('What this move means, e.g. "channel hop: app → phone".')),
  })
  .check(d('An observed movement between touchpoints: a channel hop, a loop or a drop-off.'));

export const SourceSchema = z
  .strictObject({
    id: id('Stable identifier of the source.'),
    kind: z.enum(SOURCE_KINDS).check(d('What kind of source the facts came from.')),
    label: requiredText('Name shown for the source.'),
    date: z.optional(shortText('When the facts were gathered, e.g. "2026-03" or "2026-Q3".')),
    n: z.optional(count('Sample size.')),
  })
  .check(d('Where the facts came from.'));

export const JourneySchema = z
  .strictObject({
    version: z.literal(1).check(d('Format version; this release reads version 1.')),
    id: id('Stable identifier of the journey.'),
    title: requiredText('Shown as the map’s title.'),
    goal: z.optional(longText('The customer’s end goal, in the customer’s words.')),
    start: z.optional(longText('Where the journey starts for the customer.')),
    end: z.optional(longText('Where the journey truly ends for the customer.')),
    locale: z.optional(locale),
    kind: z._default(z.enum(JOURNEY_KINDS).check(d('A generic template or a journey for one product.')), 'specific'),
    extends: z.optional(id('The generic journey this one specialises.')),
    personas: z.optional(list(PersonaSchema, LIMITS.maxPersonas, 'Who travels.')),
    channels: z.optional(list(ChannelSchema, LIMITS.maxChannels, 'Channel definitions.')),
    phases: list(PhaseSchema, LIMITS.maxPhases, 'Ordered stages of the journey; at least one.').check(z.minLength(1)),
    touchpoints: list(TouchpointSchema, LIMITS.maxTouchpoints, 'Ordered steps; order in the array is journey order.'),
    transitions: z.optional(list(TransitionSchema, LIMITS.maxTransitions, 'Observed movements between touchpoints.')),
    sources: z.optional(list(SourceSchema, LIMITS.maxSources, 'Where the facts came from.')),
    ...blueprintFields,
  })
  .check(d('A customer journey (klantreis model, version 1).'));
