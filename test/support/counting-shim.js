// A counting shim for the lifecycle tests (QUALITY.md 13), installed with Playwright's
// addInitScript before any page script, so before the elements are defined. It counts what is
// live right now: observers that observe something (ResizeObserver, MutationObserver,
// IntersectionObserver), event listeners on page-wide targets (window, document, <html>, <body>,
// media queries, the visual viewport…), pending timeouts and intervals, pending animation frames
// and fetches in flight. `window.__counts.live()` reads them; `window.__counts.created` counts
// creations. The tests' own waiting uses `window.__counts.setTimeout` (not counted).
(() => {
  const live = {
    ResizeObserver: new Set(),
    MutationObserver: new Set(),
    IntersectionObserver: new Set(),
  };
  const created = {
    ResizeObserver: 0,
    MutationObserver: 0,
    IntersectionObserver: 0,
    listeners: 0,
    timeouts: 0,
    intervals: 0,
    frames: 0,
    fetches: 0,
  };

  for (const name of Object.keys(live)) {
    const Original = window[name];
    const targets = new WeakMap();
    const Counted = class extends Original {
      constructor(...args) {
        super(...args);
        created[name] += 1;
        targets.set(this, new Set());
      }
      observe(target, ...rest) {
        targets.get(this).add(target);
        live[name].add(this);
        return super.observe(target, ...rest);
      }
      unobserve(target) {
        const observed = targets.get(this);
        observed.delete(target);
        if (observed.size === 0) live[name].delete(this);
        return super.unobserve(target);
      }
      disconnect() {
        targets.get(this).clear();
        live[name].delete(this);
        return super.disconnect();
      }
    };
    Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
  }

  // Listeners on targets that outlive an element: everything that is not a node, and the document's own nodes.
  const pageWide = (target) =>
    !(target instanceof Node) ||
    target === document ||
    target === document.documentElement ||
    target === document.body ||
    target === document.head;
  const keyOf = (type, listener, options) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    return `${type}\u0000${capture}`;
  };
  const perTarget = new Map();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && pageWide(this)) {
      if (!perTarget.has(this)) perTarget.set(this, new Map());
      const byKey = perTarget.get(this);
      const key = keyOf(type, listener, options);
      if (!byKey.has(key)) byKey.set(key, new Set());
      if (!byKey.get(key).has(listener)) {
        byKey.get(key).add(listener);
        created.listeners += 1;
        const signal = options && typeof options === 'object' ? options.signal : undefined;
        if (signal) signal.addEventListener('abort', () => byKey.get(key).delete(listener), { once: true });
        if (options && typeof options === 'object' && options.once) {
          const set = byKey.get(key);
          const drop = () => set.delete(listener);
          add.call(this, type, drop, { once: true, capture: Boolean(options.capture) });
        }
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const byKey = perTarget.get(this);
    if (byKey) byKey.get(keyOf(type, listener, options))?.delete(listener);
    return remove.call(this, type, listener, options);
  };

  const realSetTimeout = window.setTimeout.bind(window);
  const realClearTimeout = window.clearTimeout.bind(window);
  const realSetInterval = window.setInterval.bind(window);
  const realClearInterval = window.clearInterval.bind(window);
  const realRequestFrame = window.requestAnimationFrame.bind(window);
  const realCancelFrame = window.cancelAnimationFrame.bind(window);
  const timeouts = new Set();
  const intervals = new Set();
  const frames = new Set();
  window.setTimeout = function (callback, delay, ...args) {
    created.timeouts += 1;
    const id = realSetTimeout(
      (...callArgs) => {
        timeouts.delete(id);
        if (typeof callback === 'function') callback(...callArgs);
      },
      delay,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    timeouts.delete(id);
    return realClearTimeout(id);
  };
  window.setInterval = function (callback, delay, ...args) {
    created.intervals += 1;
    const id = realSetInterval(callback, delay, ...args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    intervals.delete(id);
    return realClearInterval(id);
  };
  window.requestAnimationFrame = function (callback) {
    created.frames += 1;
    const id = realRequestFrame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = function (id) {
    frames.delete(id);
    return realCancelFrame(id);
  };

  const realFetch = window.fetch.bind(window);
  let fetches = 0;
  window.fetch = function (...args) {
    created.fetches += 1;
    fetches += 1;
    const settle = () => (fetches -= 1);
    const promise = realFetch(...args);
    promise.then((response) => {
      // In flight until the body is read or cancelled; the tests read `fetches` when nothing should be.
      settle();
      return response;
    }, settle);
    return promise;
  };

  const countListeners = () => {
    let count = 0;
    for (const byKey of perTarget.values()) for (const set of byKey.values()) count += set.size;
    return count;
  };

  window.__counts = {
    created,
    setTimeout: realSetTimeout,
    requestAnimationFrame: realRequestFrame,
    /** What is live now. */
    live: () => ({
      ResizeObserver: live.ResizeObserver.size,
      MutationObserver: live.MutationObserver.size,
      IntersectionObserver: live.IntersectionObserver.size,
      listeners: countListeners(),
      timeouts: timeouts.size,
      intervals: intervals.size,
      frames: frames.size,
      fetches,
    }),
    /** Which page-wide listeners are live, as "target type" lines (for messages). */
    listenerList: () => {
      const out = [];
      for (const [target, byKey] of perTarget) {
        const name =
          target === window
            ? 'window'
            : target === document
              ? 'document'
              : (target.constructor?.name ?? String(target));
        for (const [key, set] of byKey) if (set.size > 0) out.push(`${name} ${key.split('\u0000')[0]} ×${set.size}`);
      }
      return out.sort();
    },
  };
})();
