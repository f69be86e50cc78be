import { expect } from '@open-wc/testing';
import { JourneyErrorEvent, JourneyLoadEvent } from '../../src/events/index.js';
import { MAX_SHOWN_ISSUES } from '../../src/shared/error-panel.js';
import { resolveJourneySrc } from '../../src/shared/journey-source.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import {
  TestJourneyHost,
  createHost,
  inlineChild,
  recordEvents,
  serveJson,
  sleep,
  spyFetch,
  stopRecording,
  unserveJson,
  until,
} from './helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function panel(host: TestJourneyHost) {
  return host.shadowRoot!.querySelector('[part="error"]');
}

function title(host: TestJourneyHost) {
  return host.shadowRoot!.querySelector('[part="title"]')?.textContent ?? null;
}

describe('JourneySourceController', () => {
  let hosts: TestJourneyHost[] = [];
  const track = (host: TestJourneyHost) => (hosts.push(host), host);

  afterEach(() => {
    for (const host of hosts) host.remove();
    hosts = [];
    TestJourneyHost.nextOptions = {};
    stopRecording();
  });

  describe('empty', () => {
    it('starts empty and says how to give a journey', async () => {
      const host = track(await createHost());
      expect(host.source.status).to.equal('empty');
      expect(host.source.journey).to.equal(undefined);
      const status = host.shadowRoot!.querySelector('[part="status"]')!;
      expect(status.textContent).to.contain('No journey given yet');
      expect(status.textContent).to.contain('src');
    });

    it('says it in Dutch when the element speaks Dutch', async () => {
      const host = track(await createHost((h) => h.setAttribute('lang', 'nl')));
      expect(host.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Nog geen klantreis opgegeven');
    });
  });

  describe('the journey property', () => {
    it('loads a journey and fires exactly one journey-load with origin "property"', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.journey = mortgage)));
      await sleep(20);
      expect(events.loads).to.have.length(1);
      expect(events.errors).to.have.length(0);
      const [load] = events.loads;
      expect(load).to.be.instanceOf(JourneyLoadEvent);
      expect(load!.detail.origin).to.equal('property');
      expect(load!.detail.journey.id).to.equal('mortgage-starter');
      expect(load!.composed && load!.bubbles).to.equal(true);
      expect(host.source.status).to.equal('ready');
      expect(host.source.origin).to.equal('property');
      expect(host.source.lastLoaded).to.be.instanceOf(Date);
      expect(title(host)).to.equal(mortgage.title);
    });

    it('takes a snapshot: changing the assigned object afterwards changes nothing', async () => {
      const input = clone(mortgage);
      const host = track(await createHost((h) => (h.journey = input)));
      input.title = 'changed by the page';
      input.touchpoints.length = 0;
      host.requestUpdate();
      await host.updateComplete;
      expect(host.source.journey!.title).to.equal(mortgage.title);
      expect(host.source.journey!.touchpoints.length).to.equal(mortgage.touchpoints.length);
      expect(host.source.journey).to.not.equal(input);
      expect(Object.isFrozen(host.source.journey)).to.equal(true);
      expect(title(host)).to.equal(mortgage.title);
    });

    /** A journey over the 1,000 touchpoints from which it is validated in slices. */
    const large = () => {
      const base = clone(mortgage);
      const phase = base.phases[0]!.id;
      return {
        ...base,
        transitions: undefined,
        actions: undefined,
        touchpoints: Array.from({ length: 1_500 }, (_, i) => ({
          id: `t${i}`,
          phase,
          label: `Stap ${i + 1}`,
          emotions: [{ score: (i % 11) - 5 }],
        })),
      } as Record<string, unknown> & { touchpoints: Array<Record<string, unknown>> };
    };

    it('takes a snapshot of a large journey too, at assignment, before its slices are validated', async () => {
      const input = large();
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.journey = input)));
      // The page changes its object right away, while the copy is still being validated.
      input.title = 'changed by the page';
      input.touchpoints[0]!.label = 'changed too';
      input.touchpoints.length = 10;
      await until(() => events.loads.length === 1, 'the large journey loaded');
      expect(host.source.journey!.title).to.equal(mortgage.title);
      expect(host.source.journey!.touchpoints).to.have.length(1_500);
      expect(host.source.journey!.touchpoints[0]!.label).to.equal('Stap 1');
      expect(Object.isFrozen(host.source.journey!.touchpoints[0])).to.equal(true);
    });

    it('names the path of what is not data in a large journey (a function, a Date, a hole)', async () => {
      const input = large();
      input.touchpoints[700]!.label = () => 'not data';
      input.touchpoints[1_200]!.emotions = [{ score: 1, at: new Date(0) }];
      input.touchpoints[1_400]!.painPoints = ['one', , 'three'];
      const events = recordEvents(document);
      track(await createHost((h) => (h.journey = input)));
      await until(() => events.errors.length === 1, 'the error');
      const paths = events.errors[0]!.detail.issues.map((i) => i.path);
      expect(paths).to.include('touchpoints[700].label');
      expect(paths).to.include('touchpoints[1200].emotions[0].at');
      expect(paths).to.include('touchpoints[1400].painPoints[1]');
    });

    it('accepts JSON text', async () => {
      const host = track(await createHost((h) => (h.journey = JSON.stringify(health))));
      expect(host.source.journey!.id).to.equal(health.id);
    });

    it('shows an invalid journey as an error panel and fires exactly one journey-error with its paths', async () => {
      const bad = clone(mortgage) as Record<string, unknown>;
      (bad.touchpoints as Array<Record<string, unknown>>)[1]!.phase = 'nowhere';
      delete bad.title;
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.journey = bad)));
      await sleep(20);
      expect(events.loads).to.have.length(0);
      expect(events.errors).to.have.length(1);
      const [error] = events.errors;
      expect(error).to.be.instanceOf(JourneyErrorEvent);
      expect(error!.detail.code).to.equal('VALIDATION');
      const paths = error!.detail.issues.map((i) => i.path);
      expect(paths).to.include('title');
      expect(paths).to.include('touchpoints[1].phase');
      expect(error!.detail.message).to.contain('not valid');
      expect(host.source.status).to.equal('error');
      const shown = panel(host)!;
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(shown.textContent).to.contain('This journey cannot be shown');
      expect(shown.textContent).to.contain('2 problems found');
      const codes = [...shown.querySelectorAll('li code')].map((c) => c.textContent);
      expect(codes).to.include('touchpoints[1].phase');
      expect(shown.textContent).to.contain('unknown phase "nowhere"');
      expect(title(host)).to.equal(null);
    });

    it('clears the error when a valid journey follows an invalid one', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.journey = { version: 2 })));
      expect(host.source.status).to.equal('error');
      host.journey = mortgage;
      await host.updateComplete;
      expect(host.source.status).to.equal('ready');
      expect(host.source.error).to.equal(undefined);
      expect(panel(host)).to.equal(null);
      expect(events.errors).to.have.length(1);
      expect(events.loads).to.have.length(1);
    });

    it('keeps the last good journey while an invalid one is shown as an error', async () => {
      const host = track(await createHost((h) => (h.journey = mortgage)));
      host.journey = { nope: true };
      await host.updateComplete;
      expect(host.source.status).to.equal('error');
      expect(host.source.journey!.id).to.equal(mortgage.id);
    });

    it('treats undefined and null as "no property" and becomes empty again', async () => {
      const host = track(await createHost((h) => (h.journey = mortgage)));
      host.journey = undefined;
      await host.updateComplete;
      expect(host.source.status).to.equal('empty');
      expect(host.source.journey).to.equal(undefined);
      host.journey = health;
      await host.updateComplete;
      host.journey = null;
      await host.updateComplete;
      expect(host.source.status).to.equal('empty');
    });

    it('shows a failure to draw as RENDER until a new input arrives', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.journey = mortgage)));
      host.source.reportRenderError(new Error('no room for 10,000 columns'));
      await host.updateComplete;
      expect(host.source.status).to.equal('error');
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]!.detail.code).to.equal('RENDER');
      // The journey is Dutch (locale nl-NL), so the panel is too.
      expect(panel(host)!.textContent).to.contain('Er ging iets mis bij het tekenen van de klantreis.');
      host.journey = health;
      await host.updateComplete;
      expect(host.source.status).to.equal('ready');
      expect(panel(host)).to.equal(null);
    });

    it('shows at most 50 issues, then "and N more"', async () => {
      const bad: Record<string, unknown> = clone(mortgage);
      bad.touchpoints = Array.from({ length: 60 }, (_, i) => ({ id: `t${i}`, phase: 'nowhere', label: `T${i}` }));
      const host = track(await createHost((h) => (h.journey = bad)));
      const shown = panel(host)!;
      expect(shown.querySelectorAll('li')).to.have.length(MAX_SHOWN_ISSUES);
      expect(host.source.error!.issues.length).to.be.greaterThan(MAX_SHOWN_ISSUES);
      const more = host.source.error!.issues.length - MAX_SHOWN_ISSUES;
      expect(shown.textContent).to.contain(`and ${more} more`);
    });

    it('renders model text as text, never as markup', async () => {
      const bad = clone(mortgage);
      bad.touchpoints[0]!.phase = '<img src=x onerror=alert(1)>';
      const host = track(await createHost((h) => (h.journey = bad)));
      const shown = panel(host)!;
      expect(shown.querySelector('img')).to.equal(null);
      expect(shown.textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('the inline JSON child', () => {
    it('loads it on connect with origin "inline"', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => inlineChild(h, JSON.stringify(health))));
      expect(host.source.origin).to.equal('inline');
      expect(host.source.journey!.id).to.equal(health.id);
      expect(events.loads).to.have.length(1);
      expect(events.loads[0]!.detail.origin).to.equal('inline');
    });

    it('re-reads it when its text changes, and becomes empty when it is removed', async () => {
      let script!: HTMLScriptElement;
      const events = recordEvents(document);
      const host = track(await createHost((h) => (script = inlineChild(h, JSON.stringify(health)))));
      script.textContent = JSON.stringify(generic);
      await until(() => host.source.journey?.id === generic.id, 'the new inline journey');
      expect(events.loads).to.have.length(2);
      script.remove();
      await until(() => host.source.status === 'empty', 'the empty state');
    });

    it('reports invalid JSON text as PARSE', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => inlineChild(h, '{ "version": 1, ')));
      expect(host.source.status).to.equal('error');
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]!.detail.code).to.equal('PARSE');
      expect(panel(host)!.textContent).to.contain('The text is not valid JSON.');
    });

    it('ignores scripts of other types', async () => {
      const host = track(
        await createHost((h) => {
          const script = document.createElement('script');
          script.type = 'text/plain';
          script.textContent = JSON.stringify(health);
          h.append(script);
        }),
      );
      expect(host.source.status).to.equal('empty');
    });
  });

  describe('precedence', () => {
    let served: string;
    before(async () => {
      served = await serveJson('precedence-mortgage', mortgage);
    });
    after(() => unserveJson('precedence-mortgage'));

    it('uses property over src over inline, and falls back in that order', async () => {
      const fetches = spyFetch();
      try {
        const events = recordEvents(document);
        const host = track(
          await createHost((h) => {
            inlineChild(h, JSON.stringify(generic));
            h.src = served;
            h.journey = health;
          }),
        );
        await sleep(100);
        expect(host.source.origin).to.equal('property');
        expect(host.source.journey!.id).to.equal(health.id);
        expect(fetches.calls).to.have.length(0);

        host.journey = undefined;
        await until(() => host.source.journey?.id === mortgage.id, 'the src journey');
        expect(host.source.origin).to.equal('src');

        host.src = null;
        await until(() => host.source.journey?.id === generic.id, 'the inline journey');
        expect(host.source.origin).to.equal('inline');
        expect(events.loads.map((e) => e.detail.origin)).to.deep.equal(['property', 'src', 'inline']);
        expect(events.errors).to.have.length(0);
      } finally {
        fetches.restore();
      }
    });
  });

  describe('src', () => {
    const names = ['src-mortgage', 'src-health', 'src-generic'];
    let urls: Record<string, string>;
    before(async () => {
      urls = {
        mortgage: await serveJson(names[0]!, mortgage),
        health: await serveJson(names[1]!, health),
        generic: await serveJson(names[2]!, generic),
      };
    });
    after(async () => {
      for (const name of names) await unserveJson(name);
    });

    it('fetches a journey with origin "src": same-origin credentials, Accept JSON, one journey-load', async () => {
      const fetches = spyFetch();
      try {
        const events = recordEvents(document);
        const host = track(await createHost((h) => (h.src = urls.mortgage!)));
        expect(host.source.status).to.equal('loading');
        expect(host.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Loading');
        await until(() => host.source.status === 'ready', 'the src journey');
        await host.updateComplete;
        expect(host.source.journey!.id).to.equal(mortgage.id);
        expect(title(host)).to.equal(mortgage.title);
        expect(events.loads).to.have.length(1);
        expect(events.loads[0]!.detail.origin).to.equal('src');
        expect(fetches.calls).to.have.length(1);
        const [call] = fetches.calls;
        expect(call!.init!.credentials).to.equal('same-origin');
        expect(call!.init!.redirect).to.equal('follow');
        expect(call!.headers.get('Accept')).to.equal('application/json');
        expect(new URL(call!.url).pathname).to.equal(urls.mortgage);
      } finally {
        fetches.restore();
      }
    });

    it('reports a 404 as FETCH, naming the status', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.src = '/test/shared/no-such-journey.map')));
      await until(() => host.source.status === 'error', 'the error');
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]!.detail.code).to.equal('FETCH');
      expect(events.errors[0]!.detail.message).to.contain('404');
      expect(host.source.error!.issues[0]!.message).to.contain('404');
      await host.updateComplete;
      expect(panel(host)!.textContent).to.contain('could not be loaded');
    });

    it('reports an HTML page (a proxy login page) as FETCH with a clear message', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.src = '/test/shared/login-page.html')));
      await until(() => host.source.status === 'error', 'the error');
      expect(events.errors).to.have.length(1);
      const detail = events.errors[0]!.detail;
      expect(detail.code).to.equal('FETCH');
      expect(detail.message).to.contain('HTML page instead of JSON');
      expect(detail.issues[0]!.message).to.contain('login page');
    });

    it('reports JSON that is not a valid journey with the parse code and paths', async () => {
      const bad = clone(health) as Record<string, unknown>;
      bad.version = 7;
      const url = await serveJson('src-invalid', bad);
      try {
        const events = recordEvents(document);
        const host = track(await createHost((h) => (h.src = url)));
        await until(() => host.source.status === 'error', 'the error');
        expect(events.errors[0]!.detail.code).to.equal('VALIDATION');
        expect(events.errors[0]!.detail.issues.map((i) => i.path)).to.include('version');
      } finally {
        await unserveJson('src-invalid');
      }
    });

    for (const src of [
      'javascript:alert(1)',
      'data:application/json,{"version":1}',
      'blob:https://elsewhere.example/1234',
      'ftp://example.com/j.json',
      'https://user:secret@example.com/j.json',
    ]) {
      it(`rejects ${src.split(':')[0]}: addresses as SRC_REJECTED without a request`, async () => {
        const fetches = spyFetch();
        try {
          const events = recordEvents(document);
          const host = track(await createHost((h) => (h.src = src)));
          await sleep(50);
          expect(fetches.calls).to.have.length(0);
          expect(events.errors).to.have.length(1);
          expect(events.errors[0]!.detail.code).to.equal('SRC_REJECTED');
          expect(host.source.status).to.equal('error');
          expect(panel(host)!.textContent).to.contain('only http: and https:');
        } finally {
          fetches.restore();
        }
      });
    }

    it('resolves relative addresses against the document base', () => {
      const resolved = resolveJourneySrc('journeys/a.json', 'https://bank.example/app/');
      expect(resolved.ok && resolved.url.href).to.equal('https://bank.example/app/journeys/a.json');
      expect(resolveJourneySrc('//cdn.example/j.json', 'https://bank.example/').ok).to.equal(true);
      expect(resolveJourneySrc('http://[::1', 'https://bank.example/').ok).to.equal(false);
    });

    it('enforces the byte cap while streaming the body (LIMIT)', async () => {
      TestJourneyHost.nextOptions = { maxBytes: 1_000 };
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.src = urls.mortgage!)));
      await until(() => host.source.status === 'error', 'the error');
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]!.detail.code).to.equal('LIMIT');
      expect(events.errors[0]!.detail.issues[0]!.code).to.equal('too_large');
    });

    it('gives up after the timeout (FETCH)', async () => {
      TestJourneyHost.nextOptions = { timeoutMs: 1 };
      const events = recordEvents(document);
      // A query of its own, so the answer cannot come from the HTTP cache within the millisecond.
      const host = track(await createHost((h) => (h.src = `${urls.mortgage!}?timeout=${Date.now()}`)));
      await until(() => host.source.status === 'error', 'the error');
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]!.detail.code).to.equal('FETCH');
      expect(events.errors[0]!.detail.message).to.contain('within');
    });

    it('lets the last request win when src changes quickly', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.src = urls.mortgage!)));
      host.src = urls.health!;
      await host.updateComplete;
      host.src = urls.generic!;
      await until(() => host.source.status === 'ready', 'a journey');
      await sleep(150);
      expect(events.loads).to.have.length(1);
      expect(events.loads[0]!.detail.journey.id).to.equal(generic.id);
      expect(host.source.journey!.id).to.equal(generic.id);
    });

    it('aborts on disconnect: no events after removal, and fetches again on reconnect', async () => {
      const events = recordEvents(document);
      const removedEvents = { loads: 0, errors: 0 };
      const host = await createHost((h) => {
        h.src = urls.mortgage!;
        h.addEventListener('journey-load', () => (removedEvents.loads += 1));
        h.addEventListener('journey-error', () => (removedEvents.errors += 1));
      });
      host.remove();
      await sleep(300);
      expect(removedEvents).to.deep.equal({ loads: 0, errors: 0 });
      expect(host.source.status).to.equal('loading');
      document.body.append(track(host));
      await until(() => host.source.status === 'ready', 'the journey after reconnecting');
      expect(removedEvents).to.deep.equal({ loads: 1, errors: 0 });
      expect(events.loads).to.have.length(1);
    });

    it('does not fetch again on reconnect once loaded', async () => {
      const host = track(await createHost((h) => (h.src = urls.health!)));
      await until(() => host.source.status === 'ready', 'the journey');
      const fetches = spyFetch();
      try {
        host.remove();
        document.body.append(host);
        await sleep(100);
        expect(fetches.calls).to.have.length(0);
      } finally {
        fetches.restore();
      }
    });

    it('clears a fetch error when a valid src follows', async () => {
      const events = recordEvents(document);
      const host = track(await createHost((h) => (h.src = '/test/shared/login-page.html')));
      await until(() => host.source.status === 'error', 'the error');
      host.src = urls.health!;
      await until(() => host.source.status === 'ready', 'the journey');
      expect(host.source.error).to.equal(undefined);
      await host.updateComplete;
      expect(panel(host)).to.equal(null);
      expect(events.errors).to.have.length(1);
      expect(events.loads).to.have.length(1);
    });
  });
});
