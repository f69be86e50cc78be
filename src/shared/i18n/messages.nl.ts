/**
 * De Nederlandse berichtencatalogus. Typed as `Messages`, so it must have every key of the
 * English catalogue; parameters named `…Text` arrive already formatted by the Localizer.
 */
import {
  type EmotionCurveSummary,
  type Messages,
  type PhaseDescription,
  type TouchpointDescription,
  unsigned,
} from './messages.en.js';
import { pluralizer } from './plural.js';

const plural = pluralizer('nl');
const number = new Intl.NumberFormat('nl');

const counted = {
  touchpoints: (n: number): string =>
    plural(n, { one: (c) => `${c} contactmoment`, other: (c) => `${c} contactmomenten` }),
  phases: (n: number): string => plural(n, { one: (c) => `${c} fase`, other: (c) => `${c} fasen` }),
  personas: (n: number): string => plural(n, { one: (c) => `${c} persona`, other: (c) => `${c} persona’s` }),
};
const emotionTrend = { rising: 'stijgend', falling: 'dalend', level: 'gelijkblijvend' };
const position = (at: number, total: number): string => `${number.format(at)} van ${number.format(total)}`;

export const nl: Messages = {
  errorTitle: 'Deze klantreis kan niet worden getoond',
  problemsFound: (count: number) =>
    plural(count, { one: (n) => `${n} probleem gevonden`, other: (n) => `${n} problemen gevonden` }),
  moreProblems: (count: number) => `en nog ${number.format(count)}`,
  wholeDocument: 'hele document',
  errorCodes: {
    PARSE: 'De tekst is geen geldige JSON.',
    VALIDATION: 'De gegevens passen niet bij het klantreisformaat.',
    FETCH: 'De klantreis kon niet van het opgegeven adres worden geladen.',
    SRC_REJECTED: 'Het adres van de klantreis is niet toegestaan: alleen http:- en https:-adressen worden geladen.',
    LIMIT: 'De klantreis is groter dan dit onderdeel aankan.',
    RENDER: 'Er ging iets mis bij het tekenen van de klantreis.',
  },
  loading: 'Klantreis laden…',
  noJourney: 'Nog geen klantreis opgegeven: zet journey, src of een ingebed JSON-kind.',
  noData: 'geen gegevens',
  smallSample: (count: number) => `kleine steekproef (n = ${number.format(count)})`,
  staleSince: (timeText: string) => `verouderd sinds ${timeText}`,
  updatedAt: (timeText: string) => `bijgewerkt om ${timeText}`,
  announce: {
    loaded: (title: string, touchpoints: number, phases: number) =>
      `Klantreis ‘${title}’ geladen: ${counted.touchpoints(touchpoints)} in ${counted.phases(phases)}`,
    updated: (title: string, timeText: string) => `Klantreis ‘${title}’ bijgewerkt om ${timeText}`,
    stale: (timeText: string) => `Vernieuwen mislukt; gegevens van ${timeText} worden getoond`,
  },
  axis: {
    emotion: 'Emotie',
    touchpoints: 'Contactmomenten',
    phases: 'Fasen',
  },
  emotions: {
    joy: 'vreugde',
    trust: 'vertrouwen',
    fear: 'angst',
    surprise: 'verrassing',
    sadness: 'verdriet',
    disgust: 'afkeer',
    anger: 'boosheid',
    anticipation: 'verwachting',
    relief: 'opluchting',
    frustration: 'frustratie',
    confusion: 'verwarring',
    confidence: 'zelfvertrouwen',
  },
  polarity: {
    'very-negative': 'zeer negatief',
    negative: 'negatief',
    neutral: 'neutraal',
    positive: 'positief',
    'very-positive': 'zeer positief',
  },
  emotionScore: (scoreText: string, word: string) => `${scoreText} (${word})`,
  momentOfTruth: 'moment van de waarheid',
  momentOfTruthKinds: {
    'make-or-break': 'beslissend moment',
    wow: 'wow-moment',
    critical: 'kritiek moment',
  },
  channels: {
    web: 'website',
    app: 'app',
    email: 'e-mail',
    phone: 'telefoon',
    chat: 'chat',
    chatbot: 'chatbot',
    letter: 'brief',
    branch: 'kantoor',
    intermediary: 'tussenpersoon',
    social: 'sociale media',
    'comparison-site': 'vergelijkingssite',
    video: 'video',
    sms: 'sms',
    post: 'post',
  },
  nps: {
    name: 'NPS',
    longName: 'Net Promoter Score',
    promoters: 'promotors',
    passives: 'passieven',
    detractors: 'criticasters',
    responses: (count: number) => plural(count, { one: (n) => `${n} antwoord`, other: (n) => `${n} antwoorden` }),
    target: (targetText: string) => `norm ${targetText}`,
    targetMet: 'norm gehaald',
    targetMissed: 'norm niet gehaald',
    trend: { up: 'stijgend', down: 'dalend', flat: 'gelijk' },
    change: (direction: 'up' | 'down' | 'flat', deltaText: string, since: string) =>
      direction === 'flat'
        ? `onveranderd sinds ${since}`
        : `${direction === 'up' ? 'gestegen' : 'gedaald'} met ${unsigned(deltaText)} sinds ${since}`,
  },
  metric: {
    offNorm: 'buiten de norm',
    onNorm: 'binnen de norm',
    norm: 'norm',
    higherIsBetter: 'hoger is beter',
    lowerIsBetter: 'lager is beter',
  },
  peak: 'piek',
  end: 'einde',
  rememberedExperience: 'herinnerde ervaring',
  lowestPoint: 'laagste punt',
  highestPoint: 'hoogste punt',
  largestDrop: 'grootste daling',
  emotionTrend,
  painPoints: 'Pijnpunten',
  opportunities: 'Kansen',
  quotes: 'Citaten',
  links: 'Links',
  duration: 'Duur',
  actor: 'Actor',
  channel: 'Kanaal',
  phase: 'Fase',
  persona: 'Persona',
  touchpoint: 'Contactmoment',
  emotion: 'Emotie',
  score: 'Score',
  source: 'Bron',
  allPersonas: 'Alle persona’s',
  allCustomers: 'alle klanten',
  dataTable: 'Datatabel',
  showDataTable: 'Toon datatabel',
  showChart: 'Toon grafiek',
  close: 'Sluiten',
  flows: {
    next: 'volgende stap',
    skip: 'slaat over',
    loop: 'gaat terug',
    'drop-off': 'afhaker',
    channelHop: 'kanaalwissel',
  },
  comparison: { added: 'toegevoegd', removed: 'verwijderd', changed: 'gewijzigd', unchanged: 'ongewijzigd' },
  touchpointCard: {
    noTouchpoint: 'Nog geen contactmoment opgegeven: zet het touchpoint-attribuut op de id van een contactmoment.',
    metrics: 'Meetwaarden',
    sampleSize: (countText: string) => `n = ${countText}`,
    metricNorm: (targetText: string) => `norm ${targetText}`,
    previousMeasurement: 'de vorige meting',
    npsShare: (percentText: string, group: string) => `${percentText} ${group}`,
    noEmotion: 'geen emotie vastgelegd',
  },
  emotionCurve: {
    noEmotions: 'geen emoties vastgelegd',
    tableRows: (fromText: string, toText: string, totalText: string) => `Rijen ${fromText}–${toText} van ${totalText}`,
    previousRows: 'Vorige rijen',
    nextRows: 'Volgende rijen',
  },
  elementNames: {
    journeyMap: 'Klantreiskaart',
    emotionCurve: 'Emotiecurve',
    touchpointCard: 'Contactmoment',
    npsOverlay: 'Net Promoter Score per contactmoment',
  },
  position,
  count: counted,
  summary: {
    journey: (title: string, phases: number, touchpoints: number, personas: number) =>
      `${title}: ${[
        counted.phases(phases),
        counted.touchpoints(touchpoints),
        ...(personas > 0 ? [counted.personas(personas)] : []),
      ].join(', ')}.`,
    emotionCurve: (p: EmotionCurveSummary) =>
      `Emotie van ${p.subject} over ${counted.touchpoints(p.count)}: begint bij ${p.start}, eindigt bij ${p.end}; ` +
      `laagste ${p.lowest}, hoogste ${p.highest}` +
      (p.trend === null ? '.' : `; ${emotionTrend[p.trend]}.`),
    nps: (measured: number, total: number, belowTarget: number) =>
      `NPS bij ${number.format(measured)} van ${counted.touchpoints(total)}` +
      (belowTarget > 0 ? `; ${number.format(belowTarget)} onder de norm.` : '.'),
    touchpoint: (t: TouchpointDescription) =>
      [
        `${t.label}, contactmoment ${position(t.position, t.total)}`,
        `fase ${t.phase}`,
        ...(t.channel ? [`kanaal ${t.channel}`] : []),
        ...(t.emotion ? [`emotie ${t.emotion}`] : []),
        ...(t.nps ? [`NPS ${t.nps}`] : []),
        ...(t.momentOfTruth ? [t.momentOfTruth] : []),
      ].join(', '),
  },
  phaseSummary: (p: PhaseDescription) =>
    [
      `${p.phase}, fase ${position(p.position, p.total)}: ${counted.touchpoints(p.count)}, ${number.format(p.first)} tot ${number.format(p.last)}`,
      ...(p.lowest ? [`laagste emotie ${p.lowest}`] : []),
      ...(p.highest ? [`hoogste emotie ${p.highest}`] : []),
      ...(p.worstNps ? [`laagste NPS ${p.worstNps}`] : []),
      ...(p.moments > 0
        ? [
            plural(p.moments, {
              one: (n) => `${n} moment van de waarheid`,
              other: (n) => `${n} momenten van de waarheid`,
            }),
          ]
        : []),
      ...(p.offNorm > 0
        ? [
            plural(p.offNorm, {
              one: (n) => `${n} meetwaarde buiten de norm`,
              other: (n) => `${n} meetwaarden buiten de norm`,
            }),
          ]
        : []),
    ].join('; '),
  phaseHint: 'Enter: de contactmomenten van deze fase. Escape: terug naar de fasen.',
  map: {
    goal: 'Doel',
    start: 'Start',
    finish: 'Einde',
    personaSwitch: 'Persona',
    legend: 'Legenda',
    lanes: {
      touchpoints: 'Contactmomenten',
      channels: 'Kanalen',
      emotion: 'Emotie',
      nps: 'NPS',
      flows: 'Stromen',
      metrics: 'Meetwaarden',
      'pain-points': 'Pijnpunten',
      opportunities: 'Kansen',
      'moments-of-truth': 'Momenten van de waarheid',
      quotes: 'Citaten',
      processes: 'Processen',
      actions: 'Verbeteracties',
      trend: 'Trend',
    },
    toolbar: 'Kaartfuncties',
    exportSvg: 'SVG downloaden',
    exportPng: 'PNG downloaden',
    print: 'Afdrukken',
    badges: { added: 'nieuw', removed: 'vervallen', changed: 'gewijzigd' },
    comparedWith: (title: string) => `Vergeleken met ‘${title}’`,
    baseErrorTitle: 'De klantreis om mee te vergelijken kan niet worden getoond',
    emotionDelta: (who: string, deltaText: string) => `emotie ${who} ${deltaText}`,
    npsDelta: (deltaText: string) => `NPS ${deltaText}`,
    customers: (count: number, countText: string) => (count === 1 ? `${countText} klant` : `${countText} klanten`),
    flowLegend: { forward: 'verder', loop: 'terug (lus)', exit: 'afhaken' },
    flowTo: (countText: string, target: string) => `${countText} naar ${target}`,
    flowExit: (countText: string) => `${countText} haken af`,
    cell: (lane: string, touchpoint: string, text: string) => `${lane} bij ${touchpoint}: ${text}`,
    none: 'geen',
    normAtMost: (targetText: string) => `norm ≤ ${targetText}`,
    normAtLeast: (targetText: string) => `norm ≥ ${targetText}`,
    detailTitle: 'Details van het contactmoment',
    summaryTitle: 'Samenvatting',
    gridLabel: (title: string) => `Klantreiskaart: ${title}`,
    summary: {
      phases: (list: string) => `Fasen: ${list}.`,
      lowest: (where: string, text: string) => `Laagste punt: ${where}, ${text}.`,
      highest: (where: string, text: string) => `Hoogste punt: ${where}, ${text}.`,
      peakEnd: (
        who: string,
        rememberedText: string,
        peakText: string,
        peakWhere: string,
        endText: string,
        endWhere: string,
      ) => `${who} onthoudt ${rememberedText}: piek ${peakText} bij ${peakWhere}, einde ${endText} bij ${endWhere}.`,
      worstNps: (where: string, scoreText: string) => `Laagste NPS: ${scoreText} bij ${where}.`,
      offNorm: (count: number, list: string) =>
        plural(count, {
          one: (n) => `${n} meetwaarde buiten de norm: ${list}.`,
          other: (n) => `${n} meetwaarden buiten de norm: ${list}.`,
        }),
      moments: (count: number, list: string) =>
        plural(count, {
          one: (n) => `${n} moment of truth: ${list}.`,
          other: (n) => `${n} moments of truth: ${list}.`,
        }),
      compare: (title: string, added: number, removed: number, changed: number) =>
        `Vergeleken met ${title}: ${number.format(added)} nieuw, ${number.format(removed)} vervallen, ${number.format(changed)} gewijzigd.`,
    },
    whoScore: (who: string, scoreText: string) => `${who} ${scoreText}`,
    painCount: (count: number) => plural(count, { one: (n) => `${n} pijnpunt`, other: (n) => `${n} pijnpunten` }),
    pngBlocked:
      'De PNG kon niet worden gemaakt: de browser weigerde de kaart als afbeelding te tekenen. Een Content-Security-Policy zonder img-src blob: (of data:) blokkeert dit; gebruik SVG downloaden.',
    pngTooLarge: 'De PNG kon niet worden gemaakt: de kaart is te groot voor één afbeelding; gebruik SVG downloaden.',
    showMore: (shownText: string, totalText: string) => `Meer tonen (${shownText} van ${totalText})`,
    phaseRows: (count: number, firstText: string, lastText: string) =>
      `${counted.touchpoints(count)} · ${firstText}–${lastText}`,
    rowPosition: (positionText: string, phase: string) => `contactmoment ${positionText}, fase ${phase}`,
    onlyInBase: 'alleen in de klantreis waarmee vergeleken wordt',
  },
  npsOverlay: {
    measurement: (p: {
      scoreText: string;
      promotersText: string;
      passivesText: string;
      detractorsText: string;
      responses: number;
      targetText?: string | undefined;
      met?: boolean | null | undefined;
      changeText?: string | undefined;
      smallSample: boolean;
      periodText?: string | undefined;
    }) =>
      [
        `${p.scoreText}${p.periodText ? ` in ${p.periodText}` : ''}: ${p.promotersText} promotors, ${p.passivesText} passieven, ${p.detractorsText} criticasters`,
        plural(p.responses, { one: (n) => `${n} antwoord`, other: (n) => `${n} antwoorden` }),
        ...(p.smallSample ? ['kleine steekproef'] : []),
        ...(p.targetText !== undefined ? [`norm ${p.targetText} ${p.met ? 'gehaald' : 'niet gehaald'}`] : []),
        ...(p.changeText ? [p.changeText] : []),
      ].join(', '),
    noData: (periodText?: string) => (periodText ? `geen gegevens in ${periodText}` : 'geen gegevens'),
    notMeasured: 'geen NPS gemeten',
    smallSample: 'kleine steekproef',
    sampleSize: (countText: string) => `n = ${countText}`,
    targetShort: (targetText: string) => `norm ${targetText}`,
    belowTarget: (targetText: string) => `onder norm ${targetText}`,
    targetCell: (targetText: string, met: boolean | null) =>
      met === null ? targetText : `${targetText} (${met ? 'gehaald' : 'niet gehaald'})`,
    extremes: (lowest: string, highest: string) => `Laagste ${lowest}; hoogste ${highest}.`,
    scored: (label: string, scoreText: string) => `${label} (${scoreText})`,
    forPersona: (name: string) => `voor ${name}`,
    periodShown: (period: string) => `periode ${period}`,
    period: 'Periode',
    history: 'Verloop',
    distribution: 'Antwoorden 0 tot en met 10',
    distributionLabel: (countsText: string) => `Aantal antwoorden per score van 0 tot en met 10: ${countsText}`,
    answer: 'Antwoord',
    answers: 'Aantal',
    responses: 'Antwoorden',
    target: 'Norm',
    trend: 'Trend',
    promoters: 'Promotors',
    passives: 'Passieven',
    detractors: 'Criticasters',
    details: (label: string) => `NPS van ${label}`,
    momentShort: 'MoT',
    scale: 'schaal −100 tot +100',
    unknownTouchpoint: (id: string) => `Geen contactmoment "${id}" in deze klantreis.`,
  },
  deck: {
    overview: 'Overzicht',
    phase: 'Fase',
    lowest: 'Laagste moment',
    highest: 'Hoogste moment',
    momentsOfTruth: 'Momenten van de waarheid',
    worstNps: 'Laagste NPS',
    painPoints: 'Pijnpunten',
    opportunities: 'Kansen',
    openActions: 'Open verbeteracties',
    touchpoints: 'Contactmomenten',
    emotion: 'Emotie',
    nps: 'NPS',
    norm: 'norm',
    noData: 'geen gegevens',
    sources: 'Bronnen',
    allCustomers: 'Alle klanten',
    beforeAfter: 'Voor en na',
    added: 'toegevoegd',
    removed: 'verwijderd',
    changed: 'gewijzigd',
  },
  /** Beleving door de tijd op het scherm: live dips (shared/controllers/dip-watch.ts) en de twee perioden van de curve. */
  trends: {
    measures: { nps: 'NPS', emotion: 'emotie' },
    dip: (touchpoint: string, who: string, measure: string, before: string, after: string, from: string, to: string) =>
      `${touchpoint}, ${who}: ${measure} ${before} → ${after} (${from} → ${to})`,
    dipsAnnounced: (title: string, count: number, list: string) =>
      `Klantreis „${title}” bijgewerkt: ${plural(count, { one: () => 'een significante daling', other: (c) => `${c} significante dalingen` })}: ${list}`,
    noPeriod: 'geen periode',
    earlier: (name: string, period: string) => `${name}, ${period} (eerder)`,
    inPeriod: (name: string, period: string) => `${name}, ${period}`,
    significantRise: (deltaText: string, pText: string) => `significante stijging van ${deltaText} (p ${pText})`,
    significantFall: (deltaText: string, pText: string) => `significante daling van ${deltaText} (p ${pText})`,
    notSignificant: (deltaText: string, pText: string) => `≈ niet significant: ${deltaText} (p ${pText})`,
    unknown: (deltaText: string) => `${deltaText}, significantie onbekend (geen n of sd)`,
    significantMark: 'significante verandering (95 %, Welch-t)',
    unknownMark: 'significantie onbekend',
    freshDip: 'nieuwe daling (live)',
    change: (from: string, to: string) => `Verandering ${from} → ${to}`,
    compared: (period: string, significant: number, unknown: number) =>
      `Vergeleken met ${period}: ${plural(significant, { one: () => 'één significante verandering', other: (c) => `${c} significante veranderingen` })}` +
      (unknown > 0
        ? `, ${plural(unknown, { one: () => 'één met onbekende significantie', other: (c) => `${c} met onbekende significantie` })}`
        : '') +
      '.',
    dipHere: 'nieuwe significante daling',
  },

  npsStatistics: {
    scoreWithInterval: (p: {
      scoreText: string;
      lowText: string;
      highText: string;
      level: number;
      countText: string;
    }) => `${p.scoreText} (${p.level} %: ${p.lowText} tot ${p.highText}), n = ${p.countText}`,
    intervalShort: (p: { lowText: string; highText: string; level: number }) =>
      `${p.level} %: ${p.lowText} tot ${p.highText}`,
    intervalClause: (p: { lowText: string; highText: string; level: number }) =>
      `${p.level}%-interval ${p.lowText} tot ${p.highText}`,
    intervalHeader: (level: number) => `${level}%-interval`,
    significantChange: (changeText: string) => `${changeText}, significant`,
    notSignificantShort: '≈ niet significant',
    notSignificantChange: (p: { deltaText: string; since: string; beforeText: string; afterText: string }) =>
      `${p.deltaText} sinds ${p.since}, niet significant (n = ${p.beforeText} en ${p.afterText})`,
    unknownShort: '? verandering onbekend',
    unknownChange: (since: string) => `verandering sinds ${since} onbekend (geen antwoorden in een van de perioden)`,
    change: 'Verandering',
    significantCell: (deltaText: string) => `${deltaText} (significant)`,
    notSignificantCell: (deltaText: string) => `${deltaText} (niet significant)`,
    unknownCell: 'onbekend',
    trend: 'Verloop over de perioden',
    trendLabel: (label: string, pointsText: string) =>
      `NPS van ${label} per periode met het 95%-interval: ${pointsText}`,
    dip: 'significante daling',
    bandKey: '95%-interval',
  },

  blueprint: {
    layers: { frontstage: 'Frontstage', backstage: 'Backstage', support: 'Ondersteunende processen' },
    lines: {
      interaction: 'Interactielijn',
      visibility: 'Zichtbaarheidslijn',
      internal: 'Lijn van interne interactie',
    },
    handover: (from: string, to: string) => `overdracht van ${from} naar ${to}`,
    handoverShort: 'overdracht',
    owner: 'Eigenaar',
    system: 'Systeem',
    duration: 'Doorlooptijd',
    process: (layer: string, label: string, details: string) =>
      details === '' ? `${layer}: ${label}` : `${layer}: ${label} (${details})`,
    statuses: { idea: 'idee', planned: 'gepland', 'in-progress': 'in uitvoering', done: 'klaar', dropped: 'vervallen' },
    due: (dateText: string) => `uiterlijk ${dateText}`,
    link: 'backlogitem',
    action: (status: string, title: string, details: string) =>
      details === '' ? `${status}: ${title}` : `${status}: ${title} (${details})`,
    effectTitle: 'Gemeten effect',
    effect: (title: string, doneText: string | null, expected: string, measured: string) =>
      `${title}${doneText === null ? '' : ` — klaar ${doneText}`} · ${expected}, ${measured}`,
    expected: (text: string) => `verwacht ${text}`,
    noExpectation: 'geen verwachting',
    measured: (text: string) => `gemeten ${text}`,
    noData: 'geen gegevens',
    emotionOf: (who: string) => `emotie ${who}`,
    summaryProcesses: (count: number, handovers: number) =>
      `${plural(count, { one: (n) => `${n} proces`, other: (n) => `${n} processen` })} achter de contactmomenten, ${plural(
        handovers,
        { one: (n) => `${n} overdracht`, other: (n) => `${n} overdrachten` },
      )} tussen eigenaren.`,
    summaryActions: (count: number, list: string) =>
      `${plural(count, { one: (n) => `${n} verbeteractie`, other: (n) => `${n} verbeteracties` })}: ${list}.`,
  },

  views: {
    wheelLabel: (title: string) => `Belevingswiel van ${title}`,
    remembered: 'Herinnerd',
    peak: 'piek',
    end: 'einde',
    neutral: 'Neutrale cirkel: binnen negatief, buiten positief',
    hiddenLabels: (count: number) => `${count} ${count === 1 ? 'label' : 'labels'} niet getekend: zie de tabel`,
    overviewLabel: (title: string) => `Overzicht van ${title} in hoofdlijnen`,
    none: 'geen',
    noNorm: 'geen norm',
    touchpointCount: (count: number) => `${count} ${count === 1 ? 'contactmoment' : 'contactmomenten'}`,
    exportPptx: 'PowerPoint downloaden',
    pptxFailed: (reason: string) => `De PowerPoint kon niet worden gemaakt: ${reason}`,
  },
  trendLane: {
    noAnswers: 'geen antwoorden',
    liveDip: 'nieuwe significante daling (live)',
  },
};
