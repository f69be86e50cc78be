/**
 * Right-to-left support shared by the elements. The layout follows the element's direction (its
 * own `dir`, or the closest one around it, through shadow roots): columns run from the right, the
 * sticky lane headers and axes sit on the right, and drawings whose x axis is reading order are
 * mirrored by CSS (`.mirror-rtl` in theme.ts). Scroll offsets and arrow keys are the parts CSS
 * cannot turn around; these helpers do.
 */

/** Whether the element lays out right to left (`:dir(rtl)`: its `dir`, or its closest ancestor's). */
export function isRtl(el: Element): boolean {
  return el.matches(':dir(rtl)');
}

/** How far the element is scrolled from its inline start: `scrollLeft` runs negative in right-to-left boxes. */
export function scrollStart(el: Element): number {
  return Math.abs(el.scrollLeft);
}

/** Scrolls the element to `offset` from its inline start. */
export function setScrollStart(el: Element, offset: number, rtl: boolean): void {
  el.scrollLeft = rtl ? -offset : offset;
}

/**
 * An arrow key in reading order: in right-to-left the left arrow goes forward, so it reads as
 * `ArrowRight` (next) and the right arrow as `ArrowLeft` (previous). Other keys pass unchanged.
 */
export function readingKey(key: string, rtl: boolean): string {
  if (!rtl) return key;
  if (key === 'ArrowLeft') return 'ArrowRight';
  if (key === 'ArrowRight') return 'ArrowLeft';
  return key;
}

/** The x of a pointer from the inline start of `box` (its left edge, or its right edge in right-to-left). */
export function inlineOffset(clientX: number, box: DOMRect, rtl: boolean): number {
  return rtl ? box.right - clientX : clientX - box.left;
}
