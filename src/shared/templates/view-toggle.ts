import { type TemplateResult, html } from 'lit';

/** What the view toggle shows and does. */
export interface ViewToggleOptions {
  /** The button's name, the same in both states (its pressed state says which view is on). */
  label: string;
  /** Whether the data table (the alternative view) is shown. */
  pressed: boolean;
  /** The id of the region the button switches. */
  controls: string;
  onToggle: () => void;
  /** Part names it also carries besides `toggle` (an element keeping an older name for compatibility). */
  alsoParts?: string;
  /** A class it also carries (the element's own button look). */
  alsoClass?: string;
}

/**
 * The one view toggle of the chart elements: a toggle button (`aria-pressed`) named by the view
 * it turns on, so its name does not change under the user's finger, under one part name, `toggle`.
 */
export function viewToggle(options: ViewToggleOptions): TemplateResult {
  return html`<button
    part=${options.alsoParts ? `toggle ${options.alsoParts}` : 'toggle'}
    class=${options.alsoClass ? `toggle journey-button ${options.alsoClass}` : 'toggle journey-button'}
    type="button"
    aria-pressed=${options.pressed ? 'true' : 'false'}
    aria-controls=${options.controls}
    @click=${options.onToggle}
  >
    ${options.label}
  </button>`;
}
