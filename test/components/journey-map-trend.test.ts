/**
 * The map's trend lane (issue 16): per touchpoint NPS and emotion over the periods with their
 * 95 % band, significant dips marked in words and with a glyph, the lane hidden without periods,
 * the data table's column in words, and axe on the map with the lane.
 *
 * The fixture's dips, worked out by hand (persona "starter"):
 * - advice, NPS 2026-Q1 110/70/20 of 200 (+45); 2026-Q2 → Q3: 120/60/20 of 200 (NPS +50) → 70/60/70 of 200 (NPS 0). Adjusted-Wald:
 *   p′ = 120.75/203 = 0.595, d′ = 20.75/203 = 0.102, NPS′ = 0.493, Var₁ = (0.697 − 0.243)/203 = 0.00224;
 *   p′ = d′ = 70.75/203 = 0.349, NPS′ = 0, Var₂ = 0.697/203 = 0.00343; z = −0.493/√0.00567 = −6.5,
 *   p < 0.001: a significant dip.
 * - advice, emotion Q2 → Q3: 1.5 (n 150, sd 1.6) → 0.4 (n 140, sd 1.8): Welch t = −1.1 /
 *   √(2.56/150 + 3.24/140) = −1.1 / √(0.01707 + 0.02314) = −1.1 / 0.2005 = −5.49: a significant dip.
 * - compare: NPS +30 → +32.5 and emotion 1.0 → 1.2: rises, no dip.
 * - sign: emotion −0.5 → −2 without n or sd: significance unknown, so no dip and no band.
 * For "mover", advice: NPS 12/10/8 of 30 (+13) → 10/10/10 of 30 (0): z ≈ −0.55, not significant.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/journey-map/journey-map.js';
import type { JourneyMap } from '../../src/components/journey-map/journey-map.js';
import periods from '../fixtures/nps-periods.json';

async function settle(el: JourneyMap): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}

async function mount(journey: unknown, attrs: { persona?: string; lanes?: string } = {}): Promise<JourneyMap> {
  const el = await fixture<JourneyMap>(html`<journey-map style="display:block;width:4000px"></journey-map>`);
  if (attrs.persona) el.setAttribute('persona', attrs.persona);
  if (attrs.lanes) el.setAttribute('lanes', attrs.lanes);
  el.journey = journey;
  await settle(el);
  return el;
}

const $$ = (root: Element, selector: string) => [...root.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const laneNames = (el: JourneyMap) => $$(el, '[role="rowheader"] .lane-name').map(text);
const nameOf = (cell: Element | undefined) =>
  cell?.querySelector(':scope > .journey-visually-hidden')?.textContent?.replace(/\s+/g, ' ') ?? null;
const trendCell = (el: JourneyMap, column: number) =>
  $$(el, '.cell--trend').find((c) => c.dataset['col'] === String(column));

describe('<journey-map>: the trend lane', () => {
  it('is shown for a journey with periods and hidden for one without (as empty lanes are)', async () => {
    const withPeriods = await mount(periods);
    expect(laneNames(withPeriods)).to.include('Trend');
    // The same journey with one period per touchpoint (2026-Q2 only): nothing to trend.
    const single = JSON.parse(JSON.stringify(periods)) as typeof periods;
    for (const tp of single.touchpoints as { emotions?: { period?: string }[]; nps?: { period?: string }[] }[]) {
      tp.emotions = tp.emotions?.filter((e) => e.period === undefined || e.period === '2026-Q2');
      tp.nps = tp.nps?.filter((n) => n.period === '2026-Q2');
    }
    const without = await mount(single);
    expect(laneNames(without)).to.include('NPS');
    expect(laneNames(without)).to.not.include('Trend');
    expect($$(without, '.cell--trend')).to.have.length(0);
  });

  it('draws NPS and emotion with their band per touchpoint that has two periods', async () => {
    const el = await mount(periods, { persona: 'starter', lanes: 'touchpoints trend' });
    // compare (0): NPS Q1, Q2 and emotion Q1, Q2, both with n and sd: two charts, each with a band.
    const compare = trendCell(el, 0)!;
    expect([...compare.querySelectorAll('.trend-name')].map(text)).to.deep.equal(['NPS', 'Emotion']);
    expect(compare.querySelectorAll('.trend-band')).to.have.length(2);
    expect(compare.querySelectorAll('.trend-point')).to.have.length(4);
    // sign (3): the starter's emotion has two periods but no n or sd: a line without a band, no NPS.
    const sign = trendCell(el, 3)!;
    expect([...sign.querySelectorAll('.trend-name')].map(text)).to.deep.equal(['Emotion']);
    expect(sign.querySelectorAll('.trend-band')).to.have.length(0);
    expect(sign.querySelectorAll('.trend-line')).to.have.length(1);
  });

  it('marks dips only where the change is significant, with a glyph and words', async () => {
    const el = await mount(periods, { persona: 'starter', lanes: 'touchpoints trend' });
    const marked = $$(el, '.cell--trend').filter((c) => c.querySelector('.trend-dip'));
    expect(marked.map((c) => c.dataset['col'])).to.deep.equal(['1']);
    const advice = trendCell(el, 1)!;
    // NPS Q3 and emotion Q3 both dipped significantly: one triangle and one note each.
    expect(advice.querySelectorAll('.trend-dip')).to.have.length(2);
    expect([...advice.querySelectorAll('.trend-dip-note')].map(text)).to.deep.equal([
      '▼ significant dip (2026-Q3)',
      '▼ significant dip (2026-Q3)',
    ]);
    const name = nameOf(advice)!;
    expect(name).to.contain('Trend at Advice conversation');
    expect(name).to.contain('NPS: 2026-Q1: +45');
    expect(name).to.match(/2026-Q3: 0 \(95%: [^)]+\), n = 200, significant dip/);
    // The sign's fall from −0.5 to −2 has no n or sd: never called a dip.
    expect(nameOf(trendCell(el, 3))).to.not.contain('significant dip');
    // For the mover the advice fall (+13 → 0, n = 30 each) is not significant: no mark.
    el.setAttribute('persona', 'mover');
    await settle(el);
    expect($$(el, '.cell--trend .trend-dip')).to.have.length(0);
    expect($$(el, '.cell--trend .trend-dip-note')).to.have.length(0);
  });

  it('says every period in words in the data table', async () => {
    const el = await mount(periods, { persona: 'starter' });
    $$(el, '.tool[aria-pressed]')[0]!.click();
    await settle(el);
    const headers = $$(el, 'table thead th').map(text);
    const at = headers.indexOf('Trend');
    expect(at, 'trend column').to.be.greaterThan(-1);
    const advice = $$(el, 'table tbody tr')[1]!;
    const cell = text(advice.children[at]!);
    expect(cell).to.contain('NPS: 2026-Q1: +45 (95%:');
    expect(cell).to.contain('2026-Q2: +50 (95%:');
    expect(cell).to.match(/2026-Q3: 0 \(95%: [^)]+\), n = 200, significant dip/);
    expect(cell).to.match(/Emotion: 2026-Q2: \+1\.5 \(95%: [^)]+\), n = 150; 2026-Q3: \+0\.4 .*significant dip/);
  });

  it('passes axe with the lane shown', async () => {
    const el = await mount(periods, { persona: 'starter' });
    expect($$(el, '.cell--trend').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
