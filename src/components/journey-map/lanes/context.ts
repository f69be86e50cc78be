/**
 * What every lane renderer gets, and the one gridcell template they all use: a cell placed in
 * its column's grid track, part of the map's single roving tab stop.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleProperties } from '../../../shared/style-properties.js';
import type { ColumnLayout } from '../../../layout/columns.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapColumn, MapModel } from '../derive.js';
import type { Lane } from '../lanes.js';
import type { LaneWindow } from '../lane-window.js';

/** The state a lane renders from. */
export interface LaneContext {
  model: MapModel;
  layout: ColumnLayout;
  localizer: Localizer;
  /** `all` or a persona id. */
  persona: string;
  /** Rendered display columns, ascending. */
  rendered: readonly number[];
  /** Grid line of each rendered column. */
  line: ReadonlyMap<number, number>;
  /** The embedded lanes' slice. */
  window: LaneWindow | null;
  /** Grid line where the window starts and the one after it ends. */
  windowLines: [number, number] | null;
  /** The lane being rendered, its position among the shown lanes and its title. */
  lane: Lane;
  laneIndex: number;
  laneName: string;
  /** The cell holding the tab stop. */
  activeColumn: number;
  activeLane: number;
  /** A touchpoint's accessible name (cached by the element). */
  touchpointName: (column: MapColumn) => string;
  /** Whether a live refresh brought a fresh significant dip at the column's touchpoint. */
  dipped: (column: MapColumn) => boolean;
}

/** A cell's text for its accessible name, e.g. "Pain points at Upload documents: …". */
export function cellName(ctx: LaneContext, column: MapColumn, text: string | null): string {
  return ctx.localizer.messages.map.cell(
    ctx.laneName,
    column.touchpoint.label,
    text ?? ctx.localizer.messages.map.none,
  );
}

/**
 * One gridcell in a lane: in its column's track, `tabindex` 0 only for the active cell. Its
 * accessible name is `label`, written as visually hidden text; the visible content, which says
 * the same in short, is hidden from assistive technology, so the name is exactly `label` and
 * still contains the visible words (WCAG 2.5.3). `overlay` cells sit on top of an embedded
 * drawing and show only focus and hover.
 */
export function gridCell(
  ctx: LaneContext,
  column: MapColumn,
  label: string,
  content: TemplateResult | typeof nothing,
  options: { overlay?: boolean; extraClass?: string } = {},
): TemplateResult {
  const active = column.index === ctx.activeColumn && ctx.laneIndex === ctx.activeLane;
  const status = column.comparison?.status;
  return html`<div
    role="gridcell"
    part="cell"
    class=${classMap({
      cell: true,
      overlay: options.overlay === true,
      [`cell--${ctx.lane}`]: true,
      removed: status === 'removed',
      'phase-start': ctx.model.columns[column.index - 1]?.phaseId !== column.phaseId,
      ...(options.extraClass ? { [options.extraClass]: true } : {}),
    })}
    style=${styleProperties({ 'grid-column': String(ctx.line.get(column.index) ?? 1) })}
    tabindex=${active ? 0 : -1}
    aria-colindex=${column.index + 2}
    data-col=${column.index}
    data-lane=${ctx.laneIndex}
  >${content === nothing ? nothing : html`<div class="cell-content" aria-hidden="true">${content}</div>`}<span
      class="journey-visually-hidden"
      >${label}</span
    ></div>`;
}
