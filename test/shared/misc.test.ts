import { expect } from '@open-wc/testing';
import { JourneyErrorEvent, JourneyLoadEvent, JourneyTouchpointSelectEvent } from '../../src/events/index.js';
import { parseJourney } from '../../src/model/index.js';
import { uniqueId } from '../../src/shared/ids.js';
import mortgage from '../fixtures/mortgage-nl.json';
import { createHost, fakeResizeObserver, manualFrames } from './helpers.js';

describe('journey events', () => {
  const parsed = parseJourney(mortgage);
  if (!parsed.ok) throw new Error('fixture does not parse');

  it('bubble, are composed and carry frozen details', () => {
    const load = new JourneyLoadEvent({ journey: parsed.journey, origin: 'src' });
    const issues = [{ path: 'title', code: 'missing' as const, message: 'is required' }];
    const error = new JourneyErrorEvent({ code: 'VALIDATION', issues, message: 'not valid' });
    const select = new JourneyTouchpointSelectEvent({ touchpointId: 'apply', persona: 'starter' });
    expect([load.type, error.type, select.type]).to.deep.equal([
      'journey-load',
      'journey-error',
      'journey-touchpoint-select',
    ]);
    for (const event of [load, error, select]) {
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(Object.isFrozen(event.detail)).to.equal(true);
    }
    issues[0]!.message = 'changed';
    expect(error.detail.issues[0]!.message).to.equal('is required');
    expect(Object.isFrozen(error.detail.issues)).to.equal(true);
    expect(new JourneyTouchpointSelectEvent({ touchpointId: 'x' }).detail).to.deep.equal({ touchpointId: 'x' });
  });

  it('cross shadow roots to listeners on the document, typed by HTMLElementEventMap', async () => {
    const seen: string[] = [];
    const onSelect = (event: JourneyTouchpointSelectEvent) => seen.push(event.detail.touchpointId);
    document.addEventListener('journey-touchpoint-select', onSelect);
    const outer = document.createElement('div');
    document.body.append(outer);
    const inner = document.createElement('span');
    outer.attachShadow({ mode: 'open' }).append(inner);
    try {
      inner.dispatchEvent(new JourneyTouchpointSelectEvent({ touchpointId: 'apply' }));
      expect(seen).to.deep.equal(['apply']);
    } finally {
      document.removeEventListener('journey-touchpoint-select', onSelect);
      outer.remove();
    }
  });
});

describe('uniqueId', () => {
  it('is unique per call and never built from data', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uniqueId('curve-gradient')));
    expect(ids.size).to.equal(1000);
    for (const id of ids) expect(id).to.match(/^curve-gradient-[a-z0-9]{6}-\d+$/);
    expect(uniqueId('"><script>')).to.match(/^journey-/);
    expect(uniqueId()).to.match(/^journey-/);
  });
});

describe('SizeController', () => {
  let sizes: ReturnType<typeof fakeResizeObserver>;
  let frames: ReturnType<typeof manualFrames>;
  beforeEach(() => {
    sizes = fakeResizeObserver();
    frames = manualFrames();
  });
  afterEach(() => {
    frames.restore();
    sizes.restore();
  });

  it('observes the host with one observer while connected', async () => {
    const host = await createHost();
    expect(sizes.live()).to.equal(1);
    host.remove();
    expect(sizes.live()).to.equal(0);
    document.body.append(host);
    expect(sizes.live()).to.equal(1);
    host.remove();
  });

  it('reports the content box and re-renders once per frame when it changes', async () => {
    const host = await createHost();
    try {
      expect([host.size.width, host.size.height]).to.deep.equal([0, 0]);
      const renders = host.renders;
      sizes.resize(host, 280, 90);
      sizes.resize(host, 290, 95);
      sizes.resize(host, 300, 100);
      expect(frames.pending()).to.equal(1);
      expect(host.size.width).to.equal(0);
      frames.flush();
      expect([host.size.width, host.size.height]).to.deep.equal([300, 100]);
      await host.updateComplete;
      expect(host.renders - renders).to.equal(1);
      sizes.resize(host, 300, 100);
      frames.flush();
      await host.updateComplete;
      expect(host.renders - renders).to.equal(1);
    } finally {
      host.remove();
    }
  });

  it('drops a pending frame on disconnect', async () => {
    const host = await createHost();
    sizes.resize(host, 123, 45);
    expect(frames.pending()).to.equal(1);
    host.remove();
    expect(frames.pending()).to.equal(0);
    expect(host.size.width).to.equal(0);
  });
});
