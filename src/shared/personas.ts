/** The `persona` value that selects every persona (the default of every element with a `persona` input). */
export const ALL_PERSONAS = 'all';

/** Whether a `persona` input selects every persona: `all`, or nothing given. */
export function isAllPersonas(persona: string | null | undefined): boolean {
  const wanted = (persona ?? ALL_PERSONAS).trim();
  return wanted === '' || wanted === ALL_PERSONAS;
}
