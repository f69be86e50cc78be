// <journey-map view="wheel"> and view="overview" (issue 17): the keyboard round the wheel (arrow
// order, wrap, PageUp/PageDown by phase, Enter opens, right to left counter-clockwise), axe,
// measured contrast in the light and dark themes, forced colours, and the wheel as the SVG export.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { markFailures, report, textFailures } from '../a11y/contrast-measure.js';
import { type ThemeName, mount, settle, toRgba } from '../a11y/helpers.js';

type Map = HTMLElement & { view: string; toSVG(): string };

async function mountView(
  view: 'wheel' | 'overview',
  options: { theme?: ThemeName; width?: number; dir?: string } = {},
) {
  const mounted = await mount('journey-map', 'mortgage', {
    theme: options.theme ?? 'light',
    width: options.width ?? 1200,
  });
  const el = mounted.el as unknown as Map;
  if (options.dir) mounted.wrapper.setAttribute('dir', options.dir);
  el.setAttribute('view', view);
  await settle(el);
  return { el, cleanup: mounted.cleanup, wrapper: mounted.wrapper };
}

const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.wheel-tp')];
const active = (el: Element) => Number(el.shadowRoot!.activeElement?.getAttribute('data-index'));

// The mortgage journey: 12 touchpoints; phases Oriënteren 0–2, Afsluiten 3–7, Verhuizen 8–9, Gebruiken 10–11.
describe('journey-map view="wheel": keyboard round the wheel', () => {
  it('arrows go round in journey order and wrap; PageDown/PageUp go by phase; Home/End', async () => {
    const { el, cleanup } = await mountView('wheel');
    try {
      expect(marks(el)).to.have.length(12);
      expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
      marks(el)[0]!.focus();
      const steps: [string, number][] = [
        ['ArrowRight', 1],
        ['ArrowDown', 2],
        ['ArrowLeft', 1],
        ['ArrowUp', 0],
        ['ArrowLeft', 11], // wraps backwards past twelve o'clock
        ['ArrowRight', 0], // and forwards
        ['PageDown', 3], // the first touchpoint of Afsluiten
        ['PageDown', 8], // of Verhuizen
        ['PageUp', 3], // from a phase start: the previous phase
        ['ArrowRight', 4],
        ['PageUp', 3], // inside a phase: its start
        ['End', 11],
        ['Home', 0],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({ press: key });
        await settle(el);
        expect(active(el), key).to.equal(expected);
        expect(marks(el)[expected]!.getAttribute('tabindex')).to.equal('0');
      }
    } finally {
      cleanup();
    }
  });

  it('Enter opens the touchpoint: journey-touchpoint-select and the detail panel', async () => {
    const { el, cleanup } = await mountView('wheel');
    try {
      marks(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const selected = new Promise<string>((resolve) =>
        el.addEventListener('journey-touchpoint-select', (e) => resolve((e as CustomEvent).detail.touchpointId), {
          once: true,
        }),
      );
      await sendKeys({ press: 'Enter' });
      const id = await selected;
      const journey = (el as unknown as { journey: { touchpoints: { id: string }[] } }).journey;
      expect(id).to.equal(journey.touchpoints[1]!.id);
      await settle(el);
      expect(el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.detail')?.open).to.equal(true);
    } finally {
      cleanup();
    }
  });

  it('each mark is named like the grid cell: label, position and phase', async () => {
    const { el, cleanup } = await mountView('wheel');
    try {
      const name = marks(el)[3]!.getAttribute('aria-label')!;
      expect(name).to.contain('Offerte ontvangen');
      expect(name).to.contain('4 van 12');
      expect(name).to.contain('Afsluiten');
    } finally {
      cleanup();
    }
  });

  it('right to left: the wheel runs counter-clockwise and ArrowLeft is next', async () => {
    const { el, cleanup } = await mountView('wheel', { dir: 'rtl' });
    try {
      await settle(el);
      const svg = el.shadowRoot!.querySelector('.wheel-svg')!;
      const centre = Number(svg.getAttribute('width')) / 2;
      const x = (i: number) => Number(marks(el)[i]!.querySelector('circle')!.getAttribute('cx'));
      // the second touchpoint sits left of twelve o'clock, the last right of it
      expect(x(1)).to.be.below(centre);
      expect(x(11)).to.be.above(centre);
      marks(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(active(el)).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(active(el)).to.equal(0);
    } finally {
      cleanup();
    }
  });

  it('toSVG() draws the wheel as shown: a standalone SVG with every label and no roles or handlers', async () => {
    const { el, cleanup } = await mountView('wheel');
    try {
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const labels = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      expect(labels).to.include('Taxatie');
      expect(text).not.to.contain('tabindex');
      expect(text).not.to.contain('role=');
      expect(text).not.to.contain('var(');
    } finally {
      cleanup();
    }
  });
});

describe('journey-map view="wheel": the goal in the centre', () => {
  for (const width of [1440, 390]) {
    it(`at ${width} px the goal is in the centre disc, every line inside the circle at its y`, async () => {
      const { el, cleanup } = await mountView('wheel', { width });
      try {
        const root = el.shadowRoot!;
        const disc = root.querySelector<SVGCircleElement>('.wheel-centre')!;
        const cx = Number(disc.getAttribute('cx'));
        const cy = Number(disc.getAttribute('cy'));
        const r = Number(disc.getAttribute('r'));
        const goal = [...root.querySelectorAll<SVGTextElement>('.wheel-centre-text .wheel-goal')];
        // The mortgage goal: "Wonen in mijn eigen huis — de hypotheek is een middel, geen doel". The
        // wide wheel draws it; the narrow one (centre radius 32 px: three lines) may leave it to the name.
        if (width > 1000) expect(goal.length).to.be.above(0);
        if (goal.length > 0) expect(goal[0]!.textContent).to.match(/^Wonen/);
        for (const line of root.querySelectorAll<SVGTextElement>('.wheel-centre-text text')) {
          const box = line.getBBox();
          expect(Number.parseFloat(getComputedStyle(line).fontSize)).to.be.at.least(12);
          // The chord at the box's edge farthest from the centre: 2·√(r² − far²).
          const far = Math.max(Math.abs(box.y - cy), Math.abs(box.y + box.height - cy));
          const chord = 2 * Math.sqrt(Math.max(0, r * r - far * far));
          expect(line.getComputedTextLength(), line.textContent!).to.be.at.most(chord);
          expect(Math.abs(box.x + box.width / 2 - cx)).to.be.below(1);
        }
        const joined = goal.map((g) => g.textContent).join(' ');
        const name = root.querySelector('.wheel-svg')!.getAttribute('aria-label')!;
        // Cut in the drawing: the whole goal in the wheel's accessible name; whole: not repeated.
        if (goal.length === 0 || joined.endsWith('…'))
          expect(name).to.contain('Wonen in mijn eigen huis — de hypotheek is een middel, geen doel');
        else
          expect(joined.replace(/- /g, '')).to.equal(
            'Wonen in mijn eigen huis — de hypotheek is een middel, geen doel',
          );
      } finally {
        cleanup();
      }
    });
  }
});

describe('journey-map view="overview"', () => {
  it('one card per phase with lowest and highest moment, moments of truth, worst NPS, pain points', async () => {
    const { el, cleanup } = await mountView('overview');
    try {
      const cards = [...el.shadowRoot!.querySelectorAll('.overview-phase')];
      const title = (c: Element) => c.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(cards.map((c) => title(c).slice(0, title(c).indexOf(' ')))).to.deep.equal([
        'Oriënteren',
        'Afsluiten',
        'Verhuizen',
        'Gebruiken',
      ]);
      const afsluiten = cards[1]!.textContent!.replace(/\s+/g, ' ');
      expect(afsluiten).to.contain('Documenten aanleveren');
      expect(afsluiten).to.contain('Geen status zichtbaar na uploaden');
    } finally {
      cleanup();
    }
  });
});

for (const view of ['wheel', 'overview'] as const) {
  describe(`journey-map view="${view}": accessibility`, () => {
    it('passes axe', async () => {
      const { el, cleanup } = await mountView(view);
      try {
        await expect(el).to.be.accessible();
      } finally {
        cleanup();
      }
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`measured contrast in the ${theme} theme: text ≥ 4.5:1, marks ≥ 3:1, no text under 12 px`, async () => {
        const { el, wrapper, cleanup } = await mountView(view, { theme });
        try {
          const page = toRgba(getComputedStyle(wrapper).backgroundColor) ?? [255, 255, 255, 1];
          const bg: [number, number, number, number] = page[3] === 0 ? [255, 255, 255, 1] : page;
          const text = textFailures(el, bg);
          expect(text.checked).to.be.above(20);
          expect(text.failures, report(text.failures)).to.deep.equal([]);
          // A persona's own colour is the model's choice, not the theme's (as in test/a11y/contrast.test.ts).
          const own = ((el as unknown as { journey: { personas?: { color?: string }[] } }).journey.personas ?? [])
            .flatMap((p) => (p.color ? [toRgba(p.color)] : []))
            .filter((c): c is NonNullable<typeof c> => c !== null);
          const drawn = markFailures(el, own, bg);
          expect(drawn.failures, report(drawn.failures)).to.deep.equal([]);
          const small = [...el.shadowRoot!.querySelectorAll('.wheel text, .overview *')].filter(
            (t) => parseFloat(getComputedStyle(t).fontSize) < 12,
          );
          expect(small.map((t) => t.textContent)).to.deep.equal([]);
        } finally {
          cleanup();
        }
      });
    }

    it('forced colours: lines and text take system colours', async () => {
      const { el, cleanup } = await mountView(view);
      try {
        await executeServerCommand('emulate-forced-colors', { active: true });
        await settle(el);
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const selector = view === 'wheel' ? '.wheel-line, .wheel-label' : '.overview-phase';
        const drawn = [...el.shadowRoot!.querySelectorAll<SVGElement | HTMLElement>(selector)];
        expect(drawn.length).to.be.above(0);
        for (const node of drawn) {
          const style = getComputedStyle(node);
          const colour = node.classList.contains('wheel-line')
            ? style.stroke
            : node.classList.contains('wheel-label')
              ? style.fill
              : style.borderTopColor;
          expect(colour, node.className.toString()).to.equal(canvasText);
        }
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
        cleanup();
      }
    });
  });
}
