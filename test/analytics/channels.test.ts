import { expect } from '@open-wc/testing';
import { channelHops, resolveChannel, type ResolvedChannel } from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey, Touchpoint } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

const m = load(mortgage);

describe('resolveChannel', () => {
  const own = {
    channels: [
      { id: 'web', label: 'Onze website', kind: 'partner' as const },
      { id: 'app', label: 'De app' },
      { id: 'fax', label: 'Fax' },
    ],
  };
  const cases: [name: string, journey: Pick<Journey, 'channels'>, id: string, expected: ResolvedChannel][] = [
    [
      'defined (mortgage adviser)',
      m,
      'adviser',
      { id: 'adviser', wellKnown: false, label: 'Hypotheekadviseur', kind: 'human' },
    ],
    ['defined (mortgage notary)', m, 'notary', { id: 'notary', wellKnown: false, label: 'Notaris', kind: 'partner' }],
    ['well-known phone', m, 'phone', { id: 'phone', wellKnown: true, kind: 'human' }],
    ['well-known comparison-site', m, 'comparison-site', { id: 'comparison-site', wellKnown: true, kind: 'partner' }],
    ['well-known post', m, 'post', { id: 'post', wellKnown: true, kind: 'physical' }],
    ['well-known in a journey without channels', load(generic), 'web', { id: 'web', wellKnown: true, kind: 'digital' }],
    ['unknown', m, 'telepathy', { id: 'telepathy', wellKnown: false }],
    ['unknown, no channels at all', {}, 'telepathy', { id: 'telepathy', wellKnown: false }],
    [
      'a definition overrides a well-known id',
      own,
      'web',
      { id: 'web', wellKnown: true, label: 'Onze website', kind: 'partner' },
    ],
    [
      'a definition without kind keeps the well-known kind',
      own,
      'app',
      { id: 'app', wellKnown: true, label: 'De app', kind: 'digital' },
    ],
    ['a definition without kind, not well-known', own, 'fax', { id: 'fax', wellKnown: false, label: 'Fax' }],
  ];
  for (const [name, journey, id, expected] of cases)
    it(name, () => expect(resolveChannel(journey, id)).to.deep.equal(expected));
});

describe('channelHops', () => {
  it('mortgage: every consecutive pair changes channel; counts from transitions', () => {
    expect(channelHops(m)).to.deep.equal([
      {
        fromTouchpointId: 'compare',
        toTouchpointId: 'calculate',
        index: 1,
        fromChannel: 'comparison-site',
        toChannel: 'web',
        count: 9100,
      },
      {
        fromTouchpointId: 'calculate',
        toTouchpointId: 'advice',
        index: 2,
        fromChannel: 'web',
        toChannel: 'adviser',
        count: 2300,
      },
      { fromTouchpointId: 'advice', toTouchpointId: 'offer', index: 3, fromChannel: 'adviser', toChannel: 'email' },
      { fromTouchpointId: 'offer', toTouchpointId: 'documents', index: 4, fromChannel: 'email', toChannel: 'app' },
      {
        fromTouchpointId: 'documents',
        toTouchpointId: 'status-call',
        index: 5,
        fromChannel: 'app',
        toChannel: 'phone',
        count: 3150,
      },
      // status-call → documents (2900) runs backwards: not a hop between consecutive touchpoints.
      {
        fromTouchpointId: 'status-call',
        toTouchpointId: 'valuation',
        index: 6,
        fromChannel: 'phone',
        toChannel: 'intermediary',
      },
      {
        fromTouchpointId: 'valuation',
        toTouchpointId: 'sign',
        index: 7,
        fromChannel: 'intermediary',
        toChannel: 'notary',
      },
      { fromTouchpointId: 'sign', toTouchpointId: 'moving', index: 8, fromChannel: 'notary', toChannel: 'app' },
      { fromTouchpointId: 'moving', toTouchpointId: 'welcome', index: 9, fromChannel: 'app', toChannel: 'post' },
      {
        fromTouchpointId: 'welcome',
        toTouchpointId: 'service-call',
        index: 10,
        fromChannel: 'post',
        toChannel: 'phone',
      },
      {
        fromTouchpointId: 'service-call',
        toTouchpointId: 'first-payment',
        index: 11,
        fromChannel: 'phone',
        toChannel: 'app',
      },
    ]);
  });

  it('generic: web → web is no hop', () => {
    // web, web, web, app, app, email, app: hops at 3 (web → app), 5 (app → email), 6 (email → app).
    expect(channelHops(load(generic)).map((h) => [h.index, h.fromChannel, h.toChannel])).to.deep.equal([
      [3, 'web', 'app'],
      [5, 'app', 'email'],
      [6, 'email', 'app'],
    ]);
  });

  it('health: 5 hops, no counts without transitions', () => {
    const hops = channelHops(load(health));
    expect(hops.map((h) => h.toChannel)).to.deep.equal(['chatbot', 'branch', 'letter', 'app', 'email']);
    expect(hops.every((h) => !('count' in h))).to.equal(true);
  });

  it('a touchpoint without a channel breaks the chain; duplicate transitions are summed', () => {
    const tp = (id: string, channel?: string) =>
      ({ id, phase: 'p', label: id, ...(channel ? { channel } : {}) }) as Touchpoint;
    const journey = {
      touchpoints: [tp('a', 'web'), tp('b'), tp('c', 'phone'), tp('d', 'app')],
      transitions: [
        { from: 'c', to: 'd', count: 5 },
        { from: 'c', to: 'd', count: 7 },
        { from: 'c', to: null, count: 100 },
      ],
    } as unknown as Journey;
    // a → b and b → c have a side without channel; c → d: 5 + 7 = 12 (drop-off not counted).
    expect(channelHops(journey)).to.deep.equal([
      { fromTouchpointId: 'c', toTouchpointId: 'd', index: 3, fromChannel: 'phone', toChannel: 'app', count: 12 },
    ]);
  });
});
