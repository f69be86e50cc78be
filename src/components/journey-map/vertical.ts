/**
 * The vertical layout for narrow elements (below 600 px): touchpoints as rows, lanes as fields
 * inside each row, complete. Still one tab stop: Up/Down move across touchpoints, Home/End and
 * PageUp/PageDown jump, Enter opens the detail panel. Journeys show a page of rows at a time
 * with a "show more" button; a long one (PHASE_LEVEL_FROM) is a tree grid of phases that open to
 * their touchpoints (phase-tree.ts).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PhaseRun } from '../../layout/columns.js';
import type { Sparkline } from '../../layout/sparkline.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { MapModel } from './derive.js';
import { shownOf, type TreeRow, type TreeState } from './phase-tree.js';
import { phaseHueClass } from './styles/tokens.js';
import { phaseDescription, touchpointRow } from './vertical-row.js';

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
