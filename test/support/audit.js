/**
 * Audits what an SDK element put in its shadow tree, recursively through nested shadow roots
 * (QUALITY.md 3, 4, 5, 7): only allowed element names in the right namespace, only allowed
 * attributes, no `on*` and no namespaced attributes, no `style` that could fetch or run anything,
 * links only to http(s)/mailto/relative addresses with `rel="noopener noreferrer"`, `url(#…)`
 * paint references only to ids in the same root, every id reference (aria-*, `for`, …) resolving
 * inside its own shadow root, no duplicate ids in a root and no DOM id carrying a model id.
 *
 * `auditTree` is self-contained (no imports, no outer variables) so the Node tests can send its
 * source to a page with `page.evaluate`.
 */

/**
 * @param {Element} host an SDK element
 * @param {{ modelIds?: string[], sdkTags?: string[] }} [options]
 * @returns {{ problems: string[], texts: string[], referencedIds: string[], roots: number, elements: number }}
 */
export function auditTree(host, options = {}) {
  const HTML = 'http://www.w3.org/1999/xhtml';
  const SVG = 'http://www.w3.org/2000/svg';
  const HTML_ELEMENTS = new Set(
    (
      'a abbr article aside b bdi bdo blockquote br button caption cite code col colgroup data dd del details ' +
      'dfn dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr i ins ' +
      'kbd label legend li main mark menu meter nav ol optgroup option output p pre progress q s samp search ' +
      'section select slot small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
    ).split(' '),
  );
  const SVG_ELEMENTS = new Set(
    (
      'svg g path line polyline polygon rect circle ellipse text tspan title desc defs clipPath mask pattern ' +
      'linearGradient radialGradient stop marker a'
    ).split(' '),
  );
  const SDK_TAGS = new Set(options.sdkTags ?? ['journey-map', 'emotion-curve', 'touchpoint-card', 'nps-overlay']);
  const GLOBAL_ATTRIBUTES = new Set(
    (
      'id class part exportparts role tabindex lang dir title hidden inert slot name style translate ' +
      'popover popovertarget popovertargetaction'
    ).split(' '),
  );
  const HTML_ATTRIBUTES = new Set(
    (
      'href rel target type value disabled selected checked for colspan rowspan scope headers abbr datetime ' +
      'open autofocus method label max min low high optimum span start reversed cite download multiple size ' +
      'width height readonly required placeholder closedby'
    ).split(' '),
  );
  const SVG_ATTRIBUTES = new Set(
    (
      'viewBox width height x y x1 y1 x2 y2 cx cy r rx ry d points transform fill fill-opacity fill-rule ' +
      'stroke stroke-width stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-opacity ' +
      'stroke-miterlimit opacity text-anchor dominant-baseline alignment-baseline baseline-shift dx dy ' +
      'font-size font-weight font-family font-style clip-path clip-rule mask marker-end marker-start ' +
      'marker-mid markerWidth markerHeight markerUnits refX refY orient gradientUnits gradientTransform ' +
      'offset stop-color stop-opacity patternUnits patternTransform patternContentUnits preserveAspectRatio ' +
      'focusable vector-effect shape-rendering paint-order pointer-events visibility display overflow ' +
      'textLength lengthAdjust clipPathUnits maskUnits maskContentUnits href rel target'
    ).split(' '),
  );
  // Attributes of the SDK's own elements nested in another one's shadow tree (their public attributes).
  const SDK_ATTRIBUTES = new Set(
    (
      'src persona curve view period touchpoint align-to refresh compact heading-level lanes summary ' +
      'no-toolbar base-src mode orientation'
    ).split(' '),
  );
  const ID_REFERENCES = [
    'aria-labelledby',
    'aria-describedby',
    'aria-controls',
    'aria-owns',
    'aria-activedescendant',
    'aria-details',
    'aria-errormessage',
    'aria-flowto',
    'for',
    'headers',
    'list',
    'form',
    'popovertarget',
    'commandfor',
  ];
  // Presentation attributes that may hold `url(…)`: only references to ids in the same tree are allowed.
  const URL_ATTRIBUTES = new Set([
    'fill',
    'stroke',
    'clip-path',
    'mask',
    'marker-end',
    'marker-start',
    'marker-mid',
    'filter',
    'cursor',
  ]);
  const PAINT_REFERENCE = /url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g;
  const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

  const problems = [];
  const texts = [];
  const referencedIds = [];
  const modelIds = (options.modelIds ?? []).filter((id) => id.length >= 4);
  let roots = 0;
  let elements = 0;

  const describe = (el) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;

  const auditRoot = (root, where) => {
    roots += 1;
    texts.push(root.textContent ?? '');
    const ids = new Map();
    const references = [];
    for (const el of root.querySelectorAll('*')) {
      elements += 1;
      const name = el.localName;
      const ns = el.namespaceURI;
      const label = `${where} ${describe(el)}`;
      const isSdk = ns === HTML && SDK_TAGS.has(name);
      if (ns === HTML) {
        if (!HTML_ELEMENTS.has(name) && !isSdk) problems.push(`${label}: element <${name}> is not allowed`);
      } else if (ns === SVG) {
        if (!SVG_ELEMENTS.has(name)) problems.push(`${label}: SVG element <${name}> is not allowed`);
      } else problems.push(`${label}: element <${name}> in namespace ${ns} is not allowed`);

      for (const attr of el.attributes) {
        const attrName = attr.name;
        const value = attr.value;
        texts.push(value);
        if (attr.namespaceURI !== null) {
          problems.push(`${label}: namespaced attribute ${attrName} (${attr.namespaceURI}) is not allowed`);
          continue;
        }
        if (/^on/i.test(attrName)) {
          problems.push(`${label}: event handler attribute ${attrName}="${value}"`);
          continue;
        }
        const allowed =
          GLOBAL_ATTRIBUTES.has(attrName) ||
          attrName.startsWith('aria-') ||
          attrName.startsWith('data-') ||
          (ns === HTML && HTML_ATTRIBUTES.has(attrName)) ||
          (ns === SVG && SVG_ATTRIBUTES.has(attrName)) ||
          (isSdk && SDK_ATTRIBUTES.has(attrName));
        if (!allowed) problems.push(`${label}: attribute ${attrName}="${value}" is not allowed`);
        if (attrName === 'style') {
          if (
            /url\s*\(|expression\s*\(|javascript:|@import|<\/|\\|image-set\s*\(|-moz-binding|behavior\s*:/i.test(value)
          ) {
            problems.push(`${label}: style attribute can fetch or run something: ${value}`);
          }
        } else if (URL_ATTRIBUTES.has(attrName) && /url\s*\(/i.test(value)) {
          const stripped = value.replace(PAINT_REFERENCE, (_, _q, id) => {
            references.push({ id, label, attrName });
            return '';
          });
          if (/url\s*\(/i.test(stripped))
            problems.push(`${label}: ${attrName}="${value}" refers to something that is not an id in this tree`);
        }
        if (attrName === 'href') {
          if (name !== 'a') problems.push(`${label}: href on <${name}> is not allowed`);
          let protocol = '';
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {
            protocol = 'unparsable';
          }
          if (!LINK_PROTOCOLS.includes(protocol)) problems.push(`${label}: link to ${protocol} address "${value}"`);
          if (/[\u0000-\u001f\u007f-\u009f]/.test(value))
            problems.push(`${label}: link address with control characters`);
          const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
            problems.push(`${label}: link without rel="noopener noreferrer" (rel="${el.getAttribute('rel') ?? ''}")`);
          }
        }
        if (ID_REFERENCES.includes(attrName)) {
          for (const id of value.split(/\s+/).filter(Boolean)) references.push({ id, label, attrName });
        }
      }
      if (el.id) {
        if (ids.has(el.id)) problems.push(`${label}: duplicate id "${el.id}" in one shadow root`);
        ids.set(el.id, el);
        for (const modelId of modelIds) {
          if (el.id.includes(modelId))
            problems.push(`${label}: DOM id "${el.id}" is built from the model id "${modelId}"`);
        }
      }
      if (el.shadowRoot) auditRoot(el.shadowRoot, `${where} > ${name}`);
    }
    for (const { id, label, attrName } of references) {
      referencedIds.push(id);
      if (!ids.has(id))
        problems.push(`${label}: ${attrName} refers to id "${id}", which is not in the same shadow root`);
    }
  };

  if (!host.shadowRoot) problems.push(`<${host.localName}> has no open shadow root`);
  else auditRoot(host.shadowRoot, host.localName);
  return { problems, texts, referencedIds, roots, elements };
}

/** True when `literal` appears verbatim in one of the audited texts (text content or an attribute value). */
export function shows(texts, literal) {
  return texts.some((text) => text.includes(literal));
}
