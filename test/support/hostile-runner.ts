/**
 * Runs corpus files of test/hostile/corpus against every SDK element through every input path
 * (the `journey` property, `src`, an inline `<script type="application/json">` child) and checks
 * each time, per element: the canary is untouched; what was shown is the literal text; the shadow
 * trees hold only the SDK's own elements and attributes (audit.js); no request left the page
 * besides the `src` fetch; `Object.prototype` is unchanged; an invalid input shows the error panel
 * and fires exactly one `journey-error` with the expected code and path; a valid one fires exactly
 * one `journey-load` and no error; no uncaught error, unhandled rejection or console error.
 */
import { expect } from '@open-wc/testing';
import { auditTree, shows } from './audit.js';
import { type Expectation, type ExpandedEntry, expandCorpus, expectationFor, literalsFor } from './corpus.js';
import { ELEMENTS, TAGS, requiredAttributes } from './elements.js';
import { installNetworkCounter } from './network.js';

export type CorpusEntry = ExpandedEntry;

type RecordedEvent = Event & {
  origin?: string;
  detail?: { code: string; issues: Array<{ path: string; message: string }> };
};
type RecordedError = Event & {
  origin?: string;
  detail: { code: string; issues: Array<{ path: string; message: string }> };
};

interface Recorded {
  tag: string;
  element: HTMLElement;
  loads: RecordedEvent[];
  errors: RecordedError[];
}

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** The corpus files, expanded into entries. */
export async function loadCorpus(files: string[]): Promise<CorpusEntry[]> {
  const response = await fetch('/__test__/hostile/corpus');
  const corpus = (await response.json()) as { base: string; files: Array<{ name: string; text: string }> };
  const entries: CorpusEntry[] = [];
  for (const name of files) {
    const file = corpus.files.find((f) => f.name === name);
    if (!file) throw new Error(`no corpus file ${name}`);
    entries.push(...expandCorpus(corpus.base, name, file.text));
  }
  return entries;
}

/** Imports each element's registration module; an element whose module fails is reported, not skipped. */
export async function registerElements(): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>();
  for (const { tag, module } of ELEMENTS) {
    try {
      await import(/* @vite-ignore */ `/${module}`);
      result.set(tag, customElements.get(tag) ? null : `importing ${module} did not define <${tag}>`);
    } catch (error) {
      result.set(tag, `cannot import ${module}: ${(error as Error).message}`);
    }
  }
  return result;
}

function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) =>
      Reflect.ownKeys(proto)
        .map((key) => `${String(key)}:${typeof Object.getOwnPropertyDescriptor(proto, key)?.value}`)
        .sort()
        .join(','),
    )
    .join('|');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let echoCount = 0;

/** Stores `text` on the dev server and returns the absolute address that answers it as JSON. */
async function serve(text: string): Promise<string> {
  echoCount += 1;
  const key = `hostile-${Date.now().toString(36)}-${echoCount}`;
  const response = await fetch(`/__test__/echo?key=${key}`, { method: 'POST', body: text });
  const { url } = (await response.json()) as { url: string };
  return new URL(url, document.baseURI).href;
}

const FORBIDDEN_TEXT = ['NaN', 'undefined', '[object Object]', 'Infinity'];

/** Defines the whole suite for `files`: one test per entry and input path, each over every element. */
export function hostileSuite(title: string, entries: CorpusEntry[], registered: Map<string, string | null>): void {
  describe(title, () => {
    const network = installNetworkCounter();
    const uncaught: string[] = [];
    const consoleError = console.error;
    const onError = (event: ErrorEvent) => uncaught.push(`uncaught: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
    let prototypeBefore = '';

    before(() => {
      prototypeBefore = prototypeSnapshot();
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      console.error = (...args: unknown[]) => {
        uncaught.push(`console.error: ${args.map(String).join(' ')}`);
        consoleError.apply(console, args);
      };
    });

    after(async () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
      network.uninstall();
      // Late payloads (an image error, a timer) would fire by now.
      await sleep(300);
      expect(window.__pwned, 'the canary after the whole suite').to.equal(false);
      const stats = (await (await fetch('/__test__/pwned/stats')).json()) as { hits: string[] };
      // The self-test (self-test.test.ts) loads /__pwned__/self-test on purpose; nothing else may.
      const hits = stats.hits.filter((hit) => !hit.startsWith('/__pwned__/self-test'));
      expect(hits, 'requests to __pwned__ addresses seen by the server').to.deep.equal([]);
      expect(prototypeSnapshot()).to.equal(prototypeBefore);
    });

    it('registers every element of the SDK', () => {
      expect(Object.fromEntries(registered)).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, null])));
    });

    for (const entry of entries) {
      describe(`${entry.file}: ${entry.name}`, () => {
        for (const path of entry.apply) {
          it(`via ${path}`, async function () {
            this.timeout(60_000);
            const failures = await runEntry(entry, path, network, registered);
            failures.push(...uncaught.splice(0));
            expect(failures).to.deep.equal([]);
          });
        }
      });
    }
  });
}

async function runEntry(
  entry: CorpusEntry,
  path: string,
  network: ReturnType<typeof installNetworkCounter>,
  registered: Map<string, string | null>,
): Promise<string[]> {
  const failures: string[] = [];
  window.__pwned = false;
  const prototypeBefore = prototypeSnapshot();
  const headBefore = document.head.childElementCount;
  const srcUrl = path === 'src' ? await serve(entry.text) : undefined;
  network.reset();

  const container = document.createElement('div');
  const recorded: Recorded[] = [];
  for (const { tag } of ELEMENTS) {
    if (registered.get(tag) !== null) continue;
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(requiredAttributes(tag, { card: entry.card })))
      element.setAttribute(name, value);
    const record: Recorded = { tag, element, loads: [], errors: [] };
    // Where an event started (composedPath()[0]), read while it is dispatched.
    const origin = (event: Event) => {
      const first = event.composedPath()[0];
      return Object.assign(event, { origin: first instanceof Element ? `from <${first.localName}>` : 'from ?' });
    };
    element.addEventListener('journey-load', (event: Event) => record.loads.push(origin(event)));
    element.addEventListener('journey-error', (event: Event) => record.errors.push(origin(event) as RecordedError));
    if (path === 'property') {
      (element as HTMLElement & { journey: unknown }).journey = entry.objectInput
        ? parsedOrText(entry.text)
        : entry.text;
    } else if (path === 'src') {
      element.setAttribute('src', srcUrl!);
    } else {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = entry.text;
      element.append(script);
    }
    recorded.push(record);
    container.append(element);
  }
  document.body.append(container);

  try {
    // Settle: every element has reported, then has rendered what it reported.
    const start = performance.now();
    const settled = () =>
      recorded.every((r) => {
        const expectation = expectationFor(entry, r.tag);
        return expectation.outcome === 'error' ? r.errors.length > 0 : r.loads.length + r.errors.length > 0;
      });
    while (!settled() && performance.now() - start < 20_000) await sleep(5);
    // A failed update rejects updateComplete: that is a thrown exception, recorded, and the checks go on.
    const updated = async (r: Recorded) => {
      try {
        await (r.element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      } catch (error) {
        failures.push(
          `<${r.tag}> threw while updating: ${(error as Error).stack?.split('\n').slice(0, 2).join(' ') ?? String(error)}`,
        );
      }
    };
    for (const r of recorded) await updated(r);
    await frame();
    for (const r of recorded) await updated(r);

    const modelIds = collectIds(entry);
    for (const r of recorded) {
      const at = `<${r.tag}>`;
      const expectation: Expectation = expectationFor(entry, r.tag);
      const audit = auditTree(r.element, { modelIds, sdkTags: [...TAGS] });
      for (const problem of audit.problems) failures.push(`${at} ${problem}`);
      const panel = r.element.shadowRoot?.querySelector('[part="error"][role="alert"]') ?? null;
      if (expectation.outcome === 'valid') {
        if (r.loads.length !== 1)
          failures.push(`${at} fired ${r.loads.length} journey-load events, expected 1 (${origins(r.loads)})`);
        if (r.errors.length !== 0) {
          failures.push(
            `${at} fired journey-error: ${r.errors
              .map((e) => `${e.detail.code} ${e.detail.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
              .join(' | ')
              .slice(0, 400)}`,
          );
        }
        if (panel)
          failures.push(`${at} shows the error panel for a valid journey: ${panel.textContent?.slice(0, 200)}`);
        for (const literal of literalsFor(expectation, r.tag)) {
          if (!shows(audit.texts, literal))
            failures.push(`${at} does not show ${JSON.stringify(literal.slice(0, 120))} literally`);
        }
        for (const token of FORBIDDEN_TEXT) {
          if (!entry.text.includes(token) && audit.texts.some((text) => text.includes(token))) {
            failures.push(
              `${at} shows "${token}": ${JSON.stringify(audit.texts.find((text) => text.includes(token))!.slice(0, 160))}`,
            );
          }
        }
      } else {
        const codes = r.errors.map((e) => e.detail.code);
        if (r.errors.length !== 1)
          failures.push(
            `${at} fired ${r.errors.length} journey-error events (${codes.join(', ')}), expected 1 (${origins(r.errors)})`,
          );
        const first = r.errors[0];
        if (first && first.detail.code !== expectation.code)
          failures.push(`${at} error code ${first.detail.code}, expected ${expectation.code}`);
        if (first && !first.detail.issues.some((issue) => issue.path === expectation.path)) {
          failures.push(
            `${at} no issue at "${expectation.path}": ${first.detail.issues
              .slice(0, 3)
              .map((i) => `${i.path}: ${i.message}`)
              .join('; ')
              .slice(0, 300)}`,
          );
        }
        if (r.loads.length !== 0 && !Object.hasOwn(entry.expectFor, r.tag))
          failures.push(`${at} fired journey-load for an invalid journey`);
        if (!panel) failures.push(`${at} shows no error panel ([part="error"][role="alert"])`);
        else if (
          expectation.path !== '' &&
          ![...panel.querySelectorAll('code')].some((code) => code.textContent === expectation.path)
        ) {
          failures.push(`${at} error panel does not name the path ${expectation.path}`);
        }
      }
    }

    if (window.__pwned !== false) failures.push(`the canary was set: window.__pwned = ${String(window.__pwned)}`);
    if (prototypeSnapshot() !== prototypeBefore) failures.push('a built-in prototype changed');
    if (({} as Record<string, unknown>).polluted !== undefined) failures.push('Object.prototype.polluted exists');
    if (document.head.childElementCount !== headBefore) failures.push('elements were added to <head>');
    for (const child of container.children) {
      for (const node of child.children) {
        if (!(node instanceof HTMLScriptElement && path === 'inline'))
          failures.push(`<${child.localName}> gained a light-DOM child <${node.localName}>`);
      }
    }
    const requests = network.requests();
    const expected = srcUrl ? recorded.length : 0;
    const srcFetches = requests.filter((request) => request === `fetch ${srcUrl}`).length;
    const others = requests.filter((request) => !srcUrl || !request.endsWith(` ${srcUrl}`));
    if (srcFetches !== expected) failures.push(`${srcFetches} fetches of the src, expected ${expected}`);
    if (others.length > 0) failures.push(`requests left the page: ${others.join(', ').slice(0, 400)}`);
  } finally {
    container.remove();
  }
  return failures;
}

/** The parsed JSON, or the text itself when it is not JSON (NaN, comments…): the property takes both. */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Which elements the recorded events came from (a nested SDK element's events reach its host's listeners). */
function origins(events: RecordedEvent[]): string {
  return events.map((event) => event.origin ?? '?').join(', ');
}

/**
 * Distinctive model ids in the entry (4 characters or more, with a capital letter, as in base.json),
 * which must never become part of a DOM id. Plain words such as "summary" are left out: a generated
 * id may contain them by chance.
 */
function collectIds(entry: CorpusEntry): string[] {
  const ids = new Set<string>();
  const pattern = /"(?:id|phase|persona|channel|source|from|to)":"([A-Za-z0-9_.:-]{4,64})"/g;
  const text = entry.text.length > 2_000_000 ? entry.text.slice(0, 2_000_000) : entry.text;
  for (const match of text.matchAll(pattern)) if (/[A-Z]/.test(match[1]!)) ids.add(match[1]!);
  return [...ids];
}
