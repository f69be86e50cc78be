/**
 * The SDK's elements, as data: every hardening suite runs over this list, so an element is
 * covered as soon as its registration module exists.
 */
export const ELEMENTS = [
  { tag: 'journey-map', module: 'src/components/journey-map/journey-map.ts' },
  { tag: 'emotion-curve', module: 'src/components/emotion-curve/emotion-curve.ts' },
  { tag: 'touchpoint-card', module: 'src/components/touchpoint-card/touchpoint-card.ts' },
  { tag: 'nps-overlay', module: 'src/components/nps-overlay/nps-overlay.ts' },
];

export const TAGS = ELEMENTS.map((element) => element.tag);

/**
 * Attributes an element needs besides its journey to show something: `<touchpoint-card>` shows one
 * touchpoint, named by id.
 * @param {string} tag
 * @param {{ card?: string }} [context]
 * @returns {Record<string, string>}
 */
export function requiredAttributes(tag, context = {}) {
  return tag === 'touchpoint-card' && context.card !== undefined ? { touchpoint: context.card } : {};
}
