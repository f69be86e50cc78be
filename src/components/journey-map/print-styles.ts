/**
 * Printing the map as a landscape A3 poster. Two halves:
 *
 * - `shadowPrintStyles`, inside the element: hides the controls, lets the map area grow instead
 *   of scrolling, unsticks the headers. (While printing, the element also lays every column out
 *   for an A3 sheet and renders them all, via `beforeprint` / `afterprint`.)
 * - `printStyles`, for the page: the `@page { size: A3 landscape }` rule, which only the
 *   document's own style sheets can set. Add it once, e.g.
 *   `document.adoptedStyleSheets = [...document.adoptedStyleSheets, printStyles.styleSheet!]`
 *   (allowed under a strict `style-src`), or copy `printStyleText` into the page's CSS file.
 */
import { css, type CSSResult } from 'lit';

/** The page-level print rules: A3 landscape with 10 mm margins, the map at full width. */
export const printStyles: CSSResult = css`
  @page {
    size: A3 landscape;
    margin: 10mm;
  }
  @media print {
    journey-map {
      width: 100%;
      max-width: none;
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

/** `printStyles` as plain CSS text, for a page's own style sheet file. */
export const printStyleText: string = printStyles.cssText;

/** The element's own print rules (inside its shadow root). */
export const shadowPrintStyles: CSSResult = css`
  @media print {
    :host {
      color-scheme: light;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .controls,
    .toolbar,
    .persona-switch,
    .more,
    .export-error,
    .detail {
      display: none !important;
    }
    .figure {
      zoom: 0.8;
    }
    .scroller,
    .table-wrap {
      overflow: visible;
      max-height: none;
      border-color: #818b98;
    }
    .scroller {
      max-width: none;
    }
    .phase-row,
    .corner,
    .lane-header,
    .phase-label {
      position: static;
    }
    .row {
      break-inside: avoid;
    }
    .cell:focus-visible {
      outline: none;
    }
  }
`;
