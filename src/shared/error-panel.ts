/**
 * The in-component states every element shares (QUALITY.md 10): the error panel, the loading and
 * empty states and the "stale since" note. Text bindings only; the styles are `statePanelStyles`
 * in theme.ts.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from './i18n/localizer.js';
import type { JourneyFailure, JourneySourceStatus } from './journey-source.js';

/** The error panel lists at most this many issues, then says how many more there are. */
export const MAX_SHOWN_ISSUES = 50;

/**
 * The error panel: `<div role="alert" part="error">` with a title, what the failure code means and
 * how many problems there are, then the problems, each with its JSON path in `<code>`. The issue
 * sentences come from the model in English and are marked `lang="en"`.
 */
export function renderErrorPanel(error: JourneyFailure, localizer: Localizer): TemplateResult {
  const m = localizer.messages;
  const issues = error.issues.filter((item) => item.code !== 'truncated');
  const shownIssues = issues.slice(0, MAX_SHOWN_ISSUES);
  const more = issues.length - shownIssues.length;
  const explanation = Object.hasOwn(m.errorCodes, error.code) ? m.errorCodes[error.code] : '';
  return html`<div role="alert" part="error" class="journey-error" lang=${localizer.locale}>
    <p class="journey-error__title">${m.errorTitle}</p>
    <p class="journey-error__summary">${explanation} ${m.problemsFound(issues.length)}</p>
    ${
      shownIssues.length === 0
        ? nothing
        : html`<ul class="journey-error__issues" lang="en">
          ${shownIssues.map(
            (item) => html`<li>${item.path === '' ? nothing : html`<code>${item.path}</code> `}${item.message}</li>`,
          )}
        </ul>`
    }
    ${more > 0 ? html`<p class="journey-error__more">${m.moreProblems(more)}</p>` : nothing}
  </div>`;
}

/**
 * The loading state ("Loading the journey…") or the empty state ("No journey given yet: …");
 * nothing for `ready` and `error`. Plain text, not a live region: the element's announcer
 * (announcer.ts) says what changed, so a screen reader does not hear it twice.
 */
export function renderStatus(status: JourneySourceStatus, localizer: Localizer): TemplateResult | typeof nothing {
  if (status !== 'loading' && status !== 'empty') return nothing;
  const text = status === 'loading' ? localizer.messages.loading : localizer.messages.noJourney;
  return html`<div part="status" class="journey-status journey-status--${status}" lang=${localizer.locale}>${text}</div>`;
}

/**
 * The "stale since 14:05" note of a live journey whose refresh fails; nothing when fresh. Plain
 * text: the element's announcer (announcer.ts) announces the failed refresh.
 */
export function renderStaleNote(staleSince: Date | undefined, localizer: Localizer): TemplateResult | typeof nothing {
  if (!staleSince) return nothing;
  return html`<p part="stale" class="journey-stale" lang=${localizer.locale}>${localizer.messages.staleSince(localizer.time(staleSince))}</p>`;
}

/**
 * Whatever a source's state needs instead of (or, when stale, above) the chart: the error panel,
 * the loading or empty state, or the stale note. Elements render the chart when `status` is `ready`.
 */
export function renderSourceState(
  source: {
    readonly status: JourneySourceStatus;
    readonly error: JourneyFailure | undefined;
    readonly staleSince: Date | undefined;
  },
  localizer: Localizer,
): TemplateResult | typeof nothing {
  if (source.status === 'error' && source.error) return renderErrorPanel(source.error, localizer);
  if (source.status === 'ready') return renderStaleNote(source.staleSince, localizer);
  return renderStatus(source.status, localizer);
}
