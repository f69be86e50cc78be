/** The text lanes: metrics against their norms, pain points, opportunities, moments of truth, quotes. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isOffNorm } from '../../../analytics/metrics.js';
import type { Metric } from '../../../model/types.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapColumn } from '../derive.js';
import { metricNorm, metricText, metricValue, momentText } from '../describe.js';
import { icon } from '../../../shared/icons.js';
import { type LaneContext, cellName, gridCell } from './context.js';

type CellParts = { text: string | null; content: TemplateResult | typeof nothing };

function lane(ctx: LaneContext, parts: (column: MapColumn) => CellParts): TemplateResult {
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column = ctx.model.columns[i]!;
      const { text, content } = parts(column);
      return gridCell(ctx, column, cellName(ctx, column, text), content);
    },
  )}`;
}

/** Metrics: label, value, norm; off-norm ones marked with the warning icon and "off norm". */
/** A touchpoint's metrics: label, value, norm, and "off norm" with its icon; in a lane cell and in a row of the narrow map. */
export function metricList(metrics: readonly Metric[], l: Localizer): TemplateResult {
  return html`<ul class="metrics">
    ${metrics.map((metric) => {
      const off = isOffNorm(metric) === true;
      const norm = metricNorm(metric, l);
      return html`<li class=${off ? 'metric metric--off' : 'metric'}>
        <span class="metric-label">${metric.label}</span>
        <span class="metric-value">${metricValue(metric, l)}</span>
        ${norm ? html`<span class="metric-norm">${norm}</span>` : nothing}
        ${off ? html`<span class="off-norm">${icon('warning', 'warning-icon')}${l.messages.metric.offNorm}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

export function metricLane(ctx: LaneContext): TemplateResult {
  const l = ctx.localizer;
  return lane(ctx, (column) => {
    const metrics = column.touchpoint.metrics ?? [];
    if (metrics.length === 0) return { text: null, content: nothing };
    return {
      text: metrics.map((m) => metricText(m, l)).join('; '),
      content: metricList(metrics, l),
    };
  });
}

function listLane(
  ctx: LaneContext,
  pick: (column: MapColumn) => readonly string[] | undefined,
  kind: string,
): TemplateResult {
  return lane(ctx, (column) => {
    const items = pick(column) ?? [];
    if (items.length === 0) return { text: null, content: nothing };
    return {
      text: items.join('; '),
      content: html`<ul class="notes notes--${kind}">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`,
    };
  });
}

/** Pain points as a list. */
export function painPointLane(ctx: LaneContext): TemplateResult {
  return listLane(ctx, (c) => c.touchpoint.painPoints, 'pain');
}

/** Opportunities as a list. */
export function opportunityLane(ctx: LaneContext): TemplateResult {
  return listLane(ctx, (c) => c.touchpoint.opportunities, 'opportunity');
}

/** Moments of truth: the flag, the kind in words and the note. */
export function momentLane(ctx: LaneContext): TemplateResult {
  const l = ctx.localizer;
  return lane(ctx, (column) => {
    const moment = column.touchpoint.momentOfTruth;
    if (!moment) return { text: null, content: nothing };
    return {
      text: momentText(column.touchpoint, l),
      content: html`<div class="moment moment--${moment.kind}">
        <span class="moment-kind">${icon('momentOfTruth', 'moment-icon')}${l.messages.momentOfTruthKinds[moment.kind]}</span>
        ${moment.note ? html`<span class="moment-note">${moment.note}</span>` : nothing}
      </div>`,
    };
  });
}

/** Quotes with the persona who said them. */
export function quoteLane(ctx: LaneContext): TemplateResult {
  return lane(ctx, (column) => {
    const quotes = column.touchpoint.quotes ?? [];
    if (quotes.length === 0) return { text: null, content: nothing };
    const who = (id: string | undefined) =>
      id === undefined ? null : (ctx.model.personas.find((p) => p.id === id)?.name ?? id);
    return {
      text: quotes.map((q) => (who(q.persona) ? `“${q.text}” (${who(q.persona)})` : `“${q.text}”`)).join('; '),
      content: html`${quotes.map(
        (q) => html`<figure class="quote">
          <blockquote>${q.text}</blockquote>
          ${who(q.persona) ? html`<figcaption>${who(q.persona)}</figcaption>` : nothing}
        </figure>`,
      )}`,
    };
  });
}
