/**
 * Contrast of every visible text and SVG mark in every element, measured by our own code
 * (contrast-measure.ts; axe does not look inside SVG): each element × mortgage-nl and
 * health-claim-en × five themes.
 *
 * - Text: the computed `color` (HTML) or `fill` (SVG `text`/`tspan`) of each element that holds
 *   visible text, times the opacity of it and its ancestors, against the effective background (the
 *   first non-transparent `background-color` up the flat tree, across shadow hosts, composited
 *   over the page's white) ≥ 4.5:1, or 3:1 for large text (≥ 24 px, or ≥ 18.66 px bold).
 * - Marks: every visible `path`, `line`, `polyline`, `polygon`, `circle`, `ellipse` and `rect`
 *   with a fill or stroke that is not none/transparent ≥ 3:1 against the same background (WCAG
 *   1.4.11). Translucent marks are blended over the background first, so a 30 % tint is measured
 *   as the colour it really is.
 *
 * Decorative marks — decided here: a mark is exempt when it is `aria-hidden` (itself or an
 * ancestor) AND purely a background, i.e. a fill-only shape (no stroke) whose own drawn colour
 * lies under other content: phase bands, zone tints, hover/hit areas. Concretely exempt: fill-only
 * marks whose effective alpha is below 0.5 (tints that carry no information by themselves) and
 * fully transparent hit areas. Everything that draws a line, a point or a bar is measured.
 */
import { expect } from '@open-wc/testing';
import { markFailures, report, textFailures } from './contrast-measure.js';
import {
  JOURNEYS,
  type JourneyName,
  type Rgba,
  type Tag,
  TAGS,
  THEMES,
  type ThemeName,
  longJourney,
  mount,
  settle,
  toRgba,
} from './helpers.js';

/** The colours a journey sets itself (persona `color`), resolved. */
function modelColoursOf(journey: object): Rgba[] {
  const { personas } = journey as { personas?: readonly { color?: string }[] };
  return (personas ?? []).flatMap((p) => (p.color ? [toRgba(p.color)!] : []));
}

/**
 * Failures found by this test in src/ that are reported to the lead with a fix and not yet fixed
 * (helpers may not edit src/ in parallel work). Remove an entry when its fix lands.
 * - journey-map flows: `.flow-line { stroke-opacity: 0.55 }` (journey-map.styles.ts) draws the
 *   drop-off and loop bands at 2.2–2.8:1; `stroke-opacity: 0.8` gives ≥ 3.2:1 in light and dark.
 */
// Known contrast problems waiting for a fix (none at present); a pattern here skips a mark by its path.
const KNOWN_ISSUES: RegExp[] = [];

describe('contrast of text and SVG marks (own measurement)', function () {
  this.timeout(60_000);
  const FIXTURES: JourneyName[] = ['mortgage', 'health'];
  for (const tag of TAGS as readonly Tag[]) {
    for (const name of FIXTURES) {
      for (const theme of THEMES as readonly ThemeName[]) {
        it(`<${tag}> ${name}, ${theme}: text ≥ 4.5:1 (3:1 large), marks ≥ 3:1`, async () => {
          const { el, cleanup } = await mount(tag, name, { theme });
          try {
            const text = textFailures(el);
            const marks = markFailures(el, modelColoursOf(JOURNEYS[name]));
            // The measurement saw something: text always, marks in every element that draws SVG.
            expect(text.checked, 'text nodes measured').to.be.greaterThan(2);
            if (tag !== 'touchpoint-card') expect(marks.checked, 'marks measured').to.be.greaterThan(2);
            const failures = [...text.failures, ...marks.failures].filter(
              (f) => !KNOWN_ISSUES.some((k) => k.test(f.path)),
            );
            expect(failures.length, `${failures.length} contrast failures:\n${report(failures)}`).to.equal(0);
          } finally {
            cleanup();
          }
        });
      }
    }
  }

  for (const theme of THEMES as readonly ThemeName[]) {
    it(`<journey-map> narrow, 600 touchpoints (a tree of phases, one open), ${theme}: text ≥ 4.5:1, marks ≥ 3:1`, async () => {
      const { el, cleanup } = await mount('journey-map', null, { journey: longJourney(600), theme, width: 420 });
      try {
        el.shadowRoot!.querySelector<HTMLElement>('.v-phase-cell[data-band="1"]')!.click();
        await settle(el);
        expect(el.shadowRoot!.querySelectorAll('.v-cell').length, 'the phase opened').to.equal(60);
        const text = textFailures(el);
        const marks = markFailures(el, []);
        expect(text.checked).to.be.greaterThan(60);
        const failures = [...text.failures, ...marks.failures];
        expect(failures.length, `${failures.length} contrast failures:\n${report(failures)}`).to.equal(0);
      } finally {
        cleanup();
      }
    });
  }

  it('measures a failing colour as failing (the check can fail)', async () => {
    const box = document.createElement('div');
    box.style.background = 'rgb(255, 255, 255)';
    const shadowHost = document.createElement('div');
    box.append(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.style.color = '#aaaaaa';
    p.textContent = 'Pale text';
    root.append(p);
    document.body.append(box);
    try {
      const { failures } = textFailures(shadowHost);
      expect(failures).to.have.length(1);
      // #aaaaaa on white: L = 0.402 → 1.05 / 0.452 = 2.32.
      expect(failures[0]!.ratio).to.equal(2.32);
      expect(toRgba('oklch(0.5 0.1 250)')![3]).to.equal(1);
      expect(toRgba('light-dark(#000, #fff)')).to.equal(null); // only computed colours are parsed
    } finally {
      box.remove();
    }
  });
});
