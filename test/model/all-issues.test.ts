import { expect } from '@open-wc/testing';
import { parseJourney } from '../../src/model/index.js';
import { failureOf, fullJourney, issuesOf, minimalJourney, triples } from './journeys.js';

describe('parseJourney reports all issues at once', () => {
  it('five distinct problems, five issues, in document order with references last', () => {
    const doc = minimalJourney();
    doc.version = 2;
    doc.title = '';
    doc.touchpoints[0].phase = 'buy';
    doc.touchpoints[0].emotions = [{ score: 7 }];
    doc.touchpoints[0].links = [{ label: 'Click', href: 'javascript:alert(1)' }];
    expect(triples(issuesOf(doc))).to.deep.equal([
      ['version', 'unsupported_version', 'unsupported format version 2: this klantreis reads version 1'],
      ['title', 'invalid_value', 'must not be empty'],
      ['touchpoints[0].emotions[0].score', 'invalid_value', 'must be at most 5, not 7'],
      ['touchpoints[0].links[0].href', 'invalid_url', 'links may use http:, https: or mailto:, not "javascript:"'],
      ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "buy"'],
    ]);
  });

  it('problems of the copy, of the shape and of references come together', () => {
    const doc = fullJourney();
    Object.defineProperty(doc.touchpoints[1], '__proto__', { value: {}, enumerable: true });
    doc.touchpoints[1].actor = () => 'adviser';
    doc.personas[1].color = 'url(x)';
    doc.sources[1].id = 's1';
    doc.touchpoints[1].quotes[1].persona = 'zed';
    doc.touchpoints[0].wrong = true;
    expect(triples(issuesOf(doc))).to.deep.equal([
      ['touchpoints[1].actor', 'not_data', 'a function is not JSON data'],
      ['touchpoints[1].__proto__', 'forbidden_key', 'the key "__proto__" is not allowed'],
      [
        'personas[1].color',
        'invalid_colour',
        'not a colour: use hex (#1f77b4), rgb()/hsl() with numbers, or a CSS colour name',
      ],
      ['touchpoints[0].wrong', 'unknown_key', 'unknown field "wrong"'],
      ['sources[1].id', 'duplicate_id', 'duplicate source id "s1": also used at sources[0].id'],
      ['touchpoints[1].quotes[1].persona', 'unknown_reference', 'unknown persona "zed"'],
    ]);
  });

  it('the same problem in many places is listed for each place', () => {
    const doc = minimalJourney();
    doc.touchpoints = [1, 2, 3].map((n) => ({ id: `t${n}`, phase: 'p', label: 'T', emotions: [{ score: 9 }] }));
    expect(triples(issuesOf(doc))).to.deep.equal([
      ['touchpoints[0].emotions[0].score', 'invalid_value', 'must be at most 5, not 9'],
      ['touchpoints[1].emotions[0].score', 'invalid_value', 'must be at most 5, not 9'],
      ['touchpoints[2].emotions[0].score', 'invalid_value', 'must be at most 5, not 9'],
    ]);
  });

  it('lists at most 500 issues, then says how many more there were', () => {
    const doc = minimalJourney();
    doc.touchpoints = Array.from({ length: 600 }, (_, i) => ({ id: `t${i}`, phase: 'nowhere', label: 'T' }));
    const issues = issuesOf(doc);
    expect(issues.length).to.equal(501);
    expect(triples(issues.slice(0, 2))).to.deep.equal([
      ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "nowhere"'],
      ['touchpoints[1].phase', 'unknown_reference', 'unknown phase "nowhere"'],
    ]);
    expect(triples(issues.slice(499))).to.deep.equal([
      ['touchpoints[499].phase', 'unknown_reference', 'unknown phase "nowhere"'],
      ['', 'truncated', 'and 100 more issues'],
    ]);
  });

  describe('the failure code', () => {
    it('VALIDATION for problems of content', () => {
      expect(failureOf({ ...minimalJourney(), title: '' })).to.equal('VALIDATION');
    });

    it('LIMIT wins over VALIDATION when a limit is also exceeded', () => {
      const doc = minimalJourney();
      doc.title = '';
      doc.touchpoints[0].painPoints = Array.from({ length: 501 }, () => 'slow');
      expect(failureOf(doc)).to.equal('LIMIT');
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['title', 'invalid_value', 'must not be empty'],
        ['touchpoints[0].painPoints', 'too_many', 'has more than 500 items'],
      ]);
    });

    it('PARSE for text that is not JSON', () => {
      expect(failureOf('{"version": 1,')).to.equal('PARSE');
    });

    it('a valid journey has no code and no issues', () => {
      const result = parseJourney(fullJourney());
      expect(Object.keys(result).sort()).to.deep.equal(['journey', 'ok']);
    });
  });
});
