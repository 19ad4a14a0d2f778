import type { Place } from "../gazetteer/place";
import type { GeoMention } from "../geoparse/types";
import type {
  Article,
  ArticleMeta,
  CorpusError,
  CorpusIndex,
  Mention,
  MentionWithExcerpt,
  PlaceSummary,
} from "./types";
import { splitSentences, sentenceAt } from "./sentences";
import { buildExcerpt } from "./excerpt";
import { compareNewestFirst } from "./newest-first";

/** What building the index needs from the geoparser and the gazetteer. */
export type IndexSources = {
  /** finds the mentions in one article's text (lib/geoparse `geoparse` bound to a gazetteer) */
  parse: (text: string) => GeoMention[];
  /** the gazetteer entry of a place id */
  placeById: (id: string) => Place | undefined;
};

/**
 * Builds the corpus index in one pass over the articles: each article is geoparsed once, each
 * mention gets its sentence and excerpt, and places get their counts. Articles and each place's
 * mentions come newest article first (within an article, in text order); places by count, then
 * English name. A mention whose place the gazetteer does not know is reported in `errors`.
 *
 * @example
 *   buildCorpusIndex(articles, { parse: (t) => geoparse(t, gaz), placeById: (id) => gaz.byId.get(id) })
 *   // → { articles, places: [{ id: "sirte", count: 4, countsByArticle: { "003": 2, "004": 2 }, … }], … }
 */
export function buildCorpusIndex(
  articles: readonly Article[],
  sources: IndexSources,
  errors: readonly CorpusError[] = [],
): CorpusIndex {
  const ordered = [...articles].sort(compareNewestFirst);
  const outErrors = [...errors];
  const mentionsByPlace = new Map<string, MentionWithExcerpt[]>();
  const mentionsByArticle = new Map<string, Mention[]>();
  const summaries = new Map<string, PlaceSummary>();
  const metas: ArticleMeta[] = [];

  for (const article of ordered) {
    const { text, ...meta } = article;
    metas.push(meta);
    const sentences = splitSentences(text);
    const found = [...sources.parse(text)].sort((a, b) => a.start - b.start);
    const inArticle: Mention[] = [];
    for (const g of found) {
      const place = sources.placeById(g.placeId);
      if (!place) {
        outErrors.push({ file: article.file, message: `mention "${g.surface}" at ${g.start} names unknown place "${g.placeId}"` });
        continue;
      }
      const sentence = sentenceAt(sentences, g.start) ?? { start: 0, end: text.length };
      const mention: Mention = {
        id: `${article.id}:${g.start}`,
        articleId: article.id,
        start: g.start,
        end: g.end,
        surface: g.surface,
        placeId: place.id,
        sentence: { start: sentence.start, end: sentence.end },
      };
      inArticle.push(mention);
      const withExcerpt: MentionWithExcerpt = { ...mention, excerpt: buildExcerpt(text, sentence, g) };
      const list = mentionsByPlace.get(place.id);
      if (list) list.push(withExcerpt);
      else mentionsByPlace.set(place.id, [withExcerpt]);

      let summary = summaries.get(place.id);
      if (!summary) {
        summary = {
          id: place.id,
          nameAr: place.nameAr,
          nameEn: place.nameEn,
          kind: place.kind,
          lat: place.lat,
          lon: place.lon,
          precisionKm: place.precisionKm,
          country: place.country,
          count: 0,
          countsByArticle: {},
        };
        summaries.set(place.id, summary);
      }
      summary.count++;
      summary.countsByArticle[article.id] = (summary.countsByArticle[article.id] ?? 0) + 1;
    }
    mentionsByArticle.set(article.id, inArticle);
  }

  const places = [...summaries.values()].sort(
    (a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn, "en"),
  );
  const articleById = new Map(metas.map((a) => [a.id, a]));
  return { articles: metas, articleById, places, mentionsByPlace, mentionsByArticle, errors: outErrors };
}
