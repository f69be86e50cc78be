/**
 * The order of free-text period labels, oldest first, from lists that are each oldest first per
 * persona (one list per touchpoint: its NPS measurements or its emotion findings). Periods that
 * no list orders stay in first-seen order; contradicting lists fall back to first-seen order
 * for the periods they disagree on.
 */
export function orderPeriods(
  groups: Iterable<readonly { readonly persona?: string | undefined; readonly period?: string | undefined }[]>,
): string[] {
  const rank = new Map<string, number>();
  const seen: string[] = [];
  const later = new Map<string, Set<string>>();
  const earlierCount = new Map<string, number>();
  for (const all of groups) {
    const previous = new Map<string | undefined, string>();
    for (const n of all) {
      if (n.period === undefined) continue;
      if (!rank.has(n.period)) {
        rank.set(n.period, seen.length);
        seen.push(n.period);
        earlierCount.set(n.period, 0);
      }
      const before = previous.get(n.persona);
      if (before !== undefined && before !== n.period) {
        const next = later.get(before) ?? new Set<string>();
        if (!next.has(n.period)) {
          next.add(n.period);
          later.set(before, next);
          earlierCount.set(n.period, earlierCount.get(n.period)! + 1);
        }
      }
      previous.set(n.persona, n.period);
    }
  }
  // Kahn's topological sort, always taking the earliest-seen period that is ready (a min-heap on rank).
  const heap: number[] = [];
  const push = (r: number) => {
    heap.push(r);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= heap[i]!) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]! < heap[m]!) m = l;
        if (r < heap.length && heap[r]! < heap[m]!) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  const queued = new Array<boolean>(seen.length).fill(false);
  const enqueue = (r: number) => {
    if (queued[r]) return;
    queued[r] = true;
    push(r);
  };
  seen.forEach((period, r) => {
    if (earlierCount.get(period) === 0) enqueue(r);
  });
  const ordered: string[] = [];
  let fallback = 0;
  while (ordered.length < seen.length) {
    if (heap.length === 0) {
      // Only a cycle is left: release the earliest-seen period that is still waiting.
      while (queued[fallback]) fallback += 1;
      enqueue(fallback);
    }
    const period = seen[pop()]!;
    ordered.push(period);
    for (const next of later.get(period) ?? []) {
      const remaining = earlierCount.get(next)! - 1;
      earlierCount.set(next, remaining);
      if (remaining <= 0) enqueue(rank.get(next)!);
    }
  }
  return ordered;
}
