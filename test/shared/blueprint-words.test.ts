import { expect } from '@open-wc/testing';
import type { ActionEffect } from '../../src/analytics/action-effects.js';
import { parseJourney, type Journey } from '../../src/model/index.js';
import { actionCountsText, calendarDate, effectText } from '../../src/shared/blueprint-words.js';
import { Localizer } from '../../src/shared/i18n/localizer.js';
import mortgage from '../fixtures/mortgage-nl.json';

const result = parseJourney(mortgage);
if (!result.ok) throw new Error('fixture does not parse');
const journey: Journey = result.journey;
const nl = new Localizer('nl');
const en = new Localizer('en');

const base: Omit<ActionEffect, 'expected' | 'measured'> = {
  actionId: 'a',
  title: 'Statusoverzicht in de app',
  done: '2026-05-14',
  touchpointId: 'documents',
};

describe('effectText: a done action’s expected and measured change in words', () => {
  const cases: [name: string, effect: ActionEffect, l: Localizer, text: string][] = [
    [
      'the issue’s example: NPS, one measured figure written as its change alone',
      {
        ...base,
        expected: { measure: 'nps', change: 10 },
        measured: [{ measure: 'nps', persona: null, before: 30, after: 44, change: 14 }],
      },
      nl,
      'Statusoverzicht in de app — klaar 2026-05 · verwacht NPS +10, gemeten +14',
    ],
    [
      'no data on a side: "geen gegevens", never 0',
      {
        ...base,
        expected: { measure: 'nps', change: 10 },
        measured: [{ measure: 'nps', persona: null, before: null, after: 44, change: null }],
      },
      nl,
      'Statusoverzicht in de app — klaar 2026-05 · verwacht NPS +10, gemeten geen gegevens',
    ],
    [
      // Emotion without a persona: all customers and each persona, each named; −0.5 → "−0.5".
      'emotion for all customers and each persona, in English',
      {
        ...base,
        expected: { measure: 'emotion', change: 1 },
        measured: [
          { measure: 'emotion', persona: null, before: -3, after: -2, change: 1 },
          { measure: 'emotion', persona: 'starter', before: -3, after: -3.5, change: -0.5 },
          { measure: 'emotion', persona: 'mover', before: null, after: -2, change: null },
        ],
      },
      en,
      'Statusoverzicht in de app — done 2026-05 · expected emotion all customers +1, measured emotion all customers +1, emotion Starter −0.5, emotion Doorstromer no data',
    ],
    [
      'no expectation and no done date',
      {
        actionId: 'a',
        title: 'X',
        touchpointId: 'documents',
        expected: null,
        measured: [
          { measure: 'emotion', persona: null, before: 1, after: 2, change: 1 },
          { measure: 'nps', persona: null, before: null, after: null, change: null },
        ],
      },
      nl,
      'X · geen verwachting, gemeten emotie alle klanten +1, NPS geen gegevens',
    ],
    [
      'a metric by its label, the unit’s number in the locale (1.500)',
      {
        ...base,
        expected: { measure: 'metric', metric: 'calls', change: -1500 },
        measured: [{ measure: 'metric', persona: null, metric: 'calls', before: 3150, after: 1800, change: -1350 }],
      },
      nl,
      'Statusoverzicht in de app — klaar 2026-05 · verwacht Telefoontjes over status −1.500, gemeten −1.350',
    ],
  ];
  for (const [name, effect, l, text] of cases) {
    it(name, () => expect(effectText(effect, journey, l)).to.equal(text));
  }
});

describe('blueprint words', () => {
  it('writes a calendar date in the locale, never moved by the time zone', () => {
    expect(calendarDate('2026-04-30', nl)).to.equal('30 apr 2026');
    expect(calendarDate('2026-04-30', en)).to.equal('Apr 30, 2026');
  });

  it('counts actions per status, leaving out statuses without any', () => {
    const counts = { idea: 1, planned: 0, 'in-progress': 2, done: 0, dropped: 0, total: 3 };
    expect(actionCountsText(counts, nl)).to.equal('1 idee, 2 in uitvoering');
  });
});
