/** The views of `<journey-map view="…">`: the lanes grid (default), the experience wheel, the one-page overview. */
export const MAP_VIEWS = ['grid', 'wheel', 'overview'] as const;

export type MapView = (typeof MAP_VIEWS)[number];

/** The view an attribute value asks for; anything unknown is the grid. */
export function mapView(value: string | null | undefined): MapView {
  return (MAP_VIEWS as readonly string[]).includes(value ?? '') ? (value as MapView) : 'grid';
}
