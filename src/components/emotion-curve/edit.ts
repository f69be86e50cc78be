/**
 * The emotion curve's edit mode (`editable`), loaded only when it is set: dragging a point
 * vertically (snapping to 0.5, pointer capture, `journey-input` per step), F2 or Enter on the
 * focused point for the emotion editor (a slider with −/+ buttons, the named emotion, removing the
 * score, whose emotion, copying a curve), undo and redo. The edits themselves are the editing
 * layer's commands, made through the shared edit session.
 */
import { type TemplateResult, html } from 'lit';
import type { EditCommand } from '../../editing/index.js';
import type { Journey } from '../../model/types.js';
import { EditSession, type EditSessionHost, type EditSessionParts } from '../../shared/controllers/edit-session.js';
import { uniqueId } from '../../shared/ids.js';
import { isAllPersonas } from '../../shared/personas.js';
import { editPanel } from './edit-panel.template.js';
import { editStyles } from './edit.styles.js';
import type { Geometry, JourneyModel, PointRef } from './model.js';

/** What the curve lends its editor. */
export interface CurveEditContext extends EditSessionParts {
  host: EditSessionHost & { persona: string };
  model(): JourneyModel | undefined;
  geometry(): Geometry | undefined;
  shown(): readonly number[];
  /** The active point, and whether the keyboard is at the phase level (Enter drills in then). */
  active(): PointRef;
  atPhaseLevel(): boolean;
  pointAt(event: MouseEvent): PointRef | null;
  /** Makes `point` the active point and focuses it after the render. */
  focusPoint(point: PointRef): void;
}

/** A pointer moves this far (px) before a press becomes a drag; a click stays a click. */
const DRAG_THRESHOLD = 3;

/** Scores snap to halves and stay in −5…+5. */
export function snapScore(value: number): number {
  return Math.max(-5, Math.min(5, Math.round(value * 2) / 2));
}

/** The score the slider keys give from `score` (null, a gap, counts as 0), or null for another key. */
export function sliderScore(key: string, shift: boolean, score: number | null): number | null {
  const now = score ?? 0;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return snapScore(now + (shift ? 0.5 : 1));
    case 'ArrowDown':
    case 'ArrowLeft':
      return snapScore(now - (shift ? 0.5 : 1));
    case 'PageUp':
      return snapScore(now + 2);
    case 'PageDown':
      return snapScore(now - 2);
    case 'Home':
      return 5;
    case 'End':
      return -5;
    default:
      return null;
  }
}

/** The editor of one `<emotion-curve>`. */
export class CurveEditor {
  /** The edit session: the journey edited, undo and redo, the events, nothing lost. */
  readonly session: EditSession;
  readonly #ctx: CurveEditContext;
  /** The point whose emotion editor is open: its touchpoint and whose emotion. */
  #open: { index: number; key: string | null } | null = null;
  #drag: {
    pointerId: number;
    y0: number;
    point: PointRef;
    key: string | null;
    moved: boolean;
    score: number | null;
  } | null = null;
  readonly #ids = { slider: uniqueId('edit-slider'), hint: uniqueId('edit-hint') };
  #root: ShadowRoot | undefined;

  constructor(ctx: CurveEditContext) {
    this.#ctx = ctx;
    this.session = new EditSession(ctx.host, ctx);
  }

  /** Listens inside the element and adds the editor's styles; call on connect and when loaded. */
  connect(): void {
    const root = this.#ctx.host.renderRoot;
    if (!(root instanceof ShadowRoot) || this.#root === root) return;
    this.#root = root;
    if (!root.adoptedStyleSheets.includes(editStyles.styleSheet!)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, editStyles.styleSheet!];
    }
    // Capture: before the plot's keyboard grid, which would take Enter for the tooltip.
    root.addEventListener('keydown', this.#onKeyDown, { capture: true });
    root.addEventListener('pointerdown', this.#onPointerDown);
  }

  /** Stops listening (the element left the page, or `editable` was removed). */
  disconnect(): void {
    this.#root?.removeEventListener('keydown', this.#onKeyDown, { capture: true });
    this.#root?.removeEventListener('pointerdown', this.#onPointerDown);
    this.#root = undefined;
    this.#open = null;
    this.session.stop();
  }

  /** Whether the element shows `journey` because an edit made it (it keeps its place and focus then). */
  produced(journey: Journey): boolean {
    return this.session.produced(journey);
  }

  /** Called in the element's derive. */
  update(): void {
    this.session.update();
  }

  /** The notice and the open emotion editor. */
  render(): TemplateResult {
    return html`${this.session.renderNotice()}${this.#renderPanel()}`;
  }

  /** Opens the emotion editor of the active point and focuses its slider. */
  open(point: PointRef = this.#ctx.active()): void {
    const model = this.#ctx.model();
    if (!model || !model.journey.touchpoints[point.index]) return;
    this.#open = { index: point.index, key: model.curves[point.curve]?.key ?? null };
    this.#ctx.host.requestUpdate();
    void this.#ctx.host.updateComplete.then(() =>
      this.#root?.getElementById(this.#ids.slider)?.focus({ preventScroll: false }),
    );
  }

  #renderPanel(): TemplateResult | string {
    const model = this.#ctx.model();
    const open = this.#open;
    if (!model || !open) return '';
    const touchpoint = model.journey.touchpoints[open.index];
    const curve = model.curves.find((c) => c.key === open.key);
    if (!touchpoint || !curve) return '';
    const localizer = this.#ctx.locale.localizer;
    const point = curve.series[open.index]!;
    const nameOf = (c: { key: string | null; name: string | undefined }) => c.name ?? localizer.messages.allCustomers;
    return editPanel({
      localizer,
      words: this.session.words,
      touchpoint: touchpoint.label,
      persona: { key: curve.key, name: nameOf(curve) },
      personas: model.curves.map((c) => ({ key: c.key, name: nameOf(c) })),
      choosePersona: isAllPersonas(this.#ctx.host.persona) && model.curves.length > 1,
      score: point.score,
      label: point.label,
      refused: this.session.refused,
      ids: this.#ids,
      on: {
        sliderKey: this.#onSliderKey,
        step: (by) =>
          this.#edit({
            type: 'emotion.set',
            touchpoint: touchpoint.id,
            persona: open.key,
            score: snapScore((point.score ?? 0) + by),
          }),
        persona: (key) => {
          this.session.commitInput();
          this.#open = { index: open.index, key };
          this.#ctx.host.requestUpdate();
        },
        name: (label) => this.#edit({ type: 'emotion.label', touchpoint: touchpoint.id, persona: open.key, label }),
        clear: () => this.#edit({ type: 'emotion.clear', touchpoint: touchpoint.id, persona: open.key }),
        copy: (to) => this.#edit({ type: 'curve.copy', from: open.key, to }),
        done: () => this.#close(true),
        cancel: () => this.#close(false),
      },
    });
  }

  #edit(command: EditCommand): void {
    this.session.edit(command);
    this.#ctx.host.requestUpdate();
  }

  /** Closes the editor, committing (Enter, Done) or restoring (Escape, Cancel), and focuses the point. */
  #close(commit: boolean): void {
    const open = this.#open;
    if (commit) this.session.commitInput();
    else this.session.cancelInput();
    this.#open = null;
    const model = this.#ctx.model();
    const curve = model?.curves.findIndex((c) => c.key === open?.key) ?? -1;
    if (open) this.#ctx.focusPoint({ index: open.index, curve: Math.max(0, curve) });
    this.#ctx.host.requestUpdate();
  }

  readonly #onSliderKey = (event: KeyboardEvent): void => {
    const open = this.#open;
    const model = this.#ctx.model();
    if (!open || !model) return;
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#close(event.key === 'Enter');
      return;
    }
    const point = model.curves.find((c) => c.key === open.key)?.series[open.index];
    const score = sliderScore(event.key, event.shiftKey, point?.score ?? null);
    if (score === null || !point) return;
    event.preventDefault();
    event.stopPropagation();
    if (score === point.score) return;
    this.session.input({ type: 'emotion.set', touchpoint: point.touchpointId, persona: open.key, score });
    this.#ctx.host.requestUpdate();
  };

  readonly #onKeyDown = (e: Event): void => {
    const event = e as KeyboardEvent;
    if (this.session.onKeyDown(event)) {
      event.stopPropagation();
      return;
    }
    if (event.key !== 'F2' && event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const onPoint = event
      .composedPath()
      .some((node) => node instanceof SVGSVGElement && node.classList.contains('chart'));
    if (!onPoint || this.#ctx.atPhaseLevel()) return;
    event.preventDefault();
    event.stopPropagation();
    this.open();
  };

  readonly #onPointerDown = (e: Event): void => {
    const event = e as PointerEvent;
    if (event.button !== 0 || this.#drag) return;
    const chart = event
      .composedPath()
      .find((node): node is SVGSVGElement => node instanceof SVGSVGElement && node.classList.contains('chart'));
    if (!chart) return;
    // The curve finds the point from the chart's box, as for its own pointer events.
    const at = { currentTarget: chart, clientX: event.clientX, clientY: event.clientY };
    const point = this.#ctx.pointAt(at as unknown as MouseEvent);
    const model = this.#ctx.model();
    if (!point || !model) return;
    const key = model.curves[point.curve]?.key ?? null;
    this.#drag = { pointerId: event.pointerId, y0: event.clientY, point, key, moved: false, score: null };
    chart.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => this.#onDragMove(e, chart);
    const end = (e: PointerEvent) => {
      if (e.pointerId !== this.#drag?.pointerId) return;
      chart.removeEventListener('pointermove', move);
      chart.removeEventListener('pointerup', end);
      chart.removeEventListener('pointercancel', end);
      const moved = this.#drag.moved;
      this.#drag = null;
      if (!moved) return;
      if (e.type === 'pointercancel') this.session.cancelInput();
      else this.session.commitInput();
      this.#ctx.host.requestUpdate();
    };
    chart.addEventListener('pointermove', move);
    chart.addEventListener('pointerup', end);
    chart.addEventListener('pointercancel', end);
  };

  #onDragMove(event: PointerEvent, chart: SVGSVGElement): void {
    const drag = this.#drag;
    const geometry = this.#ctx.geometry();
    const model = this.#ctx.model();
    if (!drag || event.pointerId !== drag.pointerId || !geometry || !model) return;
    if (!drag.moved && Math.abs(event.clientY - drag.y0) < DRAG_THRESHOLD) return;
    drag.moved = true;
    event.preventDefault();
    const score = snapScore(geometry.scale.invert(event.clientY - chart.getBoundingClientRect().top));
    if (score === drag.score) return;
    drag.score = score;
    const touchpoint = model.journey.touchpoints[drag.point.index];
    if (!touchpoint) return;
    this.session.input({ type: 'emotion.set', touchpoint: touchpoint.id, persona: drag.key, score });
    this.#ctx.host.requestUpdate();
  }
}

/** Makes the editor of a curve (the editor chunk's entry for `<emotion-curve>`). */
export function createCurveEditor(ctx: CurveEditContext): CurveEditor {
  return new CurveEditor(ctx);
}
