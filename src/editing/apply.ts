/**
 * `applyEdit`: a journey and a command give the next journey, the RFC 6902 patch from the one to
 * the other, the inverse patch for undo and one sentence that says what changed — or a refusal
 * with its reason, and nothing changes. Pure: no DOM, no state; the journey given is never
 * changed (it is frozen) and the next one shares every part the edit did not touch.
 */
import { isWellKnownChannel } from '../model/channels.js';
import { isSafeColour } from '../model/colour.js';
import { LIMITS } from '../model/limits.js';
import { isValidatedJourney, parseJourney } from '../model/parse.js';
import { EMOTION_LABELS, MOMENT_OF_TRUTH_KINDS } from '../model/schema.js';
import type { Emotion, Journey, Touchpoint } from '../model/types.js';
import { Localizer } from '../shared/i18n/localizer.js';
import type { Messages } from '../shared/i18n/messages.en.js';
import {
  type EditCommand,
  JOURNEY_TEXT_FIELDS,
  NOTE_LISTS,
  PHASE_TEXT_FIELDS,
  type QuoteInput,
  type Whose,
} from './commands.js';
import { uniqueId } from './ids.js';
import { type Patch, PatchError, type PatchOperation, applyPatch, pointer } from './patch.js';
import { isValidEdit } from './validate.js';
import { type EditingMessages, editingWords } from './words.js';

/** Why an edit was refused, for code; `refused` says it in words. */
export const REFUSAL_CODES = [
  'not-a-journey',
  'unknown-command',
  'empty',
  'too-long',
  'limit',
  'out-of-range',
  'whose',
  'not-found',
  'needs-target',
  'same',
  'colour',
  'invalid',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** An edit that was made. */
export interface Edit {
  /** The next journey: valid (it passes `parseJourney`) and deeply frozen. */
  readonly journey: Journey;
  /** RFC 6902 JSON Patch from the journey before to `journey`; empty when nothing changed. */
  readonly patch: Patch;
  /** The patch that turns `journey` back into the journey before. */
  readonly inverse: Patch;
  /** One sentence in the chosen language, e.g. "Emotie van Starter bij Adviesgesprek: +2 → +3". */
  readonly label: string;
}

/** An edit that was refused: nothing changed. */
export interface Refusal {
  /** Why, as one sentence in the chosen language. */
  readonly refused: string;
  readonly code: RefusalCode;
}

export type EditResult = Edit | Refusal;

/** Options of {@link applyEdit}. */
export interface EditOptions {
  /** Language of the label and the reasons (a BCP 47 tag; Dutch for any `nl`, else English). Default `en`. */
  locale?: string | undefined;
  /** Words of the caller's own, for a language without a catalogue here; numbers still follow `locale`. */
  words?: EditingMessages | undefined;
}

/** Whether a result is a refusal. */
export function isRefusal(result: EditResult): result is Refusal {
  return 'refused' in result;
}

/** Journeys that are known to be valid: parsed ones and the ones edits produced. */
const edited = new WeakSet<object>();

/** Whether `journey` came out of {@link applyEdit} (valid and deeply frozen). */
export function isEditedJourney(journey: unknown): journey is Journey {
  return typeof journey === 'object' && journey !== null && edited.has(journey);
}

type Words = EditingMessages;

interface Context {
  journey: Journey;
  words: Words;
  messages: Messages;
  signed: (score: number) => string;
}

type Outcome = { ops: PatchOperation[]; label: string } | Refusal;

const refuse = (code: RefusalCode, refused: string): Refusal => ({ refused, code });

const at = (...segments: Array<string | number>) => pointer(segments);

/** The position of a touchpoint by id, or -1. */
function touchpointIndex(journey: Journey, id: unknown): number {
  if (typeof id !== 'string') return -1;
  return journey.touchpoints.findIndex((touchpoint) => touchpoint.id === id);
}

function findTouchpoint(ctx: Context, id: unknown): { index: number; touchpoint: Touchpoint } | Refusal {
  const index = touchpointIndex(ctx.journey, id);
  if (index === -1) return refuse('not-found', ctx.words.refused.unknownTouchpoint(String(id)));
  return { index, touchpoint: ctx.journey.touchpoints[index]! };
}

function findPhase(ctx: Context, id: unknown) {
  const index = typeof id === 'string' ? ctx.journey.phases.findIndex((phase) => phase.id === id) : -1;
  if (index === -1) return refuse('not-found', ctx.words.refused.unknownPhase(String(id)));
  return { index, phase: ctx.journey.phases[index]! };
}

function findPersona(ctx: Context, id: unknown) {
  const personas = ctx.journey.personas ?? [];
  const index = typeof id === 'string' ? personas.findIndex((persona) => persona.id === id) : -1;
  if (index === -1) return refuse('not-found', ctx.words.refused.unknownPersona(String(id)));
  return { index, persona: personas[index]! };
}

/** The name of whose emotion it is, or a refusal when the command does not say or names no persona. */
function whoseName(ctx: Context, whose: Whose | undefined): string | Refusal {
  if (whose === null) return ctx.words.allCustomers;
  if (whose === undefined) return refuse('whose', ctx.words.refused.whose);
  const found = findPersona(ctx, whose);
  return 'refused' in found ? found : found.persona.name;
}

/** The index of the emotion of `whose` at a touchpoint: the last one (the latest period), or -1. */
function emotionIndex(touchpoint: Touchpoint, whose: Whose): number {
  const emotions = touchpoint.emotions ?? [];
  for (let i = emotions.length - 1; i >= 0; i -= 1) if ((emotions[i]!.persona ?? null) === whose) return i;
  return -1;
}

/** A text as typed, trimmed; a refusal when it is longer than `max`. */
function cleanText(ctx: Context, value: unknown, max: number): string | Refusal {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length > max) return refuse('too-long', ctx.words.refused.tooLong(max));
  return text;
}

/** A required short text (label, name, title): trimmed, not empty. */
function requiredText(ctx: Context, value: unknown, empty: string): string | Refusal {
  const text = cleanText(ctx, value, LIMITS.maxShortText);
  if (typeof text === 'string' && text === '') return refuse('empty', empty);
  return text;
}

/** Operations that set `field` of the object at `base` to `value`, or remove it when `value` is undefined. */
function setField(base: Array<string | number>, object: object, field: string, value: unknown): PatchOperation[] {
  const present = Object.prototype.hasOwnProperty.call(object, field);
  const current = (object as Record<string, unknown>)[field];
  if (value === undefined) return present ? [{ op: 'remove', path: at(...base, field) }] : [];
  if (!present) return [{ op: 'add', path: at(...base, field), value }];
  return current === value ? [] : [{ op: 'replace', path: at(...base, field), value }];
}

/** Operations that set a touchpoint's list (emotions, quotes …), removing the field when the list is empty. */
function setList(index: number, touchpoint: Touchpoint, field: string, list: readonly unknown[]): PatchOperation[] {
  const present = Object.prototype.hasOwnProperty.call(touchpoint, field);
  if (list.length === 0) return present ? [{ op: 'remove', path: at('touchpoints', index, field) }] : [];
  return [{ op: present ? 'replace' : 'add', path: at('touchpoints', index, field), value: list }];
}

function emotionWord(ctx: Context, label: string): string {
  return (EMOTION_LABELS as readonly string[]).includes(label)
    ? ctx.messages.emotions[label as (typeof EMOTION_LABELS)[number]]
    : label;
}

function channelName(ctx: Context, id: string): string {
  const defined = ctx.journey.channels?.find((channel) => channel.id === id);
  if (defined) return defined.label;
  return isWellKnownChannel(id) ? ctx.messages.channels[id] : id;
}

function setEmotion(ctx: Context, c: Extract<EditCommand, { type: 'emotion.set' }>): Outcome {
  const who = whoseName(ctx, c.persona);
  if (typeof who !== 'string') return who;
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  if (typeof c.score !== 'number' || !Number.isFinite(c.score) || c.score < -5 || c.score > 5) {
    return refuse('out-of-range', ctx.words.refused.scoreRange);
  }
  const { index, touchpoint } = found;
  const e = emotionIndex(touchpoint, c.persona);
  const before = e === -1 ? ctx.words.noScore : ctx.signed(touchpoint.emotions![e]!.score);
  const label = ctx.words.emotionSet(who, touchpoint.label, before, ctx.signed(c.score));
  if (e !== -1) {
    if (touchpoint.emotions![e]!.score === c.score) return { ops: [], label };
    return { ops: [{ op: 'replace', path: at('touchpoints', index, 'emotions', e, 'score'), value: c.score }], label };
  }
  const emotion: Emotion = c.persona === null ? { score: c.score } : { score: c.score, persona: c.persona };
  const emotions = touchpoint.emotions;
  if (!emotions) return { ops: [{ op: 'add', path: at('touchpoints', index, 'emotions'), value: [emotion] }], label };
  if (emotions.length >= LIMITS.maxListItems) {
    return refuse('limit', ctx.words.refused.tooManyItems(LIMITS.maxListItems));
  }
  return { ops: [{ op: 'add', path: at('touchpoints', index, 'emotions', emotions.length), value: emotion }], label };
}

function clearEmotion(ctx: Context, c: Extract<EditCommand, { type: 'emotion.clear' }>): Outcome {
  const who = whoseName(ctx, c.persona);
  if (typeof who !== 'string') return who;
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  const e = emotionIndex(touchpoint, c.persona);
  if (e === -1) return refuse('not-found', ctx.words.refused.noEmotion(who, touchpoint.label));
  const label = ctx.words.emotionSet(
    who,
    touchpoint.label,
    ctx.signed(touchpoint.emotions![e]!.score),
    ctx.words.noScore,
  );
  const ops: PatchOperation[] =
    touchpoint.emotions!.length === 1
      ? [{ op: 'remove', path: at('touchpoints', index, 'emotions') }]
      : [{ op: 'remove', path: at('touchpoints', index, 'emotions', e) }];
  return { ops, label };
}

function labelEmotion(ctx: Context, c: Extract<EditCommand, { type: 'emotion.label' }>): Outcome {
  const who = whoseName(ctx, c.persona);
  if (typeof who !== 'string') return who;
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  const e = emotionIndex(touchpoint, c.persona);
  if (e === -1) return refuse('not-found', ctx.words.refused.noEmotion(who, touchpoint.label));
  const text = cleanText(ctx, c.label ?? '', LIMITS.maxShortText);
  if (typeof text !== 'string') return text;
  const emotion = touchpoint.emotions![e]!;
  const ops = setField(['touchpoints', index, 'emotions', e], emotion, 'label', text === '' ? undefined : text);
  const label =
    text === ''
      ? ctx.words.emotionUnnamed(who, touchpoint.label)
      : ctx.words.emotionNamed(who, touchpoint.label, emotionWord(ctx, text));
  return { ops, label };
}

function copyCurve(ctx: Context, c: Extract<EditCommand, { type: 'curve.copy' }>): Outcome {
  const from = whoseName(ctx, c.from);
  if (typeof from !== 'string') return from;
  const to = whoseName(ctx, c.to);
  if (typeof to !== 'string') return to;
  if (c.from === c.to) return refuse('same', ctx.words.refused.sameCurve);
  const ops: PatchOperation[] = [];
  let copied = 0;
  let overfull = false;
  ctx.journey.touchpoints.forEach((touchpoint, index) => {
    const emotions = touchpoint.emotions ?? [];
    const source = emotions.filter((emotion) => (emotion.persona ?? null) === c.from);
    const kept = emotions.filter((emotion) => (emotion.persona ?? null) !== c.to);
    if (source.length > 0) copied += 1;
    if (source.length === 0 && kept.length === emotions.length) return;
    // The scores and named emotions are copied; notes and sources describe the other persona's research.
    const copies = source.map((emotion) => {
      const copy: Emotion = { score: emotion.score };
      if (c.to !== null) copy.persona = c.to;
      if (emotion.label !== undefined) copy.label = emotion.label;
      if (emotion.intensity !== undefined) copy.intensity = emotion.intensity;
      return copy;
    });
    const next = [...kept, ...copies];
    if (next.length > LIMITS.maxListItems) overfull = true;
    if (JSON.stringify(next) === JSON.stringify(emotions)) return;
    ops.push(...setList(index, touchpoint, 'emotions', next));
  });
  if (copied === 0) return refuse('not-found', ctx.words.refused.noCurve(from));
  if (overfull) return refuse('limit', ctx.words.refused.tooManyItems(LIMITS.maxListItems));
  return { ops, label: ctx.words.curveCopied(from, to, copied) };
}

function journeyText(ctx: Context, c: Extract<EditCommand, { type: 'journey.text' }>): Outcome {
  if (!(JOURNEY_TEXT_FIELDS as readonly string[]).includes(c.field)) {
    return refuse('unknown-command', ctx.words.refused.invalid(String(c.field)));
  }
  const name = ctx.words.journeyFields[c.field];
  if (c.field === 'title') {
    const title = requiredText(ctx, c.value, ctx.words.refused.emptyTitle);
    if (typeof title !== 'string') return title;
    return { ops: setField([], ctx.journey, 'title', title), label: ctx.words.journeyTextSet(name, title) };
  }
  const text = cleanText(ctx, c.value, LIMITS.maxLongText);
  if (typeof text !== 'string') return text;
  return {
    ops: setField([], ctx.journey, c.field, text === '' ? undefined : text),
    label: text === '' ? ctx.words.journeyTextCleared(name) : ctx.words.journeyTextSet(name, text),
  };
}

function phaseText(ctx: Context, c: Extract<EditCommand, { type: 'phase.text' }>): Outcome {
  const found = findPhase(ctx, c.phase);
  if ('refused' in found) return found;
  const { index, phase } = found;
  if (!(PHASE_TEXT_FIELDS as readonly string[]).includes(c.field)) {
    return refuse('unknown-command', ctx.words.refused.invalid(String(c.field)));
  }
  if (c.field === 'label') {
    const label = requiredText(ctx, c.value, ctx.words.refused.emptyLabel);
    if (typeof label !== 'string') return label;
    return {
      ops: setField(['phases', index], phase, 'label', label),
      label: ctx.words.phaseRenamed(phase.label, label),
    };
  }
  const text = cleanText(ctx, c.value, LIMITS.maxLongText);
  if (typeof text !== 'string') return text;
  return {
    ops: setField(['phases', index], phase, 'description', text === '' ? undefined : text),
    label: text === '' ? ctx.words.phaseDescriptionCleared(phase.label) : ctx.words.phaseDescribed(phase.label),
  };
}

function touchpointText(ctx: Context, c: Extract<EditCommand, { type: 'touchpoint.text' }>): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  const base = ['touchpoints', index];
  switch (c.field) {
    case 'label': {
      const label = requiredText(ctx, c.value, ctx.words.refused.emptyLabel);
      if (typeof label !== 'string') return label;
      return {
        ops: setField(base, touchpoint, 'label', label),
        label: ctx.words.touchpointRenamed(touchpoint.label, label),
      };
    }
    case 'description': {
      const text = cleanText(ctx, c.value, LIMITS.maxLongText);
      if (typeof text !== 'string') return text;
      return {
        ops: setField(base, touchpoint, 'description', text === '' ? undefined : text),
        label:
          text === ''
            ? ctx.words.touchpointDescriptionCleared(touchpoint.label)
            : ctx.words.touchpointDescribed(touchpoint.label),
      };
    }
    case 'actor': {
      const text = cleanText(ctx, c.value, LIMITS.maxShortText);
      if (typeof text !== 'string') return text;
      return {
        ops: setField(base, touchpoint, 'actor', text === '' ? undefined : text),
        label: text === '' ? ctx.words.actorCleared(touchpoint.label) : ctx.words.actorSet(touchpoint.label, text),
      };
    }
    default:
      return refuse('unknown-command', ctx.words.refused.invalid(String(c.field)));
  }
}

function addTouchpoint(ctx: Context, c: Extract<EditCommand, { type: 'touchpoint.add' }>): Outcome {
  const label = requiredText(ctx, c.label, ctx.words.refused.emptyLabel);
  if (typeof label !== 'string') return label;
  const { touchpoints, phases } = ctx.journey;
  if (touchpoints.length >= LIMITS.maxTouchpoints) {
    return refuse('limit', ctx.words.refused.tooMany(ctx.words.limitNames.touchpoints, LIMITS.maxTouchpoints));
  }
  const where = c.at ?? {};
  let index: number;
  let phase: string;
  let sentence: (label: string) => string;
  if ('before' in where || 'after' in where) {
    const after = 'after' in where;
    const found = findTouchpoint(ctx, after ? where.after : (where as { before: string }).before);
    if ('refused' in found) return found;
    index = found.index + (after ? 1 : 0);
    phase = found.touchpoint.phase;
    sentence = (text) => ctx.words.touchpointAdded(text, after ? 'after' : 'before', found.touchpoint.label);
  } else {
    const found = findPhase(ctx, (where as { phase?: unknown }).phase);
    if ('refused' in found) return found;
    phase = found.phase.id;
    // After the last touchpoint of this phase or of any phase before it: the phase's end.
    const upTo = new Set(phases.slice(0, found.index + 1).map((p) => p.id));
    index = 0;
    touchpoints.forEach((touchpoint, i) => {
      if (upTo.has(touchpoint.phase)) index = i + 1;
    });
    sentence = (text) => ctx.words.touchpointAddedTo(text, found.phase.label);
  }
  const id = uniqueId(label, new Set(touchpoints.map((touchpoint) => touchpoint.id)), 'touchpoint');
  return { ops: [{ op: 'add', path: at('touchpoints', index), value: { id, phase, label } }], label: sentence(label) };
}

function deleteTouchpoint(ctx: Context, c: Extract<EditCommand, { type: 'touchpoint.delete' }>): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  const ops: PatchOperation[] = [];
  const transitions = ctx.journey.transitions ?? [];
  // From the end, so each index still points at its transition.
  for (let i = transitions.length - 1; i >= 0; i -= 1) {
    const transition = transitions[i]!;
    if (transition.from === touchpoint.id || transition.to === touchpoint.id) {
      ops.push({ op: 'remove', path: at('transitions', i) });
    }
  }
  const removedTransitions = ops.length;
  // Improvement actions name the touchpoints they change: the deleted one leaves their lists, and
  // an action that concerned only this touchpoint goes with it (undo brings it back), as its
  // transitions do, so the journey never points at a touchpoint that is gone.
  const actions = ctx.journey.actions ?? [];
  let removedActions = 0;
  for (let i = actions.length - 1; i >= 0; i -= 1) {
    const action = actions[i]!;
    if (!action.touchpoints.includes(touchpoint.id)) continue;
    const kept = action.touchpoints.filter((id) => id !== touchpoint.id);
    if (kept.length === 0) {
      ops.push({ op: 'remove', path: at('actions', i) });
      removedActions += 1;
    } else ops.push({ op: 'replace', path: at('actions', i, 'touchpoints'), value: kept });
  }
  const label = ctx.words.touchpointDeleted(touchpoint.label, removedTransitions, removedActions);
  ops.push({ op: 'remove', path: at('touchpoints', index) });
  return { ops, label };
}

function moveTouchpoint(ctx: Context, c: Extract<EditCommand, { type: 'touchpoint.move' }>): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index: from, touchpoint } = found;
  const { touchpoints } = ctx.journey;
  const total = touchpoints.length;
  if (!Number.isInteger(c.index) || c.index < 0 || c.index >= total) {
    return refuse('out-of-range', ctx.words.refused.position(total));
  }
  let phase = touchpoint.phase;
  if (c.phase !== undefined) {
    const target = findPhase(ctx, c.phase);
    if ('refused' in target) return target;
    phase = target.phase.id;
  } else {
    // The neighbours at the new place; the touchpoint keeps its phase when it still borders it.
    const others = touchpoints.filter((_, i) => i !== from);
    const previous = others[c.index - 1]?.phase;
    const next = others[c.index]?.phase;
    if (previous !== phase && next !== phase && (previous ?? next) !== undefined) phase = (previous ?? next)!;
  }
  const ops: PatchOperation[] = [];
  if (c.index !== from) ops.push({ op: 'move', from: at('touchpoints', from), path: at('touchpoints', c.index) });
  const phaseLabel = ctx.journey.phases.find((p) => p.id === phase)!.label;
  if (phase !== touchpoint.phase) ops.push({ op: 'replace', path: at('touchpoints', c.index, 'phase'), value: phase });
  const label =
    c.index === from && phase !== touchpoint.phase
      ? ctx.words.touchpointRephased(touchpoint.label, phaseLabel)
      : ctx.words.touchpointMoved(
          touchpoint.label,
          c.index + 1,
          total,
          phase !== touchpoint.phase ? phaseLabel : undefined,
        );
  return { ops, label };
}

function setChannel(ctx: Context, c: Extract<EditCommand, { type: 'touchpoint.channel' }>): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  const channel = typeof c.channel === 'string' ? c.channel.trim() : '';
  if (channel === '') {
    return {
      ops: setField(['touchpoints', index], touchpoint, 'channel', undefined),
      label: ctx.words.channelCleared(touchpoint.label),
    };
  }
  const defined = ctx.journey.channels?.some((definition) => definition.id === channel) ?? false;
  if (!defined && !isWellKnownChannel(channel)) return refuse('not-found', ctx.words.refused.unknownChannel(channel));
  return {
    ops: setField(['touchpoints', index], touchpoint, 'channel', channel),
    label: ctx.words.channelSet(touchpoint.label, channelName(ctx, channel)),
  };
}

function setMoment(ctx: Context, c: Extract<EditCommand, { type: 'touchpoint.moment' }>): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  if (c.moment === null || c.moment === undefined) {
    return {
      ops: setField(['touchpoints', index], touchpoint, 'momentOfTruth', undefined),
      label: ctx.words.momentCleared(touchpoint.label),
    };
  }
  const { kind } = c.moment;
  if (!(MOMENT_OF_TRUTH_KINDS as readonly string[]).includes(kind)) {
    return refuse('not-found', ctx.words.refused.unknownKind(String(kind)));
  }
  const note = cleanText(ctx, c.moment.note, LIMITS.maxLongText);
  if (typeof note !== 'string') return note;
  const moment = note === '' ? { kind } : { kind, note };
  const current = touchpoint.momentOfTruth;
  const same = current !== undefined && current.kind === kind && (current.note ?? '') === note;
  return {
    ops: same ? [] : setField(['touchpoints', index], touchpoint, 'momentOfTruth', moment),
    label: ctx.words.momentSet(touchpoint.label, ctx.messages.momentOfTruthKinds[kind]),
  };
}

/** Checks a list position: `0…length - 1`, or `0…length` where an item is inserted. */
function checkIndex(ctx: Context, index: unknown, length: number, inserting: boolean): number | Refusal {
  const last = inserting ? length : length - 1;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > last) {
    return refuse('not-found', ctx.words.refused.noItem(typeof index === 'number' ? index : -1));
  }
  return index;
}

function editNotes(ctx: Context, c: Extract<EditCommand, { type: 'note.add' | 'note.edit' | 'note.remove' }>): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  if (!(NOTE_LISTS as readonly string[]).includes(c.list)) {
    return refuse('unknown-command', ctx.words.refused.invalid(String(c.list)));
  }
  const list = touchpoint[c.list] ?? [];
  const item = ctx.words.items[c.list];
  if (c.type === 'note.add') {
    const text = cleanText(ctx, c.text, LIMITS.maxLongText);
    if (typeof text !== 'string') return text;
    if (text === '') return refuse('empty', ctx.words.refused.emptyItem);
    if (list.length >= LIMITS.maxListItems) return refuse('limit', ctx.words.refused.tooManyItems(LIMITS.maxListItems));
    const position = checkIndex(ctx, c.index ?? list.length, list.length, true);
    if (typeof position !== 'number') return position;
    const ops: PatchOperation[] =
      list.length === 0
        ? [{ op: 'add', path: at('touchpoints', index, c.list), value: [text] }]
        : [{ op: 'add', path: at('touchpoints', index, c.list, position), value: text }];
    return { ops, label: ctx.words.itemAdded(item, touchpoint.label) };
  }
  const position = checkIndex(ctx, c.index, list.length, false);
  if (typeof position !== 'number') return position;
  const text = c.type === 'note.edit' ? cleanText(ctx, c.text, LIMITS.maxLongText) : '';
  if (typeof text !== 'string') return text;
  if (text === '') {
    const ops: PatchOperation[] =
      list.length === 1
        ? [{ op: 'remove', path: at('touchpoints', index, c.list) }]
        : [{ op: 'remove', path: at('touchpoints', index, c.list, position) }];
    return { ops, label: ctx.words.itemRemoved(item, touchpoint.label) };
  }
  const ops: PatchOperation[] =
    list[position] === text ? [] : [{ op: 'replace', path: at('touchpoints', index, c.list, position), value: text }];
  return { ops, label: ctx.words.itemChanged(item, touchpoint.label) };
}

/** A quote from an edit's input: text trimmed and required, persona and source resolving. */
function cleanQuote(ctx: Context, input: QuoteInput | undefined) {
  const text = cleanText(ctx, input?.text, LIMITS.maxLongText);
  if (typeof text !== 'string') return text;
  if (text === '') return refuse('empty', ctx.words.refused.emptyQuote);
  const quote: { text: string; persona?: string; source?: string } = { text };
  if (input?.persona !== undefined) {
    const persona = findPersona(ctx, input.persona);
    if ('refused' in persona) return persona;
    quote.persona = persona.persona.id;
  }
  if (input?.source !== undefined) {
    const source = ctx.journey.sources?.find((s) => s.id === input.source);
    if (!source) return refuse('not-found', ctx.words.refused.unknownSource(String(input.source)));
    quote.source = source.id;
  }
  return quote;
}

function editQuotes(
  ctx: Context,
  c: Extract<EditCommand, { type: 'quote.add' | 'quote.edit' | 'quote.remove' }>,
): Outcome {
  const found = findTouchpoint(ctx, c.touchpoint);
  if ('refused' in found) return found;
  const { index, touchpoint } = found;
  const quotes = touchpoint.quotes ?? [];
  const item = ctx.words.items.quotes;
  if (c.type === 'quote.add') {
    const quote = cleanQuote(ctx, c.quote);
    if ('refused' in quote) return quote;
    if (quotes.length >= LIMITS.maxListItems) {
      return refuse('limit', ctx.words.refused.tooManyItems(LIMITS.maxListItems));
    }
    const position = checkIndex(ctx, c.index ?? quotes.length, quotes.length, true);
    if (typeof position !== 'number') return position;
    const ops: PatchOperation[] =
      quotes.length === 0
        ? [{ op: 'add', path: at('touchpoints', index, 'quotes'), value: [quote] }]
        : [{ op: 'add', path: at('touchpoints', index, 'quotes', position), value: quote }];
    return { ops, label: ctx.words.itemAdded(item, touchpoint.label) };
  }
  const position = checkIndex(ctx, c.index, quotes.length, false);
  if (typeof position !== 'number') return position;
  if (c.type === 'quote.remove') {
    const ops: PatchOperation[] =
      quotes.length === 1
        ? [{ op: 'remove', path: at('touchpoints', index, 'quotes') }]
        : [{ op: 'remove', path: at('touchpoints', index, 'quotes', position) }];
    return { ops, label: ctx.words.itemRemoved(item, touchpoint.label) };
  }
  const quote = cleanQuote(ctx, c.quote);
  if ('refused' in quote) return quote;
  const same = JSON.stringify(quote) === JSON.stringify(quotes[position]);
  return {
    ops: same ? [] : [{ op: 'replace', path: at('touchpoints', index, 'quotes', position), value: quote }],
    label: ctx.words.itemChanged(item, touchpoint.label),
  };
}

function addPhase(ctx: Context, c: Extract<EditCommand, { type: 'phase.add' }>): Outcome {
  const label = requiredText(ctx, c.label, ctx.words.refused.emptyLabel);
  if (typeof label !== 'string') return label;
  const description = cleanText(ctx, c.description, LIMITS.maxLongText);
  if (typeof description !== 'string') return description;
  const { phases } = ctx.journey;
  if (phases.length >= LIMITS.maxPhases) {
    return refuse('limit', ctx.words.refused.tooMany(ctx.words.limitNames.phases, LIMITS.maxPhases));
  }
  const index = c.index ?? phases.length;
  if (!Number.isInteger(index) || index < 0 || index > phases.length) {
    return refuse('out-of-range', ctx.words.refused.position(phases.length + 1));
  }
  const id = uniqueId(label, new Set(phases.map((phase) => phase.id)), 'phase');
  const phase = description === '' ? { id, label } : { id, label, description };
  return { ops: [{ op: 'add', path: at('phases', index), value: phase }], label: ctx.words.phaseAdded(label) };
}

function movePhase(ctx: Context, c: Extract<EditCommand, { type: 'phase.move' }>): Outcome {
  const found = findPhase(ctx, c.phase);
  if ('refused' in found) return found;
  const total = ctx.journey.phases.length;
  if (!Number.isInteger(c.index) || c.index < 0 || c.index >= total) {
    return refuse('out-of-range', ctx.words.refused.position(total));
  }
  const ops: PatchOperation[] =
    c.index === found.index ? [] : [{ op: 'move', from: at('phases', found.index), path: at('phases', c.index) }];
  return { ops, label: ctx.words.phaseMoved(found.phase.label, c.index + 1, total) };
}

function deletePhase(ctx: Context, c: Extract<EditCommand, { type: 'phase.delete' }>): Outcome {
  const found = findPhase(ctx, c.phase);
  if ('refused' in found) return found;
  const { index, phase } = found;
  if (ctx.journey.phases.length === 1) return refuse('limit', ctx.words.refused.lastPhase);
  const members: number[] = [];
  ctx.journey.touchpoints.forEach((touchpoint, i) => {
    if (touchpoint.phase === phase.id) members.push(i);
  });
  const ops: PatchOperation[] = [];
  let target: string | undefined;
  if (members.length > 0) {
    if (c.moveTo === undefined) {
      return refuse('needs-target', ctx.words.refused.phaseNotEmpty(phase.label, members.length));
    }
    if (c.moveTo === phase.id) return refuse('same', ctx.words.refused.samePhase);
    const destination = findPhase(ctx, c.moveTo);
    if ('refused' in destination) return destination;
    target = destination.phase.label;
    for (const i of members)
      ops.push({ op: 'replace', path: at('touchpoints', i, 'phase'), value: destination.phase.id });
  }
  ops.push({ op: 'remove', path: at('phases', index) });
  return { ops, label: ctx.words.phaseDeleted(phase.label, members.length, target) };
}

function addPersona(ctx: Context, c: Extract<EditCommand, { type: 'persona.add' }>): Outcome {
  const name = requiredText(ctx, c.name, ctx.words.refused.emptyLabel);
  if (typeof name !== 'string') return name;
  const personas = ctx.journey.personas ?? [];
  if (personas.length >= LIMITS.maxPersonas) {
    return refuse('limit', ctx.words.refused.tooMany(ctx.words.limitNames.personas, LIMITS.maxPersonas));
  }
  const colour = typeof c.color === 'string' ? c.color.trim() : '';
  if (colour !== '' && !isSafeColour(colour)) return refuse('colour', ctx.words.refused.colour);
  const id = uniqueId(name, new Set(personas.map((persona) => persona.id)), 'persona');
  const persona = colour === '' ? { id, name } : { id, name, color: colour };
  const ops: PatchOperation[] = ctx.journey.personas
    ? [{ op: 'add', path: at('personas', personas.length), value: persona }]
    : [{ op: 'add', path: at('personas'), value: [persona] }];
  return { ops, label: ctx.words.personaAdded(name) };
}

function renamePersona(ctx: Context, c: Extract<EditCommand, { type: 'persona.rename' }>): Outcome {
  const found = findPersona(ctx, c.persona);
  if ('refused' in found) return found;
  const name = requiredText(ctx, c.name, ctx.words.refused.emptyLabel);
  if (typeof name !== 'string') return name;
  return {
    ops: setField(['personas', found.index], found.persona, 'name', name),
    label: ctx.words.personaRenamed(found.persona.name, name),
  };
}

function recolourPersona(ctx: Context, c: Extract<EditCommand, { type: 'persona.recolour' }>): Outcome {
  const found = findPersona(ctx, c.persona);
  if ('refused' in found) return found;
  const colour = typeof c.color === 'string' ? c.color.trim() : '';
  if (colour !== '' && !isSafeColour(colour)) return refuse('colour', ctx.words.refused.colour);
  return {
    ops: setField(['personas', found.index], found.persona, 'color', colour === '' ? undefined : colour),
    label:
      colour === ''
        ? ctx.words.personaColourCleared(found.persona.name)
        : ctx.words.personaRecoloured(found.persona.name, colour),
  };
}

function deletePersona(ctx: Context, c: Extract<EditCommand, { type: 'persona.delete' }>): Outcome {
  const found = findPersona(ctx, c.persona);
  if ('refused' in found) return found;
  const id = found.persona.id;
  const ops: PatchOperation[] = [];
  let emotions = 0;
  let nps = 0;
  ctx.journey.touchpoints.forEach((touchpoint, index) => {
    if (touchpoint.emotions?.some((emotion) => emotion.persona === id)) {
      const kept = touchpoint.emotions.filter((emotion) => emotion.persona !== id);
      emotions += touchpoint.emotions.length - kept.length;
      ops.push(...setList(index, touchpoint, 'emotions', kept));
    }
    const measured = touchpoint.nps;
    if (Array.isArray(measured)) {
      const kept = measured.filter((entry) => entry.persona !== id);
      nps += measured.length - kept.length;
      if (kept.length < measured.length) ops.push(...setList(index, touchpoint, 'nps', kept));
    } else if (measured !== undefined && measured.persona === id) {
      nps += 1;
      ops.push({ op: 'remove', path: at('touchpoints', index, 'nps') });
    }
    touchpoint.quotes?.forEach((quote, q) => {
      if (quote.persona === id) ops.push({ op: 'remove', path: at('touchpoints', index, 'quotes', q, 'persona') });
    });
  });
  // An action's expected change for this persona can no longer be measured: the expectation goes
  // (the action stays; undo brings the expectation back).
  (ctx.journey.actions ?? []).forEach((action, a) => {
    if (action.expect?.persona === id) ops.push({ op: 'remove', path: at('actions', a, 'expect') });
  });
  ops.push({ op: 'remove', path: at('personas', found.index) });
  return { ops, label: ctx.words.personaDeleted(found.persona.name, emotions, nps) };
}

function outcomeOf(ctx: Context, command: EditCommand): Outcome {
  switch (command.type) {
    case 'emotion.set':
      return setEmotion(ctx, command);
    case 'emotion.clear':
      return clearEmotion(ctx, command);
    case 'emotion.label':
      return labelEmotion(ctx, command);
    case 'curve.copy':
      return copyCurve(ctx, command);
    case 'journey.text':
      return journeyText(ctx, command);
    case 'phase.text':
      return phaseText(ctx, command);
    case 'touchpoint.text':
      return touchpointText(ctx, command);
    case 'touchpoint.add':
      return addTouchpoint(ctx, command);
    case 'touchpoint.delete':
      return deleteTouchpoint(ctx, command);
    case 'touchpoint.move':
      return moveTouchpoint(ctx, command);
    case 'touchpoint.channel':
      return setChannel(ctx, command);
    case 'touchpoint.moment':
      return setMoment(ctx, command);
    case 'note.add':
    case 'note.edit':
    case 'note.remove':
      return editNotes(ctx, command);
    case 'quote.add':
    case 'quote.edit':
    case 'quote.remove':
      return editQuotes(ctx, command);
    case 'phase.add':
      return addPhase(ctx, command);
    case 'phase.move':
      return movePhase(ctx, command);
    case 'phase.delete':
      return deletePhase(ctx, command);
    case 'persona.add':
      return addPersona(ctx, command);
    case 'persona.rename':
      return renamePersona(ctx, command);
    case 'persona.recolour':
      return recolourPersona(ctx, command);
    case 'persona.delete':
      return deletePersona(ctx, command);
    default:
      return refuse(
        'unknown-command',
        ctx.words.refused.invalid(String((command as { type?: unknown } | null)?.type ?? command)),
      );
  }
}

/** The label and reason wording for a locale. */
function contextFor(journey: Journey, options: EditOptions): Context {
  const localizer = Localizer.for(options.locale ?? 'en');
  return {
    journey,
    words: options.words ?? editingWords(localizer.locale),
    messages: localizer.messages,
    signed: (score) => localizer.signed(score, { maximumFractionDigits: 2 }),
  };
}

/**
 * Applies one edit to a journey. Returns the next journey (valid, deeply frozen, sharing what did
 * not change), the RFC 6902 patch and its inverse, and the label; or `{ refused, code }` when the
 * edit would break a reference or a limit, or its input is not usable — then nothing changed.
 * Never throws. `journey` should come from `parseJourney` or an earlier edit; anything else is
 * parsed first (and refused when it is not a valid journey).
 */
export function applyEdit(journey: Journey, command: EditCommand, options: EditOptions = {}): EditResult {
  let base = journey;
  if (!isEditedJourney(base) && !isValidatedJourney(base)) {
    const parsed = parseJourney(base);
    if (!parsed.ok) return refuse('not-a-journey', contextFor(base, options).words.refused.notJourney);
    base = parsed.journey;
  }
  const ctx = contextFor(base, options);
  let outcome: Outcome;
  try {
    outcome =
      typeof command === 'object' && command !== null
        ? outcomeOf(ctx, command)
        : refuse('unknown-command', ctx.words.refused.invalid(String(command)));
  } catch {
    outcome = refuse('unknown-command', ctx.words.refused.invalid(String((command as { type?: unknown })?.type)));
  }
  if ('refused' in outcome) return outcome;
  if (outcome.ops.length === 0) return { journey: base, patch: [], inverse: [], label: outcome.label };
  try {
    const applied = applyPatch(base, outcome.ops);
    if (!isValidEdit(base, applied, outcome.ops)) return refuseInvalid(ctx, applied.doc);
    const next = applied.doc as Journey;
    edited.add(next);
    return {
      journey: next,
      patch: Object.freeze(outcome.ops),
      inverse: Object.freeze(applied.inverse),
      label: outcome.label,
    };
  } catch (error) {
    if (error instanceof PatchError) return refuse('invalid', ctx.words.refused.invalid(error.message));
    throw error;
  }
}

/** The refusal of an edit whose result would not be valid, naming the first problem the full parse finds. */
function refuseInvalid(ctx: Context, doc: unknown): Refusal {
  const parsed = parseJourney(doc);
  if (parsed.ok) return refuse('limit', ctx.words.refused.tooLarge);
  const first = parsed.issues[0]!;
  const limit = parsed.code === 'LIMIT';
  return refuse(limit ? 'limit' : 'invalid', ctx.words.refused.invalid(`${first.path || '/'}: ${first.message}`));
}

/** Marks a journey as known-valid for edits; used by {@link History} for journeys it restores. */
export function rememberEdited(journey: Journey): void {
  edited.add(journey);
}

/**
 * The move of a touchpoint one step left (`-1`) or right (`+1`), as Alt+Arrow does it: across a
 * phase boundary it first changes phase and keeps its place, then moves on inside the new phase.
 * `null` at either end of the journey.
 */
export function moveStep(journey: Journey, touchpoint: string, direction: -1 | 1): EditCommand | null {
  const index = touchpointIndex(journey, touchpoint);
  if (index === -1) return null;
  const own = journey.touchpoints[index]!;
  const neighbour = journey.touchpoints[index + direction];
  if (!neighbour) return null;
  if (neighbour.phase !== own.phase) {
    return { type: 'touchpoint.move', touchpoint, index, phase: neighbour.phase };
  }
  return { type: 'touchpoint.move', touchpoint, index: index + direction, phase: own.phase };
}
