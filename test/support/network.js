/**
 * Counts every request a page makes (QUALITY.md 6): resource timing entries (scripts, images, CSS,
 * fetches, anything the browser loads), plus patched `fetch`, `XMLHttpRequest`, `navigator.sendBeacon`,
 * `Image`, `WebSocket`, `EventSource` and `Worker`, which also see requests that fail before timing
 * records them. `installNetworkCounter` is self-contained so Node tests can send its source to a page.
 */

/** @returns {{ reset(): void, requests(): string[], uninstall(): void }} */
export function installNetworkCounter() {
  const seen = [];
  let since = performance.now();
  const record = (kind, url) => seen.push({ kind, url: String(url), at: performance.now() });
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record(`resource:${entry.initiatorType}`, entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });

  const originals = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    beacon: navigator.sendBeacon,
    Image: window.Image,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
    Worker: window.Worker,
  };
  window.fetch = function (input, init) {
    record('fetch', typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return originals.fetch.call(this, input, init);
  };
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    record('xhr', url);
    return originals.open.call(this, method, url, ...rest);
  };
  if (originals.beacon) {
    navigator.sendBeacon = function (url, data) {
      record('beacon', url);
      return originals.beacon.call(this, url, data);
    };
  }
  window.Image = function (...args) {
    record('image', '(new Image)');
    return new originals.Image(...args);
  };
  window.WebSocket = function (url, ...rest) {
    record('websocket', url);
    return new originals.WebSocket(url, ...rest);
  };
  window.EventSource = function (url, ...rest) {
    record('eventsource', url);
    return new originals.EventSource(url, ...rest);
  };
  window.Worker = function (url, ...rest) {
    record('worker', url);
    return new originals.Worker(url, ...rest);
  };

  return {
    /** Forgets what was seen; later `requests()` report only what follows. */
    reset() {
      for (const entry of observer.takeRecords()) record(`resource:${entry.initiatorType}`, entry.name);
      since = performance.now();
      seen.length = 0;
    },
    /** Every request since the last reset, as "kind url". */
    requests() {
      for (const entry of observer.takeRecords()) record(`resource:${entry.initiatorType}`, entry.name);
      return seen.filter((item) => item.at >= since).map((item) => `${item.kind} ${item.url}`);
    },
    uninstall() {
      observer.disconnect();
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      if (originals.beacon) navigator.sendBeacon = originals.beacon;
      window.Image = originals.Image;
      window.WebSocket = originals.WebSocket;
      window.EventSource = originals.EventSource;
      window.Worker = originals.Worker;
    },
  };
}
