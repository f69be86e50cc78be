/**
 * `dist/klantreis.loader.js`: the one-line way to embed klantreis. It finds the klantreis elements
 * a page uses — in the document at load, added later (one MutationObserver), and in shadow roots the
 * page hands to `discover()` — and imports only their chunks, from the `klantreis/` folder next to
 * this file. A `<journey-map>`'s nested elements come with the map's chunk.
 *
 * No Trusted Types sink is touched (dynamic `import()` of a same-origin URL, text nodes only), so
 * it runs under the strict policy of the README. A chunk that does not load (a 404 from a
 * half-deployed folder, a proxy that blocks it) leaves an error panel in the element's light DOM,
 * `role="alert"`, naming the file: never a blank box.
 */

/** The tags the loader knows, each with the chunk (in `klantreis/`) that defines it. */
export const CHUNKS: Readonly<Record<string, string>> = Object.freeze({
  'journey-map': 'journey-map.js',
  'emotion-curve': 'emotion-curve.js',
  'touchpoint-card': 'touchpoint-card.js',
  'nps-overlay': 'nps-overlay.js',
  // The editor chunk goes here once src/editing/ lands: imported for an element with `editable`.
});

/**
 * Each chunk's shared chunks (all it imports, transitively), written in by scripts/build.js: they
 * are preloaded alongside the chunk instead of after it, one round trip instead of two.
 */
const DEPENDENCIES: Readonly<Record<string, readonly string[]>> = /* klantreis:chunk-dependencies */ {};

const TAGS = Object.keys(CHUNKS);
const SELECTOR = TAGS.join(',');
/** Where the chunks are: the folder this file was loaded from, then `klantreis/`. */
const FOLDER = new URL('./klantreis/', import.meta.url);

/** One import per chunk, shared by every element that needs it. */
const loading = new Map<string, Promise<unknown>>();
/** Elements waiting for a chunk, so a failed one can show its error panel in each of them. */
const waiting = new Map<string, Set<Element>>();
/** Tags whose chunk failed, with its address: elements of that tag added later show the panel at once. */
const failed = new Map<string, string>();
const observed = new WeakSet<Node>();

/** The address of a tag's chunk, e.g. `https://intranet.example/js/klantreis/journey-map.js`. */
export function chunkUrl(tag: string): string {
  return new URL(CHUNKS[tag] ?? `${tag}.js`, FOLDER).href;
}

/** The language of the closest `lang` around an element, for the two sentences below. */
function speaksDutch(element: Element): boolean {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return /^nl(-|$)/i.test(lang.trim());
}

/**
 * The load error panel, in the element's light DOM (the element is not defined, so its children
 * show): a `role="alert"` block of plain text naming the file, marked `data-klantreis-load-error`
 * so a page can style it and the element can be told apart from a blank one.
 */
function showLoadError(element: Element, url: string): void {
  if (element.querySelector(':scope > [data-klantreis-load-error]')) return;
  const panel = document.createElement('div');
  panel.setAttribute('role', 'alert');
  panel.setAttribute('data-klantreis-load-error', '');
  const dutch = speaksDutch(element);
  panel.lang = dutch ? 'nl' : 'en';
  panel.textContent = dutch
    ? `<${element.localName}> kon niet worden getoond: het bestand ${url} is niet geladen (ontbreekt het op de server?).`
    : `<${element.localName}> could not be shown: the file ${url} did not load (is it missing on the server?).`;
  element.append(panel);
}

/** Each preloaded shared chunk: its address, and whether it loaded (settles on `load` or `error`). */
const preloaded = new Map<string, { url: string; loaded: Promise<boolean> }>();

/**
 * `<link rel="modulepreload">` for a chunk's shared chunks (allowed by `script-src 'self'`); returns
 * them, so a failure can name the file that did not load.
 */
function preload(file: string): Array<{ url: string; loaded: Promise<boolean> }> {
  return (DEPENDENCIES[file] ?? []).map((dependency) => {
    let entry = preloaded.get(dependency);
    if (!entry) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(dependency, FOLDER).href;
      const loaded = new Promise<boolean>((settle) => {
        link.addEventListener('load', () => settle(true), { once: true });
        link.addEventListener('error', () => settle(false), { once: true });
      });
      entry = { url: link.href, loaded };
      preloaded.set(dependency, entry);
      document.head.append(link);
    }
    return entry;
  });
}

/** The file to name when a chunk failed: a shared chunk that did not load, else the chunk itself. */
async function failedFile(url: string, dependencies: Array<{ url: string; loaded: Promise<boolean> }>) {
  const loaded = await Promise.all(dependencies.map((dependency) => dependency.loaded));
  return dependencies.find((_, index) => !loaded[index])?.url ?? url;
}

function load(tag: string, element: Element): void {
  if (customElements.get(tag)) return;
  let elements = waiting.get(tag);
  if (!elements) waiting.set(tag, (elements = new Set()));
  elements.add(element);
  if (loading.has(tag)) return;
  const url = chunkUrl(tag);
  const dependencies = preload(CHUNKS[tag] ?? '');
  const chunk = import(/* @vite-ignore */ url).then(
    () => waiting.delete(tag),
    async () => {
      const file = await failedFile(url, dependencies);
      failed.set(tag, file);
      for (const waiter of waiting.get(tag) ?? []) showLoadError(waiter, file);
      waiting.delete(tag);
    },
  );
  loading.set(tag, chunk);
}

function visit(element: Element): void {
  const tag = element.localName;
  const url = failed.get(tag);
  if (url !== undefined) showLoadError(element, url);
  else load(tag, element);
}

/** Loads the chunks for every klantreis element in `root` (and `root` itself). */
function scan(root: ParentNode): void {
  if (root instanceof Element && Object.hasOwn(CHUNKS, root.localName)) visit(root);
  for (const element of root.querySelectorAll(SELECTOR)) visit(element);
}

function observe(root: Node): void {
  if (observed.has(root)) return;
  observed.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(root, { childList: true, subtree: true });
}

/**
 * Loads the chunks for the klantreis elements inside `root` — a shadow root the page owns, which
 * the document's observer cannot see into — and watches it for elements added later. Returns when
 * every chunk it started has loaded or failed.
 */
export async function discover(root: ParentNode & Node): Promise<void> {
  scan(root);
  observe(root);
  await Promise.all(
    TAGS.filter((tag) => root.querySelector(tag) !== null || (root instanceof Element && root.localName === tag)).map(
      (tag) => loading.get(tag),
    ),
  );
}

function start(): void {
  scan(document);
  observe(document);
}

start();
