// The playground's JSON path → text range helper (stories/playground/json-path-range.ts): each
// problem of parseJourney is marked on the characters it is about. Offsets are counted by hand in
// the comments; every case is also checked against the text it cuts out.
import { expect } from '@open-wc/testing';
import { jsonPathRange, pathSegments } from '../../stories/playground/json-path-range.js';
import { parseJourney } from '../../src/model/index.js';

describe('pathSegments', () => {
  const cases: [string, ReturnType<typeof pathSegments>][] = [
    ['', []],
    ['title', ['title']],
    ['touchpoints[3].emotions[0].score', ['touchpoints', 3, 'emotions', 0, 'score']],
    ['personas[0].segment["life stage"]', ['personas', 0, 'segment', 'life stage']],
    ['a["quo\\"te"]', ['a', 'quo"te']],
    ['[2]', [2]],
    // Not paths as formatPath writes them.
    ['.title', null],
    ['a[x]', null],
    ['a[1', null],
    ['a b', null],
    ['a["open', null],
  ];
  for (const [path, expected] of cases) {
    it(`reads ${JSON.stringify(path)}`, () => {
      expect(pathSegments(path)).to.deep.equal(expected);
    });
  }
});

describe('jsonPathRange', () => {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234567
  const text = '{"a": 1, "list": [10, {"b": "x"}, [true]], "o": {"c": null}}';
  const cases: {
    path: string;
    value: [number, number];
    mark: [number, number];
    // The member name: "a" is [1, 4), "list" [9, 15), "b" [23, 26), "c" [49, 52); elements have none.
    name: [number, number] | null;
    exact: boolean;
    cut: string;
  }[] = [
    // The document: from its "{" at 0 to after its "}" at 59 → [0, 60); a container without a name
    // is marked on its opening bracket [0, 1).
    { path: '', value: [0, 60], mark: [0, 1], name: null, exact: true, cut: text },
    // "a" has the value 1 at offset 6: [6, 7), a scalar is marked itself.
    { path: 'a', value: [6, 7], mark: [6, 7], name: [1, 4], exact: true, cut: '1' },
    // "list": its "[" at 17 and its "]" at 40 → [17, 41); marked on its name "list" at [9, 15).
    { path: 'list', value: [17, 41], mark: [9, 15], name: [9, 15], exact: true, cut: '[10, {"b": "x"}, [true]]' },
    // list[0] is 10 at [18, 20).
    { path: 'list[0]', value: [18, 20], mark: [18, 20], name: null, exact: true, cut: '10' },
    // list[1] is the object at 22…31 → [22, 32); no name, so its "{" [22, 23).
    { path: 'list[1]', value: [22, 32], mark: [22, 23], name: null, exact: true, cut: '{"b": "x"}' },
    // list[1].b is "x" at [28, 31).
    { path: 'list[1].b', value: [28, 31], mark: [28, 31], name: [23, 26], exact: true, cut: '"x"' },
    // list[2][0] is true at [35, 39).
    { path: 'list[2][0]', value: [35, 39], mark: [35, 39], name: null, exact: true, cut: 'true' },
    // o.c is null at [54, 58).
    { path: 'o.c', value: [54, 58], mark: [54, 58], name: [49, 52], exact: true, cut: 'null' },
    // A missing member is shown at the deepest part that exists: list[1] (no "z" in it).
    { path: 'list[1].z', value: [22, 32], mark: [22, 23], name: null, exact: false, cut: '{"b": "x"}' },
    // An element past the end: the list itself, marked on its name.
    { path: 'list[7]', value: [17, 41], mark: [9, 15], name: [9, 15], exact: false, cut: '[10, {"b": "x"}, [true]]' },
    // A path that goes into a scalar: the scalar.
    { path: 'a.b', value: [6, 7], mark: [6, 7], name: [1, 4], exact: false, cut: '1' },
    // A name where an index belongs (and the other way round): the container.
    { path: 'list.x', value: [17, 41], mark: [9, 15], name: [9, 15], exact: false, cut: '[10, {"b": "x"}, [true]]' },
    { path: '[0]', value: [0, 60], mark: [0, 1], name: null, exact: false, cut: text },
  ];
  for (const { path, value, mark, name, exact, cut } of cases) {
    it(`finds ${JSON.stringify(path)}`, () => {
      const range = jsonPathRange(text, path);
      expect(range).to.deep.equal({
        value: { from: value[0], to: value[1] },
        mark: { from: mark[0], to: mark[1] },
        exact,
        name: name ? { from: name[0], to: name[1] } : null,
      });
      expect(text.slice(value[0], value[1])).to.equal(cut);
    });
  }

  it('reads names with escapes and keys that need quotes, and strings with brackets inside', () => {
    //            0         1         2         3
    //            0123456789012345678901234567890123456
    const tricky = '{"s": "}]\\"[{", "life stage": "x\\u0041"}';
    // "life stage" (the name at [16, 28)) has the value "x\u0041" at [30, 39).
    expect(jsonPathRange(tricky, '["life stage"]')).to.deep.equal({
      value: { from: 30, to: 39 },
      mark: { from: 30, to: 39 },
      exact: true,
      name: { from: 16, to: 28 },
    });
    expect(tricky.slice(16, 28)).to.equal('"life stage"');
    // The string value with brackets and an escaped quote is skipped as one value.
    expect(jsonPathRange(tricky, 's')!.value).to.deep.equal({ from: 6, to: 14 });
    // An escaped name matches by what it means: "\u0073" is "s".
    expect(jsonPathRange('{"\\u0073": 5}', 's')!.value).to.deep.equal({ from: 11, to: 12 });
  });

  it('takes the last of two members with the same name, as JSON.parse does', () => {
    //            0         1
    //            01234567890123456
    const twice = '{"a": 1, "a": 22}';
    expect(jsonPathRange(twice, 'a')).to.deep.equal({
      value: { from: 14, to: 16 },
      mark: { from: 14, to: 16 },
      exact: true,
      name: { from: 9, to: 12 },
    });
  });

  it('gives null for text that breaks off before the path ends, and for a path that is not one', () => {
    expect(jsonPathRange('{"a": [1, 2', 'a[5]')).to.equal(null);
    expect(jsonPathRange('{"a": "never closed', 'a')).to.equal(null);
    expect(jsonPathRange('{"a": 1}', 'a b')).to.equal(null);
    expect(jsonPathRange('', '')).to.equal(null);
  });

  it('walks a deep nesting without recursion', () => {
    const depth = 20_000;
    const deep = `${'['.repeat(depth)}7${']'.repeat(depth)}`;
    const range = jsonPathRange(deep, '[0]'.repeat(depth));
    expect(range!.value).to.deep.equal({ from: depth, to: depth + 1 });
  });

  it('marks every issue parseJourney reports on a broken journey at its value', () => {
    const journey = {
      version: 1,
      id: 'broken',
      title: 'Broken',
      phases: [{ id: 'orient', label: 'Orient' }],
      touchpoints: [
        { id: 'a', phase: 'orient', label: 'A', emotions: [{ score: 12 }] },
        { id: 'b', phase: 'nowhere', label: 'B' },
        { id: 'c', phase: 'orient', label: 'C', links: [{ label: 'x', href: 'javascript:alert(1)' }] },
      ],
    };
    const json = JSON.stringify(journey, null, 2);
    const result = parseJourney(json);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const marked = result.issues.map((issue) => {
      const range = jsonPathRange(json, issue.path)!;
      return [issue.path, range.exact, json.slice(range.mark.from, range.mark.to)];
    });
    expect(marked).to.deep.equal([
      ['touchpoints[0].emotions[0].score', true, '12'],
      // Schema problems come first, references after them.
      ['touchpoints[2].links[0].href', true, '"javascript:alert(1)"'],
      ['touchpoints[1].phase', true, '"nowhere"'],
    ]);
  });
});
