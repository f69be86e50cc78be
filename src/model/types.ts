import type * as z from 'zod/mini';
import type { ActionSchema, ExpectSchema, OwnerSchema, ProcessSchema } from './blueprint.js';
import type {
  ChannelSchema,
  EmotionSchema,
  JourneySchema,
  LinkSchema,
  MetricSchema,
  MomentOfTruthSchema,
  NpsCountsSchema,
  NpsDistributionSchema,
  NpsSchema,
  PersonaSchema,
  PhaseSchema,
  QuoteSchema,
  SourceSchema,
  TouchpointSchema,
  TransitionSchema,
} from './schema.js';

/** A validated journey, as `parseJourney` returns it (deeply frozen). */
export type Journey = z.output<typeof JourneySchema>;
/** A journey document as people write it (before defaults are applied). */
export type JourneyInput = z.input<typeof JourneySchema>;
export type Persona = z.output<typeof PersonaSchema>;
export type Channel = z.output<typeof ChannelSchema>;
export type Phase = z.output<typeof PhaseSchema>;
export type Touchpoint = z.output<typeof TouchpointSchema>;
export type Emotion = z.output<typeof EmotionSchema>;
export type MomentOfTruth = z.output<typeof MomentOfTruthSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type Metric = z.output<typeof MetricSchema>;
export type Nps = z.output<typeof NpsSchema>;
export type NpsCounts = z.output<typeof NpsCountsSchema>;
export type NpsDistribution = z.output<typeof NpsDistributionSchema>;
export type Link = z.output<typeof LinkSchema>;
export type Transition = z.output<typeof TransitionSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Owner = z.output<typeof OwnerSchema>;
export type Process = z.output<typeof ProcessSchema>;
export type Action = z.output<typeof ActionSchema>;
export type ActionExpect = z.output<typeof ExpectSchema>;
