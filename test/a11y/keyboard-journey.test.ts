/**
 * One keyboard journey through all four elements on one page (the mortgage fixture, Dutch),
 * driven only by real key presses (`sendKeys`): no `.focus()`, no synthetic events. Run at
 * 1280 px (the map's columns, limited in height so it scrolls under its sticky phase row) and at
 * 480 px (the map's vertical layout, the overlay's rows).
 *
 * At every step it checks what a screen reader reads and what a sighted keyboard user sees:
 * - the focused node of the browser's own accessibility tree (`a11ySnapshot`): its role and its
 *   name, which must carry the touchpoint, its position ("3 van 12"), phase, channel, emotion word
 *   and score, NPS and moment of truth as the fixture has them (expected values are worked out
 *   from the fixture here, not taken from the components);
 * - a focus indicator of at least 2 px with at least 3:1 against what is around it;
 * - the focused element in the viewport and in every scroller around it, and not covered: the
 *   element found at its centre and near its edges (through shadow roots) is the element itself
 *   or inside it, not a sticky header, a tooltip or a dialog.
 * And the journey itself: exactly one tab stop per chart, arrows across touchpoints and lanes,
 * Home/End, PageUp/PageDown by phase, Enter opens the detail, Escape closes it and focus returns
 * to the same touchpoint, Tab leaves each element for the next one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import mortgage from '../fixtures/mortgage-nl.json';
import { contrast, effectiveBackground, flatParent, fmt, settle, toRgba } from './helpers.js';

type AxNode = { role: string; name?: string; focused?: boolean; children?: AxNode[] };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

// ----- the fixture as a Dutch screen reader should hear it -----

const EMOTION_WORDS: Record<string, string> = {
  anticipation: 'verwachting',
  confidence: 'zelfvertrouwen',
  confusion: 'verwarring',
  joy: 'vreugde',
  trust: 'vertrouwen',
  relief: 'opluchting',
  frustration: 'frustratie',
  fear: 'angst',
  surprise: 'verrassing',
};
const CHANNEL_WORDS: Record<string, string> = {
  'comparison-site': 'vergelijkingssite',
  web: 'website',
  email: 'e-mail',
  app: 'app',
  phone: 'telefoon',
  post: 'post',
};
const MOMENT_WORDS: Record<string, string> = {
  'make-or-break': 'beslissend moment',
  wow: 'wow-moment',
  critical: 'kritiek moment',
};
const signed = (n: number) =>
  `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${new Intl.NumberFormat('nl').format(Math.abs(n))}`;

type NpsFact = { promoters?: number; passives?: number; detractors?: number; distribution?: number[] };

/** NPS of the latest period: % promoters (9–10) − % detractors (0–6), rounded, signed. */
function npsOf(value: NpsFact | NpsFact[] | undefined): string | null {
  const latest = Array.isArray(value) ? value[value.length - 1] : value;
  if (!latest) return null;
  const d = latest.distribution;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const [promoters, detractors, total] = d
    ? [d[9]! + d[10]!, sum(d.slice(0, 7)), sum(d)]
    : [latest.promoters!, latest.detractors!, latest.promoters! + latest.passives! + latest.detractors!];
  return signed(Math.round((100 * (promoters - detractors)) / total));
}

/** What every reading of touchpoint `n` (1-based) must say: label, position, phase, channel, moment of truth. */
function facts(n: number) {
  const t = mortgage.touchpoints[n - 1]!;
  const channel = mortgage.channels.find((c) => c.id === t.channel)?.label ?? CHANNEL_WORDS[t.channel]!;
  const nps = npsOf((t as { nps?: NpsFact | NpsFact[] }).nps);
  const moment = (t as { momentOfTruth?: { kind: string } }).momentOfTruth?.kind;
  return {
    label: t.label,
    position: `${n} van 12`,
    phase: mortgage.phases.find((p) => p.id === t.phase)!.label,
    channel,
    nps,
    moment: moment ? MOMENT_WORDS[moment]! : null,
    /** "Starter: vertrouwen, +3" for a persona with an emotion word. */
    emotion: (persona: 'starter' | 'mover') => {
      const e = (t.emotions as { persona?: string; score: number; label?: string }[]).find(
        (x) => x.persona === persona,
      )!;
      const name = mortgage.personas.find((p) => p.id === persona)!.name;
      return `${name}: ${e.label ? `${EMOTION_WORDS[e.label]}, ` : ''}${signed(e.score)}`;
    },
  };
}

// ----- reading focus, as the browser exposes it -----

function deepActive(): Element {
  let at: Element | null = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at ?? document.body;
}

function focusedNode(node: AxNode): AxNode | null {
  if (node.focused) return node;
  for (const child of node.children ?? []) {
    const found = focusedNode(child);
    if (found) return found;
  }
  return null;
}

/** The role and name of the focused node in the browser's accessibility tree. */
async function read(): Promise<{ role: string; name: string }> {
  const node = focusedNode((await a11ySnapshot({})) as unknown as AxNode);
  return { role: node?.role ?? '(nothing focused)', name: node?.name ?? '' };
}

/** The topmost element at a point, through open shadow roots. */
function deepFromPoint(x: number, y: number): Element | null {
  let at = document.elementFromPoint(x, y);
  while (at?.shadowRoot) {
    const inner = at.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === at) break;
    at = inner;
  }
  return at;
}

const within = (outer: DOMRect, inner: DOMRect) =>
  inner.left >= outer.left - 1 &&
  inner.top >= outer.top - 1 &&
  inner.right <= outer.right + 1 &&
  inner.bottom <= outer.bottom + 1;

/** A visible focus indicator of ≥ 2 px and ≥ 3:1 against the element's and its parent's background. */
function expectFocusIndicator(el: Element, step: string): void {
  let width: number;
  let colour: string;
  let against: Element;
  const style = getComputedStyle(el);
  if (el.matches('.point')) {
    // An emotion-curve point is drawn in SVG; its indicator is the focus ring around it.
    const ring = el.closest('svg')!.querySelector<SVGGraphicsElement>('.focus-ring');
    expect(ring, `${step}: the curve's focus ring`).to.exist;
    const r = ring!.getBoundingClientRect();
    const p = el.getBoundingClientRect();
    expect(Math.abs(r.x + r.width / 2 - (p.x + p.width / 2)), `${step}: ring centred on the point`).to.be.below(2);
    width = parseFloat(getComputedStyle(ring!).strokeWidth);
    colour = getComputedStyle(ring!).stroke;
    against = el.closest('svg')!;
  } else {
    expect(style.outlineStyle, `${step}: outline style`).to.not.equal('none');
    width = parseFloat(style.outlineWidth);
    colour = style.outlineColor;
    against = el;
  }
  expect(width, `${step}: indicator width`).to.be.at.least(2);
  const ink = toRgba(colour)!;
  for (const surface of [against, flatParent(against)!]) {
    const bg = effectiveBackground(surface);
    expect(contrast(ink, bg), `${step}: ${fmt(ink)} against ${fmt(bg)}`).to.be.at.least(3);
  }
}

/** In the viewport, inside every scroller around it, and on top at its centre and near its edges. */
function expectNotHidden(el: Element, step: string): void {
  const rect = el.getBoundingClientRect();
  expect(
    within(new DOMRect(0, 0, innerWidth, innerHeight), rect),
    `${step}: in the viewport (${rect.x},${rect.y} ${rect.width}×${rect.height})`,
  ).to.equal(true);
  for (let at = flatParent(el); at; at = flatParent(at)) {
    const s = getComputedStyle(at);
    const scrolls =
      (at.scrollWidth > at.clientWidth && s.overflowX !== 'visible') ||
      (at.scrollHeight > at.clientHeight && s.overflowY !== 'visible');
    if (!scrolls || at === document.documentElement || at === document.body) continue;
    const box = at.getBoundingClientRect();
    const inner = new DOMRect(box.x + at.clientLeft, box.y + at.clientTop, at.clientWidth, at.clientHeight);
    expect(within(inner, rect), `${step}: inside its scroller ${at.className}`).to.equal(true);
  }
  // An SVG point may overlap its neighbours' transparent hit areas: anything of the same drawing counts.
  const owner = el.matches('.point') ? el.closest('svg')! : el;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const inset = Math.min(4, rect.width / 4, rect.height / 4);
  const probes: Array<[string, number, number]> = [
    ['centre', cx, cy],
    ['start edge', rect.left + inset, cy],
    ['end edge', rect.right - inset, cy],
    ['top edge', cx, rect.top + inset],
    ['bottom edge', cx, rect.bottom - inset],
  ];
  for (const [where, x, y] of probes) {
    const hit = deepFromPoint(x, y);
    const covered = !hit || !(hit === owner || owner.contains(hit));
    expect(
      covered,
      `${step}: ${where} covered by ${hit ? `${hit.localName}.${hit.getAttribute('class') ?? ''}` : 'nothing'}`,
    ).to.equal(false);
  }
}

// ----- the page -----

async function page(width: number) {
  await setViewport({ width, height: width > 600 ? 900 : 800 });
  // Columns: the map limited in height, so it scrolls both ways under its sticky phase row and
  // lane headers (the hardest case for "focus not obscured").
  const mapStyle = width > 600 ? '--journey-map-max-height: 420px' : '';
  const root = await fixture<HTMLDivElement>(html`<div lang="nl">
    <button id="before">Voor de klantreis</button>
    <journey-map style=${mapStyle} .journey=${mortgage}></journey-map>
    <emotion-curve .journey=${mortgage}></emotion-curve>
    <nps-overlay .journey=${mortgage}></nps-overlay>
    <touchpoint-card .journey=${mortgage} touchpoint="advice"></touchpoint-card>
    <button id="after">Na de klantreis</button>
  </div>`);
  const elements = [...root.querySelectorAll<Lit>('journey-map, emotion-curve, nps-overlay, touchpoint-card')];
  for (const el of elements) await settle(el);
  const selected: string[] = [];
  root.addEventListener('journey-touchpoint-select', (e) =>
    selected.push((e as CustomEvent<{ touchpointId: string }>).detail.touchpointId),
  );

  /** Presses `key` and checks what is read and seen; returns the reading. */
  async function press(
    key: string,
    expectRole: string,
    expectName: readonly (string | null)[],
  ): Promise<{ el: Element; name: string }> {
    await sendKeys({ press: key });
    for (const el of elements) await settle(el);
    const step = `${key} → ${expectName.filter(Boolean).join(' / ')}`;
    const el = deepActive();
    const { role, name } = await read();
    expect(role, `${step}: role`).to.equal(expectRole);
    for (const part of expectName) if (part !== null) expect(name, `${step}: name`).to.contain(part);
    if (!el.closest('#before, #after')) {
      expectFocusIndicator(el, step);
      expectNotHidden(el, step);
    }
    return { el, name };
  }

  /** Tabs until a stop with role `role`, returning the stops before it (at most 8); checks every stop's focus. */
  async function tabTo(role: string, expected: readonly (string | null)[]): Promise<string[]> {
    const name = expected.filter((part): part is string => part !== null);
    const passed: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      for (const el of elements) await settle(el);
      const now = await read();
      const el = deepActive();
      if (!el.closest('#before, #after')) {
        expectFocusIndicator(el, `Tab → ${now.role} ${now.name}`);
        expectNotHidden(el, `Tab → ${now.role} ${now.name}`);
      }
      if (now.role === role && name.every((part) => now.name.includes(part))) return passed;
      passed.push(`${now.role} ${now.name}`);
    }
    throw new Error(`Tab never reached ${role} "${name.join(' ')}"; passed ${passed.join(' | ')}`);
  }

  return { root, elements, selected, press, tabTo };
}

/** A touchpoint as a map cell of the touchpoints lane, a curve point or an NPS button says it. */
const named = (n: number, ...more: (string | null)[]) => {
  const f = facts(n);
  return [f.label, `contactmoment ${f.position}`, `fase ${f.phase}`, `kanaal ${f.channel}`, ...more];
};

const MAP_CONTROLS = [
  'combobox Persona',
  'button PowerPoint downloaden',
  'button SVG downloaden',
  'button PNG downloaden',
  'button Afdrukken',
  'button Datatabel',
];

describe('keyboard journey through map, curve, overlay and card', function () {
  this.timeout(90_000);

  after(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px: one tab stop per chart, every move read in full, focus always visible', async () => {
    const { root, selected, press, tabTo } = await page(1280);
    await press('Tab', 'button', ['Voor de klantreis']);

    // The map: its persona switch and toolbar, then the grid as one tab stop.
    expect(await tabTo('gridcell', named(1, `emotie ${facts(1).emotion('starter')}`))).to.deep.equal(MAP_CONTROLS);
    await press('ArrowRight', 'gridcell', named(2, `NPS ${facts(2).nps}`));
    const advice = await press(
      'ArrowRight',
      'gridcell',
      named(
        3,
        `emotie ${facts(3).emotion('starter')}`,
        facts(3).emotion('mover'),
        `NPS ${facts(3).nps}`,
        facts(3).moment,
      ),
    );
    await press('ArrowDown', 'gridcell', ['Kanalen bij Adviesgesprek', facts(3).channel]);
    await press('ArrowDown', 'gridcell', [
      'Emotie bij Adviesgesprek',
      facts(3).emotion('starter'),
      facts(3).emotion('mover'),
    ]);
    await press('ArrowDown', 'gridcell', ['NPS bij Adviesgesprek', facts(3).nps!, 'norm gehaald']);
    await press('End', 'gridcell', [`NPS bij ${facts(12).label}`]);
    await press('Home', 'gridcell', [`NPS bij ${facts(1).label}`]);
    await press('PageDown', 'gridcell', [`NPS bij ${facts(4).label}`]);
    await press('PageDown', 'gridcell', [`NPS bij ${facts(9).label}`]);
    await press('PageUp', 'gridcell', [`NPS bij ${facts(4).label}`]);
    await press('ArrowUp', 'gridcell', [`Emotie bij ${facts(4).label}`]);
    await press('ArrowUp', 'gridcell', [`Kanalen bij ${facts(4).label}`, facts(4).channel]);
    const offer = await press('ArrowUp', 'gridcell', named(4, `emotie ${facts(4).emotion('starter')}`));
    expect(advice.el, 'a different cell than before').to.not.equal(offer.el);
    const close = await press('Enter', 'button', ['Sluiten']);
    const map = root.querySelector('journey-map')!;
    expect(close.el.closest('dialog')?.open, 'the detail dialog').to.equal(true);
    expect(close.el.closest('dialog')!.querySelector('touchpoint-card')!.shadowRoot!.textContent).to.contain(
      facts(4).label,
    );
    const back = await press('Escape', 'gridcell', named(4));
    expect(back.name, 'the same cell, read the same').to.equal(offer.name);
    expect((back.el as HTMLElement).dataset.col).to.equal('3');
    expect(map.shadowRoot!.querySelector('dialog')!.open).to.equal(false);

    // The curve: Tab leaves the map for the curve's toggle, then its one point stop.
    expect(await tabTo('image', named(1, `emotie ${facts(1).emotion('starter')}`))).to.deep.equal([
      'button Toon datatabel',
    ]);
    await press('ArrowRight', 'image', named(2, `emotie ${facts(2).emotion('starter')}`));
    await press(
      'ArrowRight',
      'image',
      named(3, `emotie ${facts(3).emotion('starter')}`, `moment van de waarheid: ${facts(3).moment}`),
    );
    await press('ArrowDown', 'image', named(3, `emotie ${facts(3).emotion('mover')}`));
    await press('End', 'image', named(12, `emotie ${facts(12).emotion('mover')}`));
    await press('Home', 'image', named(1, `emotie ${facts(1).emotion('mover')}`));
    await press('PageDown', 'image', named(4, `emotie ${facts(4).emotion('mover')}`));
    const point = await press('PageUp', 'image', named(1, `emotie ${facts(1).emotion('mover')}`));
    const curve = root.querySelector('emotion-curve')!;
    const tooltip = () => curve.shadowRoot!.querySelector('[part="tooltip"]');
    selected.length = 0;
    await press('Enter', 'image', named(1));
    expect(selected, 'Enter selects the point').to.deep.equal([mortgage.touchpoints[0]!.id]);
    expect(tooltip()?.textContent, 'the point detail').to.contain(facts(1).label);
    const escaped = await press('Escape', 'image', named(1));
    expect(escaped.el, 'Escape keeps focus on the point').to.equal(point.el);
    expect(tooltip(), 'Escape closes the point detail').to.equal(null);
    await press('Enter', 'image', named(1));
    expect(tooltip()?.textContent, 'Enter opens the point detail again').to.contain(facts(1).label);
    await press('Escape', 'image', named(1));

    // The overlay: its view toggle, then one stop on the measured touchpoints.
    expect(await tabTo('button', named(2, `NPS ${facts(2).nps}`))).to.deep.equal(['button Toon datatabel']);
    await press('ArrowRight', 'button', named(3, `NPS ${facts(3).nps}`, facts(3).moment));
    await press('End', 'button', named(11, `NPS ${facts(11).nps}`, facts(11).moment));
    await press('Home', 'button', named(2, `NPS ${facts(2).nps}`));
    // By phase: the first measured touchpoint of the next phase, then back to this phase's first.
    await press('PageDown', 'button', named(5, `NPS ${facts(5).nps}`));
    await press('PageDown', 'button', named(10, `NPS ${facts(10).nps}`));
    await press('PageUp', 'button', named(5, `NPS ${facts(5).nps}`));
    await press('PageUp', 'button', named(2, `NPS ${facts(2).nps}`));
    const npsAdvice = await press('ArrowRight', 'button', named(3, `NPS ${facts(3).nps}`));
    const dialogClose = await press('Enter', 'button', ['Sluiten']);
    const dialog = dialogClose.el.closest('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain(`NPS van ${facts(3).label}`);
    const npsBack = await press('Escape', 'button', named(3, `NPS ${facts(3).nps}`));
    expect(npsBack.el, 'focus back on the same touchpoint').to.equal(npsAdvice.el);

    // The card has no controls for this touchpoint: Tab goes on to the page after it.
    expect(await tabTo('button', ['Na de klantreis'])).to.deep.equal([]);
  });

  it('at 480 px: the map as rows, the curve scrolled to the focused point, the overlay as rows', async () => {
    const { root, press, tabTo } = await page(480);
    expect(root.querySelector('journey-map')!.shadowRoot!.querySelector('.vertical'), 'the vertical map').to.exist;
    await press('Tab', 'button', ['Voor de klantreis']);

    // A vertical row is read from its content: "Label (contactmoment 1 van 12, fase …) … Kanalen … Emotie …".
    const row = (n: number, ...more: (string | null)[]) => {
      const f = facts(n);
      return [`${f.label} (contactmoment ${f.position}, fase ${f.phase})`, `Kanalen ${f.channel}`, ...more];
    };
    expect(await tabTo('gridcell', row(1, `Emotie ${facts(1).emotion('starter')}`))).to.deep.equal(MAP_CONTROLS);
    await press('ArrowDown', 'gridcell', row(2, `NPS ${facts(2).nps}`));
    await press('ArrowDown', 'gridcell', row(3, facts(3).emotion('mover'), `NPS ${facts(3).nps}`, facts(3).moment));
    await press('End', 'gridcell', row(12));
    await press('Home', 'gridcell', row(1));
    await press('PageDown', 'gridcell', row(4));
    const moving = await press('PageDown', 'gridcell', row(9, facts(9).emotion('mover')));
    await press('Enter', 'button', ['Sluiten']);
    const back = await press('Escape', 'gridcell', row(9));
    expect(back.name).to.equal(moving.name);
    await press('PageUp', 'gridcell', row(4));

    // The curve scrolls sideways in 480 px: End must bring the last point into view, clear of the axis.
    expect(await tabTo('image', named(1))).to.deep.equal(['button Toon datatabel']);
    await press('End', 'image', named(12, `emotie ${facts(12).emotion('starter')}`));
    await press('PageUp', 'image', named(11, `moment van de waarheid: ${facts(11).moment}`));
    await press('Home', 'image', named(1));

    // The overlay lays out rows: Down and Up move.
    expect(await tabTo('button', named(2, `NPS ${facts(2).nps}`))).to.deep.equal(['button Toon datatabel']);
    await press('ArrowDown', 'button', named(3, `NPS ${facts(3).nps}`));
    await press('End', 'button', named(11, `NPS ${facts(11).nps}`));
    const service = await press('ArrowUp', 'button', named(10, `NPS ${facts(10).nps}`, facts(10).moment));
    await press('Enter', 'button', ['Sluiten']);
    const npsBack = await press('Escape', 'button', named(10));
    expect(npsBack.el).to.equal(service.el);
    expect(await tabTo('button', ['Na de klantreis'])).to.deep.equal([]);
  });
});
