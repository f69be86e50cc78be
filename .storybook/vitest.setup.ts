// Story tests (addon-vitest): since Storybook 10.3 the addon applies the project's and the addons'
// preview annotations itself (a11y included), so this file only adds our own rule.
import { afterEach, beforeEach, expect, vi } from 'vitest';

// A story that logs a console error fails, like a render error or an axe violation does.
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  // Restore before asserting: a failed assertion must not leave the spy (and its calls) on the
  // next story.
  const calls = consoleError.mock.calls.map((args) => args.map(String).join(' '));
  consoleError.mockRestore();
  expect(calls, 'console.error was called').toEqual([]);
});
