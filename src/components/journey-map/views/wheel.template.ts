/**
 * `<journey-map view="wheel">`: the experience wheel (issue 17). The phases are ring sectors
 * clockwise from twelve o'clock (counter-clockwise right to left), each touchpoint a mark on the
 * ring with its label outside (leader lines where a label had to move), each shown persona's
 * emotion a closed radial line around the neutral circle, moments of truth flagged on the ring,
 * peak and end marked, and in the centre the title, the goal and each persona's remembered experience.
 * The geometry is layout/wheel.ts; this module only draws it. The marks are one tab stop
 * (roving tabindex, keys in wheel-keys.ts), each a button named like the grid's cells.
 */
import { type SVGTemplateResult, type TemplateResult, html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { type WheelCentreText, type WheelLayout, wheelCentreText, wheelLayout } from '../../../layout/wheel.js';
import { ICONS } from '../../../shared/icons.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import { Memo } from '../../../shared/memo.js';
import { styleProperties } from '../../../shared/style-properties.js';
import { textMeasurer } from '../../../shared/text-measure.js';
import { PERSONA_DASHES, personaColour, phaseTint } from '../../../shared/theme.js';
import type { MapModel } from '../derive.js';
import { curveName, shownCurves } from '../describe.js';

/** The wheel is drawn at most this wide (px); a narrower element gets a smaller wheel. */
export const WHEEL_MAX = 760;
/** And at least this wide (px): below it the drawing scrolls sideways rather than cut labels to nothing. */
export const WHEEL_MIN = 320;

/** The wheel's size for an element `width` px wide. */
export function wheelSize(width: number): number {
  const measured = width > 0 ? width : WHEEL_MAX;
  return Math.round(Math.max(WHEEL_MIN, Math.min(WHEEL_MAX, measured - 16)));
}

/** Keeps the wheel's geometry while the journey, size and direction stay the same. */
export class WheelMemo {
  readonly #memo = new Memo<WheelLayout>();
  get(model: MapModel, size: number, rtl: boolean): WheelLayout {
    // Labels measured in the page's font (a canvas), so a cut label ends inside the drawing.
    const family = textMeasurer.fontFamily;
    return this.#memo.get([model.journey, size, rtl, family], () =>
      wheelLayout(model.journey, { size, rtl, measure: textMeasurer.measureIn(family) }),
    );
  }
}

export interface WheelViewOptions {
  model: MapModel;
  layout: WheelLayout;
  localizer: Localizer;
  persona: string;
  /** The active touchpoint (journey index): the one tab stop. */
  active: number;
  /** The accessible name of touchpoint `index` (journey index). */
  name: (index: number) => string;
  onKeyDown: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
}

const translate = (l: WheelLayout) => `translate(${l.cx} ${l.cy})`;

function curveStroke(model: MapModel, persona: string | null): { colour: string; dash: string } {
  const slot = model.curves.indexOf(persona);
  const own = persona === null ? undefined : model.personas.find((p) => p.id === persona)?.color;
  return { colour: personaColour(slot, own), dash: PERSONA_DASHES[slot % PERSONA_DASHES.length]! };
}

function phaseIndex(model: MapModel, phaseId: string): number {
  return model.phases.findIndex((p) => p.id === phaseId);
}

function renderRing(o: WheelViewOptions): SVGTemplateResult {
  const l = o.layout;
  return svg`<g class="wheel-ring" aria-hidden="true" transform=${translate(l)}>${l.sectors.map(
    (s) =>
      svg`<path class="wheel-sector" d=${s.path} style=${styleProperties({ '--phase-colour': phaseTint(phaseIndex(o.model, s.phaseId)) })}></path>`,
  )}</g>`;
}

function renderScale(l: WheelLayout): SVGTemplateResult {
  const outer = l.scale(5);
  const inner = l.scale(-5);
  return svg`<g class="wheel-scale" aria-hidden="true">
    <circle class="wheel-band wheel-band--positive" cx=${l.cx} cy=${l.cy} r=${outer}></circle>
    <circle class="wheel-band wheel-band--negative" cx=${l.cx} cy=${l.cy} r=${l.neutralRadius}></circle>
    <circle class="wheel-centre" cx=${l.cx} cy=${l.cy} r=${inner}></circle>
    <circle class="wheel-neutral" cx=${l.cx} cy=${l.cy} r=${l.neutralRadius}></circle>
  </g>`;
}

function renderCurves(o: WheelViewOptions): SVGTemplateResult {
  const l = o.layout;
  const shown = new Set(shownCurves(o.model, o.persona));
  const curves = l.curves.filter((c) => shown.has(c.persona));
  return svg`<g class="wheel-curves" aria-hidden="true">${curves.map((c) => {
    const { colour, dash } = curveStroke(o.model, c.persona);
    const points = c.points.filter((p) => p.x !== null);
    return svg`<g class="wheel-curve" style=${styleProperties({ '--curve-colour': colour })}>
      <path class="wheel-line" d=${c.path} transform=${translate(l)} stroke-dasharray=${dash}></path>
      ${points.map((p) => svg`<circle class="wheel-point" cx=${p.x!} cy=${p.y!} r="3.5"></circle>`)}
      ${c.peak && c.peak.x !== null ? svg`<circle class="wheel-peak" cx=${c.peak.x} cy=${c.peak.y!} r="8"></circle>` : nothing}
      ${c.end && c.end.x !== null ? svg`<rect class="wheel-end" x=${c.end.x - 6} y=${c.end.y! - 6} width="12" height="12"></rect>` : nothing}
    </g>`;
  })}</g>`;
}

function renderLabels(o: WheelViewOptions): SVGTemplateResult {
  const l = o.layout;
  return svg`<g class="wheel-labels" aria-hidden="true">${l.labels.map((label) => {
    if (label.hidden) return nothing;
    const leader = label.leader;
    return svg`${
      leader
        ? svg`<polyline class="wheel-leader" points=${`${leader.x1},${leader.y1} ${leader.x2},${leader.y2} ${leader.x3},${leader.y3}`}></polyline>`
        : nothing
    }<text class="wheel-label" x=${label.side === 'right' ? label.x : label.x + label.width} y=${label.baselineY} text-anchor=${label.side === 'right' ? 'start' : 'end'}>${label.text}</text>`;
  })}</g>`;
}

function renderMarks(o: WheelViewOptions): SVGTemplateResult {
  const l = o.layout;
  const kinds = new Map(l.moments.map((m) => [m.index, m.kind]));
  return svg`<g class="wheel-marks">${repeat(
    l.marks,
    (m) => m.touchpointId,
    (m) => {
      const kind = kinds.get(m.index);
      // A moment of truth is its flag, coloured by kind, in place of the round mark.
      const mark =
        kind === undefined
          ? svg`<circle class="wheel-mark" cx=${m.x} cy=${m.y} r="5"></circle>`
          : svg`<g class=${`wheel-moment wheel-moment--${kind}`} transform=${`translate(${m.x - 8} ${m.y - 8})`}><path d=${ICONS.momentOfTruth}></path></g>`;
      return svg`<g class="wheel-tp" role="button" tabindex=${m.index === o.active ? 0 : -1} data-index=${m.index} aria-label=${o.name(m.index)}>
        <circle class="wheel-hit" cx=${m.x} cy=${m.y} r="12"></circle>
        ${mark}
      </g>`;
    },
  )}</g>`;
}

/** The centre text (layout/wheel.ts): the title, the goal and each shown curve's remembered experience. */
export function centreText(o: Pick<WheelViewOptions, 'model' | 'layout' | 'localizer' | 'persona'>): WheelCentreText {
  const l = o.layout;
  const shown = shownCurves(o.model, o.persona);
  const scores = l.curves
    .filter((c) => shown.includes(c.persona) && c.remembered !== null)
    .map(
      (c) =>
        `${curveName(o.model, c.persona, o.localizer)} ${o.localizer.signed(c.remembered!, { maximumFractionDigits: 1 })}`,
    );
  return wheelCentreText(
    {
      title: o.model.journey.title,
      goal: o.model.journey.goal,
      heading: o.localizer.messages.views.remembered,
      scores,
    },
    l.centreRadius,
    textMeasurer.measureIn(textMeasurer.fontFamily),
  );
}

function renderCentre(o: WheelViewOptions, centre: WheelCentreText): SVGTemplateResult {
  const l = o.layout;
  return svg`<g class="wheel-centre-text" aria-hidden="true">${centre.lines.map(
    (line) =>
      svg`<text class=${`wheel-${line.kind}`} x=${l.cx} y=${l.cy + line.y} text-anchor="middle">${line.text}</text>`,
  )}</g>`;
}

/** The phases' key drawn under the wheel, so an exported picture names them: rows of swatch and name. */
export const PHASE_KEY_ROW = 22;
function phaseKeyRows(
  o: Pick<WheelViewOptions, 'model' | 'layout'>,
): { x: number; row: number; label: string; phase: number }[] {
  const measure = textMeasurer.measureIn(textMeasurer.fontFamily);
  const items: { x: number; row: number; label: string; phase: number }[] = [];
  let x = 8;
  let row = 0;
  for (const s of o.layout.sectors) {
    const phase = o.model.phases.findIndex((p) => p.id === s.phaseId);
    const label = `${o.model.phases[phase]?.label ?? s.phaseId} (${s.count})`;
    const width = 20 + measure(label, 12) + 16;
    if (x > 8 && x + width > o.layout.size) {
      row += 1;
      x = 8;
    }
    items.push({ x, row, label, phase });
    x += width;
  }
  return items;
}

function renderPhaseKey(o: WheelViewOptions, items: ReturnType<typeof phaseKeyRows>): SVGTemplateResult {
  const top = o.layout.size + 4;
  return svg`<g class="wheel-phase-key" aria-hidden="true">${items.map(
    (
      item,
    ) => svg`<rect class="wheel-sector" x=${item.x} y=${top + item.row * PHASE_KEY_ROW + 3} width="12" height="12" style=${styleProperties({ '--phase-colour': phaseTint(item.phase) })}></rect>
      <text class="wheel-label" x=${item.x + 18} y=${top + item.row * PHASE_KEY_ROW + 13.5}>${item.label}</text>`,
  )}</g>`;
}

/** The key under the wheel: phases, curves, peak and end, the neutral circle, and the moments of truth by name. */
function renderKey(o: WheelViewOptions): TemplateResult {
  const m = o.localizer.messages;
  const model = o.model;
  const shown = shownCurves(model, o.persona);
  const hidden = o.layout.labels.filter((label) => label.hidden).length;
  const moments = o.layout.moments;
  return html`<div class="wheel-key">
    <ul class="wheel-key-list">
      ${shown.map((persona) => {
        const { colour, dash } = curveStroke(model, persona);
        return html`<li class="wheel-key-item">
          <svg class="wheel-swatch wheel-swatch--line" viewBox="0 0 28 14" aria-hidden="true">
            <path class="wheel-key-line" d="M2 7H26" stroke-dasharray=${dash} style=${styleProperties({ '--curve-colour': colour })}></path>
          </svg>
          ${curveName(model, persona, o.localizer)}
        </li>`;
      })}
      <li class="wheel-key-item">
        <svg class="wheel-swatch" viewBox="0 0 14 14" aria-hidden="true"><circle class="wheel-key-peak" cx="7" cy="7" r="5"></circle></svg>
        ${m.views.peak}
      </li>
      <li class="wheel-key-item">
        <svg class="wheel-swatch" viewBox="0 0 14 14" aria-hidden="true"><rect class="wheel-key-peak" x="2" y="2" width="10" height="10"></rect></svg>
        ${m.views.end}
      </li>
      <li class="wheel-key-item">
        <svg class="wheel-swatch" viewBox="0 0 14 14" aria-hidden="true"><circle class="wheel-neutral" cx="7" cy="7" r="5"></circle></svg>
        ${m.views.neutral}
      </li>
    </ul>
    ${
      moments.length > 0
        ? html`<ul class="wheel-key-list wheel-key-moments">
          ${moments.map(
            (mo) => html`<li class="wheel-key-item">
              <svg class=${`wheel-swatch wheel-moment--${mo.kind}`} viewBox="0 0 16 16" aria-hidden="true"><path d=${ICONS.momentOfTruth}></path></svg>
              <span><span class="wheel-key-term">${m.momentOfTruthKinds[mo.kind as keyof typeof m.momentOfTruthKinds] ?? mo.kind}:</span>
              ${model.journey.touchpoints[mo.index]?.label ?? ''}</span>
            </li>`,
          )}
        </ul>`
        : nothing
    }
    ${hidden > 0 ? html`<p class="wheel-note">${m.views.hiddenLabels(hidden)}</p>` : nothing}
  </div>`;
}

/** The wheel view: the drawing (its marks one tab stop) and its key. */
export function renderWheel(o: WheelViewOptions): TemplateResult {
  const l = o.layout;
  const m = o.localizer.messages;
  const keyItems = phaseKeyRows(o);
  const rows = keyItems.length === 0 ? 0 : keyItems[keyItems.length - 1]!.row + 1;
  const height = l.size + 8 + rows * PHASE_KEY_ROW;
  const centre = centreText(o);
  const goal = o.model.journey.goal;
  // A goal cut in the centre is read out whole with the wheel's name.
  const name =
    centre.goalTruncated && goal !== undefined
      ? `${m.views.wheelLabel(o.model.journey.title)}. ${m.map.goal}: ${goal}`
      : m.views.wheelLabel(o.model.journey.title);
  return html`<div class="wheel" part="wheel">
    <div class="wheel-scroller">
      <svg
        class="wheel-svg"
        role="group"
        aria-label=${name}
        viewBox=${`0 0 ${l.size} ${height}`}
        width=${l.size}
        height=${height}
        @keydown=${o.onKeyDown}
        @click=${o.onClick}
      >
        ${renderScale(l)} ${renderRing(o)} ${renderCurves(o)} ${renderLabels(o)}
        ${renderCentre(o, centre)} ${renderMarks(o)} ${renderPhaseKey(o, keyItems)}
      </svg>
    </div>
    ${renderKey(o)}
  </div>`;
}
