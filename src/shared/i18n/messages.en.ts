/**
 * The English message catalogue: the reference every other language must match key for key
 * (the `Messages` type is derived from it). Messages with parameters are functions; parameters
 * named `…Text` arrive already formatted by the Localizer (numbers, dates, durations).
 */
import type { WellKnownChannel } from '../../model/channels.js';
import type { FailureCode } from '../../model/issues.js';
import type { EMOTION_LABELS, MOMENT_OF_TRUTH_KINDS } from '../../model/schema.js';
import { pluralizer } from './plural.js';
import type { Polarity } from './polarity.js';

type EmotionLabel = (typeof EMOTION_LABELS)[number];
type MomentOfTruthKind = (typeof MOMENT_OF_TRUTH_KINDS)[number];

const plural = pluralizer('en');
const number = new Intl.NumberFormat('en');

const counted = {
  touchpoints: (n: number): string => plural(n, { one: (c) => `${c} touchpoint`, other: (c) => `${c} touchpoints` }),
  phases: (n: number): string => plural(n, { one: (c) => `${c} phase`, other: (c) => `${c} phases` }),
  personas: (n: number): string => plural(n, { one: (c) => `${c} persona`, other: (c) => `${c} personas` }),
};
const emotionTrend = { rising: 'rising', falling: 'falling', level: 'level' };
const position = (at: number, total: number): string => `${number.format(at)} of ${number.format(total)}`;

/** Parameters of the emotion-curve summary; every text is already formatted. */
export interface EmotionCurveSummary {
  /** Whose curve: a persona's name or "all customers". */
  subject: string;
  /** Number of touchpoints with an emotion. */
  count: number;
  /** The first point, e.g. "Orientation (+2, positive)". */
  start: string;
  /** The last point. */
  end: string;
  /** The lowest point. */
  lowest: string;
  /** The highest point. */
  highest: string;
  /** The overall direction, or null when it cannot be told. */
  trend: 'rising' | 'falling' | 'level' | null;
}

/** Parameters of a touchpoint's accessible name; every text is already formatted. */
export interface TouchpointDescription {
  label: string;
  position: number;
  total: number;
  phase: string;
  channel?: string | undefined;
  /** Emotion in words and numbers, e.g. "−3, negative". */
  emotion?: string | undefined;
  /** NPS with its sign, e.g. "+46". */
  nps?: string | undefined;
  /** The kind of moment of truth, in words. */
  momentOfTruth?: string | undefined;
}

/** Parameters of a phase's summary at the phase level of a long map; every text is already formatted. */
export interface PhaseDescription {
  phase: string;
  /** The phase's position among the phases. */
  position: number;
  total: number;
  /** Touchpoints in the phase, and the positions of its first and last one in the journey. */
  count: number;
  first: number;
  last: number;
  /** The lowest and highest emotion, e.g. "Upload documents (−3, negative)". */
  lowest?: string | undefined;
  highest?: string | undefined;
  /** The lowest NPS, e.g. "−39 at Upload documents". */
  worstNps?: string | undefined;
  moments: number;
  offNorm: number;
}

/** A formatted number without its leading sign (+, − or -). */
export const unsigned = (text: string): string => text.replace(/^[+\u2212-]\s*/, '');

export const en = {
  /** Title of the error panel. */
  errorTitle: 'This journey cannot be shown',
  /** How many problems the error panel lists. */
  problemsFound: (count: number) =>
    plural(count, { one: (n) => `${n} problem found`, other: (n) => `${n} problems found` }),
  /** Shown under a shortened list of problems. */
  moreProblems: (count: number) => `and ${number.format(count)} more`,
  /** Stands in for the JSON path of a problem with the whole document. */
  wholeDocument: 'whole document',
  /** What each failure code means, in plain words. */
  errorCodes: {
    PARSE: 'The text is not valid JSON.',
    VALIDATION: 'The data does not match the journey format.',
    FETCH: 'The journey could not be loaded from its address.',
    SRC_REJECTED: 'The journey address is not allowed: only http: and https: addresses are loaded.',
    LIMIT: 'The journey is larger than this component accepts.',
    RENDER: 'Something went wrong while drawing the journey.',
  } satisfies Record<FailureCode, string>,
  /** Shown while a journey is being loaded. */
  loading: 'Loading the journey…',
  /** Shown when no journey was given at all. */
  noJourney: 'No journey given yet: set journey, src or an inline JSON child.',
  /** Shown instead of a figure when there are no measurements, never as 0. */
  noData: 'no data',
  /** Warns that a figure rests on few responses. */
  smallSample: (count: number) => `small sample (n = ${number.format(count)})`,
  /** Says since when live data could not be refreshed; `timeText` is formatted. */
  staleSince: (timeText: string) => `stale since ${timeText}`,
  /** Says when live data was last refreshed; `timeText` is formatted. */
  updatedAt: (timeText: string) => `updated at ${timeText}`,
  /** What an element's live region says (src/shared/announcer.ts); parameters named `…Text` arrive formatted. */
  announce: {
    /** A journey appeared, e.g. "Journey “Buying a house” loaded: 12 touchpoints in 4 phases". */
    loaded: (title: string, touchpoints: number, phases: number) =>
      `Journey “${title}” loaded: ${counted.touchpoints(touchpoints)} in ${counted.phases(phases)}`,
    /** A live refresh brought new data. */
    updated: (title: string, timeText: string) => `Journey “${title}” updated at ${timeText}`,
    /** A live refresh failed; the data shown is from `timeText`. */
    stale: (timeText: string) => `Could not refresh; showing data from ${timeText}`,
  },
  /** Axis titles. */
  axis: {
    emotion: 'Emotion',
    touchpoints: 'Touchpoints',
    phases: 'Phases',
  },
  /** Emotion words for the known emotion labels. */
  emotions: {
    joy: 'joy',
    trust: 'trust',
    fear: 'fear',
    surprise: 'surprise',
    sadness: 'sadness',
    disgust: 'disgust',
    anger: 'anger',
    anticipation: 'anticipation',
    relief: 'relief',
    frustration: 'frustration',
    confusion: 'confusion',
    confidence: 'confidence',
  } satisfies Record<EmotionLabel, string>,
  /** Emotion polarity in words (see POLARITY_THRESHOLDS). */
  polarity: {
    'very-negative': 'very negative',
    negative: 'negative',
    neutral: 'neutral',
    positive: 'positive',
    'very-positive': 'very positive',
  } satisfies Record<Polarity, string>,
  /** An emotion score with its word, e.g. "−3 (negative)"; `scoreText` is formatted. */
  emotionScore: (scoreText: string, word: string) => `${scoreText} (${word})`,
  /** Name of the concept. */
  momentOfTruth: 'moment of truth',
  /** The kinds of moment of truth. */
  momentOfTruthKinds: {
    'make-or-break': 'make-or-break moment',
    wow: 'wow moment',
    critical: 'critical moment',
  } satisfies Record<MomentOfTruthKind, string>,
  /** Names of the well-known channels. */
  channels: {
    web: 'website',
    app: 'app',
    email: 'email',
    phone: 'phone',
    chat: 'chat',
    chatbot: 'chatbot',
    letter: 'letter',
    branch: 'branch',
    intermediary: 'intermediary',
    social: 'social media',
    'comparison-site': 'comparison site',
    video: 'video',
    sms: 'SMS',
    post: 'post',
  } satisfies Record<WellKnownChannel, string>,
  /** Net Promoter Score. */
  nps: {
    name: 'NPS',
    longName: 'Net Promoter Score',
    promoters: 'promoters',
    passives: 'passives',
    detractors: 'detractors',
    responses: (count: number) => plural(count, { one: (n) => `${n} response`, other: (n) => `${n} responses` }),
    target: (targetText: string) => `target ${targetText}`,
    targetMet: 'target met',
    targetMissed: 'target missed',
    trend: { up: 'trending up', down: 'trending down', flat: 'flat' },
    /** A change between two periods, e.g. "up 6 points since 2026-Q2". */
    change: (direction: 'up' | 'down' | 'flat', deltaText: string, since: string) =>
      // The word carries the direction, so a sign on the number would say it twice.
      direction === 'flat' ? `unchanged since ${since}` : `${direction} ${unsigned(deltaText)} since ${since}`,
  },
  /** KPI norms. */
  metric: {
    offNorm: 'off norm',
    onNorm: 'on norm',
    norm: 'norm',
    higherIsBetter: 'higher is better',
    lowerIsBetter: 'lower is better',
  },
  /** Peak-end rule. */
  peak: 'peak',
  end: 'end',
  rememberedExperience: 'remembered experience',
  lowestPoint: 'lowest point',
  highestPoint: 'highest point',
  largestDrop: 'largest drop',
  /** The overall direction of an emotion curve. */
  emotionTrend,
  /** Section and field labels. */
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  quotes: 'Quotes',
  links: 'Links',
  duration: 'Duration',
  actor: 'Actor',
  channel: 'Channel',
  phase: 'Phase',
  persona: 'Persona',
  touchpoint: 'Touchpoint',
  emotion: 'Emotion',
  score: 'Score',
  source: 'Source',
  allPersonas: 'All personas',
  allCustomers: 'all customers',
  dataTable: 'Data table',
  showDataTable: 'Show data table',
  showChart: 'Show chart',
  close: 'Close',
  /** Transitions between touchpoints. */
  flows: {
    next: 'next step',
    skip: 'skips ahead',
    loop: 'goes back',
    'drop-off': 'drop-off',
    channelHop: 'channel hop',
  },
  /** Comparing a journey with its generic one, or before with after. */
  comparison: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' },
  /** Texts of `<touchpoint-card>`. */
  touchpointCard: {
    /** Shown when a journey is given but no touchpoint. */
    noTouchpoint: 'No touchpoint given yet: set the touchpoint attribute to the id of a touchpoint.',
    /** Title of the metrics section. */
    metrics: 'Metrics',
    /** The number of NPS responses; `countText` is formatted. */
    sampleSize: (countText: string) => `n = ${countText}`,
    /** A metric's norm; `targetText` is formatted. */
    metricNorm: (targetText: string) => `norm ${targetText}`,
    /** Stands in for the period of the earlier NPS measurement when it has none. */
    previousMeasurement: 'the previous measurement',
    /** A share of NPS answers, e.g. "57% promoters"; `percentText` is formatted. */
    npsShare: (percentText: string, group: string) => `${percentText} ${group}`,
    /** Shown when the chosen persona felt nothing recorded here. */
    noEmotion: 'no emotion recorded',
  },
  /** Texts of `<emotion-curve>`. */
  emotionCurve: {
    /** Shown instead of a curve when no touchpoint has an emotion (or the journey has no touchpoints). */
    noEmotions: 'no emotions recorded',
    /** The data table's pager: which rows are shown; every `…Text` is formatted. */
    tableRows: (fromText: string, toText: string, totalText: string) => `Rows ${fromText}–${toText} of ${totalText}`,
    /** The pager's buttons. */
    previousRows: 'Previous rows',
    nextRows: 'Next rows',
  },
  /** Accessible names of the elements. */
  elementNames: {
    journeyMap: 'Customer journey map',
    emotionCurve: 'Emotion curve',
    touchpointCard: 'Touchpoint',
    npsOverlay: 'Net Promoter Score per touchpoint',
  },
  /** Position in a sequence, e.g. "3 of 12". */
  position,
  /** Counted nouns. */
  count: counted,
  /** Generated text summaries that authors can override. */
  summary: {
    /** E.g. "Buying a house: 4 phases, 12 touchpoints, 2 personas." */
    journey: (title: string, phases: number, touchpoints: number, personas: number) =>
      `${title}: ${[
        counted.phases(phases),
        counted.touchpoints(touchpoints),
        ...(personas > 0 ? [counted.personas(personas)] : []),
      ].join(', ')}.`,
    /** E.g. "Emotion of Starter over 12 touchpoints: starts at …, ends at …; lowest …, highest …; rising." */
    emotionCurve: (p: EmotionCurveSummary) =>
      `Emotion of ${p.subject} over ${counted.touchpoints(p.count)}: starts at ${p.start}, ends at ${p.end}; ` +
      `lowest ${p.lowest}, highest ${p.highest}` +
      (p.trend === null ? '.' : `; ${emotionTrend[p.trend]}.`),
    /** E.g. "NPS at 5 of 12 touchpoints; 2 below target." */
    nps: (measured: number, total: number, belowTarget: number) =>
      `NPS at ${number.format(measured)} of ${counted.touchpoints(total)}` +
      (belowTarget > 0 ? `; ${number.format(belowTarget)} below target.` : '.'),
    /** A touchpoint's accessible name: label, position, phase, channel, emotion, NPS, moment of truth. */
    touchpoint: (t: TouchpointDescription) =>
      [
        `${t.label}, touchpoint ${position(t.position, t.total)}`,
        `phase ${t.phase}`,
        ...(t.channel ? [`channel ${t.channel}`] : []),
        ...(t.emotion ? [`emotion ${t.emotion}`] : []),
        ...(t.nps ? [`NPS ${t.nps}`] : []),
        ...(t.momentOfTruth ? [t.momentOfTruth] : []),
      ].join(', '),
  },
  /**
   * A phase at the phase level of a long map, curve or overlay (over 200 touchpoints), where the keyboard goes
   * phase by phase first and a screen reader hears this summary instead of every touchpoint.
   */
  phaseSummary: (p: PhaseDescription) =>
    [
      `${p.phase}, phase ${position(p.position, p.total)}: ${counted.touchpoints(p.count)}, ${number.format(p.first)} to ${number.format(p.last)}`,
      ...(p.lowest ? [`lowest emotion ${p.lowest}`] : []),
      ...(p.highest ? [`highest emotion ${p.highest}`] : []),
      ...(p.worstNps ? [`lowest NPS ${p.worstNps}`] : []),
      ...(p.moments > 0
        ? [plural(p.moments, { one: (n) => `${n} moment of truth`, other: (n) => `${n} moments of truth` })]
        : []),
      ...(p.offNorm > 0
        ? [plural(p.offNorm, { one: (n) => `${n} metric off norm`, other: (n) => `${n} metrics off norm` })]
        : []),
    ].join('; '),
  /** How to go from a phase to its touchpoints and back. */
  phaseHint: 'Enter: its touchpoints. Escape: back to the phases.',
  /** Texts of `<journey-map>`. */
  map: {
    /** Label before the customer's goal. */
    goal: 'Goal',
    /** Labels of the journey's start and end point. */
    start: 'Start',
    finish: 'End',
    /** Label of the persona switcher. */
    personaSwitch: 'Persona',
    /** Heading of the legend. */
    legend: 'Legend',
    /** Lane titles, one per lane of LANES. */
    lanes: {
      touchpoints: 'Touchpoints',
      channels: 'Channels',
      emotion: 'Emotion',
      nps: 'NPS',
      flows: 'Flows',
      metrics: 'Metrics',
      'pain-points': 'Pain points',
      opportunities: 'Opportunities',
      'moments-of-truth': 'Moments of truth',
      quotes: 'Quotes',
      processes: 'Processes',
      actions: 'Improvement actions',
      trend: 'Trend',
    },
    /** Name of the toolbar and its buttons. */
    toolbar: 'Map tools',
    exportSvg: 'Download SVG',
    exportPng: 'Download PNG',
    print: 'Print',
    /** Compare badges (written on the map, so never colour alone). */
    badges: { added: 'new', removed: 'removed', changed: 'changed' },
    /** Says what the map is compared with. */
    comparedWith: (title: string) => `Compared with “${title}”`,
    /** Title of the error panel of the journey to compare with. */
    baseErrorTitle: 'The journey to compare with cannot be shown',
    /** A change of emotion in compare mode, e.g. "emotion Starter +1.5"; `deltaText` is signed. */
    emotionDelta: (who: string, deltaText: string) => `emotion ${who} ${deltaText}`,
    /** A change of NPS in compare mode; `deltaText` is signed. */
    npsDelta: (deltaText: string) => `NPS ${deltaText}`,
    /** Customers counted on a flow or a channel hop; `countText` is formatted. */
    customers: (count: number, countText: string) => (count === 1 ? `${countText} customer` : `${countText} customers`),
    /** Legend of the flow lane. */
    flowLegend: { forward: 'onward', loop: 'back (loop)', exit: 'drop-off' },
    /** A flow in words, e.g. "2,300 to Advice meeting"; `countText` is formatted. */
    flowTo: (countText: string, target: string) => `${countText} to ${target}`,
    /** Drop-off in words; `countText` is formatted. */
    flowExit: (countText: string) => `${countText} drop off`,
    /** The accessible name of one lane's cell, e.g. "Pain points at Upload documents: …". */
    cell: (lane: string, touchpoint: string, text: string) => `${lane} at ${touchpoint}: ${text}`,
    /** What an empty cell says. */
    none: 'none',
    /** A metric's norm in words; `targetText` is formatted. */
    normAtMost: (targetText: string) => `norm ≤ ${targetText}`,
    normAtLeast: (targetText: string) => `norm ≥ ${targetText}`,
    /** Title of the detail panel. */
    detailTitle: 'Touchpoint details',
    /** Heading of the summary. */
    summaryTitle: 'Summary',
    /** Name of the map grid. */
    gridLabel: (title: string) => `Journey map: ${title}`,
    /** The generated summary's sentences; every `…Text` is formatted. */
    summary: {
      phases: (list: string) => `Phases: ${list}.`,
      lowest: (where: string, text: string) => `Lowest point: ${where}, ${text}.`,
      highest: (where: string, text: string) => `Highest point: ${where}, ${text}.`,
      peakEnd: (
        who: string,
        rememberedText: string,
        peakText: string,
        peakWhere: string,
        endText: string,
        endWhere: string,
      ) => `${who} remembers ${rememberedText}: peak ${peakText} at ${peakWhere}, end ${endText} at ${endWhere}.`,
      worstNps: (where: string, scoreText: string) => `Lowest NPS: ${scoreText} at ${where}.`,
      offNorm: (count: number, list: string) =>
        plural(count, {
          one: (n) => `${n} metric off norm: ${list}.`,
          other: (n) => `${n} metrics off norm: ${list}.`,
        }),
      moments: (count: number, list: string) =>
        plural(count, {
          one: (n) => `${n} moment of truth: ${list}.`,
          other: (n) => `${n} moments of truth: ${list}.`,
        }),
      compare: (title: string, added: number, removed: number, changed: number) =>
        `Compared with ${title}: ${number.format(added)} new, ${number.format(removed)} removed, ${number.format(changed)} changed.`,
    },
    /** Persona and score, e.g. "Starter −3 (negative)". */
    whoScore: (who: string, scoreText: string) => `${who} ${scoreText}`,
    /** A pain-point count on the poster. */
    painCount: (count: number) => plural(count, { one: (n) => `${n} pain point`, other: (n) => `${n} pain points` }),
    /** Why a PNG could not be made. */
    pngBlocked:
      'The PNG could not be made: the browser refused to draw the map as an image. A Content-Security-Policy without img-src blob: (or data:) blocks it; use Download SVG instead.',
    pngTooLarge: 'The PNG could not be made: the map is too large for one image; use Download SVG instead.',
    /** The vertical layout's "show more" button. */
    showMore: (shownText: string, totalText: string) => `Show more (${shownText} of ${totalText})`,
    /** Said for a touchpoint that only the base journey has. */
    /** Under a phase's name in the narrow map of a long journey: its touchpoints and their positions, e.g. "100 touchpoints · 101–200". */
    phaseRows: (count: number, firstText: string, lastText: string) =>
      `${counted.touchpoints(count)} · ${firstText}–${lastText}`,
    /** Where a row of the vertical layout is, for screen readers; `positionText` is e.g. "5 of 12". */
    rowPosition: (positionText: string, phase: string) => `touchpoint ${positionText}, phase ${phase}`,
    onlyInBase: 'only in the journey compared with',
  },
  /** The NPS overlay (`<nps-overlay>`); parameters named `…Text` arrive formatted. */
  npsOverlay: {
    /** One measurement in words, after "NPS": "+46: 57% promoters, 32% passives, 11% detractors, 320 responses, target +40 met". */
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
        `${p.scoreText}${p.periodText ? ` in ${p.periodText}` : ''}: ${p.promotersText} promoters, ${p.passivesText} passives, ${p.detractorsText} detractors`,
        plural(p.responses, { one: (n) => `${n} response`, other: (n) => `${n} responses` }),
        ...(p.smallSample ? ['small sample'] : []),
        ...(p.targetText !== undefined ? [`target ${p.targetText} ${p.met ? 'met' : 'missed'}`] : []),
        ...(p.changeText ? [p.changeText] : []),
      ].join(', '),
    /** A touchpoint that has NPS, but no responses (for this persona or period). */
    noData: (periodText?: string) => (periodText ? `no data in ${periodText}` : 'no data'),
    /** A touchpoint without any NPS measurement. */
    notMeasured: 'no NPS measured',
    /** Short flag for fewer than 30 responses. */
    smallSample: 'small sample',
    /** Sample size, e.g. "n = 320". */
    sampleSize: (countText: string) => `n = ${countText}`,
    /** The target, met, e.g. "target +40". */
    targetShort: (targetText: string) => `target ${targetText}`,
    /** The target, missed, e.g. "below target +40". */
    belowTarget: (targetText: string) => `below target ${targetText}`,
    /** The target in a table cell: "+40 (met)". */
    targetCell: (targetText: string, met: boolean | null) =>
      met === null ? targetText : `${targetText} (${met ? 'met' : 'missed'})`,
    /** The generated summary's extremes: "Lowest Documents (−39); highest Welcome pack (+64)." */
    extremes: (lowest: string, highest: string) => `Lowest ${lowest}; highest ${highest}.`,
    /** A touchpoint and its score in the summary: "Documents (−39)". */
    scored: (label: string, scoreText: string) => `${label} (${scoreText})`,
    /** Whose NPS: "for Starter". */
    forPersona: (name: string) => `for ${name}`,
    /** The period shown, e.g. "period 2026-Q2". */
    periodShown: (period: string) => `period ${period}`,
    period: 'Period',
    history: 'History',
    distribution: 'Answers 0 to 10',
    /** The histogram's accessible name: "Answers per score: 0: 2, 1: 1, …". */
    distributionLabel: (countsText: string) => `Number of answers per score from 0 to 10: ${countsText}`,
    answer: 'Answer',
    answers: 'Answers',
    responses: 'Responses',
    target: 'Target',
    trend: 'Trend',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    /** The dialog's title: "NPS of Advice meeting". */
    details: (label: string) => `NPS of ${label}`,
    /** Short badge for a moment of truth. */
    momentShort: 'MoT',
    /** The score axis from −100 to +100 in words. */
    scale: 'scale −100 to +100',
    /** Unknown touchpoint id in badge mode. */
    unknownTouchpoint: (id: string) => `No touchpoint "${id}" in this journey.`,
  },
  /** The words of the PowerPoint deck (src/export/pptx.ts `DeckWords`, with `momentOfTruthKinds` and `channels`). */
  deck: {
    overview: 'Overview',
    phase: 'Phase',
    lowest: 'Lowest moment',
    highest: 'Highest moment',
    momentsOfTruth: 'Moments of truth',
    worstNps: 'Worst NPS',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    openActions: 'Open improvement actions',
    touchpoints: 'Touchpoints',
    emotion: 'Emotion',
    nps: 'NPS',
    norm: 'norm',
    noData: 'no data',
    sources: 'Sources',
    allCustomers: 'All customers',
    beforeAfter: 'Before and after',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
  } /** The service blueprint: processes behind the touchpoints, owners, improvement actions and their measured effect. */,
  blueprint: {
    /** The blueprint layers (JOURNEY-MODEL.md "Process"). */
    layers: { frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support processes' },
    /** The three lines between the customer's actions and the layers. */
    lines: {
      interaction: 'Line of interaction',
      visibility: 'Line of visibility',
      internal: 'Line of internal interaction',
    },
    /** A handover between owners, in words. */
    handover: (from: string, to: string) => `handover from ${from} to ${to}`,
    /** The short mark beside a handed-over process. */
    handoverShort: 'handover',
    owner: 'Owner',
    system: 'System',
    duration: 'Duration',
    /** A process in words, e.g. "Backstage: Review documents (Acceptance, Case system)". */
    process: (layer: string, label: string, details: string) =>
      details === '' ? `${layer}: ${label}` : `${layer}: ${label} (${details})`,
    /** Action statuses (written on the chip, never colour alone). */
    statuses: { idea: 'idea', planned: 'planned', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' },
    /** Due date; `dateText` is formatted. */
    due: (dateText: string) => `due ${dateText}`,
    /** The link to the backlog item. */
    link: 'backlog item',
    /** An action in words, e.g. "done: Status overview in the app (Squad, due 30 Apr 2026)". */
    action: (status: string, title: string, details: string) =>
      details === '' ? `${status}: ${title}` : `${status}: ${title} (${details})`,
    /** Heading of the measured effects in compare mode. */
    effectTitle: 'Measured effect',
    /** A done action's effect: "Status overview — done 2026-05 · expected NPS +10, measured +14". */
    effect: (title: string, doneText: string | null, expected: string, measured: string) =>
      `${title}${doneText === null ? '' : ` — done ${doneText}`} · ${expected}, ${measured}`,
    expected: (text: string) => `expected ${text}`,
    noExpectation: 'no expected change',
    measured: (text: string) => `measured ${text}`,
    /** A side without data (never shown as 0). */
    noData: 'no data',
    /** What was measured, e.g. "emotion Starter", "NPS", or the metric's label. */
    emotionOf: (who: string) => `emotion ${who}`,
    /** The summary's sentences. */
    summaryProcesses: (count: number, handovers: number) =>
      `${plural(count, { one: (n) => `${n} process`, other: (n) => `${n} processes` })} behind the touchpoints, ${plural(
        handovers,
        { one: (n) => `${n} handover`, other: (n) => `${n} handovers` },
      )} between owners.`,
    summaryActions: (count: number, list: string) =>
      `${plural(count, { one: (n) => `${n} improvement action`, other: (n) => `${n} improvement actions` })}: ${list}.`,
  },
  /** Experience over time on screen: live dips (shared/controllers/dip-watch.ts) and the curve's two periods. */
  trends: {
    /** The measure of a change. */
    measures: { nps: 'NPS', emotion: 'emotion' },
    /** One dip: "Advice meeting, Starter: NPS +30 → +10 (2026-Q2 → 2026-Q3)"; scores arrive formatted. */
    dip: (touchpoint: string, who: string, measure: string, before: string, after: string, from: string, to: string) =>
      `${touchpoint}, ${who}: ${measure} ${before} → ${after} (${from} → ${to})`,
    /** What the live region says when a refresh brought new dips; `list` is the dips joined. */
    dipsAnnounced: (title: string, count: number, list: string) =>
      `Journey “${title}” updated: ${plural(count, { one: () => 'a significant dip', other: (c) => `${c} significant dips` })}: ${list}`,
    /** A period without a label (an NPS measurement without `period`). */
    noPeriod: 'no period',
    /** The legend and table name of the earlier period's curve: "Starter, 2026-Q2 (earlier)". */
    earlier: (name: string, period: string) => `${name}, ${period} (earlier)`,
    /** The name of the chosen period's curve: "Starter, 2026-Q3". */
    inPeriod: (name: string, period: string) => `${name}, ${period}`,
    /** A significant change between the periods, in words: "significant rise of +1.2 (p = 0.003)"; `pText` is "= 0.003" or "< 0.001". */
    significantRise: (deltaText: string, pText: string) => `significant rise of ${deltaText} (p ${pText})`,
    significantFall: (deltaText: string, pText: string) => `significant fall of ${deltaText} (p ${pText})`,
    /** A change that the test does not call significant. */
    notSignificant: (deltaText: string, pText: string) => `≈ not significant: ${deltaText} (p ${pText})`,
    /** A change whose significance cannot be known (QUALITY: never guessed). */
    unknown: (deltaText: string) => `${deltaText}, significance unknown (no n or sd)`,
    /** The legend entries of the marks. */
    significantMark: 'significant change (95 %, Welch’s t)',
    unknownMark: 'significance unknown',
    freshDip: 'new dip (live)',
    /** The table's change column. */
    change: (from: string, to: string) => `Change ${from} → ${to}`,
    /** A sentence of the summary: "Compared with 2026-Q2: 2 significant changes, 1 unknown." */
    compared: (period: string, significant: number, unknown: number) =>
      `Compared with ${period}: ${plural(significant, { one: () => 'one significant change', other: (c) => `${c} significant changes` })}` +
      (unknown > 0
        ? `, ${plural(unknown, { one: () => 'one of unknown significance', other: (c) => `${c} of unknown significance` })}`
        : '') +
      '.',
    /** The point name's mention of a fresh dip. */
    dipHere: 'new significant dip',
  },

  /** The NPS statistics of issue 16 in the overlay: intervals, significance of a change, the trend over periods. */
  npsStatistics: {
    /** A score with its interval and sample size: "+16 (95%: +6 to +25), n = 250". */
    scoreWithInterval: (p: {
      scoreText: string;
      lowText: string;
      highText: string;
      level: number;
      countText: string;
    }) => `${p.scoreText} (${p.level}%: ${p.lowText} to ${p.highText}), n = ${p.countText}`,
    /** The interval alone, short: "95%: +6 to +25". */
    intervalShort: (p: { lowText: string; highText: string; level: number }) =>
      `${p.level}%: ${p.lowText} to ${p.highText}`,
    /** The interval in a sentence: "95% interval +6 to +25". */
    intervalClause: (p: { lowText: string; highText: string; level: number }) =>
      `${p.level}% interval ${p.lowText} to ${p.highText}`,
    /** A column header: "95% interval". */
    intervalHeader: (level: number) => `${level}% interval`,
    /** A change that passes the test: "up 14 since 2026-Q2, significant". */
    significantChange: (changeText: string) => `${changeText}, significant`,
    /** Short mark of a change that does not pass the test. */
    notSignificantShort: '≈ not significant',
    /** A change that does not pass the test, with the two samples: "+3 since 2026-Q1, not significant (n = 200 and 200)". */
    notSignificantChange: (p: { deltaText: string; since: string; beforeText: string; afterText: string }) =>
      `${p.deltaText} since ${p.since}, not significant (n = ${p.beforeText} and ${p.afterText})`,
    /** Short mark of a change whose significance cannot be known. */
    unknownShort: '? change unknown',
    /** A change whose significance cannot be known: "change since 2026-Q2 unknown (no answers in one period)". */
    unknownChange: (since: string) => `change since ${since} unknown (no answers in one of the periods)`,
    /** The table's change column. */
    change: 'Change',
    /** The table cell of a significant change: "+14 (significant)". */
    significantCell: (deltaText: string) => `${deltaText} (significant)`,
    /** The table cell of a change that is not significant: "+3 (not significant)". */
    notSignificantCell: (deltaText: string) => `${deltaText} (not significant)`,
    /** The table cell of a change of unknown significance. */
    unknownCell: 'unknown',
    /** The drill-down's trend heading. */
    trend: 'Trend over the periods',
    /** The trend chart's accessible name. */
    trendLabel: (label: string, pointsText: string) =>
      `NPS of ${label} per period with its 95% interval: ${pointsText}`,
    /** A significant dip in the trend. */
    dip: 'significant dip',
    /** The trend chart's key. */
    bandKey: '95% interval',
  },
  /** The map's wheel and overview views and its PowerPoint export (src/components/journey-map/views/). */
  views: {
    /** The accessible name of the experience wheel. */
    wheelLabel: (title: string) => `Experience wheel of ${title}`,
    /** Under the title in the wheel's centre. */
    remembered: 'Remembered',
    peak: 'peak',
    end: 'end',
    /** The legend entry of the neutral circle. */
    neutral: 'Neutral circle: inside negative, outside positive',
    /** Labels that did not fit round the wheel. */
    hiddenLabels: (count: number) => `${count} ${count === 1 ? 'label' : 'labels'} not drawn: see the data table`,
    /** The overview's accessible name. */
    overviewLabel: (title: string) => `Overview of ${title} in its main lines`,
    none: 'none',
    noNorm: 'no norm',
    touchpointCount: (count: number) => `${count} ${count === 1 ? 'touchpoint' : 'touchpoints'}`,
    /** The toolbar button. */
    exportPptx: 'Download PowerPoint',
    pptxFailed: (reason: string) => `The PowerPoint could not be made: ${reason}`,
  },
  /** The map's trend lane (lanes/trend.ts): NPS and emotion over the periods per touchpoint. */
  trendLane: {
    /** A period without answers. */
    noAnswers: 'no answers',
    /** The mark of a touchpoint whose latest period dipped in a live refresh. */
    liveDip: 'new significant dip (live)',
  },
};

/** The shape every message catalogue has: the English one's. A missing key is a type error. */
export type Messages = typeof en;
