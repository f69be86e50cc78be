import { expect } from '@open-wc/testing';
import { posterLayout, wrapLines } from '../../src/layout/poster.js';
import { parseJourney } from '../../src/model/parse.js';
import type { Journey } from '../../src/model/types.js';
import mortgage from '../fixtures/mortgage-nl.json';

const parsed = parseJourney(mortgage);
if (!parsed.ok) throw new Error('fixture invalid');
const journey: Journey = parsed.journey;

describe('layout/poster', () => {
  it('wraps at spaces and marks a cut label with an ellipsis', () => {
    expect(wrapLines('Maximale hypotheek berekenen', 16, 3)).to.deep.equal(['Maximale', 'hypotheek', 'berekenen']);
    expect(wrapLines('Tekenen bij de notaris', 16, 3)).to.deep.equal(['Tekenen bij de', 'notaris']);
    expect(wrapLines('een twee drie vier vijf zes', 9, 2)).to.deep.equal(['een twee', 'drie…']);
    expect(wrapLines('Hypotheekadviseur', 8, 2)).to.deep.equal(['Hypothe…']);
  });

  it('lays out one column per touchpoint after the row titles', () => {
    const poster = posterLayout(journey, [], { columnWidth: 100, margin: 40, rowTitleWidth: 120 });
    expect(poster.left).to.equal(160);
    expect(poster.right).to.equal(160 + 12 * 100);
    expect(poster.width).to.equal(160 + 1200 + 40);
    expect(poster.labels.columns.map((c) => c.x0)).to.deep.equal(Array.from({ length: 12 }, (_, i) => 160 + i * 100));
    expect(poster.phases.bands.map((b) => b.label)).to.deep.equal([
      'Oriënteren',
      'Afsluiten',
      'Verhuizen',
      'Gebruiken',
    ]);
    expect(poster.emotion.ticks.map((t) => t.value)).to.deep.equal([-5, -2.5, 0, 2.5, 5]);
    expect(poster.emotion.zeroY).to.equal((poster.emotion.y0 + poster.emotion.y1) / 2);
  });
});
