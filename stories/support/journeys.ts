/**
 * The journeys the stories show: the same fixtures as the tests, plus variations built from them
 * deterministically (no randomness, no clock), so every story renders the same every time.
 */
import { generateJourney } from '../../bench/generate.js';
import type { JourneyInput } from '../../src/model/index.js';
import generic from '../../test/fixtures/generic-product.json';
import healthClaim from '../../test/fixtures/health-claim-en.json';
import mortgage from '../../test/fixtures/mortgage-nl.json';

export { generic, healthClaim, mortgage };

/** A deep copy through JSON, so a variation never changes a shared fixture. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A valid journey with phases but no touchpoints yet (what a new map starts as). */
export const noTouchpoints: JourneyInput = {
  version: 1,
  id: 'new-journey',
  title: 'A journey without touchpoints yet',
  locale: 'en-GB',
  phases: [{ id: 'orient', label: 'Orientation' }],
  touchpoints: [],
};

/**
 * An invalid journey with three problems at once: an unknown phase, an emotion out of range and a
 * `javascript:` link. The elements show all three with their JSON paths.
 */
export const invalidJourney = {
  version: 1,
  id: 'broken',
  title: 'A journey with mistakes',
  locale: 'en-GB',
  phases: [{ id: 'orient', label: 'Orientation' }],
  touchpoints: [
    {
      id: 'compare',
      phase: 'buy',
      label: 'Compare offers',
      emotions: [{ score: 9 }],
      links: [{ label: 'Open', href: 'javascript:alert(1)' }],
    },
  ],
};

const LONG_WORDS = [
  'Arbeidsongeschiktheidsverzekeringsvoorwaarden doorlezen',
  'Hypotheekrenteaftrekberekening',
  'with the independent financial adviser',
  'en alle bijbehorende documenten',
];

/** The mortgage journey with very long titles, labels and persona names (Dutch compounds included). */
export function longLabels(): JourneyInput {
  const journey = clone(mortgage) as JourneyInput;
  journey.title = `${journey.title}: van de eerste oriëntatie tot en met de eerste maandlasten, inclusief taxatie, notaris en verhuizing`;
  journey.goal =
    'Een betaalbaar huis kopen in de buurt van school en werk, zonder verrassingen achteraf in de maandlasten of de voorwaarden';
  journey.personas = journey.personas?.map((persona, i) => ({
    ...persona,
    name: `${persona.name} met een heel lange segmentnaam ${i + 1}`,
  }));
  journey.phases = journey.phases.map((phase) => ({ ...phase, label: `${phase.label} — ${LONG_WORDS[1]}` }));
  journey.touchpoints = journey.touchpoints.map((touchpoint, i) => ({
    ...touchpoint,
    label: `${touchpoint.label}: ${LONG_WORDS[i % LONG_WORDS.length]}`,
  }));
  return journey;
}

/** A journey of 1,000 touchpoints from the bench's seeded generator (the same one every time). */
export const dense: JourneyInput = generateJourney(1000);

/**
 * The mortgage journey's NPS after `step` more survey rounds: each round adds answers to every
 * measured touchpoint in a fixed pattern, so scores drift up and down the same way every time.
 */
export function liveMortgage(step: number): JourneyInput {
  const journey = clone(mortgage) as JourneyInput;
  const drift = [0, 12, 25, 9, -6, -18, -4, 14];
  journey.touchpoints = journey.touchpoints.map((touchpoint, index) => {
    if (touchpoint.nps === undefined) return touchpoint;
    const shift = drift[(step + index) % drift.length] ?? 0;
    const series = Array.isArray(touchpoint.nps) ? touchpoint.nps : [touchpoint.nps];
    const last = series[series.length - 1];
    if (last === undefined || !('promoters' in last)) return touchpoint;
    const next = {
      ...last,
      promoters: Math.max(0, last.promoters + shift * 3),
      detractors: Math.max(0, last.detractors - shift * 2),
    };
    return { ...touchpoint, nps: [...series.slice(0, -1), next] };
  });
  return journey;
}

/** A dark page around a story: the elements follow `color-scheme` through `light-dark()`. */
export const DARK_PAGE = 'color-scheme: dark; background: #0d1117; color: #e6edf3; padding: 16px;';

/**
 * A bank's brand through `--journey-*` custom properties on an ancestor: one rule themes every
 * element on the page. Every pair keeps 4.5:1 for text and 3:1 for marks.
 */
export const BRAND_TOKENS: Readonly<Record<string, string>> = {
  '--journey-font': 'Georgia, "Times New Roman", serif',
  '--journey-text': '#2a1d12',
  '--journey-text-muted': '#5c4a3a',
  '--journey-surface': '#fffaf2',
  '--journey-surface-raised': '#f4eadb',
  '--journey-border': '#9c8267',
  '--journey-accent': '#7a2e8e',
  '--journey-focus': '#7a2e8e',
  '--journey-positive': '#1e6b3a',
  '--journey-negative': '#b3261e',
  '--journey-warning': '#8a5a00',
  '--journey-moment-of-truth': '#7a2e8e',
  '--journey-promoter': '#1e5aa8',
  '--journey-passive': '#6e6259',
  '--journey-detractor': '#b3261e',
  '--journey-persona-1': '#1e5aa8',
  '--journey-persona-2': '#c2410c',
  '--journey-radius': '2px',
  '--journey-space': '0.6rem',
};

/** The brand tokens as an inline style for a story's wrapper (with the page's own background). */
export const BRAND_THEME = [
  ...Object.entries(BRAND_TOKENS).map(([name, value]) => `${name}: ${value}`),
  'display: block',
  'background: #fffaf2',
  'padding: 16px',
].join('; ');

/** The brand tokens as the CSS rule a page would write. */
export function brandCss(selector = '.brand'): string {
  const lines = Object.entries(BRAND_TOKENS).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

/** The width of a small phone. */
export const NARROW = 'display: block; width: 375px; max-width: 100%;';
