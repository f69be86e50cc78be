import { expect } from '@open-wc/testing';
import health from '../fixtures/health-claim-en.json';
import {
  type TestJourneyHost,
  createHost,
  fakeIntersectionObserver,
  recordEvents,
  serveJson,
  sleep,
  spyFetch,
  stopRecording,
  unserveJson,
  until,
} from './helpers.js';

const NAME = 'live-health';
const INTERVAL = 0.2;

/** Pretends the page is hidden or visible, as a tab switch would. */
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function restoreVisibility() {
  // The stub is an own property of `document`; removing it uncovers Document.prototype's getter.
  delete (document as unknown as Record<string, unknown>).visibilityState;
}

// The page's visibility and the element's intersection are driven by the test (see helpers.ts:
// a test page in a background tab is hidden and gets no IntersectionObserver reports).
describe('JourneySourceController live refresh', () => {
  let url: string;
  let host: TestJourneyHost | undefined;
  let fetches: ReturnType<typeof spyFetch>;
  let intersection: ReturnType<typeof fakeIntersectionObserver>;

  beforeEach(async () => {
    url = await serveJson(NAME, health);
    setVisibility('visible');
    intersection = fakeIntersectionObserver();
    fetches = spyFetch();
  });

  afterEach(async () => {
    host?.remove();
    host = undefined;
    fetches.restore();
    intersection.restore();
    restoreVisibility();
    stopRecording();
  });

  after(async () => {
    // Let requests that were cancelled on this side finish on the server before the file goes.
    await sleep(200);
    await unserveJson(NAME);
  });

  async function liveHost(): Promise<TestJourneyHost> {
    host = await createHost((h) => {
      h.src = url;
      h.refresh = INTERVAL;
    });
    await until(() => host!.source.status === 'ready', 'the first load');
    return host;
  }

  it('re-fetches with If-None-Match; a 304 keeps the journey without a new journey-load', async () => {
    const events = recordEvents(document);
    const live = await liveHost();
    expect(live.source.refreshSeconds).to.equal(INTERVAL);
    const firstChecked = live.source.lastChecked!;
    await until(() => fetches.calls.length >= 3, 'two refreshes');
    const refreshes = fetches.calls.slice(1);
    for (const call of refreshes) expect(call.headers.get('If-None-Match')).to.be.a('string').and.not.equal('');
    await sleep(50);
    expect(events.loads).to.have.length(1);
    expect(events.errors).to.have.length(0);
    expect(live.source.lastChecked!.getTime()).to.be.greaterThan(firstChecked.getTime());
    expect(live.source.staleSince).to.equal(undefined);
  });

  it('swaps in new data from a 200 and fires journey-load', async () => {
    const events = recordEvents(document);
    const live = await liveHost();
    await serveJson(NAME, { ...health, title: 'Updated claim journey' });
    await until(() => live.source.journey?.title === 'Updated claim journey', 'the new data');
    await live.updateComplete;
    expect(events.loads).to.have.length(2);
    expect(events.loads[1]!.detail.origin).to.equal('src');
    expect(live.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Updated claim journey');
  });

  it('keeps the last good journey when a refresh fails, marks it stale, fires journey-error once', async () => {
    const events = recordEvents(document);
    const live = await liveHost();
    // The server now answers with something that is not a journey (a broken export, say).
    await serveJson(NAME, '{ "version": 1, "title": ');
    await until(() => live.source.staleSince !== undefined, 'the stale mark');
    const staleSince = live.source.staleSince!;
    const failedSoFar = fetches.calls.length;
    await until(() => fetches.calls.length >= failedSoFar + 2, 'two more failing refreshes');
    await live.updateComplete;
    expect(live.source.status).to.equal('ready');
    expect(live.source.journey!.id).to.equal(health.id);
    expect(live.source.error!.code).to.equal('PARSE');
    expect(live.source.staleSince).to.equal(staleSince);
    expect(events.errors).to.have.length(1);
    expect(events.errors[0]!.detail.message).to.contain('not valid');
    const note = live.shadowRoot!.querySelector('[part="stale"]')!;
    expect(note.textContent).to.contain('stale since');
    expect(live.shadowRoot!.querySelector('[part="title"]')).to.not.equal(null);

    await serveJson(NAME, health);
    await until(() => live.source.staleSince === undefined, 'fresh data again');
    await live.updateComplete;
    expect(live.source.error).to.equal(undefined);
    expect(live.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
  });

  it('pauses while the page is hidden and refreshes at once when it is visible again and overdue', async () => {
    await liveHost();
    setVisibility('hidden');
    const before = fetches.calls.length;
    await sleep(INTERVAL * 1000 * 3);
    expect(fetches.calls.length).to.equal(before);
    setVisibility('visible');
    await until(() => fetches.calls.length === before + 1, 'the overdue refresh', 1_000);
  });

  it('pauses while the element is off-screen', async () => {
    await liveHost();
    intersection.setIntersecting(false);
    const before = fetches.calls.length;
    await sleep(INTERVAL * 1000 * 3);
    expect(fetches.calls.length).to.equal(before);
    intersection.setIntersecting(true);
    await until(() => fetches.calls.length === before + 1, 'the overdue refresh back on screen', 1_000);
  });

  it('stops every refresh on disconnect and runs exactly one timer again on reconnect', async () => {
    const live = await liveHost();
    live.remove();
    const before = fetches.calls.length;
    await sleep(INTERVAL * 1000 * 3);
    expect(fetches.calls.length).to.equal(before);
    // Counted, not timed: every timer the page sets for up to one interval is tracked until it
    // fires or is cleared. One refresh timer leaves at most one such timer waiting at each request;
    // a second timer (a reconnect that forgot to stop the first) leaves two.
    const pending = new Set<number>();
    const waitingAtRequest: number[] = [];
    const original = { fetch: window.fetch, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
    const setTimer = original.setTimeout.bind(window);
    const clearTimer = original.clearTimeout.bind(window);
    const fetchNow = original.fetch.bind(window);
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      const tracked = typeof handler === 'function' && (delay ?? 0) > 0 && (delay ?? 0) <= INTERVAL * 1000;
      const id: number = setTimer(
        (...args: unknown[]) => {
          pending.delete(id);
          (handler as (...a: unknown[]) => void)(...args);
        },
        delay,
        ...rest,
      );
      if (tracked) pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      clearTimer(id);
    }) as typeof window.clearTimeout;
    window.fetch = (input, init) => (waitingAtRequest.push(pending.size), fetchNow(input, init));
    try {
      document.body.append(live);
      await until(() => waitingAtRequest.length >= 4, 'four refreshes after reconnecting', 5_000);
    } finally {
      Object.assign(window, original);
    }
    expect(waitingAtRequest.length, 'requests counted').to.be.at.least(4);
    expect(Math.max(...waitingAtRequest), `refresh timers waiting at each request: ${waitingAtRequest}`).to.be.at.most(
      1,
    );
  });

  it('re-fetches on reload() without live refresh, keeping the journey on a 304', async () => {
    const events = recordEvents(document);
    host = await createHost((h) => (h.src = url));
    await until(() => host!.source.status === 'ready', 'the first load');
    const before = fetches.calls.length;
    host.source.reload();
    await until(() => fetches.calls.length === before + 1, 'the reload');
    expect(fetches.calls[before]!.headers.get('If-None-Match')).to.be.a('string');
    await sleep(100);
    expect(host.source.status).to.equal('ready');
    expect(events.loads).to.have.length(1);
  });

  it('turns off with setRefresh(null)', async () => {
    const live = await liveHost();
    live.refresh = null;
    await live.updateComplete;
    const before = fetches.calls.length;
    await sleep(INTERVAL * 1000 * 3);
    expect(fetches.calls.length).to.equal(before);
    expect(live.source.refreshSeconds).to.equal(null);
  });
});
