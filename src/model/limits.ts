/**
 * Hard limits on what a journey document may contain (QUALITY.md 9, "bounded work").
 * They keep parsing and rendering linear and bounded, whatever a person or a BI job wrote.
 */
export const LIMITS = {
  /** Bytes of JSON text (or the approximate size of an object) accepted at all. */
  maxBytes: 16 * 1024 * 1024,
  /** Touchpoints in one journey. */
  maxTouchpoints: 20_000,
  /** Phases, personas, channels, sources in one journey. */
  maxPhases: 500,
  maxPersonas: 100,
  maxChannels: 500,
  maxSources: 1_000,
  /** Owners and improvement actions in one journey. */
  maxOwners: 1_000,
  maxActions: 5_000,
  /** Transitions in one journey. */
  maxTransitions: 200_000,
  /** Entries in one list inside a touchpoint (emotions, pain points, quotes, metrics, links, NPS periods). */
  maxListItems: 500,
  /** Keys in a persona's segment map. */
  maxSegmentKeys: 50,
  /** Characters in an id. */
  maxIdLength: 64,
  /** Characters in a label, title, name or other short text. */
  maxShortText: 500,
  /** Characters in a description, note, quote or other long text. */
  maxLongText: 10_000,
  /** Nesting depth of the document; the model itself needs 6. */
  maxDepth: 32,
  /** Values (objects, arrays, strings, numbers…) in the whole document. */
  maxValues: 4_000_000,
} as const;
