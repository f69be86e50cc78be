/**
 * `<journey-playground>`: the designers' playground, two-way. A JSON code editor (CodeMirror 6,
 * checked against the JSON Schema and with `parseJourney`, each problem marked at its path) next
 * to a live `<journey-map editable>` and `<emotion-curve editable>`: edit the JSON and the map
 * follows (after a short pause; an invalid text leaves the map on the last valid journey); edit
 * on the map or the curve (`journey-change`) and the JSON follows. "Download JSON" and "Copy
 * embed snippet" use the edited journey. Stories only, never shipped.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Journey, JourneyInput, JourneyIssue } from '../../src/model/index.js';
import { clone, generic, healthClaim, mortgage } from '../support/journeys.js';
import { type CheckedText, JourneyJsonEditor } from './json-editor.js';
import { DEFAULT_SCRIPT_URL, embedSnippet } from './snippet.js';

/**
 * A new journey from the generic template (test/fixtures/generic-product.json, `kind: "generic"`):
 * it `extends` the template and takes its phases and touchpoints, each still to fill in.
 */
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
  { id: 'blank', label: 'New journey from the generic template', journey: blankJourney },
] as const;

/** The text of a starting point as the editor shows it. */
function startingText(id: string): string {
  const point = STARTING_POINTS.find((p) => p.id === id) ?? STARTING_POINTS[0];
  return JSON.stringify(point.journey(), null, 2);
}

/** A file name from a journey id: ids may hold `:`, which some file systems refuse. */
export function downloadNameOf(id: string): string {
  return `${id.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^\.+/, '') || 'journey'}.json`;
}

/** The `detail` of `journey-change` (the editing elements' event). */
interface JourneyChangeDetail {
  journey: Journey;
  patch?: unknown;
  label?: string;
}

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
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
      position: sticky;
      top: 0.5rem;
      min-width: 0;
    }
    .start-row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 0.75rem;
    }
    .start-row > div {
      flex: 1 1 12rem;
      min-width: 0;
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
      padding: 0.5rem 0.65rem;
      border: 1px solid #818b98;
      border-radius: 6px;
      font: 12.5px/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      tab-size: 2;
      resize: vertical;
      background: #ffffff;
    }
    .json-editor {
      min-width: 0;
      border: 1px solid #818b98;
      border-radius: 6px;
      overflow: hidden;
      background: #ffffff;
    }
    .json-editor.invalid {
      border-color: #cf222e;
      box-shadow: inset 4px 0 0 #cf222e;
    }
    .json-editor .cm-editor {
      height: 28rem;
      font-size: 12.5px;
    }
    .json-editor .cm-editor.cm-focused {
      outline: 2px solid #0969da;
      outline-offset: 2px;
    }
    .json-editor .cm-scroller {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .hint {
      margin: 0.25rem 0 0;
      color: #59636e;
      font-size: 13px;
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
      border-inline-start: 3px solid #cf222e;
      background: #f6f8fa;
    }
    .issues button {
      display: block;
      width: 100%;
      padding: 0.35rem 0.5rem;
      border: 0;
      border-radius: 0;
      background: transparent;
      color: #1f2328;
      font-weight: 400;
      text-align: start;
    }
    .issues button:hover {
      background: #eaeef2;
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
      color: #8a5a00;
    }
    .last-change {
      margin: 0;
      color: #59636e;
    }
    .preview h3 {
      margin: 0.75rem 0 0;
      font-size: 15px;
    }
  `;

  static override properties = {
    start: { type: String },
    issues: { state: true },
    journey: { state: true },
    checked: { state: true },
    scriptUrl: { state: true },
    copyState: { state: true },
    lastChange: { state: true },
  };

  /** The starting point shown first (an id from STARTING_POINTS). */
  declare start: string;
  declare issues: readonly JourneyIssue[];
  /** The last valid journey as written (the map keeps showing it while the text has issues). */
  declare journey: unknown;
  /** Whether the text has been checked since it last changed. */
  declare checked: boolean;
  declare scriptUrl: string;
  declare copyState: CopyState;
  /** What the last edit on the map or the curve did, in its own words. */
  declare lastChange: string;

  #editor: JourneyJsonEditor | undefined;
  #initialText = '';

  constructor() {
    super();
    this.start = 'mortgage';
    this.issues = [];
    this.journey = undefined;
    this.checked = false;
    this.scriptUrl = DEFAULT_SCRIPT_URL;
    this.copyState = 'idle';
    this.lastChange = '';
  }

  /** The JSON editor (present once the playground has rendered). */
  get editor(): JourneyJsonEditor | undefined {
    return this.#editor;
  }

  /** The editor's text. */
  get text(): string {
    return this.#editor?.text ?? this.#initialText;
  }

  /** The embed snippet of the edited journey; empty while the text has issues. */
  get snippet(): string {
    return this.#valid ? embedSnippet(this.journey, this.scriptUrl) : '';
  }

  /** The file name "Download JSON" saves under: the journey's id. */
  get downloadName(): string {
    return downloadNameOf(String((this.journey as { id?: unknown } | undefined)?.id ?? 'journey'));
  }

  /** What "Download JSON" saves: the edited journey; empty while the text has issues. */
  get download(): string {
    return this.#valid ? `${JSON.stringify(this.journey, null, 2)}\n` : '';
  }

  get #valid(): boolean {
    return this.checked && this.issues.length === 0 && this.journey !== undefined;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('start')) return;
    const text = startingText(this.start);
    if (this.#editor) this.#editor.replaceText(text);
    else this.#initialText = text;
  }

  override updated(): void {
    // The editor is made once the container exists, and again after a reconnect.
    if (this.#editor) return;
    const parent = this.renderRoot.querySelector<HTMLElement>('.json-editor');
    if (!parent || !this.shadowRoot) return;
    this.#editor = new JourneyJsonEditor({
      parent,
      root: this.shadowRoot,
      text: this.#initialText,
      label: 'Journey JSON',
      describedBy: 'validity',
      onChecked: this.#onChecked,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#editor) this.#initialText = this.#editor.text;
    this.#editor?.destroy();
    this.#editor = undefined;
  }

  /** The preview's elements: the map and the curve. */
  get #previews(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('journey-map, emotion-curve')];
  }

  /** Typing settled: the issues are listed, and a valid journey goes to the map and the curve. */
  #onChecked = ({ text, result }: CheckedText): void => {
    this.checked = true;
    this.copyState = 'idle';
    if (!result.ok) {
      this.issues = result.issues;
      return;
    }
    this.issues = [];
    this.journey = JSON.parse(text);
    for (const element of this.#previews) (element as HTMLElement & { journey: unknown }).journey = result.journey;
  };

  /**
   * An edit on the map or the curve: the JSON follows (only the changed part of the text is
   * replaced), and the other element shows the new journey too. The element that was edited
   * keeps its own journey, and with it its undo history.
   */
  #onJourneyChange = (event: Event): void => {
    const detail = (event as CustomEvent<JourneyChangeDetail | undefined>).detail;
    if (!detail || typeof detail.journey !== 'object' || detail.journey === null) return;
    const text = JSON.stringify(detail.journey, null, 2);
    this.#editor?.follow(text);
    this.checked = true;
    this.issues = [];
    this.journey = JSON.parse(text);
    this.copyState = 'idle';
    this.lastChange = detail.label ?? 'Edited on the preview.';
    for (const element of this.#previews) {
      if (element !== event.target) (element as HTMLElement & { journey: unknown }).journey = detail.journey;
    }
  };

  #onStart = (event: Event): void => {
    this.start = (event.target as HTMLSelectElement).value;
  };

  /** "New journey": the generic template, as an edit the editor can undo (Ctrl+Z). */
  #newJourney = (): void => {
    if (this.start !== 'blank') this.start = 'blank';
    else this.#editor?.replaceText(startingText('blank'));
  };

  #onScriptUrl = (event: Event): void => {
    this.scriptUrl = (event.target as HTMLInputElement).value;
    this.copyState = 'idle';
  };

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

  #download = (): void => {
    const url = URL.createObjectURL(new Blob([this.download], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.downloadName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  #renderStatus() {
    const count = this.issues.length;
    if (!this.checked) return html`<p id="validity" class="validity" role="status">Checking…</p>`;
    const valid = count === 0;
    return html`<p id="validity" class="validity ${valid ? 'ok' : 'bad'}" role="status">
      ${
        valid
          ? `Valid journey: ${(this.journey as { touchpoints: unknown[] }).touchpoints.length} touchpoints`
          : `${count} ${count === 1 ? 'issue' : 'issues'} to fix`
      }
    </p>`;
  }

  #renderIssues() {
    if (this.issues.length === 0) return nothing;
    return html`<ul class="issues" aria-label="Issues">
      ${repeat(
        this.issues,
        (issue) => `${issue.path}\u0000${issue.code}\u0000${issue.message}`,
        (issue) =>
          html`<li>
            <button type="button" @click=${() => this.#editor?.reveal(issue.path)}>
              <code>${issue.path || '(document)'}</code> ${issue.message}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const valid = this.#valid;
    return html`<div class="layout">
      <div class="editor">
        <div class="start-row">
          <div>
            <label for="start">Start from</label>
            <select id="start" @change=${this.#onStart}>
              ${STARTING_POINTS.map((p) => html`<option value=${p.id} ?selected=${p.id === this.start}>${p.label}</option>`)}
            </select>
          </div>
          <button type="button" class="new-journey" @click=${this.#newJourney}>New journey</button>
        </div>
        <div>
          <span class="label" id="json-label">Journey JSON</span>
          <div class="json-editor ${this.checked && this.issues.length > 0 ? 'invalid' : ''}"></div>
          <p class="hint">
            Checked against the JSON Schema and by parseJourney as you type. Ctrl+Space completes a field,
            F8 goes to the next problem, Ctrl+Shift+M lists them; Tab leaves the editor.
          </p>
        </div>
        ${this.#renderStatus()} ${this.#renderIssues()}
        <div class="row">
          <button type="button" class="download" ?disabled=${!valid} @click=${this.#download}>Download JSON</button>
        </div>
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
            <button type="button" class="copy" ?disabled=${!valid} @click=${this.#copy}>Copy embed snippet</button>
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
      <section class="preview" aria-labelledby="preview-title" @journey-change=${this.#onJourneyChange}>
        <h2 id="preview-title">Preview</h2>
        ${
          this.checked && this.issues.length > 0 && this.journey !== undefined
            ? html`<p class="stale">Showing the last valid version while the JSON has issues.</p>`
            : nothing
        }
        ${this.lastChange ? html`<p class="last-change">Last edit on the preview: ${this.lastChange}</p>` : nothing}
        <journey-map editable></journey-map>
        <h3>Emotion curve</h3>
        <emotion-curve editable></emotion-curve>
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
