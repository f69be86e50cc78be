/**
 * The map's header (title, goal, start and end, persona switch, toolbar, legend) and the small
 * keys in the lane headers (the curves' line styles, the flow kinds). Templates only: the element
 * hands in its state and handlers.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { emotionGlyph } from '../../layout/emotion-glyphs.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import type { JourneyFailure } from '../../shared/journey-source.js';
import { styleProperties } from '../../shared/style-properties.js';
import { personaStroke } from '../../shared/theme.js';
import type { MapModel } from './derive.js';
import { icon } from '../../shared/icons.js';
import { viewToggle } from '../../shared/templates/view-toggle.js';

/** What the header renders from. */
export interface HeaderOptions {
  model: MapModel;
  localizer: Localizer;
  /** The `persona` property as set (an id, `all`, or one the journey lacks). */
  persona: string;
  ids: { title: string; persona: string; view: string };
  noToolbar: boolean;
  view: 'map' | 'table';
  exportError: string | null;
  onPersonaChange: (event: Event) => void;
  onDownloadSvg: () => void;
  onDownloadPng: () => void;
  onPrint: () => void;
  onToggleTable: () => void;
  /** Issue 17: the PowerPoint download (views/deck.ts). */
  onExportPptx?: () => void;
}

/** The header: title and facts, the persona switch and toolbar, and the legend. */
export function renderHeader(o: HeaderOptions): TemplateResult {
  const m = o.localizer.messages;
  const j = o.model.journey;
  return html`<header part="header" class="header">
    <div class="heading">
      <h2 id=${o.ids.title} part="title" class="title">${j.title}</h2>
      ${
        j.goal || j.start || j.end
          ? html`<div class="facts">
            ${j.goal ? html`<span class="term">${m.map.goal}</span><span class="goal">${j.goal}</span>` : nothing}
            ${j.start ? html`<span class="term">${m.map.start}</span><span class="route">${j.start}</span>` : nothing}
            ${
              j.end
                ? html`<span class="term">${j.start ? html`<span aria-hidden="true">→ </span>` : nothing}${m.map.finish}</span
                  ><span class="route">${j.end}</span>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${o.model.base ? html`<p class="compared">${m.map.comparedWith(o.model.base.title)}</p>` : nothing}
    </div>
    <div class="controls">
      ${renderPersonaSwitch(o)}
      <div part="toolbar" class="toolbar" role="group" aria-label=${m.map.toolbar}>
        <slot name="toolbar"></slot>
        ${
          o.noToolbar
            ? nothing
            : html`${o.onExportPptx ? html`<button part="button" type="button" class="deck-tool" @click=${o.onExportPptx}>${m.views.exportPptx}</button>` : nothing}
              <button part="button" type="button" class="tool" @click=${o.onDownloadSvg}>${m.map.exportSvg}</button>
              <button part="button" type="button" class="tool" @click=${o.onDownloadPng}>${m.map.exportPng}</button>
              <button part="button" type="button" class="tool" @click=${o.onPrint}>${m.map.print}</button>
              ${viewToggle({
                label: m.dataTable,
                pressed: o.view === 'table',
                controls: o.ids.view,
                onToggle: o.onToggleTable,
                // Also part button and class tool: the names this toggle had before the shared one.
                alsoParts: 'button',
                alsoClass: 'tool',
              })}`
        }
      </div>
      ${o.exportError ? html`<p class="export-error" role="alert">${o.exportError}</p>` : nothing}
    </div>
    ${renderLegend(o.model, o.localizer, o.persona)}
  </header>`;
}

function renderPersonaSwitch(o: HeaderOptions): TemplateResult | typeof nothing {
  const { model } = o;
  if (model.personas.length < 2) return nothing;
  const m = o.localizer.messages;
  const value = model.curves.includes(o.persona) ? o.persona : 'all';
  return html`<div class="persona-switch">
    <label for=${o.ids.persona}>${m.map.personaSwitch}</label>
    <select id=${o.ids.persona} part="persona-select" @change=${o.onPersonaChange}>
      <option value="all" ?selected=${value === 'all'}>${m.allPersonas}</option>
      ${model.personas.map((p) => html`<option value=${p.id} ?selected=${value === p.id}>${p.name}</option>`)}
    </select>
  </div>`;
}

/** The personas whose curves are drawn, with their palette index. */
function shownPersonas(model: MapModel, persona: string) {
  return model.personas.flatMap((p, i) =>
    persona === 'all' || persona === p.id || !model.curves.includes(persona) ? [{ p, i }] : [],
  );
}

/** A persona's line style: its colour and dash pattern, the same as its curve's (theme.ts). */
function personaLine(colour: string | undefined, i: number): SVGTemplateResult {
  const stroke = personaStroke(i, { color: colour });
  return svg`<path d="M2 6H26" style=${styleProperties({ stroke: stroke.colour })} stroke-dasharray=${stroke.dash}></path>`;
}

/** The legend of what is drawn; none when nothing drawn needs explaining (no personas, glyphs, flags or badges). */
function renderLegend(model: MapModel, localizer: Localizer, persona: string): TemplateResult | typeof nothing {
  const m = localizer.messages;
  const items: TemplateResult[] = [
    ...shownPersonas(model, persona).map(
      ({ p, i }) =>
        html`<li class="legend-item">
          <svg class="legend-line" viewBox="0 0 28 12" aria-hidden="true">${personaLine(p.color, i)}</svg>
          ${p.name}
        </li>`,
    ),
    ...model.emotionLabels.flatMap((label) => {
      const glyph = emotionGlyph(label, 64);
      return glyph
        ? [
            html`<li class="legend-item">
              <svg class="legend-glyph" viewBox="-8 -8 16 16" aria-hidden="true">
                <path class=${`glyph glyph--${glyph.style} tone--${glyph.tone}`} d=${glyph.path}></path>
              </svg>
              ${localizer.emotionWord(label)}
            </li>`,
          ]
        : [];
    }),
    ...(model.hasMoments
      ? [html`<li class="legend-item legend-moment">${icon('momentOfTruth', 'moment-icon')} ${m.momentOfTruth}</li>`]
      : []),
    ...(model.hasOffNorm
      ? [html`<li class="legend-item legend-off">${icon('warning', 'warning-icon')} ${m.metric.offNorm}</li>`]
      : []),
    ...(model.comparison
      ? (['added', 'removed', 'changed'] as const).map(
          (s) => html`<li class="legend-item"><span class="badge badge--${s}">${m.map.badges[s]}</span></li>`,
        )
      : []),
  ];
  if (items.length === 0) return nothing;
  return html`<div part="legend" class="legend">
    <h3 class="legend-title">${m.map.legend}</h3>
    <ul class="legend-items">
      ${items}
    </ul>
  </div>`;
}

/** The shown curves' line styles, in the emotion lane's sticky header. */
export function renderCurveKey(model: MapModel, persona: string): TemplateResult | typeof nothing {
  const shown = shownPersonas(model, persona);
  if (shown.length === 0) return nothing;
  return html`<ul class="curve-key" aria-hidden="true">
    ${shown.map(
      ({ p, i }) => html`<li>
        <svg class="legend-line" viewBox="0 0 28 12">${personaLine(p.color, i)}</svg>${p.name}
      </li>`,
    )}
  </ul>`;
}

/** The flow kinds (onward, back in a loop, drop-off), in the flows lane's sticky header. */
export function renderFlowLegend(localizer: Localizer): TemplateResult {
  const f = localizer.messages.map.flowLegend;
  return html`<ul class="flow-legend" aria-hidden="true">
    <li><svg class="mirror-rtl" viewBox="0 0 24 8"><path class="flow-key flow-key--next" d="M1 4H17"></path><path class="flow-key-arrow flow-key--next" d="M23 4L16 0.5V7.5Z"></path></svg>${f.forward}</li>
    <li><svg class="mirror-rtl" viewBox="0 0 24 8"><path class="flow-key flow-key--loop" d="M22 1C22 7 3 7 3 3"></path><path class="flow-key-arrow flow-key--loop" d="M3 0L0 5H6Z"></path></svg>${f.loop}</li>
    <li><svg class="mirror-rtl" viewBox="0 0 24 8"><path class="flow-key flow-key--drop-off" d="M4 0C4 5 16 2 16 5"></path><path class="flow-key-arrow flow-key--drop-off" d="M16 8L12.5 4H19.5Z"></path></svg>${f.exit}</li>
  </ul>`;
}

/** The base journey's state in compare mode: its error panel, or a loading note; nothing once it is ready. */
export function renderBaseState(
  base: { status: string; error?: JourneyFailure | undefined },
  localizer: Localizer,
): TemplateResult | typeof nothing {
  if (base.status === 'error' && base.error) {
    return html`<div class="base-error">
      <p class="base-error-title">${localizer.messages.map.baseErrorTitle}</p>
      ${renderErrorPanel(base.error, localizer)}
    </div>`;
  }
  if (base.status === 'loading') return html`<p class="journey-status" role="status">${localizer.messages.loading}</p>`;
  return nothing;
}
