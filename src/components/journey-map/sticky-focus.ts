/**
 * Focus in a map that scrolls under sticky headers: with `--journey-map-max-height` the map scrolls
 * vertically under its sticky phase row, and a focused cell must land below that row (the sticky
 * lane headers are kept clear by `scroll-padding-inline-start` in the styles).
 */

/**
 * Pads the scroller's block start by the phase row's height. Its height follows the phase
 * descriptions, so it is measured when a cell gets focus, which runs before the browser's focus scroll.
 */
export function padUnderPhaseRow(root: ParentNode, scroller: HTMLElement | null): void {
  const phases = root.querySelector<HTMLElement>('.phase-row');
  if (scroller && phases) scroller.style.setProperty('scroll-padding-block-start', `${phases.offsetHeight}px`);
}

/**
 * Scrolls a focused cell into view; a cell taller than the room under the sticky phase row (a tall
 * lane) shows its start, not whichever edge is nearer.
 */
export function keepCellInView(root: ParentNode, scroller: HTMLElement | null, cell: HTMLElement): void {
  const phases = root.querySelector<HTMLElement>('.phase-row');
  const room = scroller && phases ? scroller.clientHeight - phases.offsetHeight : Infinity;
  cell.scrollIntoView({ block: cell.offsetHeight > room ? 'start' : 'nearest', inline: 'nearest' });
}
