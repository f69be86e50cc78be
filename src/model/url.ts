/**
 * Link rules of the model (QUALITY.md 4): a `href` is parsed with the platform's URL parser
 * and accepted by protocol from an allow-list, or as a relative reference. Never rewritten.
 */

/** Protocols a link may use. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

// C0 controls, DEL, C1 controls: the URL parser silently drops some of them, which is how
// `java\tscript:` tricks work, so they are refused before parsing.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// A scheme at the start of an address, as in "https:" (RFC 3986 3.1).
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Why a link is rejected, or `null` when it is safe to render. */
export function linkProblem(href: string): string | null {
  if (href.trim() === '') return 'a link needs a non-empty address';
  if (CONTROL.test(href)) return 'a link address may not contain control characters';
  let absolute: URL | null = null;
  try {
    absolute = new URL(href);
  } catch {
    absolute = null;
  }
  if (absolute) {
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(absolute.protocol)
      ? null
      : `links may use http:, https: or mailto:, not "${absolute.protocol}"`;
  }
  // Not absolute. A value that starts with a scheme is no relative reference (RFC 3986 4.2): the
  // URL parser resolves "https:javascript:x" or "http:" against an https base as a path, but
  // against an http page's base as an absolute address that does not parse (a dead link).
  if (SCHEME.test(href.replace(/^ +/, ''))) return 'this link address cannot be parsed';
  // Otherwise it must resolve as a relative reference against any http(s) base.
  try {
    const resolved = new URL(href, 'https://relative.invalid/');
    return resolved.protocol === 'https:' ? null : 'this link address cannot be resolved';
  } catch {
    return 'this link address cannot be parsed';
  }
}
