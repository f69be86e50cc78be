import { expect } from '@open-wc/testing';
import { parseJourney } from '../../src/model/index.js';
import { validateTouchpoint } from '../../src/model/touchpoint.js';
import type { Journey } from '../../src/model/types.js';
import mortgage from '../fixtures/mortgage-nl.json';

function parsed(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.journey;
}

describe('validateTouchpoint (model/touchpoint.ts)', () => {
  const journey = parsed(mortgage);
  const base = { id: 'own', phase: journey.phases[0]!.id, label: 'Own touchpoint' };

  it('accepts a touchpoint in the context of its journey, resolving against its phases and personas', () => {
    const persona = journey.personas![0]!.id;
    const result = validateTouchpoint({ ...base, emotions: [{ persona, score: 2 }] }, journey);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.touchpoint.id).to.equal('own');
    expect(result.journey.personas!.map((p) => p.id)).to.deep.equal(journey.personas!.map((p) => p.id));
  });

  it('accepts a touchpoint on its own: each id it refers to gets a stand-in named by that id', () => {
    const result = validateTouchpoint(
      { id: 'x', phase: 'apply', label: 'Apply', channel: 'kiosk', emotions: [{ persona: 'mover', score: -1 }] },
      undefined,
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.journey.phases).to.deep.equal([{ id: 'apply', label: 'apply' }]);
    expect(result.journey.personas!.map((p) => [p.id, p.name])).to.deep.equal([['mover', 'mover']]);
    expect(result.journey.channels!.map((c) => [c.id, c.label])).to.deep.equal([['kiosk', 'kiosk']]);
  });

  // Each row: the touchpoint, the context, the failure code and the paths of its issues (re-pathed to `touchpoint…`).
  const failures: [string, unknown, Journey | undefined, string, string[]][] = [
    [
      'a score out of range',
      { ...base, emotions: [{ score: 9 }] },
      journey,
      'VALIDATION',
      ['touchpoint.emotions[0].score'],
    ],
    ['a phase the journey lacks', { ...base, phase: 'nowhere' }, journey, 'VALIDATION', ['touchpoint.phase']],
    ['no label, on its own', { id: 'y', phase: 'p' }, undefined, 'VALIDATION', ['touchpoint.label']],
    ['not an object', 'advice', journey, 'VALIDATION', ['touchpoint']],
  ];
  for (const [name, input, context, code, paths] of failures) {
    it(`rejects ${name}, naming ${paths.join(', ')}`, () => {
      const result = validateTouchpoint(input, context);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.failure.code).to.equal(code);
      expect(result.failure.issues.map((i) => i.path)).to.deep.equal(paths);
      expect(result.failure.message).to.match(/^The touchpoint is not valid: /);
    });
  }
});
