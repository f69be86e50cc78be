/**
 * The curve's emotion editor for one point: a `role="slider"` for the score (arrow keys, with −
 * and + buttons as the single-click way), the named emotion (the twelve known ones, or the
 * user's own word), removing the score, whose emotion it is when every persona is shown, and
 * copying the curve to another persona.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { EMOTION_LABELS } from '../../model/schema.js';
import type { EditUiWords } from '../../shared/controllers/edit-words.js';
import type { Localizer } from '../../shared/i18n/localizer.js';

/** What the panel shows and does. */
export interface EditPanelState {
  localizer: Localizer;
  words: EditUiWords;
  touchpoint: string;
  /** The persona edited (its name), and every curve that can be chosen. */
  persona: { key: string | null; name: string };
  personas: ReadonlyArray<{ key: string | null; name: string }>;
  /** Whether the persona can be chosen (every persona shown). */
  choosePersona: boolean;
  score: number | null;
  label: string | undefined;
  refused: string | undefined;
  ids: { slider: string; hint: string };
  on: {
    sliderKey(event: KeyboardEvent): void;
    step(by: number): void;
    persona(key: string | null): void;
    name(label: string | null): void;
    clear(): void;
    copy(to: string | null): void;
    done(): void;
    cancel(): void;
  };
}

/** The score in words for `aria-valuetext`, e.g. "+3, positief"; "geen score" for a gap. */
export function scoreText(localizer: Localizer, words: EditUiWords, score: number | null): string {
  return score === null ? words.noScore : `${localizer.signed(score)}, ${localizer.polarity(score)}`;
}

const keyOf = (key: string | null) => key ?? '';

export function editPanel(s: EditPanelState): TemplateResult {
  const { localizer, words: w, on } = s;
  const heading = w.editEmotion(s.persona.name, s.touchpoint);
  const others = s.personas.filter((p) => p.key !== s.persona.key && p.key !== null);
  const known = (EMOTION_LABELS as readonly string[]).includes(s.label ?? '');
  let ownWord = known ? '' : (s.label ?? '');
  return html`<div part="editor" class="edit-panel" role="group" aria-label=${heading}>
    <h3>${heading}</h3>
    ${
      s.choosePersona
        ? html`<label
            >${w.persona}
            <select @change=${(e: Event) => on.persona((e.target as HTMLSelectElement).value || null)}>
              ${s.personas.map(
                (p) => html`<option value=${keyOf(p.key)} ?selected=${p.key === s.persona.key}>${p.name}</option>`,
              )}
            </select></label
          >`
        : nothing
    }
    <button type="button" class="journey-button" part="button" @click=${() => on.step(-1)}>
      <span aria-hidden="true">−</span><span class="journey-visually-hidden">${w.lower(localizer.number(1))}</span>
    </button>
    <div
      id=${s.ids.slider}
      class="edit-slider"
      role="slider"
      tabindex="0"
      aria-label=${w.emotionScore}
      aria-valuemin="-5"
      aria-valuemax="5"
      aria-valuenow=${s.score ?? nothing}
      aria-valuetext=${scoreText(localizer, w, s.score)}
      aria-describedby=${s.ids.hint}
      @keydown=${on.sliderKey}
    >
      ${s.score === null ? w.noScore : localizer.signed(s.score)}
    </div>
    <button type="button" class="journey-button" part="button" @click=${() => on.step(1)}>
      <span aria-hidden="true">+</span><span class="journey-visually-hidden">${w.raise(localizer.number(1))}</span>
    </button>
    <button type="button" class="journey-button" part="button" ?disabled=${s.score === null} @click=${on.clear}>
      ${w.removeScore}
    </button>
    <label
      >${w.namedEmotion}
      <select @change=${(e: Event) => on.name((e.target as HTMLSelectElement).value || null)}>
        <option value="" ?selected=${!s.label}>${w.noName}</option>
        ${EMOTION_LABELS.map(
          (label) =>
            html`<option value=${label} ?selected=${s.label === label}>${localizer.emotionWord(label)}</option>`,
        )}
        ${s.label && !known ? html`<option value=${s.label} selected>${s.label}</option>` : nothing}
      </select></label
    >
    <label
      >${w.ownEmotion}
      <input type="text" maxlength="500" .value=${ownWord} @input=${(e: Event) => (ownWord = (e.target as HTMLInputElement).value)}
    /></label>
    <button type="button" class="journey-button" part="button" @click=${() => on.name(ownWord.trim() || null)}>
      ${w.setName}
    </button>
    ${
      others.length > 0
        ? html`<label
              >${w.copyCurveTo}
              <select class="edit-copy-to">
                ${others.map((p) => html`<option value=${keyOf(p.key)}>${p.name}</option>`)}
              </select></label
            >
            <button
              type="button"
              class="journey-button"
              part="button"
              @click=${(e: Event) => {
                const select = (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLSelectElement>(
                  '.edit-copy-to',
                );
                if (select) on.copy(select.value || null);
              }}
            >
              ${w.copy}
            </button>`
        : nothing
    }
    <button type="button" class="journey-button" part="button" @click=${on.done}>${w.done}</button>
    <button type="button" class="journey-button" part="button" @click=${on.cancel}>${w.cancel}</button>
    <p id=${s.ids.hint}>${w.editHint}</p>
    ${s.refused ? html`<p class="edit-refused" role="alert">${s.refused}</p>` : nothing}
  </div>`;
}
