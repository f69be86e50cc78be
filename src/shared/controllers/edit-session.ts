/**
 * The edit session of an element with `editable`: the journey being edited with its undo and
 * redo (the editing layer's `History`), the `journey-change` and `journey-input` events, the
 * announcement of each edit, Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y, and "nothing lost": a `src`
 * refresh that would overwrite edits is offered instead (keep mine / load theirs), a draft kept
 * under `draft-key` is offered for restore, and a full or blocked storage is said in place.
 *
 * It lives in the editor's chunk: an element imports it dynamically, only once `editable` is set.
 */
import { type TemplateResult, html, nothing } from 'lit';
import {
  type Draft,
  DraftStore,
  type Edit,
  type EditCommand,
  History,
  type Patch,
  isRefusal,
  sameJourney,
} from '../../editing/index.js';
import { JourneyChangeEvent, JourneyInputEvent } from '../../events/edit-events.js';
import { parseJourney, trustValidated } from '../../model/parse.js';
import type { Journey } from '../../model/types.js';
import type { SourceAnnouncer } from '../announcer.js';
import { type JourneySourceController, resolveJourneySrc } from '../journey-source.js';
import type { LocaleController } from '../locale-controller.js';
import { type EditUiWords, editUiWords } from './edit-words.js';

/** What an editable element offers its session. */
export interface EditSessionHost extends HTMLElement {
  journey: unknown;
  src: string | undefined;
  refresh: number | null;
  draftKey: string | undefined;
  editable: boolean;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's controllers the session reads and speaks through. */
export interface EditSessionParts {
  source: JourneySourceController;
  locale: LocaleController;
  announcer: SourceAnnouncer;
  /** Puts focus back on the edited cell after the next render. */
  keepFocus(): void;
}

type Notice =
  | { kind: 'theirs'; theirs: Journey; reason: string; fromSrc: boolean }
  | { kind: 'draft'; draft: Draft }
  | { kind: 'storage'; text: string };

/** The result of an edit the session made: the edit, or the reason it was refused (also shown in place). */
export type SessionResult = { ok: true; edit: Edit } | { ok: false; refused: string };

/** Drafts are written this long after the latest edit (a drag writes once). */
const DRAFT_DELAY_MS = 400;

/** The session of one editable element. */
export class EditSession {
  readonly #host: EditSessionHost;
  readonly #parts: EditSessionParts;
  #history: History | undefined;
  /** The journey edits started from (the source's), to tell whether the source changed since. */
  #base: Journey | undefined;
  #notice: Notice | undefined;
  #refused: string | undefined;
  #draftChecked: string | undefined;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  #watch: { timer: ReturnType<typeof setTimeout>; etag: string | null; text: string | undefined } | undefined;
  #produced = new WeakSet<object>();

  /** Starts the session of `host`; call `update()` from the host's `willUpdate`-time derive. */
  constructor(host: EditSessionHost, parts: EditSessionParts) {
    this.#host = host;
    this.#parts = parts;
  }

  /** The words of edit mode in the element's language. */
  get words(): EditUiWords {
    return editUiWords(this.#parts.locale.localizer.locale);
  }

  /** The journey being edited (the shown one). */
  get journey(): Journey | undefined {
    const history = this.#current();
    return history?.journey;
  }

  /** Whether there is an edit to undo. */
  get canUndo(): boolean {
    return this.#current()?.canUndo ?? false;
  }

  /** Whether there is an undone edit to redo. */
  get canRedo(): boolean {
    return this.#current()?.canRedo ?? false;
  }

  /** Whether the user has edited the journey shown (refreshes are then offered, not applied). */
  get edited(): boolean {
    return this.#base !== undefined;
  }

  /** The reason the latest edit was refused, shown in place until the next edit. */
  get refused(): string | undefined {
    return this.#refused;
  }

  /** Whether `journey` is one this session made (the element keeps its focus and scroll then). */
  produced(journey: unknown): boolean {
    return typeof journey === 'object' && journey !== null && this.#produced.has(journey);
  }

  /** Called on every host update: checks the draft once per key and journey. */
  update(): void {
    const journey = this.#parts.source.status === 'ready' ? this.#parts.source.journey : undefined;
    const key = this.#host.draftKey;
    if (!journey || !key || this.#produced.has(journey)) return;
    const check = `${key}\u0000${this.#parts.source.origin ?? ''}`;
    if (this.#draftChecked === check) return;
    this.#draftChecked = check;
    const loaded = new DraftStore(key).load();
    if (!loaded.ok) {
      if (loaded.problem !== 'unavailable')
        this.#notice = { kind: 'storage', text: this.words.storage[loaded.problem] };
      return;
    }
    if (loaded.value && !sameJourney(loaded.value.journey, journey))
      this.#notice = { kind: 'draft', draft: loaded.value };
  }

  /** Makes one edit as one undo step; fires `journey-change` and announces it, or shows why not. */
  edit(command: EditCommand): SessionResult {
    const history = this.#ensure();
    if (!history) return { ok: false, refused: '' };
    const wasGesture = history.inGesture;
    const result = history.edit(command);
    if (isRefusal(result)) return this.#refuse(result.refused, wasGesture);
    if (result.patch.length > 0) this.#commit(result);
    return { ok: true, edit: result };
  }

  /** One step of a gesture (a drag, an arrow key of the slider): fires `journey-input`. */
  input(command: EditCommand): SessionResult {
    const history = this.#ensure();
    if (!history) return { ok: false, refused: '' };
    const result = history.input(command);
    if (isRefusal(result)) return this.#refuse(result.refused, false);
    this.#refused = undefined;
    this.#show(result.journey);
    this.#parts.announcer.say(null, result.journey);
    this.#host.dispatchEvent(new JourneyInputEvent(result));
    return { ok: true, edit: result };
  }

  /** Ends a gesture as one step: one `journey-change`. */
  commitInput(): Edit | null {
    const edit = this.#history?.commitInput() ?? null;
    if (edit) this.#commit(edit);
    return edit;
  }

  /** Ends a gesture without a step (Escape): the journey goes back to where the gesture started. */
  cancelInput(): void {
    const back = this.#history?.cancelInput();
    if (back) {
      this.#show(back.journey);
      this.#parts.announcer.say(null, back.journey);
    }
  }

  /** Whether a gesture is under way. */
  get inGesture(): boolean {
    return this.#history?.inGesture ?? false;
  }

  /** Undoes the latest edit; fires `journey-change`. False when there was none. */
  undo(): boolean {
    const edit = this.#current()?.undo();
    if (edit) this.#commit(edit);
    return !!edit;
  }

  /** Redoes the latest undone edit; fires `journey-change`. False when there was none. */
  redo(): boolean {
    const edit = this.#current()?.redo();
    if (edit) this.#commit(edit);
    return !!edit;
  }

  /**
   * Offers another version of the journey (a save that got 412, or a changed source): the
   * notice says `reason` and offers keep mine / load theirs. False when `journey` is not valid.
   */
  offerTheirs(journey: unknown, reason?: string, fromSrc = false): boolean {
    const parsed = parseJourney(journey);
    if (!parsed.ok) return false;
    this.#notice = { kind: 'theirs', theirs: parsed.journey, reason: reason ?? this.words.theirsOffered, fromSrc };
    this.#host.requestUpdate();
    return true;
  }

  /**
   * The user's answer to the open offer: `mine` (keep mine) or `theirs` (load theirs); a newer
   * offer answers an older one's promise with `superseded`.
   */
  choice(): Promise<'mine' | 'theirs' | 'superseded'> {
    this.#answer?.('superseded');
    return new Promise((resolve) => (this.#answer = resolve));
  }

  #answer: ((choice: 'mine' | 'theirs' | 'superseded') => void) | undefined;

  #answered(choice: 'mine' | 'theirs'): void {
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(choice);
  }

  /** Handles the undo and redo keys anywhere in the element; true when it did. */
  onKeyDown(event: KeyboardEvent): boolean {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
    const target = event.composedPath()[0];
    // A text field keeps its own undo.
    if (target instanceof HTMLInputElement && target.type === 'text') return false;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey);
    if (!redo && !(key === 'z' && !event.shiftKey)) return false;
    event.preventDefault();
    if (redo) this.redo();
    else this.undo();
    return true;
  }

  /** Stops the source watch and writes a pending draft; the element left the page or `editable` went. */
  stop(): void {
    clearTimeout(this.#watch?.timer);
    this.#watch = undefined;
    if (this.#draftTimer !== undefined) {
      clearTimeout(this.#draftTimer);
      this.#draftTimer = undefined;
      this.#saveDraft();
    }
  }

  /** The notice to show (a changed source, a draft to restore, a storage problem), or nothing. */
  renderNotice(): TemplateResult | typeof nothing {
    const notice = this.#notice;
    if (!notice) return nothing;
    const w = this.words;
    const locale = this.#parts.locale.localizer;
    if (notice.kind === 'storage') {
      return html`<div part="edit-notice" class="edit-notice" role="status">
        <p>${notice.text}</p>
        <button type="button" part="button" @click=${this.#dismiss}>${w.dismiss}</button>
      </div>`;
    }
    const [text, yes, no, onYes, onNo] =
      notice.kind === 'theirs'
        ? [notice.reason, w.keepMine, w.loadTheirs, this.#keepMine, this.#loadTheirs]
        : [
            notice.draft.savedAt ? w.draftFound(locale.time(new Date(notice.draft.savedAt))) : w.draftFoundUndated,
            w.restore,
            w.discard,
            this.#restoreDraft,
            this.#discardDraft,
          ];
    return html`<div part="edit-notice" class="edit-notice" role="group" aria-label=${text}>
      <p role="status">${text}</p>
      <button type="button" part="button" @click=${onYes}>${yes}</button>
      <button type="button" part="button" @click=${onNo}>${no}</button>
    </div>`;
  }

  /** The history, started on (or reset to) the journey shown when that is not the one edited. */
  #ensure(): History | undefined {
    const shown = this.#shown();
    if (!shown) return undefined;
    const locale = this.#parts.locale.localizer.locale;
    if (!this.#history) this.#history = new History(shown, { locale });
    else if (this.#history.journey !== shown && !this.#history.inGesture) {
      this.#history.reset(shown);
      this.#base = undefined;
    }
    this.#history.locale = locale;
    return this.#history;
  }

  #current(): History | undefined {
    const history = this.#history;
    const shown = this.#shown();
    return history && (history.journey === shown || history.inGesture) ? history : undefined;
  }

  /** The journey shown: the one an edit just set (before the update applies it), else the source's. */
  #shown(): Journey | undefined {
    const set = this.#host.journey;
    if (this.produced(set)) return set as Journey;
    return this.#parts.source.status === 'ready' ? this.#parts.source.journey : undefined;
  }

  #refuse(refused: string, wasGesture: boolean): SessionResult {
    this.#refused = refused;
    if (wasGesture) this.#show(this.#history!.journey);
    this.#host.requestUpdate();
    return { ok: false, refused };
  }

  /** Shows `journey` (made by an edit) as the element's journey, without a parse. */
  #show(journey: Journey): void {
    if (!this.#base) this.#startEditing();
    trustValidated(journey);
    this.#produced.add(journey);
    this.#host.journey = journey;
    this.#parts.keepFocus();
  }

  #commit(edit: Edit): void {
    this.#refused = undefined;
    this.#show(edit.journey);
    this.#parts.announcer.say(edit.label, edit.journey);
    this.#host.dispatchEvent(new JourneyChangeEvent(edit));
    this.#scheduleDraft();
  }

  /** The first edit: the source's journey is the base, and a live `src` is watched from now on. */
  #startEditing(): void {
    this.#base = this.#parts.source.journey;
    if (this.#parts.source.origin === 'src') this.#watchSource();
  }

  /**
   * Keeps fetching `src` every `refresh` seconds while the user edits (the element no longer
   * applies it: the edited journey is its `journey` now) and offers a changed one.
   */
  #watchSource(): void {
    const seconds = this.#host.refresh;
    const resolved = this.#host.src === undefined ? undefined : resolveJourneySrc(this.#host.src);
    if (!seconds || seconds <= 0 || !resolved?.ok) return;
    const url = resolved.url;
    const poll = async (): Promise<void> => {
      const watch = this.#watch;
      if (!watch || !this.#host.isConnected) return;
      try {
        const headers: Record<string, string> = { Accept: 'application/json' };
        if (watch.etag) headers['If-None-Match'] = watch.etag;
        const response = await fetch(url, { headers, cache: 'no-cache', credentials: 'same-origin' });
        if (response.ok) {
          watch.etag = response.headers.get('ETag');
          const text = await response.text();
          if (text !== watch.text) {
            watch.text = text;
            const parsed = parseJourney(text);
            if (parsed.ok && this.#base && !sameJourney(parsed.journey, this.#base)) {
              this.offerTheirs(parsed.journey, this.words.sourceChanged, true);
            }
          }
        }
      } catch {
        // An unreachable source changes nothing while the user edits: the next tick tries again.
      }
      if (this.#watch === watch) watch.timer = setTimeout(() => void poll(), seconds * 1000);
    };
    clearTimeout(this.#watch?.timer);
    this.#watch = { timer: setTimeout(() => void poll(), seconds * 1000), etag: null, text: undefined };
  }

  readonly #keepMine = (): void => {
    const notice = this.#notice;
    // The other version is the base from now on: the same change is not offered again.
    if (notice?.kind === 'theirs') this.#base = notice.theirs;
    this.#notice = undefined;
    this.#host.requestUpdate();
    if (notice?.kind === 'theirs') this.#answered('mine');
  };

  readonly #loadTheirs = (): void => {
    const notice = this.#notice;
    if (notice?.kind !== 'theirs') return;
    this.#notice = undefined;
    this.#answered('theirs');
    clearTimeout(this.#watch?.timer);
    this.#watch = undefined;
    this.#base = undefined;
    this.#clearDraft();
    if (notice.fromSrc) {
      // Back to the source: it is fetched and refreshed again.
      this.#history?.reset(notice.theirs);
      // The source's journey is announced as loaded.
      this.#host.journey = undefined;
      this.#host.requestUpdate();
      return;
    }
    this.#replaceWith(notice.theirs, this.words.theirsLoaded);
  };

  readonly #restoreDraft = (): void => {
    const notice = this.#notice;
    if (notice?.kind !== 'draft') return;
    this.#notice = undefined;
    this.#replaceWith(notice.draft.journey, this.words.draftRestored);
  };

  readonly #discardDraft = (): void => {
    this.#notice = undefined;
    this.#clearDraft();
    this.#parts.announcer.say(this.words.draftDiscarded);
    this.#host.requestUpdate();
  };

  readonly #dismiss = (): void => {
    this.#notice = undefined;
    this.#host.requestUpdate();
  };

  /** Replaces the whole journey (one `replace` of the document) and starts a new history from it. */
  #replaceWith(journey: Journey, label: string): void {
    const patch: Patch = [{ op: 'replace', path: '', value: journey }];
    this.#history?.reset(journey);
    this.#history ??= new History(journey, { locale: this.#parts.locale.localizer.locale });
    this.#commit({ journey, patch, inverse: [], label });
    this.#base = journey;
  }

  #scheduleDraft(): void {
    if (!this.#host.draftKey) return;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => {
      this.#draftTimer = undefined;
      this.#saveDraft();
    }, DRAFT_DELAY_MS);
  }

  #saveDraft(): void {
    const key = this.#host.draftKey;
    const journey = this.#history?.journey;
    if (!key || !journey) return;
    const saved = new DraftStore(key).save(journey);
    if (!saved.ok) {
      this.#notice = { kind: 'storage', text: this.words.storage[saved.problem] };
      this.#host.requestUpdate();
    }
  }

  #clearDraft(): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = undefined;
    if (this.#host.draftKey) new DraftStore(this.#host.draftKey).clear();
  }
}
