import type { Metadata } from "next";
import { PasteAwareMapApp } from "@/components/PasteAwareMapApp";
import type { TileConfig } from "@/components/BasemapLayers";
import { QUOTES_PER_PAGE } from "@/components/quote-page";
import type { SeededQuotes } from "@/components/use-place-mentions";
import type { UrlView } from "@/components/use-url-view";
import { getCorpusIndex, mentionsPage } from "@/lib/corpus";
import { extendBox } from "@/lib/geo/extent";
import { BASEMAP_BOX, getLibyaBasemap } from "@/lib/geo/libya-basemap";
import { loadGazetteer } from "@/lib/gazetteer/load";
import { describeView, ogImagePath, PREVIEW_HEIGHT, PREVIEW_WIDTH, SITE_NAME } from "@/lib/share";
import { viewHref, writeViewState } from "@/lib/url-state";
import { includedArticles } from "./api/_lib/included-articles";
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
  const index = getCorpusIndex();
  const mention = view.place && view.mention ? index.mentionsByPlace.get(view.place)?.find((m) => m.id === view.mention) : undefined;
  const articleTitle = mention ? index.articleById.get(mention.articleId)?.title : undefined;
  const { title, description } = describeView(view, {
    place: place && { nameAr: place.nameAr, nameEn: place.nameEn, kind: place.kind },
    quote: mention?.excerpt.text,
    articleTitle,
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
  const index = getCorpusIndex();
  const filterQuery = writeViewState({ articles: view.articles, from: view.from, to: view.to });
  const articles = includedArticles(new URLSearchParams(filterQuery), index.articles);
  const first = mentionsPage(index, view.place, 0, QUOTES_PER_PAGE, { articles });
  if (!first) return undefined;
  const held = view.mention ? mentionsPage(index, view.place, 0, QUOTES_PER_PAGE, { articles, at: view.mention }) : undefined;
  return { placeId: view.place, filterQuery, pages: held && held.offset !== first.offset ? [first, held] : [first] };
}

/** Online raster tiles only when both their URL and attribution are configured. */
function tileConfig(): TileConfig | undefined {
  const url = process.env.NEXT_PUBLIC_TILE_URL?.trim();
  const attribution = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION?.trim();
  return url && attribution ? { url, attribution } : undefined;
}

/**
 * The map. The corpus index and basemap are computed on the server; the page carries summaries.
 * The query string is the view (lib/url-state): read key by key, unknown ids dropped, so a shared
 * link's first paint is already that view and a bad value never breaks the page.
 */
export default async function HomePage({ searchParams }: Props) {
  const view = viewFromParams(await searchParams);
  const index = getCorpusIndex();
  // The basemap reaches every drawn place (a report may name Berlin); countries are not drawn.
  const extent = extendBox(BASEMAP_BOX, index.places.filter((p) => p.kind !== "country"), 3);
  return (
    <PasteAwareMapApp
      places={index.places}
      articles={index.articles}
      problems={index.errors}
      initialQuotes={linkedQuotes(view)}
      basemap={getLibyaBasemap(extent)}
      tiles={tileConfig()}
      initialView={view}
    />
  );
}
