import { expect } from '@open-wc/testing';
import { isOffNorm, offNormMetrics } from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey, Metric } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

describe('isOffNorm', () => {
  const metric = (value: number, target?: number, better?: 'higher' | 'lower'): Metric =>
    ({
      id: 'm',
      label: 'M',
      value,
      ...(target === undefined ? {} : { target }),
      ...(better ? { better } : {}),
    }) as Metric;
  const cases: [name: string, metric: Metric, off: boolean | null][] = [
    ['higher is better, below target', metric(5, 10, 'higher'), true],
    ['higher is better, above target', metric(12, 10, 'higher'), false],
    ['higher is better, equal to target', metric(10, 10, 'higher'), false],
    ['lower is better, above target', metric(9, 5, 'lower'), true],
    ['lower is better, below target', metric(3, 5, 'lower'), false],
    ['lower is better, equal to target', metric(5, 5, 'lower'), false],
    ['default (higher), below target', metric(4, 5), true],
    ['default (higher), above target', metric(6, 5), false],
    ['default (higher), equal to target', metric(5, 5), false],
    ['negative values', metric(-3, -2, 'higher'), true],
    ['target 0, lower is better', metric(0.1, 0, 'lower'), true],
    ['no target', metric(48200), null],
    ['no target, with a direction', metric(1, undefined, 'lower'), null],
  ];
  for (const [name, m, off] of cases) it(name, () => expect(isOffNorm(m)).to.equal(off));
});

describe('offNormMetrics', () => {
  const rows = (journey: Journey) => offNormMetrics(journey).map((o) => [o.touchpointId, o.index, o.metric.id, o.gap]);
  const cases: [name: string, journey: Journey, expected: [string, number, string, number][]][] = [
    [
      'mortgage',
      load(mortgage),
      [
        // `visits` at compare has no target: not listed.
        ['advice', 2, 'wait', 4], // 9 days > 5 (lower is better): |9 − 5|
        ['documents', 4, 'calls', 1650], // 3150 > 1500: |3150 − 1500|
        ['documents', 4, 'emails', 200], // 1200 > 1000: |1200 − 1000|
      ],
    ],
    ['health', load(health), [['ask-chat', 1, 'handover', 18]]], // 38 % > 20 % (lower is better): |38 − 20|
    ['generic (no metrics)', load(generic), []],
  ];
  for (const [name, journey, expected] of cases) it(name, () => expect(rows(journey)).to.deep.equal(expected));

  it('keeps the metric itself', () => {
    const [wait] = offNormMetrics(load(mortgage));
    expect(wait!.metric).to.deep.equal({
      id: 'wait',
      label: 'Wachttijd tot gesprek',
      value: 9,
      unit: 'dagen',
      target: 5,
      better: 'lower',
      period: '2026-Q3',
    });
  });
});
