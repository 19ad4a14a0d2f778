import type { Metadata } from "next";
import { PasteAwareMapApp } from "@/components/paste/PasteAwareMapApp";
import type { TileConfig } from "@/components/map/BasemapLayers";
import { QUOTES_PER_PAGE } from "@/components/popup/quote-page";
import type { SeededQuotes } from "@/components/popup/use-place-mentions";
import type { UrlView } from "@/components/view-state/use-url-view";
import { corpusView } from "@/lib/corpus/view";
import { quotePage } from "@/lib/corpus/quote-page";
import { extendBox } from "@/lib/geo/extent";
import { BASEMAP_BOX, getLibyaBasemap } from "@/lib/geo/libya-basemap";
import { loadGazetteer } from "@/lib/gazetteer/load";
import { describeView, ogImagePath, PREVIEW_HEIGHT, PREVIEW_WIDTH, SITE_NAME } from "@/lib/share";
import { viewHref } from "@/lib/url-state";
import { filterQuery } from "@/components/view-state/view-filter";
import { corpus } from "./_lib/corpus";
import { filterOfView } from "./_lib/filter";
import { siteUrl } from "./site-url";
import { viewFromParams } from "./view-from-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Title, description and the Open Graph / Twitter cards of the shared view: the place's names,
 * the quote when one is selected, and the /api/og preview image (absolute, from KHABAR_SITE_URL).
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const view = viewFromParams(await searchParams);
  const place = view.place ? loadGazetteer().byId.get(view.place) : undefined;
  const mention = view.place && view.mention ? corpus().store.mention(view.mention) : undefined;
  const { title, description } = describeView(view, {
    place: place && { nameAr: place.nameAr, nameEn: place.nameEn, kind: place.kind },
    quote: mention?.sentenceText,
    articleTitle: mention?.article.title,
  });
  const image = ogImagePath(view);
  const url = viewHref(view);
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      title,
      description,
      url,
      locale: view.lang === "ar" ? "ar_LY" : "en_GB",
      images: image ? [{ url: image, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, alt: title }] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title,
      description,
      images: image ? [image] : undefined,
    },
  };
}

/**
 * The first page of quotes of the place a link opens on, and the page holding its quote, as
 * GET /api/places/{id}/mentions would give them under the link's filters: sent with the page so
 * the popup opens full instead of growing when they arrive.
 */
function linkedQuotes(view: UrlView): SeededQuotes | undefined {
  if (!view.place) return undefined;
  const { store, gazetteer } = corpus();
  // The same key the popup's cache uses (components/view-filter), so the seeded pages are found.
  const key = filterQuery(view);
  const filter = filterOfView(view);
  const first = quotePage(store, gazetteer, view.place, filter, { limit: QUOTES_PER_PAGE });
  if (!first) return undefined;
  const held = view.mention ? quotePage(store, gazetteer, view.place, filter, { limit: QUOTES_PER_PAGE, at: view.mention }) : undefined;
  return { placeId: view.place, filterQuery: key, pages: held && held.offset !== first.offset ? [first, held] : [first] };
}

/** Online raster tiles only when both their URL and attribution are configured. */
function tileConfig(): TileConfig | undefined {
  const url = process.env.NEXT_PUBLIC_TILE_URL?.trim();
  const attribution = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION?.trim();
  return url && attribution ? { url, attribution } : undefined;
}

/**
 * The map. The store answers for the view's filter on the server; the page carries place counts,
 * the timeline, the outlets and the first page of articles, never per-article data, so it weighs
 * the same whatever the corpus size. The query string is the view (lib/url-state): read key by key,
 * unknown ids dropped, so a shared link's first paint is already that view and a bad value never
 * breaks the page.
 */
export default async function HomePage({ searchParams }: Props) {
  const view = viewFromParams(await searchParams);
  const { store, gazetteer } = corpus();
  const data = corpusView(store, gazetteer, filterOfView(view));
  const everyPlace = [...store.placeCounts().keys()].sort();
  // The basemap reaches every drawn place (a report may name Berlin); countries are not drawn.
  const drawn = everyPlace.map((id) => gazetteer.byId.get(id)).filter((p) => p !== undefined && p.kind !== "country");
  const extent = extendBox(BASEMAP_BOX, drawn as { lat: number; lon: number }[], 3);
  return (
    <PasteAwareMapApp
      initialData={data}
      knownPlaceIds={everyPlace}
      problems={store.seedProblems()}
      initialQuotes={linkedQuotes(view)}
      basemap={getLibyaBasemap(extent)}
      tiles={tileConfig()}
      initialView={view}
    />
  );
}
