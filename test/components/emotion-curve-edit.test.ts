/**
 * `<emotion-curve editable>`: emotion edits by keyboard, pointer and single click; undo and redo;
 * `journey-change` and `journey-input`; nothing lost (a changed source, a kept draft, a full storage).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { applyPatch as libraryApply, type Operation } from 'fast-json-patch';
import '../../src/components/emotion-curve/emotion-curve.js';
import type { EmotionCurve } from '../../src/components/emotion-curve/emotion-curve.js';
import type { JourneyChangeEvent, JourneyInputEvent } from '../../src/events/edit-events.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey } from '../../src/model/types.js';
import mortgage from '../fixtures/mortgage-nl.json';

function parsed(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.journey;
}

/** Waits until `condition()` holds, polling every 10 ms; fails with `what` after 5 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 5_000) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function editableCurve(journey: unknown, attributes: Record<string, string> = {}): Promise<EmotionCurve> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  const el = document.createElement('emotion-curve');
  el.setAttribute('editable', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (journey !== undefined) el.journey = journey;
  box.append(el);
  await el.updateComplete;
  await aTimeout(50);
  await until(() => !!el.shadowRoot!.querySelector('.point[tabindex="0"]'), 'the plot');
  // The editor's chunk is imported on the first update with `editable`; it adopts its styles.
  await until(
    () =>
      el.shadowRoot!.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('.edit-slider')),
      ),
    'the editor',
  );
  await el.updateComplete;
  return el;
}

/** Presses `key` with modifier keys held down. */
async function chord(...keys: string[]): Promise<void> {
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}

const root = (el: EmotionCurve) => el.shadowRoot!;
const active = (el: EmotionCurve) => root(el).querySelector<SVGGElement>('.point[tabindex="0"]')!;
const slider = (el: EmotionCurve) => root(el).querySelector<HTMLElement>('[role="slider"]');
const region = (el: EmotionCurve) => root(el).querySelector<HTMLElement>('.journey-announcer')!;
const focusedInside = (el: EmotionCurve) => root(el).activeElement;

/** The persona's own score at a touchpoint, or null. */
function scoreOf(journey: Journey, touchpoint: string, persona: string | null): number | null {
  const tp = journey.touchpoints.find((t) => t.id === touchpoint)!;
  return (tp.emotions ?? []).find((e) => (e.persona ?? null) === persona)?.score ?? null;
}

function recordEvents(el: EmotionCurve) {
  const changes: JourneyChangeEvent[] = [];
  const inputs: JourneyInputEvent[] = [];
  el.addEventListener('journey-change', (e) => changes.push(e));
  el.addEventListener('journey-input', (e) => inputs.push(e));
  return { changes, inputs };
}

/** The patch of an event, applied with an independent RFC 6902 library to the journey before. */
function checkPatch(before: Journey, event: JourneyChangeEvent): void {
  const applied = libraryApply(
    structuredClone(before),
    structuredClone(event.detail.patch) as Operation[],
    true,
    false,
  ).newDocument;
  expect(applied).to.deep.equal(JSON.parse(JSON.stringify(event.detail.journey)));
  expect(parseJourney(event.detail.journey).ok).to.equal(true);
}

async function openEditorOnFirstPoint(el: EmotionCurve): Promise<void> {
  active(el).focus();
  await sendKeys({ press: 'F2' });
  await until(() => slider(el) !== null && focusedInside(el) === slider(el), 'the slider to take focus');
}

// The mortgage journey: personas starter (Starter) and mover; the first touchpoint, "orientation".
const journey = parsed(mortgage);
const first = journey.touchpoints[0]!;

describe('<emotion-curve editable>: the emotion slider', () => {
  it('F2 opens a slider with the score in words; arrows are inputs, Enter commits one change', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes, inputs } = recordEvents(el);
    const before = scoreOf(journey, first.id, 'starter');
    expect(before).to.not.equal(null);
    await openEditorOnFirstPoint(el);
    const s = slider(el)!;
    expect(s.getAttribute('aria-valuenow')).to.equal(String(before));
    expect(s.getAttribute('aria-valuetext')).to.match(/^[+−]?\d(\.5)?, (very )?(positive|negative|neutral)$/);
    await sendKeys({ press: 'ArrowUp' }); // +1
    await chord('Shift', 'ArrowUp'); // +0.5
    await el.updateComplete;
    expect(inputs.length).to.equal(2);
    expect(changes.length).to.equal(0);
    const expected = Math.min(5, before! + 1.5);
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(expected);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    checkPatch(journey, changes[0]!);
    expect(changes[0]!.detail.journey).to.equal(el.journey);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    expect(changes[0]!.detail.label).to.contain('Starter');
    // Focus is back on the edited point; the edit said once in the live region.
    await until(() => focusedInside(el) === active(el), 'focus on the point');
    expect(active(el).dataset.index).to.equal('0');
    expect(region(el).textContent).to.equal(changes[0]!.detail.label);
  });

  it('PageUp, Home, End and Escape: Escape restores the score and fires no change', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes } = recordEvents(el);
    const before = scoreOf(journey, first.id, 'starter');
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(-5);
    await sendKeys({ press: 'PageUp' }); // −5 + 2 = −3
    await el.updateComplete;
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(-3);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(5);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(changes.length).to.equal(0);
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(before);
    expect(slider(el)).to.equal(null);
  });

  it('the + and − buttons edit with a single click each (WCAG 2.5.7)', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes } = recordEvents(el);
    const before = scoreOf(journey, first.id, 'starter')!;
    await openEditorOnFirstPoint(el);
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.edit-panel button')];
    const minus = buttons.find((b) => b.textContent!.includes('Lower'))!;
    minus.click();
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    // One lower, not below −5.
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(Math.max(-5, before - 1));
    checkPatch(journey, changes[0]!);
  });

  it('removes a score (a gap) and names an emotion', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    const select = root(el).querySelector<HTMLSelectElement>('.edit-panel select')!;
    select.value = 'relief';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const tp = (el.journey as Journey).touchpoints[0]!;
    expect(tp.emotions!.find((e) => e.persona === 'starter')!.label).to.equal('relief');
    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('.edit-panel button')].find((b) =>
      b.textContent!.includes('Remove score'),
    )!;
    remove.click();
    await el.updateComplete;
    expect(scoreOf(el.journey as Journey, first.id, 'starter')).to.equal(null);
    expect(changes.length).to.equal(2);
    checkPatch(changes[0]!.detail.journey, changes[1]!);
  });

  it('a refused edit shows its reason in place and changes nothing: naming an emotion that has no score', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    [...root(el).querySelectorAll<HTMLButtonElement>('.edit-panel button')]
      .find((b) => b.textContent!.includes('Remove score'))!
      .click();
    await el.updateComplete;
    const gap = el.journey;
    const select = root(el).querySelector<HTMLSelectElement>('.edit-panel select')!;
    select.value = 'joy';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    expect(el.journey).to.equal(gap);
    const refused = root(el).querySelector<HTMLElement>('.edit-refused')!;
    expect(refused.getAttribute('role')).to.equal('alert');
    expect(refused.textContent!.length).to.be.greaterThan(10);
  });

  it('with every persona shown, asks whose emotion (the focused curve by default) and never the overall score', async () => {
    const el = await editableCurve(journey, { lang: 'en' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    const persona = root(el).querySelector<HTMLSelectElement>('.edit-panel select')!;
    expect([...persona.options].map((o) => o.value)).to.deep.equal(['starter', 'mover']);
    expect(persona.value).to.equal('starter');
    persona.value = 'mover';
    persona.dispatchEvent(new Event('change'));
    await el.updateComplete;
    slider(el)!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    expect(scoreOf(el.journey as Journey, first.id, 'mover')).to.equal(-5);
    expect(scoreOf(el.journey as Journey, first.id, null)).to.equal(scoreOf(journey, first.id, null));
  });

  it('copies a persona curve to another persona', async () => {
    const el = await editableCurve(journey, { lang: 'en' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    const copy = [...root(el).querySelectorAll<HTMLButtonElement>('.edit-panel button')].find(
      (b) => b.textContent!.trim() === 'Copy',
    )!;
    copy.click();
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    const after = changes[0]!.detail.journey;
    for (const tp of journey.touchpoints) {
      expect(scoreOf(after, tp.id, 'mover'), tp.id).to.equal(scoreOf(journey, tp.id, 'starter'));
    }
    checkPatch(journey, changes[0]!);
  });
});

describe('<emotion-curve editable>: words and announcements', () => {
  it('speaks Dutch on a Dutch page: the score in words and the label', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'nl' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    // +5 is "zeer positief" in the Dutch catalogue's polarity words.
    expect(slider(el)!.getAttribute('aria-valuetext')).to.equal('+5, zeer positief');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes[0]!.detail.label).to.match(/^Emotie van Starter bij /);
  });

  it('announces a committed edit exactly once, and the slider steps not at all', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    await openEditorOnFirstPoint(el);
    const writes: string[] = [];
    const observer = new MutationObserver(() => writes.push(region(el).textContent ?? ''));
    observer.observe(region(el), { childList: true, characterData: true, subtree: true });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await aTimeout(20);
    expect(writes).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await aTimeout(20);
    observer.disconnect();
    expect(writes.length).to.equal(1);
    expect(writes[0]).to.match(/^Emotion of Starter at /);
  });
});

describe('<emotion-curve editable>: drag', () => {
  it('a vertical drag sends journey-input per step and one journey-change, snapped to halves', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes, inputs } = recordEvents(el);
    const dot = active(el).getBoundingClientRect();
    const x = Math.round(dot.left + dot.width / 2);
    const y = Math.round(dot.top + dot.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y - 20] });
    await sendMouse({ type: 'move', position: [x, y - 40] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(inputs.length).to.be.greaterThan(0);
    expect(changes.length).to.equal(1);
    const after = scoreOf(el.journey as Journey, first.id, 'starter')!;
    expect(after).to.be.greaterThan(scoreOf(journey, first.id, 'starter')!);
    expect(after * 2).to.equal(Math.round(after * 2));
    checkPatch(journey, changes[0]!);
    // journey-input's patch is from the journey before the drag, too.
    checkPatch(journey, inputs.at(-1)!);
  });

  it('a click without moving edits nothing', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes, inputs } = recordEvents(el);
    const dot = active(el).getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(dot.left + dot.width / 2), Math.round(dot.top + dot.height / 2)],
    });
    await el.updateComplete;
    expect(inputs.length + changes.length).to.equal(0);
  });
});

describe('<emotion-curve editable>: undo and redo', () => {
  it('Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y keep focus on the edited point and fire journey-change', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await until(() => focusedInside(el) === active(el), 'focus on the point');
    const edited = el.journey as Journey;
    expect(el.canUndo).to.equal(true);
    await chord('Control', 'z');
    await el.updateComplete;
    expect(el.journey).to.deep.equal(journey);
    expect(el.canRedo).to.equal(true);
    await until(() => focusedInside(el) === active(el), 'focus kept after undo');
    expect(region(el).textContent).to.match(/^Undone: /);
    await chord('Control', 'Shift', 'Z');
    await el.updateComplete;
    expect(el.journey).to.deep.equal(edited);
    await chord('Control', 'z');
    await chord('Control', 'y');
    await el.updateComplete;
    expect(el.journey).to.deep.equal(edited);
    await until(() => focusedInside(el) === active(el), 'focus kept after redo');
    // Edit, undo, redo, undo, redo: five changes, each patch from the journey before it.
    expect(changes.length).to.equal(5);
    let before = journey;
    for (const change of changes) {
      checkPatch(before, change);
      before = change.detail.journey;
    }
  });

  it('undo() and redo() as methods; false with nothing to do', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    expect(el.undo()).to.equal(false);
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.undo()).to.equal(true);
    await el.updateComplete;
    expect(el.journey).to.deep.equal(journey);
    expect(el.redo()).to.equal(true);
    expect(el.redo()).to.equal(false);
  });

  it('is axe clean in edit mode with the emotion editor open', async () => {
    const el = await editableCurve(journey, { lang: 'en' });
    await openEditorOnFirstPoint(el);
    await expect(el).to.be.accessible();
  });
});

describe('<emotion-curve editable>: nothing lost', () => {
  // Before each as well: an element removed after the test before writes its pending draft then.
  beforeEach(() => localStorage.removeItem('curve-draft-test'));
  afterEach(() => localStorage.removeItem('curve-draft-test'));

  it('offerTheirs: keep mine keeps the edits; load theirs replaces them with one journey-change', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en' });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const mine = el.journey as Journey;
    const theirs = { ...structuredClone(mortgage), title: 'Their title' };
    // The offer resolves to the user's answer, so a page knows what to save.
    const first = el.offerTheirs(theirs, 'Saving failed: the journey changed on the server.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    const notice = () => root(el).querySelector<HTMLElement>('[part="edit-notice"]');
    expect(notice()!.textContent).to.contain('Saving failed');
    const button = (text: string) => [...notice()!.querySelectorAll('button')].find((b) => b.textContent === text)!;
    button('Keep mine').click();
    expect(await first).to.equal('mine');
    await el.updateComplete;
    expect(notice()).to.equal(null);
    expect(el.journey).to.equal(mine);
    const second = el.offerTheirs(theirs);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    button('Load theirs').click();
    expect(await second).to.equal('theirs');
    await el.updateComplete;
    expect((el.journey as Journey).title).to.equal('Their title');
    expect(changes.length).to.equal(2);
    checkPatch(mine, changes[1]!);
    expect(await el.offerTheirs({ version: 1 })).to.equal(false);
  });

  it('a draft that differs from the journey is offered: restore', async () => {
    const draft = { ...structuredClone(mortgage), title: 'Drafted title' };
    localStorage.setItem(
      'curve-draft-test',
      JSON.stringify({ format: 'klantreis-draft', savedAt: '2026-12-01T10:00:00.000Z', journey: draft }),
    );
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en', 'draft-key': 'curve-draft-test' });
    await until(() => !!root(el).querySelector('[part="edit-notice"]'), 'the draft notice');
    const notice = root(el).querySelector<HTMLElement>('[part="edit-notice"]')!;
    expect(notice.textContent).to.contain('A draft of this journey');
    [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Restore draft')!.click();
    await el.updateComplete;
    expect((el.journey as Journey).title).to.equal('Drafted title');
  });

  it('keeps edits as a draft, and says so in place when the storage is full', async () => {
    const el = await editableCurve(journey, { persona: 'starter', lang: 'en', 'draft-key': 'curve-draft-test' });
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    const kept = () => JSON.parse(localStorage.getItem('curve-draft-test') ?? 'null') as { journey: Journey } | null;
    await until(() => kept() !== null && scoreOf(kept()!.journey, first.id, 'starter') === -5, 'the draft');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await chord('Control', 'z');
      await until(() => !!root(el).querySelector('[part="edit-notice"]'), 'the storage notice');
      expect(root(el).querySelector('[part="edit-notice"]')!.textContent).to.contain('storage is full');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with src and refresh, a changed source during editing is offered, not applied', async () => {
    const key = `edit-${Math.random().toString(36).slice(2)}`;
    const el = await editableCurve(undefined, {
      src: `/__test__/nps-live.json?key=${key}`,
      refresh: '0.2',
      lang: 'en',
    });
    const { changes } = recordEvents(el);
    await openEditorOnFirstPoint(el);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    const mine = el.journey;
    await fetch(`/__test__/nps-live/advance?key=${key}`, { method: 'POST' });
    await until(() => !!root(el).querySelector('[part="edit-notice"]'), 'the changed-source notice');
    const notice = root(el).querySelector<HTMLElement>('[part="edit-notice"]')!;
    expect(notice.textContent).to.contain('The source changed since you started editing.');
    expect(el.journey).to.equal(mine);
    [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Load theirs')!.click();
    await el.updateComplete;
    expect(el.journey).to.equal(undefined);
    await until(
      () =>
        (el as unknown as { source: { journey?: Journey } }).source.journey?.touchpoints[1]?.nps !== undefined &&
        root(el).querySelector('[part="edit-notice"]') === null,
      'the source again',
    );
  });
});
