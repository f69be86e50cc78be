/**
 * The vertical layout for narrow elements (below 600 px): touchpoints as rows, lanes as fields
 * inside each row, complete. Still one tab stop: Up/Down move across touchpoints, Home/End and
 * PageUp/PageDown jump, Enter opens the detail panel. Journeys show a page of rows at a time
 * with a "show more" button; a long one (PHASE_LEVEL_FROM) is a tree grid of phases that open to
 * their touchpoints (phase-tree.ts).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../shared/style-properties.js';

import { emotionAt } from '../../analytics/emotion.js';
import { touchpointNps } from '../../analytics/nps.js';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { personaColour } from '../../shared/theme.js';
import type { MapColumn, MapModel } from './derive.js';
import { columnNpsText, curveName, durationText, shownCurves } from './describe.js';
import { channelIcon, momentIcon } from './icons.js';
import { metricList } from './lanes/details.js';
import { flowWords } from './lanes/drawn.js';
import { compareBadge, compareDeltas, hopText } from './lanes/touchpoints.js';
import { shownOf, type TreeRow, type TreeState } from './phase-tree.js';
import { phaseHueClass } from './styles/tokens.js';
import type { PhaseRun } from '../../layout/columns.js';
import type { Sparkline } from '../../layout/sparkline.js';

/** What the vertical layout renders from. */
export interface VerticalOptions {
  model: MapModel;
  localizer: Localizer;
  persona: string;
  rows: number;
  active: number;
  label: string;
  onMore: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
  /** A long journey: phases first (see VerticalTree). */
  tree?: VerticalTree | undefined;
}

/** A −5…+5 track with the score's dot, 100 px wide. */
function scoreBar(score: number, colour: string): TemplateResult {
  const x = 6 + ((score + 5) / 10) * 100;
  return html`<svg class="score-bar mirror-rtl" viewBox="0 0 112 12" aria-hidden="true">
    ${svg`<line class="score-track" x1="6" x2="106" y1="6" y2="6"></line>
      <line class="score-zero" x1="56" x2="56" y1="1" y2="11"></line>
      <circle cx=${x} cy="6" r="4.5" style=${styleProperties({ fill: colour })}></circle>`}
  </svg>`;
}

/**
 * What the NPS lane of the grid shows under a score, in words: sample size, change, norm met or
 * missed, small sample. Nothing is lost when a narrow element (or 400 % zoom) turns the map vertical.
 */
function npsFacts(column: MapColumn, persona: string, l: Localizer): string[] {
  if (column.touchpoint.nps === undefined || column.journeyIndex === null) return [];
  const { current, trend } = touchpointNps(column.touchpoint, { persona: persona === 'all' ? null : persona });
  if (!current || current.score === null) return [];
  const m = l.messages;
  const facts = [m.npsOverlay.sampleSize(l.number(current.responses))];
  if (trend?.direction && trend.delta !== null && trend.from.period)
    facts.push(m.nps.change(trend.direction, l.number(Math.abs(trend.delta)), trend.from.period));
  if (current.target !== undefined && current.onTarget !== null) {
    const target = l.signed(current.target);
    facts.push(current.onTarget ? m.npsOverlay.targetShort(target) : m.npsOverlay.belowTarget(target));
  }
  if (current.smallSample) facts.push(m.npsOverlay.smallSample);
  return facts;
}

function field(title: string, content: TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="field"><span class="field-title">${title}</span><div class="field-value">${content}</div></div>`;
}

function rowContent(o: VerticalOptions, column: MapColumn): TemplateResult {
  const { model, localizer: l } = o;
  const m = l.messages;
  const lanes = m.map.lanes;
  const tp = column.touchpoint;
  const owner = column.journeyIndex === null ? (model.base ?? model.journey) : model.journey;
  const curves = shownCurves(model, o.persona);
  const emotions =
    column.journeyIndex === null
      ? []
      : curves.flatMap((key) => {
          const point = emotionAt(tp, column.journeyIndex!, key);
          if (point.score === null) return [];
          const index = key === null ? 0 : model.personas.findIndex((p) => p.id === key);
          return [{ key, point, colour: personaColour(Math.max(0, index), model.personas[index]?.color) }];
        });
  const nps = columnNpsText(column, o.persona, l);
  const facts = npsFacts(column, o.persona, l);
  const meta = [tp.actor, durationText(tp, l)].filter((x): x is string => typeof x === 'string' && x !== '');
  const deltas = compareDeltas(o, column);
  const flows = flowWords(o, column);
  const hop = hopText(o, column);
  return html`<div class="v-head">
      <span class="tp-number" aria-hidden="true">${l.number(column.index + 1)}</span>
      <span class="tp-label">${tp.label}</span>
      <span class="journey-visually-hidden"
        >(${m.map.rowPosition(m.position(column.index + 1, model.columns.length), column.phaseLabel)})</span
      >
      ${compareBadge(column, l)}
    </div>
    ${meta.length > 0 ? html`<p class="tp-meta">${meta.join(' · ')}</p>` : nothing}
    ${deltas.length > 0 ? html`<ul class="deltas">${deltas.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    <div class="fields">
      ${
        column.channel
          ? field(
              lanes.channels,
              html`<span class="channel">${channelIcon(column.channel)}${l.channelName(column.channel.id, owner)}</span>${
                hop ? html`<span class="hop">${hop}</span>` : nothing
              }`,
            )
          : nothing
      }
      ${
        emotions.length > 0
          ? field(
              lanes.emotion,
              html`<ul class="v-emotions">
              ${emotions.map(({ key, point, colour }) => {
                const glyph = emotionGlyph(point.label, 56);
                return html`<li>
                  ${scoreBar(point.score!, colour)}
                  ${
                    glyph
                      ? html`<svg class="v-glyph" viewBox="-7 -7 14 14" aria-hidden="true"><path class=${`glyph glyph--${glyph.style} tone--${glyph.tone}`} d=${glyph.path}></path></svg>`
                      : html`<span></span>`
                  }
                  <span class="v-emotion-text"
                    >${curves.length > 1 || key !== null ? `${curveName(model, key, l)}: ` : ''}${
                      point.label ? `${l.emotionWord(point.label)}, ` : ''
                    }${l.emotionScore(point.score!)}</span
                  >
                </li>`;
              })}
            </ul>`,
            )
          : nothing
      }
      ${
        nps !== null
          ? field(
              lanes.nps,
              html`<span class="v-nps">${nps}</span>${facts.length > 0 ? html` <span class="v-nps-facts">${facts.join(' · ')}</span>` : nothing}`,
            )
          : nothing
      }
      ${
        tp.momentOfTruth
          ? field(
              lanes['moments-of-truth'],
              html`<div class="moment moment--${tp.momentOfTruth.kind}">
              <span class="moment-kind">${momentIcon()}${m.momentOfTruthKinds[tp.momentOfTruth.kind]}</span>${
                tp.momentOfTruth.note ? html` <span class="moment-note">${tp.momentOfTruth.note}</span>` : nothing
              }
            </div>`,
            )
          : nothing
      }
      ${tp.metrics?.length ? field(lanes.metrics, metricList(tp.metrics, l)) : nothing}
      ${
        tp.painPoints?.length
          ? field(
              lanes['pain-points'],
              html`<ul class="notes notes--pain">${tp.painPoints.map((p) => html`<li>${p}</li>`)}</ul>`,
            )
          : nothing
      }
      ${
        tp.opportunities?.length
          ? field(
              lanes.opportunities,
              html`<ul class="notes notes--opportunity">${tp.opportunities.map((p) => html`<li>${p}</li>`)}</ul>`,
            )
          : nothing
      }
      ${
        tp.quotes?.length
          ? field(
              lanes.quotes,
              html`${tp.quotes.map(
                (q) => html`<figure class="quote">
                <blockquote>${q.text}</blockquote>
                ${q.persona ? html`<figcaption>${curveName(model, q.persona, l)}</figcaption>` : nothing}
              </figure>`,
              )}`,
            )
          : nothing
      }
      ${flows ? field(lanes.flows, html`<span class="v-flows">${flows}</span>`) : nothing}
    </div>`;
}

/** A phase's description under its name, as the grid's phase header shows it. */
function phaseDescription(model: MapModel, column: MapColumn): TemplateResult | typeof nothing {
  const description = model.phases.find((p) => p.id === column.phaseId)?.description;
  return description ? html`<span class="v-phase-description">${description}</span>` : nothing;
}

/** The narrow map of a long journey as a tree of phases (see phase-tree.ts). */
export interface VerticalTree {
  bands: readonly PhaseRun[];
  state: TreeState;
  /** The row holding the tab stop. */
  at: TreeRow;
  /** The summary of a phase, read when its row has focus. */
  summary: (band: number) => string;
  /** A phase's emotion as a small line (null when none of its touchpoints has a score). */
  sparkline: (band: number) => Sparkline | null;
}

/** A phase's emotion at a glance, beside its name (decorative: the summary says it in words). */
function phaseSparkline(spark: Sparkline | null): TemplateResult | typeof nothing {
  if (!spark) return nothing;
  return html`<svg class="v-phase-spark mirror-rtl" viewBox="0 0 ${spark.width} ${spark.height}" aria-hidden="true" focusable="false">
    ${svg`<line class="spark-zero" x1="0" x2=${spark.width} y1=${spark.zero} y2=${spark.zero}></line>
      <path class="spark-line" d=${spark.path}></path>`}
  </svg>`;
}

/** A touchpoint's row: one cell holding every lane. */
function touchpointRow(
  o: VerticalOptions,
  c: MapColumn,
  tabbable: boolean,
  place: { rowIndex?: number; level?: number; position?: number; size?: number },
  phaseHeading: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<div
    role="row"
    class="v-row"
    aria-rowindex=${place.rowIndex ?? nothing}
    aria-level=${place.level ?? nothing}
    aria-posinset=${place.position ?? nothing}
    aria-setsize=${place.size ?? nothing}
  >
    <div
      role="gridcell"
      part="cell"
      class=${`v-cell${c.comparison?.status === 'removed' ? ' removed' : ''}`}
      tabindex=${tabbable ? 0 : -1}
      data-col=${c.index}
      data-lane="0"
    >
      ${phaseHeading} ${rowContent(o, c)}
    </div>
  </div>`;
}

/** The vertical layout. */
export function renderVertical(o: VerticalOptions): TemplateResult {
  if (o.tree) return renderTree(o, o.tree);
  const { model, localizer: l } = o;
  const rows = model.columns.slice(0, o.rows);
  const more = model.columns.length - rows.length;
  const active = Math.min(o.active, rows.length - 1);
  return html`<div
      class="vertical"
      role="grid"
      aria-label=${o.label}
      aria-rowcount=${model.columns.length}
      @keydown=${o.onKeyDown}
      @click=${o.onClick}
    >
      ${repeat(
        rows,
        (c) => c.id,
        (c) => {
          const phaseStart = c.index === 0 || model.columns[c.index - 1]!.phaseId !== c.phaseId;
          const heading = phaseStart
            ? html`<p class=${`v-phase ${phaseHueClass(model.phases.findIndex((p) => p.id === c.phaseId))}`} aria-hidden="true">
                ${c.phaseLabel}${phaseDescription(model, c)}
              </p>`
            : nothing;
          return touchpointRow(o, c, c.index === active, { rowIndex: c.index + 1 }, heading);
        },
      )}
    </div>
    ${
      more > 0
        ? html`<button type="button" class="more" @click=${o.onMore}>
          ${l.messages.map.showMore(l.number(rows.length), l.number(model.columns.length))}
        </button>`
        : nothing
    }`;
}

/**
 * A long journey in the narrow map: a tree grid with a row per phase (its name, description,
 * touchpoint count and positions; the summary is read when it has focus) that opens to its
 * touchpoints, a page at a time. Only the rows of open phases are in the document.
 */
function renderTree(o: VerticalOptions, tree: VerticalTree): TemplateResult {
  const { model, localizer: l } = o;
  const { bands, state, at } = tree;
  return html`<div class="vertical tree" role="treegrid" aria-label=${o.label} @keydown=${o.onKeyDown} @click=${o.onClick}>
    ${repeat(
      bands,
      (band) => `${band.phaseId}:${band.firstIndex}`,
      (band, b) => {
        const open = state.open.has(b);
        const count = band.lastIndex - band.firstIndex + 1;
        const shown = open ? shownOf(bands, state, b) : 0;
        const focused = at.kind === 'phase' && at.band === b;
        const description = model.phases[band.phaseIndex]?.description;
        const rows = open ? model.columns.slice(band.firstIndex, band.firstIndex + shown) : [];
        return html`<div role="row" class="v-phase-row" aria-level="1" aria-posinset=${b + 1} aria-setsize=${bands.length} aria-expanded=${open ? 'true' : 'false'}>
            <div
              role="gridcell"
              part="phase"
              class=${`v-phase-cell ${phaseHueClass(band.phaseIndex)}`}
              tabindex=${focused ? 0 : -1}
              data-band=${b}
              aria-description=${focused ? tree.summary(b) : nothing}
            >
              <svg class="v-phase-toggle mirror-rtl" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d=${open ? 'M3 6l5 5 5-5' : 'M6 3l5 5-5 5'}></path>
              </svg>
              <span class="v-phase-name">${band.label}</span>
              ${description ? html`<span class="v-phase-description">${description}</span>` : nothing}
              <span class="v-phase-count">${l.messages.map.phaseRows(count, l.number(band.firstIndex + 1), l.number(band.lastIndex + 1))}</span>
              ${phaseSparkline(tree.sparkline(b))}
            </div>
          </div>
          ${repeat(
            rows,
            (c) => c.id,
            (c) =>
              touchpointRow(
                o,
                c,
                at.kind === 'touchpoint' && at.column === c.index,
                { level: 2, position: c.index - band.firstIndex + 1, size: count },
                nothing,
              ),
          )}
          ${
            open && shown < count
              ? html`<div role="row" class="v-more-row" aria-level="2">
                <div role="gridcell">
                  <button type="button" class="more" tabindex="-1" data-band=${b}>
                    ${l.messages.map.showMore(l.number(shown), l.number(count))}
                  </button>
                </div>
              </div>`
              : nothing
          }`;
      },
    )}
  </div>`;
}
