import { expect } from '@open-wc/testing';
import {
  curveKeys,
  emotionAt,
  emotionSeries,
  emotionTrend,
  highestPoints,
  largestDrops,
  lowestPoints,
  peakEnd,
  peakEndOf,
  type EmotionPoint,
} from '../../src/analytics/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Emotion, Journey, Touchpoint } from '../../src/model/index.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.journey;
}

/** A journey with one touchpoint per list of emotions (`null`: no emotions at all). */
function journeyOf(emotions: (Emotion[] | null)[], personas: string[] = []): Journey {
  return {
    personas: personas.map((id) => ({ id, name: id })),
    touchpoints: emotions.map(
      (list, i) => ({ id: `t${i}`, phase: 'p', label: `T${i}`, ...(list ? { emotions: list } : {}) }) as Touchpoint,
    ),
  } as unknown as Journey;
}

/** An overall curve from plain scores (`null`: a gap). */
const curve = (scores: (number | null)[]): EmotionPoint[] =>
  emotionSeries(journeyOf(scores.map((score) => (score === null ? null : [{ score }]))), null);

const m = load(mortgage);
const h = load(health);
const g = load(generic);
const ids = (points: readonly { touchpointId: string }[]) => points.map((p) => p.touchpointId);

describe('emotionSeries', () => {
  // Touchpoints: compare, calculate, advice, offer, documents, status-call, valuation, sign,
  // moving, welcome, service-call, first-payment.
  const cases: [persona: string | null, scores: (number | null)[], bases: string[]][] = [
    [
      'starter',
      [1, -1, 3, 1, -3, -2, 0, 4, 2, 3, 2, 1],
      // valuation has only an all-customers score (0).
      [
        'persona',
        'persona',
        'persona',
        'persona',
        'persona',
        'persona',
        'all-customers',
        'persona',
        'persona',
        'persona',
        'persona',
        'persona',
      ],
    ],
    [
      'mover',
      // status-call has only a starter finding: a gap for the mover, never 0.
      [1.5, 2, 2, 0.5, -2.5, null, 0, 3, -1, 2, 1, 2],
      [
        'persona',
        'persona',
        'persona',
        'persona',
        'persona',
        'none',
        'all-customers',
        'persona',
        'persona',
        'persona',
        'persona',
        'persona',
      ],
    ],
    [
      null,
      // Overall: mean of the personas' findings, e.g. compare (1 + 1.5) / 2 = 1.25, documents (−3 − 2.5) / 2 = −2.75,
      // status-call −2 (starter only), valuation 0 (its all-customers finding), sign (4 + 3) / 2 = 3.5.
      [1.25, 0.5, 2.5, 0.75, -2.75, -2, 0, 3.5, 0.5, 2.5, 1.5, 1.5],
      [
        'persona-mean',
        'persona-mean',
        'persona-mean',
        'persona-mean',
        'persona-mean',
        'persona-mean',
        'all-customers',
        'persona-mean',
        'persona-mean',
        'persona-mean',
        'persona-mean',
        'persona-mean',
      ],
    ],
    [
      'stranger',
      // A persona with no findings of its own gets only the all-customers finding.
      [null, null, null, null, null, null, 0, null, null, null, null, null],
      ['none', 'none', 'none', 'none', 'none', 'none', 'all-customers', 'none', 'none', 'none', 'none', 'none'],
    ],
  ];
  for (const [persona, scores, bases] of cases) {
    it(`mortgage, ${String(persona)}`, () => {
      const series = emotionSeries(m, persona);
      expect(series.map((p) => p.score)).to.deep.equal(scores);
      expect(series.map((p) => p.basis)).to.deep.equal(bases);
      expect(series.map((p) => p.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(ids(series)).to.deep.equal(m.touchpoints.map((tp) => tp.id));
    });
  }

  it('carries label, intensity and note, and omits them when absent', () => {
    const starter = emotionSeries(m, 'starter');
    expect(starter[1]).to.deep.equal({
      touchpointId: 'calculate',
      index: 1,
      score: -1,
      basis: 'persona',
      label: 'confusion',
      intensity: 0.6,
      note: 'Begrippen als NHG en annuïteit zijn onduidelijk',
    });
    const moverOffer = emotionSeries(m, 'mover')[3]!;
    expect(moverOffer).to.deep.equal({ touchpointId: 'offer', index: 3, score: 0.5, basis: 'persona' });
    expect(emotionSeries(m, 'mover')[5]).to.deep.equal({
      touchpointId: 'status-call',
      index: 5,
      score: null,
      basis: 'none',
    });
  });

  it('a journey without emotions is all gaps', () => {
    expect(emotionSeries(g, null).map((p) => p.score)).to.deep.equal([null, null, null, null, null, null, null]);
  });
});

describe('emotionAt', () => {
  const tp = (emotions: Emotion[]) => ({ id: 'x', phase: 'p', label: 'X', emotions }) as Touchpoint;
  const cases: [
    name: string,
    emotions: Emotion[],
    persona: string | null,
    score: number | null,
    basis: string,
    label?: string,
  ][] = [
    [
      'own findings averaged',
      [
        { persona: 'a', score: 1 },
        { persona: 'a', score: 2, label: 'joy' },
      ],
      'a',
      1.5,
      'persona',
      'joy',
    ], // (1 + 2) / 2
    ['own finding beats all-customers', [{ score: -4 }, { persona: 'a', score: 2 }], 'a', 2, 'persona'],
    [
      'all-customers for a persona without its own',
      [
        { score: -4, label: 'fear' },
        { persona: 'b', score: 2 },
      ],
      'a',
      -4,
      'all-customers',
      'fear',
    ],
    [
      'overall prefers the all-customers findings',
      [{ score: -4 }, { score: -2 }, { persona: 'a', score: 5 }],
      null,
      -3,
      'all-customers',
    ], // (−4 − 2) / 2
    [
      'overall: mean of persona findings',
      [
        { persona: 'a', score: 1 },
        { persona: 'b', score: -3 },
      ],
      null,
      -1,
      'persona-mean',
    ], // (1 − 3) / 2
    // a: 1; b: (−4 + 0) / 2 = −2; overall (1 − 2) / 2 = −0.5, not (1 − 4 + 0) / 3 = −1.
    [
      'overall: each persona counts once',
      [
        { persona: 'a', score: 1 },
        { persona: 'b', score: -4 },
        { persona: 'b', score: 0 },
      ],
      null,
      -0.5,
      'persona-mean',
    ],
    [
      'first named finding labels the moment',
      [
        { persona: 'a', score: 1 },
        { persona: 'b', score: 1, label: 'trust' },
        { persona: 'a', score: 1, label: 'joy' },
      ],
      null,
      1,
      'persona-mean',
      'trust',
    ],
    ['nothing recorded', [], 'a', null, 'none'],
  ];
  for (const [name, emotions, persona, score, basis, label] of cases) {
    it(name, () => {
      const point = emotionAt(tp(emotions), 4, persona);
      expect(point.score).to.equal(score);
      expect(point.basis).to.equal(basis);
      expect(point.label).to.equal(label);
      expect(point.index).to.equal(4);
    });
  }
});

describe('curveKeys', () => {
  const cases: [name: string, journey: Journey, keys: (string | null)[]][] = [
    ['mortgage', m, ['starter', 'mover']],
    ['health', h, ['young', 'chronic']],
    ['generic (no personas)', g, [null]],
    ['empty persona list', journeyOf([], []), [null]],
  ];
  for (const [name, journey, keys] of cases) it(name, () => expect(curveKeys(journey)).to.deep.equal(keys));
});

describe('peakEnd', () => {
  it('mortgage', () => {
    expect(peakEnd(m)).to.deep.equal([
      {
        persona: 'starter',
        // |4| at sign beats |−3| at documents.
        peak: { touchpointId: 'sign', index: 7, score: 4 },
        end: { touchpointId: 'first-payment', index: 11, score: 1 },
        remembered: 2.5, // (4 + 1) / 2
      },
      {
        persona: 'mover',
        // |3| at sign beats |−2.5| at documents.
        peak: { touchpointId: 'sign', index: 7, score: 3 },
        end: { touchpointId: 'first-payment', index: 11, score: 2 },
        remembered: 2.5, // (3 + 2) / 2
      },
    ]);
  });

  it('health claim', () => {
    expect(peakEnd(h)).to.deep.equal([
      {
        // young: [−1, 0.5, 2, −3, 3, 4]; |4| at paid is the largest and the last.
        persona: 'young',
        peak: { touchpointId: 'paid', index: 5, score: 4 },
        end: { touchpointId: 'paid', index: 5, score: 4 },
        remembered: 4, // (4 + 4) / 2
      },
      {
        // chronic: [1, −2, 2, −1, 3, 2.5]; |3| at claim is the largest.
        persona: 'chronic',
        peak: { touchpointId: 'claim', index: 4, score: 3 },
        end: { touchpointId: 'paid', index: 5, score: 2.5 },
        remembered: 2.75, // (3 + 2.5) / 2
      },
    ]);
  });

  it('skips curves without scores', () => {
    expect(peakEnd(g)).to.deep.equal([]);
    // Persona b has no findings and there is no all-customers finding.
    const journey = journeyOf([[{ persona: 'a', score: -1 }], [{ persona: 'a', score: 2 }]], ['a', 'b']);
    expect(peakEnd(journey).map((p) => p.persona)).to.deep.equal(['a']);
  });

  const cases: [
    name: string,
    scores: (number | null)[],
    peak: [index: number, score: number],
    end: [index: number, score: number],
    remembered: number,
  ][] = [
    ['tie: the first wins', [2, -2, 1], [0, 2], [2, 1], 1.5], // |2| = |−2|; (2 + 1) / 2
    ['tie of equal signs: the first wins', [-1, 3, 3, 0], [1, 3], [3, 0], 1.5], // (3 + 0) / 2
    ['negative peak: |−4| beats +3', [3, -4, 1], [1, -4], [2, 1], -1.5], // (−4 + 1) / 2
    ['end is the last scored point, across a trailing gap', [1, -2, null], [1, -2], [1, -2], -2], // (−2 − 2) / 2
    ['single point', [null, 0.5], [1, 0.5], [1, 0.5], 0.5],
    ['all neutral', [0, 0], [0, 0], [1, 0], 0],
  ];
  for (const [name, scores, peak, end, remembered] of cases) {
    it(name, () => {
      const result = peakEndOf(curve(scores), 'p')!;
      expect([result.peak.index, result.peak.score]).to.deep.equal(peak);
      expect([result.end.index, result.end.score]).to.deep.equal(end);
      expect(result.remembered).to.equal(remembered);
      expect(result.persona).to.equal('p');
    });
  }

  it('no scores → null; persona defaults to null', () => {
    expect(peakEndOf(curve([null, null]))).to.equal(null);
    expect(peakEndOf([])).to.equal(null);
    expect(peakEndOf(curve([1]))!.persona).to.equal(null);
  });
});

describe('lowestPoints and highestPoints', () => {
  const starter = emotionSeries(m, 'starter');
  const mover = emotionSeries(m, 'mover');
  const cases: [name: string, result: () => { touchpointId: string; score: number }[], expected: [string, number][]][] =
    [
      ['starter lowest (default 1)', () => lowestPoints(starter), [['documents', -3]]],
      [
        'starter lowest 3',
        () => lowestPoints(starter, 3),
        [
          ['documents', -3],
          ['status-call', -2],
          ['calculate', -1],
        ],
      ],
      // 3 at advice and 3 at welcome tie: journey order.
      [
        'starter highest 3',
        () => highestPoints(starter, 3),
        [
          ['sign', 4],
          ['advice', 3],
          ['welcome', 3],
        ],
      ],
      [
        'mover lowest 2',
        () => lowestPoints(mover, 2),
        [
          ['documents', -2.5],
          ['moving', -1],
        ],
      ],
      // 2 at calculate, advice, welcome, first-payment tie: calculate first, then advice.
      [
        'mover highest 3',
        () => highestPoints(mover, 3),
        [
          ['sign', 3],
          ['calculate', 2],
          ['advice', 2],
        ],
      ],
      // Gaps are skipped: 11 scored points, not 12.
      ['mover, more than there are', () => lowestPoints(mover, 20).slice(-1), [['sign', 3]]],
      ['health young lowest', () => lowestPoints(emotionSeries(h, 'young')), [['bill', -3]]],
      ['health chronic highest', () => highestPoints(emotionSeries(h, 'chronic')), [['claim', 3]]],
      ['no scores', () => lowestPoints(emotionSeries(g, null), 3), []],
    ];
  for (const [name, result, expected] of cases) {
    it(name, () => {
      expect(result().map((p) => [p.touchpointId, p.score])).to.deep.equal(expected);
    });
  }
  it('counts only scored points', () => {
    expect(lowestPoints(mover, 20).length).to.equal(11); // 12 touchpoints, status-call is a gap
  });
});

describe('largestDrops', () => {
  const drops = (series: EmotionPoint[], count?: number) =>
    largestDrops(series, count).map((d) => [d.from.touchpointId, d.to.touchpointId, d.drop]);

  it('mortgage starter', () => {
    // [1, −1, 3, 1, −3, −2, 0, 4, 2, 3, 2, 1]: compare→calculate 2, advice→offer 2, offer→documents 4,
    // sign→moving 2, welcome→service-call 1, service-call→first-payment 1. Ties in journey order.
    expect(drops(emotionSeries(m, 'starter'), 10)).to.deep.equal([
      ['offer', 'documents', 4], // 1 − (−3)
      ['compare', 'calculate', 2], // 1 − (−1)
      ['advice', 'offer', 2], // 3 − 1
      ['sign', 'moving', 2], // 4 − 2
      ['welcome', 'service-call', 1], // 3 − 2
      ['service-call', 'first-payment', 1], // 2 − 1
    ]);
    expect(drops(emotionSeries(m, 'starter'))).to.deep.equal([
      ['offer', 'documents', 4],
      ['compare', 'calculate', 2],
      ['advice', 'offer', 2],
    ]); // default: the 3 largest
  });

  it('mortgage mover: the gap at status-call is bridged', () => {
    // [1.5, 2, 2, 0.5, −2.5, –, 0, 3, −1, 2, 1, 2]: documents → valuation is −2.5 → 0, a rise.
    expect(drops(emotionSeries(m, 'mover'), 10)).to.deep.equal([
      ['sign', 'moving', 4], // 3 − (−1)
      ['offer', 'documents', 3], // 0.5 − (−2.5)
      ['advice', 'offer', 1.5], // 2 − 0.5
      ['welcome', 'service-call', 1], // 2 − 1
    ]);
  });

  const cases: [
    name: string,
    scores: (number | null)[],
    count: number | undefined,
    expected: [number, number, number][],
  ][] = [
    ['a drop across a gap', [3, null, null, 1], undefined, [[0, 3, 2]]], // 3 − 1, from t0 to t3
    ['level is not a drop', [1, 1, 1], undefined, []],
    ['rising only', [-2, 0, 5], undefined, []],
    ['count 1', [5, 0, 4, 3], 1, [[0, 1, 5]]], // 5 − 0; 4 − 3 = 1 left out
    ['decimals', [0.5, -0.25], undefined, [[0, 1, 0.75]]],
    ['one point', [2], undefined, []],
  ];
  for (const [name, scores, count, expected] of cases) {
    it(name, () => {
      expect(largestDrops(curve(scores), count).map((d) => [d.from.index, d.to.index, d.drop])).to.deep.equal(expected);
    });
  }
});

describe('emotionTrend', () => {
  const cases: [name: string, series: EmotionPoint[], trend: string | null][] = [
    ['mortgage starter: 1 → 1', emotionSeries(m, 'starter'), 'level'], // 1 − 1 = 0
    ['mortgage mover: 1.5 → 2', emotionSeries(m, 'mover'), 'level'], // 2 − 1.5 = 0.5, not more than 0.5
    ['mortgage overall: 1.25 → 1.5', emotionSeries(m, null), 'level'], // 0.25
    ['health young: −1 → 4', emotionSeries(h, 'young'), 'rising'], // 5
    ['health chronic: 1 → 2.5', emotionSeries(h, 'chronic'), 'rising'], // 1.5
    ['falling', curve([2, 1]), 'falling'], // −1
    ['just rising', curve([0, 0.75]), 'rising'], // 0.75 > 0.5
    ['−0.5 is level', curve([1, 0.5]), 'level'],
    ['−0.75 is falling', curve([1, null, 0.25]), 'falling'],
    ['one point', curve([null, 3]), null],
    ['no points', emotionSeries(g, null), null],
  ];
  for (const [name, series, trend] of cases) it(name, () => expect(emotionTrend(series)).to.equal(trend));
});
