/**
 * The blueprint's two marks, the same in every element: an action's status chip (a shape in a
 * ring and the status in words, never colour alone) and the handover glyph.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Action } from '../../model/types.js';
import type { Localizer } from '../i18n/localizer.js';

/**
 * The status chip's shape inside its ring: idea empty, planned a quarter, in progress half, done
 * full, dropped struck through.
 */
const CHIP_SHAPES: Record<Action['status'], { fill?: string; stroke?: string }> = {
  idea: {},
  planned: { fill: 'M6 6V1.5A4.5 4.5 0 0 1 10.5 6Z' },
  'in-progress': { fill: 'M6 1.5A4.5 4.5 0 0 1 6 10.5Z' },
  done: { fill: 'M6 1.5A4.5 4.5 0 1 1 6 10.5A4.5 4.5 0 1 1 6 1.5Z' },
  dropped: { stroke: 'M2.8 9.2L9.2 2.8' },
};

/** An action's status chip: shape and word (part `status`). */
export function statusChip(status: Action['status'], l: Localizer): TemplateResult {
  const shape = CHIP_SHAPES[status];
  return html`<span class="chip chip--${status}" part="action-status"
    ><svg class="chip-shape" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <circle class="chip-ring" cx="6" cy="6" r="4.5"></circle>
      ${shape.fill ? svg`<path class="chip-fill" d=${shape.fill}></path>` : nothing}
      ${shape.stroke ? svg`<path class="chip-stroke" d=${shape.stroke}></path>` : nothing}</svg
    >${l.messages.blueprint.statuses[status]}</span
  >`;
}

/** The handover glyph: two arrows passing the work on. */
export function handoverIcon(): TemplateResult {
  return html`<svg class="handover-icon mirror-rtl" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M2 5h9M8 2l3 3-3 3M14 11H5M8 8l-3 3 3 3"></path>
  </svg>`;
}
