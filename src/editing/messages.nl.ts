/**
 * De Nederlandse woorden van de bewerkingslaag; typed as `EditingMessages`, so it must have every
 * key of the English one.
 */
import { pluralizer } from '../shared/i18n/plural.js';
import type { EditingMessages } from './messages.en.js';

const plural = pluralizer('nl');
const number = new Intl.NumberFormat('nl');
const counted = {
  touchpoints: (n: number): string =>
    plural(n, { one: (c) => `${c} contactmoment`, other: (c) => `${c} contactmomenten` }),
};
const position = (at: number, total: number): string => `${number.format(at)} van ${number.format(total)}`;

export const editingNl: EditingMessages = {
  allCustomers: 'alle klanten',
  noScore: 'geen',
  emotionSet: (persona: string, touchpoint: string, fromText: string, toText: string) =>
    `Emotie van ${persona} bij ${touchpoint}: ${fromText} → ${toText}`,
  emotionNamed: (persona: string, touchpoint: string, label: string) =>
    `Emotie van ${persona} bij ${touchpoint} benoemd als “${label}”`,
  emotionUnnamed: (persona: string, touchpoint: string) =>
    `Emotie van ${persona} bij ${touchpoint} niet langer benoemd`,
  curveCopied: (from: string, to: string, touchpoints: number) =>
    `Curve van ${from} gekopieerd naar ${to}: ${counted.touchpoints(touchpoints)}`,
  journeyFields: { title: 'Titel', goal: 'Doel', start: 'Begin', end: 'Einde' },
  journeyTextSet: (field: string, value: string) => `${field} gewijzigd in “${value}”`,
  journeyTextCleared: (field: string) => `${field} verwijderd`,
  phaseRenamed: (from: string, to: string) => `Fase “${from}” hernoemd tot “${to}”`,
  phaseDescribed: (phase: string) => `Beschrijving van fase “${phase}” gewijzigd`,
  phaseDescriptionCleared: (phase: string) => `Beschrijving van fase “${phase}” verwijderd`,
  touchpointRenamed: (from: string, to: string) => `Contactmoment “${from}” hernoemd tot “${to}”`,
  touchpointDescribed: (touchpoint: string) => `Beschrijving van contactmoment “${touchpoint}” gewijzigd`,
  touchpointDescriptionCleared: (touchpoint: string) => `Beschrijving van contactmoment “${touchpoint}” verwijderd`,
  actorSet: (touchpoint: string, actor: string) => `Actor van contactmoment “${touchpoint}” is nu “${actor}”`,
  actorCleared: (touchpoint: string) => `Actor van contactmoment “${touchpoint}” verwijderd`,
  touchpointAdded: (touchpoint: string, where: 'before' | 'after', anchor: string) =>
    `Contactmoment “${touchpoint}” toegevoegd ${where === 'before' ? 'vóór' : 'na'} “${anchor}”`,
  touchpointAddedTo: (touchpoint: string, phase: string) =>
    `Contactmoment “${touchpoint}” toegevoegd aan fase “${phase}”`,
  touchpointDeleted: (touchpoint: string, transitions: number, actions = 0) =>
    (transitions === 0
      ? `Contactmoment “${touchpoint}” verwijderd`
      : plural(transitions, {
          one: (n) => `Contactmoment “${touchpoint}” verwijderd met zijn ${n} overgang`,
          other: (n) => `Contactmoment “${touchpoint}” verwijderd met zijn ${n} overgangen`,
        })) +
    (actions === 0
      ? ''
      : plural(actions, {
          one: (n) => ` en ${n} verbeteractie die alleen dit contactmoment betrof`,
          other: (n) => ` en ${n} verbeteracties die alleen dit contactmoment betroffen`,
        })),
  touchpointMoved: (touchpoint: string, at: number, total: number, phase?: string) =>
    `Contactmoment “${touchpoint}” verplaatst naar positie ${position(at, total)}${phase ? `, nu in fase “${phase}”` : ''}`,
  touchpointRephased: (touchpoint: string, phase: string) =>
    `Contactmoment “${touchpoint}” verplaatst naar fase “${phase}”`,
  channelSet: (touchpoint: string, channel: string) => `Kanaal van “${touchpoint}” is nu ${channel}`,
  channelCleared: (touchpoint: string) => `Kanaal van “${touchpoint}” verwijderd`,
  momentSet: (touchpoint: string, kind: string) => `“${touchpoint}” gemarkeerd als ${kind}`,
  momentCleared: (touchpoint: string) => `Moment of truth van “${touchpoint}” verwijderd`,
  items: { painPoints: 'Pijnpunt', opportunities: 'Kans', quotes: 'Citaat' },
  itemAdded: (item: string, touchpoint: string) => `${item} toegevoegd aan “${touchpoint}”`,
  itemChanged: (item: string, touchpoint: string) => `${item} van “${touchpoint}” gewijzigd`,
  itemRemoved: (item: string, touchpoint: string) => `${item} verwijderd uit “${touchpoint}”`,
  phaseAdded: (phase: string) => `Fase “${phase}” toegevoegd`,
  phaseMoved: (phase: string, at: number, total: number) =>
    `Fase “${phase}” verplaatst naar positie ${position(at, total)}`,
  phaseDeleted: (phase: string, touchpoints: number, target?: string) =>
    touchpoints === 0 || target === undefined
      ? `Fase “${phase}” verwijderd`
      : `Fase “${phase}” verwijderd; de ${counted.touchpoints(touchpoints)} ervan gaan naar “${target}”`,
  personaAdded: (persona: string) => `Persona “${persona}” toegevoegd`,
  personaRenamed: (from: string, to: string) => `Persona “${from}” hernoemd tot “${to}”`,
  personaRecoloured: (persona: string, colour: string) => `Kleur van persona “${persona}” is nu ${colour}`,
  personaColourCleared: (persona: string) => `Kleur van persona “${persona}” verwijderd`,
  personaDeleted: (persona: string, emotions: number, nps: number) => {
    const parts = [
      ...(emotions > 0 ? [plural(emotions, { one: (n) => `${n} emotie`, other: (n) => `${n} emoties` })] : []),
      ...(nps > 0 ? [plural(nps, { one: (n) => `${n} NPS-meting`, other: (n) => `${n} NPS-metingen` })] : []),
    ];
    return parts.length === 0
      ? `Persona “${persona}” verwijderd`
      : `Persona “${persona}” verwijderd met ${parts.join(' en ')}`;
  },
  undone: (label: string) => `Ongedaan gemaakt: ${label}`,
  redone: (label: string) => `Opnieuw gedaan: ${label}`,
  refused: {
    emptyLabel: 'Een naam mag niet leeg zijn.',
    emptyTitle: 'De titel mag niet leeg zijn.',
    emptyQuote: 'Een citaat mag niet leeg zijn.',
    emptyItem: 'Een leeg item kan niet worden toegevoegd: typ de tekst.',
    tooLong: (max: number) => `Die tekst is te lang: hoogstens ${number.format(max)} tekens.`,
    tooMany: (what: string, max: number) => `Een klantreis bevat hoogstens ${number.format(max)} ${what}.`,
    tooManyItems: (max: number) => `Een contactmoment bevat hoogstens ${number.format(max)} items in één lijst.`,
    tooLarge: 'De klantreis zou groter worden dan toegestaan.',
    scoreRange: 'Een emotiescore loopt van −5 tot +5.',
    whose: 'Zeg wiens emotie dit is: een persona, of uitdrukkelijk alle klanten.',
    noEmotion: (persona: string, touchpoint: string) => `${persona} heeft nog geen emotie bij “${touchpoint}”.`,
    noCurve: (persona: string) => `${persona} heeft geen emoties om te kopiëren.`,
    sameCurve: 'Kies een andere persona om de curve naar te kopiëren.',
    unknownTouchpoint: (id: string) => `Deze klantreis heeft geen contactmoment “${id}”.`,
    unknownPhase: (id: string) => `Deze klantreis heeft geen fase “${id}”.`,
    unknownPersona: (id: string) => `Deze klantreis heeft geen persona “${id}”.`,
    unknownChannel: (id: string) => `“${id}” is geen bekend kanaal en ook niet in deze klantreis gedefinieerd.`,
    unknownSource: (id: string) => `Deze klantreis heeft geen bron “${id}”.`,
    unknownKind: (kind: string) => `“${kind}” is geen soort moment of truth.`,
    noItem: (index: number) => `Die lijst heeft geen item ${number.format(index + 1)}.`,
    position: (total: number) => `Kies een positie van 1 tot en met ${number.format(total)}.`,
    lastPhase: 'Een klantreis heeft minstens één fase nodig.',
    phaseNotEmpty: (phase: string, touchpoints: number) =>
      `Fase “${phase}” heeft ${counted.touchpoints(touchpoints)}: kies de fase waar ze naartoe gaan.`,
    samePhase: 'De contactmomenten kunnen niet naar de fase die wordt verwijderd.',
    colour: 'Geen kleur: gebruik hex (#1f77b4), rgb()/hsl() met getallen of een CSS-kleurnaam.',
    notJourney: 'Dit is geen geldige klantreis, dus hij kan niet worden bewerkt.',
    invalid: (detail: string) =>
      `Deze bewerking zou de klantreis ongeldig maken (${detail}), dus er is niets veranderd.`,
  },
  limitNames: { touchpoints: 'contactmomenten', phases: 'fasen', personas: 'persona’s' },
};
