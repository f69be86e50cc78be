/**
 * A small RFC 4180 CSV reader for event logs in the browser.
 *
 * Written here rather than taken from a package: a log must be read exactly as the CLI's
 * DuckDB reads it (`read_csv(…, header = true, all_varchar = true, quote = '"', escape = '"',
 * null_padding = true)`), or the two miners would not agree. General parsers differ from it in
 * small ways that matter here (trimming, typing "007" as 7, skipping rows, guessing the quote),
 * and the rules fit in one loop: a field is either bare text or quoted with `""` inside;
 * records end at CRLF, LF or CR; an empty line is no record; an empty field is missing
 * (`null`); a short record is padded with missing fields; a UTF-8 byte order mark is dropped.
 * Neither reader trims spaces.
 */

/** Separators a log may use; the header line decides (see {@link sniffDelimiter}). */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A CSV text that cannot be read, naming the record where it went wrong. */
export class CsvError extends Error {
  /** The data row (1 = the first record after the header; 0 = the header). */
  readonly row: number;

  constructor(message: string, row: number) {
    super(message);
    this.name = 'CsvError';
    this.row = row;
  }
}

const where = (row: number) => (row === 0 ? 'the header' : `row ${row}`);

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The separator of a CSV text: whichever of `,` `;` tab `|` occurs most often outside quotes
 * in its first line (a comma when none does). Spreadsheets in many European locales write `;`.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Reads a CSV text record by record: `visit(fields, row)` gets the header first (row 0), then
 * every data record (row 1, 2, …) padded to the header's width; fields beyond it are kept
 * (DuckDB names them column3, column4, …). Throws {@link CsvError} for an unclosed quote or
 * text after a closing quote.
 */
export function readCsv(
  text: string,
  visit: (fields: (string | null)[], row: number) => void,
  options: { delimiter?: CsvDelimiter } = {},
): void {
  const delimiter = (options.delimiter ?? sniffDelimiter(text)).charCodeAt(0);
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  let width = -1;
  while (i < end) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      // An empty line is no record.
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      continue;
    }
    const fields: (string | null)[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let start = i + 1;
        value = '';
        for (;;) {
          const close = text.indexOf('"', start);
          if (close === -1) throw new CsvError(`${where(row)}: a quoted field is never closed`, row);
          value += text.slice(start, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            start = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        const next = text.charCodeAt(i);
        if (i < end && next !== delimiter && next !== LF && next !== CR) {
          throw new CsvError(`${where(row)}: text after the closing quote of a field`, row);
        }
      } else {
        const start = i;
        for (;;) {
          const c = text.charCodeAt(i);
          if (i >= end || c === delimiter || c === LF || c === CR) break;
          i += 1;
        }
        value = text.slice(start, i);
      }
      fields.push(value === '' ? null : value);
      if (i < end && text.charCodeAt(i) === delimiter) {
        i += 1;
        continue;
      }
      break;
    }
    if (i < end) i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (width === -1) width = fields.length;
    else while (fields.length < width) fields.push(null);
    visit(fields, row);
    row += 1;
  }
}

/** Parses a small CSV text into one object per data row, keyed by the header (missing fields are `null`). */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): Record<string, string | null>[] {
  const rows: Record<string, string | null>[] = [];
  let header: string[] = [];
  readCsv(
    text,
    (fields, row) => {
      if (row === 0) {
        header = fields.map((f, i) => f ?? `column${i}`);
        return;
      }
      const record: Record<string, string | null> = {};
      header.forEach((name, i) => {
        record[name] = fields[i] ?? null;
      });
      rows.push(record);
    },
    options,
  );
  return rows;
}
