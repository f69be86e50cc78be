/**
 * `<journey-playground>`: the designers' playground. A JSON editor next to a live `<journey-map>`;
 * every keystroke re-validates with `parseJourney` and lists the issues with their paths; the
 * "Copy embed snippet" button yields the HTML to paste into a CMS. Stories only, never shipped.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { type JourneyInput, type JourneyIssue, parseJourney } from '../../src/model/index.js';
import { clone, generic, healthClaim, mortgage } from '../support/journeys.js';
import { DEFAULT_SCRIPT_URL, embedSnippet } from './snippet.js';

/** A journey to start from: built from the generic journey, with every touchpoint still to fill in. */
export function blankJourney(): JourneyInput {
  return {
    version: 1,
    id: 'my-journey',
    title: 'Mijn klantreis',
    goal: 'Wat wil de klant bereiken, in eigen woorden?',
    locale: 'nl-NL',
    kind: 'specific',
    extends: generic.id,
    personas: [{ id: 'customer', name: 'Klant' }],
    phases: clone(generic.phases),
    touchpoints: generic.touchpoints.map((touchpoint) => ({
      id: touchpoint.id,
      phase: touchpoint.phase,
      label: touchpoint.label,
      channel: touchpoint.channel,
      emotions: [{ persona: 'customer', score: 0 }],
    })),
  };
}

/** The starting points offered in the playground. */
export const STARTING_POINTS = [
  { id: 'mortgage', label: 'Mortgage (Dutch, two personas)', journey: () => clone(mortgage) as JourneyInput },
  { id: 'health-claim', label: 'Health claim (English)', journey: () => clone(healthClaim) as JourneyInput },
  { id: 'generic', label: 'Generic product journey (Dutch)', journey: () => clone(generic) as JourneyInput },
  { id: 'blank', label: 'Blank journey from the generic one', journey: blankJourney },
] as const;

type CopyState = 'idle' | 'copied' | 'failed';

export class JourneyPlayground extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 14px/1.45 system-ui, sans-serif;
      color: #1f2328;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(20rem, 26rem) minmax(0, 1fr);
      gap: 1.25rem;
      align-items: start;
    }
    @media (max-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .editor {
      display: grid;
      gap: 0.75rem;
      position: sticky;
      top: 0.5rem;
    }
    label,
    .label {
      display: block;
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    select,
    input,
    textarea,
    button {
      font: inherit;
      color: inherit;
    }
    select,
    input {
      width: 100%;
      box-sizing: border-box;
      padding: 0.35rem 0.5rem;
      border: 1px solid #818b98;
      border-radius: 6px;
      background: #ffffff;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      min-height: 26rem;
      padding: 0.5rem 0.65rem;
      border: 1px solid #818b98;
      border-radius: 6px;
      font: 12.5px/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      tab-size: 2;
      resize: vertical;
      background: #ffffff;
    }
    textarea[aria-invalid='true'] {
      border-color: #cf222e;
      box-shadow: inset 4px 0 0 #cf222e;
    }
    :is(select, input, textarea, button):focus-visible {
      outline: 2px solid #0969da;
      outline-offset: 2px;
    }
    .validity {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-radius: 6px;
      font-weight: 600;
    }
    .validity.ok {
      background: #dafbe1;
      color: #116329;
    }
    .validity.bad {
      background: #ffebe9;
      color: #a40e26;
    }
    .issues {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.35rem;
      max-height: 14rem;
      overflow: auto;
    }
    .issues li {
      padding: 0.35rem 0.5rem;
      border-inline-start: 3px solid #cf222e;
      background: #f6f8fa;
    }
    .issues code {
      font: 12.5px/1.4 ui-monospace, Menlo, Consolas, monospace;
      color: #a40e26;
      word-break: break-all;
    }
    .snippet {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid #d1d9e0;
      border-radius: 8px;
      background: #f6f8fa;
    }
    .snippet h2,
    .preview h2 {
      margin: 0;
      font-size: 16px;
    }
    .snippet p {
      margin: 0;
      color: #59636e;
    }
    .snippet textarea {
      min-height: 7rem;
      background: #ffffff;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    button {
      padding: 0.4rem 0.9rem;
      border: 1px solid #1f6feb;
      border-radius: 6px;
      background: #0969da;
      color: #ffffff;
      font-weight: 600;
      cursor: pointer;
    }
    button:disabled {
      background: #eaeef2;
      border-color: #d1d9e0;
      color: #59636e;
      cursor: not-allowed;
    }
    .copy-state {
      color: #116329;
    }
    .copy-state.failed {
      color: #a40e26;
    }
    .preview {
      display: grid;
      gap: 0.5rem;
      min-width: 0;
    }
    .stale {
      margin: 0;
      color: #9a6700;
    }
  `;

  static override properties = {
    start: { type: String },
    text: { state: true },
    issues: { state: true },
    journey: { state: true },
    scriptUrl: { state: true },
    copyState: { state: true },
  };

  /** The starting point shown first (an id from STARTING_POINTS). */
  declare start: string;
  declare text: string;
  declare issues: readonly JourneyIssue[];
  /** The last valid journey: the map keeps showing it while the text has issues. */
  declare journey: unknown;
  declare scriptUrl: string;
  declare copyState: CopyState;

  constructor() {
    super();
    this.start = 'mortgage';
    this.text = '';
    this.issues = [];
    this.journey = undefined;
    this.scriptUrl = DEFAULT_SCRIPT_URL;
    this.copyState = 'idle';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('start')) this.#load(this.start);
  }

  /** Replaces the editor's text with a starting point. */
  #load(id: string): void {
    const point = STARTING_POINTS.find((p) => p.id === id) ?? STARTING_POINTS[0];
    this.#validate(JSON.stringify(point.journey(), null, 2));
  }

  /** Validates the text; a valid journey goes to the map. */
  #validate(text: string): void {
    this.text = text;
    this.copyState = 'idle';
    const result = parseJourney(text);
    if (result.ok) {
      this.issues = [];
      this.journey = result.journey;
    } else {
      this.issues = result.issues;
    }
  }

  #onInput = (event: Event): void => {
    this.#validate((event.target as HTMLTextAreaElement).value);
  };

  #onStart = (event: Event): void => {
    this.start = (event.target as HTMLSelectElement).value;
  };

  #onScriptUrl = (event: Event): void => {
    this.scriptUrl = (event.target as HTMLInputElement).value;
    this.copyState = 'idle';
  };

  get snippet(): string {
    return this.issues.length === 0 && this.journey !== undefined
      ? embedSnippet(JSON.parse(this.text), this.scriptUrl)
      : '';
  }

  #copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copyState = 'copied';
    } catch {
      // No clipboard permission (an embedded or headless browser): the text is selected instead.
      this.copyState = 'failed';
      this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')?.select();
    }
  };

  override render() {
    const valid = this.issues.length === 0;
    const count = this.issues.length;
    return html`<div class="layout">
      <div class="editor">
        <div>
          <label for="start">Start from</label>
          <select id="start" @change=${this.#onStart}>
            ${STARTING_POINTS.map((p) => html`<option value=${p.id} ?selected=${p.id === this.start}>${p.label}</option>`)}
          </select>
        </div>
        <div>
          <label for="json">Journey JSON</label>
          <textarea
            id="json"
            spellcheck="false"
            autocomplete="off"
            aria-invalid=${valid ? 'false' : 'true'}
            aria-describedby="validity"
            .value=${this.text}
            @input=${this.#onInput}
          ></textarea>
        </div>
        <p id="validity" class="validity ${valid ? 'ok' : 'bad'}" role="status">
          ${
            valid
              ? `Valid journey: ${(this.journey as { touchpoints: unknown[] }).touchpoints.length} touchpoints`
              : `${count} ${count === 1 ? 'issue' : 'issues'} to fix`
          }
        </p>
        ${
          valid
            ? nothing
            : html`<ul class="issues" aria-label="Issues">
              ${repeat(
                this.issues,
                (issue) => `${issue.path}\u0000${issue.code}\u0000${issue.message}`,
                (issue) => html`<li><code>${issue.path || '(document)'}</code> ${issue.message}</li>`,
              )}
            </ul>`
        }
        <section class="snippet" aria-labelledby="snippet-title">
          <h2 id="snippet-title">Embed in a CMS page</h2>
          <p>Paste this HTML into the page. The script is the self-contained bundle, hosted next to the page.</p>
          <div>
            <label for="script-url">Script URL</label>
            <input id="script-url" type="text" .value=${this.scriptUrl} @input=${this.#onScriptUrl} />
          </div>
          <div>
            <label for="snippet">Embed snippet</label>
            <textarea id="snippet" readonly .value=${this.snippet} placeholder="Fix the issues first"></textarea>
          </div>
          <div class="row">
            <button type="button" ?disabled=${!valid} @click=${this.#copy}>Copy embed snippet</button>
            <span class="copy-state ${this.copyState}" role="status"
              >${
                this.copyState === 'copied'
                  ? 'Copied to the clipboard.'
                  : this.copyState === 'failed'
                    ? 'The browser did not allow copying: the snippet is selected, press Ctrl+C.'
                    : ''
              }</span
            >
          </div>
        </section>
      </div>
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">Preview</h2>
        ${valid || this.journey === undefined ? nothing : html`<p class="stale">Showing the last valid version while the JSON has issues.</p>`}
        <journey-map .journey=${this.journey}></journey-map>
      </section>
    </div>`;
  }
}

if (!customElements.get('journey-playground')) customElements.define('journey-playground', JourneyPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'journey-playground': JourneyPlayground;
  }
}
