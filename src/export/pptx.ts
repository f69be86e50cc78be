/**
 * A native, editable PowerPoint deck of a journey (issue 17), made with PptxGenJS, which is
 * loaded only when a deck is asked for. Slides: the title (title, goal, start → end, sources),
 * the overview per phase, one slide per phase (its touchpoints with channels, a native line chart
 * of the emotion per persona, NPS with norms, pain points and opportunities) and, given a base
 * journey, a before/after slide.
 *
 * Nothing from the data reaches the file except as text: every model string goes in as a text
 * run or a chart label, which PptxGenJS writes XML-escaped; colours come from the options and
 * pass a strict hex check; no hyperlinks, no formulas, no markup are built from data.
 * No DOM and no Lit: the words arrive through `options.words` in the journey's language.
 */
import { compareJourneys } from '../analytics/compare.js';
import { curveKeys, emotionAt } from '../analytics/emotion.js';
import { touchpointNps } from '../analytics/nps.js';
import { journeyOverview } from '../analytics/overview.js';
import type { Journey, Touchpoint } from '../model/types.js';

/** The words of the deck, in the journey's language. */
export interface DeckWords {
  overview: string;
  phase: string;
  lowest: string;
  highest: string;
  momentsOfTruth: string;
  worstNps: string;
  painPoints: string;
  opportunities: string;
  openActions: string;
  touchpoints: string;
  emotion: string;
  nps: string;
  norm: string;
  noData: string;
  sources: string;
  allCustomers: string;
  beforeAfter: string;
  added: string;
  removed: string;
  changed: string;
  /** Names of the moment-of-truth kinds. */
  momentKinds: Readonly<Record<string, string>>;
  /** Names of the well-known channels (`web`, `phone`, …); a channel defined in the journey keeps its own label. */
  channels?: Readonly<Record<string, string>>;
}

/** Options of {@link buildDeck}. */
export interface DeckOptions {
  words: DeckWords;
  /** Colours as hex `#rrggbb` (e.g. the element's computed custom properties); others are ignored. */
  colours?: { text?: string; accent?: string; muted?: string; personas?: readonly string[] };
  /** The journey before a change: adds a before/after slide. */
  base?: Journey;
  /** Formats numbers in the journey's language (default: its `locale`). */
  locale?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;
/** A colour as PptxGenJS wants it (`RRGGBB`), or the fallback when it is not a plain hex colour. */
export function deckColour(value: string | undefined, fallback: string): string {
  const match = value === undefined ? null : HEX.exec(value.trim());
  return (match ? match[1]! : fallback).toUpperCase();
}

const FALLBACK_PERSONAS = ['1F77B4', 'D62728', '2CA02C', '9467BD', '8C564B', 'E377C2'];
const FONT = 'Arial';

interface Palette {
  text: string;
  accent: string;
  muted: string;
  personas: string[];
}

/** Returns the deck as a `.pptx` Blob. */
export async function buildDeck(journey: Journey, options: DeckOptions): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in
  pptx.title = journey.title;
  const words = options.words;
  const locale = options.locale ?? journey.locale ?? 'en';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const palette: Palette = {
    text: deckColour(options.colours?.text, '1F2328'),
    accent: deckColour(options.colours?.accent, '0B5CAD'),
    muted: deckColour(options.colours?.muted, '57606A'),
    personas: (journey.personas ?? [{ id: '' }]).map((_, i) =>
      deckColour(options.colours?.personas?.[i], FALLBACK_PERSONAS[i % FALLBACK_PERSONAS.length]!),
    ),
  };
  const personaName = (id: string | null) =>
    id === null ? words.allCustomers : (journey.personas?.find((p) => p.id === id)?.name ?? id);
  const heading = (slide: ReturnType<typeof pptx.addSlide>, text: string) =>
    slide.addText(text, {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.7,
      fontFace: FONT,
      fontSize: 28,
      bold: true,
      color: palette.accent,
    });

  // Title slide.
  const title = pptx.addSlide();
  title.addText(journey.title, {
    x: 0.7,
    y: 1.6,
    w: 11.9,
    h: 1.2,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: palette.accent,
  });
  const lines: { text: string; options: object }[] = [];
  if (journey.goal) lines.push({ text: journey.goal, options: { fontSize: 22, color: palette.text, breakLine: true } });
  if (journey.start || journey.end) {
    lines.push({
      text: `${journey.start ?? ''} → ${journey.end ?? ''}`,
      options: { fontSize: 18, color: palette.muted, breakLine: true },
    });
  }
  if (lines.length > 0) title.addText(lines, { x: 0.7, y: 3, w: 11.9, h: 1.6, fontFace: FONT, valign: 'top' });
  const sources = journey.sources ?? [];
  if (sources.length > 0) {
    title.addText(
      [
        { text: words.sources, options: { bold: true, breakLine: true } },
        ...sources.map((s) => ({
          text: s.n === undefined ? s.label : `${s.label} (n = ${s.n.toLocaleString(locale)})`,
          options: { bullet: true, breakLine: true },
        })),
      ],
      { x: 0.7, y: 4.8, w: 11.9, h: 2.2, fontFace: FONT, fontSize: 14, color: palette.muted, valign: 'top' },
    );
  }

  // Overview slide: one row per phase.
  const overview = journeyOverview(journey);
  const overviewSlide = pptx.addSlide();
  heading(overviewSlide, words.overview);
  const headerCell = (text: string) => ({
    text,
    options: { bold: true, color: 'FFFFFF', fill: { color: palette.accent } },
  });
  const touchpointLabel = (id: string) => journey.touchpoints.find((t) => t.id === id)?.label ?? id;
  const momentText = (m: { persona: string | null; touchpointId: string; score: number }) =>
    `${personaName(m.persona)}: ${touchpointLabel(m.touchpointId)} (${number.format(m.score)})`;
  overviewSlide.addTable(
    [
      [
        words.phase,
        words.lowest,
        words.highest,
        words.momentsOfTruth,
        words.worstNps,
        words.painPoints,
        words.openActions,
      ].map(headerCell),
      ...overview.map((p) => [
        { text: p.label, options: { bold: true } },
        { text: p.lowest.map(momentText).join('\n') },
        { text: p.highest.map(momentText).join('\n') },
        {
          text: p.moments
            .map((m) => `${touchpointLabel(m.touchpointId)} (${words.momentKinds[m.kind] ?? m.kind})`)
            .join('\n'),
        },
        {
          text:
            p.worstNps === null
              ? ''
              : `${touchpointLabel(p.worstNps.touchpointId)}: ${number.format(p.worstNps.score)}` +
                (p.worstNps.target === null ? '' : ` (${words.norm} ${number.format(p.worstNps.target)})`),
        },
        { text: p.painPoints.map((x) => x.text).join('\n') },
        { text: p.openActions.map((a) => a.title).join('\n') },
      ]),
    ],
    {
      x: 0.5,
      y: 1.2,
      w: 12.3,
      fontFace: FONT,
      fontSize: 11,
      color: palette.text,
      border: { type: 'solid', color: 'D0D7DE', pt: 0.75 },
      valign: 'top',
      autoPage: false,
    },
  );

  // One slide per phase.
  const curves = curveKeys(journey);
  for (const phase of journey.phases) {
    const entries = journey.touchpoints.flatMap((touchpoint, index) =>
      touchpoint.phase === phase.id ? [{ touchpoint, index }] : [],
    );
    if (entries.length === 0) continue;
    const slide = pptx.addSlide();
    heading(slide, phase.label);
    const touchpointLines = [
      { text: words.touchpoints, options: { bold: true, breakLine: true } },
      ...entries.map(({ touchpoint }) => ({
        text: touchpoint.channel
          ? `${touchpoint.label} — ${channelName(journey, touchpoint, words.channels)}`
          : touchpoint.label,
        options: { bullet: true, breakLine: true },
      })),
    ];
    const series = curves.flatMap((persona) => {
      const values = entries.map(({ touchpoint, index }) => emotionAt(touchpoint, index, persona).score);
      if (values.every((v) => v === null)) return [];
      return [{ name: personaName(persona), labels: entries.map((e) => e.touchpoint.label), values, persona }];
    });
    if (series.length > 0) {
      slide.addChart(
        pptx.ChartType.line,
        series.map(({ name, labels, values }) => ({ name, labels, values: values as number[] })),
        {
          x: 5.3,
          y: 1.2,
          w: 7.5,
          h: 5.8,
          chartColors: series.map((s) => palette.personas[Math.max(0, curves.indexOf(s.persona))]!),
          valAxisMinVal: -5,
          valAxisMaxVal: 5,
          valAxisMajorUnit: 1,
          showLegend: true,
          legendPos: 'b',
          showTitle: true,
          title: words.emotion,
          titleFontSize: 14,
          catAxisLabelFontSize: 10,
          valAxisLabelFontSize: 10,
          lineDataSymbol: 'circle',
          lineDataSymbolSize: 7,
          displayBlanksAs: 'gap',
        },
      );
    }
    const npsLines = entries.map(({ touchpoint }) => {
      const current = touchpointNps(touchpoint).current;
      const score = current?.score ?? null;
      const value = score === null ? words.noData : number.format(score);
      const norm = current?.target === undefined ? '' : ` (${words.norm} ${number.format(current.target)})`;
      return current ? `${touchpoint.label}: ${value}${norm}` : null;
    });
    const bullets = (label: string, items: readonly string[]) =>
      items.length === 0
        ? []
        : [
            { text: label, options: { bold: true, breakLine: true } },
            ...items.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
          ];
    const lower = [
      ...bullets(
        words.nps,
        npsLines.filter((l): l is string => l !== null),
      ),
      ...bullets(
        words.painPoints,
        entries.flatMap((e) => e.touchpoint.painPoints ?? []),
      ),
      ...bullets(
        words.opportunities,
        entries.flatMap((e) => e.touchpoint.opportunities ?? []),
      ),
    ];
    // One column beside the chart: touchpoints, then NPS, pain points and opportunities, shrunk
    // to fit a long phase rather than running off the slide.
    slide.addText(
      [
        ...touchpointLines,
        ...lower.map((l, i) => (i === 0 ? { ...l, options: { ...l.options, paraSpaceBefore: 8 } } : l)),
      ],
      {
        x: 0.5,
        y: 1.2,
        w: 4.6,
        h: 5.8,
        fontFace: FONT,
        fontSize: 14,
        color: palette.text,
        valign: 'top',
        fit: 'shrink',
      },
    );
  }

  // Before/after.
  if (options.base) {
    const comparison = compareJourneys(options.base, journey);
    const slide = pptx.addSlide();
    heading(slide, words.beforeAfter);
    const labelOf = (id: string) =>
      journey.touchpoints.find((t) => t.id === id)?.label ??
      options.base!.touchpoints.find((t) => t.id === id)?.label ??
      id;
    const rows = comparison.touchpoints
      .filter((t) => t.status !== 'unchanged')
      .map((t) => {
        const emotion = t.emotion
          .filter((e) => e.delta !== null && e.delta !== 0)
          .map((e) => `${personaName(e.persona)} ${number.format(e.delta!)}`)
          .join(', ');
        const nps = t.nps?.delta === null || t.nps === null ? '' : `${words.nps} ${number.format(t.nps.delta)}`;
        const status = t.status === 'added' ? words.added : t.status === 'removed' ? words.removed : words.changed;
        return [{ text: labelOf(t.id) }, { text: status }, { text: emotion }, { text: nps }];
      });
    slide.addTable([[words.touchpoints, '', words.emotion, words.nps].map(headerCell), ...rows], {
      x: 0.5,
      y: 1.2,
      w: 12.3,
      fontFace: FONT,
      fontSize: 12,
      color: palette.text,
      border: { type: 'solid', color: 'D0D7DE', pt: 0.75 },
      autoPage: false,
    });
  }

  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

/** The channel's label: a defined channel's own label, else the well-known channel's name, else its id. */
function channelName(journey: Journey, touchpoint: Touchpoint, names?: Readonly<Record<string, string>>): string {
  const id = touchpoint.channel!;
  const defined = journey.channels?.find((c) => c.id === id)?.label;
  if (defined !== undefined) return defined;
  return names && Object.hasOwn(names, id) ? names[id]! : id;
}
