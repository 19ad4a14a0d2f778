import type { PlaceKind } from "../gazetteer/place";

/** An inclusive range of ISO dates (yyyy-mm-dd) in which an article was published. */
export type DateRange = { from: string; to: string };

/** What the app knows of an article without its text. */
export type ArticleMeta = {
  /**
   * Short stable id: the digits before the first "_" of the file name ("002"), else the file stem;
   * always matches ARTICLE_ID (lib/url-state), readSeeds refuses a file whose name gives no such id.
   */
  id: string;
  /** File name inside seeds/, e.g. "002_6c20427af2e36eef.txt". */
  file: string;
  title: string;
  /** null when the date is unknown: such articles stay visible and are counted apart. */
  published: DateRange | null;
  source?: string;
  url?: string;
};

export type Article = ArticleMeta & { text: string };

/** DESIGN.md "Mention": offsets are JavaScript string indices into the original article text. */
export type Mention = {
  /** `${articleId}:${start}`: stable, short, usable in URLs. */
  id: string;
  articleId: string;
  start: number;
  end: number;
  surface: string;
  placeId: string;
  sentence: { start: number; end: number };
};

/** A quote for a popup: the sentence (maybe trimmed) with the name's offsets inside `text`. */
export type Excerpt = {
  text: string;
  highlightStart: number;
  highlightEnd: number;
  /** true when text was cut before / after (an ellipsis is part of `text`). */
  clippedStart: boolean;
  clippedEnd: boolean;
};

export type MentionWithExcerpt = Mention & { excerpt: Excerpt };

/** What the first page carries per place: enough for markers, lists and filtered counts. */
export type PlaceSummary = {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  precisionKm: number;
  country: string;
  /** total mentions in the corpus */
  count: number;
  /** mentions per article id, so filters can recount in the browser without fetching */
  countsByArticle: Record<string, number>;
};

/** An article that could not be read or parsed, reported by name; the others still load. */
export type CorpusError = { file: string; message: string };

export type CorpusIndex = {
  articles: ArticleMeta[];
  /** the same articles by id: one look-up per article view or API request, not a scan */
  articleById: Map<string, ArticleMeta>;
  /** every place with at least one mention, countries included (the UI lists countries apart) */
  places: PlaceSummary[];
  mentionsByPlace: Map<string, MentionWithExcerpt[]>;
  mentionsByArticle: Map<string, Mention[]>;
  errors: CorpusError[];
};
