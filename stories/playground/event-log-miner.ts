/**
 * "Drop a CSV": the playground panel that mines an event log (one row per thing a customer
 * did) into a journey with `mineCsv` from `klantreis/mining` and shows it in a live
 * `<journey-map>`. Story-only code: it is not part of the published elements.
 */
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Journey } from '../../src/model/types.js';
import { mineCsv, mineInWorker, sniffDelimiter } from '../../src/mining/index.js';

/**
 * The mining worker, started the way Vite bundles a module worker (a bundler-built page passes
 * its own URL or Worker to `mineInWorker` likewise); null where Workers are missing.
 */
function miningWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../../src/mining/mine-worker.ts', import.meta.url), { type: 'module' });
}
import '../../src/define.js';

/** The columns a log can map, required first. */
const ROLES = [
  { role: 'case', label: 'Case', required: true, guess: /^(case|case_?id|klant|customer|dossier)/i },
  { role: 'activity', label: 'Activity', required: true, guess: /^(activity|step|event|stap|activiteit)/i },
  { role: 'time', label: 'Time', required: true, guess: /^(time|timestamp|date|tijd|datum)/i },
  { role: 'channel', label: 'Channel', required: false, guess: /^(channel|kanaal)/i },
  { role: 'persona', label: 'Persona', required: false, guess: /^(persona|segment)/i },
  { role: 'phase', label: 'Phase', required: false, guess: /^(phase|fase)/i },
  { role: 'emotion', label: 'Emotion score', required: false, guess: /^(emotion|score|emotie)/i },
  { role: 'nps', label: 'NPS answer (0–10)', required: false, guess: /^nps/i },
  { role: 'period', label: 'Period', required: false, guess: /^(period|quarter|periode|kwartaal)/i },
] as const;

type Role = (typeof ROLES)[number]['role'];

/** Splits the header line of a CSV (quotes respected) with the delimiter the miner would use. */
function headerOf(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = sniffDelimiter(line);
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      names.push(current.trim());
      current = '';
    } else current += char;
  }
  names.push(current.trim());
  return names.filter((n) => n !== '');
}

export class EventLogMiner extends LitElement {
  static override styles = css`
    :host { display: block; font: 14px/1.5 system-ui, sans-serif; color: #1b1f24; }
    .panel { display: grid; gap: 0.75rem; max-width: 60rem; margin-bottom: 1rem; }
    .drop { border: 2px dashed #57606a; border-radius: 8px; padding: 1rem; text-align: center; background: #f6f8fa; }
    .drop.over { border-color: #0969da; background: #ddf4ff; }
    .columns { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem 1rem; }
    label { display: grid; gap: 0.125rem; font-weight: 600; }
    select, button { font: inherit; padding: 0.25rem 0.5rem; }
    .errors { color: #a40e26; margin: 0; padding-left: 1.25rem; }
    .status { color: #3d444d; }
  `;

  static override properties = {
    fileName: { state: true },
    header: { state: true },
    columns: { state: true },
    errors: { state: true },
    status: { state: true },
    journey: { state: true },
    over: { state: true },
  };

  /** The log's text (kept out of reactive state: it can be large). */
  #text = '';
  declare fileName: string;
  declare header: string[];
  declare columns: Partial<Record<Role, string>>;
  declare errors: string[];
  declare status: string;
  declare journey: Journey | undefined;
  declare over: boolean;

  constructor() {
    super();
    this.fileName = '';
    this.header = [];
    this.columns = {};
    this.errors = [];
    this.status = 'Drop an event log (CSV) here, or choose a file.';
    this.journey = undefined;
    this.over = false;
  }

  /** Loads a log's text, reads its columns and guesses the mapping from their names. */
  load(text: string, fileName: string): void {
    this.#text = text;
    this.fileName = fileName;
    this.header = headerOf(text);
    const columns: Partial<Record<Role, string>> = {};
    for (const { role, guess } of ROLES) {
      const match = this.header.find((name) => guess.test(name));
      if (match && !Object.values(columns).includes(match)) columns[role] = match;
    }
    this.columns = columns;
    this.errors = [];
    this.journey = undefined;
    this.status = `${fileName}: ${this.header.length} columns. Check the mapping, then mine.`;
  }

  /**
   * Mines the loaded log with the chosen columns on a Web Worker (`mineInWorker`), so a log of a
   * million events leaves the page responsive, and shows the journey.
   */
  async mine(): Promise<void> {
    const { case: caseColumn, activity, time, ...optional } = this.columns;
    if (!caseColumn || !activity || !time) {
      this.errors = ['Choose the case, activity and time columns.'];
      return;
    }
    const started = performance.now();
    const columns = { case: caseColumn, activity, time, ...optional };
    const options = { title: this.fileName.replace(/\.csv$/i, '') };
    this.status = `Mining ${this.fileName}…`;
    const worker = miningWorker();
    let result: ReturnType<typeof mineCsv>;
    try {
      result = worker
        ? await mineInWorker(this.#text, columns, { ...options, worker })
        : mineCsv(this.#text, columns, options);
    } catch (error) {
      this.errors = [error instanceof Error ? error.message : String(error)];
      this.status = 'The log could not be mined.';
      return;
    } finally {
      worker?.terminate();
    }
    if (!result.ok) {
      this.errors = result.errors.map((e) => e.message);
      this.journey = undefined;
      this.status = 'The log could not be mined.';
      return;
    }
    this.errors = [];
    this.journey = result.journey;
    this.status = `Mined ${result.journey.touchpoints.length} touchpoints from ${this.fileName} in ${Math.round(performance.now() - started)} ms${worker ? ', on a worker' : ''}.`;
  }

  async #readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.load(await file.text(), file.name);
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    void this.#readFile(event.dataTransfer?.files[0]);
  }

  override render() {
    return html`
      <section class="panel" aria-labelledby="miner-title">
        <h2 id="miner-title">From an event log</h2>
        <div
          class="drop ${this.over ? 'over' : ''}"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.#onDrop}
        >
          <label>Event log (CSV)
            <input type="file" accept=".csv,text/csv" @change=${(e: Event) => void this.#readFile((e.target as HTMLInputElement).files?.[0])} />
          </label>
          <slot name="sample"></slot>
        </div>
        <p class="status" role="status">${this.status}</p>
        ${
          this.header.length > 0
            ? html`<div class="columns">
                ${repeat(
                  ROLES,
                  (r) => r.role,
                  (r) => html`<label>${r.label}${r.required ? ' (required)' : ''}
                    <select
                      data-role=${r.role}
                      @change=${(e: Event) => {
                        const value = (e.target as HTMLSelectElement).value;
                        this.columns = { ...this.columns, [r.role]: value === '' ? undefined : value };
                      }}
                    >
                      <option value="" ?selected=${!this.columns[r.role]}>—</option>
                      ${this.header.map((name) => html`<option value=${name} ?selected=${this.columns[r.role] === name}>${name}</option>`)}
                    </select>
                  </label>`,
                )}
              </div>
              <div><button type="button" @click=${() => this.mine()}>Mine the journey</button></div>`
            : ''
        }
        ${this.errors.length > 0 ? html`<ul class="errors" role="alert">${this.errors.map((e) => html`<li>${e}</li>`)}</ul>` : ''}
      </section>
      ${this.journey ? html`<journey-map .journey=${this.journey} lang="en"></journey-map>` : ''}
    `;
  }
}

if (!customElements.get('event-log-miner')) customElements.define('event-log-miner', EventLogMiner);

declare global {
  interface HTMLElementTagNameMap {
    'event-log-miner': EventLogMiner;
  }
}
