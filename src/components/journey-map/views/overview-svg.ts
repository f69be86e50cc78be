/**
 * The overview view (issue 17) as a standalone SVG sheet for the map's SVG and PNG export: the
 * title and goal, then one card per phase with the same facts as the overview's cards (lowest
 * and highest moment per shown persona, moments of truth, worst NPS against the norm, top pain
 * points, open actions), laid out on A3 landscape. `overviewSheet` is the pure layout (text
 * measured with the function passed); `overviewSvg` writes it as elements whose text is only
 * `textContent`: no external references, nothing parsed from text.
 */
import type { PhaseOverview } from '../../../analytics/overview.js';
import { type MeasureText, truncateText, wrapText } from '../../../layout/text.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapModel } from '../derive.js';
import { curveName, shownCurves } from '../describe.js';
import { POSTER_FONT } from '../export.js';

/** A3 landscape (420 × 297 mm) at 96 px an inch. */
export const SHEET_WIDTH = 1587;
export const SHEET_HEIGHT = 1123;
const MARGIN = 48;
const GAP = 16;
const PAD = 14;
/** Cards a row at most: five keeps a card about 290 px wide on A3. */
const PER_ROW = 5;
const LINE = 17;
const ITEM_LINES = 3;

/** One phase's facts as words: its name, its touchpoint count, and its sections. */
export interface SheetPhase {
  label: string;
  count: string;
  /** The phase's place in the journey (its tint). */
  phase: number;
  /** Each section's items; `empty` when it has none (its one item the word for none). */
  sections: { term: string; items: string[]; empty?: boolean }[];
}

export type SheetLineKind = 'title' | 'goal' | 'phase' | 'count' | 'term' | 'item' | 'none';

/** A line of text on the sheet: `y` is its baseline. */
export interface SheetLine {
  kind: SheetLineKind;
  x: number;
  y: number;
  text: string;
  fontSize: number;
  /** The first line of a list item: drawn with a bullet before it. */
  bullet?: boolean;
}

export interface SheetCard {
  x: number;
  y: number;
  width: number;
  height: number;
  phase: number;
  /** The height of the card's coloured head, under which the facts start. */
  head: number;
}

export interface OverviewSheet {
  width: number;
  height: number;
  cards: SheetCard[];
  lines: SheetLine[];
}

const SIZES: Record<SheetLineKind, number> = {
  title: 28,
  goal: 16,
  phase: 15,
  count: 12,
  term: 12,
  item: 12,
  none: 12,
};

/**
 * Lays the sheet out: title and goal (two lines at most) across the top, then the cards in rows
 * of at most five, each as tall as its row's tallest card. A sheet with more than fits on A3 grows
 * downwards rather than cut facts.
 */
export function overviewSheet(
  title: string,
  goal: string | undefined,
  phases: readonly SheetPhase[],
  measure: MeasureText,
): OverviewSheet {
  const lines: SheetLine[] = [];
  const inner = SHEET_WIDTH - 2 * MARGIN;
  let y = MARGIN + SIZES.title;
  lines.push({
    kind: 'title',
    x: MARGIN,
    y,
    text: truncateText(title, inner, SIZES.title, measure).text,
    fontSize: 28,
  });
  if (goal !== undefined && goal.trim() !== '') {
    for (const text of wrapText(goal, inner, 2, SIZES.goal, measure).lines) {
      y += 24;
      lines.push({ kind: 'goal', x: MARGIN, y, text, fontSize: SIZES.goal });
    }
  }
  let top = y + 28;
  const perRow = Math.max(1, Math.min(PER_ROW, phases.length));
  const width = (inner - (perRow - 1) * GAP) / perRow;
  const text = width - 2 * PAD;
  const cards: SheetCard[] = [];
  for (let start = 0; start < phases.length; start += perRow) {
    const row = phases.slice(start, start + perRow);
    const drafts = row.map((phase, i) => {
      const x = MARGIN + i * (width + GAP);
      const own: SheetLine[] = [];
      let at = PAD + SIZES.phase;
      for (const line of wrapText(phase.label, text, 2, SIZES.phase, measure).lines) {
        own.push({ kind: 'phase', x: x + PAD, y: at, text: line, fontSize: SIZES.phase });
        at += 19;
      }
      own.push({ kind: 'count', x: x + PAD, y: at, text: phase.count, fontSize: SIZES.count });
      const head = at + 10;
      at = head + PAD + SIZES.term;
      for (const section of phase.sections) {
        own.push({ kind: 'term', x: x + PAD, y: at, text: section.term, fontSize: SIZES.term });
        at += LINE;
        for (const item of section.items) {
          const kind: SheetLineKind = section.empty === true ? 'none' : 'item';
          const wrapped = wrapText(item, text - 10, ITEM_LINES, SIZES.item, measure).lines;
          for (const [k, line] of wrapped.entries()) {
            const bullet = kind === 'item' && k === 0;
            own.push({ kind, x: x + PAD + 10, y: at, text: line, fontSize: SIZES.item, ...(bullet ? { bullet } : {}) });
            at += LINE;
          }
        }
        at += 6;
      }
      return { x, own, height: at - SIZES.term, head, phase: phase.phase };
    });
    const height = Math.max(...drafts.map((d) => d.height));
    for (const d of drafts) {
      cards.push({ x: d.x, y: top, width, height, phase: d.phase, head: d.head });
      for (const line of d.own) lines.push({ ...line, y: top + line.y });
    }
    top += height + GAP;
  }
  return { width: SHEET_WIDTH, height: Math.max(SHEET_HEIGHT, Math.ceil(top - GAP + MARGIN)), cards, lines };
}

/** The overview's facts of each phase in words, as the overview's cards write them. */
export function sheetPhases(
  model: MapModel,
  phases: readonly PhaseOverview[],
  localizer: Localizer,
  persona: string,
): SheetPhase[] {
  const m = localizer.messages;
  const d = m.deck;
  const shown = shownCurves(model, persona);
  const label = (index: number) => model.journey.touchpoints[index]?.label ?? '';
  const section = (term: string, items: string[]) =>
    items.length === 0 ? { term, items: [m.views.none], empty: true } : { term, items };
  return phases.map((p) => {
    const moments = (list: PhaseOverview['lowest']) =>
      list
        .filter((mo) => shown.includes(mo.persona))
        .map(
          (mo) =>
            `${shown.length > 1 ? `${curveName(model, mo.persona, localizer)}: ` : ''}${label(mo.index)} ${localizer.emotionScore(mo.score)}`,
        );
    const nps = p.worstNps;
    const norm =
      nps === null || nps.target === null
        ? m.views.noNorm
        : `${d.norm} ${localizer.signed(nps.target, { maximumFractionDigits: 0 })}`;
    return {
      label: p.label,
      count: m.views.touchpointCount(p.touchpoints),
      phase: model.phases.findIndex((x) => x.id === p.phaseId),
      sections: [
        section(d.lowest, moments(p.lowest)),
        section(d.highest, moments(p.highest)),
        section(
          d.momentsOfTruth,
          p.moments.map(
            (mo) =>
              `${m.momentOfTruthKinds[mo.kind as keyof typeof m.momentOfTruthKinds] ?? mo.kind}: ${label(mo.index)}`,
          ),
        ),
        section(
          d.worstNps,
          nps === null
            ? []
            : [`${label(nps.index)}: ${localizer.signed(nps.score, { maximumFractionDigits: 0 })} (${norm})`],
        ),
        section(
          d.painPoints,
          p.painPoints.map((pain) => pain.text),
        ),
        section(
          d.openActions,
          p.openActions.map((a) => (a.owner !== undefined ? `${a.title} (${a.owner})` : a.title)),
        ),
      ],
    };
  });
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Light phase tints for the cards' heads (dark text on each: contrast ≥ 4.5:1). */
const HEAD_TINTS = ['#dbe9f9', '#dff3e4', '#fbeed5', '#f3e1f4', '#e2e6fb', '#fde2dd', '#def3f3', '#eeeeee'];
const INK = '#1f2328';
const MUTED = '#59636e';

function node<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}

/** The overview as a standalone SVG document (A3 landscape). */
export function overviewSvg(
  model: MapModel,
  phases: readonly PhaseOverview[],
  localizer: Localizer,
  persona: string,
  measure: MeasureText,
): string {
  const sheet = overviewSheet(
    model.journey.title,
    model.journey.goal,
    sheetPhases(model, phases, localizer, persona),
    measure,
  );
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `0 0 ${sheet.width} ${sheet.height}`);
  root.setAttribute('width', String(sheet.width));
  root.setAttribute('height', String(sheet.height));
  root.setAttribute('font-family', POSTER_FONT);
  node(root, 'title', {}, localizer.messages.views.overviewLabel(model.journey.title));
  node(root, 'rect', { width: sheet.width, height: sheet.height, fill: '#ffffff' });
  for (const card of sheet.cards) {
    node(root, 'rect', {
      x: card.x,
      y: card.y,
      width: card.width,
      height: card.height,
      rx: 6,
      fill: '#ffffff',
      stroke: '#d1d9e0',
    });
    node(root, 'path', {
      d: `M${card.x} ${card.y + card.head}V${card.y + 6}a6 6 0 0 1 6 -6H${card.x + card.width - 6}a6 6 0 0 1 6 6V${card.y + card.head}Z`,
      fill: HEAD_TINTS[Math.max(0, card.phase) % HEAD_TINTS.length]!,
      stroke: '#d1d9e0',
    });
  }
  for (const line of sheet.lines) {
    if (line.bullet === true) node(root, 'circle', { cx: line.x - 6, cy: line.y - 4, r: 1.75, fill: INK });
    const bold = line.kind === 'title' || line.kind === 'phase' || line.kind === 'term';
    const text = node(
      root,
      'text',
      {
        x: line.x,
        y: line.y,
        'font-size': line.fontSize,
        fill: line.kind === 'count' || line.kind === 'none' ? MUTED : INK,
        ...(bold ? { 'font-weight': 700 } : {}),
      },
      line.text,
    );
    text.setAttribute('class', `sheet-${line.kind}`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
