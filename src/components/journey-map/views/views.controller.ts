/**
 * The map's wheel and overview views as one controller, so the element itself only chooses the
 * view: the geometry and facts kept per journey, the wheel's roving tab stop (keys in
 * wheel-keys.ts, Enter/Space or a click opens the touchpoint's detail like the grid), and the
 * wheel drawn as a standalone SVG for the map's SVG/PNG export.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { isRtl } from '../../../shared/direction.js';
import type { Localizer } from '../../../shared/i18n/localizer.js';
import type { MapModel } from '../derive.js';
import { touchpointName } from '../describe.js';
import { OverviewMemo, renderOverview } from './overview.template.js';
import type { MapView } from './views.js';
import { moveRound } from './wheel-keys.js';
import { WheelMemo, renderWheel, wheelSize } from './wheel.template.js';
import { standaloneSvg } from './svg-export.js';
import { overviewSvg } from './overview-svg.js';
import { textMeasurer } from '../../../shared/text-measure.js';

export interface MapViewsHost {
  /** Opens the detail of the map's column `column` (and fires journey-touchpoint-select). */
  openDetail(column: number): void;
  /** The element's measured width, px (0 before it is measured). */
  width(): number;
}

export class MapViewsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: MapViewsHost;
  readonly #wheel = new WheelMemo();
  readonly #overview = new OverviewMemo();
  /** The wheel's active touchpoint (journey index): its one tab stop. */
  active = 0;
  #journey: unknown;
  #model: MapModel | undefined;
  /** What the overview was last drawn with, for its export. */
  #drawn: { localizer: Localizer; persona: string } | undefined;
  #focusPending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapViewsHost) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#focusPending) return;
    this.#focusPending = false;
    this.#host.shadowRoot?.querySelector<SVGGElement>('.wheel-tp[tabindex="0"]')?.focus();
  }

  /** The template of `view` (wheel or overview) for the model. */
  render(view: Exclude<MapView, 'grid'>, model: MapModel, localizer: Localizer, persona: string): TemplateResult {
    this.#model = model;
    this.#drawn = { localizer, persona };
    if (this.#journey !== model.journey) {
      this.#journey = model.journey;
      this.active = 0;
    }
    if (view === 'overview') return renderOverview({ model, phases: this.#overview.get(model), localizer, persona });
    const layout = this.#wheel.get(model, wheelSize(this.#options.width()), isRtl(this.#host));
    this.active = Math.min(this.active, Math.max(0, layout.marks.length - 1));
    return renderWheel({
      model,
      layout,
      localizer,
      persona,
      active: this.active,
      name: (index) => {
        const column = model.columns[model.columnOf.get(model.journey.touchpoints[index]?.id ?? '') ?? -1];
        return column ? touchpointName(model, column, persona, localizer) : '';
      },
      onKeyDown: this.#onKeyDown,
      onClick: this.#onClick,
    });
  }

  /** The wheel as a standalone SVG document (computed colours inlined), or null when it is not drawn. */
  wheelSvg(): string | null {
    const drawn = this.#host.shadowRoot?.querySelector<SVGSVGElement>('.wheel-svg');
    return drawn ? standaloneSvg(drawn, this.#host) : null;
  }

  /** The standalone SVG of `view` as drawn (wheel or overview), or null for the grid (its poster is export.ts). */
  exportSvg(view: MapView): string | null {
    return view === 'wheel' ? this.wheelSvg() : view === 'overview' ? this.overviewSvg() : null;
  }

  /** The overview as a standalone A3 landscape SVG document (overview-svg.ts), or null before it is drawn. */
  overviewSvg(): string | null {
    const model = this.#model;
    const drawn = this.#drawn;
    if (!model || !drawn) return null;
    const measure = textMeasurer.measureIn(textMeasurer.fontFamily);
    return overviewSvg(model, this.#overview.get(model), drawn.localizer, drawn.persona, measure);
  }

  #open(index: number): void {
    const model = this.#model;
    const id = model?.journey.touchpoints[index]?.id;
    const column = id === undefined ? undefined : model!.columnOf.get(id);
    if (column !== undefined) this.#options.openDetail(column);
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#model;
    const target = event.target as Element | null;
    if (!model || !target?.matches?.('.wheel-tp')) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#open(this.active);
      return;
    }
    const bandStarts: number[] = [];
    model.journey.touchpoints.forEach((tp, i) => {
      if (i === 0 || model.journey.touchpoints[i - 1]!.phase !== tp.phase) bandStarts.push(i);
    });
    const next = moveRound(
      event.key,
      this.active,
      { columns: model.journey.touchpoints.length, lanes: 1, bandStarts },
      isRtl(this.#host),
    );
    if (next === null) return;
    event.preventDefault();
    this.active = next;
    this.#focusPending = true;
    this.#host.requestUpdate();
  };

  readonly #onClick = (event: MouseEvent): void => {
    const mark = (event.target as Element | null)?.closest?.('.wheel-tp');
    const index = Number(mark?.getAttribute('data-index'));
    if (!mark || !Number.isInteger(index)) return;
    this.active = index;
    this.#open(index);
  };
}
