import { expect } from '@open-wc/testing';
import { CsvError, parseCsv, readCsv, sniffDelimiter } from '../../src/mining/index.js';

function records(text: string): (string | null)[][] {
  const out: (string | null)[][] = [];
  readCsv(text, (fields) => out.push(fields));
  return out;
}

describe('readCsv (RFC 4180, read as DuckDB reads it)', () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      'plain',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and no final newline',
      'a,b\r\n1,2\r\n3,4',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    [
      'lone CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quotes, doubled quotes, separators and newlines inside',
      'a,b\n"x, ""y""","line\nbreak"\n',
      [
        ['a', 'b'],
        ['x, "y"', 'line\nbreak'],
      ],
    ],
    [
      'empty and quoted-empty fields are missing',
      'a,b,c\n,"",x\n',
      [
        ['a', 'b', 'c'],
        [null, null, 'x'],
      ],
    ],
    [
      'empty lines are no records',
      'a,b\n\n1,2\n\n\n3,4\n',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    [
      'a short record is padded',
      'a,b,c\n1\n',
      [
        ['a', 'b', 'c'],
        ['1', null, null],
      ],
    ],
    [
      'a wide record keeps its extra fields',
      'a,b\n1,2,3\n',
      [
        ['a', 'b'],
        ['1', '2', '3'],
      ],
    ],
    [
      'spaces are kept',
      'a,b\n 1 , 2\n',
      [
        ['a', 'b'],
        [' 1 ', ' 2'],
      ],
    ],
    [
      'a byte order mark is dropped',
      '\uFEFFa,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['unicode', 'stap\nOriënteren ✍️ 確認\n', [['stap'], ['Oriënteren ✍️ 確認']]],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(records(text)).to.deep.equal(expected));

  it('numbers the rows: header 0, data from 1, skipping empty lines', () => {
    const rows: number[] = [];
    readCsv('a\n\nx\n"multi\nline"\ny\n', (_, row) => rows.push(row));
    expect(rows).to.deep.equal([0, 1, 2, 3]);
  });

  it('an unclosed quote or text after a closing quote is an error naming the row', () => {
    expect(() => records('a,b\n1,2\n"3,4\n')).to.throw(CsvError, 'row 2: a quoted field is never closed');
    expect(() => records('a,b\n"1"x,2\n')).to.throw(CsvError, 'row 1: text after the closing quote');
  });

  it('sniffs the separator from the header line', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3')).to.equal(';');
    expect(sniffDelimiter('a\tb\n')).to.equal('\t');
    expect(sniffDelimiter('"a;b",c\n')).to.equal(',');
    expect(sniffDelimiter('single\n')).to.equal(',');
    expect(records('a;b\n"1;2";3\n')).to.deep.equal([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
  });

  it('parseCsv gives one object per row', () => {
    expect(parseCsv('case,step\n1,Start\n2,\n')).to.deep.equal([
      { case: '1', step: 'Start' },
      { case: '2', step: null },
    ]);
  });
});
