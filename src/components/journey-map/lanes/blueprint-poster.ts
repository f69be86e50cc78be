/**
 * The blueprint on the exported poster: one row per blueprint layer (frontstage, backstage,
 * support; titled with the layer) listing each touchpoint's process owners, a handover marked
 * "⇄", and an actions row listing each touchpoint's actions with their status in words. Built as
 * SVG DOM nodes with model text only as `textContent`, as the rest of the poster.
 */
import { PROCESS_LAYERS } from '../../../model/blueprint.js';
import type { Journey } from '../../../model/types.js';
import { actionsByTouchpoint, processLanes, type ProcessLanes } from '../../../layout/blueprint.js';
import { type PosterLayout, wrapLines } from '../../../layout/poster.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Lines of text per layer row (one more line's height keeps the next layer's line clear of it). */
export const LAYER_LINES = 2;
const LAYER_BLOCK = LAYER_LINES + 1;
/** Most actions per column, each on up to two lines. */
export const ACTION_LINES = 3;
const ACTION_WRAP = 2;
const chars = (width: number, size: number) => width / (size * 0.56);

/** What the poster's blueprint rows need: the processes by layer and the actions per touchpoint. */
export interface PosterBlueprint {
  processes: ProcessLanes;
  actionsAt: ReturnType<typeof actionsByTouchpoint>;
}

/** The blueprint of the poster's journey, and the lines its rows take (0 when it has none). */
export function posterBlueprint(journey: Journey): {
  blueprint: PosterBlueprint;
  processLines: number;
  actionLines: number;
} {
  const processes = processLanes(journey.touchpoints, journey.owners);
  const actionsAt = actionsByTouchpoint(journey.actions);
  return {
    blueprint: { processes, actionsAt },
    processLines: processes.counts.total > 0 ? PROCESS_LAYERS.length * LAYER_BLOCK - 1 : 0,
    actionLines: (journey.actions?.length ?? 0) > 0 ? ACTION_LINES * ACTION_WRAP : 0,
  };
}

function text(parent: Element, attrs: Record<string, string | number>, content: string): Element {
  const node = document.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.textContent = content;
  parent.appendChild(node);
  return node;
}

/** Draws the blueprint rows (row titles, the layers' separating lines, owners, actions) into `root`. */
export function drawPosterBlueprint(
  root: Element,
  p: PosterLayout,
  journey: Journey,
  { processes, actionsAt }: PosterBlueprint,
  l: Localizer,
): void {
  const b = l.messages.blueprint;
  const { processY, actionY, lineHeight } = p.blueprint;
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'blueprint');
  root.appendChild(g);
  const titleChars = chars(p.left - p.margin - 8, 13);
  if (processY !== null) {
    PROCESS_LAYERS.forEach((layer, row) => {
      const y = processY + row * LAYER_BLOCK * lineHeight;
      // The line above each layer (interaction, visibility, internal interaction), dashed as on screen.
      const line = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of Object.entries({ x1: p.margin, x2: p.right, y1: y - 15, y2: y - 15 }))
        line.setAttribute(k, String(v));
      line.setAttribute('class', `bp-line bp-line--${layer}`);
      g.appendChild(line);
      wrapLines(b.layers[layer], titleChars, LAYER_LINES).forEach((t, i) =>
        text(g, { x: p.margin, y: y + i * lineHeight, class: 'row-title' }, t),
      );
      p.labels.columns.forEach((column, index) => {
        const placed = processes.columns[index]?.[layer] ?? [];
        if (placed.length === 0) return;
        const owners = [...new Set(placed.map((x) => x.ownerName ?? x.process.label))].join(', ');
        const handover = placed.some((x) => x.handoverFrom !== null);
        wrapLines(`${handover ? '⇄ ' : ''}${owners}`, chars(column.x1 - column.x0 - 16, 12), LAYER_LINES).forEach(
          (t, i) => text(g, { x: column.x0 + 8, y: y + i * lineHeight, class: 'bp-owner' }, t),
        );
      });
    });
  }
  if (actionY !== null) {
    text(
      g,
      { x: p.margin, y: actionY, class: 'row-title' },
      wrapLines(l.messages.map.lanes.actions, titleChars, 1)[0] ?? '',
    );
    p.labels.columns.forEach((column, index) => {
      const actions = actionsAt.get(journey.touchpoints[index]!.id) ?? [];
      const shown = actions.length > ACTION_LINES ? actions.slice(0, ACTION_LINES - 1) : actions;
      const width = chars(column.x1 - column.x0 - 16, 12);
      const lines = shown.flatMap((a) => wrapLines(`${b.statuses[a.status]}: ${a.title}`, width, ACTION_WRAP));
      if (shown.length < actions.length) lines.push(`+${l.number(actions.length - shown.length)}`);
      lines.forEach((t, i) => text(g, { x: column.x0 + 8, y: actionY + i * lineHeight, class: 'bp-action' }, t));
    });
  }
}
