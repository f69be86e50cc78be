/** Types of elements.js (plain JavaScript, shared with the Node tests). */
export const ELEMENTS: ReadonlyArray<{ tag: string; module: string }>;
export const TAGS: string[];
export function requiredAttributes(tag: string, context?: { card?: string }): Record<string, string>;
