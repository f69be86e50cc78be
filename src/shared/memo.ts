/**
 * One memo idiom for derived state: a value kept while its inputs are the same (compared item by
 * item with ===), recomputed when any of them changed. An element re-renders on hover, focus and
 * scroll; what it derives from the journey, the width or the locale should not be derived again.
 */
export class Memo<T> {
  #deps: readonly unknown[] | undefined;
  #value: T | undefined;

  /** The value for `deps`, computed by `compute` only when they differ from the last call's. */
  get(deps: readonly unknown[], compute: () => T): T {
    const last = this.#deps;
    if (!last || deps.length !== last.length || deps.some((dep, i) => dep !== last[i])) {
      this.#value = compute();
      this.#deps = deps;
    }
    return this.#value as T;
  }

  /** Forgets the value: the next `get` computes again (after a failure, or inputs read elsewhere). */
  clear(): void {
    this.#deps = undefined;
    this.#value = undefined;
  }
}
