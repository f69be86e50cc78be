/**
 * Cross-reference rules that a schema cannot express: unique ids (naming both paths) and
 * every reference resolving (phase, persona, channel, source, transition ends, owners and
 * the touchpoints of actions).
 * Runs on the snapshot even when its shape is partly wrong, so all issues come at once.
 */
import { isWellKnownChannel } from './channels.js';
import { type JourneyIssue, type PathSegment, formatPath } from './issues.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Collects the ids of a list, reporting duplicates with both paths. */
function collectIds(list: unknown[], base: PathSegment[], what: string, issues: JourneyIssue[]): Set<string> {
  const firstAt = new Map<string, string>();
  list.forEach((item, index) => {
    const id = isObj(item) ? str(item.id) : undefined;
    if (id === undefined) return;
    const path = formatPath([...base, index]);
    const earlier = firstAt.get(id);
    if (earlier !== undefined) {
      issues.push({
        path: `${path}.id`,
        code: 'duplicate_id',
        message: `duplicate ${what} id "${id}": also used at ${earlier}.id`,
      });
    } else firstAt.set(id, path);
  });
  return new Set(firstAt.keys());
}

/** Every reference issue and duplicate id in a journey-shaped value. */
export function referenceIssues(doc: unknown): JourneyIssue[] {
  const issues: JourneyIssue[] = [];
  if (!isObj(doc)) return issues;
  const personas = collectIds(arr(doc.personas), ['personas'], 'persona', issues);
  const channels = collectIds(arr(doc.channels), ['channels'], 'channel', issues);
  const phases = collectIds(arr(doc.phases), ['phases'], 'phase', issues);
  const sources = collectIds(arr(doc.sources), ['sources'], 'source', issues);
  const touchpoints = collectIds(arr(doc.touchpoints), ['touchpoints'], 'touchpoint', issues);
  const owners = collectIds(arr(doc.owners), ['owners'], 'owner', issues);

  const check = (
    value: unknown,
    path: PathSegment[],
    known: Set<string>,
    what: string,
    extra?: (id: string) => boolean,
  ) => {
    const id = str(value);
    if (id === undefined || known.has(id) || extra?.(id)) return;
    issues.push({ path: formatPath(path), code: 'unknown_reference', message: `unknown ${what} "${id}"` });
  };

  arr(doc.touchpoints).forEach((tp, t) => {
    if (!isObj(tp)) return;
    const at = (...rest: PathSegment[]) => ['touchpoints', t, ...rest];
    check(tp.phase, at('phase'), phases, 'phase');
    check(tp.channel, at('channel'), channels, 'channel', isWellKnownChannel);
    arr(tp.emotions).forEach((e, i) => {
      if (!isObj(e)) return;
      check(e.persona, at('emotions', i, 'persona'), personas, 'persona');
      check(e.source, at('emotions', i, 'source'), sources, 'source');
    });
    arr(tp.quotes).forEach((q, i) => {
      if (!isObj(q)) return;
      check(q.persona, at('quotes', i, 'persona'), personas, 'persona');
      check(q.source, at('quotes', i, 'source'), sources, 'source');
    });
    collectIds(arr(tp.processes), at('processes'), 'process', issues);
    arr(tp.processes).forEach((p, i) => {
      if (!isObj(p)) return;
      check(p.owner, at('processes', i, 'owner'), owners, 'owner');
      check(p.source, at('processes', i, 'source'), sources, 'source');
    });
    collectIds(arr(tp.metrics), at('metrics'), 'metric', issues);
    arr(tp.metrics).forEach((m, i) => {
      if (isObj(m)) check(m.source, at('metrics', i, 'source'), sources, 'source');
    });
    const npsList = Array.isArray(tp.nps)
      ? tp.nps.map((n, i) => [n, at('nps', i)] as const)
      : [[tp.nps, at('nps')] as const];
    for (const [nps, path] of npsList) {
      if (!isObj(nps)) continue;
      check(nps.persona, [...path, 'persona'], personas, 'persona');
      check(nps.source, [...path, 'source'], sources, 'source');
    }
  });
  arr(doc.transitions).forEach((tr, i) => {
    if (!isObj(tr)) return;
    check(tr.from, ['transitions', i, 'from'], touchpoints, 'touchpoint');
    check(tr.to, ['transitions', i, 'to'], touchpoints, 'touchpoint');
  });
  collectIds(arr(doc.actions), ['actions'], 'action', issues);
  arr(doc.actions).forEach((action, i) => {
    if (!isObj(action)) return;
    arr(action.touchpoints).forEach((tp, k) => check(tp, ['actions', i, 'touchpoints', k], touchpoints, 'touchpoint'));
    check(action.owner, ['actions', i, 'owner'], owners, 'owner');
    if (isObj(action.expect)) check(action.expect.persona, ['actions', i, 'expect', 'persona'], personas, 'persona');
  });
  return issues;
}
