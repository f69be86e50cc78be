/**
 * klantreis elements inside one another: the map's lanes (`<emotion-curve>`, `<nps-overlay>`) and
 * the card in its detail panel live in the map's shadow root. Such an embedded element leaves
 * speaking to its host: it announces nothing (announcer.ts), and its `journey-load` and
 * `journey-error` stay inside the host's shadow root (journey-source.ts), so a page listening on
 * `document`, in the bubble or the capture phase, hears only the elements it placed.
 */

const hosts = new WeakSet<Element>();

/** Records a klantreis element (call on connect, before it renders elements of its own). */
export function registerHost(el: Element): void {
  hosts.add(el);
}

/** Whether the element sits in the shadow root of another klantreis element. */
export function isEmbedded(el: Element): boolean {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && hosts.has(root.host);
}
