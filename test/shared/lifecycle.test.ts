import { expect } from '@open-wc/testing';
import health from '../fixtures/health-claim-en.json';
import { type TestJourneyHost, createHost, serveJson, sleep, spyFetch, unserveJson, until } from './helpers.js';

type ObserverName = 'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver';
const OBSERVERS: ObserverName[] = ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'];

/**
 * A test-only shim: replaces each observer constructor on `window` with a subclass that counts
 * instances created and disconnected, and counts visibilitychange listeners on `document`.
 */
function installCountingShim() {
  const live: Record<ObserverName, Set<object>> = {
    ResizeObserver: new Set(),
    MutationObserver: new Set(),
    IntersectionObserver: new Set(),
  };
  const created: Record<ObserverName, number> = { ResizeObserver: 0, MutationObserver: 0, IntersectionObserver: 0 };
  const originals = new Map<ObserverName, unknown>();
  const win = window as unknown as Record<ObserverName, new (...args: never[]) => { disconnect(): void }>;
  for (const name of OBSERVERS) {
    const Original = win[name];
    originals.set(name, Original);
    win[name] = class extends Original {
      constructor(...args: never[]) {
        super(...args);
        created[name] += 1;
        live[name].add(this);
      }
      override disconnect() {
        live[name].delete(this);
        super.disconnect();
      }
    };
  }
  let visibilityListeners = 0;
  const add = document.addEventListener;
  const remove = document.removeEventListener;
  const listeners = new Set<unknown>();
  document.addEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type === 'visibilitychange' && !listeners.has(listener)) {
      listeners.add(listener);
      visibilityListeners += 1;
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type === 'visibilitychange' && listeners.delete(listener)) visibilityListeners -= 1;
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof document.removeEventListener;
  return {
    live: () => ({
      ResizeObserver: live.ResizeObserver.size,
      MutationObserver: live.MutationObserver.size,
      IntersectionObserver: live.IntersectionObserver.size,
      visibilitychange: visibilityListeners,
    }),
    created,
    restore() {
      for (const name of OBSERVERS) win[name] = originals.get(name) as (typeof win)[ObserverName];
      document.addEventListener = add;
      document.removeEventListener = remove;
    },
  };
}

describe('lifecycle hygiene of the shared controllers', () => {
  const NAME = 'lifecycle-health';
  let shim: ReturnType<typeof installCountingShim>;
  let url: string;

  before(async () => {
    url = await serveJson(NAME, health);
  });
  after(async () => {
    await sleep(200);
    await unserveJson(NAME);
  });
  beforeEach(() => {
    shim = installCountingShim();
  });
  afterEach(() => shim.restore());

  it('holds exactly one of each observer and listener while connected, none after 20 disconnects', async () => {
    const host: TestJourneyHost = await createHost((h) => {
      h.src = url;
      h.refresh = 0.2;
    });
    await until(() => host.source.status === 'ready', 'the journey');
    // Size: 1 ResizeObserver. Source: 1 MutationObserver (inline child), 1 IntersectionObserver and
    // 1 visibilitychange listener (live refresh). Locale: 1 MutationObserver (lang attributes).
    const connected = { ResizeObserver: 1, MutationObserver: 2, IntersectionObserver: 1, visibilitychange: 1 };
    const none = { ResizeObserver: 0, MutationObserver: 0, IntersectionObserver: 0, visibilitychange: 0 };
    expect(shim.live()).to.deep.equal(connected);
    for (let round = 0; round < 20; round += 1) {
      host.remove();
      expect(shim.live(), `after disconnect ${round + 1}`).to.deep.equal(none);
      document.body.append(host);
      await host.updateComplete;
      expect(shim.live(), `after reconnect ${round + 1}`).to.deep.equal(connected);
    }
    host.remove();
    expect(shim.live()).to.deep.equal(none);
    // 21 connects in all: one of each per connect, never more.
    expect(shim.created).to.deep.equal({ ResizeObserver: 21, MutationObserver: 42, IntersectionObserver: 21 });
  });

  it('leaves no timer or fetch running after disconnect', async () => {
    const host = await createHost((h) => {
      h.src = url;
      h.refresh = 0.1;
    });
    await until(() => host.source.status === 'ready', 'the journey');
    for (let round = 0; round < 20; round += 1) {
      host.remove();
      document.body.append(host);
    }
    host.remove();
    const fetches = spyFetch();
    try {
      await sleep(500);
      expect(fetches.calls).to.have.length(0);
    } finally {
      fetches.restore();
    }
  });

  it('without live refresh holds no IntersectionObserver and no visibility listener', async () => {
    const host = await createHost((h) => (h.src = url));
    await until(() => host.source.status === 'ready', 'the journey');
    expect(shim.live()).to.deep.equal({
      ResizeObserver: 1,
      MutationObserver: 2,
      IntersectionObserver: 0,
      visibilitychange: 0,
    });
    host.remove();
  });
});
