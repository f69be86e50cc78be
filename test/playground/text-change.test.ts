// The smallest change between two texts (stories/playground/text-change.ts), which keeps the
// playground editor's cursor in place when an edit on the map rewrites the JSON.
import { expect } from '@open-wc/testing';
import { textChange } from '../../stories/playground/text-change.js';

describe('textChange', () => {
  const cases: [string, string, string, ReturnType<typeof textChange>][] = [
    ['equal texts', 'abc', 'abc', null],
    // "score": 2 → 3: the common start is `"score": ` (9 characters), the common end is empty.
    ['one value', '"score": 2', '"score": 3', { from: 9, to: 10, insert: '3' }],
    // "+2" → "+2.5": start "+2" (2), nothing in common at the end → insert ".5" at 2.
    ['an insertion', '+2', '+2.5', { from: 2, to: 2, insert: '.5' }],
    // "a, b, c" → "a, c": start "a, " (3); end ", c"? the end may not overlap the start: room is
    // min(7, 4) − 3 = 1, so only "c" (1) is common at the end → replace 3…6 ("b, ") with "".
    ['a deletion', 'a, b, c', 'a, c', { from: 3, to: 6, insert: '' }],
    // "aaa" → "aa": start "aa" (2), room 0 → delete 2…3.
    ['repeated characters', 'aaa', 'aa', { from: 2, to: 3, insert: '' }],
    ['from nothing', '', 'x', { from: 0, to: 0, insert: 'x' }],
    // "😀" is \ud83d\ude00 and "😃" \ud83d\ude03: the same first half is not kept alone.
    ['a surrogate pair', 'a😀b', 'a😃b', { from: 1, to: 3, insert: '😃' }],
  ];
  for (const [name, before, after, expected] of cases) {
    it(name, () => {
      const change = textChange(before, after);
      expect(change).to.deep.equal(expected);
      if (change) {
        expect(before.slice(0, change.from) + change.insert + before.slice(change.to)).to.equal(after);
      }
    });
  }
});
