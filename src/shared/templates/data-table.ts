import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** One column of a data table. */
export interface DataTableColumn<R> {
  header: string;
  /** The cell of `row` (at `index` in all rows). */
  cell: (row: R, index: number) => unknown;
  /** A number: aligned to the end, not wrapped. */
  numeric?: boolean;
  /** The row's header cell (`<th scope="row">`): the first column unless another says so. */
  rowHeader?: boolean;
}

/** Rows shown a page at a time (bounded DOM for journeys with thousands of touchpoints). */
export interface DataTablePage {
  size: number;
  /** The page shown, from 0; clamped to the pages there are. */
  at: number;
  onPage: (page: number) => void;
  previous: string;
  next: string;
  /** "Rows 1–100 of 1,000", from the shown range and the total. */
  range: (first: number, last: number, total: number) => string;
}

/** What a data table shows. */
export interface DataTableOptions<R> {
  /** The table's caption, and the name of its scrolling region. */
  caption: string;
  /** The region's name when it differs from the caption (e.g. "Data table" beside "Data table: title"). */
  label?: string;
  rows: readonly R[];
  key: (row: R, index: number) => unknown;
  columns: readonly DataTableColumn<R>[];
  /** Rows after the body (totals), cells already marked up. */
  footer?: TemplateResult | typeof nothing;
  page?: DataTablePage;
  /** An id for the caption: the region is then also named by it (`aria-labelledby`). */
  captionId?: string;
  /** A class on the `<table>` (an element's own styling hook). */
  tableClass?: string;
  /** A class on the row of `row` (e.g. a touchpoint removed in compare mode). */
  rowClass?: (row: R) => string;
}

/**
 * The one data table of the chart elements: a caption, scoped headers, the node with
 * `part="table"` (the scrolling region, `role="region"`, named, reachable with Tab so keyboard
 * users can scroll it), and a pager below for long journeys. Styles: `dataTableStyles`.
 */
export function dataTable<R>(options: DataTableOptions<R>): TemplateResult {
  const { rows, columns, page } = options;
  const size = page ? page.size : Math.max(1, rows.length);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = page ? Math.max(0, Math.min(page.at, pages - 1)) : 0;
  const from = at * size;
  const shown = rows.slice(from, from + size);
  const rowHeader = Math.max(
    0,
    columns.findIndex((c) => c.rowHeader),
  );
  return html`<div
      part="table"
      class="table-wrap"
      role="region"
      aria-label=${options.label ?? options.caption}
      aria-labelledby=${options.captionId ?? nothing}
      tabindex="0"
    >
      <table class=${options.tableClass ?? nothing}>
        <caption id=${options.captionId ?? nothing}>${options.caption}</caption>
        <thead>
          <tr>
            ${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : nothing}>${c.header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            shown,
            (row, k) => options.key(row, from + k),
            (row, k) =>
              html`<tr class=${options.rowClass?.(row) || nothing}>
                ${columns.map((c, i) =>
                  i === rowHeader
                    ? html`<th scope="row" class=${c.numeric ? 'num' : nothing}>${c.cell(row, from + k)}</th>`
                    : html`<td class=${c.numeric ? 'num' : nothing}>${c.cell(row, from + k)}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
        ${options.footer ? html`<tfoot>${options.footer}</tfoot>` : nothing}
      </table>
    </div>
    ${
      page && pages > 1
        ? html`<div class="pager">
            <button type="button" class="journey-button" ?disabled=${at === 0} @click=${() => page.onPage(at - 1)}>${page.previous}</button>
            <span role="status">${page.range(from + 1, from + shown.length, rows.length)}</span>
            <button type="button" class="journey-button" ?disabled=${at >= pages - 1} @click=${() => page.onPage(at + 1)}>${page.next}</button>
          </div>`
        : nothing
    }`;
}
