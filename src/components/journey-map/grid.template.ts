/**
 * The wide map: a CSS grid with a row of phases and a row per lane, its columns the rendered
 * window of touchpoints (virtual.ts) with spacer tracks for the rest, inside the horizontal
 * scroller. Templates only: the element hands in its state and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ColumnLayout } from '../../layout/columns.js';
import type { FlowLayout } from '../../layout/flows.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { styleProperties } from '../../shared/style-properties.js';
import type { MapColumn, MapModel } from './derive.js';
import { renderCurveKey, renderFlowLegend } from './header.template.js';
import type { LaneWindow } from './lane-window.js';
import type { Lane } from './lanes.js';
import type { LaneContext } from './lanes/context.js';
import { metricLane, momentLane, opportunityLane, painPointLane, quoteLane } from './lanes/details.js';
import { actionLane } from './lanes/actions.js';
import { emotionLane, flowLane, npsLane } from './lanes/drawn.js';
import { blueprintKey, processLane } from './lanes/processes.js';
import { channelLane, touchpointLane } from './lanes/touchpoints.js';
import { phaseHueClass } from './styles/tokens.js';
import { type ColumnRange, renderedIndices, trackPlan } from './virtual.js';

/** Lanes that are drawings under transparent cells. */
const DRAWN: readonly Lane[] = ['emotion', 'nps', 'flows'];

/** What the grid renders from. */
export interface GridOptions {
  model: MapModel;
  layout: ColumnLayout;
  localizer: Localizer;
  /** The `persona` property as set (an id, `all`, or one the journey lacks). */
  persona: string;
  lanes: readonly Lane[];
  range: ColumnRange;
  window: LaneWindow | null;
  /** The flows laid out for the window (needed when the flows lane is shown). */
  flows: FlowLayout | undefined;
  /** Width of the sticky lane headers (px). */
  headWidth: number;
  activeColumn: number;
  /** The lane holding the tab stop; -1 at the phase level, where a phase holds it. */
  activeLane: number;
  /** The phase band holding the tab stop at the phase level, else -1. */
  focusBand: number;
  phaseSummary: (band: number) => string;
  touchpointName: (column: MapColumn) => string;
  /** Whether a live refresh brought a fresh significant dip at the column's touchpoint. */
  dipped: (column: MapColumn) => boolean;
  onScroll: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
  onFocusIn: () => void;
}

/** The scroller with the grid of phases and lanes. */
export function renderGrid(o: GridOptions): TemplateResult {
  const { model, layout, localizer } = o;
  const m = localizer.messages;
  const head = o.headWidth;
  const rendered = renderedIndices(o.range, [o.activeColumn], model.columns.length);
  const plan = trackPlan(layout, rendered);
  const w = o.window;
  const windowLines: [number, number] | null = w
    ? [plan.line.get(w.first) ?? 2, (plan.line.get(w.last) ?? 2) + 1]
    : null;
  const laneNames: Record<Lane, string> = m.map.lanes;
  const base: Omit<LaneContext, 'lane' | 'laneIndex' | 'laneName'> = {
    model,
    layout,
    localizer,
    persona: model.curves.includes(o.persona) ? o.persona : 'all',
    rendered,
    line: plan.line,
    window: w,
    windowLines,
    activeColumn: o.activeColumn,
    activeLane: o.activeLane,
    touchpointName: o.touchpointName,
    dipped: o.dipped,
  };
  return html`<div
    part="scroller"
    class="scroller"
    style=${styleProperties({ 'scroll-padding-inline-start': `${head}px` })}
    @scroll=${o.onScroll}
  >
    <div
      part="grid"
      class="grid"
      role="grid"
      aria-label=${m.map.gridLabel(model.journey.title)}
      aria-rowcount=${o.lanes.length + 1}
      aria-colcount=${model.columns.length + 1}
      style=${styleProperties({
        'grid-template-columns': `${head}px ${plan.tracks}`,
        width: `${head + plan.contentWidth}px`,
        '--head': `${head}px`,
      })}
      @keydown=${o.onKeyDown}
      @click=${o.onClick}
      @focusin=${o.onFocusIn}
    >
      <div role="row" class="row phase-row" aria-rowindex="1">
        <div role="columnheader" class="corner" aria-colindex="1">${m.phase}</div>
        ${renderPhases(o, plan.line, rendered)}
      </div>
      ${repeat(
        o.lanes,
        (lane) => lane,
        (lane, laneIndex) => {
          const ctx: LaneContext = { ...base, lane, laneIndex, laneName: laneNames[lane] };
          return html`<div
            role="row"
            class=${classMap({ row: true, lane: true, [`lane--${lane}`]: true, drawn: DRAWN.includes(lane) })}
            aria-rowindex=${laneIndex + 2}
          >
            <div role="rowheader" part="lane-header" class="lane-header" aria-colindex="1">
              <span class="lane-name">${laneNames[lane]}</span>
              ${lane === 'flows' ? renderFlowLegend(localizer) : nothing}
              ${lane === 'emotion' ? renderCurveKey(model, o.persona) : nothing}
              ${lane === 'processes' ? blueprintKey(localizer) : nothing}
            </div>
            ${renderLane(ctx, o.flows)}
          </div>`;
        },
      )}
    </div>
  </div>`;
}

/** The phase headers over the rendered columns, each spanning its rendered touchpoints. */
function renderPhases(o: GridOptions, line: ReadonlyMap<number, number>, rendered: readonly number[]) {
  const { model, layout } = o;
  const shownBands = layout.bands.flatMap((band, b) => {
    let first = -1;
    let last = -1;
    for (const i of rendered) {
      if (i < band.firstIndex || i > band.lastIndex) continue;
      if (first === -1) first = i;
      last = i;
    }
    return first === -1 ? [] : [{ band, b, first, last }];
  });
  const phaseOf = new Map(model.phases.map((p) => [p.id, p]));
  return repeat(
    shownBands,
    ({ b }) => b,
    ({ band, b, first, last }) => {
      const count = band.lastIndex - band.firstIndex + 1;
      const description = phaseOf.get(band.phaseId)?.description;
      // At the phase level the active phase holds the tab stop and describes itself: a summary
      // of its touchpoints instead of each one (see PHASE_LEVEL_FROM).
      const focused = b === o.focusBand;
      return html`<div
        role="columnheader"
        part="phase"
        class=${classMap({ phase: true, [phaseHueClass(band.phaseIndex)]: true })}
        style=${styleProperties({ 'grid-column': `${line.get(first)} / ${(line.get(last) ?? 0) + 1}` })}
        aria-colindex=${band.firstIndex + 2}
        aria-colspan=${count}
        tabindex=${focused ? 0 : nothing}
        data-band=${b}
        aria-label=${focused ? (description ? `${band.label}, ${description}` : band.label) : nothing}
        aria-description=${focused ? o.phaseSummary(b) : nothing}
      >
        <span class="phase-label">
          <span class="phase-name">${band.label}</span>
          ${description ? html`<span class="phase-description">${description}</span>` : nothing}
        </span>
      </div>`;
    },
  );
}

function renderLane(ctx: LaneContext, flows: FlowLayout | undefined): TemplateResult {
  switch (ctx.lane) {
    case 'touchpoints':
      return touchpointLane(ctx);
    case 'channels':
      return channelLane(ctx);
    case 'emotion':
      return emotionLane(ctx, 'monotone');
    case 'nps':
      return npsLane(ctx);
    case 'flows':
      return flowLane(ctx, flows!);
    case 'metrics':
      return metricLane(ctx);
    case 'pain-points':
      return painPointLane(ctx);
    case 'opportunities':
      return opportunityLane(ctx);
    case 'moments-of-truth':
      return momentLane(ctx);
    case 'quotes':
      return quoteLane(ctx);
    case 'processes':
      return processLane(ctx);
    case 'actions':
      return actionLane(ctx);
  }
}
