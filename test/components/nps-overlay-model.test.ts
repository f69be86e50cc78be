// The overlay's pure modules: rows and words (rows.ts, describe.ts), the keyboard's grid (the
// rows' grid shape walked by the shared RovingGridController) and the track's geometry
// (track-layout.ts), with hand-computed expectations.
import { expect } from '@open-wc/testing';
import { type ColumnLayout, columnLayout } from '../../src/layout/columns.js';
import { parseJourney } from '../../src/model/parse.js';
import type { Journey } from '../../src/model/types.js';
import { Localizer } from '../../src/shared/i18n/localizer.js';
import { measurementText, personaName, summaryText } from '../../src/components/nps-overlay/describe.js';
import { RovingGridController } from '../../src/shared/controllers/roving-grid.js';
import type { GridShape } from '../../src/shared/grid-keys.js';
import {
  NO_ROWS,
  isBandStart,
  keepTabStop,
  npsRows,
  personaFilter,
  phaseAt,
} from '../../src/components/nps-overlay/rows.js';
import { columnsOf, onTrack, trackLayout } from '../../src/components/nps-overlay/track-layout.js';
import { sameLayout } from '../../src/layout/columns.js';

const en = new Localizer('en');

/** Two phases in three runs (Orient, Buy, Orient again); NPS on three of four touchpoints. */
function journey(): Journey {
  const result = parseJourney({
    version: 1,
    id: 'nps-rows',
    title: 'NPS rows',
    personas: [{ id: 'starter', name: 'Starter' }],
    phases: [
      { id: 'orient', label: 'Orient' },
      { id: 'buy', label: 'Buy' },
    ],
    touchpoints: [
      { id: 't1', phase: 'orient', label: 'Compare' },
      // (60 − 20) / 100 = +40, under the target of 50.
      { id: 't2', phase: 'orient', label: 'Advice', nps: { promoters: 60, passives: 20, detractors: 20, target: 50 } },
      // (10 − 30) / 50 = −40, no target.
      { id: 't3', phase: 'buy', label: 'Sign', nps: { promoters: 10, passives: 10, detractors: 30 } },
      // (5 − 0) / 5 = +100, 5 responses: a small sample (under 30).
      { id: 't4', phase: 'orient', label: 'Move', nps: { promoters: 5, passives: 0, detractors: 0 } },
    ],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.journey;
}

describe('nps-overlay rows.ts', () => {
  const data = npsRows(journey(), { persona: 'all', period: null, localizer: en });

  it('derives one row per touchpoint, with its score, target state and whether it is measured', () => {
    expect(data.rows.map((r) => [r.touchpoint.id, r.measured, r.score, r.offTarget])).to.deep.equal([
      ['t1', false, null, false],
      ['t2', true, 40, true],
      ['t3', true, -40, false],
      ['t4', true, 100, false],
    ]);
    expect(data.measured.map((r) => r.touchpoint.id)).to.deep.equal(['t2', 't3', 't4']);
    expect(data.byId.get('t3')?.index).to.equal(2);
    expect(data.rows[3]!.current?.smallSample).to.equal(true);
  });

  it('bands the phases as runs, each with its first measured touchpoint', () => {
    expect(data.phases).to.deep.equal([
      { label: 'Orient', first: 0, last: 1, firstMeasured: 't2' },
      { label: 'Buy', first: 2, last: 2, firstMeasured: 't3' },
      { label: 'Orient', first: 3, last: 3, firstMeasured: 't4' },
    ]);
    expect(data.rows.map((r) => isBandStart(data.rows, r))).to.deep.equal([true, false, true, true]);
    // Row 1 is in the first run, row 3 in the third; a row past the end falls back to the first phase.
    expect([phaseAt(data.phases, 1), phaseAt(data.phases, 3), phaseAt(data.phases, 9)]).to.deep.equal([0, 2, 0]);
  });

  it('names each touchpoint with everything drawn', () => {
    const name = data.byId.get('t2')!.name;
    expect(name).to.contain('Advice');
    expect(name).to.contain('+40: 60% promoters, 20% passives, 20% detractors, 100 responses, target +50 missed');
    expect(data.byId.get('t1')!.name).to.contain('no NPS measured');
  });

  const [t2, t3, t4] = ['t2', 't3', 't4'].map((id) => data.byId.get(id)!);
  const cases: [string, string | null, typeof data.measured, typeof data.measured, string | null][] = [
    ['keeps a touchpoint that is still measured', 't3', [t2!, t3!, t4!], [t2!, t3!, t4!], 't3'],
    ['takes the same position when it is gone (t3 was 2nd: t4 is 2nd now)', 't3', [t2!, t3!, t4!], [t2!, t4!], 't4'],
    ['takes the last when fewer remain (t4 was 3rd of 3, now 1)', 't4', [t2!, t3!, t4!], [t2!], 't2'],
    ['starts on the first', null, [], [t2!, t3!], 't2'],
    ['has none without measured touchpoints', 't2', [t2!], [], null],
  ];
  for (const [what, active, before, after, expected] of cases) {
    it(`keepTabStop ${what}`, () => expect(keepTabStop(active, before, after)).to.equal(expected));
  }

  it('filters by persona only for a persona id', () => {
    expect([personaFilter('all'), personaFilter(''), personaFilter('starter')]).to.deep.equal([null, null, 'starter']);
    expect(NO_ROWS.rows).to.deep.equal([]);
  });
});

describe('nps-overlay describe.ts', () => {
  const j = journey();
  const data = npsRows(j, { persona: 'all', period: null, localizer: en });

  it('summarises the figure: measured, off target, lowest and highest', () => {
    expect(summaryText(data, en)).to.equal(
      // Adjusted Wald (n′ = n + 3), z = 1.96. Sign: 10/10/30 → p′ = 10.75/53, d′ = 30.75/53, NPS′ = −0.3774,
      // Var = (0.7830 − 0.1424)/53 = 0.012087, ±1.96 · 0.10994 = ±0.2155 → −59 … −16.
      // Move: 5/0/0 → p′ = 5.75/8, d′ = 0.75/8, NPS′ = 0.625, Var = (0.8125 − 0.3906)/8 = 0.052734,
      // ±1.96 · 0.22964 = ±0.4501 → +17 … +108, clipped to +100.
      'NPS at 3 of 4 touchpoints; 1 below target. Lowest Sign (\u221240; 95%: \u221259 to \u221216); ' +
        'highest Move (+100; 95%: +17 to +100).',
    );
  });

  it('says a measurement, no data and not measured', () => {
    expect(measurementText(data.byId.get('t4')!, en, null)).to.equal(
      '+100: 100% promoters, 0% passives, 0% detractors, 5 responses, small sample, 95% interval +17 to +100',
    );
    expect(measurementText(data.byId.get('t1')!, en, null)).to.equal('no NPS measured');
    // A period without answers: measured, but no data in it.
    const q1 = npsRows(j, { persona: 'all', period: '2020-Q1', localizer: en });
    expect(measurementText(q1.byId.get('t2')!, en, '2020-Q1')).to.equal('no data in 2020-Q1');
  });

  it('names the persona, or its id when the journey does not', () => {
    expect([personaName(j, 'all'), personaName(j, 'starter'), personaName(j, 'mover')]).to.deep.equal([
      undefined,
      'Starter',
      'mover',
    ]);
  });
});

describe('nps-overlay keyboard (the shared roving grid over the rows)', () => {
  it('shapes one lane of the measured touchpoints; a phase starts at its first measured one', () => {
    const data = npsRows(journey(), { persona: 'all', period: null, localizer: en });
    // Measured: t2, t3, t4 → columns 0, 1, 2. Runs: Orient [t1, t2] (first measured t2 = column 0),
    // Buy [t3] (column 1), Orient again [t4] (column 2).
    expect(data.grid).to.deep.equal({ columns: 3, lanes: 1, bandStarts: [0, 1, 2] });
    expect(data.gridPhases).to.deep.equal([0, 1, 2]);
    expect(NO_ROWS.grid).to.deep.equal({ columns: 0, lanes: 1, bandStarts: [] });
  });

  it('skips a phase without NPS: it is no keyboard stop', () => {
    const j = journey();
    const gappy = { ...j, touchpoints: j.touchpoints.filter((t) => t.id !== 't3') };
    const data = npsRows(gappy, { persona: 'all', period: null, localizer: en });
    // Rows t1, t2, t4: runs Orient [t1, t2, t4] — one phase, starting at column 0 (t2).
    expect(data.grid).to.deep.equal({ columns: 2, lanes: 1, bandStarts: [0] });
    const withEmptyPhase = {
      ...j,
      touchpoints: j.touchpoints.map((t) => (t.id === 't3' ? { id: t.id, phase: t.phase, label: t.label } : t)),
    };
    const runs = npsRows(withEmptyPhase as Journey, { persona: 'all', period: null, localizer: en });
    // Runs Orient [t1, t2], Buy [t3] (no NPS), Orient [t4]: phases 0 and 2 are stops, at columns 0 and 1.
    expect(runs.phases.map((p) => p.firstMeasured)).to.deep.equal(['t2', null, 't4']);
    expect(runs.grid.bandStarts).to.deep.equal([0, 1]);
    expect(runs.gridPhases).to.deep.equal([0, 2]);
  });

  // Five measured touchpoints in three phases: a = [p0, p1], b = [p2, p3], c = [p4].
  const shape: GridShape = { columns: 5, lanes: 1, bandStarts: [0, 2, 4] };
  /** A grid on a real element (for the reading direction) that records its moves; no render. */
  function grid(options: { vertical?: boolean; rtl?: boolean; columns?: number } = {}) {
    const host = document.createElement('div') as HTMLDivElement & {
      addController(): void;
      requestUpdate(): void;
    };
    host.addController = () => undefined;
    host.requestUpdate = () => undefined;
    if (options.rtl) host.dir = 'rtl';
    document.body.append(host);
    const opened: number[] = [];
    const controller = new RovingGridController(host as never, {
      shape: () => ({ ...shape, columns: options.columns ?? shape.columns }),
      vertical: () => options.vertical ?? false,
      verticalPhases: true,
      target: () => null,
      onActivate: (at) => opened.push(at.column),
    });
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, cancelable: true });
      controller.onKeyDown(event);
      return event.defaultPrevented;
    };
    return { host, controller, press, opened };
  }

  const cases: [string, string, number, { vertical?: boolean; rtl?: boolean }, number][] = [
    ['Right steps on', 'ArrowRight', 1, {}, 2],
    ['Left steps back', 'ArrowLeft', 1, {}, 0],
    ['Right in right-to-left steps back', 'ArrowRight', 1, { rtl: true }, 0],
    ['Left stops at the first', 'ArrowLeft', 0, {}, 0],
    ['Right stops at the last', 'ArrowRight', 4, {}, 4],
    ['Down does not step along a row', 'ArrowDown', 1, {}, 1],
    ['Down steps on in a list', 'ArrowDown', 1, { vertical: true }, 2],
    ['Right does not step along a list', 'ArrowRight', 1, { vertical: true }, 1],
    ['Home goes to the first', 'Home', 3, {}, 0],
    ['End goes to the last', 'End', 1, {}, 4],
    ['PageDown goes to the next phase', 'PageDown', 0, {}, 2],
    ['PageDown from the last phase goes to the end', 'PageDown', 4, {}, 4],
    ["PageUp inside a phase goes to the phase's first", 'PageUp', 3, {}, 2],
    ["PageUp on a phase's first goes to the previous phase's", 'PageUp', 2, {}, 0],
    ['another key leaves the tab stop', 'a', 1, {}, 1],
  ];
  for (const [what, key, from, options, expected] of cases) {
    it(`keys: ${what}`, () => {
      const { host, controller, press } = grid(options);
      controller.setActive({ column: from, lane: 0 });
      press(key);
      expect(controller.active).to.deep.equal({ column: expected, lane: 0 });
      host.remove();
    });
  }

  it('Enter opens the touchpoint with the tab stop', () => {
    const { host, controller, press, opened } = grid();
    controller.setActive({ column: 3, lane: 0 });
    expect(press('Enter')).to.equal(true);
    expect(opened).to.deep.equal([3]);
    host.remove();
  });

  // At the phase level (from 201 measured touchpoints): phases start at columns 0, 2 and 4 of 240.
  const phaseCases: [string, string, number, { vertical?: boolean; rtl?: boolean }, number, boolean][] = [
    ['Right goes to the next phase', 'ArrowRight', 0, {}, 2, true],
    ['Left in right-to-left goes on', 'ArrowLeft', 0, { rtl: true }, 2, true],
    ['Down goes on in a list', 'ArrowDown', 0, { vertical: true }, 2, true],
    ['Right does nothing in a list', 'ArrowRight', 0, { vertical: true }, 0, true],
    ['Down drills into a row of phases', 'ArrowDown', 2, {}, 2, false],
    ['Enter drills in', 'Enter', 4, { vertical: true }, 4, false],
    ['End goes to the last phase', 'End', 0, {}, 4, true],
  ];
  for (const [what, key, from, options, column, stillAtPhases] of phaseCases) {
    it(`phase keys: ${what}`, () => {
      const { host, controller, press } = grid({ ...options, columns: 240 });
      controller.reset(240);
      controller.setActive({ column: from, lane: 0 });
      expect(controller.atPhaseLevel).to.equal(true);
      press(key);
      expect([controller.active.column, controller.atPhaseLevel]).to.deep.equal([column, stillAtPhases]);
      host.remove();
    });
  }
});

describe('nps-overlay track-layout.ts', () => {
  const j = journey();
  const measured = npsRows(j, { persona: 'all', period: null, localizer: en }).measured;
  const base = { journey: j, width: 0, given: null, offset: 0, measured };
  const given: ColumnLayout = columnLayout(j, { width: 440, inset: 20 });

  it('takes the given columns: (440 − 20) / 4 = 105 px from x = 20, bars 105 − 2 × 8 = 89 px', () => {
    const hosted = trackLayout({ ...base, mode: 'hosted', given });
    expect(hosted.columns).to.deep.equal({ start: 20, width: 105, trackWidth: 440 });
    expect(hosted.barWidth).to.equal(89);
    expect(hosted.ownLayout).to.equal(undefined);
    // Aligned 13 px further: every column starts 13 px later.
    expect(trackLayout({ ...base, mode: 'aligned', given, offset: 13 }).columns).to.deep.equal({
      start: 33,
      width: 105,
      trackWidth: 453,
    });
  });

  const bars: [string, Parameters<typeof trackLayout>[0]['mode'], number, number][] = [
    ['a wide list: 500 − 24 − 150 = 326, at most 280', 'vertical', 500, 280],
    ['a list: 300 − 24 − 150 = 126', 'vertical', 300, 126],
    ['a narrow list: 200 − 24 − 150 = 26, at least 120', 'vertical', 200, 120],
    ['a badge', 'badge', 0, 140],
  ];
  for (const [what, mode, width, expected] of bars) {
    it(`bar width of ${what}`, () => expect(trackLayout({ ...base, mode, width }).barWidth).to.equal(expected));
  }

  it('lays out its own columns when horizontal, and a drawing for each measured touchpoint', () => {
    const own = trackLayout({ ...base, mode: 'horizontal', width: 800 });
    expect(own.ownLayout?.columns.map((c) => c.touchpointId)).to.deep.equal(['t1', 't2', 't3', 't4']);
    expect(own.barWidth).to.equal(own.ownLayout!.columnWidth - 16);
    expect([...own.geometry.keys()]).to.deep.equal(['t2', 't3', 't4']);
    expect(own.geometry.get('t2')!.track.target).to.not.equal(null);
    expect(own.geometry.get('t3')!.track.target).to.equal(null);
  });

  it("moves an aligned element's columns onto the track, for the column window", () => {
    // Columns of 105 px from x = 20, moved to start at 33: every edge and centre 13 px later.
    const moved = onTrack(given, 33);
    expect(moved.inset).to.equal(33);
    expect(moved.columns.map((c) => [c.x0, c.cx, c.x1])).to.deep.equal([
      [33, 85.5, 138],
      [138, 190.5, 243],
      [243, 295.5, 348],
      [348, 400.5, 453],
    ]);
    expect(given.columns[0]!.x0, 'the given layout stays as it was').to.equal(20);
  });

  it('compares layouts by their columns', () => {
    expect(columnsOf(given, 5).start).to.equal(25);
    expect(sameLayout(given, columnLayout(j, { width: 440, inset: 20 }))).to.equal(true);
    expect(sameLayout(given, columnLayout(j, { width: 480, inset: 20 }))).to.equal(false);
    expect(sameLayout(given, undefined)).to.equal(false);
  });
});
