/**
 * Small helpers for the stories' play functions: find an element of the story, wait until it
 * shows a part of its shadow DOM, read its text. Every wait is bounded (storybook/test's waitFor).
 */
import { expect, waitFor } from 'storybook/test';

/** The first element with this tag in the story's canvas. */
export function elementIn<K extends keyof HTMLElementTagNameMap>(
  canvas: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const element = canvas.querySelector(tag);
  if (!element) throw new Error(`the story has no <${tag}>`);
  return element;
}

/** Every element of the shadow root with `part` among its parts. */
export function parts(host: Element, part: string): Element[] {
  return [...(host.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])];
}

/** Waits until the element's shadow root has an element with this part, and returns it. */
export async function waitForPart(host: Element, part: string, timeout = 5000): Promise<Element> {
  let found: Element | undefined;
  await waitFor(
    () => {
      found = parts(host, part)[0];
      expect(found, `<${host.localName}> shows [part~="${part}"]`).toBeTruthy();
    },
    { timeout },
  );
  return found as Element;
}

/** The visible text of an element with whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the whole shadow root (what a reader of the element sees, roughly). */
export function shadowText(host: Element): string {
  return textOf(host.shadowRoot as unknown as Element);
}

/** The `lang` control's value as the attribute value: `auto` leaves the attribute out. */
export const langOf = (lang: 'auto' | 'nl' | 'en' | undefined): 'nl' | 'en' | undefined =>
  lang === 'nl' || lang === 'en' ? lang : undefined;

/** Every node in an element's shadow tree, nested shadow roots included (the ≤ 5,000 budget). */
export function shadowNodeCount(element: Element): number {
  let count = 0;
  const walk = (root: ShadowRoot | Element) => {
    for (const child of root.querySelectorAll('*')) {
      count += 1;
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return count;
}
