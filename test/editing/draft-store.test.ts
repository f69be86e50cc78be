/**
 * DraftStore: a draft survives a "reload" (a new store on the same storage); a full, blocked or
 * absent storage and a draft that is not a valid journey are result values, never exceptions.
 */
import { expect } from '@open-wc/testing';
import { DraftStore, type DraftStorage, History, sameJourney } from '../../src/editing/index.js';
import { mortgage, plain } from './helpers.js';

/** A storage in memory, like localStorage. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A storage whose every call throws `error`, as a full or blocked one does. */
class ThrowingStorage implements DraftStorage {
  constructor(private readonly error: () => unknown) {}
  getItem(): string | null {
    throw this.error();
  }
  setItem(): void {
    throw this.error();
  }
  removeItem(): void {
    throw this.error();
  }
}

const CLOCK = () => new Date(Date.UTC(2026, 11, 7, 23, 30));

describe('DraftStore', () => {
  it('keeps an edited journey and reads it back after a reload', () => {
    const storage = new MemoryStorage();
    const history = new History(mortgage());
    history.edit({ type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score: 4 });
    expect(new DraftStore('mortgage-draft', storage, CLOCK).save(history.journey)).to.deep.equal({
      ok: true,
      value: undefined,
    });
    const loaded = new DraftStore('mortgage-draft', storage).load();
    if (!loaded.ok || !loaded.value) throw new Error('no draft read back');
    expect(loaded.value.savedAt).to.equal('2026-12-07T23:30:00.000Z');
    expect(plain(loaded.value.journey)).to.deep.equal(plain(history.journey));
    expect(sameJourney(loaded.value.journey, history.journey)).to.equal(true);
    expect(sameJourney(loaded.value.journey, mortgage())).to.equal(false);
  });

  it('says there is no draft with null', () => {
    expect(new DraftStore('none', new MemoryStorage()).load()).to.deep.equal({ ok: true, value: null });
  });

  it('clears a draft', () => {
    const storage = new MemoryStorage();
    const store = new DraftStore('k', storage);
    store.save(mortgage());
    expect(store.clear().ok).to.equal(true);
    expect(storage.items.size).to.equal(0);
  });

  const failures: Array<[string, () => unknown, string]> = [
    ['QuotaExceededError (Chromium, WebKit)', () => new DOMException('full', 'QuotaExceededError'), 'full'],
    ['NS_ERROR_DOM_QUOTA_REACHED (old Firefox)', () => ({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }), 'full'],
    ['SecurityError (blocked storage)', () => new DOMException('denied', 'SecurityError'), 'blocked'],
    ['any other error', () => new TypeError('odd'), 'blocked'],
  ];
  for (const [name, error, problem] of failures) {
    it(`reports ${name} as "${problem}" on save, load and clear, without throwing`, () => {
      const store = new DraftStore('k', new ThrowingStorage(error));
      expect(store.save(mortgage())).to.deep.equal({ ok: false, problem });
      expect(store.load()).to.deep.equal({ ok: false, problem });
      expect(store.clear()).to.deep.equal({ ok: false, problem });
    });
  }

  it('reports a storage that is absent as "unavailable"', () => {
    const store = new DraftStore('k', null);
    expect(store.save(mortgage())).to.deep.equal({ ok: false, problem: 'unavailable' });
    expect(store.load()).to.deep.equal({ ok: false, problem: 'unavailable' });
  });

  it('uses the page’s localStorage by default', () => {
    const key = `klantreis-test-${Math.random()}`;
    const store = new DraftStore(key);
    try {
      expect(store.save(mortgage()).ok).to.equal(true);
      expect(localStorage.getItem(key)).to.be.a('string');
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('reports a page whose localStorage getter throws (a sandboxed frame) as "blocked"', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    try {
      expect(new DraftStore('k').save(mortgage())).to.deep.equal({ ok: false, problem: 'blocked' });
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as { localStorage?: unknown }).localStorage;
    }
    expect(typeof window.localStorage.getItem).to.equal('function');
  });

  it('reports stored text that is not a draft as "unreadable"', () => {
    const storage = new MemoryStorage();
    storage.setItem('a', '{not json');
    storage.setItem('b', JSON.stringify({ version: 1 }));
    expect(new DraftStore('a', storage).load()).to.deep.equal({ ok: false, problem: 'unreadable' });
    expect(new DraftStore('b', storage).load()).to.deep.equal({ ok: false, problem: 'unreadable' });
  });

  it('reports a draft whose journey is not valid as "invalid", with the issues', () => {
    const storage = new MemoryStorage();
    const broken = { ...plain(mortgage()), title: '' };
    storage.setItem('k', JSON.stringify({ format: 'klantreis-draft', savedAt: 'x', journey: broken }));
    const result = new DraftStore('k', storage).load();
    if (result.ok) throw new Error('an invalid draft was read as valid');
    expect(result.problem).to.equal('invalid');
    expect(result.issues?.map((issue) => issue.path)).to.deep.equal(['title']);
  });
});
