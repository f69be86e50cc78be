import { LitElement, type PropertyValues, type TemplateResult, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../shared/style-properties.js';
import { resolveChannel } from '../../analytics/channels.js';
import { isOffNorm } from '../../analytics/metrics.js';
import { type NpsResult, type TouchpointNps, touchpointNps } from '../../analytics/nps.js';
import { JourneyErrorEvent } from '../../events/journey-events.js';
import {
  type ChannelIcon,
  CHANNEL_ICON_STROKE,
  CHANNEL_ICON_VIEWBOX,
  channelIcon,
} from '../../layout/channel-icons.js';
import { type EmotionGlyph, emotionGlyph } from '../../layout/emotion-glyphs.js';
import { isWellKnownChannel } from '../../model/channels.js';
import { type DurationParts, parseDuration } from '../../model/duration.js';
import type { JourneyIssue } from '../../model/issues.js';
import { parseJourney } from '../../model/parse.js';
import { snapshot } from '../../model/snapshot.js';
import type { Journey, Metric, MomentOfTruth, Touchpoint } from '../../model/types.js';
import { renderErrorPanel, renderSourceState } from '../../shared/error-panel.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { polarityOf } from '../../shared/i18n/polarity.js';
import { uniqueId } from '../../shared/ids.js';
import { type JourneyFailure, JourneySourceController } from '../../shared/journey-source.js';
import { SourceAnnouncer } from '../../shared/announcer.js';
import { isEmbedded } from '../../shared/embedding.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { personaColour, sharedStyles } from '../../shared/theme.js';
import { styles } from './touchpoint-card.styles.js';

/** Heading levels the card's title can take. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
/** A heading level from 1 to 6. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The default `persona`: every persona's emotion. */
export const ALL_PERSONAS = 'all';

// Small interface icons on the 16 × 16 grid of the channel icons (never taken from data).
const ICON = {
  flag: 'M3.5 15V1.5M3.5 2h9.5l-2.4 3.4L13 8.8H3.5z',
  warning: 'M8 1.6 15 14H1zM8 6v4M8 11.8v.1',
  check: 'M14.5 8a6.5 6.5 0 1 1-13 0a6.5 6.5 0 1 1 13 0ZM5.25 8.25l1.9 1.9 3.6-3.65',
  cross: 'M14.5 8a6.5 6.5 0 1 1-13 0a6.5 6.5 0 1 1 13 0ZM6 6l4 4M10 6l-4 4',
  up: 'M8 13V3M4 7l4-4 4 4',
  down: 'M8 3v10M4 9l4 4 4-4',
  flat: 'M3 8h10M9 4l4 4-4 4',
  clock: 'M14.5 8a6.5 6.5 0 1 1-13 0a6.5 6.5 0 1 1 13 0ZM8 4.5V8l2.5 1.5',
  actor: 'M10.75 5a2.75 2.75 0 1 1-5.5 0a2.75 2.75 0 1 1 5.5 0ZM2.5 14.5a5.5 5.5 0 0 1 11 0',
  pain: 'M14.5 8a6.5 6.5 0 1 1-13 0a6.5 6.5 0 1 1 13 0ZM8 4.75v3.75M8 11h.01',
  idea: 'M6 14.5h4M6.25 12h3.5M8 1.5a4.25 4.25 0 0 0-2.55 7.65c.6.45 1 1.1 1 1.85v1h3.1v-1c0-.75.4-1.4 1-1.85A4.25 4.25 0 0 0 8 1.5Z',
  link: 'M3 8h10M9 4l4 4-4 4',
  sample: 'M8 1.6 15 14H1zM8 6v4M8 11.8v.1',
} as const;

/** One persona's (or all customers') emotion at the touchpoint, ready to show. */
interface EmotionView {
  key: string;
  /** The persona's name from the model; undefined for all customers. */
  personaName: string | undefined;
  colour: string;
  score: number;
  label: string | undefined;
  glyph: EmotionGlyph | null;
  tone: 'positive' | 'negative' | 'neutral';
}

interface MetricView {
  metric: Metric;
  offNorm: boolean | null;
  sourceLabel: string | undefined;
}

interface QuoteView {
  key: string;
  text: string;
  personaName: string | undefined;
  colour: string | undefined;
  sourceLabel: string | undefined;
}

/** Everything the card shows, derived once per input in `willUpdate`. */
interface CardView {
  journey: Journey;
  touchpoint: Touchpoint;
  phaseLabel: string;
  channel: { id: string; icon: ChannelIcon } | undefined;
  duration: DurationParts | undefined;
  emotions: EmotionView[];
  nps: TouchpointNps | null;
  metrics: MetricView[];
  quotes: QuoteView[];
}

type Resolution =
  | { kind: 'source' }
  | { kind: 'no-touchpoint' }
  | { kind: 'failure'; failure: JourneyFailure }
  | { kind: 'ready'; journey: Journey; touchpoint: Touchpoint };

const MAX_SHOWN_ID = 200;

function shownId(id: string): string {
  return id.length > MAX_SHOWN_ID ? `${id.slice(0, MAX_SHOWN_ID)}…` : id;
}

function sentenceCase(text: string, locale: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function toneOf(score: number): EmotionView['tone'] {
  const polarity = polarityOf(score);
  return polarity === 'neutral' ? 'neutral' : polarity.endsWith('positive') ? 'positive' : 'negative';
}

const WRAPPED = 'touchpoints[0]';

/** Issues about the wrapped touchpoint, with their paths rewritten from `touchpoints[0]…` to `touchpoint…`. */
function touchpointIssues(issues: readonly JourneyIssue[]): JourneyIssue[] {
  const out: JourneyIssue[] = [];
  for (const issue of issues) {
    if (issue.path === '' || issue.path === WRAPPED) out.push({ ...issue, path: 'touchpoint' });
    else if (issue.path.startsWith(`${WRAPPED}.`) || issue.path.startsWith(`${WRAPPED}[`)) {
      out.push({ ...issue, path: `touchpoint${issue.path.slice(WRAPPED.length)}` });
    }
  }
  return out;
}

function invalidTouchpoint(code: JourneyFailure['code'], issues: JourneyIssue[]): JourneyFailure {
  const list =
    issues.length > 0
      ? issues
      : [{ path: 'touchpoint', code: 'invalid_value' as const, message: 'is not a valid touchpoint' }];
  const first = list[0]!;
  return {
    code,
    issues: list,
    message: `The touchpoint is not valid: ${list.length === 1 ? '' : `${list.length} problems, the first: `}${first.path}: ${first.message}.`,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ids a touchpoint refers to, read from a plain copy whose shape is already valid, so a
 * stand-in journey can give each one an entry (named by its id) to resolve against.
 */
function referencedIds(touchpoint: Record<string, unknown>): {
  phase: string;
  channels: string[];
  personas: string[];
  sources: string[];
} {
  const personas = new Set<string>();
  const sources = new Set<string>();
  const note = (item: unknown) => {
    if (!isObject(item)) return;
    if (typeof item.persona === 'string') personas.add(item.persona);
    if (typeof item.source === 'string') sources.add(item.source);
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  for (const field of ['emotions', 'quotes', 'metrics', 'nps']) list(touchpoint[field]).forEach(note);
  const channel =
    typeof touchpoint.channel === 'string' && !isWellKnownChannel(touchpoint.channel) ? [touchpoint.channel] : [];
  return { phase: String(touchpoint.phase), channels: channel, personas: [...personas], sources: [...sources] };
}

/**
 * Validates a touchpoint given as an object, in the context of the journey when there is one (so
 * its phase, personas, channel and sources must exist there), else on its own: its references then
 * resolve to stand-ins named by their ids. Never throws.
 */
export function validateTouchpoint(
  input: unknown,
  context: Journey | undefined,
): { ok: true; journey: Journey; touchpoint: Touchpoint } | { ok: false; failure: JourneyFailure } {
  const wrap = (around: Record<string, unknown>) => parseJourney({ ...around, touchpoints: [input] });
  if (context) {
    const around: Record<string, unknown> = {
      version: 1,
      id: context.id,
      title: context.title,
      phases: context.phases,
    };
    if (context.locale !== undefined) around.locale = context.locale;
    if (context.personas !== undefined) around.personas = context.personas;
    if (context.channels !== undefined) around.channels = context.channels;
    if (context.sources !== undefined) around.sources = context.sources;
    const result = wrap(around);
    if (!result.ok) return { ok: false, failure: invalidTouchpoint(result.code, touchpointIssues(result.issues)) };
    return { ok: true, journey: result.journey, touchpoint: result.journey.touchpoints[0]! };
  }
  const shape = wrap({ version: 1, id: 'touchpoint', title: 'touchpoint', phases: [{ id: 'phase', label: 'phase' }] });
  if (shape.ok) return { ok: true, journey: shape.journey, touchpoint: shape.journey.touchpoints[0]! };
  const problems = touchpointIssues(shape.issues).filter((issue) => issue.code !== 'unknown_reference');
  if (problems.length > 0) return { ok: false, failure: invalidTouchpoint(shape.code, problems) };
  // The shape is valid, so a plain copy of it can be read safely for the ids it refers to.
  const copy = snapshot(input).value;
  if (!isObject(copy)) return { ok: false, failure: invalidTouchpoint('VALIDATION', []) };
  const ids = referencedIds(copy);
  const standIn = parseJourney({
    version: 1,
    id: 'touchpoint',
    title: 'touchpoint',
    phases: [{ id: ids.phase, label: ids.phase }],
    personas: ids.personas.map((id) => ({ id, name: id })),
    channels: ids.channels.map((id) => ({ id, label: id })),
    sources: ids.sources.map((id) => ({ id, kind: 'other', label: id })),
    touchpoints: [copy],
  });
  if (!standIn.ok) return { ok: false, failure: invalidTouchpoint(standIn.code, touchpointIssues(standIn.issues)) };
  return { ok: true, journey: standIn.journey, touchpoint: standIn.journey.touchpoints[0]! };
}

function failureKey(failure: JourneyFailure): string {
  return JSON.stringify([failure.code, failure.issues.map((i) => [i.path, i.message])]);
}

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
 * @fires journey-error - The journey or the touchpoint could not be shown: invalid, not found or not loaded (`detail.code`, `detail.issues`, `detail.message`).
 */
export class TouchpointCard extends LitElement {
  static override styles = [...sharedStyles, styles];

  /** The journey to take the touchpoint from: an object or JSON text; copied and validated on assignment. */
  @property({ attribute: false }) accessor journey: unknown = undefined;

  /** Address of a journey JSON document to fetch (http: or https:); the `journey` property wins over it. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /**
   * How long fetching `src` may take, body included, in seconds (15 unless given; at most 600).
   * A slower answer shows the error panel and fires `journey-error` with code FETCH.
   */
  @property({ type: Number }) accessor timeout: number | null = null;

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

  readonly #source = new JourneySourceController(this);
  readonly #locale = new LocaleController(this, {
    journeyLocale: () => this.#resolved.journey?.locale ?? this.#source.journey?.locale,
  });
  /** Says loading, loaded, updated and stale in a live region (announcer.ts). */
  readonly #announcer = new SourceAnnouncer(this, this.#source, this.#locale);
  readonly #ids = { heading: uniqueId('touchpoint-card') };

  #resolution: Resolution = { kind: 'source' };
  #resolved: { journey?: Journey } = {};
  #resolvedFrom: { journey: Journey | undefined; status: string; touchpoint: unknown } | undefined;
  #view: CardView | undefined;
  #viewFrom: { journey: Journey; touchpoint: Touchpoint; persona: string } | undefined;
  #reported: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) this.#source.setJourney(this.journey);
    if (changed.has('timeout')) this.#source.setTimeoutSeconds(this.timeout);
    if (changed.has('src')) this.#source.setSrc(this.src);
    // Applies an input pending since connect (an inline JSON child) now, so the first update draws it.
    this.#source.sync();
    this.#resolve();
    this.#derive();
  }

  /** Which touchpoint to show, or why none can be shown; recomputed only when an input changed. */
  #resolve(): void {
    const from = { journey: this.#source.journey, status: this.#source.status, touchpoint: this.touchpoint };
    const last = this.#resolvedFrom;
    if (last && last.journey === from.journey && last.status === from.status && last.touchpoint === from.touchpoint)
      return;
    this.#resolvedFrom = from;
    this.#resolution = this.#computeResolution(from.touchpoint);
    this.#resolved = this.#resolution.kind === 'ready' ? { journey: this.#resolution.journey } : {};
    if (this.#resolution.kind === 'failure') {
      const key = failureKey(this.#resolution.failure);
      if (key !== this.#reported) {
        this.#reported = key;
        this.dispatchEvent(new JourneyErrorEvent(this.#resolution.failure, { composed: !isEmbedded(this) }));
      }
    } else {
      this.#reported = undefined;
    }
  }

  #computeResolution(touchpoint: unknown): Resolution {
    const status = this.#source.status;
    const journey = status === 'ready' ? this.#source.journey : undefined;
    if (isObject(touchpoint)) {
      // A journey still loading or failed is shown as such: the touchpoint is checked against it once it is there.
      if (status === 'loading' || status === 'error') return { kind: 'source' };
      const result = validateTouchpoint(touchpoint, journey);
      return result.ok
        ? { kind: 'ready', journey: result.journey, touchpoint: result.touchpoint }
        : { kind: 'failure', failure: result.failure };
    }
    if (!journey) return { kind: 'source' };
    if (touchpoint === undefined || touchpoint === null || touchpoint === '') return { kind: 'no-touchpoint' };
    if (typeof touchpoint !== 'string') {
      return {
        kind: 'failure',
        failure: invalidTouchpoint('VALIDATION', [
          { path: 'touchpoint', code: 'invalid_type', message: 'must be a touchpoint id or a touchpoint object' },
        ]),
      };
    }
    const found = journey.touchpoints.find((tp) => tp.id === touchpoint);
    if (found) return { kind: 'ready', journey, touchpoint: found };
    const id = shownId(touchpoint);
    return {
      kind: 'failure',
      failure: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'touchpoint',
            code: 'unknown_reference',
            message: `unknown touchpoint "${id}": the journey has no touchpoint with this id`,
          },
        ],
        message: `The touchpoint "${id}" is not in the journey "${journey.id}".`,
      },
    };
  }

  /** Derives what the card shows from the resolved touchpoint; only when it or `persona` changed. */
  #derive(): void {
    if (this.#resolution.kind !== 'ready') {
      this.#view = undefined;
      this.#viewFrom = undefined;
      return;
    }
    const { journey, touchpoint } = this.#resolution;
    const last = this.#viewFrom;
    if (last && last.journey === journey && last.touchpoint === touchpoint && last.persona === this.persona) return;
    this.#viewFrom = { journey, touchpoint, persona: this.persona };

    const personaIndex = new Map((journey.personas ?? []).map((p, i) => [p.id, i]));
    const personaName = (id: string | undefined) =>
      id === undefined ? undefined : (journey.personas?.find((p) => p.id === id)?.name ?? id);
    const colourOf = (id: string | undefined) => {
      if (id === undefined) return undefined;
      const index = personaIndex.get(id);
      return index === undefined ? undefined : personaColour(index, journey.personas?.[index]?.color);
    };
    const sourceLabel = (id: string | undefined) =>
      id === undefined ? undefined : (journey.sources?.find((s) => s.id === id)?.label ?? id);

    const all = touchpoint.emotions ?? [];
    let chosen = all;
    if (this.persona !== ALL_PERSONAS) {
      const own = all.filter((e) => e.persona === this.persona);
      chosen = own.length > 0 ? own : all.filter((e) => e.persona === undefined);
    }
    const emotions = chosen.map((e, index): EmotionView => ({
      key: `${e.persona ?? ''}\u0000${index}`,
      personaName: personaName(e.persona),
      colour: colourOf(e.persona) ?? 'currentColor',
      score: e.score,
      label: e.label,
      glyph: emotionGlyph(e.label, 72),
      tone: toneOf(e.score),
    }));

    const channel =
      touchpoint.channel === undefined
        ? undefined
        : {
            id: touchpoint.channel,
            icon: channelIcon(touchpoint.channel, resolveChannel(journey, touchpoint.channel).kind),
          };

    this.#view = {
      journey,
      touchpoint,
      phaseLabel: journey.phases.find((p) => p.id === touchpoint.phase)?.label ?? touchpoint.phase,
      channel,
      duration: touchpoint.duration === undefined ? undefined : (parseDuration(touchpoint.duration) ?? undefined),
      emotions,
      nps: touchpoint.nps === undefined ? null : touchpointNps(touchpoint),
      metrics: (touchpoint.metrics ?? []).map((metric) => ({
        metric,
        offNorm: isOffNorm(metric),
        sourceLabel: sourceLabel(metric.source),
      })),
      quotes: (touchpoint.quotes ?? []).map((q, index) => ({
        key: String(index),
        text: q.text,
        personaName: personaName(q.persona),
        colour: colourOf(q.persona),
        sourceLabel: sourceLabel(q.source),
      })),
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    const localizer = this.#locale.localizer;
    const resolution = this.#resolution;
    if (resolution.kind === 'failure') return renderErrorPanel(resolution.failure, localizer);
    if (resolution.kind === 'no-touchpoint') {
      return html`<div role="status" part="status" class="journey-status" lang=${localizer.locale}>${localizer.messages.touchpointCard.noTouchpoint}</div>`;
    }
    const view = this.#view;
    if (resolution.kind === 'source' || !view) return renderSourceState(this.#source, localizer);
    return this.compact ? this.#renderCompact(view, localizer) : this.#renderFull(view, localizer);
  }

  get #level(): HeadingLevel {
    const level = Math.trunc(Number(this.headingLevel));
    return (level >= 1 && level <= 6 ? level : 3) as HeadingLevel;
  }

  get #sectionLevel(): HeadingLevel {
    return Math.min(this.#level + 1, 6) as HeadingLevel;
  }

  #renderFull(view: CardView, l: Localizer): TemplateResult {
    const tp = view.touchpoint;
    return html`<article part="card" class="card" aria-labelledby=${this.#ids.heading} lang=${l.locale}>
      ${this.#renderHeader(view, l)}
      ${tp.description ? html`<p part="description" class="description">${tp.description}</p>` : nothing}
      ${tp.momentOfTruth?.note ? this.#renderMomentNote(tp.momentOfTruth, l) : nothing}
      ${this.#renderEmotions(view, l)} ${this.#renderNps(view.nps, l)} ${this.#renderMetrics(view, l)}
      ${this.#renderFindings(tp, l)} ${this.#renderQuotes(view, l)} ${this.#renderLinks(tp, l)}
      ${this.#renderActions()}
    </article>`;
  }

  #renderHeader(view: CardView, l: Localizer): TemplateResult {
    const m = l.messages;
    const tp = view.touchpoint;
    return html`<header part="header" class="header">
      <div class="eyebrow">
        <span part="phase" class="phase"><span class="journey-visually-hidden">${m.phase}: </span>${view.phaseLabel}</span>
        ${tp.momentOfTruth ? this.#renderBadge(tp.momentOfTruth, l) : nothing}
      </div>
      <div role="heading" aria-level=${this.#level} part="heading" class="heading" id=${this.#ids.heading}>${tp.label}</div>
      ${
        view.channel || tp.actor || view.duration
          ? html`<dl part="meta" class="meta">
            ${
              view.channel
                ? html`<div class="fact">
                  <dt>${m.channel}</dt>
                  <dd part="channel" class="channel">${this.#channelIcon(view.channel.icon)}<span>${l.channelName(view.channel.id, view.journey)}</span></dd>
                </div>`
                : nothing
            }
            ${
              tp.actor
                ? html`<div class="fact">
                  <dt>${m.actor}</dt>
                  <dd>${icon(ICON.actor, 'fact-icon')}<span>${tp.actor}</span></dd>
                </div>`
                : nothing
            }
            ${
              view.duration
                ? html`<div class="fact">
                  <dt>${m.duration}</dt>
                  <dd>${icon(ICON.clock, 'fact-icon')}<span>${l.duration(view.duration)}</span></dd>
                </div>`
                : nothing
            }
          </dl>`
          : nothing
      }
    </header>`;
  }

  #renderBadge(moment: MomentOfTruth, l: Localizer): TemplateResult {
    const text = l.messages.momentOfTruthKinds[moment.kind];
    return html`<span part="badge" class="badge badge--${moment.kind}" title=${`${sentenceCase(l.messages.momentOfTruth, l.locale)}: ${text}`}
      >${icon(ICON.flag, 'badge-icon')}<span class="badge-text">${text}</span></span
    >`;
  }

  #renderMomentNote(moment: MomentOfTruth, l: Localizer): TemplateResult {
    return html`<p part="moment-of-truth" class="moment-note">
      ${icon(ICON.flag, 'moment-icon')}<span
        ><span class="journey-visually-hidden">${sentenceCase(l.messages.momentOfTruth, l.locale)}: </span>${moment.note}</span
      >
    </p>`;
  }

  #sectionTitle(text: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.#sectionLevel} part="section-title" class="section-title">${text}</div>`;
  }

  #personaText(name: string | undefined, l: Localizer): string {
    return name ?? sentenceCase(l.messages.allCustomers, l.locale);
  }

  #emotionWord(emotion: EmotionView, l: Localizer): string {
    return emotion.label === undefined ? l.polarity(emotion.score) : l.emotionWord(emotion.label);
  }

  #renderEmotions(view: CardView, l: Localizer): TemplateResult | typeof nothing {
    const m = l.messages;
    if (view.emotions.length === 0 && this.persona === ALL_PERSONAS) return nothing;
    return html`<section part="section emotions" class="section">
      ${this.#sectionTitle(m.emotion)}
      ${
        view.emotions.length === 0
          ? html`<p class="empty">${m.touchpointCard.noEmotion}</p>`
          : html`<ul class="emotions" role="list">
            ${repeat(
              view.emotions,
              (e) => e.key,
              (e) => html`<li part="emotion" class="emotion emotion--${e.tone}">
                <span class="persona"
                  ><span class="swatch" style=${styleProperties({ '--tpc-persona': e.colour })}></span
                  ><span class="persona-name">${this.#personaText(e.personaName, l)}</span></span
                >
                <span class="feeling">${this.#glyph(e)}<span class="word">${this.#emotionWord(e, l)}</span></span>
                <span class="score">${l.signed(e.score)}</span>
                ${scoreBar(e.score)}
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }

  #glyph(emotion: EmotionView): TemplateResult {
    const glyph = emotion.glyph;
    return html`<svg class="glyph" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      ${
        glyph
          ? glyph.style === 'fill'
            ? svg`<path class="glyph-fill" d=${glyph.path}></path>`
            : svg`<path class="glyph-stroke" d=${glyph.path}></path>`
          : svg`<circle class="glyph-stroke" r="3.5"></circle>`
      }
    </svg>`;
  }

  #renderNps(nps: TouchpointNps | null, l: Localizer): TemplateResult | typeof nothing {
    if (!nps || !nps.current) return nothing;
    const m = l.messages;
    const current = nps.current;
    return html`<section part="section nps" class="section">
      <div class="section-head">
        ${this.#sectionTitle(m.nps.name)}
        ${current.period ? html`<span class="period">${current.period}</span>` : nothing}
      </div>
      <div class="nps">
        ${
          current.score === null
            ? html`<span part="nps-score" class="nps-score nps-score--none">${m.noData}</span>`
            : html`<span part="nps-score" class="nps-score"><abbr class="journey-visually-hidden" title=${m.nps.longName}>${m.nps.name}</abbr> ${l.signed(current.score)}</span>`
        }
        <ul class="nps-facts" role="list">
          ${current.responses > 0 ? this.#renderSample(current, l) : nothing}
          ${
            nps.trend && nps.trend.delta !== null && nps.trend.direction !== null
              ? html`<li class="nps-fact trend trend--${nps.trend.direction}">
                ${icon(ICON[nps.trend.direction], 'fact-icon')}<span
                  >${m.nps.change(nps.trend.direction, l.signed(nps.trend.delta), nps.trend.from.period ?? m.touchpointCard.previousMeasurement)}</span
                >
              </li>`
              : nothing
          }
          ${
            current.target !== undefined
              ? html`<li class="nps-fact target ${current.onTarget === false ? 'target--missed' : current.onTarget ? 'target--met' : ''}">
                ${current.onTarget === null ? nothing : icon(current.onTarget ? ICON.check : ICON.cross, 'fact-icon')}<span
                  >${m.nps.target(l.signed(current.target))}${
                    current.onTarget === null
                      ? nothing
                      : html` · <strong>${current.onTarget ? m.nps.targetMet : m.nps.targetMissed}</strong>`
                  }</span
                >
              </li>`
              : nothing
          }
        </ul>
      </div>
      ${current.shares ? this.#renderShares(current.shares, l) : nothing}
    </section>`;
  }

  #renderSample(current: NpsResult, l: Localizer): TemplateResult {
    const m = l.messages;
    return current.smallSample
      ? html`<li class="nps-fact small-sample">${icon(ICON.sample, 'fact-icon')}<span>${m.smallSample(current.responses)}</span></li>`
      : html`<li class="nps-fact sample"><span>${m.touchpointCard.sampleSize(l.number(current.responses))}</span></li>`;
  }

  #renderShares(shares: NonNullable<NpsResult['shares']>, l: Localizer): TemplateResult {
    const m = l.messages;
    const groups = [
      ['promoters', shares.promoters, m.nps.promoters],
      ['passives', shares.passives, m.nps.passives],
      ['detractors', shares.detractors, m.nps.detractors],
    ] as const;
    // Boxes, not SVG: the detractors' hatching keeps its angle at any width, and the bar runs in
    // the reading direction by itself.
    return html`<div class="shares">
      <div class="shares-bar" aria-hidden="true">
        ${groups.map(([group, share]) =>
          share > 0
            ? html`<span class="share share--${group}" style=${styleProperties({ width: `${share * 100}%` })}></span>`
            : nothing,
        )}
      </div>
      <ul class="shares-legend" role="list">
        ${groups.map(
          ([group, share, name]) =>
            html`<li class="legend legend--${group}"><span class="key"></span>${m.touchpointCard.npsShare(l.percent(share), name)}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderMetrics(view: CardView, l: Localizer): TemplateResult | typeof nothing {
    if (view.metrics.length === 0) return nothing;
    const m = l.messages;
    return html`<section part="section metrics" class="section">
      ${this.#sectionTitle(m.touchpointCard.metrics)}
      <ul class="metrics" role="list">
        ${repeat(
          view.metrics,
          (v) => v.metric.id,
          (v) => {
            const metric = v.metric;
            const details = [
              ...(metric.target !== undefined
                ? [m.touchpointCard.metricNorm(formatValue(metric.target, metric.unit, l))]
                : []),
              ...(metric.target !== undefined || metric.better !== undefined
                ? [(metric.better ?? 'higher') === 'lower' ? m.metric.lowerIsBetter : m.metric.higherIsBetter]
                : []),
              ...(metric.period ? [metric.period] : []),
              ...(v.sourceLabel ? [v.sourceLabel] : []),
            ];
            return html`<li part="metric" class="metric ${v.offNorm ? 'metric--off' : ''}">
              <span class="metric-label">${metric.label}</span>
              <span class="metric-value">${formatValue(metric.value, metric.unit, l)}</span>
              ${details.length > 0 ? html`<span class="metric-details">${details.join(' · ')}</span>` : nothing}
              ${
                v.offNorm === null
                  ? nothing
                  : html`<span part="norm-status" class="norm ${v.offNorm ? 'norm--off' : 'norm--on'}"
                    >${icon(v.offNorm ? ICON.warning : ICON.check, 'norm-icon')}<span>${v.offNorm ? m.metric.offNorm : m.metric.onNorm}</span></span
                  >`
              }
            </li>`;
          },
        )}
      </ul>
    </section>`;
  }

  #renderFindings(tp: Touchpoint, l: Localizer): TemplateResult | typeof nothing {
    const pains = tp.painPoints ?? [];
    const ideas = tp.opportunities ?? [];
    if (pains.length === 0 && ideas.length === 0) return nothing;
    const list = (
      items: readonly string[],
      title: string,
      part: string,
      path: string,
    ) => html`<div class="finding-group">
      ${this.#sectionTitle(title)}
      <ul part=${part} class="findings findings--${part}" role="list">
        ${repeat(
          items,
          (_, index) => index,
          (item) => html`<li class="finding">${icon(path, 'finding-icon')}<span>${item}</span></li>`,
        )}
      </ul>
    </div>`;
    return html`<section part="section findings" class="section findings-section">
      ${pains.length > 0 ? list(pains, l.messages.painPoints, 'pain-points', ICON.pain) : nothing}
      ${ideas.length > 0 ? list(ideas, l.messages.opportunities, 'opportunities', ICON.idea) : nothing}
    </section>`;
  }

  #renderQuotes(view: CardView, l: Localizer): TemplateResult | typeof nothing {
    if (view.quotes.length === 0) return nothing;
    return html`<section part="section quotes" class="section">
      ${this.#sectionTitle(l.messages.quotes)}
      ${repeat(
        view.quotes,
        (q) => q.key,
        (q) => {
          const by = [...(q.personaName ? [q.personaName] : []), ...(q.sourceLabel ? [q.sourceLabel] : [])];
          return html`<figure class="quote" style=${styleProperties({ '--tpc-persona': q.colour ?? null })}>
            <blockquote>${q.text}</blockquote>
            ${by.length > 0 ? html`<figcaption>${by.join(' · ')}</figcaption>` : nothing}
          </figure>`;
        },
      )}
    </section>`;
  }

  #renderLinks(tp: Touchpoint, l: Localizer): TemplateResult | typeof nothing {
    const links = tp.links ?? [];
    if (links.length === 0) return nothing;
    return html`<section part="section links" class="section">
      ${this.#sectionTitle(l.messages.links)}
      <ul class="links" role="list">
        ${repeat(
          links,
          (_, index) => index,
          // href was checked by the model (http:, https:, mailto: or relative), never rewritten here.
          (link) =>
            html`<li><a href=${link.href} rel="noopener noreferrer">${icon(ICON.link, 'link-icon')}<span>${link.label}</span></a></li>`,
        )}
      </ul>
    </section>`;
  }

  #renderActions(): TemplateResult {
    return html`<div part="actions" class="actions" ?hidden=${!this.hasActions}>
      <slot name="actions" @slotchange=${this.#onActionsChange}></slot>
    </div>`;
  }

  #channelIcon(shape: ChannelIcon): TemplateResult {
    return html`<svg class="channel-icon" viewBox=${CHANNEL_ICON_VIEWBOX} aria-hidden="true" focusable="false">
      <path d=${shape.path} stroke-width=${CHANNEL_ICON_STROKE}></path>
    </svg>`;
  }

  #renderCompact(view: CardView, l: Localizer): TemplateResult {
    const m = l.messages;
    const tp = view.touchpoint;
    const channelName = view.channel ? l.channelName(view.channel.id, view.journey) : undefined;
    const nps = view.nps?.current;
    return html`<article part="card" class="card card--compact" aria-labelledby=${this.#ids.heading} lang=${l.locale}>
      <div part="header" class="header">
        ${
          view.channel
            ? html`<span part="channel" class="channel" title=${channelName!}
              >${this.#channelIcon(view.channel.icon)}<span class="channel-name clamp"
                ><span class="journey-visually-hidden">${m.channel}: </span>${channelName}</span
              ></span
            >`
            : nothing
        }
        <div role="heading" aria-level=${this.#level} part="heading" class="heading clamp" title=${tp.label} id=${this.#ids.heading}>${tp.label}</div>
      </div>
      ${tp.momentOfTruth ? this.#renderBadge(tp.momentOfTruth, l) : nothing}
      ${
        view.emotions.length > 0
          ? html`<ul part="emotions" class="emotions" role="list">
            ${repeat(
              view.emotions,
              (e) => e.key,
              (e) => {
                const who = this.#personaText(e.personaName, l);
                const text = `${who}: ${this.#emotionWord(e, l)} ${l.signed(e.score)}`;
                return html`<li part="emotion" class="emotion emotion--${e.tone}" title=${text}>
                  <span class="swatch swatch--lane" style=${styleProperties({ '--tpc-persona': e.colour })}></span>${this.#glyph(e)}<span class="journey-visually-hidden"
                    >${who}: ${this.#emotionWord(e, l)}</span
                  ><span class="score">${l.signed(e.score)}</span>
                </li>`;
              },
            )}
          </ul>`
          : nothing
      }
      ${
        nps
          ? html`<p part="nps" class="nps">
            <abbr title=${m.nps.longName} class="nps-name">${m.nps.name}</abbr>
            ${
              nps.score === null
                ? html`<span part="nps-score" class="nps-score nps-score--none">${m.noData}</span>`
                : html`<span part="nps-score" class="nps-score">${l.signed(nps.score)}</span>`
            }
            ${
              nps.smallSample
                ? html`<span class="small-sample" title=${m.smallSample(nps.responses)}
                  >${icon(ICON.sample, 'fact-icon')}<span class="journey-visually-hidden">${m.smallSample(nps.responses)}</span></span
                >`
                : nothing
            }
          </p>`
          : nothing
      }
      ${this.#renderActions()}
    </article>`;
  }

  #onActionsChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasActions = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
  };
}

/** A decorative interface icon (its meaning is always written next to it). */
function icon(path: string, className: string): TemplateResult {
  return html`<svg class="icon ${className}" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}

/** A diverging bar from −5 to +5 around a centre line; decorative, the score is written next to it. */
function scoreBar(score: number): TemplateResult {
  const clamped = Math.max(-5, Math.min(5, score));
  const width = Math.abs(clamped) * 10;
  return html`<svg class="bar mirror-rtl" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="bar-track" x="0" y="0" width="100" height="8" rx="4"></rect>
    ${width > 0 ? svg`<rect class="bar-value" x=${clamped < 0 ? 50 - width : 50} y="0" width=${width} height="8"></rect>` : nothing}
    <rect class="bar-centre" x="49.5" y="-1" width="1" height="10"></rect>
  </svg>`;
}

function formatValue(value: number, unit: string | undefined, l: Localizer): string {
  const number = l.number(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
