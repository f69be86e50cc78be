/**
 * Every edit command, table-driven: the patch it emits (hand-written: the index of each
 * touchpoint in the fixture is noted), the sentence it is announced with, and its refusals.
 * Each accepted edit is also checked by `expectEdit`: the journey passes parseJourney, the patch
 * applied by fast-json-patch to the journey before gives the journey after, the inverse undoes it.
 */
import { expect } from '@open-wc/testing';
import {
  type EditCommand,
  type Patch,
  type RefusalCode,
  applyEdit,
  applyPatch,
  editingWords,
  isRefusal,
  moveStep,
} from '../../src/editing/index.js';
import { type Journey, parseJourney } from '../../src/model/index.js';
import { expectEdit, mortgage, small } from './helpers.js';

/*
 * mortgage (test/fixtures/mortgage-nl.json), touchpoint indices:
 *   0 compare, 1 calculate, 2 advice, 3 offer, 4 documents, 5 status-call, 6 valuation, 7 sign,
 *   8 moving, 9 welcome, 10 service-call, 11 first-payment
 * phases: 0 orient (Oriënteren), 1 apply (Afsluiten), 2 move (Verhuizen), 3 use (Gebruiken)
 * transitions: 0 compare→calculate, 1 calculate→advice, 2 calculate→null, 3 documents→status-call,
 *   4 status-call→documents
 * small (helpers.ts): touchpoints 0 t1 (p1), 1 t2 (p1), 2 t3 (p2); phases p1 One, p2 Two, p3 Three
 */

interface Accepted {
  name: string;
  journey: () => Journey;
  command: EditCommand;
  locale?: string;
  patch: unknown[];
  label: string;
}

interface Refused {
  name: string;
  journey: () => Journey;
  command: EditCommand;
  locale?: string;
  code: RefusalCode;
  reason?: string;
}

const accepted: Accepted[] = [
  {
    name: 'emotion.set replaces a persona’s score (the example of issue 19)',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score: 3 },
    locale: 'nl-NL',
    patch: [{ op: 'replace', path: '/touchpoints/2/emotions/1/score', value: 3 }],
    label: 'Emotie van Doorstromer bij Adviesgesprek: +2 → +3',
  },
  {
    name: 'emotion.set in English',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score: 3 },
    patch: [{ op: 'replace', path: '/touchpoints/2/emotions/1/score', value: 3 }],
    label: 'Emotion of Doorstromer at Adviesgesprek: +2 → +3',
  },
  {
    name: 'emotion.set with halves, Dutch decimal comma and a real minus sign',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'offer', persona: 'mover', score: -1.5 },
    locale: 'nl',
    patch: [{ op: 'replace', path: '/touchpoints/3/emotions/1/score', value: -1.5 }],
    label: 'Emotie van Doorstromer bij Offerte ontvangen: +0,5 → −1,5',
  },
  {
    name: 'emotion.set of all customers, named explicitly with null',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'valuation', persona: null, score: 2 },
    locale: 'nl',
    patch: [{ op: 'replace', path: '/touchpoints/6/emotions/0/score', value: 2 }],
    label: 'Emotie van alle klanten bij Taxatie: 0 → +2',
  },
  {
    name: 'emotion.set adds a missing emotion at the end of the list',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'status-call', persona: 'mover', score: -1 },
    locale: 'nl',
    patch: [{ op: 'add', path: '/touchpoints/5/emotions/1', value: { score: -1, persona: 'mover' } }],
    label: 'Emotie van Doorstromer bij Bellen over de status: geen → −1',
  },
  {
    name: 'emotion.set of all customers never touches a persona’s emotion',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: null, score: 1 },
    patch: [{ op: 'add', path: '/touchpoints/2/emotions/2', value: { score: 1 } }],
    label: 'Emotion of all customers at Adviesgesprek: none → +1',
  },
  {
    name: 'emotion.set on a touchpoint without emotions adds the list',
    journey: small,
    command: { type: 'emotion.set', touchpoint: 't3', persona: 'a', score: 1 },
    patch: [{ op: 'add', path: '/touchpoints/2/emotions', value: [{ score: 1, persona: 'a' }] }],
    label: 'Emotion of Ada at Third: none → +1',
  },
  {
    name: 'emotion.set to the same score changes nothing',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: 'starter', score: 3 },
    patch: [],
    label: 'Emotion of Starter at Adviesgesprek: +3 → +3',
  },
  {
    name: 'emotion.clear of the only emotion removes the list',
    journey: mortgage,
    command: { type: 'emotion.clear', touchpoint: 'status-call', persona: 'starter' },
    locale: 'nl',
    patch: [{ op: 'remove', path: '/touchpoints/5/emotions' }],
    label: 'Emotie van Starter bij Bellen over de status: −2 → geen',
  },
  {
    name: 'emotion.clear of one of two',
    journey: mortgage,
    command: { type: 'emotion.clear', touchpoint: 'advice', persona: 'mover' },
    patch: [{ op: 'remove', path: '/touchpoints/2/emotions/1' }],
    label: 'Emotion of Doorstromer at Adviesgesprek: +2 → none',
  },
  {
    name: 'emotion.label names a known emotion in the element’s language',
    journey: mortgage,
    command: { type: 'emotion.label', touchpoint: 'offer', persona: 'mover', label: 'relief' },
    locale: 'nl',
    patch: [{ op: 'add', path: '/touchpoints/3/emotions/1/label', value: 'relief' }],
    label: 'Emotie van Doorstromer bij Offerte ontvangen benoemd als “opluchting”',
  },
  {
    name: 'emotion.label with any other text keeps it as typed',
    journey: mortgage,
    command: { type: 'emotion.label', touchpoint: 'advice', persona: 'starter', label: ' gerustgesteld ' },
    patch: [{ op: 'replace', path: '/touchpoints/2/emotions/0/label', value: 'gerustgesteld' }],
    label: 'Emotion of Starter at Adviesgesprek named “gerustgesteld”',
  },
  {
    name: 'emotion.label null removes the name',
    journey: mortgage,
    command: { type: 'emotion.label', touchpoint: 'advice', persona: 'starter', label: null },
    patch: [{ op: 'remove', path: '/touchpoints/2/emotions/0/label' }],
    label: 'Emotion of Starter at Adviesgesprek no longer named',
  },
  {
    // t1: [a 1, b −2, all 0] → b's replaced by a copy of a's: [a 1, all 0, b 1]; t2: [a 2] → [a 2, b 2].
    name: 'curve.copy replaces the target persona’s emotions with copies',
    journey: small,
    command: { type: 'curve.copy', from: 'a', to: 'b' },
    patch: [
      {
        op: 'replace',
        path: '/touchpoints/0/emotions',
        value: [{ score: 1, persona: 'a' }, { score: 0 }, { score: 1, persona: 'b' }],
      },
      {
        op: 'replace',
        path: '/touchpoints/1/emotions',
        value: [
          { score: 2, persona: 'a' },
          { score: 2, persona: 'b' },
        ],
      },
    ],
    label: 'Curve of Ada copied to Bo: 2 touchpoints',
  },
  {
    // valuation (6) is the only all-customers emotion; label and intensity go along, notes and sources not.
    name: 'curve.copy from all customers to a persona',
    journey: mortgage,
    command: { type: 'curve.copy', from: null, to: 'mover' },
    locale: 'nl',
    patch: [
      { op: 'remove', path: '/touchpoints/0/emotions/1' },
      { op: 'remove', path: '/touchpoints/1/emotions/1' },
      { op: 'remove', path: '/touchpoints/2/emotions/1' },
      { op: 'remove', path: '/touchpoints/3/emotions/1' },
      { op: 'remove', path: '/touchpoints/4/emotions/1' },
      { op: 'replace', path: '/touchpoints/6/emotions', value: [{ score: 0 }, { score: 0, persona: 'mover' }] },
      { op: 'remove', path: '/touchpoints/7/emotions/1' },
      { op: 'remove', path: '/touchpoints/8/emotions/1' },
      { op: 'remove', path: '/touchpoints/9/emotions/1' },
      { op: 'remove', path: '/touchpoints/10/emotions/1' },
      { op: 'remove', path: '/touchpoints/11/emotions/1' },
    ].map((op) =>
      // A list loses its mover emotion: the patch replaces the list with what is kept.
      op.op === 'remove' ? { op: 'replace', path: op.path.replace(/\/1$/, ''), value: 'kept' } : op,
    ),
    label: 'Curve van alle klanten gekopieerd naar Doorstromer: 1 contactmoment',
  },
  {
    name: 'journey.text title, trimmed',
    journey: mortgage,
    command: { type: 'journey.text', field: 'title', value: '  Huis kopen  ' },
    locale: 'nl',
    patch: [{ op: 'replace', path: '/title', value: 'Huis kopen' }],
    label: 'Titel gewijzigd in “Huis kopen”',
  },
  {
    name: 'journey.text empty goal removes it',
    journey: mortgage,
    command: { type: 'journey.text', field: 'goal', value: ' ' },
    locale: 'nl',
    patch: [{ op: 'remove', path: '/goal' }],
    label: 'Doel verwijderd',
  },
  {
    name: 'journey.text adds a goal that was not there',
    journey: small,
    command: { type: 'journey.text', field: 'goal', value: 'Get it done' },
    patch: [{ op: 'add', path: '/goal', value: 'Get it done' }],
    label: 'Goal changed to “Get it done”',
  },
  {
    name: 'phase.text label renames, the id stays',
    journey: mortgage,
    command: { type: 'phase.text', phase: 'orient', field: 'label', value: 'Verkennen' },
    locale: 'nl',
    patch: [{ op: 'replace', path: '/phases/0/label', value: 'Verkennen' }],
    label: 'Fase “Oriënteren” hernoemd tot “Verkennen”',
  },
  {
    name: 'phase.text removing a description that is not there changes nothing',
    journey: mortgage,
    command: { type: 'phase.text', phase: 'use', field: 'description', value: '' },
    patch: [],
    label: 'Description of phase “Gebruiken” removed',
  },
  {
    name: 'touchpoint.text label',
    journey: mortgage,
    command: { type: 'touchpoint.text', touchpoint: 'sign', field: 'label', value: 'Tekenen' },
    locale: 'nl',
    patch: [{ op: 'replace', path: '/touchpoints/7/label', value: 'Tekenen' }],
    label: 'Contactmoment “Tekenen bij de notaris” hernoemd tot “Tekenen”',
  },
  {
    name: 'touchpoint.text actor added',
    journey: mortgage,
    command: { type: 'touchpoint.text', touchpoint: 'compare', field: 'actor', value: 'klant' },
    patch: [{ op: 'add', path: '/touchpoints/0/actor', value: 'klant' }],
    label: 'Actor of touchpoint “Hypotheken vergelijken” set to “klant”',
  },
  {
    name: 'touchpoint.text description cleared',
    journey: mortgage,
    command: { type: 'touchpoint.text', touchpoint: 'advice', field: 'actor', value: '' },
    patch: [{ op: 'remove', path: '/touchpoints/2/actor' }],
    label: 'Actor of touchpoint “Adviesgesprek” removed',
  },
  {
    name: 'touchpoint.add after another, in its phase, id from the label',
    journey: mortgage,
    command: { type: 'touchpoint.add', label: 'Bezichtiging', at: { after: 'advice' } },
    locale: 'nl',
    patch: [
      { op: 'add', path: '/touchpoints/3', value: { id: 'bezichtiging', phase: 'orient', label: 'Bezichtiging' } },
    ],
    label: 'Contactmoment “Bezichtiging” toegevoegd na “Adviesgesprek”',
  },
  {
    name: 'touchpoint.add before the first, id made unique (advice is taken)',
    journey: mortgage,
    command: { type: 'touchpoint.add', label: 'Advice', at: { before: 'compare' } },
    patch: [{ op: 'add', path: '/touchpoints/0', value: { id: 'advice-2', phase: 'orient', label: 'Advice' } }],
    label: 'Touchpoint “Advice” added before “Hypotheken vergelijken”',
  },
  {
    // Phase move ends at welcome (9), so the new one goes to 10.
    name: 'touchpoint.add at the end of a phase',
    journey: mortgage,
    command: { type: 'touchpoint.add', label: 'Sleutel', at: { phase: 'move' } },
    locale: 'nl',
    patch: [{ op: 'add', path: '/touchpoints/10', value: { id: 'sleutel', phase: 'move', label: 'Sleutel' } }],
    label: 'Contactmoment “Sleutel” toegevoegd aan fase “Verhuizen”',
  },
  {
    // p3 has none: after the last touchpoint of p1…p3, t3 at 2.
    name: 'touchpoint.add to an empty phase goes after the phases before it',
    journey: small,
    command: { type: 'touchpoint.add', label: 'Étape №4', at: { phase: 'p3' } },
    patch: [{ op: 'add', path: '/touchpoints/3', value: { id: 'etape-no4', phase: 'p3', label: 'Étape №4' } }],
    label: 'Touchpoint “Étape №4” added to phase “Three”',
  },
  {
    name: 'touchpoint.delete takes its transitions along, and says so',
    journey: mortgage,
    command: { type: 'touchpoint.delete', touchpoint: 'status-call' },
    locale: 'nl',
    // Action 0 (status-app) names documents and status-call: it keeps documents.
    patch: [
      { op: 'remove', path: '/transitions/4' },
      { op: 'remove', path: '/transitions/3' },
      { op: 'replace', path: '/actions/0/touchpoints', value: ['documents'] },
      { op: 'remove', path: '/touchpoints/5' },
    ],
    label: 'Contactmoment “Bellen over de status” verwijderd met zijn 2 overgangen',
  },
  {
    name: 'touchpoint.delete with one transition',
    journey: mortgage,
    command: { type: 'touchpoint.delete', touchpoint: 'compare' },
    patch: [
      { op: 'remove', path: '/transitions/0' },
      { op: 'remove', path: '/touchpoints/0' },
    ],
    label: 'Touchpoint “Hypotheken vergelijken” deleted with its 1 transition',
  },
  {
    name: 'touchpoint.delete without transitions',
    journey: mortgage,
    command: { type: 'touchpoint.delete', touchpoint: 'welcome' },
    // Action 1 (welkomstpakket) concerns only this touchpoint: it goes with it, and the label says so.
    patch: [
      { op: 'remove', path: '/actions/1' },
      { op: 'remove', path: '/touchpoints/9' },
    ],
    label: 'Touchpoint “Welkomstpakket nieuwe woning” deleted and 1 improvement action that concerned only it',
  },
  {
    // t3 (p2) to the front: its neighbours there are nothing and t1 (p1), so it joins p1.
    name: 'touchpoint.move across a phase boundary joins the phase it lands in',
    journey: small,
    command: { type: 'touchpoint.move', touchpoint: 't3', index: 0 },
    patch: [
      { op: 'move', from: '/touchpoints/2', path: '/touchpoints/0' },
      { op: 'replace', path: '/touchpoints/0/phase', value: 'p1' },
    ],
    label: 'Touchpoint “Third” moved to position 1 of 3, now in phase “One”',
  },
  {
    name: 'touchpoint.move inside its phase',
    journey: small,
    command: { type: 'touchpoint.move', touchpoint: 't1', index: 1 },
    patch: [{ op: 'move', from: '/touchpoints/0', path: '/touchpoints/1' }],
    label: 'Touchpoint “First” moved to position 2 of 3',
  },
  {
    name: 'touchpoint.move to a phase in place',
    journey: small,
    command: { type: 'touchpoint.move', touchpoint: 't3', index: 2, phase: 'p3' },
    patch: [{ op: 'replace', path: '/touchpoints/2/phase', value: 'p3' }],
    label: 'Touchpoint “Third” moved to phase “Three”',
  },
  {
    name: 'touchpoint.channel to a well-known channel, named in the language',
    journey: mortgage,
    command: { type: 'touchpoint.channel', touchpoint: 'compare', channel: 'phone' },
    locale: 'nl',
    patch: [{ op: 'replace', path: '/touchpoints/0/channel', value: 'phone' }],
    label: 'Kanaal van “Hypotheken vergelijken” is nu telefoon',
  },
  {
    name: 'touchpoint.channel to a defined channel, by its label',
    journey: mortgage,
    command: { type: 'touchpoint.channel', touchpoint: 'compare', channel: 'adviser' },
    patch: [{ op: 'replace', path: '/touchpoints/0/channel', value: 'adviser' }],
    label: 'Channel of “Hypotheken vergelijken” set to Hypotheekadviseur',
  },
  {
    name: 'touchpoint.channel null removes it',
    journey: mortgage,
    command: { type: 'touchpoint.channel', touchpoint: 'compare', channel: null },
    patch: [{ op: 'remove', path: '/touchpoints/0/channel' }],
    label: 'Channel of “Hypotheken vergelijken” removed',
  },
  {
    name: 'touchpoint.moment sets a moment of truth',
    journey: mortgage,
    command: { type: 'touchpoint.moment', touchpoint: 'compare', moment: { kind: 'wow' } },
    patch: [{ op: 'add', path: '/touchpoints/0/momentOfTruth', value: { kind: 'wow' } }],
    label: '“Hypotheken vergelijken” marked as a wow moment',
  },
  {
    name: 'touchpoint.moment replaces one with a note',
    journey: mortgage,
    command: { type: 'touchpoint.moment', touchpoint: 'sign', moment: { kind: 'critical', note: 'Alles valt samen' } },
    locale: 'nl',
    patch: [
      { op: 'replace', path: '/touchpoints/7/momentOfTruth', value: { kind: 'critical', note: 'Alles valt samen' } },
    ],
    label: '“Tekenen bij de notaris” gemarkeerd als kritiek moment',
  },
  {
    name: 'touchpoint.moment null clears it',
    journey: mortgage,
    command: { type: 'touchpoint.moment', touchpoint: 'sign', moment: null },
    patch: [{ op: 'remove', path: '/touchpoints/7/momentOfTruth' }],
    label: 'Moment of truth of “Tekenen bij de notaris” removed',
  },
  {
    name: 'note.add a pain point at the end',
    journey: mortgage,
    command: { type: 'note.add', touchpoint: 'documents', list: 'painPoints', text: 'Traag' },
    locale: 'nl',
    patch: [{ op: 'add', path: '/touchpoints/4/painPoints/2', value: 'Traag' }],
    label: 'Pijnpunt toegevoegd aan “Documenten aanleveren”',
  },
  {
    name: 'note.add the first opportunity adds the list',
    journey: mortgage,
    command: { type: 'note.add', touchpoint: 'compare', list: 'opportunities', text: 'Vergelijkbare rentes' },
    patch: [{ op: 'add', path: '/touchpoints/0/opportunities', value: ['Vergelijkbare rentes'] }],
    label: 'Opportunity added to “Hypotheken vergelijken”',
  },
  {
    name: 'note.edit changes one',
    journey: mortgage,
    command: { type: 'note.edit', touchpoint: 'documents', list: 'opportunities', index: 1, text: 'Eén keer vragen' },
    patch: [{ op: 'replace', path: '/touchpoints/4/opportunities/1', value: 'Eén keer vragen' }],
    label: 'Opportunity of “Documenten aanleveren” changed',
  },
  {
    name: 'note.edit to nothing removes it',
    journey: mortgage,
    command: { type: 'note.edit', touchpoint: 'documents', list: 'painPoints', index: 0, text: '' },
    patch: [{ op: 'remove', path: '/touchpoints/4/painPoints/0' }],
    label: 'Pain point removed from “Documenten aanleveren”',
  },
  {
    name: 'note.remove the last one removes the list',
    journey: mortgage,
    command: { type: 'note.remove', touchpoint: 'compare', list: 'painPoints', index: 0 },
    patch: [{ op: 'remove', path: '/touchpoints/0/painPoints' }],
    label: 'Pain point removed from “Hypotheken vergelijken”',
  },
  {
    name: 'quote.add with a persona',
    journey: mortgage,
    command: { type: 'quote.add', touchpoint: 'calculate', quote: { text: 'Duur', persona: 'mover' } },
    locale: 'nl',
    patch: [{ op: 'add', path: '/touchpoints/1/quotes/1', value: { text: 'Duur', persona: 'mover' } }],
    label: 'Citaat toegevoegd aan “Maximale hypotheek berekenen”',
  },
  {
    name: 'quote.edit',
    journey: mortgage,
    command: { type: 'quote.edit', touchpoint: 'calculate', index: 0, quote: { text: 'Anders', source: 'nps-survey' } },
    patch: [{ op: 'replace', path: '/touchpoints/1/quotes/0', value: { text: 'Anders', source: 'nps-survey' } }],
    label: 'Quote of “Maximale hypotheek berekenen” changed',
  },
  {
    name: 'quote.remove the only one',
    journey: mortgage,
    command: { type: 'quote.remove', touchpoint: 'calculate', index: 0 },
    patch: [{ op: 'remove', path: '/touchpoints/1/quotes' }],
    label: 'Quote removed from “Maximale hypotheek berekenen”',
  },
  {
    name: 'phase.add at the end',
    journey: mortgage,
    command: { type: 'phase.add', label: 'Nazorg' },
    locale: 'nl',
    patch: [{ op: 'add', path: '/phases/4', value: { id: 'nazorg', label: 'Nazorg' } }],
    label: 'Fase “Nazorg” toegevoegd',
  },
  {
    name: 'phase.add at the front, id unique (use is taken)',
    journey: mortgage,
    command: { type: 'phase.add', label: 'Use', index: 0, description: 'Before all' },
    patch: [{ op: 'add', path: '/phases/0', value: { id: 'use-2', label: 'Use', description: 'Before all' } }],
    label: 'Phase “Use” added',
  },
  {
    name: 'phase.move',
    journey: mortgage,
    command: { type: 'phase.move', phase: 'use', index: 0 },
    locale: 'nl',
    patch: [{ op: 'move', from: '/phases/3', path: '/phases/0' }],
    label: 'Fase “Gebruiken” verplaatst naar positie 1 van 4',
  },
  {
    name: 'phase.delete of a phase with touchpoints moves them to the target',
    journey: mortgage,
    command: { type: 'phase.delete', phase: 'use', moveTo: 'move' },
    locale: 'nl',
    patch: [
      { op: 'replace', path: '/touchpoints/10/phase', value: 'move' },
      { op: 'replace', path: '/touchpoints/11/phase', value: 'move' },
      { op: 'remove', path: '/phases/3' },
    ],
    label: 'Fase “Gebruiken” verwijderd; de 2 contactmomenten ervan gaan naar “Verhuizen”',
  },
  {
    name: 'phase.delete of an empty phase',
    journey: small,
    command: { type: 'phase.delete', phase: 'p3' },
    patch: [{ op: 'remove', path: '/phases/2' }],
    label: 'Phase “Three” deleted',
  },
  {
    name: 'persona.add with a colour',
    journey: mortgage,
    command: { type: 'persona.add', name: 'Senior', color: 'teal' },
    locale: 'nl',
    patch: [{ op: 'add', path: '/personas/2', value: { id: 'senior', name: 'Senior', color: 'teal' } }],
    label: 'Persona “Senior” toegevoegd',
  },
  {
    name: 'persona.rename keeps the id',
    journey: mortgage,
    command: { type: 'persona.rename', persona: 'starter', name: 'Starters' },
    patch: [{ op: 'replace', path: '/personas/0/name', value: 'Starters' }],
    label: 'Persona “Starter” renamed to “Starters”',
  },
  {
    name: 'persona.recolour',
    journey: mortgage,
    command: { type: 'persona.recolour', persona: 'mover', color: 'rgb(10, 20, 30)' },
    patch: [{ op: 'replace', path: '/personas/1/color', value: 'rgb(10, 20, 30)' }],
    label: 'Colour of persona “Doorstromer” set to rgb(10, 20, 30)',
  },
  {
    name: 'persona.recolour null removes the colour',
    journey: mortgage,
    command: { type: 'persona.recolour', persona: 'mover', color: null },
    patch: [{ op: 'remove', path: '/personas/1/color' }],
    label: 'Colour of persona “Doorstromer” removed',
  },
  {
    // t1: emotions [a, b, all] → [b, all]; its NPS (a's) goes; quote 0 loses its persona.
    // t2: emotions [a] → none; NPS [a, b] → [b]. 2 emotions, 2 NPS measurements.
    name: 'persona.delete removes its emotions and NPS and every reference to it',
    journey: small,
    command: { type: 'persona.delete', persona: 'a' },
    patch: [
      { op: 'replace', path: '/touchpoints/0/emotions', value: [{ score: -2, persona: 'b' }, { score: 0 }] },
      { op: 'remove', path: '/touchpoints/0/nps' },
      { op: 'remove', path: '/touchpoints/0/quotes/0/persona' },
      { op: 'remove', path: '/touchpoints/1/emotions' },
      {
        op: 'replace',
        path: '/touchpoints/1/nps',
        value: [{ promoters: 2, passives: 1, detractors: 0, persona: 'b', period: 'Q1' }],
      },
      { op: 'remove', path: '/personas/0' },
    ],
    label: 'Persona “Ada” deleted with 2 emotions and 2 NPS measurements',
  },
];

const minimal = (): Journey => {
  const parsed = parseJourney({
    version: 1,
    id: 'm',
    title: 'M',
    phases: [{ id: 'p', label: 'P' }],
    touchpoints: [{ id: 't', phase: 'p', label: 'T' }],
  });
  if (!parsed.ok) throw new Error('minimal does not parse');
  return parsed.journey;
};

const refused: Refused[] = [
  {
    name: 'a score above +5',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score: 6 },
    code: 'out-of-range',
    reason: 'An emotion score runs from −5 to +5.',
  },
  {
    name: 'a score that is not a number',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score: Number.NaN },
    code: 'out-of-range',
  },
  {
    name: 'an emotion edit that does not say whose',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', score: 1 } as unknown as EditCommand,
    locale: 'nl',
    code: 'whose',
    reason: 'Zeg wiens emotie dit is: een persona, of uitdrukkelijk alle klanten.',
  },
  {
    name: 'an unknown persona',
    journey: mortgage,
    command: { type: 'emotion.set', touchpoint: 'advice', persona: 'nobody', score: 1 },
    code: 'not-found',
    reason: 'There is no persona “nobody” in this journey.',
  },
  {
    name: 'an unknown touchpoint',
    journey: mortgage,
    command: { type: 'emotion.clear', touchpoint: 'nope', persona: null },
    code: 'not-found',
    reason: 'There is no touchpoint “nope” in this journey.',
  },
  {
    name: 'clearing an emotion that is not there',
    journey: mortgage,
    command: { type: 'emotion.clear', touchpoint: 'status-call', persona: 'mover' },
    locale: 'nl',
    code: 'not-found',
    reason: 'Doorstromer heeft nog geen emotie bij “Bellen over de status”.',
  },
  {
    name: 'naming an emotion that is not there',
    journey: mortgage,
    command: { type: 'emotion.label', touchpoint: 'valuation', persona: 'starter', label: 'joy' },
    code: 'not-found',
  },
  {
    name: 'copying a curve onto itself',
    journey: mortgage,
    command: { type: 'curve.copy', from: 'starter', to: 'starter' },
    code: 'same',
  },
  {
    name: 'copying a curve of a persona without emotions',
    journey: () => {
      const added = applyEdit(small(), { type: 'persona.add', name: 'Cy' });
      if (isRefusal(added)) throw new Error(added.refused);
      return added.journey;
    },
    command: { type: 'curve.copy', from: 'cy', to: 'a' },
    code: 'not-found',
    reason: 'Cy has no emotions to copy.',
  },
  {
    name: 'an empty title',
    journey: mortgage,
    command: { type: 'journey.text', field: 'title', value: '   ' },
    locale: 'nl',
    code: 'empty',
    reason: 'De titel mag niet leeg zijn.',
  },
  {
    name: 'an empty phase label',
    journey: mortgage,
    command: { type: 'phase.text', phase: 'orient', field: 'label', value: '' },
    code: 'empty',
    reason: 'A name cannot be empty.',
  },
  {
    name: 'an empty touchpoint label',
    journey: mortgage,
    command: { type: 'touchpoint.text', touchpoint: 'advice', field: 'label', value: '' },
    locale: 'nl',
    code: 'empty',
    reason: 'Een naam mag niet leeg zijn.',
  },
  {
    name: 'a label of 501 characters (LIMITS.maxShortText is 500)',
    journey: mortgage,
    command: { type: 'touchpoint.text', touchpoint: 'advice', field: 'label', value: 'x'.repeat(501) },
    code: 'too-long',
    reason: 'That text is too long: at most 500 characters.',
  },
  {
    name: 'a description of 10,001 characters (LIMITS.maxLongText is 10,000)',
    journey: mortgage,
    command: { type: 'touchpoint.text', touchpoint: 'advice', field: 'description', value: 'x'.repeat(10_001) },
    code: 'too-long',
  },
  {
    name: 'a touchpoint without a label',
    journey: mortgage,
    command: { type: 'touchpoint.add', label: '', at: { after: 'advice' } },
    code: 'empty',
  },
  {
    name: 'a touchpoint after one that is not there',
    journey: mortgage,
    command: { type: 'touchpoint.add', label: 'X', at: { after: 'nope' } },
    code: 'not-found',
  },
  {
    name: 'a move beyond the end',
    journey: small,
    command: { type: 'touchpoint.move', touchpoint: 't1', index: 3 },
    code: 'out-of-range',
    reason: 'Choose a position from 1 to 3.',
  },
  {
    name: 'a move to a phase that is not there',
    journey: small,
    command: { type: 'touchpoint.move', touchpoint: 't1', index: 0, phase: 'p9' },
    code: 'not-found',
  },
  {
    name: 'a channel that is neither well-known nor defined',
    journey: mortgage,
    command: { type: 'touchpoint.channel', touchpoint: 'compare', channel: 'fax' },
    locale: 'nl',
    code: 'not-found',
    reason: '“fax” is geen bekend kanaal en ook niet in deze klantreis gedefinieerd.',
  },
  {
    name: 'a moment of truth of an unknown kind',
    journey: mortgage,
    command: {
      type: 'touchpoint.moment',
      touchpoint: 'compare',
      moment: { kind: 'meh' },
    } as unknown as EditCommand,
    code: 'not-found',
  },
  {
    name: 'an empty pain point',
    journey: mortgage,
    command: { type: 'note.add', touchpoint: 'documents', list: 'painPoints', text: ' ' },
    code: 'empty',
  },
  {
    name: 'an item that is not there',
    journey: mortgage,
    command: { type: 'note.remove', touchpoint: 'documents', list: 'painPoints', index: 2 },
    code: 'not-found',
    reason: 'There is no item 3 in that list.',
  },
  {
    name: 'an empty quote',
    journey: mortgage,
    command: { type: 'quote.add', touchpoint: 'calculate', quote: { text: '' } },
    code: 'empty',
  },
  {
    name: 'a quote of an unknown persona',
    journey: mortgage,
    command: { type: 'quote.add', touchpoint: 'calculate', quote: { text: 'Hm', persona: 'x' } },
    code: 'not-found',
  },
  {
    name: 'deleting a phase with touchpoints without saying where they go',
    journey: mortgage,
    command: { type: 'phase.delete', phase: 'use' },
    locale: 'nl',
    code: 'needs-target',
    reason: 'Fase “Gebruiken” heeft 2 contactmomenten: kies de fase waar ze naartoe gaan.',
  },
  {
    name: 'moving a deleted phase’s touchpoints into itself',
    journey: mortgage,
    command: { type: 'phase.delete', phase: 'use', moveTo: 'use' },
    code: 'same',
  },
  {
    name: 'deleting the last phase',
    journey: minimal,
    command: { type: 'phase.delete', phase: 'p', moveTo: 'p' },
    code: 'limit',
    reason: 'A journey needs at least one phase.',
  },
  {
    name: 'a persona colour that is not in the colour grammar',
    journey: mortgage,
    command: { type: 'persona.recolour', persona: 'mover', color: 'red; background: url(x)' },
    code: 'colour',
  },
  {
    name: 'a persona without a name',
    journey: mortgage,
    command: { type: 'persona.add', name: '' },
    code: 'empty',
  },
  {
    name: 'an unknown command',
    journey: mortgage,
    command: { type: 'journey.explode' } as unknown as EditCommand,
    code: 'unknown-command',
  },
];

describe('applyEdit: each command', () => {
  for (const row of accepted) {
    it(row.name, () => {
      const before = row.journey();
      const result = expectEdit(before, applyEdit(before, row.command, { locale: row.locale }));
      expect(result.label).to.equal(row.label);
      if (row.patch.some((op) => (op as { value?: unknown }).value === 'kept')) {
        // The curve copy's rows above: check paths and ops, the values by the journey after.
        expect(result.patch.map((op) => [op.op, op.path])).to.deep.equal(
          row.patch.map((op) => [(op as { op: string }).op, (op as { path: string }).path]),
        );
        for (const touchpoint of result.journey.touchpoints) {
          const mover = touchpoint.emotions?.filter((emotion) => emotion.persona === 'mover') ?? [];
          expect(mover.length, touchpoint.id).to.equal(touchpoint.id === 'valuation' ? 1 : 0);
        }
      } else {
        expect(JSON.parse(JSON.stringify(result.patch))).to.deep.equal(row.patch);
      }
      if (row.patch.length === 0) expect(result.journey).to.equal(before);
    });
  }
});

describe('applyEdit: improvement actions follow deletions', () => {
  it("persona.delete drops an action's expectation for that persona and keeps the action", () => {
    // Action 2 (een-keer-uploaden) expects +2 emotion for the starter; the others name no persona.
    const before = mortgage();
    const result = expectEdit(before, applyEdit(before, { type: 'persona.delete', persona: 'starter' }));
    const removals = result.patch.filter((op) => op.path.startsWith('/actions/'));
    expect(JSON.parse(JSON.stringify(removals))).to.deep.equal([{ op: 'remove', path: '/actions/2/expect' }]);
    expect(result.journey.actions?.map((action) => action.id)).to.deep.equal(before.actions?.map((a) => a.id));
    expect(result.journey.actions?.[2]?.expect).to.equal(undefined);
  });

  it('touchpoint.delete of every touchpoint an action names removes the action, and undo brings it back', () => {
    // Action 3 (sms-status) names documents, valuation and sign.
    let journey = mortgage();
    const start = journey;
    const inverses: Patch[] = [];
    for (const touchpoint of ['documents', 'valuation', 'sign']) {
      const result = expectEdit(journey, applyEdit(journey, { type: 'touchpoint.delete', touchpoint }));
      inverses.unshift(result.inverse);
      journey = result.journey;
    }
    expect(journey.actions?.some((action) => action.id === 'sms-status')).to.equal(false);
    expect(journey.actions?.find((action) => action.id === 'status-app')?.touchpoints).to.deep.equal(['status-call']);
    let undone: unknown = journey;
    for (const inverse of inverses) undone = applyPatch(undone, inverse).doc;
    expect(undone).to.deep.equal(start);
  });
});

describe('applyEdit: refusals change nothing and say why', () => {
  for (const row of refused) {
    it(row.name, () => {
      const before = row.journey();
      const snapshot = JSON.stringify(before);
      const result = applyEdit(before, row.command, { locale: row.locale });
      if (!isRefusal(result)) throw new Error(`accepted: ${result.label}`);
      expect(result.code).to.equal(row.code);
      expect(result.refused).to.be.a('string').and.not.equal('');
      if (row.reason !== undefined) expect(result.refused).to.equal(row.reason);
      expect(JSON.stringify(before)).to.equal(snapshot);
    });
  }

  it('refuses a journey that is not valid, without throwing', () => {
    const result = applyEdit({ version: 2 } as unknown as Journey, {
      type: 'journey.text',
      field: 'title',
      value: 'x',
    });
    expect(isRefusal(result) && result.code).to.equal('not-a-journey');
  });

  it('parses a journey that did not come from parseJourney first, and edits the parsed copy', () => {
    const input = { version: 1, id: 'j', title: 'J', phases: [{ id: 'p', label: 'P' }], touchpoints: [] };
    const result = applyEdit(input as unknown as Journey, { type: 'journey.text', field: 'title', value: 'K' });
    if (isRefusal(result)) throw new Error(result.refused);
    // The parsed copy has the default kind, so the patch starts from it.
    expect(result.journey).to.deep.equal({ ...input, kind: 'specific', title: 'K' });
    expect(result.patch).to.deep.equal([{ op: 'replace', path: '/title', value: 'K' }]);
    expect(input.title).to.equal('J');
  });

  it('refuses a limit: the 501st persona-less emotion of a touchpoint (LIMITS.maxListItems is 500)', () => {
    const emotions = Array.from({ length: 500 }, (_, i) => ({ score: 0, label: `e${i}` }));
    const parsed = parseJourney({
      version: 1,
      id: 'j',
      title: 'J',
      personas: [{ id: 'a', name: 'A' }],
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: [{ id: 't', phase: 'p', label: 'T', emotions }],
    });
    if (!parsed.ok) throw new Error('does not parse');
    const result = applyEdit(parsed.journey, { type: 'emotion.set', touchpoint: 't', persona: 'a', score: 1 });
    expect(isRefusal(result) && result.code).to.equal('limit');
  });
});

describe('applyEdit: limits of src/model/limits.ts', () => {
  const withLists = (phases: number, personas: number): Journey => {
    const parsed = parseJourney({
      version: 1,
      id: 'j',
      title: 'J',
      personas: Array.from({ length: personas }, (_, i) => ({ id: `persona-${i}`, name: `P${i}` })),
      phases: Array.from({ length: phases }, (_, i) => ({ id: `phase-${i}`, label: `Phase ${i}` })),
      touchpoints: [{ id: 't', phase: 'phase-0', label: 'T' }],
    });
    if (!parsed.ok) throw new Error('does not parse');
    return parsed.journey;
  };

  it('refuses the 501st phase (maxPhases 500) and accepts the 500th', () => {
    expectEdit(withLists(499, 1), applyEdit(withLists(499, 1), { type: 'phase.add', label: 'Last' }));
    const result = applyEdit(withLists(500, 1), { type: 'phase.add', label: 'One too many' });
    expect(isRefusal(result) && result.refused).to.equal('A journey holds at most 500 phases.');
  });

  it('refuses a curve copy that would give a touchpoint more than 500 emotions (maxListItems)', () => {
    // 300 of Ada's and 1 of Bo's; the copy keeps Ada's 300 and adds 300 of Bo's: 600 > 500.
    const parsed = parseJourney({
      version: 1,
      id: 'j',
      title: 'J',
      personas: [
        { id: 'a', name: 'Ada' },
        { id: 'b', name: 'Bo' },
      ],
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: [
        {
          id: 't',
          phase: 'p',
          label: 'T',
          emotions: [...Array.from({ length: 300 }, () => ({ score: 1, persona: 'a' })), { score: 0, persona: 'b' }],
        },
      ],
    });
    if (!parsed.ok) throw new Error('does not parse');
    const result = applyEdit(parsed.journey, { type: 'curve.copy', from: 'a', to: 'b' });
    // Refused by the command itself, with its own sentence (not only by the validation's safety net).
    expect(isRefusal(result) && result.refused).to.equal('A touchpoint holds at most 500 items in one list.');
  });

  it('refuses the 101st persona (maxPersonas 100)', () => {
    const result = applyEdit(withLists(1, 100), { type: 'persona.add', name: 'Extra' }, { locale: 'nl' });
    expect(isRefusal(result) && result.refused).to.equal('Een klantreis bevat hoogstens 100 persona’s.');
  });
});

describe('applyEdit: ids and sharing', () => {
  it('never changes an id on a rename', () => {
    const before = mortgage();
    const result = expectEdit(
      before,
      applyEdit(before, { type: 'touchpoint.text', touchpoint: 'advice', field: 'label', value: 'Gesprek' }),
    );
    expect(result.journey.touchpoints[2]!.id).to.equal('advice');
  });

  it('shares every touchpoint it did not touch with the journey before', () => {
    const before = mortgage();
    const result = expectEdit(
      before,
      applyEdit(before, { type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score: 3 }),
    );
    result.journey.touchpoints.forEach((touchpoint, i) => {
      if (i === 2) expect(touchpoint).to.not.equal(before.touchpoints[i]);
      else expect(touchpoint).to.equal(before.touchpoints[i]);
    });
    expect(result.journey.phases).to.equal(before.phases);
    // The journey before is unchanged: its score is still +2.
    expect(before.touchpoints[2]!.emotions![1]!.score).to.equal(2);
  });

  it('speaks in words the caller passes, numbers in its locale', () => {
    const before = mortgage();
    const words = {
      ...editingWords('en'),
      emotionSet: (who: string, at: string, from: string, to: string) => `${who}@${at} ${from}>${to}`,
    };
    const result = expectEdit(
      before,
      applyEdit(
        before,
        { type: 'emotion.set', touchpoint: 'offer', persona: 'mover', score: 1.5 },
        { locale: 'de-DE', words },
      ),
    );
    // German numbers: +0,5 and +1,5.
    expect(result.label).to.equal('Doorstromer@Offerte ontvangen +0,5>+1,5');
  });

  it('moveStep: across a phase boundary first changes phase, then moves inside it', () => {
    const journey = small();
    // t2 is the last of p1, t3 the first of p2: stepping right joins p2 in place.
    expect(moveStep(journey, 't2', 1)).to.deep.equal({
      type: 'touchpoint.move',
      touchpoint: 't2',
      index: 1,
      phase: 'p2',
    });
    expect(moveStep(journey, 't1', 1)).to.deep.equal({
      type: 'touchpoint.move',
      touchpoint: 't1',
      index: 1,
      phase: 'p1',
    });
    expect(moveStep(journey, 't1', -1)).to.equal(null);
    expect(moveStep(journey, 't3', 1)).to.equal(null);
    const step = moveStep(journey, 't2', 1)!;
    expect(expectEdit(journey, applyEdit(journey, step)).label).to.equal('Touchpoint “Second” moved to phase “Two”');
  });
});
