/**
 * The English words of the editing layer: the one sentence each edit is announced with, and why
 * an edit was refused. Its own catalogue, beside the elements' (src/shared/i18n), so a read-only
 * page never downloads the editor's words; names and labels arrive as they are in the journey.
 */
import { pluralizer } from '../shared/i18n/plural.js';

const plural = pluralizer('en');
const number = new Intl.NumberFormat('en');
const counted = {
  touchpoints: (n: number): string => plural(n, { one: (c) => `${c} touchpoint`, other: (c) => `${c} touchpoints` }),
};
const position = (at: number, total: number): string => `${number.format(at)} of ${number.format(total)}`;

export const editingEn = {
  /** Whose emotion when no persona is named. */
  allCustomers: 'all customers',
  /** An emotion score before or after an edit, where there was none. */
  noScore: 'none',
  /** "Emotion of Starter at Advice meeting: +2 → +3". */
  emotionSet: (persona: string, touchpoint: string, fromText: string, toText: string) =>
    `Emotion of ${persona} at ${touchpoint}: ${fromText} → ${toText}`,
  /** "Emotion of Starter at Advice meeting named “relief”". */
  emotionNamed: (persona: string, touchpoint: string, label: string) =>
    `Emotion of ${persona} at ${touchpoint} named “${label}”`,
  /** "Emotion of Starter at Advice meeting no longer named". */
  emotionUnnamed: (persona: string, touchpoint: string) => `Emotion of ${persona} at ${touchpoint} no longer named`,
  /** "Curve of Starter copied to Mover: 12 touchpoints". */
  curveCopied: (from: string, to: string, touchpoints: number) =>
    `Curve of ${from} copied to ${to}: ${counted.touchpoints(touchpoints)}`,
  /** The journey's text fields, as the subject of a sentence. */
  journeyFields: { title: 'Title', goal: 'Goal', start: 'Start', end: 'End' },
  /** "Title changed to “Buying a house”". */
  journeyTextSet: (field: string, value: string) => `${field} changed to “${value}”`,
  /** "Goal removed". */
  journeyTextCleared: (field: string) => `${field} removed`,
  /** "Phase “Orientation” renamed to “Explore”"; also touchpoints and personas. */
  phaseRenamed: (from: string, to: string) => `Phase “${from}” renamed to “${to}”`,
  phaseDescribed: (phase: string) => `Description of phase “${phase}” changed`,
  phaseDescriptionCleared: (phase: string) => `Description of phase “${phase}” removed`,
  touchpointRenamed: (from: string, to: string) => `Touchpoint “${from}” renamed to “${to}”`,
  touchpointDescribed: (touchpoint: string) => `Description of touchpoint “${touchpoint}” changed`,
  touchpointDescriptionCleared: (touchpoint: string) => `Description of touchpoint “${touchpoint}” removed`,
  actorSet: (touchpoint: string, actor: string) => `Actor of touchpoint “${touchpoint}” set to “${actor}”`,
  actorCleared: (touchpoint: string) => `Actor of touchpoint “${touchpoint}” removed`,
  /** "Touchpoint “Sign” added after “Advice meeting”". */
  touchpointAdded: (touchpoint: string, where: 'before' | 'after', anchor: string) =>
    `Touchpoint “${touchpoint}” added ${where} “${anchor}”`,
  /** "Touchpoint “Sign” added to phase “Purchase”". */
  touchpointAddedTo: (touchpoint: string, phase: string) => `Touchpoint “${touchpoint}” added to phase “${phase}”`,
  /** "Touchpoint “Sign” deleted with its 3 transitions". */
  touchpointDeleted: (touchpoint: string, transitions: number, actions = 0) =>
    (transitions === 0
      ? `Touchpoint “${touchpoint}” deleted`
      : plural(transitions, {
          one: (n) => `Touchpoint “${touchpoint}” deleted with its ${n} transition`,
          other: (n) => `Touchpoint “${touchpoint}” deleted with its ${n} transitions`,
        })) +
    (actions === 0
      ? ''
      : plural(actions, {
          one: (n) => ` and ${n} improvement action that concerned only it`,
          other: (n) => ` and ${n} improvement actions that concerned only it`,
        })),
  /** "Touchpoint “Sign” moved to position 4 of 12" (", now in phase “Purchase”"). */
  touchpointMoved: (touchpoint: string, at: number, total: number, phase?: string) =>
    `Touchpoint “${touchpoint}” moved to position ${position(at, total)}${phase ? `, now in phase “${phase}”` : ''}`,
  /** "Touchpoint “Sign” moved to phase “Purchase”" (the order stays). */
  touchpointRephased: (touchpoint: string, phase: string) => `Touchpoint “${touchpoint}” moved to phase “${phase}”`,
  channelSet: (touchpoint: string, channel: string) => `Channel of “${touchpoint}” set to ${channel}`,
  channelCleared: (touchpoint: string) => `Channel of “${touchpoint}” removed`,
  /** "“Sign” marked as a make-or-break moment"; `kind` is a moment-of-truth kind in words. */
  momentSet: (touchpoint: string, kind: string) => `“${touchpoint}” marked as a ${kind}`,
  momentCleared: (touchpoint: string) => `Moment of truth of “${touchpoint}” removed`,
  /** What an item of a touchpoint's lists is called. */
  items: { painPoints: 'Pain point', opportunities: 'Opportunity', quotes: 'Quote' },
  itemAdded: (item: string, touchpoint: string) => `${item} added to “${touchpoint}”`,
  itemChanged: (item: string, touchpoint: string) => `${item} of “${touchpoint}” changed`,
  itemRemoved: (item: string, touchpoint: string) => `${item} removed from “${touchpoint}”`,
  phaseAdded: (phase: string) => `Phase “${phase}” added`,
  phaseMoved: (phase: string, at: number, total: number) => `Phase “${phase}” moved to position ${position(at, total)}`,
  /** "Phase “Use” deleted; its 3 touchpoints moved to “Purchase”". */
  phaseDeleted: (phase: string, touchpoints: number, target?: string) =>
    touchpoints === 0 || target === undefined
      ? `Phase “${phase}” deleted`
      : `Phase “${phase}” deleted; its ${counted.touchpoints(touchpoints)} moved to “${target}”`,
  personaAdded: (persona: string) => `Persona “${persona}” added`,
  personaRenamed: (from: string, to: string) => `Persona “${from}” renamed to “${to}”`,
  personaRecoloured: (persona: string, colour: string) => `Colour of persona “${persona}” set to ${colour}`,
  personaColourCleared: (persona: string) => `Colour of persona “${persona}” removed`,
  /** "Persona “Starter” deleted with 12 emotions and 3 NPS measurements". */
  personaDeleted: (persona: string, emotions: number, nps: number) => {
    const parts = [
      ...(emotions > 0 ? [plural(emotions, { one: (n) => `${n} emotion`, other: (n) => `${n} emotions` })] : []),
      ...(nps > 0 ? [plural(nps, { one: (n) => `${n} NPS measurement`, other: (n) => `${n} NPS measurements` })] : []),
    ];
    return parts.length === 0
      ? `Persona “${persona}” deleted`
      : `Persona “${persona}” deleted with ${parts.join(' and ')}`;
  },
  /** What undo and redo announce: "Undone: Emotion of …". */
  undone: (label: string) => `Undone: ${label}`,
  redone: (label: string) => `Redone: ${label}`,
  /** Why an edit was refused: one sentence each. */
  refused: {
    emptyLabel: 'A name cannot be empty.',
    emptyTitle: 'The title cannot be empty.',
    emptyQuote: 'A quote cannot be empty.',
    emptyItem: 'An empty item cannot be added: type its text.',
    tooLong: (max: number) => `That text is too long: at most ${number.format(max)} characters.`,
    tooMany: (what: string, max: number) => `A journey holds at most ${number.format(max)} ${what}.`,
    tooManyItems: (max: number) => `A touchpoint holds at most ${number.format(max)} items in one list.`,
    tooLarge: 'The journey would grow beyond its size limit.',
    scoreRange: 'An emotion score runs from −5 to +5.',
    whose: 'Say whose emotion this is: a persona, or all customers explicitly.',
    noEmotion: (persona: string, touchpoint: string) => `${persona} has no emotion at “${touchpoint}” yet.`,
    noCurve: (persona: string) => `${persona} has no emotions to copy.`,
    sameCurve: 'Choose another persona to copy the curve to.',
    unknownTouchpoint: (id: string) => `There is no touchpoint “${id}” in this journey.`,
    unknownPhase: (id: string) => `There is no phase “${id}” in this journey.`,
    unknownPersona: (id: string) => `There is no persona “${id}” in this journey.`,
    unknownChannel: (id: string) => `“${id}” is neither a well-known channel nor one defined in this journey.`,
    unknownSource: (id: string) => `There is no source “${id}” in this journey.`,
    unknownKind: (kind: string) => `“${kind}” is not a kind of moment of truth.`,
    noItem: (index: number) => `There is no item ${number.format(index + 1)} in that list.`,
    position: (total: number) => `Choose a position from 1 to ${number.format(total)}.`,
    lastPhase: 'A journey needs at least one phase.',
    phaseNotEmpty: (phase: string, touchpoints: number) =>
      `Phase “${phase}” has ${counted.touchpoints(touchpoints)}: choose the phase they move to.`,
    samePhase: 'Its touchpoints cannot move to the phase that is being deleted.',
    colour: 'Not a colour: use hex (#1f77b4), rgb()/hsl() with numbers, or a CSS colour name.',
    notJourney: 'This is not a valid journey, so it cannot be edited.',
    invalid: (detail: string) => `This edit would make the journey invalid (${detail}), so nothing changed.`,
  },
  /** What the limits count, for `refused.tooMany`. */
  limitNames: { touchpoints: 'touchpoints', phases: 'phases', personas: 'personas' },
};

/** The shape every editing catalogue has: the English one's. A missing key is a type error. */
export type EditingMessages = typeof editingEn;
