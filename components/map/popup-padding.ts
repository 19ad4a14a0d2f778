/** A box in page pixels (a DOMRect's fields). */
export type Box = { left: number; top: number; right: number; bottom: number };
/** How far a popup must keep from each edge of the map: Leaflet's autoPanPadding pair. */
export type PopupPadding = { topLeft: [number, number]; bottomRight: [number, number] };

const MARGIN = 12;

/**
 * Where a popup may open without sliding under what floats over the map: the side panel when it
 * stands beside the map (a column along one side; a phone's drawer folds away instead), the
 * timeline (a band along the top or bottom).
 * Leaflet pans the map until the popup fits inside the padded frame.
 *
 * @example popupPadding({ left: 0, top: 0, right: 1280, bottom: 720 },
 *   { panel: { left: 12, top: 12, right: 352, bottom: 708 }, timeline: { left: 364, top: 600, right: 1000, bottom: 708 } })
 *   // → { topLeft: [364, 12], bottomRight: [12, 132] }
 */
export function popupPadding(map: Box, over: { panel?: Box; timeline?: Box }): PopupPadding {
  let [left, top, right, bottom] = [MARGIN, MARGIN, MARGIN, MARGIN];
  const { panel, timeline } = over;
  // On phones the panel is a drawer across the bottom that folds away when a place is chosen.
  const column = panel !== undefined && panel.right - panel.left < (map.right - map.left) / 2;
  if (panel && column && overlaps(map, panel)) {
    const onLeft = panel.left - map.left < map.right - panel.right;
    if (onLeft) left = Math.max(left, panel.right - map.left + MARGIN);
    else right = Math.max(right, map.right - panel.left + MARGIN);
  }
  if (timeline && overlaps(map, timeline)) {
    const atBottom = map.bottom - timeline.bottom < timeline.top - map.top;
    if (atBottom) bottom = Math.max(bottom, map.bottom - timeline.top + MARGIN);
    else top = Math.max(top, timeline.bottom - map.top + MARGIN);
  }
  return { topLeft: [Math.round(left), Math.round(top)], bottomRight: [Math.round(right), Math.round(bottom)] };
}

function overlaps(a: Box, b: Box): boolean {
  return b.right > a.left && b.left < a.right && b.bottom > a.top && b.top < a.bottom && b.right > b.left && b.bottom > b.top;
}
