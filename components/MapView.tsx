"use client";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import L from "leaflet";
import type {} from "leaflet.markercluster";
import { GeoJSON, MapContainer, Marker, Pane, Popup, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import type { PlaceSummary } from "@/lib/corpus/types";
import type { Basemap } from "@/lib/geo/basemap-from-topology";
import { LIBYA_BBOX, bboxToLatLngBounds } from "@/lib/geo/libya-bounds";
import { uncertaintyCircle } from "@/lib/geo/uncertainty-circle";
import { BasemapLayers, type TileConfig } from "./BasemapLayers";
import { PlacePopup } from "./PlacePopup";
import { clusterIcon, placeIcon } from "./place-icon";
import type { FlyRequest } from "./use-map-view";

export type MapViewProps = {
  /** places drawn as markers (countries are not) */
  places: PlaceSummary[];
  basemap: Basemap;
  tiles?: TileConfig;
  /** the selected place: its popup is open */
  openPlace?: string;
  fly?: FlyRequest;
  onPlaceOpened: (placeId: string) => void;
  onPlaceClosed: (placeId: string) => void;
};

/** Zoom a chosen place is shown at, at least (clusters may then zoom further to show it). */
const FLY_ZOOM = 9;
const INITIAL_BOUNDS = bboxToLatLngBounds(LIBYA_BBOX, 0.5);
const MAX_BOUNDS = bboxToLatLngBounds([-4, 8, 42, 44]);

type Registry = Map<string, L.Marker>;

/**
 * The Leaflet map: basemap, clustered place markers with popups, the uncertainty circle of the
 * open place, and the fly-to behaviour when a place is chosen from a list. Client only: loaded
 * through MapLoader (next/dynamic, ssr: false).
 */
export default function MapView(props: MapViewProps) {
  const { places, basemap, tiles, openPlace, fly, onPlaceOpened, onPlaceClosed } = props;
  const markers = useRef<Registry>(new Map());
  const cluster = useRef<L.MarkerClusterGroup>(null);
  const [popupPlace, setPopupPlace] = useState<string | undefined>();

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

  const circlePlace = places.find((p) => p.id === popupPlace);
  const circle = useMemo(
    () => (circlePlace ? uncertaintyCircle(circlePlace.lat, circlePlace.lon, circlePlace.precisionKm) : undefined),
    [circlePlace],
  );

  return (
    <MapContainer
      className="map"
      bounds={INITIAL_BOUNDS}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={0.8}
      minZoom={4}
      maxZoom={16}
      zoomControl={false}
      worldCopyJump={false}
    >
      <MapChrome />
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
        iconCreateFunction={clusterIcon}
      >
        {places.map((p) => (
          <PlaceMarker key={p.id} place={p} register={register} onOpen={opened} onClose={closed} />
        ))}
      </MarkerClusterGroup>
      <FlyToPlace fly={fly} markers={markers} cluster={cluster} />
      <CloseWhenDeselected openPlace={openPlace} />
    </MapContainer>
  );
}

/** Zoom buttons where the side panel does not cover them, and an accessible name for the map. */
function MapChrome() {
  const map = useMap();
  useEffect(() => {
    map.getContainer().setAttribute("aria-label", "Map of the places the articles report");
    const zoom = L.control.zoom({ position: "topright" }).addTo(map);
    return () => {
      zoom.remove();
    };
  }, [map]);
  return null;
}

type PlaceMarkerProps = {
  place: PlaceSummary;
  register: (id: string, marker: L.Marker | null) => void;
  onOpen: (id: string) => void;
  onClose: (id: string) => void;
};

const PlaceMarker = memo(function PlaceMarker({ place, register, onOpen, onClose }: PlaceMarkerProps) {
  const icon = useMemo(() => placeIcon(place), [place]);
  const [open, setOpen] = useState(false);
  const popup = useRef<L.Popup>(null);
  const ref = useCallback((m: L.Marker | null) => register(place.id, m), [place.id, register]);
  const relayout = useCallback(() => popup.current?.update(), []);
  const handlers = useMemo(
    () => ({
      popupopen: () => {
        setOpen(true);
        onOpen(place.id);
      },
      popupclose: () => {
        setOpen(false);
        onClose(place.id);
      },
    }),
    [place.id, onOpen, onClose],
  );
  const maxHeight = typeof window === "undefined" ? 420 : Math.min(460, Math.round(window.innerHeight * 0.55));
  return (
    <Marker position={[place.lat, place.lon]} icon={icon} ref={ref} eventHandlers={handlers}>
      <Popup ref={popup} className="place-popup-shell" maxWidth={380} minWidth={240} maxHeight={maxHeight} autoPanPadding={[20, 20]}>
        {open ? <PlacePopup place={place} onChange={relayout} /> : null}
      </Popup>
    </Marker>
  );
});

/**
 * Answers a request from a list: fly to the place, let the cluster group zoom or spiderfy until its
 * marker is visible, then open its popup.
 */
function FlyToPlace({
  fly,
  markers,
  cluster,
}: {
  fly?: FlyRequest;
  markers: React.RefObject<Registry>;
  cluster: React.RefObject<L.MarkerClusterGroup | null>;
}) {
  const map = useMap();
  useEffect(() => {
    if (!fly) return;
    let cancelled = false;
    const open = () => {
      const marker = markers.current.get(fly.placeId);
      const group = cluster.current;
      if (cancelled || !marker || !group) return;
      group.zoomToShowLayer(marker, () => {
        if (!cancelled && !marker.isPopupOpen()) marker.openPopup();
      });
    };
    // Markers reach the cluster group in a microtask after mounting: start once they are in.
    const timer = window.setTimeout(() => {
      const marker = markers.current.get(fly.placeId);
      const group = cluster.current;
      if (!marker || !group) return;
      if (marker.isPopupOpen()) return;
      const target = marker.getLatLng();
      const shown = group.getVisibleParent(marker) === marker && map.getBounds().pad(-0.1).contains(target);
      if (shown) return open();
      map.once("moveend", open);
      const zoom = Math.max(map.getZoom(), FLY_ZOOM);
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      if (reduce) map.setView(target, zoom, { animate: false });
      else map.flyTo(target, zoom, { duration: 0.8 });
    }, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      map.off("moveend", open);
    };
  }, [fly, map, markers, cluster]);
  return null;
}

/** Closes the popup when the selection is cleared from outside the map (a list, Back). */
function CloseWhenDeselected({ openPlace }: { openPlace?: string }) {
  const map = useMap();
  useEffect(() => {
    if (openPlace === undefined) map.closePopup();
  }, [openPlace, map]);
  return null;
}
