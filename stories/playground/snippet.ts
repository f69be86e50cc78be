/**
 * The embed snippet a designer pastes into a CMS: one `<script>` tag for the self-contained
 * bundle and a `<journey-map>` with the journey as an inline JSON child.
 */

/** Where the snippet loads the bundle from by default: a copy hosted on the intranet itself (strict CSP: `script-src 'self'`). */
export const DEFAULT_SCRIPT_URL = '/assets/klantreis/klantreis.min.js';

/**
 * JSON that is safe inside `<script type="application/json">`: `</script` would end the element
 * early and `<!--` would switch the HTML parser into its escaped-script state, so both are
 * written with JSON escapes (`<\/script`, `<\u0021--`) that JSON.parse reads back unchanged.
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\u0021--');
}

/** An attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML to paste into a CMS page for this journey (an object, already validated). */
export function embedSnippet(journey: unknown, scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  const json = scriptSafeJson(JSON.stringify(journey, null, 2));
  return [
    `<script src="${attribute(scriptUrl.trim() || DEFAULT_SCRIPT_URL)}" defer></script>`,
    '<journey-map>',
    '<script type="application/json">',
    json,
    '</script>',
    '</journey-map>',
  ].join('\n');
}
