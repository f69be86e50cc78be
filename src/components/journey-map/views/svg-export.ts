/**
 * A drawn SVG (the wheel) as a standalone document for the map's SVG and PNG export: a clone
 * whose colours, strokes and fonts are the browser's computed values written as presentation
 * attributes (so the file looks like the page without the page's custom properties), on the
 * element's background, without roles, tab stops or handlers. Model text stays `textContent`;
 * nothing is parsed from text.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties copied onto each node of the clone. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

const DROPPED = ['role', 'tabindex', 'aria-label', 'aria-hidden', 'class', 'style', 'data-index'];

/** The SVG `drawn` as a standalone document on the background of `host`. */
export function standaloneSvg(drawn: SVGSVGElement, host: Element): string {
  const clone = drawn.cloneNode(true) as SVGSVGElement;
  const sources = [drawn, ...drawn.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i]!;
    const style = getComputedStyle(source);
    for (const name of PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value !== '') target.setAttribute(name, value);
    }
    for (const name of DROPPED) target.removeAttribute(name);
  });
  clone.setAttribute('xmlns', SVG_NS);
  const [, , width, height] = (drawn.getAttribute('viewBox') ?? '0 0 0 0').split(' ');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', width ?? '0');
  background.setAttribute('height', height ?? '0');
  const surface = getComputedStyle(host).backgroundColor;
  background.setAttribute('fill', surface === 'rgba(0, 0, 0, 0)' || surface === '' ? '#ffffff' : surface);
  clone.insertBefore(background, clone.firstChild);
  // Comments Lit leaves as markers carry nothing.
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}
