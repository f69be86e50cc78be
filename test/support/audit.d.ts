/** Types of audit.js (plain JavaScript, shared with the Node tests). */
export interface AuditResult {
  problems: string[];
  texts: string[];
  referencedIds: string[];
  roots: number;
  elements: number;
}
export function auditTree(host: Element, options?: { modelIds?: string[]; sdkTags?: string[] }): AuditResult;
export function shows(texts: readonly string[], literal: string): boolean;
