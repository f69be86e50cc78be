/** The card's small pieces: badge, notes, section titles, glyphs, bars and the findings, quotes and links sections. */
import { type TemplateResult, html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CHANNEL_ICON_STROKE, CHANNEL_ICON_VIEWBOX, type ChannelIcon } from '../../layout/channel-icons.js';
import type { MomentOfTruth, Touchpoint } from '../../model/types.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { type IconName, icon } from '../../shared/icons.js';
import { styleProperties } from '../../shared/style-properties.js';
import { type CardView, type EmotionView } from './view.js';

/** What the card's templates read besides the view: the heading's id and levels, the persona, the actions foot. */
export interface CardContext {
  headingId: string;
  level: number;
  sectionLevel: number;
  persona: string;
  actions: TemplateResult;
}

export function renderBadge(moment: MomentOfTruth, l: Localizer): TemplateResult {
  const text = l.messages.momentOfTruthKinds[moment.kind];
  return html`<span part="badge" class="badge badge--${moment.kind}" title=${`${l.capitalise(l.messages.momentOfTruth)}: ${text}`}
    >${icon('momentOfTruth', 'badge-icon')}<span class="badge-text">${text}</span></span
  >`;
}

export function renderMomentNote(moment: MomentOfTruth, l: Localizer): TemplateResult {
  return html`<p part="moment-of-truth" class="moment-note">
    ${icon('momentOfTruth', 'moment-icon')}<span
      ><span class="journey-visually-hidden">${l.capitalise(l.messages.momentOfTruth)}: </span>${moment.note}</span
    >
  </p>`;
}

export function sectionTitle(c: CardContext, text: string): TemplateResult {
  return html`<div role="heading" aria-level=${c.sectionLevel} part="section-title" class="section-title">${text}</div>`;
}

export function personaText(name: string | undefined, l: Localizer): string {
  return name ?? l.capitalise(l.messages.allCustomers);
}

export function emotionWord(emotion: EmotionView, l: Localizer): string {
  return emotion.label === undefined ? l.polarity(emotion.score) : l.emotionWord(emotion.label);
}

export function glyph(emotion: EmotionView): TemplateResult {
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

export function channelIcon(shape: ChannelIcon): TemplateResult {
  return html`<svg class="channel-icon" viewBox=${CHANNEL_ICON_VIEWBOX} aria-hidden="true" focusable="false">
    <path d=${shape.path} stroke-width=${CHANNEL_ICON_STROKE}></path>
  </svg>`;
}

export function scoreBar(score: number): TemplateResult {
  const clamped = Math.max(-5, Math.min(5, score));
  const width = Math.abs(clamped) * 10;
  return html`<svg class="bar mirror-rtl" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="bar-track" x="0" y="0" width="100" height="8" rx="4"></rect>
    ${width > 0 ? svg`<rect class="bar-value" x=${clamped < 0 ? 50 - width : 50} y="0" width=${width} height="8"></rect>` : nothing}
    <rect class="bar-centre" x="49.5" y="-1" width="1" height="10"></rect>
  </svg>`;
}

export function renderFindings(c: CardContext, tp: Touchpoint, l: Localizer): TemplateResult | typeof nothing {
  const pains = tp.painPoints ?? [];
  const ideas = tp.opportunities ?? [];
  if (pains.length === 0 && ideas.length === 0) return nothing;
  const list = (
    items: readonly string[],
    title: string,
    part: string,
    path: IconName,
  ) => html`<div class="finding-group">
    ${sectionTitle(c, title)}
    <ul part=${part} class="findings findings--${part}" role="list">
      ${repeat(
        items,
        (_, index) => index,
        (item) => html`<li class="finding">${icon(path, 'finding-icon')}<span>${item}</span></li>`,
      )}
    </ul>
  </div>`;
  return html`<section part="section findings" class="section findings-section">
    ${pains.length > 0 ? list(pains, l.messages.painPoints, 'pain-points', 'pain') : nothing}
    ${ideas.length > 0 ? list(ideas, l.messages.opportunities, 'opportunities', 'idea') : nothing}
  </section>`;
}

export function renderQuotes(c: CardContext, view: CardView, l: Localizer): TemplateResult | typeof nothing {
  if (view.quotes.length === 0) return nothing;
  return html`<section part="section quotes" class="section">
    ${sectionTitle(c, l.messages.quotes)}
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

export function renderLinks(c: CardContext, tp: Touchpoint, l: Localizer): TemplateResult | typeof nothing {
  const links = tp.links ?? [];
  if (links.length === 0) return nothing;
  return html`<section part="section links" class="section">
    ${sectionTitle(c, l.messages.links)}
    <ul class="links" role="list">
      ${repeat(
        links,
        (_, index) => index,
        // href was checked by the model (http:, https:, mailto: or relative), never rewritten here.
        (link) =>
          html`<li><a href=${link.href} rel="noopener noreferrer">${icon('link', 'link-icon')}<span>${link.label}</span></a></li>`,
      )}
    </ul>
  </section>`;
}
