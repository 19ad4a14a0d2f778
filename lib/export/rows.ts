import type { PlaceKind } from "../gazetteer/place";
import type { ArticleMeta, DateRange, Mention } from "../corpus/types";
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

/** What an export needs to look up beside the mentions themselves. */
export type ExportSources = {
  article: (id: string) => ArticleMeta | undefined;
  /** the full text of an article, for the sentence */
  text: (id: string) => string | undefined;
  place: (id: string) => { nameAr: string; nameEn: string; kind: PlaceKind; country: string; lat: number; lon: number; precisionKm: number } | undefined;
};

/**
 * Joins mentions with their article, place and sentence text. A mention whose article or place
 * cannot be found is left out (the corpus index already reported it).
 *
 * @example exportRows([{ id: "003:120", articleId: "003", placeId: "sirte", … }], sources)
 * // [{ mentionId: "003:120", articleTitle: "…", nameEn: "Sirte", lon: 16.59, lat: 31.2, sentence: "…", … }]
 */
export function exportRows(mentions: Iterable<Mention>, sources: ExportSources): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const m of mentions) {
    const article = sources.article(m.articleId);
    const place = sources.place(m.placeId);
    const text = sources.text(m.articleId);
    if (!article || !place || text === undefined) continue;
    rows.push({
      mentionId: m.id,
      articleId: m.articleId,
      articleTitle: article.title,
      published: article.published,
      placeId: m.placeId,
      nameAr: place.nameAr,
      nameEn: place.nameEn,
      kind: place.kind,
      country: place.country,
      lat: place.lat,
      lon: place.lon,
      precisionKm: place.precisionKm,
      start: m.start,
      end: m.end,
      surface: m.surface,
      sentence: text.slice(m.sentence.start, m.sentence.end),
    });
  }
  return rows;
}
