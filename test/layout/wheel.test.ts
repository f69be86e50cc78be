import { expect } from '@open-wc/testing';
import {
  CENTRE_LINE,
  centreChord,
  estimateTextWidth,
  wheelCentreText,
  polar,
  wheelAngles,
  wheelEmotionScale,
  wheelLayout,
  wheelRadii,
  type WheelLabel,
} from '../../src/layout/index.js';
import { parseJourney } from '../../src/model/index.js';
import type { Journey, Touchpoint } from '../../src/model/types.js';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';
import generic from '../fixtures/generic-product.json';
import periods from '../fixtures/nps-periods.json';

function load(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.journey;
}
const TAU = 2 * Math.PI;
const EXAMPLES: [string, Journey][] = [
  ['mortgage-nl', load(mortgage)],
  ['health-claim-en', load(health)],
  ['generic-product', load(generic)],
];

const overlap = (a: WheelLabel, b: WheelLabel) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('wheelAngles', () => {
  const phases = (...ids: string[]) => ids.map((phase) => ({ phase }) as Pick<Touchpoint, 'phase'>);

  it('sectors clockwise from twelve o’clock, each 2π · count / total', () => {
    // 2 + 1 + 3 = 6 touchpoints: 2/6 · 2π = 2π/3, 1/6 · 2π = π/3, 3/6 · 2π = π
    const { runs, angles } = wheelAngles(phases('before', 'before', 'during', 'after', 'after', 'after'));
    expect(runs.map((r) => [r.phaseId, r.first, r.last])).to.deep.equal([
      ['before', 0, 1],
      ['during', 2, 2],
      ['after', 3, 5],
    ]);
    const spans = runs.map((r) => [r.startAngle, r.endAngle]);
    expect(spans[0]![0]).to.equal(0);
    expect(spans[0]![1]).to.be.closeTo(TAU / 3, 1e-12);
    expect(spans[1]![1]).to.be.closeTo(Math.PI, 1e-12);
    expect(spans[2]![1]).to.be.closeTo(TAU, 1e-12);
    // each touchpoint in the middle of its slot of π/3: (i + ½) · π/3
    angles.forEach((a, i) => expect(a).to.be.closeTo(((i + 0.5) * Math.PI) / 3, 1e-12));
  });

  it('counter-clockwise right to left: every angle negated', () => {
    const ltr = wheelAngles(phases('a', 'b', 'b', 'b'));
    const rtl = wheelAngles(phases('a', 'b', 'b', 'b'), true);
    expect(rtl.angles).to.deep.equal(ltr.angles.map((a) => -a));
    expect(rtl.runs.map((r) => [r.startAngle, r.endAngle])).to.deep.equal(
      ltr.runs.map((r) => [r.startAngle === 0 ? -0 : -r.startAngle, -r.endAngle]),
    );
  });

  it('a phase that comes back later gets its own sector (one per run)', () => {
    expect(wheelAngles(phases('a', 'b', 'a')).runs.map((r) => r.phaseId)).to.deep.equal(['a', 'b', 'a']);
  });

  it('no touchpoints: no sectors, no angles', () => {
    expect(wheelAngles([])).to.deep.equal({ runs: [], angles: [] });
  });

  for (const [name, journey] of EXAMPLES) {
    it(`${name}: every sector's angle is proportional to its touchpoints, and they fill the circle`, () => {
      const { sectors } = wheelLayout(journey, { size: 600 });
      const total = journey.touchpoints.length;
      let sum = 0;
      for (const s of sectors) {
        expect(s.endAngle - s.startAngle).to.be.closeTo((TAU * s.count) / total, 1e-12);
        sum += s.count;
      }
      expect(sum).to.equal(total);
      expect(sectors[0]!.startAngle).to.equal(0);
      expect(sectors[sectors.length - 1]!.endAngle).to.be.closeTo(TAU, 1e-12);
    });
  }
});

describe('radii and the emotion scale', () => {
  it('600 px: label room 120, ring 166 → 146.08, emotion disc 62.136 … 138.08', () => {
    // label room = max(80, min(180, 0.2 · 600)) = 120; ring outer = 300 − 120 − 14 = 166
    // ring width = max(14, min(28, 0.12 · 166 = 19.92)); inner = 146.08; plot outer = 138.08; inner = 0.45 · 138.08 = 62.136
    const r = wheelRadii(600);
    expect(r.ringOuter).to.equal(166);
    expect(r.ringInner).to.be.closeTo(146.08, 1e-9);
    expect(r.plotOuter).to.be.closeTo(138.08, 1e-9);
    expect(r.plotInner).to.be.closeTo(62.136, 1e-9);
  });

  it('−5 at the inner edge, 0 on the neutral circle halfway, +5 at the outer edge; clamped', () => {
    const scale = wheelEmotionScale(40, 140);
    const table: [number, number][] = [
      [-5, 40],
      [-2.5, 65], // 40 + 0.25 · 100
      [0, 90], // halfway
      [1, 100], // 40 + 0.6 · 100
      [5, 140],
      [7, 140], // clamped
    ];
    for (const [score, radius] of table) expect(scale(score)).to.be.closeTo(radius, 1e-12);
  });

  it('negative emotions lie inside the neutral circle, positive ones outside', () => {
    const layout = wheelLayout(load(health), { size: 600 });
    for (const curve of layout.curves) {
      for (const p of curve.points) {
        if (p.score === null) continue;
        if (p.score < 0) expect(p.radius!).to.be.below(layout.neutralRadius);
        if (p.score > 0) expect(p.radius!).to.be.above(layout.neutralRadius);
        const distance = Math.hypot(p.x! - layout.cx, p.y! - layout.cy);
        expect(distance).to.be.closeTo(p.radius!, 1e-9);
      }
    }
  });
});

describe('wheelLayout on health-claim-en (600 px)', () => {
  const layout = wheelLayout(load(health), { size: 600 });

  it('one closed line per persona through every touchpoint', () => {
    expect(layout.curves.map((c) => [c.persona, c.closed, c.points.length])).to.deep.equal([
      ['young', true, 6],
      ['chronic', true, 6],
    ]);
    // linear and closed: M, five L, Z
    expect(layout.curves[0]!.path.match(/[MLZ]/g)).to.deep.equal(['M', 'L', 'L', 'L', 'L', 'L', 'Z']);
  });

  it('peak and end: young 4 at “paid” (both), chronic peak 3 at “claim”, end 2.5', () => {
    const [young, chronic] = layout.curves;
    expect(young!.peak!.touchpointId).to.equal('paid');
    expect(young!.end!.touchpointId).to.equal('paid');
    expect(young!.remembered).to.equal(4);
    expect(chronic!.peak!.touchpointId).to.equal('claim');
    expect(chronic!.remembered).to.equal(2.75); // (3 + 2.5) / 2
    // young's 4 at 5.5 · π/3: r = 62.136 + 0.9 · (138.08 − 62.136 = 75.944) = 130.4856
    // x = 300 + r · sin(5.5π/3) = 300 − 65.2428; y = 300 − r · cos(5.5π/3) = 300 − 113.0038
    expect(young!.peak!.radius!).to.be.closeTo(130.4856, 1e-4);
    expect(young!.peak!.x!).to.be.closeTo(234.7572, 1e-4);
    expect(young!.peak!.y!).to.be.closeTo(186.9962, 1e-3);
  });

  it('the moment of truth sits on the ring’s outer edge at its touchpoint', () => {
    expect(layout.moments).to.have.length(1);
    const [moment] = layout.moments;
    expect(moment!.touchpointId).to.equal('treatment');
    expect(moment!.kind).to.equal('make-or-break');
    expect(moment!.angle).to.be.closeTo((2.5 * Math.PI) / 3, 1e-12);
    const at = polar(300, 300, moment!.angle, layout.ringOuter);
    expect(moment!.x).to.be.closeTo(at.x, 1e-9);
    expect(moment!.y).to.be.closeTo(at.y, 1e-9);
  });

  it('sector paths and touchpoint marks', () => {
    expect(layout.sectors.map((s) => s.phaseId)).to.deep.equal(['before', 'during', 'after']);
    for (const s of layout.sectors) expect(s.path).to.match(/^M.*Z$/);
    expect(layout.marks.map((m) => m.touchpointId)).to.deep.equal(load(health).touchpoints.map((t) => t.id));
  });
});

describe('gaps', () => {
  it('a touchpoint without a score opens the line; the run across twelve o’clock stays whole', () => {
    const journey = load({
      version: 1,
      id: 'g',
      title: 'G',
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: [
        { id: 'a', phase: 'p', label: 'A', emotions: [{ score: 1 }] },
        { id: 'b', phase: 'p', label: 'B', emotions: [{ score: 2 }] },
        { id: 'c', phase: 'p', label: 'C' },
        { id: 'd', phase: 'p', label: 'D', emotions: [{ score: -1 }] },
      ],
    });
    const [curve] = wheelLayout(journey, { size: 400 }).curves;
    expect(curve!.closed).to.equal(false);
    // one piece: d → a → b (from after the gap round past twelve o'clock), not two
    expect(curve!.path.match(/M/g)).to.have.length(1);
    expect(curve!.path.match(/L/g)).to.have.length(2);
    expect(curve!.path).not.to.include('Z');
  });
});

describe('labels outside the ring', () => {
  for (const size of [390, 600, 1000]) {
    for (const [name, journey] of EXAMPLES) {
      it(`${name} at ${size} px: no two label boxes overlap, none crosses the ring or the edge`, () => {
        const layout = wheelLayout(journey, { size, measure: estimateTextWidth });
        const shown = layout.labels.filter((l) => !l.hidden);
        expect(shown).to.have.length(journey.touchpoints.length);
        for (let i = 0; i < shown.length; i += 1) {
          for (let j = i + 1; j < shown.length; j += 1) {
            expect(overlap(shown[i]!, shown[j]!), `${shown[i]!.text} / ${shown[j]!.text}`).to.equal(false);
          }
        }
        for (const l of shown) {
          expect(l.x).to.be.at.least(0);
          expect(l.x + l.width).to.be.at.most(size);
          expect(l.y).to.be.at.least(0);
          expect(l.y + l.height).to.be.at.most(size);
          // nearest point of the box to the centre lies outside the ring
          const nx = Math.min(Math.max(layout.cx, l.x), l.x + l.width);
          const ny = Math.min(Math.max(layout.cy, l.y), l.y + l.height);
          expect(Math.hypot(nx - layout.cx, ny - layout.cy)).to.be.at.least(layout.ringOuter);
        }
      });
    }
  }

  it('labels read away from the ring: left edge anchored on the right half, right edge on the left', () => {
    const layout = wheelLayout(load(mortgage), { size: 600 });
    for (const l of layout.labels) {
      if (l.side === 'right') expect(l.x).to.equal(l.anchorX);
      else expect(l.x + l.width).to.be.closeTo(l.anchorX, 1e-9);
      expect(l.side === 'right').to.equal(l.anchorX > layout.cx);
    }
  });

  it('a label moved off its ray gets a leader from the ring to its edge; the others none', () => {
    // 24 touchpoints crowd the top and bottom of a 400 px wheel
    const journey = load({
      version: 1,
      id: 'many',
      title: 'Many',
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: Array.from({ length: 24 }, (_, i) => ({ id: `t${i}`, phase: 'p', label: `Step ${i + 1}` })),
    });
    const layout = wheelLayout(journey, { size: 400 });
    const led = layout.labels.filter((l) => l.leader !== null);
    expect(led.length).to.be.greaterThan(0);
    expect(led.length).to.be.lessThan(24);
    for (const l of led) {
      const start = Math.hypot(l.leader!.x1 - layout.cx, l.leader!.y1 - layout.cy);
      expect(start).to.be.closeTo(layout.ringOuter + 2, 1e-9);
      expect(l.leader!.y3).to.be.closeTo(l.y + l.height / 2, 1e-9);
    }
  });

  it('more labels than lines: the moments of truth stay, the rest are spread, nothing overlaps', () => {
    const journey = load({
      version: 1,
      id: 'crowd',
      title: 'Crowd',
      phases: [{ id: 'p', label: 'P' }],
      touchpoints: Array.from({ length: 200 }, (_, i) => ({
        id: `t${i}`,
        phase: 'p',
        label: `Step ${i + 1}`,
        ...(i % 50 === 7 ? { momentOfTruth: { kind: 'wow' } } : {}),
      })),
    });
    const layout = wheelLayout(journey, { size: 320 });
    // 320 / (12 + 4) = 20 lines per side
    const shown = layout.labels.filter((l) => !l.hidden);
    expect(shown.filter((l) => l.side === 'right')).to.have.length(20);
    expect(shown.filter((l) => l.side === 'left')).to.have.length(20);
    for (const i of [7, 57, 107, 157]) expect(layout.labels[i]!.hidden).to.equal(false);
    for (let i = 0; i < shown.length; i += 1) {
      for (let j = i + 1; j < shown.length; j += 1) expect(overlap(shown[i]!, shown[j]!)).to.equal(false);
    }
  });
});

describe('periods', () => {
  it('draws the chosen period, else each touchpoint’s latest', () => {
    const journey = load(periods);
    const starter = (period?: string) =>
      wheelLayout(journey, { size: 600, ...(period ? { period } : {}) }).curves[0]!.points.map((p) => p.score);
    expect(starter()).to.deep.equal([1.2, 0.4, 1, -2]);
    expect(starter('2026-Q2')).to.deep.equal([1.2, 1.5, -1, -0.5]);
  });
});

describe('wheelCentreText: title, goal and remembered experience inside the centre disc', () => {
  const goal = 'Een passende hypotheek afsluiten en zonder zorgen verhuizen naar het nieuwe huis';
  // Every line's measured width fits the disc's chord at its own box (baseline 0.35 em below the box middle).
  const fitsInside = (lines: { y: number; width: number; fontSize: number }[], radius: number) => {
    for (const line of lines) {
      const middle = line.y - 0.35 * line.fontSize;
      const chord = centreChord(radius, middle - CENTRE_LINE / 2, middle + CENTRE_LINE / 2);
      expect(line.width, `line at ${line.y}`).to.be.at.most(chord + 1e-9);
      expect(Math.abs(middle) + CENTRE_LINE / 2).to.be.below(radius);
    }
  };

  it('the chord of the disc at a line box', () => {
    const cases: [number, number, number, number][] = [
      // radius, top, bottom → 2·√((r − 4)² − far²)
      [50, -6, 10, 2 * Math.sqrt(46 * 46 - 10 * 10)], // far = 10: 2·√2016 ≈ 89.80
      [50, -30, -14, 2 * Math.sqrt(46 * 46 - 30 * 30)], // far = 30: 2·√1216 ≈ 69.74
      [50, 40, 56, 0], // beyond the inset circle: no room
    ];
    for (const [radius, top, bottom, chord] of cases) {
      expect(centreChord(radius, top, bottom)).to.be.closeTo(chord, 1e-9);
    }
  });

  it('lays out title, goal, heading and scores in order, centred, each inside the circle', () => {
    const radius = 110;
    const out = wheelCentreText(
      { title: 'Hypotheek afsluiten', goal, heading: 'Remembered', scores: ['Starter +1.5', 'Doorstromer −0.5'] },
      radius,
    );
    expect(out.lines.map((l) => l.kind)).to.deep.equal(
      [...out.lines.filter((l) => l.kind === 'title').map(() => 'title')]
        .concat(out.lines.filter((l) => l.kind === 'goal').map(() => 'goal'))
        .concat(['remembered', 'score', 'score']),
    );
    expect(out.lines.filter((l) => l.kind === 'goal').length).to.be.within(1, 3);
    expect(out.lines.every((l) => l.fontSize >= 12)).to.equal(true);
    // Centred: the block's first and last boxes equally far from the centre.
    const n = out.lines.length;
    expect(out.lines[0]!.y - 0.35 * out.lines[0]!.fontSize).to.be.closeTo(-((n - 1) / 2) * CENTRE_LINE, 1e-9);
    fitsInside(out.lines, radius);
  });

  it('a goal longer than three lines is cut with "…" and says so; a short one is whole', () => {
    const long = wheelCentreText({ title: 'T', goal: `${goal} ${goal}`, heading: 'R', scores: [] }, 90);
    expect(long.goalTruncated).to.equal(true);
    expect(
      long.lines
        .filter((l) => l.kind === 'goal')
        .at(-1)!
        .text.endsWith('…'),
    ).to.equal(true);
    fitsInside(long.lines, 90);
    const short = wheelCentreText({ title: 'T', goal: 'Snel geld', heading: 'R', scores: [] }, 90);
    expect(short.goalTruncated).to.equal(false);
    expect(short.lines.map((l) => l.text)).to.deep.equal(['T', 'Snel geld']);
  });

  it('without a goal there are no goal lines; a small disc keeps the title first', () => {
    const none = wheelCentreText({ title: 'Claim', heading: 'R', scores: ['A +1'] }, 90);
    expect(none.lines.map((l) => l.kind)).to.deep.equal(['title', 'remembered', 'score']);
    // radius 24: 2·(24 − 4) / 16 = 2.5 → 2 slots: the title's two lines at most, nothing else.
    const small = wheelCentreText({ title: 'Claim indienen', goal, heading: 'R', scores: ['A +1'] }, 24);
    expect(small.lines.every((l) => l.kind === 'title')).to.equal(true);
    expect(small.goalTruncated).to.equal(true);
    fitsInside(small.lines, 24);
  });
});
