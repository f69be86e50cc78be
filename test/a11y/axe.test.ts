/**
 * axe-core on the full matrix: every element × the three fixtures × light, dark (color-scheme on
 * the element), a brand theme and the high-contrast theme file's tokens; the error and the empty
 * state of every element in both schemes; and every element in forced colours (emulated), right
 * to left, and at the phase level of a long journey. (axe does not measure contrast inside SVG;
 * contrast.test.ts and forced-colours.test.ts do.)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type JourneyName, type Tag, TAGS, longJourney, mount, settle } from './helpers.js';

const FIXTURES: JourneyName[] = ['mortgage', 'health', 'generic'];
const THEMES = ['light', 'dark', 'brand', 'high-contrast-css'] as const;

describe('axe on every element, fixture, theme and state', function () {
  this.timeout(60_000);

  it('fails on a real violation inside a shadow root (the check can fail)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { title: '' }));
    document.body.append(host);
    try {
      await expect(host).not.to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('mount refuses an element that did not load and draw its journey (axe never runs on nothing)', async () => {
    let refused = '';
    try {
      await mount('touchpoint-card', null, { journey: { version: 1, id: 'broken', phases: 'no' } });
    } catch (error) {
      refused = String(error);
    }
    expect(refused).to.contain('<touchpoint-card> fired journey-error');
    expect(refused).to.contain('expected journey-load');
  });

  for (const tag of TAGS as readonly Tag[]) {
    for (const name of FIXTURES) {
      for (const theme of THEMES) {
        it(`<${tag}> ${name}, ${theme}`, async () => {
          const { el, cleanup } = await mount(tag, name, { theme });
          try {
            expect(
              el.shadowRoot!.querySelector('[part~="error"], .journey-error'),
              'renders the journey, not an error',
            ).to.equal(null);
            await expect(el).to.be.accessible();
          } finally {
            cleanup();
          }
        });
      }
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`<${tag}> error state, ${theme}`, async () => {
        const { el, cleanup } = await mount(tag, null, {
          theme,
          journey: { version: 1, id: 'broken', phases: 'no' },
          outcome: 'error',
        });
        try {
          const panel = el.shadowRoot!.querySelector('.journey-error');
          expect(panel, 'the error panel').to.not.equal(null);
          expect(panel!.getAttribute('role')).to.equal('alert');
          await expect(el).to.be.accessible();
        } finally {
          cleanup();
        }
      });

      it(`<${tag}> empty state, ${theme}`, async () => {
        const { el, cleanup } = await mount(tag, null, { theme });
        try {
          expect(el.shadowRoot!.querySelector('.journey-error')).to.equal(null);
          await expect(el).to.be.accessible();
        } finally {
          cleanup();
        }
      });
    }

    it(`<${tag}> mortgage in forced colours`, async () => {
      await executeServerCommand('emulate-forced-colors', { active: true, scheme: 'light' });
      const { el, cleanup } = await mount(tag, 'mortgage');
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        cleanup();
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it(`<${tag}> mortgage right to left`, async () => {
      const { el, wrapper, cleanup } = await mount(tag, 'mortgage');
      wrapper.dir = 'rtl';
      await settle(el);
      try {
        expect(el.matches(':dir(rtl)')).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        cleanup();
      }
    });

    if (tag === 'journey-map') {
      for (const theme of ['light', 'dark'] as const) {
        it(`<journey-map> narrow, 600 touchpoints: the tree of phases with one open, ${theme}`, async () => {
          const { el, cleanup } = await mount(tag, null, {
            journey: longJourney(600, { npsEverywhere: true }),
            theme,
            width: 420,
          });
          try {
            el.shadowRoot!.querySelector<HTMLElement>('.v-phase-cell[data-band="2"]')!.click();
            await settle(el);
            expect(el.shadowRoot!.querySelector('[role="treegrid"] [aria-expanded="true"]'), 'a phase open').to.exist;
            await expect(el).to.be.accessible();
          } finally {
            cleanup();
          }
        });
      }
    }

    if (tag !== 'touchpoint-card') {
      it(`<${tag}> at the phase level of a 600-touchpoint journey`, async () => {
        const { el, cleanup } = await mount(tag, null, { journey: longJourney(600, { npsEverywhere: true }) });
        try {
          expect(
            el.shadowRoot!.querySelector('.phase[tabindex="0"], .phase-target, .phase-stop'),
            'a phase holds the tab stop',
          ).to.exist;
          await expect(el).to.be.accessible();
        } finally {
          cleanup();
        }
      });
    }
  }
});
