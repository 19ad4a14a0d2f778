import { PasteAwareMapApp } from "@/components/PasteAwareMapApp";
import type { TileConfig } from "@/components/BasemapLayers";
import { getCorpusIndex } from "@/lib/corpus";
import { extendBox } from "@/lib/geo/extent";
import { BASEMAP_BOX, getLibyaBasemap } from "@/lib/geo/libya-basemap";

/** Online raster tiles only when both their URL and attribution are configured. */
function tileConfig(): TileConfig | undefined {
  const url = process.env.NEXT_PUBLIC_TILE_URL?.trim();
  const attribution = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION?.trim();
  return url && attribution ? { url, attribution } : undefined;
}

/** The map. The corpus index and basemap are computed on the server; the page carries summaries. */
export default function HomePage() {
  const index = getCorpusIndex();
  // The basemap reaches every drawn place (a report may name Berlin); countries are not drawn.
  const extent = extendBox(BASEMAP_BOX, index.places.filter((p) => p.kind !== "country"), 3);
  return <PasteAwareMapApp places={index.places} articles={index.articles} basemap={getLibyaBasemap(extent)} tiles={tileConfig()} />;
}
