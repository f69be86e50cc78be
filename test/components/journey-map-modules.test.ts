/**
 * The map's modules that hold no element: the phase hue classes, the poster's file name and
 * download errors, the tree controller of the narrow map, and the print controller.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadPoster, posterFileName } from '../../src/components/journey-map/export.js';
import * as component from '../../src/components/journey-map/journey-map.component.js';
import type { TreeRow } from '../../src/components/journey-map/phase-tree.js';
import { PrintController } from '../../src/components/journey-map/print.controller.js';
import { PHASE_HUES, phaseHueClass, phaseTokens } from '../../src/components/journey-map/styles/tokens.js';
import { TreeController, bandOf } from '../../src/components/journey-map/tree.controller.js';
import type { PhaseRun } from '../../src/layout/columns.js';

/** A host that only counts the updates it is asked for. */
class FakeHost implements ReactiveControllerHost {
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
}

// Three phases: 0–99, 100–229 (130 touchpoints), 230–239.
const run = (phaseIndex: number, firstIndex: number, lastIndex: number): PhaseRun =>
  ({ phaseId: `p${phaseIndex}`, phaseIndex, label: `P${phaseIndex}`, firstIndex, lastIndex }) as unknown as PhaseRun;
const bands = [run(0, 0, 99), run(1, 100, 229), run(2, 230, 239)];

describe('journey-map modules: phase hues', () => {
  it('eight phase tokens, each read with a fallback, none borrowing a semantic token', () => {
    expect(PHASE_HUES).to.equal(8);
    phaseTokens.forEach((token, i) => {
      expect(token.cssText).to.match(
        new RegExp(`^var\\(--journey-phase-${i + 1}, light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\)\\)$`),
      );
      expect(token.cssText).not.to.match(/moment-of-truth|positive|warning|promoter|neutral|accent/);
    });
  });

  for (const [phaseIndex, expected] of [
    [0, 'phase--0'],
    [5, 'phase--5'],
    [7, 'phase--7'],
    [8, 'phase--0'], // the ninth phase takes hue 1 again: 8 % 8 = 0
    [13, 'phase--5'], // 13 % 8 = 5
    [-1, 'phase--0'], // a phase the journey lacks (a removed one in compare mode)
  ] as const) {
    it(`phase index ${phaseIndex} → ${expected}`, () => {
      expect(phaseHueClass(phaseIndex)).to.equal(expected);
    });
  }

  it('the component no longer exports its persona dash patterns', () => {
    expect(Object.keys(component)).not.to.include('PERSONA_DASHES');
    expect(component.VERTICAL_BELOW).to.equal(600);
  });
});

describe('journey-map modules: poster download', () => {
  for (const [id, kind, expected] of [
    ['mortgage-starter', 'svg', 'mortgage-starter.svg'],
    ['hypotheek 2026/Q1', 'png', 'hypotheek-2026-Q1.png'], // space and slash → '-'
    ['reis.v2_final', 'svg', 'reis.v2_final.svg'], // '.', '_' and '-' stay
    [undefined, 'png', 'journey.png'],
  ] as const) {
    it(`file name of ${String(id)} as ${kind}: ${expected}`, () => {
      expect(posterFileName(id, kind)).to.equal(expected);
    });
  }

  it('a PNG that cannot be drawn resolves to its message (shown by the map), nothing is thrown', async () => {
    const source = {
      toSVG: () => '<svg/>',
      toPNG: () => Promise.reject(new Error('The page does not allow images from blob: or data:.')),
    };
    expect(await downloadPoster(source, 'png', 'x')).to.equal('The page does not allow images from blob: or data:.');
    const odd = { toSVG: () => '<svg/>', toPNG: () => Promise.reject('no canvas') };
    expect(await downloadPoster(odd, 'png', 'x')).to.equal('no canvas');
  });
});

describe('journey-map modules: tree controller', () => {
  const setup = () => {
    const host = new FakeHost();
    const focused: TreeRow[] = [];
    const details: number[] = [];
    const tree = new TreeController(host, {
      page: 60,
      focus: (row) => focused.push(row),
      openDetail: (column) => details.push(column),
    });
    return { host, tree, focused, details };
  };

  for (const [column, expected] of [
    [0, 0],
    [99, 0],
    [100, 1],
    [239, 2],
    [999, 0], // outside every band: the first
  ] as const) {
    it(`bandOf(${column}) = ${expected}`, () => {
      expect(bandOf(bands, column)).to.equal(expected);
    });
  }

  it('registers with its host and starts with every phase closed', () => {
    const { host, tree } = setup();
    expect(host.controllers).to.deep.equal([tree]);
    expect([...tree.state.open]).to.deep.equal([]);
    expect(tree.state.page).to.equal(60);
  });

  it('reveal opens the phase of a column and shows enough pages to reach it', () => {
    const { host, tree } = setup();
    // Column 175 is the 76th touchpoint of phase 1 (175 − 100 + 1): two pages of 60 = 120 shown.
    tree.reveal(bands, 175);
    expect([...tree.state.open]).to.deep.equal([1]);
    expect(tree.state.shown.get(1)).to.equal(120);
    expect(host.updates).to.equal(2);
    // Column 120 is already shown: nothing changes.
    tree.reveal(bands, 120);
    expect(host.updates).to.equal(2);
    tree.reset();
    expect([...tree.state.open]).to.deep.equal([]);
    expect(tree.state.shown.size).to.equal(0);
  });

  it('rowAt: the phase of the active column at the phase level, else the touchpoint', () => {
    const { tree } = setup();
    expect(tree.rowAt(bands, 150, true)).to.deep.equal({ kind: 'phase', band: 1 });
    expect(tree.rowAt(bands, 150, false)).to.deep.equal({ kind: 'touchpoint', band: 1, column: 150 });
  });

  it('keys open, close and page through phases, and Enter on a touchpoint opens its detail', () => {
    const { tree, focused, details } = setup();
    expect(tree.key('ArrowRight', { kind: 'phase', band: 1 }, bands)).to.equal(true);
    expect([...tree.state.open]).to.deep.equal([1]);
    expect(focused.at(-1)).to.deep.equal({ kind: 'phase', band: 1 });
    // Down past the 60th touchpoint shown (column 159) brings the next page in.
    tree.key('ArrowDown', { kind: 'touchpoint', band: 1, column: 159 }, bands);
    expect(tree.state.shown.get(1)).to.equal(120);
    expect(focused.at(-1)).to.deep.equal({ kind: 'touchpoint', band: 1, column: 160 });
    tree.key('Enter', { kind: 'touchpoint', band: 1, column: 160 }, bands);
    expect(details).to.deep.equal([160]);
    tree.key('ArrowLeft', { kind: 'phase', band: 1 }, bands);
    expect([...tree.state.open]).to.deep.equal([]);
    expect(tree.key('x', { kind: 'phase', band: 1 }, bands)).to.equal(false);
  });

  it('clicks: a phase row opens and closes; "show more" shows the next page and moves the tab stop to it', () => {
    const { tree, focused } = setup();
    const root = document.createElement('div');
    const phaseCell = document.createElement('div');
    phaseCell.className = 'v-phase-cell';
    phaseCell.dataset.band = '1';
    const name = document.createElement('span');
    phaseCell.append(name);
    const more = document.createElement('button');
    more.className = 'more';
    more.dataset.band = '1';
    const other = document.createElement('span');
    root.append(phaseCell, more, other);
    expect(tree.click(name, bands)).to.equal(true);
    expect([...tree.state.open]).to.deep.equal([1]);
    expect(focused.at(-1)).to.deep.equal({ kind: 'phase', band: 1 });
    expect(tree.click(more, bands)).to.equal(true);
    // 60 were shown, now 120: the 61st touchpoint (100 + 60) gets the tab stop.
    expect(tree.state.shown.get(1)).to.equal(120);
    expect(focused.at(-1)).to.deep.equal({ kind: 'touchpoint', band: 1, column: 160 });
    expect(tree.click(phaseCell, bands)).to.equal(true);
    expect([...tree.state.open]).to.deep.equal([]);
    expect(tree.click(other, bands)).to.equal(false);
    expect(tree.click(null, bands)).to.equal(false);
  });
});

describe('journey-map modules: print controller', () => {
  it('follows beforeprint and afterprint while connected, and stops listening on disconnect', () => {
    const host = new FakeHost();
    const print = new PrintController(host);
    expect(host.controllers).to.deep.equal([print]);
    print.hostConnected();
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(print.printing).to.equal(true);
      expect(host.updates).to.equal(1);
      window.dispatchEvent(new Event('afterprint'));
      expect(print.printing).to.equal(false);
      expect(host.updates).to.equal(2);
    } finally {
      print.hostDisconnected();
    }
    window.dispatchEvent(new Event('beforeprint'));
    expect(print.printing).to.equal(false);
    expect(host.updates).to.equal(2);
    window.dispatchEvent(new Event('afterprint'));
  });
});
