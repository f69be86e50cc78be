import { expect } from '@open-wc/testing';
import { parseJourney } from '../../src/model/index.js';
import {
  type Doc,
  type Path,
  ID_RULE,
  deleteAt,
  failureOf,
  fullJourney,
  issuesOf,
  minimalJourney,
  setAt,
  triples,
} from './journeys.js';

type Triple = [string, string, string];

const TEXT = 'must be text, not a number';
const NUMBER = 'must be a finite number, not text';
const LIST = 'must be a list, not an object';
const OBJECT = 'must be an object, not a list';

/** Sets `value` at `path` in the full journey and returns its issues as triples. */
function breakFull(path: Path, value: unknown): Triple[] {
  return triples(issuesOf(setAt(fullJourney(), path, value)));
}

function valid(doc: Doc): boolean {
  return parseJourney(doc).ok;
}

describe('parseJourney: shape of every field', () => {
  describe('wrong type', () => {
    // [path in the full journey, wrong value, expected path, expected message]
    const rows: Array<[Path, unknown, string, string]> = [
      // text
      [['title'], 42, 'title', TEXT],
      [['goal'], 42, 'goal', TEXT],
      [['start'], 42, 'start', TEXT],
      [['end'], 42, 'end', TEXT],
      [['locale'], 42, 'locale', TEXT],
      [['personas', 1, 'name'], 42, 'personas[1].name', TEXT],
      [['personas', 1, 'description'], 42, 'personas[1].description', TEXT],
      [['personas', 1, 'segment', 'income'], 42, 'personas[1].segment.income', TEXT],
      [['personas', 1, 'color'], 42, 'personas[1].color', TEXT],
      [['channels', 1, 'label'], 42, 'channels[1].label', TEXT],
      [['phases', 1, 'label'], 42, 'phases[1].label', TEXT],
      [['phases', 1, 'description'], 42, 'phases[1].description', TEXT],
      [['touchpoints', 1, 'label'], 42, 'touchpoints[1].label', TEXT],
      [['touchpoints', 1, 'description'], 42, 'touchpoints[1].description', TEXT],
      [['touchpoints', 1, 'actor'], 42, 'touchpoints[1].actor', TEXT],
      [['touchpoints', 1, 'duration'], 42, 'touchpoints[1].duration', TEXT],
      [['touchpoints', 1, 'emotions', 1, 'label'], 42, 'touchpoints[1].emotions[1].label', TEXT],
      [['touchpoints', 1, 'emotions', 1, 'note'], 42, 'touchpoints[1].emotions[1].note', TEXT],
      [['touchpoints', 1, 'momentOfTruth', 'note'], 42, 'touchpoints[1].momentOfTruth.note', TEXT],
      [['touchpoints', 1, 'painPoints', 1], 42, 'touchpoints[1].painPoints[1]', TEXT],
      [['touchpoints', 1, 'opportunities', 1], 42, 'touchpoints[1].opportunities[1]', TEXT],
      [['touchpoints', 1, 'quotes', 1, 'text'], 42, 'touchpoints[1].quotes[1].text', TEXT],
      [['touchpoints', 1, 'metrics', 1, 'label'], 42, 'touchpoints[1].metrics[1].label', TEXT],
      [['touchpoints', 1, 'metrics', 1, 'unit'], 42, 'touchpoints[1].metrics[1].unit', TEXT],
      [['touchpoints', 1, 'metrics', 1, 'period'], 42, 'touchpoints[1].metrics[1].period', TEXT],
      [['touchpoints', 1, 'nps', 'period'], 42, 'touchpoints[1].nps.period', TEXT],
      [['touchpoints', 1, 'links', 1, 'label'], 42, 'touchpoints[1].links[1].label', TEXT],
      [['touchpoints', 1, 'links', 1, 'href'], 42, 'touchpoints[1].links[1].href', TEXT],
      [['transitions', 1, 'label'], 42, 'transitions[1].label', TEXT],
      [['sources', 1, 'label'], 42, 'sources[1].label', TEXT],
      [['sources', 1, 'date'], 42, 'sources[1].date', TEXT],
      // ids and references
      [['id'], 42, 'id', TEXT],
      [['extends'], 42, 'extends', TEXT],
      [['personas', 1, 'id'], 42, 'personas[1].id', TEXT],
      [['channels', 1, 'id'], 42, 'channels[1].id', TEXT],
      [['phases', 1, 'id'], 42, 'phases[1].id', TEXT],
      [['touchpoints', 1, 'id'], 42, 'touchpoints[1].id', TEXT],
      [['touchpoints', 1, 'phase'], 42, 'touchpoints[1].phase', TEXT],
      [['touchpoints', 1, 'channel'], 42, 'touchpoints[1].channel', TEXT],
      [['touchpoints', 1, 'emotions', 1, 'persona'], 42, 'touchpoints[1].emotions[1].persona', TEXT],
      [['touchpoints', 1, 'emotions', 1, 'source'], 42, 'touchpoints[1].emotions[1].source', TEXT],
      [['touchpoints', 1, 'quotes', 1, 'persona'], 42, 'touchpoints[1].quotes[1].persona', TEXT],
      [['touchpoints', 1, 'quotes', 1, 'source'], 42, 'touchpoints[1].quotes[1].source', TEXT],
      [['touchpoints', 1, 'metrics', 1, 'id'], 42, 'touchpoints[1].metrics[1].id', TEXT],
      [['touchpoints', 1, 'metrics', 1, 'source'], 42, 'touchpoints[1].metrics[1].source', TEXT],
      [['touchpoints', 1, 'nps', 'persona'], 42, 'touchpoints[1].nps.persona', TEXT],
      [['touchpoints', 1, 'nps', 'source'], 42, 'touchpoints[1].nps.source', TEXT],
      [['transitions', 1, 'from'], 42, 'transitions[1].from', TEXT],
      [['transitions', 1, 'to'], 42, 'transitions[1].to', TEXT],
      [['sources', 1, 'id'], 42, 'sources[1].id', TEXT],
      // numbers
      [['touchpoints', 1, 'emotions', 1, 'score'], 'x', 'touchpoints[1].emotions[1].score', NUMBER],
      [['touchpoints', 1, 'emotions', 1, 'intensity'], 'x', 'touchpoints[1].emotions[1].intensity', NUMBER],
      [['touchpoints', 1, 'metrics', 1, 'value'], 'x', 'touchpoints[1].metrics[1].value', NUMBER],
      [['touchpoints', 1, 'metrics', 1, 'target'], 'x', 'touchpoints[1].metrics[1].target', NUMBER],
      [['touchpoints', 1, 'nps', 'target'], 'x', 'touchpoints[1].nps.target', NUMBER],
      [['touchpoints', 1, 'nps', 'distribution', 4], 'x', 'touchpoints[1].nps.distribution[4]', NUMBER],
      [['touchpoints', 0, 'nps', 'promoters'], 'x', 'touchpoints[0].nps.promoters', NUMBER],
      [['touchpoints', 0, 'nps', 'passives'], true, 'touchpoints[0].nps.passives', 'must be a finite number, not true'],
      [
        ['touchpoints', 0, 'nps', 'detractors'],
        null,
        'touchpoints[0].nps.detractors',
        'must be a finite number, not null',
      ],
      [['transitions', 1, 'count'], 'x', 'transitions[1].count', NUMBER],
      [['sources', 1, 'n'], 'x', 'sources[1].n', NUMBER],
      // lists
      [['touchpoints', 1, 'emotions'], {}, 'touchpoints[1].emotions', LIST],
      [['touchpoints', 1, 'painPoints'], {}, 'touchpoints[1].painPoints', LIST],
      [['touchpoints', 1, 'opportunities'], {}, 'touchpoints[1].opportunities', LIST],
      [['touchpoints', 1, 'quotes'], {}, 'touchpoints[1].quotes', LIST],
      [['touchpoints', 1, 'metrics'], {}, 'touchpoints[1].metrics', LIST],
      [['touchpoints', 1, 'links'], {}, 'touchpoints[1].links', LIST],
      [
        ['touchpoints', 1, 'nps', 'distribution'],
        'eleven',
        'touchpoints[1].nps.distribution',
        'must be a list, not text',
      ],
      // objects
      [['personas', 1], [], 'personas[1]', OBJECT],
      [['personas', 1, 'segment'], [], 'personas[1].segment', OBJECT],
      [['channels', 1], [], 'channels[1]', OBJECT],
      [['phases', 1], [], 'phases[1]', OBJECT],
      [['touchpoints', 1], [], 'touchpoints[1]', OBJECT],
      [['touchpoints', 1, 'emotions', 1], [], 'touchpoints[1].emotions[1]', OBJECT],
      [['touchpoints', 1, 'momentOfTruth'], [], 'touchpoints[1].momentOfTruth', OBJECT],
      [['touchpoints', 1, 'quotes', 1], [], 'touchpoints[1].quotes[1]', OBJECT],
      [['touchpoints', 1, 'metrics', 1], [], 'touchpoints[1].metrics[1]', OBJECT],
      [['touchpoints', 1, 'nps'], 42, 'touchpoints[1].nps', 'must be an object, not a number'],
      [['touchpoints', 1, 'links', 1], [], 'touchpoints[1].links[1]', OBJECT],
      [['transitions', 1], [], 'transitions[1]', OBJECT],
      [['sources', 1], [], 'sources[1]', OBJECT],
      [['personas', 1, 'name'], null, 'personas[1].name', 'must be text, not null'],
    ];
    for (const [at, value, path, message] of rows) {
      it(`${path} = ${JSON.stringify(value)}`, () => {
        expect(breakFull(at, value)).to.deep.equal([[path, 'invalid_type', message]]);
      });
    }

    it('top-level lists of the minimal journey: each one reported', () => {
      for (const key of ['personas', 'channels', 'transitions', 'sources']) {
        expect(triples(issuesOf({ ...minimalJourney(), [key]: {} })), key).to.deep.equal([[key, 'invalid_type', LIST]]);
      }
    });

    it('phases that are not a list also leave every phase reference unresolved', () => {
      expect(breakFull(['phases'], {})).to.deep.equal([
        ['phases', 'invalid_type', LIST],
        ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "orient"'],
        ['touchpoints[1].phase', 'unknown_reference', 'unknown phase "orient"'],
      ]);
    });

    it('touchpoints that are not a list also leave every transition end unresolved', () => {
      expect(breakFull(['touchpoints'], 'all of them')).to.deep.equal([
        ['touchpoints', 'invalid_type', 'must be a list, not text'],
        ['transitions[0].from', 'unknown_reference', 'unknown touchpoint "t1"'],
        ['transitions[0].to', 'unknown_reference', 'unknown touchpoint "t1"'],
        ['transitions[1].from', 'unknown_reference', 'unknown touchpoint "t1"'],
      ]);
    });
  });

  describe('missing required fields', () => {
    const rows: Array<[Path, string]> = [
      [['version'], 'version'],
      [['id'], 'id'],
      [['title'], 'title'],
      [['personas', 1, 'id'], 'personas[1].id'],
      [['personas', 1, 'name'], 'personas[1].name'],
      [['channels', 1, 'id'], 'channels[1].id'],
      [['channels', 1, 'label'], 'channels[1].label'],
      [['phases', 1, 'id'], 'phases[1].id'],
      [['phases', 1, 'label'], 'phases[1].label'],
      [['touchpoints', 1, 'id'], 'touchpoints[1].id'],
      [['touchpoints', 1, 'phase'], 'touchpoints[1].phase'],
      [['touchpoints', 1, 'label'], 'touchpoints[1].label'],
      [['touchpoints', 1, 'emotions', 1, 'score'], 'touchpoints[1].emotions[1].score'],
      [['touchpoints', 1, 'momentOfTruth', 'kind'], 'touchpoints[1].momentOfTruth.kind'],
      [['touchpoints', 1, 'quotes', 1, 'text'], 'touchpoints[1].quotes[1].text'],
      [['touchpoints', 1, 'metrics', 1, 'id'], 'touchpoints[1].metrics[1].id'],
      [['touchpoints', 1, 'metrics', 1, 'label'], 'touchpoints[1].metrics[1].label'],
      [['touchpoints', 1, 'metrics', 1, 'value'], 'touchpoints[1].metrics[1].value'],
      [['touchpoints', 1, 'links', 1, 'label'], 'touchpoints[1].links[1].label'],
      [['touchpoints', 1, 'links', 1, 'href'], 'touchpoints[1].links[1].href'],
      [['touchpoints', 0, 'nps', 'detractors'], 'touchpoints[0].nps.detractors'],
      [['transitions', 1, 'from'], 'transitions[1].from'],
      [['transitions', 1, 'to'], 'transitions[1].to'],
      [['transitions', 1, 'count'], 'transitions[1].count'],
      [['sources', 1, 'id'], 'sources[1].id'],
      [['sources', 1, 'kind'], 'sources[1].kind'],
      [['sources', 1, 'label'], 'sources[1].label'],
    ];
    for (const [at, path] of rows) {
      it(path, () => {
        expect(triples(issuesOf(deleteAt(fullJourney(), at)))).to.deep.equal([[path, 'missing', 'is required']]);
      });
    }

    it('phases missing also leaves the phase references unresolved', () => {
      expect(triples(issuesOf(deleteAt(fullJourney(), ['phases'])))).to.deep.equal([
        ['phases', 'missing', 'is required'],
        ['touchpoints[0].phase', 'unknown_reference', 'unknown phase "orient"'],
        ['touchpoints[1].phase', 'unknown_reference', 'unknown phase "orient"'],
      ]);
    });

    it('touchpoints missing is reported', () => {
      expect(triples(issuesOf(deleteAt(minimalJourney(), ['touchpoints'])))).to.deep.equal([
        ['touchpoints', 'missing', 'is required'],
      ]);
    });

    it('an empty phases list is rejected: a journey needs at least one phase', () => {
      expect(triples(issuesOf({ ...minimalJourney(), phases: [], touchpoints: [] }))).to.deep.equal([
        ['phases', 'invalid_value', 'must not be empty'],
      ]);
    });

    it('optional fields may all be absent (the minimal journey)', () => {
      expect(valid(minimalJourney())).to.equal(true);
    });
  });

  describe('unknown keys, at every level', () => {
    const rows: Array<[Path, string]> = [
      [[], ''],
      [['personas', 1], 'personas[1]'],
      [['channels', 1], 'channels[1]'],
      [['phases', 1], 'phases[1]'],
      [['touchpoints', 1], 'touchpoints[1]'],
      [['touchpoints', 1, 'emotions', 1], 'touchpoints[1].emotions[1]'],
      [['touchpoints', 1, 'momentOfTruth'], 'touchpoints[1].momentOfTruth'],
      [['touchpoints', 1, 'quotes', 1], 'touchpoints[1].quotes[1]'],
      [['touchpoints', 1, 'metrics', 1], 'touchpoints[1].metrics[1]'],
      [['touchpoints', 0, 'nps'], 'touchpoints[0].nps'],
      [['touchpoints', 1, 'nps'], 'touchpoints[1].nps'],
      [['touchpoints', 1, 'links', 1], 'touchpoints[1].links[1]'],
      [['transitions', 1], 'transitions[1]'],
      [['sources', 1], 'sources[1]'],
    ];
    for (const [at, path] of rows) {
      it(`${path || '(document)'}.colour`, () => {
        const doc = fullJourney();
        setAt(doc, [...at, 'colour'], 'red');
        const expectedPath = path === '' ? 'colour' : `${path}.colour`;
        expect(triples(issuesOf(doc))).to.deep.equal([[expectedPath, 'unknown_key', 'unknown field "colour"']]);
      });
    }

    it('an NPS time series entry with an unknown key', () => {
      const doc = fullJourney();
      doc.touchpoints[0].nps = [{ promoters: 1, passives: 2, detractors: 3, when: 'now' }];
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].nps[0].when', 'unknown_key', 'unknown field "when"'],
      ]);
    });

    it('names a key that is not an identifier in brackets', () => {
      expect(triples(issuesOf({ ...minimalJourney(), 'my key': 1 }))).to.deep.equal([
        ['["my key"]', 'unknown_key', 'unknown field "my key"'],
      ]);
    });

    it('a misspelt field is unknown, not ignored', () => {
      expect(triples(issuesOf({ ...minimalJourney(), touchpoint: [] }))).to.deep.equal([
        ['touchpoint', 'unknown_key', 'unknown field "touchpoint"'],
      ]);
    });

    it('a persona segment takes free keys', () => {
      const doc = fullJourney();
      doc.personas[1].segment = { region: 'north', 'any key at all': 'value' };
      expect(valid(doc)).to.equal(true);
    });
  });

  describe('enumerations', () => {
    const rows: Array<[Path, unknown, string, string]> = [
      [['kind'], 'Generic', 'kind', 'must be one of "generic", "specific", not "Generic"'],
      [['kind'], 42, 'kind', 'must be one of "generic", "specific", not 42'],
      [
        ['channels', 1, 'kind'],
        'robot',
        'channels[1].kind',
        'must be one of "digital", "human", "physical", "partner", not "robot"',
      ],
      [
        ['touchpoints', 1, 'momentOfTruth', 'kind'],
        'meh',
        'touchpoints[1].momentOfTruth.kind',
        'must be one of "make-or-break", "wow", "critical", not "meh"',
      ],
      [
        ['touchpoints', 1, 'metrics', 1, 'better'],
        'more',
        'touchpoints[1].metrics[1].better',
        'must be one of "higher", "lower", not "more"',
      ],
      [
        ['sources', 1, 'kind'],
        'blog',
        'sources[1].kind',
        'must be one of "interview", "survey", "analytics", "process-mining", "market-research", "workshop", "other", not "blog"',
      ],
    ];
    for (const [at, value, path, message] of rows) {
      it(`${path} = ${JSON.stringify(value)}`, () => {
        expect(breakFull(at, value)).to.deep.equal([[path, 'invalid_value', message]]);
      });
    }

    it('accepts every value of every enumeration', () => {
      const cases: Array<[Path, string[]]> = [
        [['kind'], ['generic', 'specific']],
        [
          ['channels', 1, 'kind'],
          ['digital', 'human', 'physical', 'partner'],
        ],
        [
          ['touchpoints', 1, 'momentOfTruth', 'kind'],
          ['make-or-break', 'wow', 'critical'],
        ],
        [
          ['touchpoints', 1, 'metrics', 1, 'better'],
          ['higher', 'lower'],
        ],
        [
          ['sources', 1, 'kind'],
          ['interview', 'survey', 'analytics', 'process-mining', 'market-research', 'workshop', 'other'],
        ],
      ];
      for (const [at, values] of cases) {
        for (const value of values)
          expect(valid(setAt(fullJourney(), at, value)), `${at.join('.')}=${value}`).to.equal(true);
      }
    });

    it('an emotion label is free text: known and unknown labels are both accepted', () => {
      for (const label of ['joy', 'confidence', 'hopeful', 'Vertrouwen']) {
        expect(valid(setAt(fullJourney(), ['touchpoints', 1, 'emotions', 1, 'label'], label)), label).to.equal(true);
      }
    });
  });

  describe('format version', () => {
    const rows: Array<[unknown, string]> = [
      [2, 'unsupported format version 2: this klantreis reads version 1'],
      [0, 'unsupported format version 0: this klantreis reads version 1'],
      [1.5, 'unsupported format version 1.5: this klantreis reads version 1'],
      ['1', 'unsupported format version "1": this klantreis reads version 1'],
      [null, 'unsupported format version null: this klantreis reads version 1'],
    ];
    for (const [version, message] of rows) {
      it(`version ${JSON.stringify(version)} → unsupported_version`, () => {
        expect(triples(issuesOf({ ...minimalJourney(), version }))).to.deep.equal([
          ['version', 'unsupported_version', message],
        ]);
      });
    }

    it('version 1 (also written 1.0 in JSON) is accepted', () => {
      expect(valid({ ...minimalJourney(), version: 1 })).to.equal(true);
      expect(parseJourney(JSON.stringify(minimalJourney()).replace('"version":1', '"version":1.0')).ok).to.equal(true);
    });

    it('a missing version is reported as missing, not as an odd version', () => {
      expect(triples(issuesOf(deleteAt(minimalJourney(), ['version'])))).to.deep.equal([
        ['version', 'missing', 'is required'],
      ]);
    });
  });

  describe('id grammar', () => {
    const goodIds = ['a', 'A', '0', 'a-b', 'a_b', 'a.b', 'a:b', 'Mortgage-2026.Q3:v1', 'a'.repeat(64)];
    for (const id of goodIds) {
      it(`accepts ${JSON.stringify(id.length > 20 ? `${id.slice(0, 8)}…(${id.length})` : id)}`, () => {
        expect(valid({ ...minimalJourney(), id })).to.equal(true);
        const doc = minimalJourney();
        doc.phases[0].id = id;
        doc.touchpoints[0].phase = id;
        expect(valid(doc)).to.equal(true);
      });
    }

    const badIds = ['a b', 'café', 'a/b', 'a#b', '<script>', 'a,b', ' a', 'a\n', 'ａ'];
    for (const id of badIds) {
      it(`rejects ${JSON.stringify(id)}`, () => {
        expect(triples(issuesOf({ ...minimalJourney(), id }))).to.deep.equal([
          ['id', 'invalid_id', `${JSON.stringify(id)} ${ID_RULE}`],
        ]);
      });
    }

    it('rejects an empty id once, as empty', () => {
      expect(triples(issuesOf({ ...minimalJourney(), id: '' }))).to.deep.equal([
        ['id', 'invalid_value', 'must not be empty'],
      ]);
    });

    it('rejects an id of 65 characters as too long', () => {
      expect(triples(issuesOf({ ...minimalJourney(), id: 'a'.repeat(65) }))).to.deep.equal([
        ['id', 'too_long', 'is longer than 64 characters'],
      ]);
    });

    it('checks the grammar of references too', () => {
      expect(breakFull(['extends'], 'generic product')).to.deep.equal([
        ['extends', 'invalid_id', `"generic product" ${ID_RULE}`],
      ]);
    });
  });

  describe('string length limits', () => {
    // [path, longest accepted length, message when one longer]
    const rows: Array<[Path, number, string, string]> = [
      [['title'], 500, 'title', 'is longer than 500 characters'],
      [['goal'], 10_000, 'goal', 'is longer than 10,000 characters'],
      [['personas', 1, 'name'], 500, 'personas[1].name', 'is longer than 500 characters'],
      [['personas', 1, 'segment', 'income'], 500, 'personas[1].segment.income', 'is longer than 500 characters'],
      [['phases', 1, 'label'], 500, 'phases[1].label', 'is longer than 500 characters'],
      [['touchpoints', 1, 'label'], 500, 'touchpoints[1].label', 'is longer than 500 characters'],
      [['touchpoints', 1, 'description'], 10_000, 'touchpoints[1].description', 'is longer than 10,000 characters'],
      [['touchpoints', 1, 'actor'], 500, 'touchpoints[1].actor', 'is longer than 500 characters'],
      [['touchpoints', 1, 'painPoints', 0], 10_000, 'touchpoints[1].painPoints[0]', 'is longer than 10,000 characters'],
      [
        ['touchpoints', 1, 'quotes', 1, 'text'],
        10_000,
        'touchpoints[1].quotes[1].text',
        'is longer than 10,000 characters',
      ],
      [
        ['touchpoints', 1, 'emotions', 1, 'note'],
        10_000,
        'touchpoints[1].emotions[1].note',
        'is longer than 10,000 characters',
      ],
      [
        ['touchpoints', 1, 'metrics', 1, 'unit'],
        500,
        'touchpoints[1].metrics[1].unit',
        'is longer than 500 characters',
      ],
      [['sources', 1, 'label'], 500, 'sources[1].label', 'is longer than 500 characters'],
    ];
    for (const [at, max, path, message] of rows) {
      it(`${path}: ${max} characters accepted, ${max + 1} rejected`, () => {
        expect(valid(setAt(fullJourney(), at, 'x'.repeat(max)))).to.equal(true);
        expect(breakFull(at, 'x'.repeat(max + 1))).to.deep.equal([[path, 'too_long', message]]);
      });
    }

    it('a link address may be 2,048 characters', () => {
      const at = ['touchpoints', 1, 'links', 1, 'href'];
      expect(valid(setAt(fullJourney(), at, `https://x.nl/${'a'.repeat(2048 - 13)}`))).to.equal(true);
      expect(breakFull(at, `https://x.nl/${'a'.repeat(2048 - 12)}`)).to.deep.equal([
        ['touchpoints[1].links[1].href', 'too_long', 'is longer than 2,048 characters'],
      ]);
    });

    it('a segment key may be 500 characters', () => {
      const doc = fullJourney();
      doc.personas[1].segment = { ['k'.repeat(500)]: 'v' };
      expect(valid(doc)).to.equal(true);
      doc.personas[1].segment = { ['k'.repeat(501)]: 'v' };
      expect(triples(issuesOf(doc))).to.deep.equal([
        [`personas[1].segment.${'k'.repeat(501)}`, 'too_long', 'this key is longer than 500 characters'],
      ]);
    });

    it('a segment has at most 50 keys', () => {
      const doc = fullJourney();
      doc.personas[1].segment = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
      expect(valid(doc)).to.equal(true);
      doc.personas[1].segment.k50 = 'v';
      expect(triples(issuesOf(doc))).to.deep.equal([['personas[1].segment', 'too_many', 'has more than 50 keys']]);
    });

    it('required text may not be empty; optional text may', () => {
      expect(breakFull(['title'], '')).to.deep.equal([['title', 'invalid_value', 'must not be empty']]);
      expect(breakFull(['touchpoints', 1, 'label'], '')).to.deep.equal([
        ['touchpoints[1].label', 'invalid_value', 'must not be empty'],
      ]);
      expect(valid(setAt(fullJourney(), ['goal'], ''))).to.equal(true);
      expect(valid(setAt(fullJourney(), ['touchpoints', 1, 'description'], ''))).to.equal(true);
    });

    it('lists have their limits: 500 emotions at one touchpoint, not 501', () => {
      const doc = minimalJourney();
      doc.touchpoints[0].emotions = Array.from({ length: 500 }, () => ({ score: 0 }));
      expect(valid(doc)).to.equal(true);
      doc.touchpoints[0].emotions.push({ score: 0 });
      expect(triples(issuesOf(doc))).to.deep.equal([
        ['touchpoints[0].emotions', 'too_many', 'has more than 500 items'],
      ]);
      expect(failureOf(doc)).to.equal('LIMIT');
    });
  });

  describe('NPS', () => {
    const at = (doc: Doc, nps: unknown) => setAt(doc, ['touchpoints', 1, 'nps'], nps);
    const ZEROS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    it('counts alone are valid', () => {
      expect(valid(at(fullJourney(), { promoters: 10, passives: 5, detractors: 2 }))).to.equal(true);
    });

    it('a distribution of 11 alone is valid', () => {
      expect(valid(at(fullJourney(), { distribution: ZEROS }))).to.equal(true);
    });

    it('both counts and a distribution: rejected, saying so', () => {
      expect(
        triples(issuesOf(at(fullJourney(), { promoters: 1, passives: 1, detractors: 1, distribution: ZEROS }))),
      ).to.deep.equal([['touchpoints[1].nps', 'invalid_value', 'NPS takes either counts or a distribution, not both']]);
    });

    it('neither counts nor a distribution: rejected, saying what is needed', () => {
      expect(triples(issuesOf(at(fullJourney(), { period: '2026-Q3' })))).to.deep.equal([
        [
          'touchpoints[1].nps',
          'missing',
          'NPS needs either promoters, passives and detractors, or a distribution of 11 counts',
        ],
      ]);
    });

    it('counts with one missing name the missing one', () => {
      expect(triples(issuesOf(at(fullJourney(), { promoters: 1, detractors: 1 })))).to.deep.equal([
        ['touchpoints[1].nps.passives', 'missing', 'is required'],
      ]);
    });

    for (const length of [0, 10, 12]) {
      it(`a distribution of ${length} answers is rejected (a shape rule, not a limit)`, () => {
        const doc = at(fullJourney(), { distribution: Array.from({ length }, () => 1) });
        expect(triples(issuesOf(doc))).to.deep.equal([
          ['touchpoints[1].nps.distribution', 'invalid_value', 'must have exactly 11 items'],
        ]);
        expect(failureOf(doc)).to.equal('VALIDATION');
      });
    }

    const badCounts: Array<[unknown, string, string]> = [
      [-1, 'invalid_value', 'must be at least 0, not -1'],
      [2.5, 'invalid_type', 'must be a whole number, not 2.5'],
      [2 ** 53, 'invalid_value', 'must be at most 9007199254740991, not 9007199254740992'],
      [Number.NaN, 'invalid_type', 'must be a finite number, not NaN'],
      [Number.POSITIVE_INFINITY, 'invalid_type', 'must be a finite number, not Infinity'],
      ['3', 'invalid_type', 'must be a finite number, not text'],
    ];
    for (const [count, code, message] of badCounts) {
      it(`count ${String(count)} is rejected in counts and in a distribution`, () => {
        expect(triples(issuesOf(at(fullJourney(), { promoters: count, passives: 1, detractors: 1 })))).to.deep.equal([
          ['touchpoints[1].nps.promoters', code, message],
        ]);
        const distribution = [...ZEROS];
        distribution[9] = count as number;
        expect(triples(issuesOf(at(fullJourney(), { distribution })))).to.deep.equal([
          ['touchpoints[1].nps.distribution[9]', code, message],
        ]);
      });
    }

    it('the largest safe integer is a valid count', () => {
      expect(valid(at(fullJourney(), { promoters: Number.MAX_SAFE_INTEGER, passives: 0, detractors: 0 }))).to.equal(
        true,
      );
    });

    it('the NPS target lies between -100 and 100', () => {
      expect(valid(at(fullJourney(), { promoters: 1, passives: 1, detractors: 1, target: -100 }))).to.equal(true);
      expect(valid(at(fullJourney(), { promoters: 1, passives: 1, detractors: 1, target: 100 }))).to.equal(true);
      expect(
        triples(issuesOf(at(fullJourney(), { promoters: 1, passives: 1, detractors: 1, target: 101 }))),
      ).to.deep.equal([['touchpoints[1].nps.target', 'invalid_value', 'must be at most 100, not 101']]);
      expect(
        triples(issuesOf(at(fullJourney(), { promoters: 1, passives: 1, detractors: 1, target: -100.5 }))),
      ).to.deep.equal([['touchpoints[1].nps.target', 'invalid_value', 'must be at least -100, not -100.5']]);
    });

    it('an invalid entry of a time series is named by its index', () => {
      const series = [{ promoters: 1, passives: 1, detractors: 1 }, { distribution: [1, 2, 3] }];
      expect(triples(issuesOf(at(fullJourney(), series)))).to.deep.equal([
        ['touchpoints[1].nps[1].distribution', 'invalid_value', 'must have exactly 11 items'],
      ]);
    });
  });

  describe('emotion score and intensity', () => {
    const scoreAt = ['touchpoints', 1, 'emotions', 1, 'score'];
    for (const score of [-5, -4.5, 0, 0.25, 2.5, 5]) {
      it(`score ${score} is accepted`, () => {
        expect(valid(setAt(fullJourney(), scoreAt, score))).to.equal(true);
      });
    }
    const badScores: Array<[number, string]> = [
      [-5.01, 'must be at least -5, not -5.01'],
      [5.5, 'must be at most 5, not 5.5'],
      [6, 'must be at most 5, not 6'],
      [-100, 'must be at least -5, not -100'],
    ];
    for (const [score, message] of badScores) {
      it(`score ${score} is rejected`, () => {
        expect(breakFull(scoreAt, score)).to.deep.equal([
          ['touchpoints[1].emotions[1].score', 'invalid_value', message],
        ]);
      });
    }

    const intensityAt = ['touchpoints', 1, 'emotions', 1, 'intensity'];
    for (const intensity of [0, 0.5, 1]) {
      it(`intensity ${intensity} is accepted`, () => {
        expect(valid(setAt(fullJourney(), intensityAt, intensity))).to.equal(true);
      });
    }
    const badIntensities: Array<[number, string]> = [
      [-0.1, 'must be at least 0, not -0.1'],
      [1.01, 'must be at most 1, not 1.01'],
      [50, 'must be at most 1, not 50'],
    ];
    for (const [intensity, message] of badIntensities) {
      it(`intensity ${intensity} is rejected`, () => {
        expect(breakFull(intensityAt, intensity)).to.deep.equal([
          ['touchpoints[1].emotions[1].intensity', 'invalid_value', message],
        ]);
      });
    }
  });

  describe('ISO 8601 durations', () => {
    const durationAt = ['touchpoints', 1, 'duration'];
    for (const duration of ['PT15M', 'P3D', 'P1Y2M', 'P2W', 'P1DT2H', 'PT0.5S', 'PT1,5H', 'P1Y2M3W4DT5H6M7S', 'P0D']) {
      it(`${duration} is accepted`, () => {
        expect(valid(setAt(fullJourney(), durationAt, duration))).to.equal(true);
      });
    }
    for (const duration of [
      '',
      'P',
      'PT',
      'P1DT',
      '3D',
      'p3d',
      'P-1D',
      'PT15',
      '15M',
      'P1D ',
      ' P1D',
      'P1M2Y',
      'P1234567890D',
      'P1.D',
      'PT15M30',
    ]) {
      it(`${JSON.stringify(duration)} is rejected`, () => {
        expect(breakFull(durationAt, duration)).to.deep.equal([
          ['touchpoints[1].duration', 'invalid_value', 'not an ISO 8601 duration such as "PT15M", "P3D" or "P1Y2M"'],
        ]);
      });
    }
  });

  describe('locale tags (BCP 47)', () => {
    for (const locale of ['nl-NL', 'en-GB', 'en', 'nl', 'zh-Hant-TW', 'de-CH-1996', 'ar-EG', 'EN-gb']) {
      it(`${locale} is accepted`, () => {
        expect(valid(setAt(fullJourney(), ['locale'], locale))).to.equal(true);
      });
    }
    for (const locale of ['en_US', 'not a locale', '', 'nl-', '123', 'e', 'nl--NL']) {
      it(`${JSON.stringify(locale)} is rejected`, () => {
        expect(breakFull(['locale'], locale)).to.deep.equal([
          ['locale', 'invalid_value', 'not a BCP 47 language tag such as "nl-NL" or "en-GB"'],
        ]);
      });
    }
  });
});
