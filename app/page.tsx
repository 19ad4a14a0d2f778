import { MapApp } from "@/components/MapApp";
import type { TileConfig } from "@/components/BasemapLayers";
import { getCorpusIndex } from "@/lib/corpus";
import { getLibyaBasemap } from "@/lib/geo/libya-basemap";

/** Online raster tiles only when both their URL and attribution are configured. */
function tileConfig(): TileConfig | undefined {
  const url = process.env.NEXT_PUBLIC_TILE_URL?.trim();
  const attribution = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION?.trim();
  return url && attribution ? { url, attribution } : undefined;
}

/** The map. The corpus index and basemap are computed on the server; the page carries summaries. */
export default function HomePage() {
  const index = getCorpusIndex();
  return <MapApp places={index.places} articles={index.articles} basemap={getLibyaBasemap()} tiles={tileConfig()} />;
}
