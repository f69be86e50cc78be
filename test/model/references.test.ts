import { expect } from '@open-wc/testing';
import { WELL_KNOWN_CHANNELS, parseJourney } from '../../src/model/index.js';
import { type Doc, fullJourney, issuesOf, minimalJourney, setAt, triples } from './journeys.js';

/** A journey with four touchpoints, so paths like `touchpoints[3]` occur. */
function fourSteps(): Doc {
  const doc = fullJourney();
  doc.touchpoints.push(
    { id: 't3', phase: 'buy', label: 'Sign', channel: 'notary' },
    { id: 't4', phase: 'buy', label: 'Move in' },
  );
  return doc;
}

describe('parseJourney: references and ids', () => {
  describe('every unresolved reference names its path and the missing id', () => {
    // [path to set, value, expected path, expected message]
    const rows: Array<[Array<string | number>, string, string, string]> = [
      [['touchpoints', 3, 'phase'], 'buy-now', 'touchpoints[3].phase', 'unknown phase "buy-now"'],
      [['touchpoints', 3, 'channel'], 'fax', 'touchpoints[3].channel', 'unknown channel "fax"'],
      [
        ['touchpoints', 1, 'emotions', 0, 'persona'],
        'carol',
        'touchpoints[1].emotions[0].persona',
        'unknown persona "carol"',
      ],
      [['touchpoints', 1, 'emotions', 0, 'source'], 's9', 'touchpoints[1].emotions[0].source', 'unknown source "s9"'],
      [
        ['touchpoints', 1, 'quotes', 1, 'persona'],
        'carol',
        'touchpoints[1].quotes[1].persona',
        'unknown persona "carol"',
      ],
      [['touchpoints', 1, 'quotes', 1, 'source'], 's9', 'touchpoints[1].quotes[1].source', 'unknown source "s9"'],
      [['touchpoints', 1, 'metrics', 1, 'source'], 's9', 'touchpoints[1].metrics[1].source', 'unknown source "s9"'],
      [['touchpoints', 1, 'nps', 'persona'], 'carol', 'touchpoints[1].nps.persona', 'unknown persona "carol"'],
      [['touchpoints', 1, 'nps', 'source'], 's9', 'touchpoints[1].nps.source', 'unknown source "s9"'],
      [['transitions', 1, 'from'], 't9', 'transitions[1].from', 'unknown touchpoint "t9"'],
      [['transitions', 1, 'to'], 't9', 'transitions[1].to', 'unknown touchpoint "t9"'],
    ];
    for (const [at, value, path, message] of rows) {
      it(`${path}: ${message}`, () => {
        expect(triples(issuesOf(setAt(fourSteps(), at, value)))).to.deep.equal([[path, 'unknown_reference', message]]);
      });
    }

    it('the example of the model document: touchpoints[3].phase: unknown phase "buy"', () => {
      const doc = fourSteps();
      doc.phases = doc.phases.filter((p: Doc) => p.id !== 'buy');
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[2].phase', 'unknown_reference', 'unknown phase "buy"'],
        ['touchpoints[3].phase', 'unknown_reference', 'unknown phase "buy"'],
      ]);
    });

    it('references inside an NPS time series are checked per entry', () => {
      const doc = fourSteps();
      doc.touchpoints[1].nps = [
        { promoters: 1, passives: 1, detractors: 1, persona: 'a' },
        { promoters: 1, passives: 1, detractors: 1, persona: 'zed', source: 'nope' },
      ];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[1].nps[1].persona', 'unknown_reference', 'unknown persona "zed"'],
        ['touchpoints[1].nps[1].source', 'unknown_reference', 'unknown source "nope"'],
      ]);
    });

    it('ids are case-sensitive', () => {
      expect(triples(issuesOf(setAt(fourSteps(), ['touchpoints', 0, 'phase'], 'Orient')))).to.deep.equal([
        ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "Orient"'],
      ]);
    });

    it('a journey without personas, sources or channels resolves none of them', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].emotions = [{ score: 1, persona: 'a', source: 's' }];
      doc.touchpoints[0].channel = 'adviser';
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].channel', 'unknown_reference', 'unknown channel "adviser"'],
        ['touchpoints[0].emotions[0].persona', 'unknown_reference', 'unknown persona "a"'],
        ['touchpoints[0].emotions[0].source', 'unknown_reference', 'unknown source "s"'],
      ]);
    });
  });

  describe('channels', () => {
    for (const channel of WELL_KNOWN_CHANNELS) {
      it(`the well-known channel "${channel}" needs no definition`, () => {
        const doc = minimalJourney();
        doc.touchpoints[0].channel = channel;
        expect(parseJourney(doc).ok).to.equal(true);
      });
    }

    it('lists exactly the 14 well-known channels of the model', () => {
      expect([...WELL_KNOWN_CHANNELS]).to.deep.equal([
        'web',
        'app',
        'email',
        'phone',
        'chat',
        'chatbot',
        'letter',
        'branch',
        'intermediary',
        'social',
        'comparison-site',
        'video',
        'sms',
        'post',
      ]);
    });

    it('a defined channel may reuse a well-known id', () => {
      const doc = minimalJourney();
      doc.channels = [{ id: 'web', label: 'Our website', kind: 'digital' }];
      doc.touchpoints[0].channel = 'web';
      expect(parseJourney(doc).ok).to.equal(true);
    });

    it('well-known ids are matched exactly', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].channel = 'Web';
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].channel', 'unknown_reference', 'unknown channel "Web"'],
      ]);
    });
  });

  describe('transitions', () => {
    it('to: null is a drop-off and needs no touchpoint', () => {
      const doc = minimalJourney();
      doc.transitions = [{ from: 't', to: null, count: 12 }];
      expect(parseJourney(doc).ok).to.equal(true);
    });

    it('both ends unknown are both reported', () => {
      const doc = minimalJourney();
      doc.transitions = [{ from: 'x', to: 'y', count: 1 }];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['transitions[0].from', 'unknown_reference', 'unknown touchpoint "x"'],
        ['transitions[0].to', 'unknown_reference', 'unknown touchpoint "y"'],
      ]);
    });

    it('a transition may not point at a phase id', () => {
      const doc = minimalJourney();
      doc.transitions = [{ from: 't', to: 'p', count: 1 }];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['transitions[0].to', 'unknown_reference', 'unknown touchpoint "p"'],
      ]);
    });
  });

  describe('duplicate ids name both paths', () => {
    const rows: Array<[string, (doc: Doc) => void, Array<[string, string, string]>]> = [
      [
        'phases',
        (doc) => doc.phases.push({ id: 'orient', label: 'Again' }),
        [['phases[2].id', 'duplicate_id', 'duplicate phase id "orient": also used at phases[0].id']],
      ],
      [
        'personas',
        (doc) => (doc.personas[1].id = 'a'),
        [['personas[1].id', 'duplicate_id', 'duplicate persona id "a": also used at personas[0].id']],
      ],
      [
        'channels',
        (doc) => (doc.channels[1].id = 'adviser'),
        [['channels[1].id', 'duplicate_id', 'duplicate channel id "adviser": also used at channels[0].id']],
      ],
      [
        'sources',
        (doc) => (doc.sources[1].id = 's1'),
        [['sources[1].id', 'duplicate_id', 'duplicate source id "s1": also used at sources[0].id']],
      ],
      [
        'touchpoints',
        (doc) => (doc.touchpoints[1].id = 't1'),
        [['touchpoints[1].id', 'duplicate_id', 'duplicate touchpoint id "t1": also used at touchpoints[0].id']],
      ],
      [
        'metrics within a touchpoint',
        (doc) => (doc.touchpoints[1].metrics[1].id = 'm1'),
        [
          [
            'touchpoints[1].metrics[1].id',
            'duplicate_id',
            'duplicate metric id "m1": also used at touchpoints[1].metrics[0].id',
          ],
        ],
      ],
      [
        'three times: each repeat names the first',
        (doc) => doc.touchpoints.push({ id: 't1', phase: 'buy', label: 'X' }, { id: 't1', phase: 'buy', label: 'Y' }),
        [
          ['touchpoints[2].id', 'duplicate_id', 'duplicate touchpoint id "t1": also used at touchpoints[0].id'],
          ['touchpoints[3].id', 'duplicate_id', 'duplicate touchpoint id "t1": also used at touchpoints[0].id'],
        ],
      ],
    ];
    for (const [name, change, expected] of rows) {
      it(name, () => {
        const doc = fullJourney();
        change(doc);
        expect(triples(issuesOf(doc))).to.deep.equal(expected);
      });
    }

    it('the same id in different lists is fine (phase "x", touchpoint "x", persona "x")', () => {
      const doc = minimalJourney();
      doc.phases[0].id = 'x';
      doc.touchpoints[0] = { id: 'x', phase: 'x', label: 'T', emotions: [{ score: 0, persona: 'x' }] };
      doc.personas = [{ id: 'x', name: 'X' }];
      expect(parseJourney(doc).ok).to.equal(true);
    });

    it('the same metric id at two touchpoints is fine', () => {
      expect(fullJourney().touchpoints[0].metrics[0].id).to.equal(fullJourney().touchpoints[1].metrics[0].id);
      expect(parseJourney(fullJourney()).ok).to.equal(true);
    });
  });

  it('reference problems come together with shape problems', () => {
    const doc = minimalJourney();
    doc.title = '';
    doc.touchpoints[0].phase = 'nowhere';
    expect(triples(issuesOf(doc))).to.deep.equal([
      ['title', 'invalid_value', 'must not be empty'],
      ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "nowhere"'],
    ]);
  });
});
