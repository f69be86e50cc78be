import { type PropertyValues, type TemplateResult, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JourneyErrorEvent } from '../../events/journey-events.js';
import { isEmbedded } from '../../shared/embedding.js';
import { renderErrorPanel } from '../../shared/error-panel.js';
import { uniqueId } from '../../shared/ids.js';
import { JourneyElement } from '../../shared/journey-element.js';
import { Memo } from '../../shared/memo.js';
import { sharedStyles } from '../../shared/theme.js';
import { renderCompact } from './compact.template.js';
import { renderFull } from './full.template.js';
import type { CardContext } from './parts.template.js';
import { styles } from './touchpoint-card.styles.js';
import { ALL_PERSONAS, type CardView, type Resolution, cardView, failureKey, resolveTouchpoint } from './view.js';

export { validateTouchpoint } from '../../model/touchpoint.js';
export { ALL_PERSONAS } from '../../shared/personas.js';

/** Heading levels the card's title can take. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
/** A heading level from 1 to 6. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * One touchpoint of a customer journey as a card: its phase, channel, actor and duration, what
 * each persona felt, the moment of truth, the NPS with its sample size, trend and target, the
 * metrics against their norms, pain points, opportunities, quotes and links. With `compact` it
 * becomes a small card for a map column: label, channel, emotion per persona, moment of truth and NPS.
 *
 * The journey comes from the `journey` property, the `src` attribute or an inline
 * `<script type="application/json">` child; the touchpoint is named by id (`touchpoint` attribute)
 * or given as an object (`touchpoint` property), which is validated like a journey is.
 *
 * @summary A touchpoint of a customer journey as a card, full or compact.
 * @tagname touchpoint-card
 *
 * @slot actions - Buttons or links about this touchpoint, shown at the foot of the card.
 *
 * @csspart card - The card (an `article` named by its heading).
 * @csspart header - The card's header: phase, moment-of-truth badge, title and facts.
 * @csspart phase - The phase the touchpoint belongs to.
 * @csspart heading - The touchpoint's label (`role="heading"`, level from `heading-level`).
 * @csspart badge - The moment-of-truth badge.
 * @csspart meta - The facts under the title: channel, actor and duration.
 * @csspart channel - The channel icon and name.
 * @csspart description - The touchpoint's description.
 * @csspart moment-of-truth - The note that says why this moment decides loyalty.
 * @csspart section - Every section of the full card (also has its own part name below).
 * @csspart section-title - The title of each section.
 * @csspart emotions - The emotion section (and the emotion list of the compact card).
 * @csspart emotion - One persona's emotion.
 * @csspart nps - The NPS section (and the NPS line of the compact card).
 * @csspart nps-score - The NPS number, or "no data".
 * @csspart metrics - The metrics section.
 * @csspart metric - One metric.
 * @csspart norm-status - The "on norm" or "off norm" mark of a metric.
 * @csspart findings - The section holding pain points and opportunities.
 * @csspart pain-points - The pain point list.
 * @csspart opportunities - The opportunity list.
 * @csspart quotes - The quotes section.
 * @csspart processes - The processes section: the service blueprint behind the touchpoint, by layer.
 * @csspart improvement-actions - The improvement actions at the touchpoint.
 * @csspart action-status - An improvement action's status chip (a shape and a word).
 * @csspart links - The links section.
 * @csspart actions - The foot of the card holding the `actions` slot.
 * @csspart error - The error panel shown instead of the card.
 * @csspart status - The loading or empty state shown instead of the card.
 *
 * @cssprop --journey-font - Font family.
 * @cssprop --journey-text - Text colour.
 * @cssprop --journey-text-muted - Colour of secondary text.
 * @cssprop --journey-surface - Background of the card.
 * @cssprop --journey-surface-raised - Background of tracks and callouts.
 * @cssprop --journey-border - Colour of the card's outline and dividers.
 * @cssprop --journey-accent - Colour of links and the channel icon.
 * @cssprop --journey-positive - Colour of positive emotions, met targets and opportunities.
 * @cssprop --journey-negative - Colour of negative emotions, missed norms and pain points.
 * @cssprop --journey-neutral - Colour of neutral emotions.
 * @cssprop --journey-warning - Colour of the small-sample flag.
 * @cssprop --journey-promoter - Colour of promoters in the NPS bar.
 * @cssprop --journey-passive - Colour of passives in the NPS bar.
 * @cssprop --journey-detractor - Colour of detractors in the NPS bar.
 * @cssprop --journey-moment-of-truth - Colour of the moment-of-truth badge and note.
 * @cssprop --journey-persona-1 - Colour of the first persona (and so on up to `--journey-persona-8`) when the model gives none.
 * @cssprop --journey-radius - Corner radius; the card uses twice this.
 * @cssprop --journey-space - Base spacing unit.
 * @cssprop --journey-focus - Focus ring colour of the links.
 *
 * @fires journey-load - A journey was loaded and validated (`detail.journey`, `detail.origin`).
 * @fires journey-error - The journey or the touchpoint could not be shown: invalid, not found, not loaded or not drawn (`detail.code`, `detail.issues`, `detail.message`).
 * @fires journey-dip - A live refresh of `src` brought new significant dips (`JourneyDipEvent`, `detail.dips`).
 */
export class TouchpointCard extends JourneyElement {
  static override styles = [...sharedStyles, ...styles];

  /**
   * The touchpoint to show: its id in the journey (the `touchpoint` attribute), or a touchpoint
   * object (property only), which is validated against the journey's phases, personas, channels
   * and sources, or on its own when there is no journey.
   */
  @property() accessor touchpoint: unknown = undefined;

  /** Show only this persona's emotion (a persona id); `all` shows every persona's. */
  @property({ reflect: true }) accessor persona: string = ALL_PERSONAS;

  /** The small variant for a map column: label, channel, emotion per persona, moment of truth and NPS. */
  @property({ type: Boolean, reflect: true }) accessor compact = false;

  /** The level of the card's heading, 1 to 6 (default 3); sections take the level below it. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) accessor headingLevel: number = 3;

  @state() private accessor hasActions = false;

  readonly #ids = { heading: uniqueId('touchpoint-card') };
  readonly #resolution = new Memo<Resolution>();
  readonly #view = new Memo<CardView | undefined>();
  #resolved: Resolution = { kind: 'source' };
  #shown: CardView | undefined;
  #reported: string | undefined;

  /** A touchpoint given as an object brings its own copy of the journey, whose locale wins. */
  protected override journeyLocale(): string | undefined {
    return (this.#resolved.kind === 'ready' ? this.#resolved.journey.locale : undefined) ?? super.journeyLocale();
  }

  protected override clear(): void {
    this.#resolution.clear();
    this.#view.clear();
    this.#shown = undefined;
  }

  /** Which touchpoint to show, or why none can be shown, then what it shows; each only when its inputs changed. */
  protected override derive(_changed: PropertyValues<this>): void {
    const { status, journey } = this.source;
    this.#resolved = this.#resolution.get([journey, status, this.touchpoint], () => {
      const resolution = resolveTouchpoint(this.touchpoint, status, journey);
      this.#report(resolution);
      return resolution;
    });
    const resolved = this.#resolved;
    this.#shown =
      resolved.kind === 'ready'
        ? this.#view.get([resolved.journey, resolved.touchpoint, this.persona], () =>
            cardView(resolved.journey, resolved.touchpoint, this.persona),
          )
        : undefined;
  }

  /** Fires one `journey-error` per distinct failure of the touchpoint (the source fires its own). */
  #report(resolution: Resolution): void {
    if (resolution.kind !== 'failure') {
      this.#reported = undefined;
      return;
    }
    const key = failureKey(resolution.failure);
    if (key === this.#reported) return;
    this.#reported = key;
    this.dispatchEvent(new JourneyErrorEvent(resolution.failure, { composed: !isEmbedded(this) }));
  }

  protected override renderJourney(): TemplateResult {
    const localizer = this.locale.localizer;
    const resolution = this.#resolved;
    if (resolution.kind === 'failure') return renderErrorPanel(resolution.failure, localizer);
    if (resolution.kind === 'no-touchpoint') {
      return html`<div role="status" part="status" class="journey-status" lang=${localizer.locale}>${localizer.messages.touchpointCard.noTouchpoint}</div>`;
    }
    const view = this.#shown;
    if (resolution.kind === 'source' || !view || this.source.status === 'error')
      return html`${this.renderSourceState()}`;
    const level = this.#level();
    const context: CardContext = {
      headingId: this.#ids.heading,
      level,
      sectionLevel: Math.min(level + 1, 6),
      persona: this.persona,
      actions: html`<div part="actions" class="actions" ?hidden=${!this.hasActions}>
        <slot name="actions" @slotchange=${this.#onActionsChange}></slot>
      </div>`,
    };
    return this.compact ? renderCompact(context, view, localizer) : renderFull(context, view, localizer);
  }

  #level(): HeadingLevel {
    const level = Math.trunc(Number(this.headingLevel));
    return (level >= 1 && level <= 6 ? level : 3) as HeadingLevel;
  }

  #onActionsChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasActions = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
  };
}
