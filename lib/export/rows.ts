import type { PlaceKind } from "../gazetteer/place";
import type { DateRange } from "../corpus/types";
import type { StoredQuote } from "../store/types";

/** One exported mention: where, in which article, at which offsets, and the sentence quoting it. */
export type ExportRow = {
  mentionId: string;
  articleId: string;
  articleTitle: string;
  published: DateRange | null;
  placeId: string;
  nameAr: string;
  nameEn: string;
  kind: PlaceKind;
  country: string;
  lat: number;
  lon: number;
  precisionKm: number;
  /** JavaScript string offsets into the article text (DESIGN.md "Mention") */
  start: number;
  end: number;
  surface: string;
  /** the whole sentence around the mention, as it stands in the article */
  sentence: string;
  /** the article's outlet and URL, when the store knows them */
  source?: string;
  url?: string;
  /** what the sentence reports at the place (lib/events), when labelled */
  role?: string;
  combatKind?: string;
};

/** What a row needs of its place. */
type PlaceFacts = { nameAr: string; nameEn: string; kind: PlaceKind; country: string; lat: number; lon: number; precisionKm: number };

/**
 * The export row of one stored quote (lib/store exportMentions) at its place.
 *
 * @example rowOfQuote(store.mention("003:120")!, gazetteer.byId.get("sirte")!).nameEn // → "Sirte"
 */
export function rowOfQuote(q: StoredQuote, place: PlaceFacts): ExportRow {
  return {
    mentionId: q.id,
    articleId: q.articleId,
    articleTitle: q.article.title,
    published: q.article.published,
    placeId: q.placeId,
    nameAr: place.nameAr,
    nameEn: place.nameEn,
    kind: place.kind,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    precisionKm: place.precisionKm,
    start: q.start,
    end: q.end,
    surface: q.surface,
    sentence: q.sentenceText,
    ...(q.article.source ? { source: q.article.source } : {}),
    ...(q.article.url ? { url: q.article.url } : {}),
    ...(q.role ? { role: q.role } : {}),
    ...(q.kind ? { combatKind: q.kind } : {}),
  };
}
