"use client";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import L from "leaflet";
import type {} from "leaflet.markercluster";
import { GeoJSON, MapContainer, Marker, Pane, Popup, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import type { ShownPlace } from "@/lib/corpus/merge-pasted";
import type { Basemap } from "@/lib/geo/basemap-from-topology";
import { LIBYA_BBOX, bboxToLatLngBounds } from "@/lib/geo/libya-bounds";
import { uncertaintyCircle } from "@/lib/geo/uncertainty-circle";
import { BasemapLayers, type TileConfig } from "./BasemapLayers";
import { PlacePopup } from "../popup/PlacePopup";
import { clusterIcon, placeIcon } from "./place-icon";
import { popupPadding, type PopupPadding } from "./popup-padding";
import { MAX_ZOOM, MIN_ZOOM, type Lang } from "@/lib/url-state";
import { t } from "../i18n/i18n";
import type { FlyRequest, RestoreRequest } from "../view-state/use-url-view";

export type MapViewProps = {
  /** places drawn as markers (countries are not) */
  places: ShownPlace[];
  basemap: Basemap;
  tiles?: TileConfig;
  /** the selected place: its popup is open */
  openPlace?: string;
  fly?: FlyRequest;
  onPlaceOpened: (placeId: string) => void;
  onPlaceClosed: (placeId: string) => void;
  /** where the map opens (a shared link); without it the map fits Libya */
  initialCenter?: { lat: number; lon: number };
  initialZoom?: number;
  /** put the map where a history entry says (Back/Forward, a shared link) */
  restore?: RestoreRequest;
  /** the map came to rest after a pan or zoom */
  onMoved?: (center: { lat: number; lon: number }, zoom: number) => void;
  lang?: Lang;
};

/** Zoom a chosen place is shown at, at least (clusters may then zoom further to show it). */
const FLY_ZOOM = 8;
const INITIAL_BOUNDS = bboxToLatLngBounds(LIBYA_BBOX, 0.5);
// Panning may go this far (degrees) past the basemap: a tall phone screen at a low zoom sees more
// latitude than the basemap spans, and Leaflet would otherwise re-centre it off Libya.
const MAX_BOUNDS_PAD = 20;

type Registry = Map<string, L.Marker>;

/**
 * The Leaflet map: basemap, clustered place markers with popups, the uncertainty circle of the
 * open place, and the fly-to behaviour when a place is chosen from a list. Client only: loaded
 * through MapLoader (next/dynamic, ssr: false).
 */
export default function MapView(props: MapViewProps) {
  const { places, basemap, tiles, openPlace, fly, onPlaceOpened, onPlaceClosed } = props;
  const { initialCenter, initialZoom, restore, onMoved, lang = "en" } = props;
  // A shared view opens exactly where it was; a bare URL fits Libya beside the panel.
  const start =
    initialCenter && initialZoom !== undefined
      ? { center: [initialCenter.lat, initialCenter.lon] as L.LatLngTuple, zoom: initialZoom }
      : { bounds: INITIAL_BOUNDS, boundsOptions: initialPadding() };
  const markers = useRef<Registry>(new Map());
  const cluster = useRef<L.MarkerClusterGroup>(null);
  const [popupPlace, setPopupPlace] = useState<string | undefined>();
  // The place whose popup should take focus when it opens (chosen from a list, not clicked).
  const focusNext = useRef<string | undefined>(undefined);

  const register = useCallback((id: string, marker: L.Marker | null) => {
    if (marker) markers.current.set(id, marker);
    else markers.current.delete(id);
  }, []);
  const opened = useCallback(
    (id: string) => {
      setPopupPlace(id);
      onPlaceOpened(id);
    },
    [onPlaceOpened],
  );
  const closed = useCallback(
    (id: string) => {
      setPopupPlace((p) => (p === id ? undefined : p));
      onPlaceClosed(id);
    },
    [onPlaceClosed],
  );

  // Icons are Leaflet's, made outside React: each carries its language, so a new language makes
  // new marker icons (PlaceMarker) and redraws the clusters' icons.
  const makeClusterIcon = useCallback((c: L.MarkerCluster) => clusterIcon(c, lang), [lang]);
  const labelledIn = useRef(lang);
  useEffect(() => {
    if (labelledIn.current === lang) return;
    labelledIn.current = lang;
    cluster.current?.refreshClusters();
  }, [lang]);

  const circlePlace = places.find((p) => p.id === popupPlace);
  const circle = useMemo(
    () => (circlePlace ? uncertaintyCircle(circlePlace.lat, circlePlace.lon, circlePlace.precisionKm) : undefined),
    [circlePlace],
  );

  return (
    <MapContainer
      className="map"
      {...start}
      maxBounds={bboxToLatLngBounds(basemap.box, MAX_BOUNDS_PAD)}
      maxBoundsViscosity={0.8}
      // The zoom range a URL may ask for, in the half steps it may ask for: a shared z=7.5 opens at 7.5.
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.5}
      zoomControl={false}
      worldCopyJump={false}
    >
      <MapChrome lang={lang} />
      <ViewSync onMoved={onMoved} />
      <BasemapLayers basemap={basemap} tiles={tiles} />
      <Pane name="uncertainty" style={{ zIndex: 390 }}>
        {circle && circlePlace && (
          <GeoJSON
            key={circlePlace.id}
            data={circle}
            interactive={false}
            style={{ color: "#b45309", weight: 1.5, dashArray: "5 4", fillColor: "#f59e0b", fillOpacity: 0.12 }}
          />
        )}
      </Pane>
      <MarkerClusterGroup
        ref={cluster}
        chunkedLoading
        maxClusterRadius={44}
        showCoverageOnHover={false}
        spiderfyOnMaxZoom
        iconCreateFunction={makeClusterIcon}
      >
        {places.map((p) => (
          <PlaceMarker key={p.id} place={p} lang={lang} register={register} onOpen={opened} onClose={closed} focusNext={focusNext} />
        ))}
      </MarkerClusterGroup>
      <FlyToPlace fly={fly} markers={markers} cluster={cluster} focusNext={focusNext} />
      <CloseWhenDeselected openPlace={openPlace} />
      <RestoreView restore={restore} markers={markers} cluster={cluster} />
    </MapContainer>
  );
}

/** Room for the side panel (left on wide screens, a bottom drawer on phones) when fitting Libya. */
function initialPadding(): L.FitBoundsOptions {
  if (typeof window === "undefined") return {};
  if (window.innerWidth <= 600) return { paddingTopLeft: [8, 8], paddingBottomRight: [8, Math.round(window.innerHeight * 0.45)] };
  return isRtl()
    ? { paddingTopLeft: [12, 12], paddingBottomRight: [364, 12] }
    : { paddingTopLeft: [364, 12], paddingBottomRight: [12, 12] };
}

/** The popup's room on this map now: clear of the side panel and the timeline as they stand. */
function measuredPadding(map: L.Map): PopupPadding {
  const box = (el: Element | null) => el?.getBoundingClientRect();
  const container = map.getContainer();
  const app = container.closest(".map-app") ?? document;
  return popupPadding(container.getBoundingClientRect(), {
    panel: box(app.querySelector(".side-panel")),
    timeline: box(app.querySelector(".timeline")),
  });
}

/** In Arabic the side panel sits on the right (the document's direction says which). */
function isRtl(): boolean {
  return typeof document !== "undefined" && document.documentElement.dir === "rtl";
}

/** Zoom buttons where the side panel does not cover them, and an accessible name for the map. */
function MapChrome({ lang }: { lang: Lang }) {
  const map = useMap();
  useEffect(() => {
    // A named region: aria-label on a div with no role is not announced.
    map.getContainer().setAttribute("role", "region");
    map.getContainer().setAttribute("aria-label", t(lang, "mapLabel"));
  }, [map, lang]);
  useEffect(() => {
    const zoom = L.control
      .zoom({ position: "topright", zoomInTitle: t(lang, "zoomIn"), zoomOutTitle: t(lang, "zoomOut") })
      .addTo(map);
    return () => {
      zoom.remove();
    };
  }, [map, lang]);
  return null;
}

type PlaceMarkerProps = {
  place: ShownPlace;
  lang: Lang;
  register: (id: string, marker: L.Marker | null) => void;
  onOpen: (id: string) => void;
  onClose: (id: string) => void;
  focusNext: React.RefObject<string | undefined>;
};

const PlaceMarker = memo(function PlaceMarker({ place, lang, register, onOpen, onClose, focusNext }: PlaceMarkerProps) {
  const map = useMap();
  const icon = useMemo(() => placeIcon(place, lang), [place, lang]);
  // A new array each render would make react-leaflet call setLatLng, and the cluster group then
  // re-adds the marker and reopens its popup (losing focus): keep the same array.
  const position = useMemo((): L.LatLngTuple => [place.lat, place.lon], [place.lat, place.lon]);
  const [open, setOpen] = useState(false);
  const [focusOnOpen, setFocusOnOpen] = useState(false);
  const popup = useRef<L.Popup>(null);
  const self = useRef<L.Marker | null>(null);
  const ref = useCallback(
    (m: L.Marker | null) => {
      self.current = m;
      register(place.id, m);
    },
    [place.id, register],
  );
  const relayout = useCallback(() => popup.current?.update(), []);
  // Escape in the popup closes it and gives focus back to the marker, as a keyboard user expects.
  const dismiss = useCallback(() => {
    self.current?.closePopup();
    (self.current?.getElement() as HTMLElement | undefined)?.focus();
  }, []);
  const handlers = useMemo(
    () => ({
      popupopen: (e: L.PopupEvent) => {
        // Measured now: the panel changes sides with the language and the timeline's height with
        // the screen. Leaflet pans after this event, so the popup opens clear of both.
        const room = measuredPadding(map);
        e.popup.options.autoPanPaddingTopLeft = room.topLeft;
        e.popup.options.autoPanPaddingBottomRight = room.bottomRight;
        setFocusOnOpen(focusNext.current === place.id);
        focusNext.current = undefined;
        setOpen(true);
        onOpen(place.id);
      },
      popupclose: () => {
        setOpen(false);
        onClose(place.id);
      },
    }),
    [map, place.id, onOpen, onClose, focusNext],
  );
  const maxHeight = typeof window === "undefined" ? 420 : Math.min(460, Math.round(window.innerHeight * 0.55));
  return (
    <Marker position={position} icon={icon} ref={ref} eventHandlers={handlers}>
      <Popup
        ref={popup}
        className="place-popup-shell"
        maxWidth={380}
        minWidth={240}
        maxHeight={maxHeight}
      >
        {open ? <PlacePopup place={place} onChange={relayout} onDismiss={dismiss} focusOnOpen={focusOnOpen} /> : null}
      </Popup>
    </Marker>
  );
});

// leaflet.markercluster internals this file relies on (stable since 1.0, not in its typings).
type ClusterInternals = L.MarkerClusterGroup & { _inZoomAnimation?: number };
type MarkerInternals = L.Marker & { __parent?: { _zoom?: number } };

/**
 * The zoom at which a marker stands alone: one more than that of the deepest cluster holding it
 * (markers at identical spots never do; the cluster group spiderfies them instead).
 */
function unclusteredZoom(marker: L.Marker, map: L.Map): number {
  const parentZoom = (marker as MarkerInternals).__parent?._zoom ?? map.getZoom();
  return Math.min(map.getMaxZoom(), parentZoom + 1);
}

/**
 * Answers a request from a list: fly to the place at a zoom where its marker is out of any cluster,
 * wait for the cluster group's own animation to end, then open its popup (zoomToShowLayer still
 * spiderfies markers that share a spot).
 */
function FlyToPlace({
  fly,
  markers,
  cluster,
  focusNext,
}: {
  fly?: FlyRequest;
  focusNext: React.RefObject<string | undefined>;
  markers: React.RefObject<Registry>;
  cluster: React.RefObject<L.MarkerClusterGroup | null>;
}) {
  const map = useMap();
  useEffect(() => {
    if (!fly) return;
    let cancelled = false;
    const open = () => {
      const marker = markers.current.get(fly.placeId);
      const group = cluster.current as ClusterInternals | null;
      if (cancelled || !marker || !group) return;
      // Starting while the group animates its clusters leaves markers half-shown: wait for it.
      if (group._inZoomAnimation) {
        group.once("animationend", open);
        return;
      }
      group.zoomToShowLayer(marker, () => {
        if (cancelled) return;
        focusNext.current = fly.placeId;
        if (!marker.isPopupOpen()) marker.openPopup();
      });
    };
    // Markers reach the cluster group in a microtask after mounting: start once they are in.
    const timer = window.setTimeout(() => {
      const marker = markers.current.get(fly.placeId);
      const group = cluster.current;
      // A gazetteer place with no marker (found by search, not in the current selection): go there.
      if (!marker && fly.lat !== undefined && fly.lon !== undefined) {
        moveTo(map, L.latLng(fly.lat, fly.lon), Math.max(map.getZoom(), FLY_ZOOM + 1));
        return;
      }
      if (!marker || !group || marker.isPopupOpen()) return;
      const target = marker.getLatLng();
      const shown = group.getVisibleParent(marker) === marker && map.getBounds().pad(-0.1).contains(target);
      if (shown) return open();
      map.once("moveend", open);
      moveTo(map, target, Math.max(unclusteredZoom(marker, map), FLY_ZOOM));
    }, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      map.off("moveend", open);
      cluster.current?.off("animationend", open);
    };
  }, [fly, map, markers, cluster, focusNext]);
  return null;
}

/** Flies there, or jumps for a reader who asked the system for reduced motion. */
function moveTo(map: L.Map, target: L.LatLng, zoom: number): void {
  if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) map.setView(target, zoom, { animate: false });
  else map.flyTo(target, zoom, { duration: 0.8 });
}

/** Closes the popup when the selection is cleared from outside the map (a list, Back). */
function CloseWhenDeselected({ openPlace }: { openPlace?: string }) {
  const map = useMap();
  useEffect(() => {
    if (openPlace === undefined) map.closePopup();
  }, [openPlace, map]);
  return null;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * Reports where the map comes to rest (for the URL) and writes it on the container as
 * data-center="lat,lon" and data-zoom, so tests and tools can read the view.
 */
function ViewSync({ onMoved }: { onMoved?: (center: { lat: number; lon: number }, zoom: number) => void }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    const read = () => {
      const c = map.getCenter().wrap();
      const center = { lat: round5(c.lat), lon: round5(c.lng) };
      el.dataset.center = `${center.lat},${center.lon}`;
      el.dataset.zoom = String(map.getZoom());
      return center;
    };
    read();
    const moved = () => onMoved?.(read(), map.getZoom());
    map.on("moveend", moved);
    return () => {
      map.off("moveend", moved);
    };
  }, [map, onMoved]);
  return null;
}

/**
 * Puts the map where a history entry or a shared link says: that centre and zoom without
 * animation, that place's popup open without auto-panning (which would move the centre the link
 * promised), or no popup. A place still inside a cluster there is zoomed to instead.
 */
function RestoreView({
  restore,
  markers,
  cluster,
}: {
  restore?: RestoreRequest;
  markers: React.RefObject<Registry>;
  cluster: React.RefObject<L.MarkerClusterGroup | null>;
}) {
  const map = useMap();
  const seq = restore?.seq;
  useEffect(() => {
    if (!restore) return;
    const { center, zoom, place } = restore;
    if (center && zoom !== undefined) map.setView([center.lat, center.lon], zoom, { animate: false });
    else if (!place) map.fitBounds(INITIAL_BOUNDS, { ...initialPadding(), animate: false });
    if (!place) {
      map.closePopup();
      return;
    }
    let timer: number | undefined;
    let tries = 0;
    // A newer restore or fly may come before the cluster group's zoom ends: this one must not
    // then open its (older) place's popup.
    let cancelled = false;
    const tick = () => {
      const marker = markers.current.get(place);
      const group = cluster.current as ClusterInternals | null;
      // Markers reach the cluster group in chunks after mounting: wait until this one is in.
      if (!marker || !group || !group.hasLayer(marker) || group._inZoomAnimation) {
        if (tries++ < 100) timer = window.setTimeout(tick, 50);
        return;
      }
      if (marker.isPopupOpen()) return;
      if (group.getVisibleParent(marker) !== marker || !center) {
        group.zoomToShowLayer(marker, () => {
          if (!cancelled && !marker.isPopupOpen()) marker.openPopup();
        });
        return;
      }
      const popup = marker.getPopup();
      if (popup) {
        popup.options.autoPan = false;
        marker.once("popupclose", () => {
          popup.options.autoPan = true;
        });
      }
      marker.openPopup();
    };
    timer = window.setTimeout(tick, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // Only a new request (seq) moves the map; the rest of `restore` belongs to it, so it is not a
    // dependency (a re-render with the same request must not move the map again).
  }, [seq, map, markers, cluster]);
  return null;
}
