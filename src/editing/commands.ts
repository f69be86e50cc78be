/**
 * The edits a journey can take, as plain data: what the elements turn gestures and keys into.
 * Every command names what it changes by id (touchpoint, phase, persona), never by position on
 * screen, and an emotion command always names whose emotion it is.
 */
import type { MOMENT_OF_TRUTH_KINDS } from '../model/schema.js';

/**
 * Whose emotion: a persona's id, or `null` for the all-customers score. Required on every emotion
 * command, so an edit made while all personas are shown never writes the overall score by accident.
 */
export type Whose = string | null;

/** The journey's own text fields. */
export const JOURNEY_TEXT_FIELDS = ['title', 'goal', 'start', 'end'] as const;
export type JourneyTextField = (typeof JOURNEY_TEXT_FIELDS)[number];
/** A phase's text fields. */
export const PHASE_TEXT_FIELDS = ['label', 'description'] as const;
export type PhaseTextField = (typeof PHASE_TEXT_FIELDS)[number];
/** A touchpoint's text fields. */
export const TOUCHPOINT_TEXT_FIELDS = ['label', 'description', 'actor'] as const;
export type TouchpointTextField = (typeof TOUCHPOINT_TEXT_FIELDS)[number];
/** A touchpoint's lists of plain texts. */
export const NOTE_LISTS = ['painPoints', 'opportunities'] as const;
export type NoteList = (typeof NOTE_LISTS)[number];

export type MomentOfTruthKind = (typeof MOMENT_OF_TRUTH_KINDS)[number];

/** A quote as an edit gives it. */
export interface QuoteInput {
  text: string;
  persona?: string | undefined;
  source?: string | undefined;
}

/** Every edit, by its `type`. */
export type EditCommand =
  /** Sets the score of one persona's (or all customers') emotion at a touchpoint; adds it when missing. */
  | { type: 'emotion.set'; touchpoint: string; persona: Whose; score: number }
  /** Removes that emotion: the curve gets a gap there. */
  | { type: 'emotion.clear'; touchpoint: string; persona: Whose }
  /** Names that emotion (a known label such as `relief`, or any text), or removes its name with `null`. */
  | { type: 'emotion.label'; touchpoint: string; persona: Whose; label: string | null }
  /** Makes `to`'s curve a copy of `from`'s: every touchpoint's emotions of `from`, now of `to`. */
  | { type: 'curve.copy'; from: Whose; to: Whose }
  /** Sets title, goal, start or end; an empty goal, start or end is removed, an empty title refused. */
  | { type: 'journey.text'; field: JourneyTextField; value: string }
  /** Sets a phase's label or description. */
  | { type: 'phase.text'; phase: string; field: PhaseTextField; value: string }
  /** Sets a touchpoint's label, description or actor. */
  | { type: 'touchpoint.text'; touchpoint: string; field: TouchpointTextField; value: string }
  /** Adds a touchpoint before or after another one (in its phase), or at the end of a phase. */
  | {
      type: 'touchpoint.add';
      label: string;
      at: { before: string } | { after: string } | { phase: string };
    }
  /** Deletes a touchpoint and every transition from or to it. */
  | { type: 'touchpoint.delete'; touchpoint: string }
  /**
   * Moves a touchpoint to `index` (its position in the list afterwards, from 0) and, when given,
   * into `phase`; without `phase` it joins its new neighbours' phase when its own is not next to it.
   */
  | { type: 'touchpoint.move'; touchpoint: string; index: number; phase?: string | undefined }
  /** Sets a touchpoint's channel (a defined or well-known id), or removes it with `null`. */
  | { type: 'touchpoint.channel'; touchpoint: string; channel: string | null }
  /** Marks a touchpoint as a moment of truth, or clears the mark with `null`. */
  | {
      type: 'touchpoint.moment';
      touchpoint: string;
      moment: { kind: MomentOfTruthKind; note?: string | undefined } | null;
    }
  /** Adds a pain point or opportunity (at `index`, default the end). */
  | { type: 'note.add'; touchpoint: string; list: NoteList; text: string; index?: number | undefined }
  /** Changes one; an empty text removes it. */
  | { type: 'note.edit'; touchpoint: string; list: NoteList; index: number; text: string }
  | { type: 'note.remove'; touchpoint: string; list: NoteList; index: number }
  | { type: 'quote.add'; touchpoint: string; quote: QuoteInput; index?: number | undefined }
  | { type: 'quote.edit'; touchpoint: string; index: number; quote: QuoteInput }
  | { type: 'quote.remove'; touchpoint: string; index: number }
  /** Adds a phase at `index` (default the end); its id is made from the label. */
  | { type: 'phase.add'; label: string; index?: number | undefined; description?: string | undefined }
  | { type: 'phase.move'; phase: string; index: number }
  /** Deletes a phase; one with touchpoints needs `moveTo`, the phase they go to. */
  | { type: 'phase.delete'; phase: string; moveTo?: string | undefined }
  /** Adds a persona; its id is made from the name. */
  | { type: 'persona.add'; name: string; color?: string | undefined }
  | { type: 'persona.rename'; persona: string; name: string }
  /** Sets a persona's colour (the model's colour grammar), or removes it with `null`. */
  | { type: 'persona.recolour'; persona: string; color: string | null }
  /** Deletes a persona with its emotions and NPS; its quotes stay, without the persona. */
  | { type: 'persona.delete'; persona: string };

/** The type names of every command. */
export type EditCommandType = EditCommand['type'];
