/**
 * History: undo and redo, at least 200 steps, a drag as one step, Escape back to where a
 * gesture started, and labels of undo and redo in the chosen language.
 */
import { expect } from '@open-wc/testing';
import { History, isRefusal } from '../../src/editing/index.js';
import { applyWithLibrary, mortgage, plain } from './helpers.js';

const mover = (score: number) => ({ type: 'emotion.set', touchpoint: 'advice', persona: 'mover', score }) as const;
const moverScore = (history: History) => history.journey.touchpoints[2]!.emotions![1]!.score;

describe('History', () => {
  it('starts with nothing to undo or redo', () => {
    const history = new History(mortgage());
    expect(history.canUndo).to.equal(false);
    expect(history.canRedo).to.equal(false);
    expect(history.undo()).to.equal(null);
    expect(history.redo()).to.equal(null);
  });

  it('undoes and redoes an edit with labels in the chosen language', () => {
    const start = mortgage();
    const history = new History(start, { locale: 'nl-NL' });
    const edit = history.edit(mover(3));
    if (isRefusal(edit)) throw new Error(edit.refused);
    expect(history.canUndo).to.equal(true);
    const undone = history.undo()!;
    expect(undone.label).to.equal('Ongedaan gemaakt: Emotie van Doorstromer bij Adviesgesprek: +2 → +3');
    expect(undone.patch).to.deep.equal(edit.inverse);
    expect(plain(undone.journey)).to.deep.equal(plain(start));
    expect(history.canRedo).to.equal(true);
    const redone = history.redo()!;
    expect(redone.label).to.equal('Opnieuw gedaan: Emotie van Doorstromer bij Adviesgesprek: +2 → +3');
    expect(moverScore(history)).to.equal(3);
    expect(applyWithLibrary(undone.journey, redone.patch)).to.deep.equal(plain(redone.journey));
  });

  it('keeps 200 steps by default: the 201st edit drops the oldest', () => {
    const start = mortgage();
    const history = new History(start);
    // 201 edits alternate between −1 and +1, so each one changes something.
    for (let i = 0; i < 201; i += 1) history.edit(mover(i % 2 === 0 ? -1 : 1));
    expect(history.undoSize).to.equal(200);
    let undos = 0;
    while (history.undo()) undos += 1;
    expect(undos).to.equal(200);
    // The oldest step (+2 → −1) is gone, so undoing all of it ends at −1, not at the start's +2.
    expect(moverScore(history)).to.equal(-1);
  });

  it('keeps more when told', () => {
    const history = new History(mortgage(), { limit: 500 });
    for (let i = 0; i < 300; i += 1) history.edit(mover(i % 2 === 0 ? -1 : 1));
    expect(history.undoSize).to.equal(300);
  });

  it('a new edit after an undo clears redo', () => {
    const history = new History(mortgage());
    history.edit(mover(3));
    history.undo();
    history.edit(mover(4));
    expect(history.canRedo).to.equal(false);
  });

  it('a refused edit and an edit that changes nothing add no step', () => {
    const history = new History(mortgage());
    const refused = history.edit(mover(9));
    expect(isRefusal(refused)).to.equal(true);
    history.edit(mover(2)); // already +2
    expect(history.canUndo).to.equal(false);
  });

  it('a drag is one step: inputs move the journey, the commit labels start → end', () => {
    const start = mortgage();
    const history = new History(start);
    for (const score of [2.5, 3, 3.5, 4]) {
      const input = history.input(mover(score));
      if (isRefusal(input)) throw new Error(input.refused);
      expect(moverScore(history)).to.equal(score);
      // Each input's patch goes from where the drag started.
      expect(applyWithLibrary(start, input.patch)).to.deep.equal(plain(input.journey));
    }
    expect(history.inGesture).to.equal(true);
    const step = history.commitInput()!;
    expect(step.label).to.equal('Emotion of Doorstromer at Adviesgesprek: +2 → +4');
    expect(step.patch).to.deep.equal([{ op: 'replace', path: '/touchpoints/2/emotions/1/score', value: 4 }]);
    expect(history.undoSize).to.equal(1);
    history.undo();
    expect(plain(history.journey)).to.deep.equal(plain(start));
  });

  it('a refused input leaves the drag where it was', () => {
    const history = new History(mortgage());
    history.input(mover(3));
    expect(isRefusal(history.input(mover(5.5)))).to.equal(true);
    expect(moverScore(history)).to.equal(3);
  });

  it('Escape ends a drag back where it started, with no step', () => {
    const start = mortgage();
    const history = new History(start);
    history.input(mover(4));
    history.input(mover(5));
    const during = history.journey;
    const back = history.cancelInput()!;
    expect(back.journey).to.equal(start);
    // Its patch takes the journey mid-drag (+5) back to the start (+2).
    expect(applyWithLibrary(during, back.patch)).to.deep.equal(plain(start));
    expect(history.journey).to.equal(start);
    expect(history.canUndo).to.equal(false);
    expect(history.inGesture).to.equal(false);
  });

  it('a drag that ends where it started adds no step', () => {
    const history = new History(mortgage());
    history.input(mover(4));
    history.input(mover(2));
    expect(history.commitInput()).to.equal(null);
    expect(history.canUndo).to.equal(false);
  });

  it('an edit during a drag commits the drag first', () => {
    const history = new History(mortgage());
    history.input(mover(4));
    history.edit({ type: 'journey.text', field: 'title', value: 'Nieuw' });
    expect(history.undoSize).to.equal(2);
    history.undo();
    expect(moverScore(history)).to.equal(4);
  });

  it('reset starts over', () => {
    const history = new History(mortgage());
    history.edit(mover(4));
    const other = mortgage();
    history.reset(other);
    expect(history.journey).to.equal(other);
    expect(history.canUndo).to.equal(false);
  });
});
