// Loaded first by the test pages of test/support/site.js (a same-origin classic script, so it
// runs under `script-src 'self'`): records CSP violations, uncaught errors (also failed resource
// loads, which reach window in the capture phase) and every journey event per element, from the
// first moment (journey events on document in the bubble phase, as a page listens). No Trusted
// Types sink is touched here.
(() => {
  const state = { violations: [], errors: [] };
  window.__harness = state;
  window.__pwned = false;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      state.violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${event.sample ? ` "${event.sample}"` : ''} at ${event.sourceFile}:${event.lineNumber}`,
      );
    },
    true,
  );
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && target.localName) state.errors.push(`failed to load <${target.localName}>`);
      else state.errors.push(`uncaught: ${event.message}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    state.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  for (const type of ['journey-load', 'journey-error']) {
    document.addEventListener(
      type,
      (event) => {
        const element = event.target;
        if (!element.__events) element.__events = [];
        element.__events.push({
          type,
          code: event.detail && event.detail.code,
          paths: event.detail && event.detail.issues ? event.detail.issues.map((issue) => issue.path) : [],
          message: event.detail && event.detail.message,
          title: event.detail && event.detail.journey ? event.detail.journey.title : undefined,
          at: performance.now(),
        });
      },
      // Bubble phase, as pages listen: a capture listener would also see events that an element
      // stops inside its own shadow tree (its nested elements' own loads).
      false,
    );
  }
})();
