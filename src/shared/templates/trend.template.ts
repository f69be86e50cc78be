import { type TemplateResult, html, nothing, svg } from 'lit';
import type { TrendGeometry } from '../../layout/trend.js';

/** What a trend chart shows, beside its geometry (layout/trend.ts `trendLayout`). */
export interface TrendChartOptions {
  geometry: TrendGeometry;
  /** The chart's accessible name: the numbers in words (a table beside it holds them too). */
  label: string;
  /** The period labels, in the order of the marks. */
  periods: readonly string[];
  /** A tick value as text (e.g. a signed number). */
  tick: (value: number) => string;
}

/**
 * The one trend chart of the chart elements: the scores of the periods as a line with a dot per
 * period, the confidence band behind it, a downward triangle under each significant dip (shape,
 * not colour alone), the value axis's ticks and zero line, and the period labels. An image with a
 * name (`role="img"`); the numbers belong in a table beside it. Styles: `trendStyles`.
 */
export function trendChart(options: TrendChartOptions): TemplateResult {
  const g = options.geometry;
  return html`<svg
    class="trend-chart mirror-rtl"
    viewBox="0 0 ${g.width} ${g.height}"
    role="img"
    aria-label=${options.label}
  >
    ${g.ticks.map(
      (t) => svg`<line class="trend-grid" x1=${g.x0} x2=${g.x1} y1=${t.y} y2=${t.y} />
        <text class="trend-tick" x=${g.x0 - 6} y=${t.y} dy="0.35em" text-anchor="end">${options.tick(t.value)}</text>`,
    )}
    ${g.zero === null ? nothing : svg`<line class="trend-zero" x1=${g.x0} x2=${g.x1} y1=${g.zero} y2=${g.zero} />`}
    ${g.band === null ? nothing : svg`<path class="trend-band" d=${g.band} />`}
    ${g.line === null ? nothing : svg`<path class="trend-line" d=${g.line} />`}
    ${g.marks.map(
      (m, i) => svg`${
        m.low !== null && m.high !== null
          ? svg`<path class="trend-whisker" d="M${m.x - 3} ${m.low} h6 M${m.x} ${m.low} V${m.high} M${m.x - 3} ${m.high} h6" />`
          : nothing
      }
        ${m.y === null ? nothing : svg`<circle class="trend-point" cx=${m.x} cy=${m.y} r="3.5" />`}
        ${m.dip && m.low !== null ? svg`<path class="trend-dip" d="M${m.x - 5} ${m.low + 4} h10 l-5 8 z" />` : nothing}
        <text class="trend-period" x=${m.x} y=${g.height - 6} text-anchor="middle">${options.periods[i] ?? ''}</text>`,
    )}
  </svg>`;
}
