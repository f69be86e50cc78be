/** The compact card for a map column: label, channel, emotion per persona, moment of truth and NPS. */
import { type TemplateResult, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { icon } from '../../shared/icons.js';
import { styleProperties } from '../../shared/style-properties.js';
import { type CardView } from './view.js';
import { type CardContext, channelIcon, emotionWord, glyph, personaText, renderBadge } from './parts.template.js';

export function renderCompact(c: CardContext, view: CardView, l: Localizer): TemplateResult {
  const m = l.messages;
  const tp = view.touchpoint;
  const channelName = view.channel ? l.channelName(view.channel.id, view.journey) : undefined;
  const nps = view.nps?.current;
  return html`<article part="card" class="card card--compact" aria-labelledby=${c.headingId} lang=${l.locale}>
    <div part="header" class="header">
      ${
        view.channel
          ? html`<span part="channel" class="channel" title=${channelName!}
            >${channelIcon(view.channel.icon)}<span class="channel-name clamp"
              ><span class="journey-visually-hidden">${m.channel}: </span>${channelName}</span
            ></span
          >`
          : nothing
      }
      <div role="heading" aria-level=${c.level} part="heading" class="heading clamp" title=${tp.label} id=${c.headingId}>${tp.label}</div>
    </div>
    ${tp.momentOfTruth ? renderBadge(tp.momentOfTruth, l) : nothing}
    ${
      view.emotions.length > 0
        ? html`<ul part="emotions" class="emotions" role="list">
          ${repeat(
            view.emotions,
            (e) => e.key,
            (e) => {
              const who = personaText(e.personaName, l);
              const text = `${who}: ${emotionWord(e, l)} ${l.signed(e.score)}`;
              return html`<li part="emotion" class="emotion emotion--${e.tone}" title=${text}>
                <span class="swatch swatch--lane" style=${styleProperties({ '--tpc-persona': e.colour })}></span>${glyph(e)}<span class="journey-visually-hidden"
                  >${who}: ${emotionWord(e, l)}</span
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
                >${icon('sample', 'fact-icon')}<span class="journey-visually-hidden">${m.smallSample(nps.responses)}</span></span
              >`
              : nothing
          }
        </p>`
        : nothing
    }
    ${c.actions}
  </article>`;
}

/** A diverging bar from −5 to +5 around a centre line; decorative, the score is written next to it. */
