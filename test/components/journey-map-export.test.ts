import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/journey-map/journey-map.js';
import type { JourneyMap } from '../../src/components/journey-map/journey-map.js';
import generic from '../fixtures/generic-product.json';
import health from '../fixtures/health-claim-en.json';
import mortgage from '../fixtures/mortgage-nl.json';

async function mount(journey: unknown, attrs = ''): Promise<JourneyMap> {
  const el = await fixture<JourneyMap>(html`<journey-map style="display:block;width:1200px"></journey-map>`);
  for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  el.journey = journey;
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Parses the exported text as XML: tests may use DOMParser, the SDK never does. */
function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).to.have.length(0);
  return doc;
}

const all = (doc: Document) => [...doc.getElementsByTagName('*')];

describe('<journey-map>: toSVG()', () => {
  it('is a standalone SVG document with nothing external', async () => {
    const el = await mount(mortgage);
    const text = el.toSVG();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).to.equal(true);
    const doc = parseSvg(text);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).to.be.above(0);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
    // Styles inlined, the font family named.
    const style = doc.getElementsByTagName('style');
    expect(style).to.have.length(1);
    expect(style[0]!.textContent).to.contain('font-family: system-ui');
    // Nothing external: no href of any kind, no url( but internal #refs, no foreignObject, script, image, use.
    for (const node of all(doc)) {
      for (const attr of [...node.attributes]) {
        expect(attr.localName, `${node.localName}@${attr.name}`).not.to.equal('href');
        expect(attr.value.includes('url(') ? attr.value.includes('url(#') : true).to.equal(true);
      }
      expect(['foreignObject', 'script', 'image', 'use', 'iframe', 'a']).not.to.include(node.localName);
    }
    expect(text.match(/url\((?!#)/g)).to.equal(null);
    expect(text).not.to.contain('href');
  });

  it('shows the title, goal, phases, every touchpoint, the curves, NPS, moments of truth and pain points', async () => {
    const el = await mount(mortgage);
    const doc = parseSvg(el.toSVG());
    const byClass = (name: string) => [...doc.getElementsByClassName(name)];
    const touchpoints = byClass('touchpoint');
    expect(touchpoints).to.have.length(12);
    expect(touchpoints.map((g) => g.getAttribute('data-index'))).to.deep.equal(
      mortgage.touchpoints.map((_, i) => String(i)),
    );
    expect(byClass('label').map((t) => [...t.children].map((s) => s.textContent).join(' '))).to.deep.equal(
      mortgage.touchpoints.map((t) => t.label),
    );
    expect(byClass('title')[0]!.textContent).to.equal(mortgage.title);
    expect(byClass('goal')[0]!.textContent).to.equal(`Doel: ${mortgage.goal}`);
    expect(byClass('phase-label').map((t) => t.textContent)).to.deep.equal([
      'Oriënteren',
      'Afsluiten',
      'Verhuizen',
      'Gebruiken',
    ]);
    // One curve per persona, each point a circle: starter 12 scores, mover 11 (no mover score at status-call).
    const curves = doc.getElementsByClassName('curves')[0]!;
    expect(curves.getElementsByTagName('path').length).to.be.at.least(2);
    expect([...curves.children].filter((c) => c.getAttribute('class') === 'curve')).to.have.length(2);
    expect(curves.getElementsByTagName('circle')).to.have.length(23);
    expect(byClass('nps').map((t) => t.textContent)).to.deep.equal([
      'NPS +16',
      'NPS +46',
      'NPS −39',
      'NPS +64',
      'NPS +33',
    ]);
    expect(byClass('moment-text').map((t) => [...t.children].map((s) => s.textContent).join(' '))).to.deep.equal([
      'beslissend moment',
      'wow-moment',
      'wow-moment',
      'kritiek moment',
    ]);
    expect(byClass('pain').map((t) => t.textContent)).to.deep.equal(['1 pijnpunt', '2 pijnpunten']);
  });

  it('draws the chosen persona only', async () => {
    const el = await mount(mortgage, 'persona=mover');
    const doc = parseSvg(el.toSVG());
    const curves = doc.getElementsByClassName('curves')[0]!;
    expect([...curves.children].filter((c) => c.getAttribute('class') === 'curve')).to.have.length(1);
    expect(curves.getElementsByTagName('circle')).to.have.length(11);
  });

  it('keeps model text as text: markup in labels is escaped', async () => {
    const hostile = structuredClone(generic);
    hostile.title = '<script>alert(1)</script> & "quotes"';
    hostile.touchpoints[0]!.label = '<img src=x onerror=alert(1)>';
    const el = await mount(hostile);
    const text = el.toSVG();
    expect(text).not.to.contain('<script>');
    expect(text).not.to.contain('<img');
    const doc = parseSvg(text);
    expect(doc.getElementsByClassName('title')[0]!.textContent).to.equal(hostile.title);
    expect(doc.getElementsByTagName('script')).to.have.length(0);
  });

  it('works for every example journey', async () => {
    for (const journey of [mortgage, health, generic]) {
      const el = await mount(journey);
      const doc = parseSvg(el.toSVG());
      expect(doc.getElementsByClassName('touchpoint')).to.have.length(journey.touchpoints.length);
    }
  });
});

describe('<journey-map>: toPNG()', () => {
  it('returns a PNG blob', async () => {
    const el = await mount(mortgage);
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...bytes]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    // Width and height (big-endian at bytes 16–23): the poster at scale 2.
    const header = new DataView(await blob.slice(16, 24).arrayBuffer());
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(header.getUint32(0)).to.equal(Math.floor(Number(doc.documentElement.getAttribute('width')) * 2));
  });

  it('honours scale', async () => {
    const el = await mount(generic);
    const blob = await el.toPNG({ scale: 1 });
    const header = new DataView(await blob.slice(16, 24).arrayBuffer());
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(header.getUint32(0)).to.equal(Number(doc.documentElement.getAttribute('width')));
    expect(header.getUint32(4)).to.equal(Number(doc.documentElement.getAttribute('height')));
  });
});
