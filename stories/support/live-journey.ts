/**
 * `<story-live-journey>`: a stand-in for a BI feed in the stories. Every `interval` ms it assigns
 * the next survey round of the mortgage journey (`liveMortgage(round)`) to every klantreis element
 * inside it, the way a dashboard reassigns a fresh journey. Buttons pause it and step it by hand,
 * so a story test can stop the clock and step deterministically. Stories only, never shipped.
 */
import { LitElement, css, html } from 'lit';
import { liveMortgage } from './journeys.js';

export class StoryLiveJourney extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-end: 0.75rem;
      font: 14px/1.4 system-ui, sans-serif;
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
      border: 1px solid #59636e;
      border-radius: 6px;
      background: #f6f8fa;
      color: #1f2328;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid #0969da;
      outline-offset: 2px;
    }
  `;

  static override properties = {
    interval: { type: Number },
    round: { state: true },
    running: { state: true },
  };

  /** Milliseconds between two survey rounds. */
  declare interval: number;
  declare round: number;
  declare running: boolean;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.interval = 2000;
    this.round = 0;
    this.running = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#assign();
    this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  /** Moves to the next survey round now. */
  next(): void {
    this.round += 1;
    this.#assign();
  }

  #start(): void {
    this.#stop();
    if (this.running) this.#timer = setInterval(() => this.next(), this.interval);
  }

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #assign(): void {
    const journey = liveMortgage(this.round);
    for (const element of this.querySelectorAll('journey-map, emotion-curve, nps-overlay, touchpoint-card')) {
      (element as HTMLElement & { journey: unknown }).journey = journey;
    }
  }

  #toggle = (): void => {
    this.running = !this.running;
    this.#start();
  };

  override render() {
    return html`<div class="bar">
        <button type="button" @click=${this.#toggle}>
          ${this.running ? 'Pause live data' : 'Resume live data'}
        </button>
        <button type="button" @click=${() => this.next()}>Next survey round</button>
        <span role="status">Survey round ${this.round + 1}${this.running ? `, next in ${this.interval / 1000} s` : ', paused'}</span>
      </div>
      <slot></slot>`;
  }
}

if (!customElements.get('story-live-journey')) customElements.define('story-live-journey', StoryLiveJourney);

declare global {
  interface HTMLElementTagNameMap {
    'story-live-journey': StoryLiveJourney;
  }
}
