import { expect } from '@open-wc/testing';
import { LIMITS, parseJourney } from '../../src/model/index.js';
import { fromMermaid, slugify } from '../../src/model/mermaid.js';
import type { Journey, JourneyIssue } from '../../src/model/index.js';

function converted(text: string): Journey {
  const result = fromMermaid(text);
  if (!result.ok) throw new Error(`expected a journey, got ${JSON.stringify(result.issues)}`);
  return result.journey;
}

function problems(text: string): Array<[string, string, string]> {
  const result = fromMermaid(text);
  if (result.ok) throw new Error('expected the diagram to be rejected');
  return result.issues.map((i: JourneyIssue) => [i.path, i.code, i.message]);
}

const lines = (...rows: string[]) => rows.join('\n');

const NOT_A_STATEMENT = (text: string) =>
  `"${text}" is not a title, section or task line; a task looks like "Make tea: 5: Me, Cat"`;

/** How many times a regular expression ran (RegExp.prototype.exec) while `run` ran. */
function regexRuns(run: () => unknown): number {
  const exec = RegExp.prototype.exec;
  let runs = 0;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    runs += 1;
    return exec.call(this, text);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return runs;
}

describe('fromMermaid', () => {
  it('converts the example of the Mermaid documentation', () => {
    const text = lines(
      'journey',
      '    title My working day',
      '    section Go to work',
      '      Make tea: 5: Me',
      '      Go upstairs: 3: Me',
      '      Do work: 1: Me, Cat',
      '    section Go home',
      '      Go downstairs: 5: Me',
      '      Sit down: 5: Me',
    );
    expect(converted(text)).to.deep.equal({
      version: 1,
      id: 'my-working-day',
      title: 'My working day',
      kind: 'specific',
      personas: [
        { id: 'me', name: 'Me' },
        { id: 'cat', name: 'Cat' },
      ],
      phases: [
        { id: 'go-to-work', label: 'Go to work' },
        { id: 'go-home', label: 'Go home' },
      ],
      touchpoints: [
        { id: 'make-tea', phase: 'go-to-work', label: 'Make tea', emotions: [{ persona: 'me', score: 5 }] },
        { id: 'go-upstairs', phase: 'go-to-work', label: 'Go upstairs', emotions: [{ persona: 'me', score: 0 }] },
        {
          id: 'do-work',
          phase: 'go-to-work',
          label: 'Do work',
          emotions: [
            { persona: 'me', score: -5 },
            { persona: 'cat', score: -5 },
          ],
        },
        { id: 'go-downstairs', phase: 'go-home', label: 'Go downstairs', emotions: [{ persona: 'me', score: 5 }] },
        { id: 'sit-down', phase: 'go-home', label: 'Sit down', emotions: [{ persona: 'me', score: 5 }] },
      ],
    });
  });

  describe('scores', () => {
    // (s − 3) × 2.5
    const rows: Array<[string, number]> = [
      ['1', -5],
      ['2', -2.5],
      ['3', 0],
      ['4', 2.5],
      ['5', 5],
      ['3.5', 1.25],
      ['1.0', -5],
      [' 4 ', 2.5],
    ];
    for (const [score, expected] of rows) {
      it(`Mermaid score ${JSON.stringify(score)} → emotion ${expected}`, () => {
        const journey = converted(lines('journey', 'section S', `Step:${score}: Me`));
        expect(journey.touchpoints[0]!.emotions).to.deep.equal([{ persona: 'me', score: expected }]);
      });
    }

    const bad = ['0', '6', '5.5', '0.9', '-1', 'high', '3.', '.5', '3,5', '1e0', '+3', 'Infinity', 'NaN', '3 4'];
    for (const score of bad) {
      it(`score ${JSON.stringify(score)} is reported`, () => {
        expect(problems(lines('journey', 'section S', `Step: ${score}: Me`))).to.deep.equal([
          ['line 3', 'invalid_value', `the score of a task must be a number from 1 to 5, not ${JSON.stringify(score)}`],
        ]);
      });
    }
  });

  describe('actors and personas', () => {
    it('a task without actors gets one emotion for all customers, and there are no personas', () => {
      const journey = converted(lines('journey', 'section S', 'Wait: 2', 'Pay: 4:'));
      expect(journey.touchpoints.map((t) => t.emotions)).to.deep.equal([[{ score: -2.5 }], [{ score: 2.5 }]]);
      expect('personas' in journey).to.equal(false);
    });

    it('each actor becomes one persona, in order of first appearance', () => {
      const journey = converted(lines('journey', 'section S', 'A: 1: Cat', 'B: 5: Me, Cat', 'C: 3: Dog'));
      expect(journey.personas).to.deep.equal([
        { id: 'cat', name: 'Cat' },
        { id: 'me', name: 'Me' },
        { id: 'dog', name: 'Dog' },
      ]);
      expect(journey.touchpoints[1]!.emotions).to.deep.equal([
        { persona: 'me', score: 5 },
        { persona: 'cat', score: 5 },
      ]);
    });

    it('blank and repeated actors on one line count once', () => {
      const journey = converted(lines('journey', 'section S', 'A: 4: Me, , Cat, Me,'));
      expect(journey.touchpoints[0]!.emotions).to.deep.equal([
        { persona: 'me', score: 2.5 },
        { persona: 'cat', score: 2.5 },
      ]);
    });

    it('actors whose ids would collide get unique ids; the name stays as written', () => {
      const journey = converted(lines('journey', 'section S', 'A: 4: Me, me, ME!', 'B: 4: 客户, Klant (één)'));
      expect(journey.personas).to.deep.equal([
        { id: 'me', name: 'Me' },
        { id: 'me-2', name: 'me' },
        { id: 'me-3', name: 'ME!' },
        { id: 'persona-4', name: '客户' },
        { id: 'klant-een', name: 'Klant (één)' },
      ]);
    });
  });

  describe('titles, phases and ids', () => {
    it('without a title: "Untitled journey"', () => {
      const journey = converted(lines('journey', 'section S', 'A: 3'));
      expect(journey.title).to.equal('Untitled journey');
      expect(journey.id).to.equal('untitled-journey');
    });

    it('a title without usable characters gives the id "journey"', () => {
      const journey = converted(lines('journey', 'title 🙂 ✓', 'section S', 'A: 3'));
      expect(journey.title).to.equal('🙂 ✓');
      expect(journey.id).to.equal('journey');
    });

    it('the last title wins, as in Mermaid', () => {
      expect(converted(lines('journey', 'title One', 'title Two', 'section S', 'A: 3')).title).to.equal('Two');
    });

    it('tasks before any section go into a phase "Journey"', () => {
      const journey = converted(lines('journey', 'A: 5', 'section Later', 'B: 1'));
      expect(journey.phases).to.deep.equal([
        { id: 'journey', label: 'Journey' },
        { id: 'later', label: 'Later' },
      ]);
      expect(journey.touchpoints.map((t) => [t.id, t.phase])).to.deep.equal([
        ['a', 'journey'],
        ['b', 'later'],
      ]);
    });

    it('a section without tasks is still a phase', () => {
      const journey = converted(lines('journey', 'section Empty', 'section Full', 'A: 3'));
      expect(journey.phases.map((p) => p.id)).to.deep.equal(['empty', 'full']);
    });

    it('phase ids: ASCII slugs, unique, with a fallback', () => {
      const journey = converted(
        lines(
          'journey',
          'section Oriënteren & kopen',
          'section Pay',
          'section pay',
          'section Pay 2',
          'section 购买',
          'A: 3',
        ),
      );
      expect(journey.phases).to.deep.equal([
        { id: 'orienteren-kopen', label: 'Oriënteren & kopen' },
        { id: 'pay', label: 'Pay' },
        { id: 'pay-2', label: 'pay' },
        { id: 'pay-2-2', label: 'Pay 2' },
        { id: 'phase-5', label: '购买' },
      ]);
    });

    it('touchpoint ids: slugs, unique across sections, with a fallback', () => {
      const journey = converted(
        lines('journey', 'section A', 'Call: 2', 'section B', 'Call: 4', '电话: 3', 'call 2: 1'),
      );
      expect(journey.touchpoints.map((t) => t.id)).to.deep.equal(['call', 'call-2', 'task-3', 'call-2-2']);
    });

    it('names keep their text exactly, including markup-like text', () => {
      const journey = converted(lines('journey', 'section <b>Buy</b>', '<img src=x onerror=alert(1)>: 5: <script>'));
      expect(journey.phases[0]!.label).to.equal('<b>Buy</b>');
      expect(journey.touchpoints[0]!.label).to.equal('<img src=x onerror=alert(1)>');
      expect(journey.personas![0]!.name).to.equal('<script>');
    });

    it('prototype names are plain data', () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
      const journey = converted(lines('journey', 'section constructor', '__proto__: 3: constructor, __proto__'));
      expect(journey.touchpoints[0]).to.deep.equal({
        id: 'proto',
        phase: 'constructor',
        label: '__proto__',
        emotions: [
          { persona: 'constructor', score: 0 },
          { persona: 'proto', score: 0 },
        ],
      });
      expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).to.equal(before);
    });
  });

  describe('Mermaid syntax around the statements', () => {
    it('skips %% comments, whole lines and trailing ones, and %%{init}%% directives', () => {
      const journey = converted(
        lines(
          '%%{init: {"theme": "dark"}}%%',
          '%% a comment',
          'journey',
          '  %% indented comment',
          'section S %% why',
          'A: 3: Me %% who',
        ),
      );
      expect(journey.phases).to.deep.equal([{ id: 's', label: 'S' }]);
      expect(journey.personas).to.deep.equal([{ id: 'me', name: 'Me' }]);
    });

    it('ignores accTitle and accDescr, on one line or in braces', () => {
      const journey = converted(
        lines(
          'journey',
          'accTitle: For screen readers',
          'accDescr : One line',
          'accDescr {',
          '  Many: 3: lines',
          '}',
          'section S',
          'A: 3',
        ),
      );
      expect(journey.touchpoints.map((t) => t.label)).to.deep.equal(['A']);
      expect(journey.title).to.equal('Untitled journey');
    });

    it('reads the title from YAML front matter', () => {
      const journey = converted(
        lines('---', 'title: "From front matter"', 'config:', '  theme: dark', '---', 'journey', 'section S', 'A: 3'),
      );
      expect(journey.title).to.equal('From front matter');
    });

    it('accepts CRLF and CR line ends, a byte order mark, tabs and keywords in any case', () => {
      const journey = converted('\uFEFFJourney\r\n\tTitle T\r\n\tSECTION S\rA:\t4\t:\tMe\r\n');
      expect(journey.title).to.equal('T');
      expect(journey.touchpoints).to.deep.equal([
        { id: 'a', phase: 's', label: 'A', emotions: [{ persona: 'me', score: 2.5 }] },
      ]);
    });

    it('a line starting with "title " is a title, as in Mermaid; "titles" is not', () => {
      const journey = converted(lines('journey', 'section S', 'titles: 3', 'title page: 3'));
      expect(journey.title).to.equal('page: 3');
      expect(journey.touchpoints.map((t) => t.label)).to.deep.equal(['titles']);
    });
  });

  describe('malformed diagrams', () => {
    it('reports every malformed line with its 1-based line number', () => {
      const text = lines(
        'journey', //             1
        'title Test', //          2
        'section A', //           3
        'Good: 3: Me', //         4
        'No score', //            5
        'Empty score: : Me', //   6
        'Zero: 0: Me', //         7
        ': 4: Me', //             8
        'A: 1: b: c', //          9
        'section', //            10
        '', //                   11
        'journey', //            12
        'title', //              13
        'Late: 5', //            14
      );
      expect(problems(text)).to.deep.equal([
        ['line 5', 'invalid_value', NOT_A_STATEMENT('No score')],
        ['line 6', 'missing', 'the task "Empty score" needs a score from 1 to 5, as in "Empty score: 3"'],
        ['line 7', 'invalid_value', 'the score of a task must be a number from 1 to 5, not "0"'],
        ['line 8', 'missing', 'a task needs a name before the first ":"'],
        ['line 9', 'invalid_value', 'a task line has at most two ":", as in "Make tea: 5: Me, Cat"'],
        ['line 10', 'missing', 'a section line needs a name after "section"'],
        ['line 12', 'invalid_value', 'the "journey" header may appear only once'],
        ['line 13', 'missing', 'a title line needs text after "title"'],
      ]);
    });

    it('a task with a name but no score at all', () => {
      expect(problems(lines('journey', 'section S', 'Make tea:'))).to.deep.equal([
        ['line 3', 'missing', 'the task "Make tea" needs a score from 1 to 5, as in "Make tea: 3"'],
      ]);
    });

    it('a missing "journey" header is reported, and the rest is still read', () => {
      expect(problems(lines('', '%% note', 'title X', 'section S', 'A: 9'))).to.deep.equal([
        ['line 3', 'missing', 'a Mermaid journey diagram starts with the line "journey", not "title X"'],
        ['line 5', 'invalid_value', 'the score of a task must be a number from 1 to 5, not "9"'],
      ]);
    });

    it('another diagram type is not a journey', () => {
      expect(problems(lines('flowchart LR', '  A --> B'))).to.deep.equal([
        ['line 1', 'missing', 'a Mermaid journey diagram starts with the line "journey", not "flowchart LR"'],
        ['line 2', 'invalid_value', NOT_A_STATEMENT('A --> B')],
      ]);
    });

    const empties: Array<[string, string]> = [
      ['', 'empty text'],
      ['\n  \n\t\n', 'only blank lines'],
      ['%% just a comment', 'only a comment'],
    ];
    for (const [text, name] of empties) {
      it(`${name}: "the diagram is empty"`, () => {
        expect(problems(text)).to.deep.equal([
          ['line 1', 'missing', 'the diagram is empty: a Mermaid journey diagram starts with the line "journey"'],
        ]);
      });
    }

    it('a header and a title but nothing else', () => {
      expect(problems(lines('', 'journey', 'title Nothing'))).to.deep.equal([
        ['line 2', 'missing', 'the diagram has no sections or tasks'],
      ]);
    });

    it('an accDescr block that is never closed', () => {
      expect(problems(lines('journey', 'section S', 'accDescr {', 'A: 3'))).to.deep.equal([
        ['line 3', 'invalid_value', '"accDescr {" is never closed with "}"'],
      ]);
    });

    it('front matter that is never closed', () => {
      expect(problems(lines('---', 'title: X', 'journey', 'section S'))).to.deep.equal([
        ['line 1', 'invalid_value', 'the front matter that starts here with "---" is never closed'],
      ]);
    });

    it('quotes long lines shortened in messages', () => {
      const long = 'x'.repeat(100);
      expect(problems(lines('journey', long, `${long}:`))).to.deep.equal([
        ['line 2', 'invalid_value', NOT_A_STATEMENT(`${'x'.repeat(57)}…`)],
        ['line 3', 'missing', `the task "${'x'.repeat(57)}…" needs a score from 1 to 5, as in "${'x'.repeat(57)}…: 3"`],
      ]);
    });

    it('never cuts a character of two UTF-16 units in half when shortening', () => {
      const text = `${'x'.repeat(56)}${'😀'.repeat(10)}`;
      expect(problems(lines('journey', text))).to.deep.equal([
        ['line 2', 'invalid_value', NOT_A_STATEMENT(`${'x'.repeat(56)}…`)],
      ]);
    });
  });

  describe('limits and bounded work', () => {
    it('a task name longer than 500 characters is reported by the model', () => {
      expect(problems(lines('journey', 'section S', `${'a'.repeat(501)}: 3`))).to.deep.equal([
        ['touchpoints[0].label', 'too_long', 'is longer than 500 characters'],
      ]);
    });

    it('20,000 tasks are accepted', () => {
      const tasks = Array.from({ length: LIMITS.maxTouchpoints }, (_, i) => `T${i}: 3`);
      expect(converted(lines('journey', 'section S', ...tasks)).touchpoints.length).to.equal(20_000);
    });

    it('20,001 tasks: the first one too many is reported at its line', () => {
      const tasks = Array.from({ length: LIMITS.maxTouchpoints + 1 }, (_, i) => `T${i}: 3`);
      expect(problems(lines('journey', 'section S', ...tasks))).to.deep.equal([
        ['line 20003', 'too_many', 'more than 20,000 tasks'],
      ]);
    });

    it('more than 100 actors', () => {
      const actors = Array.from({ length: 101 }, (_, i) => `a${i}`).join(', ');
      expect(problems(lines('journey', 'section S', `T: 3: ${actors}`))).to.deep.equal([
        ['line 3', 'too_many', 'more than 100 actors'],
      ]);
    });

    it('more than 500 sections', () => {
      const sections = Array.from({ length: 501 }, (_, i) => `section S${i}`);
      expect(problems(lines('journey', ...sections))).to.deep.equal([
        ['line 502', 'too_many', 'more than 500 sections'],
      ]);
    });

    it('lists at most 500 line issues, then how many more', () => {
      const result = problems(lines('journey', ...Array.from({ length: 1000 }, () => 'bad')));
      expect(result.length).to.equal(501);
      expect(result[499]).to.deep.equal(['line 501', 'invalid_value', NOT_A_STATEMENT('bad')]);
      expect(result[500]).to.deep.equal(['', 'truncated', 'and 500 more issues']);
    });

    it('refuses text over 16 MiB before reading it', () => {
      expect(problems(`journey\n${' '.repeat(LIMITS.maxBytes)}`)).to.deep.equal([
        ['', 'too_large', 'the diagram is larger than 16,777,216 bytes'],
      ]);
    });

    it('pathological lines: the right answer at 200,000 characters, and at most 4× the regular-expression runs at 4× the length (linear, not quadratic)', () => {
      // Speed is the bench's (bench/run.js); here the work is counted. Each RegExp run goes
      // through RegExp.prototype.exec (test, match, replace and split call it when it is replaced):
      // linear work makes at most 4× the runs at 4× the length; a parser that re-scanned the rest
      // of the line per character would make 16×.
      const colons = (n: number) => lines('journey', ':'.repeat(n));
      const commas = (n: number) => lines('journey', 'section S', `T: 3: ${'a,'.repeat(n)}`);
      const percents = (n: number) => lines('journey', 'section S', `${'é '.repeat(200)}: 3: ${'%'.repeat(n)}`);
      expect(problems(colons(200_000))).to.deep.equal([
        ['line 2', 'invalid_value', 'a task line has at most two ":", as in "Make tea: 5: Me, Cat"'],
      ]);
      expect(converted(commas(200_000)).personas).to.deep.equal([{ id: 'a', name: 'a' }]);
      for (const [name, text] of [
        ['colons', colons],
        ['commas', commas],
        ['percents', percents],
      ] as const) {
        const small = regexRuns(() => fromMermaid(text(50_000)));
        const large = regexRuns(() => fromMermaid(text(200_000)));
        expect(small, `${name}: some runs`).to.be.above(0);
        expect(large, `${name}: runs at 200,000 vs 50,000 characters`).to.be.at.most(4 * small);
      }
    });

    it('never throws, not even for input that is not text', () => {
      for (const input of [null, undefined, 42, {}, ['journey'], Symbol('x')]) {
        const result = fromMermaid(input as unknown as string);
        expect(result).to.deep.equal({
          ok: false,
          issues: [{ path: '', code: 'invalid_type', message: 'a Mermaid diagram must be text' }],
        });
      }
    });
  });

  it('returns a deeply frozen journey that parseJourney accepts as it is', () => {
    const journey = converted(lines('journey', 'title T', 'section S', 'A: 4: Me'));
    expect(Object.isFrozen(journey)).to.equal(true);
    expect(Object.isFrozen(journey.touchpoints[0]!.emotions![0])).to.equal(true);
    const again = parseJourney(JSON.parse(JSON.stringify(journey)));
    expect(again.ok && again.journey).to.deep.equal(journey);
  });

  describe('slugify', () => {
    const rows: Array<[string, string]> = [
      ['Make tea', 'make-tea'],
      ['  Make   tea!  ', 'make-tea'],
      ['Oriënteren', 'orienteren'],
      ['Crème brûlée à la carte', 'creme-brulee-a-la-carte'],
      ['ﬁle ①', 'file-1'],
      ['Straße', 'stra-e'],
      ['家を買う', ''],
      ['__proto__', 'proto'],
      ['a'.repeat(100), 'a'.repeat(64)],
      [`${'word '.repeat(20)}`, `${'word-'.repeat(12)}word`],
      [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
    ];
    for (const [text, slug] of rows) {
      it(`${JSON.stringify(text.length > 30 ? `${text.slice(0, 20)}…` : text)} → ${JSON.stringify(slug.length > 30 ? `${slug.slice(0, 20)}…` : slug)}`, () => {
        expect(slugify(text)).to.equal(slug);
      });
    }
  });
});
