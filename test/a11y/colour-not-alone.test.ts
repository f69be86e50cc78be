/**
 * WCAG 1.4.1: colour is never the only carrier of meaning. In every element and fixture, each
 * category that has a colour of its own also has something else that differs, read from the
 * rendered DOM (never from the colour):
 *
 * - persona curves: a dash pattern per persona (plot, legends, the map's curve key) whose gaps
 *   show (≥ 1.5 px once round caps are drawn into them; with six personas too), and a name;
 * - emotion tones (the card colours them): a signed score that agrees with the tone, a word, and a
 *   glyph whose shape differs per emotion; the map's legend glyphs differ per emotion;
 * - NPS: detractors hatched, the shares in one fixed order (detractors, passives, promoters) like
 *   their worded legend; positive and negative score bars on either side of zero; off target: a
 *   dashed border and "below norm" words with a warning icon (met: another icon, other words);
 *   trend up and down: different icons; small sample and moment of truth: icon and words;
 * - the map: phases by name, channels by icon and name, flows by shape (the keys differ), pain
 *   points and opportunities in differently named lanes, moments of truth and off-norm metrics
 *   with icon and words, compare badges (added, removed, changed) with different words;
 * - the card: every touchpoint of the fixture in turn — trend, target, norm and findings icons
 *   differ per state, persona swatches sit next to the persona's name.
 *
 * Then the page is painted with `filter: grayscale(1)` on a wrapper and captured (`capture-region`
 * in web-test-runner.config.js): the legend keys of different categories must still differ in
 * their painted shape (which pixels carry ink: at least 10 % of the inked pixels differ), not in
 * their grey.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { polarityOf } from '../../src/shared/i18n/polarity.js';
import { JOURNEYS, type JourneyName, type Tag, TAGS, flatParent, isVisible, mount, settle } from './helpers.js';

const FIXTURES: JourneyName[] = ['mortgage', 'health', 'generic'];

interface Check {
  what: string;
  /** How many marks were looked at: a check that saw nothing proves nothing. */
  compared: number;
  problems: string[];
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The drawn shape of an SVG (or of the SVG inside an element): its geometry without colour. */
function shape(el: Element | null | undefined): string {
  if (!el) return '';
  const marks =
    el instanceof SVGGeometryElement
      ? [el]
      : [...el.querySelectorAll('path, circle, rect, line, polyline, polygon, ellipse')];
  return marks
    .map((m) =>
      ['d', 'r', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'points'].map((a) => m.getAttribute(a) ?? '').join(','),
    )
    .join(';');
}

/** Marks of different categories must differ by `key` (marks of one category may look alike). */
function distinct(what: string, groups: Map<string, Element[]>, key: (el: Element) => string): Check {
  const problems: string[] = [];
  const entries = [...groups].filter(([, els]) => els.length > 0);
  const compared = entries.reduce((n, [, els]) => n + els.length, 0);
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      const [a, as] = entries[i]!;
      const [b, bs] = entries[j]!;
      const shared = as.map(key).filter((k) => bs.map(key).includes(k));
      if (shared.length > 0)
        problems.push(`${what}: "${a}" and "${b}" both look like ${JSON.stringify(shared[0]).slice(0, 80)}`);
    }
  }
  return { what, compared, problems };
}

/** Each of `els` must satisfy `ok`; the check names those that do not. */
function each(what: string, els: Element[], ok: (el: Element) => string | null): Check {
  const problems = els.flatMap((el) => {
    const why = ok(el);
    return why ? [`${what}: ${why}`] : [];
  });
  return { what, compared: els.length, problems };
}

const by = (els: Element[], category: (el: Element) => string) => {
  const groups = new Map<string, Element[]>();
  for (const el of els) groups.set(category(el), [...(groups.get(category(el)) ?? []), el]);
  return groups;
};
const $$ = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
const classOf = (el: Element, prefix: string) => [...el.classList].find((c) => c.startsWith(prefix)) ?? '';

/** An icon and words: a mark with a shape, and text. */
const iconAndWords = (el: Element) =>
  shape(el.querySelector('svg')) === '' ? 'no icon' : text(el) === '' ? 'no words' : null;

/** NPS shares in the fixed order detractors, passives, promoters along the bar (x grows). */
function sharesInOrder(what: string, bars: Element[], selector: (group: string) => string, flip = false): Check {
  const order = flip ? ['promoters', 'passives', 'detractors'] : ['detractors', 'passives', 'promoters'];
  return each(what, bars, (bar) => {
    const xs = order.flatMap((g) =>
      bar.querySelectorAll(selector(g)).length > 0
        ? [bar.querySelector(selector(g))!.getBoundingClientRect().left]
        : [],
    );
    return xs.every((x, i) => i === 0 || x >= xs[i - 1]!) ? null : `out of order: ${xs.join(', ')}`;
  });
}

/**
 * The narrowest gap a dashed stroke shows on screen (px): its dash pattern's gaps, less the round
 * or square caps each dash draws into them, times the drawing's scale; null for a solid stroke.
 */
function visibleGap(el: Element): number | null {
  const style = getComputedStyle(el);
  if (style.strokeDasharray === 'none') return null;
  const pattern = style.strokeDasharray.split(/[\s,]+/).map(parseFloat);
  const cycle = pattern.length % 2 === 1 ? [...pattern, ...pattern] : pattern;
  const caps = style.strokeLinecap === 'butt' ? 0 : parseFloat(style.strokeWidth);
  const ctm = (el as SVGGraphicsElement).getScreenCTM?.();
  const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
  return (Math.min(...cycle.filter((_, i) => i % 2 === 1)) - caps) * scale;
}

/** Dashed persona lines show their gaps (≥ 1.5 px), or a dashed persona looks solid. */
const gapsShow = (what: string, lines: Element[]) =>
  each(
    what,
    lines.filter((l) => visibleGap(l) !== null),
    (l) => {
      const gap = visibleGap(l)!;
      return gap >= 1.5
        ? null
        : `dash "${getComputedStyle(l).strokeDasharray}" with ${getComputedStyle(l).strokeLinecap} caps leaves ${gap.toFixed(1)} px gaps`;
    },
  );

/** A journey with `count` personas (the mortgage journey's, then more), each with its own emotions. */
function withPersonas(count: number): unknown {
  type Emotion = { persona: string; score: number; label?: string };
  const journey = structuredClone(JOURNEYS.mortgage) as unknown as {
    personas: { id: string; name: string; color?: string }[];
    touchpoints: { emotions?: Emotion[] }[];
  };
  for (const p of journey.personas) delete p.color;
  for (let i = journey.personas.length; i < count; i += 1)
    journey.personas.push({ id: `p${i + 1}`, name: `Persona ${i + 1}` });
  for (const tp of journey.touchpoints) {
    const first = tp.emotions?.[0];
    if (!first) continue;
    for (let i = 2; i < count; i += 1)
      tp.emotions!.push({ persona: `p${i + 1}`, score: Math.max(-5, Math.min(5, first.score - i + 2)) });
  }
  return journey;
}

function curveChecks(root: ShadowRoot): Check[] {
  const curves = $$(root, '.curve-line');
  const legend = $$(root, '.legend-curve');
  return [
    distinct(
      'persona curves: dash pattern',
      by(curves, (c) => c.getAttribute('data-curve')!),
      (c) => getComputedStyle(c).strokeDasharray,
    ),
    gapsShow('persona curves: gaps show', curves),
    gapsShow('legend keys: gaps show', $$(root, '.legend .swatch-line')),
    each('legend: each persona named, its key dashed like its curve', legend, (li) => {
      const curve = curves.find((c) => c.getAttribute('data-curve') === li.getAttribute('data-curve'));
      const key = li.querySelector('.swatch-line');
      if (text(li.querySelector('.legend-name')) === '') return 'no name';
      return curve && key && getComputedStyle(key).strokeDasharray !== getComputedStyle(curve).strokeDasharray
        ? 'key and curve dashed differently'
        : null;
    }),
    each('legend marks (peak/end, drop, moment of truth): a key and words', $$(root, '.legend-mark'), iconAndWords),
    // The moment flag is a shape of its own, not one of the point glyphs.
    each('moment flags: a flag shape', $$(root, '.moment-flag'), (flag) =>
      $$(root, '.point .glyph').some((g) => g.getAttribute('d') === flag.getAttribute('d'))
        ? 'looks like a point glyph'
        : null,
    ),
  ];
}

function overlayChecks(root: ShadowRoot): Check[] {
  const cells = $$(root, '.cell.measured');
  const legend = $$(root, '.legend li');
  return [
    // Detractors hatched; promoters and passives solid, told apart by their place (and the worded legend in the same order).
    each('detractor segments: hatched', $$(root, '.seg.detractors'), (s) =>
      (s.getAttribute('fill') ?? '').startsWith('url(') ? null : 'not hatched',
    ),
    sharesInOrder('shares along each bar', $$(root, 'svg.bars'), (g) => `.seg.${g}`),
    each('legend: each key with words', legend, (li) => (text(li) === '' ? 'no words' : null)),
    each('score bars: positive right of zero, negative left of it', $$(root, 'svg.bars .score-bar'), (bar) => {
      const zero = Number(bar.parentElement!.querySelector('.zero')!.getAttribute('x1'));
      const x = Number(bar.getAttribute('x'));
      const end = x + Number(bar.getAttribute('width'));
      return bar.classList.contains('positive')
        ? x >= zero - 0.5
          ? null
          : 'positive bar left of zero'
        : end <= zero + 0.5
          ? null
          : 'negative bar right of zero';
    }),
    each('off target: dashed border and "below norm" words', $$(root, '.cell.off-target'), (cell) => {
      const border = getComputedStyle(cell);
      const dashed = [border.borderTopStyle, border.borderBottomStyle].includes('dashed');
      return !dashed ? 'border not dashed' : !cell.querySelector('.target.missed') ? 'no words' : null;
    }),
    distinct(
      'target met and missed: icon and words',
      by($$(root, '.target'), (t) => (t.classList.contains('met') ? 'met' : 'missed')),
      (t) => shape(t.querySelector('svg')),
    ),
    distinct(
      'target met and missed: words',
      by($$(root, '.target'), (t) => (t.classList.contains('met') ? 'met' : 'missed')),
      (t) => text(t).replace(/[+−-]?\d+/g, ''),
    ),
    distinct(
      'trend up and down: icon',
      by($$(root, '.trend'), (t) => classOf(t, 'up') || classOf(t, 'down') || 'flat'),
      (t) => shape(t.querySelector('svg')),
    ),
    each('moment of truth: icon and words', $$(root, '.mot-badge'), iconAndWords),
    each('small sample: icon and words', $$(root, '.flag.small'), iconAndWords),
    { what: 'cells measured', compared: cells.length, problems: [] },
  ];
}

function mapChecks(root: ShadowRoot): Check[] {
  const keyOf = (els: Element[]) => by(els, (e) => text(e.closest('li')));
  const lanes = (selector: string) =>
    $$(root, selector).map((n) => text(n.closest('.row')?.querySelector('.lane-header .lane-name')));
  const pains = lanes('.notes--pain');
  const ideas = lanes('.notes--opportunity');
  return [
    distinct(
      'persona legend: dash pattern',
      keyOf($$(root, '.legend-items .legend-line path')),
      (p) => p.getAttribute('stroke-dasharray') ?? '',
    ),
    distinct(
      'curve key: dash pattern',
      keyOf($$(root, '.curve-key .legend-line path')),
      (p) => p.getAttribute('stroke-dasharray') ?? '',
    ),
    gapsShow('persona keys: gaps show', $$(root, '.legend-line path')),
    distinct('emotion legend: glyph shape', keyOf($$(root, '.legend-glyph')), shape),
    distinct(
      'phases: name',
      by($$(root, '.phase'), (p) => classOf(p, 'phase--')),
      (p) => text(p.querySelector('.phase-name')),
    ),
    each('channels: icon and name', $$(root, '.channel'), iconAndWords),
    distinct('flow kinds: key shape', by($$(root, '.flow-legend li'), text), shape),
    each('flows: a count on every drawn flow', $$(root, '.flow'), (f) =>
      text(f.querySelector('.flow-count')) === '' ? 'no count' : null,
    ),
    {
      what: 'pain points and opportunities: lanes named apart',
      compared: pains.length * ideas.length,
      problems: pains.filter((p) => ideas.includes(p)).map((p) => `same lane name "${p}"`),
    },
    each(
      'moments of truth: icon and words',
      [...$$(root, '.moment-kind'), ...$$(root, '.legend-moment')],
      iconAndWords,
    ),
    each(
      'off-norm metrics: icon and words',
      [...$$(root, '.metric--off .off-norm'), ...$$(root, '.legend-off')],
      iconAndWords,
    ),
    distinct(
      'compare badges: words',
      by($$(root, '.badge'), (b) => classOf(b, 'badge--')),
      text,
    ),
  ];
}

/** The card shows one touchpoint: every touchpoint of the fixture in turn, checks collected. */
async function cardChecks(el: HTMLElement, name: JourneyName): Promise<Check[]> {
  const seen = new Map<string, Element[]>();
  const keep = (key: string, els: Element[]) =>
    seen.set(key, [...(seen.get(key) ?? []), ...els.map((e) => e.cloneNode(true) as Element)]);
  const merged = new Map<string, Check>();
  const add = (id: string, ...found: Check[]) => {
    for (const c of found) {
      const into = merged.get(c.what) ?? { what: c.what, compared: 0, problems: [] };
      into.compared += c.compared;
      into.problems.push(...c.problems.map((p) => `${id}: ${p}`));
      merged.set(c.what, into);
    }
  };
  for (const tp of JOURNEYS[name].touchpoints as readonly { id: string }[]) {
    el.setAttribute('touchpoint', tp.id);
    await settle(el);
    const root = el.shadowRoot!;
    const emotions = $$(root, '.emotion');
    add(
      tp.id,
      // The tone (the glyph's and bar's colour) follows from the written score by the polarity thresholds.
      each(`emotion tone follows from the written score, has a word and a glyph`, emotions, (e) => {
        const score = text(e.querySelector('.score'));
        const polarity = polarityOf(Number(score.replace('−', '-').replace(',', '.').replace('+', '')));
        const tone = classOf(e, 'emotion--');
        const expected = `emotion--${polarity === 'neutral' ? 'neutral' : polarity.endsWith('positive') ? 'positive' : 'negative'}`;
        if (expected !== tone) return `${tone} with score ${score}`;
        return text(e.querySelector('.word')) === ''
          ? 'no word'
          : shape(e.querySelector('.glyph')) === ''
            ? 'no glyph'
            : null;
      }),
      each(`persona swatch next to a name`, $$(root, '.emotion .swatch'), (s) =>
        text(s.parentElement) === '' ? 'no name' : null,
      ),
      sharesInOrder(`shares in the legend's order`, $$(root, '.shares-bar'), (g) => `.share--${g}`, true),
      each(
        'detractor share and key: hatched',
        [...$$(root, '.share--detractors'), ...$$(root, '.legend--detractors .key')],
        (e) => (getComputedStyle(e).backgroundImage.startsWith('repeating-linear-gradient') ? null : 'not hatched'),
      ),
      each(`moment of truth: icon and words`, [...$$(root, '.badge'), ...$$(root, '.moment-note')], iconAndWords),
    );
    keep('emotion glyphs', emotions);
    keep('trend', $$(root, '.trend'));
    keep('target', $$(root, '.target--met, .target--missed'));
    keep('norm', $$(root, '.norm'));
    keep('findings', $$(root, '.findings'));
  }
  const iconOf = (e: Element) => shape(e.querySelector('svg'));
  return [
    ...merged.values(),
    // Named emotions have a glyph each; an unnamed one is a plain dot with its polarity as the word.
    distinct(
      'emotion words: glyph shape per word',
      by(
        seen.get('emotion glyphs')!.filter((e) => !e.querySelector('.glyph circle')),
        (e) => text(e.querySelector('.word')),
      ),
      (e) => shape(e.querySelector('.glyph')),
    ),
    distinct(
      'trend up, down, flat: icon',
      by(seen.get('trend')!, (e) => classOf(e, 'trend--')),
      iconOf,
    ),
    distinct(
      'target met and missed: icon',
      by(seen.get('target')!, (e) => classOf(e, 'target--')),
      iconOf,
    ),
    distinct(
      'norm on and off: icon and words',
      by(seen.get('norm')!, (e) => classOf(e, 'norm--')),
      (e) => iconOf(e) + text(e),
    ),
    distinct(
      'pain points and opportunities: icon',
      by(seen.get('findings')!, (e) => classOf(e, 'findings--')),
      (e) => shape(e.querySelector('.finding-icon')),
    ),
  ];
}

const failures = (checks: Check[]) => checks.flatMap((c) => c.problems);

describe('colour is never the only carrier of meaning', function () {
  this.timeout(60_000);

  for (const tag of TAGS as readonly Tag[]) {
    for (const name of FIXTURES) {
      it(`<${tag}> ${name}: every coloured category also differs by shape, dash, pattern, place or words`, async () => {
        const { el } = await mount(tag, name);
        const root = el.shadowRoot!;
        const checks =
          tag === 'emotion-curve'
            ? curveChecks(root)
            : tag === 'nps-overlay'
              ? overlayChecks(root)
              : tag === 'journey-map'
                ? mapChecks(root)
                : await cardChecks(el, name);
        expect(failures(checks), failures(checks).join('\n')).to.deep.equal([]);
        // generic has no emotions, personas or NPS details: its curve is the empty plot.
        if (name !== 'generic')
          expect(
            checks.reduce((n, c) => n + c.compared, 0),
            'marks compared',
          ).to.be.greaterThan(0);
        // The richest fixture has every category: each check compared something there.
        if (name === 'mortgage') {
          const idle = checks.filter((c) => c.compared === 0 && !/badges/.test(c.what)).map((c) => c.what);
          expect(idle, `checks that saw nothing: ${idle.join('; ')}`).to.deep.equal([]);
        }
      });
    }
  }

  for (const tag of ['emotion-curve', 'journey-map'] as const) {
    it(`<${tag}> with six personas: six dash patterns whose gaps show, in the plot and the keys`, async () => {
      const { el } = await mount(tag, null, { journey: withPersonas(6) });
      const checks = tag === 'emotion-curve' ? curveChecks(el.shadowRoot!) : mapChecks(el.shadowRoot!);
      expect(failures(checks), failures(checks).join('\n')).to.deep.equal([]);
      const keys = tag === 'emotion-curve' ? '.legend-curve' : '.legend-items .legend-line';
      expect($$(el.shadowRoot!, keys), 'six persona keys').to.have.length(6);
    });
  }

  it('<journey-map> compared with a base journey: added, removed and changed badges differ in words and the removed is dashed', async () => {
    type Tp = { id: string; phase: string; label: string };
    const journey = structuredClone(JOURNEYS.mortgage) as unknown as { touchpoints: Tp[] };
    const base = structuredClone(journey);
    journey.touchpoints.splice(1, 0, {
      id: 'extra',
      phase: journey.touchpoints[0]!.phase,
      label: 'Nieuw contactmoment',
    }); // added
    base.touchpoints.splice(2, 0, { id: 'gone', phase: journey.touchpoints[0]!.phase, label: 'Oud contactmoment' }); // removed
    journey.touchpoints[4]!.label += ' (nieuw)'; // changed
    const { el } = await mount('journey-map', null, { journey });
    (el as HTMLElement & { base: unknown }).base = base;
    await settle(el);
    const badges = $$(el.shadowRoot!, '.badge');
    const check = distinct(
      'compare badges: words',
      by(badges, (b) => classOf(b, 'badge--')),
      text,
    );
    expect(new Set(badges.map((b) => classOf(b, 'badge--')))).to.deep.equal(
      new Set(['badge--added', 'badge--removed', 'badge--changed']),
    );
    // In the grid too, not only in the legend.
    expect($$(el.shadowRoot!, '.cell--touchpoints .badge').length, 'badges in touchpoint cells').to.be.greaterThan(2);
    expect(check.problems).to.deep.equal([]);
    const removed = el.shadowRoot!.querySelector('.badge--removed')!;
    expect(getComputedStyle(removed).borderTopStyle).to.equal('dashed');
  });

  it('the checks fail when two categories look alike apart from colour', () => {
    const svg = (d: string, dash: string) => {
      const box = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      p.setAttribute('d', d);
      p.setAttribute('stroke-dasharray', dash);
      box.append(p);
      return box;
    };
    const same = distinct(
      't',
      new Map([
        ['a', [svg('M0 0H9', '4 2')]],
        ['b', [svg('M0 0H9', '4 2')]],
      ]),
      shape,
    );
    expect(same.problems).to.have.length(1);
    const dashes = distinct(
      't',
      new Map([
        ['a', [svg('M0 0H9', '4 2').firstElementChild!]],
        ['b', [svg('M0 0H9', 'none').firstElementChild!]],
      ]),
      (p) => p.getAttribute('stroke-dasharray')!,
    );
    expect(dashes.problems).to.deep.equal([]);
    expect(iconAndWords(document.createElement('span'))).to.equal('no icon');
  });
});

/** The ink of a painted box: which pixels differ from its background (by at least half its strongest ink), as a 0/1 mask. */
async function inkMask(el: Element): Promise<{ mask: Uint8Array; width: number; height: number }> {
  const r = el.getBoundingClientRect();
  const box = {
    x: Math.floor(r.left + scrollX),
    y: Math.floor(r.top + scrollY),
    width: Math.ceil(r.width) + 1,
    height: Math.ceil(r.height) + 1,
  };
  const png = (await executeServerCommand('capture-region', box)) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const grey = (i: number) => (data[i * 4]! + data[i * 4 + 1]! + data[i * 4 + 2]!) / 3;
  const background = grey(0); // a key's corner is its background
  const ink = Array.from({ length: bitmap.width * bitmap.height }, (_, i) => Math.abs(grey(i) - background));
  // Ink relative to the key's own strongest grey, so a pale and a dark key of one shape give one mask.
  const strongest = Math.max(...ink);
  const mask = new Uint8Array(ink.length);
  for (let i = 0; i < mask.length; i += 1) mask[i] = strongest > 20 && ink[i]! > strongest / 2 ? 1 : 0;
  return { mask, width: bitmap.width, height: bitmap.height };
}

/**
 * How different two painted shapes are: pixels inked in one only, over pixels inked in either (0
 * same, 1 disjoint), at the best of the shifts by up to 1 px (keys sit at different sub-pixel offsets).
 */
function maskDifference(
  a: { mask: Uint8Array; width: number; height: number },
  b: { mask: Uint8Array; width: number; height: number },
): number {
  if (Math.abs(a.width - b.width) > 1 || Math.abs(a.height - b.height) > 1) return 1;
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const at = (m: typeof a, x: number, y: number) =>
    x < 0 || y < 0 || x >= m.width || y >= m.height ? 0 : m.mask[y * m.width + x]!;
  let best = 1;
  for (let dx = -1; dx <= 1; dx += 1) {
    for (let dy = -1; dy <= 1; dy += 1) {
      let either = 0;
      let one = 0;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const [p, q] = [at(a, x, y), at(b, x + dx, y + dy)];
          either += p | q;
          one += p ^ q;
        }
      }
      best = Math.min(best, either === 0 ? 0 : one / either);
    }
  }
  return best;
}

describe('colour is never the only carrier: painted in grayscale', function () {
  this.timeout(60_000);

  /** The keys a user matches marks with, by element: each must differ from the others in shape, not only in grey. */
  const KEYS: Array<[Tag, string, (el: Element) => Element[]]> = [
    ['emotion-curve', 'persona keys', (el) => $$(el.shadowRoot!, '.legend-curve .swatch')],
    ['journey-map', 'persona keys', (el) => $$(el.shadowRoot!, '.legend-items .legend-line')],
    ['journey-map', 'emotion glyph keys', (el) => $$(el.shadowRoot!, '.legend-glyph')],
    ['journey-map', 'flow keys', (el) => $$(el.shadowRoot!, '.flow-legend svg')],
    ['nps-overlay', 'detractor key against the others', (el) => $$(el.shadowRoot!, '.legend .swatch').slice(0, 2)],
  ];

  for (const [tag, what, keysOf] of KEYS) {
    it(`<${tag}> mortgage${what === 'persona keys' ? ' with six personas' : ''} in grayscale: the ${what} differ in shape`, async () => {
      const journey = what === 'persona keys' ? withPersonas(6) : undefined;
      const { el } = await mount(
        tag,
        journey ? null : 'mortgage',
        journey ? { journey, style: 'filter: grayscale(1);' } : { style: 'filter: grayscale(1);' },
      );
      expect(getComputedStyle(flatParent(el)!).filter).to.equal('grayscale(1)');
      const keys = keysOf(el).filter(isVisible);
      expect(keys.length, 'keys').to.be.greaterThan(1);
      const masks = await Promise.all(keys.map((k) => inkMask(k)));
      const alike: string[] = [];
      for (let i = 0; i < masks.length; i += 1) {
        expect(
          masks[i]!.mask.some((v) => v === 1),
          `key ${i} painted something`,
        ).to.equal(true);
        for (let j = i + 1; j < masks.length; j += 1) {
          const names = [i, j].map((k) => text(keys[k]!.closest('li')));
          if (maskDifference(masks[i]!, masks[j]!) < 0.1)
            alike.push(`${names.join(' and ')} (${maskDifference(masks[i]!, masks[j]!).toFixed(3)})`);
        }
      }
      expect(alike, `keys alike in grayscale: ${alike.join(', ')}`).to.deep.equal([]);
    });
  }

  it('the grayscale check fails for two keys that differ only in colour', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.filter = 'grayscale(1)';
    const key = (colour: string) => {
      const span = document.createElement('span');
      span.style.cssText = `display: inline-block; width: 20px; height: 10px; margin: 4px; border: 6px solid white; background: ${colour}`;
      return span;
    };
    const [blue, orange] = [key('#0072b2'), key('#d55e00')];
    wrapper.append(blue, orange);
    document.body.append(wrapper);
    try {
      expect(maskDifference(await inkMask(blue), await inkMask(orange))).to.be.below(0.1);
    } finally {
      wrapper.remove();
    }
  });
});
