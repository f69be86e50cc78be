/**
 * The poster export: a standalone SVG document of the journey (title, goal, phases, every
 * touchpoint, the emotion curves, moments of truth, NPS and pain-point counts), and that SVG
 * drawn to a PNG. The SVG is built as DOM nodes (model text only ever as `textContent`, colours
 * only as validated presentation attributes) and serialised with XMLSerializer; it has its
 * styles inlined in a `<style>` element, names its font family, and references nothing outside
 * itself: no `href`, no `url(`, no `foreignObject`.
 */
import { emotionSeries } from '../../analytics/emotion.js';
import { touchpointNps } from '../../analytics/nps.js';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import { posterLayout, wrapLines } from '../../layout/poster.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { MapModel } from './derive.js';
import { curveName, shownCurves } from './describe.js';
import { ICONS } from '../../shared/icons.js';
import { drawPosterBlueprint, posterBlueprint } from './lanes/blueprint-poster.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The font the poster names: the platform's UI sans-serif, then common fallbacks. */
export const POSTER_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Concrete persona colours for a file that has no page around it: the light-scheme fallbacks of
 * the shared persona palette (Okabe–Ito, darkened to 3:1 on white).
 */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#c474a0', '#bd8200', '#4795c1', '#97902a', '#000000'] as const;
const DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 2', '12 4 4 4'] as const;
const PHASE_FILLS = ['#eef3fb', '#f4effa', '#eef7f1', '#fbf3ea', '#f0f4f6', '#faf0f3'] as const;

/** Fixed stylesheet of the poster: only constants, never data. */
const STYLE = `
svg { font-family: ${POSTER_FONT}; }
text { fill: #1f2328; font-size: 13px; }
.title { font-size: 28px; font-weight: 700; }
.goal { font-size: 16px; }
.route, .muted, .tick, .channel { fill: #59636e; }
.route { font-size: 14px; }
.term { font-weight: 600; fill: #1f2328; }
.legend { font-size: 13px; }
.phase-label { font-size: 14px; font-weight: 700; }
.row-title { font-size: 13px; font-weight: 600; fill: #59636e; }
.number { font-size: 12px; font-weight: 700; fill: #59636e; }
.label { font-size: 13px; font-weight: 600; }
.channel { font-size: 12px; }
.tick { font-size: 12px; }
.grid { stroke: #d0d7de; stroke-width: 1; }
.zero { stroke: #818b98; stroke-width: 1.5; }
.divider { stroke: #d8dee4; stroke-width: 1; }
.curve { fill: none; stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; }
.point { stroke: #ffffff; stroke-width: 1.5; }
.moment { fill: #8250df; }
.moment-text { fill: #6639ba; font-size: 12px; font-weight: 600; }
.nps { font-size: 14px; font-weight: 700; }
.nps-negative { fill: #b42318; }
.nps-positive { fill: #1a7f37; }
.nps-none { fill: #59636e; font-weight: 400; }
.pain { fill: #b42318; font-size: 12px; font-weight: 600; }
.glyph-fill { fill: #1f2328; }
.glyph-stroke { fill: none; stroke: #1f2328; stroke-width: 1.5; }
.footer { font-size: 12px; fill: #59636e; }
.bp-line { stroke: #818b98; stroke-width: 1.5; }
.bp-line--backstage { stroke-dasharray: 6 4; }
.bp-line--support { stroke-dasharray: 2 3; }
.bp-owner, .bp-action { font-size: 12px; fill: #1f2328; }
`;

type Attributes = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  name: K,
  attributes: Attributes = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

/** A text with a bold term before it, e.g. "Goal: …". */
function termText(parent: Element, x: number, y: number, term: string, value: string, className: string): void {
  const text = el(parent, 'text', { x, y, class: className });
  el(text, 'tspan', { class: 'term' }, `${term}: `);
  el(text, 'tspan', {}, value);
}

/** The poster document and its size. */
export interface Poster {
  text: string;
  width: number;
  height: number;
}

/** Options of the poster. */
export interface PosterOptions {
  /** Right to left: the poster mirrored, as the map is in a right-to-left page. */
  rtl?: boolean;
}

/** Builds the poster of the journey for the persona selection (`all` or a persona id). */
export function buildPoster(
  model: MapModel | undefined,
  localizer: Localizer,
  persona: string,
  options: PosterOptions = {},
): Poster {
  const m = localizer.messages;
  const root = document.createElementNS(SVG_NS, 'svg');
  el(root, 'style', {}, STYLE);
  if (!model) {
    root.setAttribute('width', '480');
    root.setAttribute('height', '80');
    root.setAttribute('viewBox', '0 0 480 80');
    el(root, 'text', { x: 24, y: 46 }, m.noJourney);
    return { text: serialise(root), width: 480, height: 80 };
  }
  const journey = model.journey;
  const keys = shownCurves(model, persona);
  const curves = keys.map((key) => ({ persona: key, series: emotionSeries(journey, key) }));
  const blueprint = posterBlueprint(journey);
  const p = posterLayout(journey, curves, {
    processLines: blueprint.processLines,
    actionLines: blueprint.actionLines,
  });
  const colourOf = (key: string | null) => {
    const index =
      key === null
        ? 0
        : Math.max(
            0,
            model.personas.findIndex((x) => x.id === key),
          );
    return {
      colour: model.personas[index]?.color ?? PALETTE[index % PALETTE.length]!,
      dash: DASHES[index % DASHES.length]!,
    };
  };

  root.setAttribute('width', String(p.width));
  root.setAttribute('height', String(p.height));
  root.setAttribute('viewBox', `0 0 ${p.width} ${p.height}`);
  root.setAttribute('role', 'img');
  root.setAttribute('lang', localizer.locale);
  el(root, 'title', {}, journey.title);
  el(root, 'rect', { x: 0, y: 0, width: p.width, height: p.height, fill: '#ffffff' });

  const charsAcross = (width: number, size: number) => width / (size * 0.56);
  el(
    root,
    'text',
    { x: p.margin, y: p.titleY, class: 'title' },
    wrapLines(journey.title, charsAcross(p.width - 2 * p.margin, 28), 1)[0] ?? '',
  );
  if (journey.goal) termText(root, p.margin, p.goalY, m.map.goal, journey.goal, 'goal');
  if (journey.start || journey.end) {
    const route = [
      journey.start ? `${m.map.start}: ${journey.start}` : '',
      journey.end ? `${m.map.finish}: ${journey.end}` : '',
    ]
      .filter((x) => x !== '')
      .join('  →  ');
    el(
      root,
      'text',
      { x: p.margin, y: p.routeY, class: 'route' },
      wrapLines(route, charsAcross(p.width - 2 * p.margin, 14), 1)[0] ?? '',
    );
  }

  // Legend: curves, then the moment-of-truth flag.
  const legend = el(root, 'g', { class: 'legend', transform: `translate(${p.margin} ${p.legendY})` });
  let lx = 0;
  for (const key of keys) {
    const { colour, dash } = colourOf(key);
    el(legend, 'path', { d: `M${lx} -4H${lx + 28}`, class: 'curve', stroke: colour, 'stroke-dasharray': dash });
    const name = curveName(model, key, localizer);
    el(legend, 'text', { x: lx + 36, y: 0, class: 'legend' }, name);
    lx += 36 + name.length * 7.5 + 24;
  }
  if (model.hasMoments) {
    el(legend, 'path', { d: ICONS.momentOfTruth, class: 'moment', transform: `translate(${lx} -12)` });
    el(legend, 'text', { x: lx + 20, y: 0, class: 'legend' }, m.momentOfTruth);
    lx += 20 + m.momentOfTruth.length * 7.5 + 24;
  }
  for (const label of model.emotionLabels) {
    const glyph = emotionGlyph(label, 48);
    if (!glyph) continue;
    const word = localizer.emotionWord(label);
    // The legend is one row: entries that would run off the poster are left out.
    if (p.margin + lx + 16 + word.length * 7.5 > p.width - p.margin) break;
    el(legend, 'path', {
      d: glyph.path,
      class: glyph.style === 'fill' ? 'glyph-fill' : 'glyph-stroke',
      transform: `translate(${lx + 5} -4)`,
    });
    el(legend, 'text', { x: lx + 16, y: 0, class: 'legend' }, word);
    lx += 16 + word.length * 7.5 + 18;
  }

  // Phases.
  p.phases.bands.forEach((band) => {
    el(root, 'rect', {
      x: band.x0 + 1,
      y: p.phases.y,
      width: Math.max(0, band.x1 - band.x0 - 2),
      height: p.phases.height,
      rx: 4,
      fill: PHASE_FILLS[Math.max(0, band.phaseIndex) % PHASE_FILLS.length]!,
    });
    el(
      root,
      'text',
      { x: band.x0 + 10, y: p.phases.y + p.phases.height / 2 + 5, class: 'phase-label' },
      wrapLines(band.label, charsAcross(band.x1 - band.x0 - 20, 14), 1)[0] ?? '',
    );
  });

  // Row titles.
  const rowTitle = (y: number, text: string) => el(root, 'text', { x: p.margin, y, class: 'row-title' }, text);
  rowTitle(p.phases.y + p.phases.height / 2 + 5, m.phase);
  rowTitle(p.labels.y, m.map.lanes.touchpoints);
  rowTitle((p.emotion.y0 + p.emotion.y1) / 2, m.map.lanes.emotion);
  if (model.hasMoments) rowTitle(p.momentY, m.map.lanes['moments-of-truth']);
  rowTitle(p.npsY, m.nps.name);
  rowTitle(p.painY, m.map.lanes['pain-points']);

  // Emotion frame.
  for (const tick of p.emotion.ticks) {
    el(root, 'line', { x1: p.left, x2: p.right, y1: tick.y, y2: tick.y, class: tick.value === 0 ? 'zero' : 'grid' });
    el(
      root,
      'text',
      { x: p.left - 8, y: tick.y + 4, class: 'tick', 'text-anchor': 'end' },
      localizer.signed(tick.value),
    );
  }

  // Touchpoints: dividers, number, label, channel, moment, NPS, pain points.
  const touchpoints = el(root, 'g', { class: 'touchpoints' });
  p.labels.columns.forEach((column, index) => {
    const tp = journey.touchpoints[index]!;
    const g = el(touchpoints, 'g', { class: 'touchpoint', 'data-index': index });
    el(g, 'line', {
      x1: column.x0,
      x2: column.x0,
      y1: p.phases.y + p.phases.height + 6,
      y2: p.footerY - 24,
      class: 'divider',
    });
    el(g, 'text', { x: column.x0 + 8, y: p.labels.y - 17, class: 'number' }, localizer.number(index + 1));
    const label = el(g, 'text', { x: column.x0 + 8, y: p.labels.y, class: 'label' });
    column.lines.forEach((line, i) =>
      el(label, 'tspan', { x: column.x0 + 8, dy: i === 0 ? 0 : p.labels.lineHeight }, line),
    );
    if (tp.channel !== undefined) {
      const name = localizer.channelName(tp.channel, journey);
      el(
        g,
        'text',
        { x: column.x0 + 8, y: p.channelY, class: 'channel' },
        wrapLines(name, charsAcross(column.x1 - column.x0 - 16, 12), 1)[0] ?? '',
      );
    }
    if (tp.momentOfTruth) {
      el(g, 'path', {
        d: ICONS.momentOfTruth,
        class: 'moment',
        transform: `translate(${column.x0 + 8} ${p.momentY - 13})`,
      });
      const kind = el(g, 'text', { x: column.x0 + 26, y: p.momentY, class: 'moment-text' });
      wrapLines(m.momentOfTruthKinds[tp.momentOfTruth.kind], charsAcross(column.x1 - column.x0 - 34, 12), 2).forEach(
        (line, i) => el(kind, 'tspan', { x: column.x0 + 26, dy: i === 0 ? 0 : 15 }, line),
      );
    }
    const nps = touchpointNps(tp, { persona: keys.length === 1 && keys[0] !== null ? keys[0] : null }).current;
    if (nps) {
      const score = nps.score;
      el(
        g,
        'text',
        {
          x: column.x0 + 8,
          y: p.npsY,
          class: `nps ${score === null ? 'nps-none' : score < 0 ? 'nps-negative' : 'nps-positive'}`,
        },
        score === null ? `${m.nps.name} ${m.noData}` : `${m.nps.name} ${localizer.signed(score)}`,
      );
    }
    const pains = tp.painPoints?.length ?? 0;
    if (pains > 0) el(g, 'text', { x: column.x0 + 8, y: p.painY, class: 'pain' }, m.map.painCount(pains));
  });

  // Curves with their points and emotion glyphs.
  const plot = el(root, 'g', { class: 'curves' });
  p.emotion.curves.forEach((curve) => {
    const { colour, dash } = colourOf(curve.persona);
    el(plot, 'path', { d: curve.path, class: 'curve', stroke: colour, 'stroke-dasharray': dash });
    const series = curves[curve.index]!.series;
    for (const point of curve.points) {
      el(plot, 'circle', { cx: point.x, cy: point.y, r: 5, fill: colour, class: 'point' });
      const label = series.find((s) => s.touchpointId === point.touchpointId)?.label;
      const glyph = emotionGlyph(label, 48);
      if (glyph) {
        el(plot, 'path', {
          d: glyph.path,
          class: glyph.style === 'fill' ? 'glyph-fill' : 'glyph-stroke',
          transform: `translate(${point.x + 12} ${point.y - 10})`,
        });
      }
    }
  });

  drawPosterBlueprint(root, p, journey, blueprint.blueprint, localizer);
  el(
    root,
    'text',
    { x: p.margin, y: p.footerY, class: 'footer' },
    `${m.count.touchpoints(journey.touchpoints.length)} · ${m.count.phases(journey.phases.length)}`,
  );
  if (options.rtl) mirror(root, p.width);
  return { text: serialise(root), width: p.width, height: p.height };
}

/**
 * Mirrors a poster for right to left: everything in a group reflected across the poster, and
 * every text reflected back around its own anchor (so its glyphs read) and anchored at its
 * other end (so it runs leftwards from the mirrored point, as the left-to-right one runs right).
 */
function mirror(root: Element, width: number): void {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `matrix(-1 0 0 1 ${width} 0)`);
  for (const child of [...root.childNodes]) if ((child as Element).localName !== 'style') group.appendChild(child);
  root.appendChild(group);
  for (const text of group.querySelectorAll('text')) {
    const x = Number(text.getAttribute('x') ?? 0);
    const own = text.getAttribute('transform');
    text.setAttribute('transform', `${own ? `${own} ` : ''}matrix(-1 0 0 1 ${2 * x} 0)`);
    const anchor = text.getAttribute('text-anchor') ?? 'start';
    if (anchor !== 'middle') text.setAttribute('text-anchor', anchor === 'end' ? 'start' : 'end');
  }
}

function serialise(root: Element): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** The poster as a standalone SVG document. */
export function posterSvg(
  model: MapModel | undefined,
  localizer: Localizer,
  persona: string,
  options: PosterOptions = {},
): string {
  return buildPoster(model, localizer, persona, options).text;
}

/** Largest canvas side and area Chromium, Firefox and Safari all draw. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_384 * 8_192;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image did not load'));
    image.src = url;
  });
}

/**
 * Draws a poster SVG to a PNG at `scale` (lowered when the canvas would exceed what browsers
 * draw). The image is loaded from a `blob:` URL, else from a `data:` URL; a Content-Security-Policy
 * whose `img-src` allows neither makes both fail, and the promise rejects with a message that
 * says so (the SVG export still works).
 */
export async function posterPng(svgText: string, scale: number, localizer: Localizer): Promise<Blob> {
  const m = localizer.messages.map;
  const size = /<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svgText);
  const width = Number(size?.[1] ?? 0);
  const height = Number(size?.[2] ?? 0);
  if (!(width > 0 && height > 0)) throw new Error(m.pngBlocked);
  const wanted = Number.isFinite(scale) && scale > 0 ? scale : 2;
  const fitted = Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  if (fitted < 0.05) throw new Error(m.pngTooLarge);
  const pixelWidth = Math.max(1, Math.floor(width * fitted));
  const pixelHeight = Math.max(1, Math.floor(height * fitted));

  const blobUrl = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  let image: HTMLImageElement;
  try {
    image = await loadImage(blobUrl);
  } catch {
    try {
      image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
    } catch {
      throw new Error(m.pngBlocked);
    }
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
  const canvas = document.createElement('canvas');
  canvas.width = pixelWidth;
  canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(m.pngTooLarge);
  context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(m.pngTooLarge))), 'image/png');
  });
}

/** The file name of a downloaded poster: the journey's id with anything but `A-Za-z0-9_.-` as `-`. */
export function posterFileName(journeyId: string | undefined, extension: 'svg' | 'png'): string {
  return `${(journeyId ?? 'journey').replace(/[^A-Za-z0-9_.-]/g, '-')}.${extension}`;
}

/** Saves `blob` as a download named `name` (a temporary object URL, revoked after 30 s). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** What the download buttons need of the map. */
export interface PosterSource {
  toSVG(): string;
  toPNG(): Promise<Blob>;
}

/**
 * Downloads the map's poster as SVG (at once, inside the click) or PNG. Resolves to the message to
 * show when the PNG cannot be drawn (e.g. a policy that blocks `img-src blob:`), else null.
 */
export async function downloadPoster(
  map: PosterSource,
  kind: 'svg' | 'png',
  journeyId: string | undefined,
): Promise<string | null> {
  const name = posterFileName(journeyId, kind);
  try {
    // An async function runs up to its first await at once: the SVG is saved inside the click.
    download(kind === 'svg' ? new Blob([map.toSVG()], { type: 'image/svg+xml' }) : await map.toPNG(), name);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
