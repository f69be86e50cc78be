/**
 * `<emotion-curve period compare-period>`: two periods per persona, the earlier one muted, and the
 * touchpoints where the change is significant (Welch's t, 95 %) or of unknown significance marked.
 * Fixture: nps-periods.json (emotions with period, n and sd).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/emotion-curve/emotion-curve.js';
import type { EmotionCurve } from '../../src/components/emotion-curve/emotion-curve.js';
import { markFailures, report, textFailures } from '../a11y/contrast-measure.js';
import periods from '../fixtures/nps-periods.json';
import health from '../fixtures/health-claim-en.json';

async function curveOf(journey: unknown, attributes: Record<string, string> = {}): Promise<EmotionCurve> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('emotion-curve');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.journey = journey;
  box.append(el);
  await el.updateComplete;
  await aTimeout(50);
  await el.updateComplete;
  return el;
}

const all = (el: EmotionCurve, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(selector)];
const marks = (el: EmotionCurve) =>
  all(el, '.chart .change-mark').map((m) => [m.dataset.index, m.dataset.curve, m.textContent]);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function showTable(el: EmotionCurve): Promise<HTMLTableElement> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  await el.updateComplete;
  return el.shadowRoot!.querySelector('table')!;
}

describe('<emotion-curve> with two periods', () => {
  it('draws the earlier period of each persona, muted and dotted, under the chosen one', async () => {
    const el = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    const earlier = all(el, '.chart .curve-line--earlier');
    expect(earlier.map((p) => [p.dataset.curve, p.dataset.period])).to.deep.equal([
      ['0', '2026-Q2'],
      ['1', '2026-Q2'],
    ]);
    for (const line of earlier) {
      expect(line.getAttribute('d')).to.match(/^M/);
      // Muted: thinner than the chosen period's line, and dotted with its own dash.
      expect(line.getAttribute('stroke-dasharray')).to.equal('1 4');
      expect(parseFloat(getComputedStyle(line).strokeWidth)).to.be.lessThan(
        parseFloat(getComputedStyle(all(el, '.chart .curve-line:not(.curve-line--earlier)')[0]!).strokeWidth),
      );
    }
    // The legend names both periods of each persona.
    const legend = text(el.shadowRoot!.querySelector('[part="legend"]'));
    expect(legend).to.contain('First-time buyer, 2026-Q2 (earlier)');
    expect(legend).to.contain('Moving home, 2026-Q2 (earlier)');
    expect(legend).to.contain('Significant change (95 %, Welch’s t)');
    expect(legend).to.contain('Significance unknown');
  });

  it('marks only the significant changes, and the unknown ones as unknown', async () => {
    const el = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    // Curve 0 is the first-time buyer, 1 the mover; touchpoints compare 0, advice 1, apply 2, sign 3.
    // advice, buyer: 1.5 (n 150, sd 1.6) → 0.4 (n 140, sd 1.8): SE = √(1.6²/150 + 1.8²/140)
    //   = √(0.01707 + 0.02314) = 0.2005, t = −1.1 / 0.2005 = −5.49: a significant fall.
    // advice, mover: 0.8 (n 25, sd 2) → 0.5 (n 22, sd 2.2): SE = √(4/25 + 4.84/22) = √0.38 = 0.616,
    //   t = −0.3 / 0.616 = −0.49: not significant, no mark.
    // apply, all customers (both personas draw it): −1 → +1 (n 10, sd 2 each): SE = √(0.4 + 0.4)
    //   = 0.894, t = 2.24 on 18 df (p ≈ 0.038): a significant rise on both curves.
    // sign, buyer: −0.5 → −2 without n or sd: unknown, marked "?", never "no change".
    // compare: the buyer has no 2026-Q3 finding: nothing to compare.
    expect(marks(el)).to.deep.equal([
      ['1', '0', '▼'],
      ['2', '0', '▲'],
      ['3', '0', '?'],
      ['2', '1', '▲'],
    ]);
    const name = (index: number, curve: number) =>
      el.shadowRoot!.querySelector(`.point[data-index="${index}"][data-curve="${curve}"]`)!.getAttribute('aria-label')!;
    expect(name(1, 0)).to.contain('2026-Q2: +1.5').and.to.contain('significant fall of −1.1 (p < 0.001)');
    expect(name(1, 1)).to.match(/≈ not significant: −0\.3 \(p = 0\.6\d+\)/);
    expect(name(3, 0)).to.contain('−1.5, significance unknown (no n or sd)');
    expect(name(2, 1)).to.match(/significant rise of \+2 \(p = 0\.03\d\)/);
  });

  it('shows the earlier period and the change in the tooltip of a point', async () => {
    const el = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    // The tab stop is the first buyer's point; one step right is the advice meeting.
    el.shadowRoot!.querySelector<SVGGElement>('.point[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const tooltip = text(el.shadowRoot!.querySelector('[part="tooltip"]'));
    expect(tooltip).to.contain('2026-Q2: +1.5').and.to.contain('significant fall of −1.1 (p < 0.001)');
  });

  it('carries both periods and the significance in words in the table and the summary', async () => {
    const el = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    const summary = text(el.shadowRoot!.querySelector('[part="summary"]'));
    // Buyer: advice (fall) and apply (rise) significant, sign unknown; mover: apply only.
    expect(summary).to.contain('Compared with 2026-Q2: 2 significant changes, one of unknown significance.');
    expect(summary).to.contain('Compared with 2026-Q2: one significant change.');
    const table = await showTable(el);
    const headers = [...table.querySelectorAll('thead th')].map(text);
    expect(headers).to.include.members([
      'First-time buyer, 2026-Q2 (earlier)',
      'First-time buyer, 2026-Q3',
      'First-time buyer: Change 2026-Q2 → 2026-Q3',
    ]);
    const advice = [...table.querySelectorAll('tbody tr')][1]!;
    expect(text(advice))
      .to.contain('+1.5')
      .and.to.contain('+0.4')
      .and.to.contain('significant fall of −1.1 (p < 0.001)');
    const sign = [...table.querySelectorAll('tbody tr')][3]!;
    expect(text(sign)).to.contain('significance unknown');
  });

  it('speaks Dutch in a Dutch curve', async () => {
    const el = await curveOf({ ...periods, locale: 'nl-NL' }, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    const name = el.shadowRoot!.querySelector('.point[data-index="1"][data-curve="0"]')!.getAttribute('aria-label')!;
    expect(name).to.contain('significante daling van −1,1 (p < 0,001)');
    expect(text(el.shadowRoot!.querySelector('[part="summary"]'))).to.contain(
      'Vergeleken met 2026-Q2: 2 significante veranderingen, één met onbekende significantie.',
    );
    expect(text(el.shadowRoot!.querySelector('[part="legend"]'))).to.contain('First-time buyer, 2026-Q2 (eerder)');
  });

  it('draws one chosen period alone, and compare-period alone compares with the latest', async () => {
    const q2 = await curveOf(periods, { period: '2026-Q2' });
    expect(all(q2, '.chart .curve-line--earlier')).to.have.length(0);
    const advice = q2.shadowRoot!.querySelector('.point[data-index="1"][data-curve="0"]')!.getAttribute('aria-label')!;
    expect(advice).to.contain('+1.5');
    const latest = await curveOf(periods, { 'compare-period': '2026-Q2' });
    expect(marks(latest)).to.have.length(4);
  });

  it('changes nothing without periods, or with a period the journey does not have', async () => {
    const plain = await curveOf(health);
    const withUnknown = await curveOf(health, { period: '2031-Q1', 'compare-period': '2030-Q4' });
    for (const el of [plain, withUnknown]) {
      expect(all(el, '.chart .curve-line--earlier')).to.have.length(0);
      expect(all(el, '.chart .change-mark')).to.have.length(0);
    }
    expect(all(withUnknown, '.chart .curve-line').map((p) => p.getAttribute('d'))).to.deep.equal(
      all(plain, '.chart .curve-line').map((p) => p.getAttribute('d')),
    );
    const compareSame = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q3' });
    expect(all(compareSame, '.chart .curve-line--earlier')).to.have.length(0);
  });

  it('redraws when the periods change, without a new journey', async () => {
    const el = await curveOf(periods);
    expect(all(el, '.chart .curve-line--earlier')).to.have.length(0);
    el.comparePeriod = '2026-Q2';
    await el.updateComplete;
    expect(all(el, '.chart .curve-line--earlier')).to.have.length(2);
    el.comparePeriod = undefined;
    await el.updateComplete;
    expect(all(el, '.chart .curve-line--earlier')).to.have.length(0);
  });

  it('is accessible with two periods (axe), in the chart and the table', async () => {
    const el = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    await expect(el).to.be.accessible();
    await showTable(el);
    await expect(el).to.be.accessible();
  });

  it('keeps text ≥ 4.5:1 and marks ≥ 3:1 with two periods (own contrast measurement)', async () => {
    const el = await curveOf(periods, { period: '2026-Q3', 'compare-period': '2026-Q2' });
    const colours = [
      [31, 119, 180, 1],
      [214, 39, 40, 1],
    ] as [number, number, number, number][];
    const textResult = textFailures(el);
    const markResult = markFailures(el, colours);
    expect(markResult.checked).to.be.greaterThan(10);
    const failures = [...textResult.failures, ...markResult.failures];
    expect(failures.length, report(failures)).to.equal(0);
  });
});
