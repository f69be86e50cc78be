/**
 * The hostile checks must be able to fail: run them against a deliberately unsafe element (defined
 * here, test only) that puts model text into its shadow tree with innerHTML, and prove that each
 * check catches what it is for: the canary, the shadow-tree audit (elements, event handler
 * attributes, namespaced attributes, javascript: links, style url(), ARIA references, DOM ids from
 * model ids), the literal-text check, the network counter and the server's __pwned__ counter.
 */
import { expect } from '@open-wc/testing';
import { auditTree, shows } from '../support/audit.js';
import { installNetworkCounter } from '../support/network.js';

class UnsafeProbe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  set markup(text: string) {
    // The very thing the SDK must never do.
    this.shadowRoot!.innerHTML = text;
  }
}
customElements.define('unsafe-probe', UnsafeProbe);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function probe(markup: string): UnsafeProbe {
  const element = document.createElement('unsafe-probe') as UnsafeProbe;
  document.body.append(element);
  element.markup = markup;
  return element;
}

describe('hostile checks catch an unsafe element', () => {
  let element: UnsafeProbe | undefined;
  afterEach(() => {
    element?.remove();
    element = undefined;
    window.__pwned = false;
  });

  it('the canary, the network counter and the server see an executed payload', async () => {
    const network = installNetworkCounter();
    try {
      window.__pwned = false;
      element = probe('<img src="/__pwned__/self-test" onerror="window.__pwned=true">');
      await sleep(300);
      expect(window.__pwned).to.equal(true);
      expect(network.requests().some((request) => request.includes('/__pwned__/self-test'))).to.equal(true);
      const stats = (await (await fetch('/__test__/pwned/stats')).json()) as { hits: string[] };
      expect(stats.hits).to.include('/__pwned__/self-test');
    } finally {
      network.uninstall();
    }
  });

  it('the audit names forbidden elements, handlers, namespaced attributes, bad links and style urls', () => {
    element = probe(
      '<img src=x onerror="1"><script>1</script><iframe></iframe>' +
        '<svg><foreignObject></foreignObject><use href="#x"></use><image href="x"></image>' +
        '<a xlink:href="javascript:1"><text>t</text></a></svg>' +
        '<math><mi>m</mi></math><style>*{}</style>' +
        '<a href="javascript:alert(1)">j</a><a href="https://example.com/">no rel</a>' +
        '<div style="background:url(/x)">s</div><p onclick="1">p</p>',
    );
    const problems = auditTree(element, { sdkTags: ['unsafe-probe'] }).problems.join('\n');
    for (const expected of [
      'element <img> is not allowed',
      'element <script> is not allowed',
      'element <iframe> is not allowed',
      'SVG element <foreignObject> is not allowed',
      'SVG element <use> is not allowed',
      'SVG element <image> is not allowed',
      'namespaced attribute xlink:href',
      'element <math> in namespace http://www.w3.org/1998/Math/MathML is not allowed',
      'element <style> is not allowed',
      'event handler attribute onerror',
      'event handler attribute onclick',
      'link to javascript: address',
      'link without rel="noopener noreferrer"',
      'style attribute can fetch or run something',
    ]) {
      expect(problems, expected).to.contain(expected);
    }
  });

  it('the audit catches ARIA references outside the root, duplicate ids and DOM ids built from model ids', () => {
    element = probe(
      '<p id="label-TpAlpha">x</p><p id="dup"></p><p id="dup"></p><div aria-labelledby="elsewhere"></div>',
    );
    const problems = auditTree(element, { modelIds: ['TpAlpha'], sdkTags: ['unsafe-probe'] }).problems.join('\n');
    expect(problems).to.contain('DOM id "label-TpAlpha" is built from the model id "TpAlpha"');
    expect(problems).to.contain('duplicate id "dup" in one shadow root');
    expect(problems).to.contain('aria-labelledby refers to id "elsewhere", which is not in the same shadow root');
  });

  it('the literal check fails when markup was parsed instead of shown as text', () => {
    const payload = '<b>bold</b>';
    element = probe(payload);
    const { texts } = auditTree(element, { sdkTags: ['unsafe-probe'] });
    expect(shows(texts, payload)).to.equal(false);
    expect(shows(texts, 'bold')).to.equal(true);
  });
});
