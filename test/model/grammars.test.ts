/** The model's small grammars on their own: durations, colours, links, channels, paths. */
import { expect } from '@open-wc/testing';
import {
  durationSeconds,
  formatPath,
  isSafeColour,
  isWellKnownChannel,
  linkProblem,
  parseDuration,
} from '../../src/model/index.js';

describe('model grammars', () => {
  describe('parseDuration and durationSeconds', () => {
    const zero = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
    // [text, parts, seconds (a year is 365.25 days, a month 1/12 of that)]
    const rows: Array<[string, Partial<typeof zero>, number]> = [
      ['PT15M', { minutes: 15 }, 900],
      ['P3D', { days: 3 }, 259_200],
      ['P2W', { weeks: 2 }, 1_209_600],
      ['PT1H30M', { hours: 1, minutes: 30 }, 5_400],
      ['PT0.5S', { seconds: 0.5 }, 0.5],
      ['PT1,5H', { hours: 1.5 }, 5_400],
      ['P1Y', { years: 1 }, 31_557_600],
      ['P1M', { months: 1 }, 2_629_800],
      ['P1DT1S', { days: 1, seconds: 1 }, 86_401],
    ];
    for (const [text, parts, seconds] of rows) {
      it(`${text} = ${seconds} s`, () => {
        const parsed = parseDuration(text);
        expect(parsed).to.deep.equal({ ...zero, ...parts });
        expect(durationSeconds(parsed!)).to.equal(seconds);
      });
    }
    for (const text of ['', 'P', 'PT', 'P1DT', 'T1H', 'PT1D', 'P1H', `P${'1'.repeat(80)}D`, 'P1D\n']) {
      it(`${JSON.stringify(text.length > 20 ? `${text.slice(0, 10)}…` : text)} is not a duration`, () => {
        expect(parseDuration(text)).to.equal(null);
      });
    }
  });

  describe('isSafeColour', () => {
    const rows: Array<[string, boolean]> = [
      ['#fff', true],
      [' #fff ', true],
      ['rgb(0 0 0)', true],
      ['rgb(255, 0, 0, 50%)', true],
      ['hsl(1.5rad 10% 10% / .5)', true],
      ['white', true],
      ['WHITE', true],
      ['transparent', false],
      ['currentColor', false],
      ['rgb(0 0 0', false],
      ['rgb(0 0 0) red', false],
      ['hsl(120, 50, 50)', false],
      ['#fff;', false],
      [`#${'a'.repeat(64)}`, false],
      [`rgb(${' '.repeat(100)}0 0 0)`, false],
    ];
    for (const [value, safe] of rows) {
      it(`${JSON.stringify(value.length > 30 ? `${value.slice(0, 20)}…` : value)} → ${safe}`, () => {
        expect(isSafeColour(value)).to.equal(safe);
      });
    }

    it('a long near-miss is refused, and text over 64 characters never reaches a regular expression', () => {
      // Speed is the bench's; here the work is bounded: any input a pattern sees is ≤ 64 characters.
      const exec = RegExp.prototype.exec;
      const seen: number[] = [];
      RegExp.prototype.exec = function (this: RegExp, text: string) {
        seen.push(String(text).length);
        return exec.call(this, text);
      };
      try {
        expect(isSafeColour(`rgb(${'1'.repeat(60)}`)).to.equal(false);
        const short = seen.length;
        expect(short, 'patterns tried on the near-miss').to.be.above(0);
        expect(isSafeColour(`rgb(${'1'.repeat(6000)}`)).to.equal(false);
        expect(isSafeColour(`${' '.repeat(100)}#fff`)).to.equal(false);
        expect(seen.length, 'patterns tried on text over 64 characters').to.equal(short);
      } finally {
        RegExp.prototype.exec = exec;
      }
      expect(Math.max(...seen), 'longest text a pattern saw').to.be.at.most(64);
    });
  });

  describe('linkProblem', () => {
    const rows: Array<[string, string | null]> = [
      ['https://example.com', null],
      ['mailto:a@example.com', null],
      ['relative/path', null],
      ['javascript:void(0)', 'links may use http:, https: or mailto:, not "javascript:"'],
      ['\u0085javascript:x', 'a link address may not contain control characters'],
      ['tel:+31201234567', 'links may use http:, https: or mailto:, not "tel:"'],
    ];
    for (const [href, problem] of rows) {
      it(`${JSON.stringify(href)} → ${problem ?? 'fine'}`, () => {
        expect(linkProblem(href)).to.equal(problem);
      });
    }
  });

  describe('isWellKnownChannel', () => {
    const rows: Array<[string, boolean]> = [
      ['web', true],
      ['comparison-site', true],
      ['post', true],
      ['Web', false],
      ['fax', false],
      ['toString', false],
      ['', false],
    ];
    for (const [id, known] of rows) {
      it(`${JSON.stringify(id)} → ${known}`, () => {
        expect(isWellKnownChannel(id)).to.equal(known);
      });
    }
  });

  describe('formatPath', () => {
    const rows: Array<[Array<string | number>, string]> = [
      [[], ''],
      [['title'], 'title'],
      [['touchpoints', 3, 'phase'], 'touchpoints[3].phase'],
      [['touchpoints', 0, 'emotions', 1, 'persona'], 'touchpoints[0].emotions[1].persona'],
      [['personas', 0, 'segment', 'life stage'], 'personas[0].segment["life stage"]'],
      [['segment', 'a"b'], 'segment["a\\"b"]'],
      [[0, 1], '[0][1]'],
      [['$ok', '_x1'], '$ok._x1'],
      [['1abc'], '["1abc"]'],
    ];
    for (const [segments, path] of rows) {
      it(`${JSON.stringify(segments)} → ${path || '(empty)'}`, () => {
        expect(formatPath(segments)).to.equal(path);
      });
    }
  });
});
