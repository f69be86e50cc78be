/** A touchpoint on the track: its cell (score, trend, bars, responses, target), or a placeholder; the phase stop. */
import { type TemplateResult, html, nothing, svg } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { styleProperties } from '../../shared/style-properties.js';
import type { OverlayContext } from './context.js';
import { intervalParts } from './describe.js';
import { icon } from '../../shared/icons.js';
import { type NpsRow, isBandStart } from './rows.js';

/** Height of the bars drawing: the diverging bar over the score track. */
const BARS_HEIGHT = 34;

/** Touchpoints in track order: a cell for each with NPS, a placeholder for the others; phase headings between rows. */
export function rowsTemplate(ctx: OverlayContext, rows: readonly NpsRow[]): TemplateResult {
  const vertical = ctx.mode === 'vertical';
  const all = ctx.data.rows;
  return html`${repeat(
    rows,
    (r) => r.touchpoint.id,
    (r) =>
      html`${vertical && isBandStart(all, r) ? html`<div class="phase-heading" aria-hidden="true">${r.phaseLabel}</div>` : nothing}${
        vertical && r.touchpoint.id === ctx.activeId ? phaseStopTemplate(ctx) : nothing
      }${r.measured ? cellTemplate(ctx, r) : placeholderTemplate(ctx, r)}`,
  )}`;
}

/** A column's place on the track: explicit, because a windowed track renders only some of them. */
function placement(ctx: OverlayContext, row: NpsRow) {
  return styleProperties({ 'grid-column': ctx.mode === 'vertical' ? undefined : String(row.index + 1) });
}

/** Whether the overlay draws its own touchpoint axis (and so each cell's label). */
function standalone(ctx: OverlayContext): boolean {
  return ctx.mode === 'horizontal' || ctx.mode === 'vertical';
}

/** A touchpoint without NPS: keeps its column or row, with a quiet dash, out of the tab order and the accessibility tree. */
function placeholderTemplate(ctx: OverlayContext, row: NpsRow): TemplateResult {
  return html`<div class=${classMap({ cell: true, placeholder: true })} aria-hidden="true" style=${placement(ctx, row)}>
      ${standalone(ctx) ? html`<span class="tp-label">${row.touchpoint.label}</span>` : nothing}
      <span class="none">${ctx.localizer.messages.npsOverlay.notMeasured}</span>
    </div>`;
}

/**
 * The phase holding the tab stop at the phase level (shared/phase-level.ts), named by its
 * summary: over the phase's columns, or in a vertical list a bar before its first measured
 * touchpoint, seen while focused.
 */
export function phaseStopTemplate(ctx: OverlayContext): TemplateResult | typeof nothing {
  const stop = ctx.phaseStop;
  if (!stop) return nothing;
  const place = ctx.mode === 'vertical' ? {} : { 'grid-column': `${stop.first + 1} / ${stop.last + 2}` };
  return html`<button type="button" class="phase-stop" tabindex="0" aria-label=${stop.name} data-phase=${stop.at} style=${styleProperties(place)}>
      <span aria-hidden="true">${stop.label}</span>
    </button>`;
}

function cellTemplate(ctx: OverlayContext, row: NpsRow): TemplateResult {
  const { localizer } = ctx;
  const m = localizer.messages;
  const current = row.current;
  const mot = row.touchpoint.momentOfTruth;
  const own = standalone(ctx);
  const hasScore = row.score !== null;
  const id = row.touchpoint.id;
  // The drawing is hidden from assistive technology; the button over it carries everything in
  // its name. A button around the drawing would have visible text that is not its name.
  return html`<div
      part="touchpoint"
      class=${classMap({
        cell: true,
        measured: true,
        mot: mot !== undefined,
        'off-target': row.offTarget,
        'no-data': !hasScore,
        'small-sample': current?.smallSample === true,
      })}
      style=${placement(ctx, row)}
      data-touchpoint-id=${id}
    >
      <button
        type="button"
        class="hit"
        data-touchpoint-id=${id}
        tabindex=${id === ctx.activeId && !ctx.phaseStop ? '0' : '-1'}
        aria-label=${ctx.dipped(id) ? `${row.name}, ${m.trendLane.liveDip}` : row.name}
        aria-haspopup="dialog"
        @click=${() => ctx.on.open(id)}
        @focus=${() => ctx.on.focus(id)}
      ></button>
      ${
        own || mot
          ? html`<span class="head" aria-hidden="true">
            ${own ? html`<span class="tp-label">${row.touchpoint.label}</span>` : nothing}
            ${mot ? html`<span class="mot-badge" part="moment-of-truth">${icon('momentOfTruth', 'icon-mot')}${m.npsOverlay.momentShort}</span>` : nothing}
          </span>`
          : nothing
      }
      ${
        ctx.dipped(id)
          ? html`<span class="tp-dip" part="dip" aria-hidden="true"
              ><span class="tp-dip-glyph">▼</span> ${m.trendLane.liveDip}</span
            >`
          : nothing
      }
      <span class="score-line" aria-hidden="true">
        <span class="score" part="score">${hasScore ? localizer.signed(row.score!) : m.npsOverlay.noData()}</span>
        ${trendTemplate(row, localizer)}
      </span>
      ${hasScore ? barsTemplate(ctx, row) : html`<span class="bars-space" aria-hidden="true"></span>`}
      <span class="meta" aria-hidden="true">
        ${hasScore ? html`<span class="n">${m.npsOverlay.sampleSize(localizer.number(current!.responses))}</span>` : nothing}
        ${
          // A map's lane is compact and the map says its numbers itself: there the interval is the
          // whisker, and words in the touchpoint's name.
          ctx.mode === 'hosted' ? nothing : intervalTemplate(row, localizer)
        }
        ${
          current?.smallSample
            ? html`<span class="flag small">${icon('warning', 'icon-warning')}${m.npsOverlay.smallSample}</span>`
            : nothing
        }
        ${targetStateTemplate(row, localizer)}
      </span>
    </div>`;
}

/**
 * The change since the period before: an arrow and the signed change only when the z test says
 * it is real; "≈ not significant" otherwise, "? change unknown" when a period has no answers.
 */
export function trendTemplate(row: NpsRow, localizer: Localizer): TemplateResult | typeof nothing {
  const trend = row.nps.trend;
  const change = row.change;
  if (!trend || change === null) return nothing;
  const s = localizer.messages.npsStatistics;
  if (change === 'unknown' || trend.direction === null)
    return html`<span class="trend unknown">${s.unknownShort}</span>`;
  if (!change.significant) return html`<span class="trend not-significant">${s.notSignificantShort}</span>`;
  return html`<span class="trend ${trend.direction}"
      >${icon(trend.direction, `icon-${trend.direction}`)}${localizer.signed(change.delta)}</span
    >`;
}

/** The score's interval in words beside its whisker: "95 %: +6 tot +25". */
export function intervalTemplate(row: NpsRow, localizer: Localizer): TemplateResult | typeof nothing {
  if (!row.interval) return nothing;
  return html`<span class="ci">${localizer.messages.npsStatistics.intervalShort(intervalParts(row.interval, localizer))}</span>`;
}

/** The target met or missed, in icon and text. */
export function targetStateTemplate(row: NpsRow, localizer: Localizer): TemplateResult | typeof nothing {
  const current = row.current;
  if (current?.target === undefined || current.onTarget === null) return nothing;
  const m = localizer.messages.npsOverlay;
  const target = localizer.signed(current.target);
  return current.onTarget
    ? html`<span class="target met">${icon('check', 'icon-check')}${m.targetShort(target)}</span>`
    : html`<span class="target missed">${icon('warning', 'icon-warning')}${m.belowTarget(target)}</span>`;
}

/** The diverging bar over the score track with its zero line, score and target mark. */
export function barsTemplate(ctx: OverlayContext, row: NpsRow): TemplateResult | typeof nothing {
  const geometry = ctx.geometry.get(row.touchpoint.id);
  if (!geometry?.bar) return nothing;
  const { bar, track } = geometry;
  const w = ctx.barWidth;
  return html`<svg class="bars mirror-rtl" width=${w} height=${BARS_HEIGHT} viewBox="0 0 ${w} ${BARS_HEIGHT}" aria-hidden="true">
      ${bar.segments.map(
        (s) =>
          svg`<rect class="seg ${s.group}" x=${s.x0} y="2" width=${Math.max(0, s.x1 - s.x0)} height="12"
            fill=${s.group === 'detractors' ? `url(#${ctx.ids.hatch})` : nothing} />`,
      )}
      <line class="centre" x1=${bar.centre} x2=${bar.centre} y1="0" y2="16" />
      <line class="track-line" x1=${track.start} x2=${track.end} y1="25" y2="25" />
      <line class="zero" x1=${track.zero} x2=${track.zero} y1="21" y2="29" />
      ${
        track.whisker
          ? svg`<path class="whisker" d="M${track.whisker.x0} 21.5 v7 M${track.whisker.x0} 25 H${track.whisker.x1} M${track.whisker.x1} 21.5 v7" />`
          : nothing
      }
      ${
        track.bar
          ? svg`<rect class="score-bar ${row.score! < 0 ? 'negative' : 'positive'}" x=${track.bar.x0} y="22.5"
            width=${Math.max(0, track.bar.x1 - track.bar.x0)} height="5" />
            <circle class="score-dot" cx=${track.score!} cy="25" r="3.5" />`
          : nothing
      }
      ${
        track.target !== null
          ? svg`<path class="target-mark ${row.offTarget ? 'missed' : 'met'}"
            d="M${track.target} 19.5 v13 M${track.target - 3.5} 18 h7 l-3.5 3.5 z" />`
          : nothing
      }
    </svg>`;
}

/** The pattern that hatches the detractors' segment, so it differs from the others without colour. */
export function hatchTemplate(ctx: Pick<OverlayContext, 'ids'>): TemplateResult {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true">
      <defs>
        <pattern id=${ctx.ids.hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch-fill" width="5" height="5" />
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="5" />
        </pattern>
      </defs>
    </svg>`;
}
