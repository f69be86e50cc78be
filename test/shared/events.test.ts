import { expect } from '@open-wc/testing';
import {
  JourneyErrorEvent,
  JourneyLayoutEvent,
  JourneyLoadEvent,
  JourneyTouchpointSelectEvent,
} from '../../src/events/index.js';
import { columnLayout } from '../../src/layout/columns.js';
import { parseJourney } from '../../src/model/index.js';
import mortgage from '../fixtures/mortgage-nl.json';

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

describe('JourneyLayoutEvent', () => {
  const parsed = parseJourney(mortgage);
  if (!parsed.ok) throw new Error('fixture does not parse');

  it('follows the event convention: eventType, a frozen detail, exported with the others; neither bubbles nor composed', () => {
    const layout = columnLayout(parsed.journey, { width: 800 });
    const event = new JourneyLayoutEvent(layout);
    expect(JourneyLayoutEvent.eventType).to.equal('journey-layout');
    expect(event.type).to.equal('journey-layout');
    expect(event.detail.layout).to.equal(layout);
    expect(Object.isFrozen(event.detail)).to.equal(true);
    expect([event.bubbles, event.composed]).to.deep.equal([false, false]);
  });
});
