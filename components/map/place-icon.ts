import L from "leaflet";
import type {} from "leaflet.markercluster";
import type { ShownPlace } from "@/lib/corpus/merge-pasted";
import type { PlaceKind } from "@/lib/gazetteer/place";
import type { Lang } from "@/lib/url-state";
import { clusterLabel, kindGroup, markerLabel, markerSize } from "./marker-style";
import { decorateEventMarker } from "./event-marker";
import { sumRoles } from "./event-style";

/**
 * A CSS-drawn marker (no image files) whose element carries the accessible name (in the interface
 * language: Leaflet builds the element outside React, so the language is fixed when the icon is
 * made and a new language means a new icon) and the place's id and coordinates. Leaflet makes it
 * focusable (tabindex 0, role button) and turns Enter into a click, which opens the popup.
 */
class PlaceIcon extends L.DivIcon {
  constructor(
    readonly place: ShownPlace,
    readonly lang: Lang,
  ) {
    const size = markerSize(place.count);
    super({
      className: `place-marker place-marker--${kindGroup(place.kind as Exclude<PlaceKind, "country">)}${(place.unsaved ?? 0) > 0 ? " place-marker--unsaved" : ""}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
      html: "",
    });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    const p = this.place;
    el.setAttribute("aria-label", markerLabel(p, this.lang, p.unsaved ?? 0));
    el.dataset.placeId = p.id;
    el.dataset.kind = p.kind;
    el.dataset.lat = String(p.lat);
    el.dataset.lon = String(p.lon);
    el.dataset.count = String(p.count);
    const count = document.createElement("span");
    count.className = "place-marker-count";
    count.setAttribute("aria-hidden", "true");
    count.textContent = String(p.count);
    el.replaceChildren(count);
    // What happened there (lib/events roles): the combat arc and the event badge.
    decorateEventMarker(el, p.roles, this.lang);
    return el;
  }
}

/**
 * The marker icon of a place, labelled in `lang`.
 *
 * @example placeIcon(misrata, "en") // → DivIcon labelled "Misrata — مصراتة, 14 mentions"
 * @example placeIcon(misrata, "ar") // → DivIcon labelled "مصراتة — Misrata، 14 إشارة"
 */
export function placeIcon(place: ShownPlace, lang: Lang = "en"): L.DivIcon {
  return new PlaceIcon(place, lang);
}

class ClusterIcon extends L.DivIcon {
  constructor(
    private readonly label: string,
    private readonly placeIds: string[],
    size: number,
    /** adds what happened in the cluster's places (components/event-marker) */
    private readonly events: (el: HTMLElement) => void = () => {},
  ) {
    super({ className: "place-cluster", iconSize: [size, size], html: "" });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    el.setAttribute("aria-label", this.label);
    el.dataset.placeIds = this.placeIds.join(" ");
    const count = document.createElement("span");
    count.setAttribute("aria-hidden", "true");
    count.textContent = String(this.placeIds.length);
    el.replaceChildren(count);
    this.events(el);
    return el;
  }
}

/**
 * The icon of a cluster: how many places it holds, sized by their mentions, with an accessible
 * name in `lang`; Enter on it zooms in like a click.
 *
 * @example clusterIcon(cluster, "en") // → DivIcon labelled "3 places, 20 mentions: open to zoom in"
 */
export function clusterIcon(cluster: L.MarkerCluster, lang: Lang = "en"): L.DivIcon {
  const places = cluster
    .getAllChildMarkers()
    .map((m) => (m.options.icon instanceof PlaceIcon ? m.options.icon.place : undefined))
    .filter((p) => p !== undefined);
  const mentions = places.reduce((n, p) => n + p.count, 0);
  const size = Math.min(56, markerSize(mentions) + 8);
  return new ClusterIcon(
    clusterLabel(places.length, mentions, lang),
    places.map((p) => p.id),
    size,
    (el) => decorateEventMarker(el, sumRoles(places), lang),
  );
}
