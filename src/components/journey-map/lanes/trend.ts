/**
 * The trend lane: per touchpoint, its NPS and its emotion over the periods (oldest first) with the
 * 95 % interval as a band, drawn with the shared trend chart, and each significant dip — a period
 * significantly worse than the one before (npsChange, or Welch's t via emotionChange where `n` and
 * `sd` are known) — marked with a glyph and the words "significant dip", not by colour alone. A
 * touchpoint with fewer than two periods of a measure draws nothing for it. The series and their
 * geometry are worked out once per touchpoint and persona (a WeakMap on the touchpoint).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { emotionChange, npsChange } from '../../../analytics/significance.js';
import { emotionPeriodSeries, npsPeriodSeries } from '../../../analytics/trends.js';
import { type TrendGeometry, trendLayout } from '../../../layout/trend.js';
import type { Touchpoint } from '../../../model/types.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import { trendChart } from '../../../shared/templates/trend.template.js';
import type { MapColumn } from '../derive.js';
import { type LaneContext, cellName, gridCell } from './context.js';

/** One period of a measure's trend, ready for words and drawing. */
export interface TrendPeriod {
  period: string | null;
  score: number | null;
  low: number | null;
  high: number | null;
  n: number | null;
  /** Significantly worse than the period before. */
  dip: boolean;
}

/** One measure's trend at a touchpoint: its periods and their geometry. */
export interface MeasureTrend {
  periods: TrendPeriod[];
  geometry: TrendGeometry;
}

/** A touchpoint's trends for one persona: each measure with two periods or more, else null. */
export interface TouchpointTrend {
  nps: MeasureTrend | null;
  emotion: MeasureTrend | null;
}

/** The box of one small trend chart in a lane cell (the SVG scales to the cell's width). */
const FRAME = { width: 180, height: 96, top: 6, right: 8, bottom: 18, left: 30 } as const;

const measureTrend = (periods: TrendPeriod[]): MeasureTrend | null =>
  periods.length < 2 ? null : { periods, geometry: trendLayout(periods, FRAME) };

function computeTrend(touchpoint: Touchpoint, persona: string | null): TouchpointTrend {
  const nps = npsPeriodSeries(touchpoint, persona);
  const emotion = emotionPeriodSeries(touchpoint, persona);
  return {
    nps: measureTrend(
      nps.map((p, i) => {
        const change = i === 0 ? null : npsChange(nps[i - 1]!.result, p.result);
        return {
          period: p.period,
          score: p.score,
          low: p.interval?.low ?? null,
          high: p.interval?.high ?? null,
          n: p.n,
          dip: change !== null && change.significant && change.delta < 0,
        };
      }),
    ),
    emotion: measureTrend(
      emotion.map((p, i) => {
        const before = emotion[i - 1];
        const change =
          before === undefined
            ? null
            : emotionChange(
                { score: before.score, n: before.n ?? undefined, sd: before.sd ?? undefined },
                { score: p.score, n: p.n ?? undefined, sd: p.sd ?? undefined },
              );
        return {
          period: p.period,
          score: p.score,
          low: p.interval?.low ?? null,
          high: p.interval?.high ?? null,
          n: p.n,
          dip: change !== null && change.significant === true && change.delta < 0,
        };
      }),
    ),
  };
}

const cache = new WeakMap<Touchpoint, Map<string, TouchpointTrend>>();

/** The trends of `touchpoint` for `persona` ('all' or null: all customers), worked out once. */
export function touchpointTrend(touchpoint: Touchpoint, persona: string | null): TouchpointTrend {
  const key = persona === null || persona === 'all' ? '' : persona;
  let byPersona = cache.get(touchpoint);
  if (!byPersona) cache.set(touchpoint, (byPersona = new Map()));
  let trend = byPersona.get(key);
  if (!trend) byPersona.set(key, (trend = computeTrend(touchpoint, key === '' ? null : key)));
  return trend;
}

/** Whether a touchpoint has two periods of NPS or emotion, for any persona or all customers. */
export function hasTrend(touchpoint: Touchpoint): boolean {
  const keys = new Set<string | null>([null]);
  for (const e of touchpoint.emotions ?? []) if (e.persona !== undefined) keys.add(e.persona);
  for (const n of Array.isArray(touchpoint.nps) ? touchpoint.nps : touchpoint.nps ? [touchpoint.nps] : [])
    if (n.persona !== undefined) keys.add(n.persona);
  return [...keys].some((key) => {
    const t = touchpointTrend(touchpoint, key);
    return t.nps !== null || t.emotion !== null;
  });
}

/** One period in words: "2026-Q2: +30 (95%: +20 to +40), n = 200, significant dip". */
function periodWords(p: TrendPeriod, measure: 'nps' | 'emotion', l: Localizer): string {
  const s = l.messages.npsStatistics;
  const t = l.messages.trendLane;
  const format = (v: number) => l.signed(v, { maximumFractionDigits: measure === 'nps' ? 0 : 1 });
  const label = p.period ?? l.messages.trends.noPeriod;
  const score =
    p.score === null
      ? t.noAnswers
      : p.low !== null && p.high !== null && p.n !== null
        ? s.scoreWithInterval({
            scoreText: format(p.score),
            lowText: format(p.low),
            highText: format(p.high),
            level: 95,
            countText: l.number(p.n),
          })
        : format(p.score) + (p.n === null ? '' : `, n = ${l.number(p.n)}`);
  return `${label}: ${score}${p.dip ? `, ${s.dip}` : ''}`;
}

/** A measure's trend in words: "NPS: 2026-Q1: …; 2026-Q2: …". */
export function measureWords(trend: MeasureTrend, measure: 'nps' | 'emotion', l: Localizer): string {
  const name = measure === 'nps' ? l.messages.nps.name : l.messages.emotion;
  return `${name}: ${trend.periods.map((p) => periodWords(p, measure, l)).join('; ')}`;
}

/** A touchpoint's trends in words, one entry per measure with periods (empty: none). */
export function trendWords(trend: TouchpointTrend, l: Localizer): string[] {
  return [
    ...(trend.nps ? [measureWords(trend.nps, 'nps', l)] : []),
    ...(trend.emotion ? [measureWords(trend.emotion, 'emotion', l)] : []),
  ];
}

function measureBlock(trend: MeasureTrend, measure: 'nps' | 'emotion', l: Localizer): TemplateResult {
  const name = measure === 'nps' ? l.messages.nps.name : l.messages.emotion;
  const dips = trend.periods.filter((p) => p.dip);
  return html`<figure class="trend-measure trend-measure--${measure}">
    <figcaption class="trend-name">${name}</figcaption>
    ${trendChart({
      geometry: trend.geometry,
      label: measureWords(trend, measure, l),
      periods: trend.periods.map((p) => p.period ?? '–'),
      tick: (v) => l.signed(v),
    })}
    ${dips.map(
      (p) => html`<p class="trend-dip-note">
        <span class="trend-dip-glyph" aria-hidden="true">▼</span> ${l.messages.npsStatistics.dip}
        (${p.period ?? l.messages.trends.noPeriod})
      </p>`,
    )}
  </figure>`;
}

/** The trend lane: per column, the NPS and emotion trends of the persona shown. */
export function trendLane(ctx: LaneContext): TemplateResult {
  const l = ctx.localizer;
  return html`${repeat(
    ctx.rendered,
    (i) => ctx.model.columns[i]!.id,
    (i) => {
      const column: MapColumn = ctx.model.columns[i]!;
      const trend = column.journeyIndex === null ? null : touchpointTrend(column.touchpoint, ctx.persona);
      const words = trend ? trendWords(trend, l) : [];
      return gridCell(
        ctx,
        column,
        cellName(ctx, column, words.length > 0 ? words.join('. ') : null),
        trend && (trend.nps || trend.emotion)
          ? html`${trend.nps ? measureBlock(trend.nps, 'nps', l) : nothing}
            ${trend.emotion ? measureBlock(trend.emotion, 'emotion', l) : nothing}`
          : nothing,
        { extraClass: 'cell--trend' },
      );
    },
  )}`;
}
