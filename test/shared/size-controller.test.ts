import { expect } from '@open-wc/testing';
import { createHost, fakeResizeObserver, manualFrames } from './helpers.js';

describe('SizeController', () => {
  let sizes: ReturnType<typeof fakeResizeObserver>;
  let frames: ReturnType<typeof manualFrames>;
  beforeEach(() => {
    sizes = fakeResizeObserver();
    frames = manualFrames();
  });
  afterEach(() => {
    frames.restore();
    sizes.restore();
  });

  it('observes the host with one observer while connected', async () => {
    const host = await createHost();
    expect(sizes.live()).to.equal(1);
    host.remove();
    expect(sizes.live()).to.equal(0);
    document.body.append(host);
    expect(sizes.live()).to.equal(1);
    host.remove();
  });

  it('reports the content box and re-renders once per frame when it changes', async () => {
    const host = await createHost();
    try {
      expect(host.size.width).to.equal(0);
      const renders = host.renders;
      sizes.resize(host, 280, 90);
      sizes.resize(host, 290, 95);
      sizes.resize(host, 300, 100);
      expect(frames.pending()).to.equal(1);
      expect(host.size.width).to.equal(0);
      frames.flush();
      expect(host.size.width).to.equal(300);
      await host.updateComplete;
      expect(host.renders - renders).to.equal(1);
      sizes.resize(host, 300, 100);
      frames.flush();
      await host.updateComplete;
      expect(host.renders - renders).to.equal(1);
    } finally {
      host.remove();
    }
  });

  it('re-renders on width changes only: a host whose height alone changes is not rendered again', async () => {
    const host = await createHost();
    try {
      sizes.resize(host, 300, 100);
      frames.flush();
      await host.updateComplete;
      const renders = host.renders;
      sizes.resize(host, 300, 480);
      frames.flush();
      await host.updateComplete;
      expect(host.renders - renders).to.equal(0);
      sizes.resize(host, 320, 480);
      frames.flush();
      await host.updateComplete;
      expect(host.renders - renders).to.equal(1);
    } finally {
      host.remove();
    }
  });

  it('drops a pending frame on disconnect', async () => {
    const host = await createHost();
    sizes.resize(host, 123, 45);
    expect(frames.pending()).to.equal(1);
    host.remove();
    expect(frames.pending()).to.equal(0);
    expect(host.size.width).to.equal(0);
  });
});
