import { expect } from '@open-wc/testing';
import { mineCsv, mineInWorker, type MiningColumns } from '../../src/mining/index.js';

const columns: MiningColumns = {
  case: 'case',
  activity: 'activity',
  time: 'time',
  channel: 'channel',
  persona: 'persona',
  emotion: 'emotion',
  nps: 'nps',
  period: 'period',
};
const worker = () => new URL('../../src/mining/mine-worker.ts', import.meta.url);

describe('mineInWorker', () => {
  let csv: string;
  before(async () => {
    csv = await (await fetch(new URL('../fixtures/events/mortgage-events.csv', import.meta.url))).text();
  });

  it('mines a File in a worker, with the same result as on the page', async () => {
    const file = new File([csv], 'events.csv', { type: 'text/csv' });
    const inWorker = await mineInWorker(file, columns, { worker: worker(), title: 'Hypotheek' });
    const here = mineCsv(csv, columns, { title: 'Hypotheek' });
    expect(inWorker.ok).to.equal(true);
    expect(JSON.stringify(inWorker)).to.equal(JSON.stringify(here));
    expect(inWorker.ok && Object.isFrozen(inWorker.journey)).to.equal(true);
  });

  it('mines owners, processes and handovers in a worker as on the page', async () => {
    const claims = await (await fetch(new URL('../fixtures/events/claims-owners.csv', import.meta.url))).text();
    const owned: MiningColumns = { case: 'case', activity: 'activity', time: 'time', owner: 'owner', layer: 'layer' };
    const inWorker = await mineInWorker(new File([claims], 'claims.csv'), owned, { worker: worker() });
    expect(JSON.stringify(inWorker)).to.equal(JSON.stringify(mineCsv(claims, owned)));
    // 4 cases: k1 2 handovers, k2 2, k3 3, k4 1 (its first event has no owner) = 8 moves.
    const handovers = inWorker.ok ? inWorker.journey.transitions!.filter((t) => t.label?.startsWith('handover: ')) : [];
    expect(handovers.reduce((sum, t) => sum + t.count, 0)).to.equal(8);
    expect(inWorker.ok && inWorker.journey.owners?.map((o) => o.id)).to.deep.equal([
      'claims',
      'contact-centre',
      'finance',
      'intake',
      'partner-medcheck',
    ]);
  });

  it('mines rows and reports errors as results', async () => {
    const rows = [
      { case: 'a', activity: 'Start', time: new Date('2026-01-01T00:00:00Z') },
      { case: 'a', activity: 'End', time: '2026-01-01 01:00' },
    ];
    const ok = await mineInWorker(rows, { case: 'case', activity: 'activity', time: 'time' }, { worker: worker() });
    expect(ok.ok && ok.journey.transitions?.map((t) => [t.from, t.to, t.count])).to.deep.equal([
      ['start', 'end', 1],
      ['end', null, 1],
    ]);
    const bad = await mineInWorker(rows, { case: 'case', activity: 'activity', time: 'when' }, { worker: worker() });
    expect(!bad.ok && bad.errors[0]!.message).to.match(/no column "when"/);
  });

  it('uses a million-event-ready path: 20 000 generated events', async () => {
    const lines = ['case,activity,time,channel'];
    for (let i = 0; i < 20_000; i += 1) {
      const c = Math.floor(i / 10);
      lines.push(`c${c},Step ${i % 10},2026-01-01 ${String(i % 10).padStart(2, '0')}:00,${i % 3 ? 'web' : 'app'}`);
    }
    const result = await mineInWorker(
      lines.join('\n'),
      { case: 'case', activity: 'activity', time: 'time', channel: 'channel' },
      { worker: worker() },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.stats).to.deep.include({ cases: 2000, events: 20_000, skipped: 0, touchpoints: 10 });
    const pairs = new Set(result.journey.transitions?.map((t) => `${t.from} > ${t.to}`));
    expect(pairs.size).to.equal(10); // Step 0 > 1 > … > 9 > end
    expect(result.journey.transitions?.reduce((sum, t) => sum + t.count, 0)).to.equal(20_000);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const pending = mineInWorker(csv, columns, { worker: worker(), signal: controller.signal });
    controller.abort(new Error('stopped'));
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('stopped');
  });
});

describe('mineInWorker from the built package', () => {
  it('starts dist/mine-worker.js next to dist/mining.js by default', async function () {
    const built = new URL('../../dist/mining.js', import.meta.url).href;
    if (!(await fetch(built, { method: 'HEAD' })).ok) this.skip(); // dist/ not built in this run
    const mining = (await import(/* @vite-ignore */ built)) as typeof import('../../src/mining/index.js');
    const result = await mining.mineInWorker('c,a,t\n1,Start,2026-01-01\n1,End,2026-01-02\n', {
      case: 'c',
      activity: 'a',
      time: 't',
    });
    expect(result.ok && result.journey.touchpoints.map((t) => t.duration)).to.deep.equal(['P1D', undefined]);
  });
});
