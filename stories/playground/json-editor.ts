/**
 * The playground's JSON side: a CodeMirror 6 editor that checks the journey against the JSON
 * Schema the build publishes (generated from the same zod schema, `io: 'input'`) and with
 * `parseJourney` (references, ids, URLs, limits), and marks each problem at its JSON path.
 * Storybook only: nothing under src/ imports it, so it never reaches dist/.
 */
import { basicSetup } from 'codemirror';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { type Diagnostic, forceLinting, linter } from '@codemirror/lint';
import { Annotation, Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { jsonCompletion, stateExtensions } from 'codemirror-json-schema';
// The validator codemirror-json-schema itself uses; called directly to get each finding's JSON
// pointer (the extension's own linter loses some of them and then marks the document's start).
import { Draft04 } from 'json-schema-library';
import { toJSONSchema } from 'zod/mini';
import { JourneySchema, type JourneyIssue, parseJourney, type ParseResult } from '../../src/model/index.js';
import { jsonPathRange } from './json-path-range.js';
import { textChange } from './text-change.js';

/** The JSON Schema of the journey model, as the build writes dist/journey.schema.json. */
export const JOURNEY_SCHEMA = {
  ...toJSONSchema(JourneySchema, { io: 'input', target: 'draft-2020-12' }),
  title: 'klantreis journey model, version 1',
} as NonNullable<Parameters<typeof stateExtensions>[0]>;

/** Marks a transaction as a rewrite from the preview (an edit on the map), not typing. */
const fromPreview = Annotation.define<boolean>();

/** The result of `parseJourney` for one text, kept so the linter and the map parse it once. */
export interface CheckedText {
  text: string;
  result: ParseResult;
}

/** Options of a {@link JourneyJsonEditor}. */
export interface JourneyJsonEditorOptions {
  /** Where the editor goes. */
  parent: HTMLElement;
  /** The shadow root the editor lives in (its styles are mounted there). */
  root: ShadowRoot;
  /** The first text. */
  text: string;
  /** Accessible name of the text area. */
  label: string;
  /** Id of the element (in the same root) that describes the text's validity. */
  describedBy: string;
  /** Called after typing settled (debounced) with the checked text. */
  onChecked: (checked: CheckedText) => void;
  /** Milliseconds of quiet before the journey is checked and the map follows. Default 300. */
  delay?: number;
}

/**
 * A journey's JSON in a code editor. Typing is checked after a short pause; the map follows
 * then, and each problem is underlined where it is (hover or F8 to read it, Ctrl+Shift+M for the
 * list of problems).
 */
export class JourneyJsonEditor {
  readonly view: EditorView;
  #checked: CheckedText | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delay: number;
  #onChecked: (checked: CheckedText) => void;
  #attributes = new Compartment();
  #label: string;
  #describedBy: string;

  constructor(options: JourneyJsonEditorOptions) {
    this.#delay = options.delay ?? 300;
    this.#onChecked = options.onChecked;
    this.#label = options.label;
    this.#describedBy = options.describedBy;
    this.view = new EditorView({
      root: options.root,
      parent: options.parent,
      state: EditorState.create({
        doc: options.text,
        extensions: [
          basicSetup,
          json(),
          // The editor's column is narrow: long texts wrap instead of scrolling sideways.
          EditorView.lineWrapping,
          jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
          stateExtensions(JOURNEY_SCHEMA),
          linter((view) => this.#diagnostics(view), { delay: this.#delay }),
          this.#attributes.of(this.#contentAttributes(false)),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            if (update.transactions.some((t) => t.annotation(fromPreview))) return;
            this.#schedule();
          }),
        ],
      }),
    });
    this.#schedule(0);
  }

  /** The editor's text. */
  get text(): string {
    return this.view.state.doc.toString();
  }

  /** The text and its parse, checked now if typing has not settled yet. */
  check(): CheckedText {
    const text = this.text;
    if (this.#checked?.text !== text) this.#checked = { text, result: parseJourney(text) };
    return this.#checked;
  }

  /**
   * Replaces the whole text as one edit the editor can undo (Ctrl+Z): a new starting point, or a
   * text set by a test the way typing would.
   */
  replaceText(text: string): void {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      userEvent: 'input.replace',
      scrollIntoView: true,
    });
  }

  /**
   * Follows an edit made on the map: only the changed part of the text is replaced, so the
   * cursor and the scroll position stay put. When the editor does not have focus, the cursor goes
   * to the change and it is scrolled into view, so the designer sees what changed.
   */
  follow(text: string): void {
    const change = textChange(this.text, text);
    if (!change) return;
    const focused = this.view.hasFocus;
    this.view.dispatch({
      changes: change,
      annotations: fromPreview.of(true),
      userEvent: 'input.preview',
      ...(focused
        ? {}
        : {
            selection: EditorSelection.cursor(change.from),
            effects: EditorView.scrollIntoView(change.from, { y: 'nearest' }),
          }),
    });
    this.#checked = { text, result: parseJourney(text) };
    this.#setInvalid(!this.#checked.result.ok);
    forceLinting(this.view);
  }

  /** Puts the cursor on the problem at `path` and focuses the editor. */
  reveal(path: string): void {
    const range = jsonPathRange(this.text, path);
    const mark = range?.mark ?? { from: 0, to: 0 };
    this.view.dispatch({
      selection: EditorSelection.range(mark.from, mark.to),
      effects: EditorView.scrollIntoView(mark.from, { y: 'center' }),
    });
    this.view.focus();
  }

  /** Stops the pending check and removes the editor. */
  destroy(): void {
    clearTimeout(this.#timer);
    this.view.destroy();
  }

  #schedule(delay = this.#delay): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const checked = this.check();
      this.#setInvalid(!checked.result.ok);
      this.#onChecked(checked);
    }, delay);
  }

  #contentAttributes(invalid: boolean) {
    return EditorView.contentAttributes.of({
      'aria-label': this.#label,
      // The text area is the scroller's focusable content (axe does not count contenteditable).
      tabindex: '0',
      'aria-describedby': this.#describedBy,
      'aria-invalid': invalid ? 'true' : 'false',
    });
  }

  #setInvalid(invalid: boolean): void {
    this.view.dispatch({ effects: this.#attributes.reconfigure(this.#contentAttributes(invalid)) });
  }

  /**
   * The problems of the text: a JSON syntax error where it is; else the JSON Schema's findings
   * and parseJourney's issues (references, ids, URLs, limits) at their JSON paths. Where both
   * find a problem at the same place, the schema's message is shown once.
   */
  #diagnostics(view: EditorView): Diagnostic[] {
    const syntax = jsonParseLinter()(view);
    if (syntax.length > 0) return syntax;
    const checked = this.check();
    const schema = schemaDiagnostics(checked.text);
    if (checked.result.ok) return schema;
    const taken = new Set(schema.map((d) => `${d.from}:${d.to}`));
    const model: Diagnostic[] = [];
    for (const issue of checked.result.issues) {
      const diagnostic = diagnosticOf(checked.text, issue);
      if (!taken.has(`${diagnostic.from}:${diagnostic.to}`)) model.push(diagnostic);
    }
    return [...schema, ...model];
  }
}

const schemaValidator = new Draft04(JOURNEY_SCHEMA as ConstructorParameters<typeof Draft04>[0]);

/** A JSON pointer (`#/touchpoints/3/phase`) as a path in parseJourney's form (`touchpoints[3].phase`). */
export function pathOfPointer(pointer: string): string {
  const segments = pointer.replace(/^#?\/?/, '');
  if (segments === '') return '';
  let path = '';
  for (const raw of segments.split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = withSegment(path, /^\d+$/.test(segment) ? Number(segment) : segment);
  }
  return path;
}

/** A path with one more segment, written as parseJourney writes paths. */
function withSegment(path: string, segment: string | number): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) return path === '' ? segment : `${path}.${segment}`;
  return `${path}[${JSON.stringify(segment)}]`;
}

/**
 * What the JSON Schema finds in a text that is JSON, each at its path: a value out of range or of
 * the wrong type on that value, an unknown field on its name, a missing field on its object.
 */
export function schemaDiagnostics(text: string): Diagnostic[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  for (const error of schemaValidator.validate(data)) {
    const at = pathOfPointer(String(error.data?.pointer ?? '#'));
    // An unknown field is marked on its name; everything else on its value (or its object).
    const property = error.name === 'NoAdditionalPropertiesError' ? error.data?.property : undefined;
    const path = typeof property === 'string' ? withSegment(at, property) : at;
    const range = jsonPathRange(text, path);
    const mark = (typeof property === 'string' && range?.exact ? range.name : null) ?? range?.mark;
    // The library's messages name places as JSON pointers: say them as paths.
    const message = String(error.message).replace(/`#(\/[^`]*)?`/g, (_, pointer?: string) =>
      pointer ? `\`${pathOfPointer(pointer)}\`` : 'the journey',
    );
    diagnostics.push({
      from: mark?.from ?? 0,
      to: mark?.to ?? Math.min(1, text.length),
      severity: 'error',
      source: 'JSON Schema',
      message,
    });
  }
  return diagnostics;
}

/** One issue of parseJourney as a diagnostic at its path (the document's start when not found). */
export function diagnosticOf(text: string, issue: JourneyIssue): Diagnostic {
  const range = jsonPathRange(text, issue.path);
  // A field that should not be there is marked on its name, as the schema's finding is.
  const onName = (issue.code === 'unknown_key' || issue.code === 'forbidden_key') && range?.exact;
  const mark = (onName ? range.name : null) ?? range?.mark ?? { from: 0, to: Math.min(1, text.length) };
  return {
    from: mark.from,
    to: mark.to,
    severity: 'error',
    source: 'parseJourney',
    message: issue.path ? `${issue.path}: ${issue.message}` : issue.message,
  };
}
