// The overview's A3 sheet (views/overview-svg.ts): the pure layout with the deterministic text
// estimate, and the element's toSVG() in view="overview".
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { estimateTextWidth } from '../../src/layout/text.js';
import {
  SHEET_HEIGHT,
  SHEET_WIDTH,
  type SheetPhase,
  overviewSheet,
} from '../../src/components/journey-map/views/overview-svg.js';
import { mount, settle } from '../a11y/helpers.js';

const phase = (label: string, index: number, items = 1): SheetPhase => ({
  label,
  count: `${items} touchpoints`,
  phase: index,
  sections: [
    { term: 'Lowest', items: Array.from({ length: items }, (_, i) => `Touchpoint ${i + 1} −2`) },
    { term: 'Open actions', items: ['none'], empty: true },
  ],
});

describe('overviewSheet: the overview laid out on A3 landscape', () => {
  const cases: [number, number, number][] = [
    // phases → cards a row, card width: (1587 − 2·48 − (n − 1)·16) / n
    [1, 1, 1491], // (1587 − 96) / 1
    [4, 4, (1491 - 48) / 4], // 360.75
    [7, 5, (1491 - 64) / 5], // 285.4: five a row, two rows
  ];
  for (const [count, perRow, width] of cases) {
    it(`${count} phases: ${perRow} a row, cards ${width.toFixed(2)} px wide, every line inside its card`, () => {
      const phases = Array.from({ length: count }, (_, i) => phase(`Phase ${i + 1}`, i, i + 1));
      const sheet = overviewSheet('Mortgage', 'Live in my own home', phases, estimateTextWidth);
      expect(sheet.width).to.equal(SHEET_WIDTH);
      expect(sheet.height).to.be.at.least(SHEET_HEIGHT);
      expect(sheet.cards).to.have.length(count);
      for (const card of sheet.cards) expect(card.width).to.be.closeTo(width, 1e-9);
      expect(new Set(sheet.cards.map((c) => c.y)).size).to.equal(Math.ceil(count / perRow));
      // Cards of one row do not overlap: each starts 16 px after the one before ends.
      for (let i = 1; i < sheet.cards.length; i += 1) {
        const [a, b] = [sheet.cards[i - 1]!, sheet.cards[i]!];
        if (a.y === b.y) expect(b.x - (a.x + a.width)).to.be.closeTo(16, 1e-9);
        else expect(b.y).to.be.at.least(a.y + a.height + 16);
      }
      for (const line of sheet.lines.filter((l) => l.kind !== 'title' && l.kind !== 'goal')) {
        const card = sheet.cards.find(
          (c) => line.x > c.x && line.x < c.x + c.width && line.y > c.y && line.y < c.y + c.height,
        );
        expect(card, line.text).to.not.equal(undefined);
        expect(line.x + estimateTextWidth(line.text, line.fontSize)).to.be.at.most(card!.x + card!.width - 14 + 1e-9);
      }
      expect(sheet.lines.filter((l) => l.kind === 'none')).to.have.length(count);
    });
  }

  it('a sheet with more than A3 holds grows downwards rather than cut facts', () => {
    const phases = Array.from({ length: 10 }, (_, i) => phase(`Phase ${i + 1}`, i, 40));
    const sheet = overviewSheet('Long', undefined, phases, estimateTextWidth);
    const bottom = Math.max(...sheet.cards.map((c) => c.y + c.height));
    expect(sheet.height).to.equal(Math.ceil(bottom + 48));
    expect(sheet.height).to.be.above(SHEET_HEIGHT);
    expect(sheet.lines.filter((l) => l.kind === 'item')).to.have.length(400);
    // Each item's first line carries its bullet; "none" has none.
    expect(sheet.lines.filter((l) => l.bullet === true)).to.have.length(400);
    expect(sheet.lines.filter((l) => l.kind === 'none' && l.bullet === true)).to.have.length(0);
  });
});

describe('journey-map view="overview": toSVG() draws the overview sheet', () => {
  it('each phase, an open action, no done or dropped action; standalone, text only as text; the PNG too', async () => {
    const mounted = await mount('journey-map', 'mortgage', { theme: 'light', width: 1200 });
    const el = mounted.el as unknown as HTMLElement & { toSVG(): string };
    try {
      el.setAttribute('view', 'overview');
      await settle(el);
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.getAttribute('viewBox')).to.match(/^0 0 1587 \d+$/);
      expect(doc.querySelectorAll('image, use, foreignObject, style, script')).to.have.length(0);
      expect(text).not.to.match(/href|url\(|var\(/);
      const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      for (const label of ['Oriënteren', 'Afsluiten', 'Verhuizen', 'Gebruiken']) expect(words).to.contain(label);
      // The open actions (in progress, planned); not the done or dropped ones the grid's poster lists.
      expect(words).to.contain('Statusupdates per sms na elke stap in de aanvraag');
      expect(words).not.to.contain('Offerte ook op papier');
      expect(words).not.to.contain('Statusoverzicht in de app');
      // toPNG() draws the same sheet: 1587 px wide at scale 1.
      const png = await (el as unknown as { toPNG(o: { scale: number }): Promise<Blob> }).toPNG({ scale: 1 });
      expect(png.type).to.equal('image/png');
      expect((await createImageBitmap(png)).width).to.equal(1587);
      // The grid exports the poster again.
      el.setAttribute('view', 'grid');
      await settle(el);
      expect(el.toSVG()).not.to.contain('viewBox="0 0 1587');
    } finally {
      mounted.cleanup();
    }
  });
});
