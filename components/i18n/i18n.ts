import type { Lang } from "@/lib/url-state";
import type { PlaceKind } from "@/lib/gazetteer/place";

type Entry = { en: string; ar: string };

/**
 * Every interface string in English and Arabic. Counts use "label: n" forms in Arabic, which
 * read correctly for any number without Arabic's six plural forms.
 * `{n}` and `{x}` are filled by `t()`.
 */
export const STRINGS = {
  appTitle: { en: "Khabar Map", ar: "خريطة الخبر" },
  listsLabel: { en: "Places and articles", ar: "الأماكن والمقالات" },
  hideList: { en: "Hide list", ar: "إخفاء القائمة" },
  showList: { en: "Show list", ar: "إظهار القائمة" },
  tabPlaces: { en: "Places", ar: "الأماكن" },
  tabArticles: { en: "Articles", ar: "المقالات" },
  tabCountries: { en: "Countries", ar: "الدول" },
  tabSources: { en: "Sources", ar: "المصادر" },
  tabsLabel: { en: "Lists", ar: "القوائم" },
  mentions: { en: "{n} mentions", ar: "الإشارات: {n}" },
  mention1: { en: "1 mention", ar: "إشارة واحدة" },
  placeMentions: { en: "{n} place mentions", ar: "إشارات إلى أماكن: {n}" },
  noPlaces: { en: "No places are mentioned.", ar: "لا أماكن مذكورة." },
  noCountries: { en: "No countries are mentioned.", ar: "لا دول مذكورة." },
  countriesNote: {
    en: "Countries are named but not drawn as points. Open one for its quotes.",
    ar: "الدول مذكورة ولا تُرسم نقاطًا. افتح إحداها لترى اقتباساتها.",
  },
  copyLink: { en: "Copy link", ar: "نسخ الرابط" },
  copyLinkView: { en: "Copy a link to this view", ar: "نسخ رابط هذا العرض" },
  copyQuoteLink: { en: "Copy link to this quote", ar: "نسخ رابط هذا الاقتباس" },
  linkCopied: { en: "Link copied", ar: "نُسخ الرابط" },
  copyFailed: { en: "Could not copy; the link is selected below", ar: "تعذّر النسخ؛ الرابط محدد أدناه" },
  searchLabel: { en: "Search places", ar: "البحث عن مكان" },
  searchPlaceholder: { en: "Search a place (Arabic or English)", ar: "ابحث عن مكان (بالعربية أو الإنجليزية)" },
  searchLoading: { en: "Loading place names…", ar: "جارٍ تحميل أسماء الأماكن…" },
  searchNone: { en: "No place matches.", ar: "لا مكان مطابق." },
  searchResults: { en: "{n} places found", ar: "الأماكن الموجودة: {n}" },
  notMentioned: { en: "not mentioned in the current selection", ar: "غير مذكور في التحديد الحالي" },
  timelineLabel: { en: "Mentions over time", ar: "الإشارات عبر الزمن" },
  timelineHelp: {
    en: "Drag across the bars to keep only the reports of that period.",
    ar: "اسحب فوق الأعمدة لإبقاء تقارير تلك الفترة فقط.",
  },
  dateFrom: { en: "From", ar: "من" },
  dateTo: { en: "To", ar: "إلى" },
  undated: { en: "{n} undated", ar: "بلا تاريخ: {n}" },
  undatedNote: { en: "articles without a date stay shown", ar: "المقالات بلا تاريخ تبقى ظاهرة" },
  clearDates: { en: "All dates", ar: "كل التواريخ" },
  onlyArticles: { en: "Show only the checked articles on the map", ar: "اعرض على الخريطة المقالات المحددة فقط" },
  showArticle: { en: "Show on the map", ar: "اعرضه على الخريطة" },
  allArticles: { en: "All articles", ar: "كل المقالات" },
  showingArticles: { en: "Showing {n} of {x} articles", ar: "المقالات المعروضة: {n} من {x}" },
  emptyTitle: { en: "Nothing matches these filters.", ar: "لا شيء يطابق هذه المرشحات." },
  clearFilters: { en: "Clear filters", ar: "إزالة المرشحات" },
  language: { en: "Language", ar: "اللغة" },
  switchLang: { en: "العربية", ar: "English" },
  mapLabel: { en: "Map of the places the articles report", ar: "خريطة الأماكن التي تذكرها المقالات" },
  position: { en: "position {x}", ar: "الموقع {x}" },
  loadingQuotes: { en: "Loading quotes…", ar: "جارٍ تحميل الاقتباسات…" },
  quotesError: { en: "Could not load the quotes: {x}", ar: "تعذّر تحميل الاقتباسات: {x}" },
  prevQuotes: { en: "Previous quotes", ar: "الاقتباسات السابقة" },
  nextQuotes: { en: "Next quotes", ar: "الاقتباسات التالية" },
  dateUnknown: { en: "date unknown", ar: "تاريخ غير معروف" },
  backToMap: { en: "← Back to the map", ar: "→ العودة إلى الخريطة" },
  showThisArticle: { en: "Show this article on the map", ar: "اعرض هذا المقال على الخريطة" },
  loadingMap: { en: "Loading the map…", ar: "جارٍ تحميل الخريطة…" },
  legendTitle: { en: "Legend", ar: "مفتاح الخريطة" },
  legendCluster: { en: "Group of nearby places (open to zoom in)", ar: "مجموعة أماكن متقاربة (افتحها للتقريب)" },
  legendNote: {
    en: "Larger marker = more mentions; the number is the count.",
    ar: "علامة أكبر = إشارات أكثر؛ والرقم عددها.",
  },
  zoomIn: { en: "Zoom in", ar: "تكبير" },
  zoomOut: { en: "Zoom out", ar: "تصغير" },
  quotesLabel: { en: "Quotes", ar: "الاقتباسات" },
  pagerPrev: { en: "Previous", ar: "السابقة" },
  pagerNext: { en: "Next", ar: "التالية" },
  pageRange: { en: "{x} of {n}", ar: "{x} من {n}" },
  placesInArticle: { en: "Places in this article", ar: "الأماكن في هذا المقال" },
  placeOnMap: { en: "{x} on the map", ar: "{x} على الخريطة" },
  topicLabel: { en: "Topic", ar: "الموضوع" },
  topicPlaceholder: { en: "Topic words, e.g. طائرة مسيرة", ar: "كلمات الموضوع، مثل: طائرة مسيرة" },
  topicHelp: {
    en: "Only the mentions whose sentence holds every word.",
    ar: "الإشارات التي تحمل جملتها كل الكلمات فقط.",
  },
  topicClear: { en: "Clear the topic", ar: "مسح الموضوع" },
  viewLoading: { en: "Updating the map…", ar: "جارٍ تحديث الخريطة…" },
  viewError: { en: "Could not update the map: {x}", ar: "تعذّر تحديث الخريطة: {x}" },
  retry: { en: "Try again", ar: "أعد المحاولة" },
  noSources: {
    en: "These articles record no outlet.",
    ar: "لا تذكر هذه المقالات مصادرها.",
  },
  onlySources: { en: "Show only the checked outlets on the map", ar: "اعرض على الخريطة ما نشرته المصادر المحددة فقط" },
  allSources: { en: "All outlets", ar: "كل المصادر" },
  showingSources: { en: "Showing {n} of {x} outlets", ar: "المصادر المعروضة: {n} من {x}" },
  sourceArticles: { en: "{n} articles", ar: "المقالات: {n}" },
  sourceArticle1: { en: "1 article", ar: "مقال واحد" },
  titleSearchLabel: { en: "Search article titles", ar: "البحث في عناوين المقالات" },
  titleSearchPlaceholder: { en: "Words of the title", ar: "كلمات من العنوان" },
  sortLabel: { en: "Order", ar: "الترتيب" },
  sortNewest: { en: "Newest first", ar: "الأحدث أولًا" },
  sortOldest: { en: "Oldest first", ar: "الأقدم أولًا" },
  pageOf: { en: "Page {x} of {n}", ar: "الصفحة {x} من {n}" },
  articlePages: { en: "Pages of articles", ar: "صفحات المقالات" },
  firstPage: { en: "First page", ar: "الصفحة الأولى" },
  prevPage: { en: "Previous page", ar: "الصفحة السابقة" },
  nextPage: { en: "Next page", ar: "الصفحة التالية" },
  lastPage: { en: "Last page", ar: "الصفحة الأخيرة" },
  articlesLoading: { en: "Loading articles…", ar: "جارٍ تحميل المقالات…" },
  articlesError: { en: "Could not load the articles: {x}", ar: "تعذّر تحميل المقالات: {x}" },
  noArticles: { en: "No article matches.", ar: "لا مقال مطابق." },
  articlesFound: { en: "{n} articles", ar: "المقالات: {n}" },
  corpusProblems: {
    en: "Files in seeds/ left out (fix them and rebuild): {n}",
    ar: "ملفات في seeds/ لم تُحمَّل (أصلحها وأعد البناء): {n}",
  },
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof STRINGS;

/**
 * The interface string `key` in `lang`, with `{n}` / `{x}` filled.
 *
 * @example t("ar", "undated", { n: 2 }) // → "بلا تاريخ: 2"
 * @example t("en", "mentions", { n: 9 }) // → "9 mentions"
 */
export function t(lang: Lang, key: StringKey, vars: { n?: number; x?: string | number } = {}): string {
  let s: string = STRINGS[key][lang];
  if (vars.n !== undefined) s = s.replaceAll("{n}", String(vars.n));
  if (vars.x !== undefined) s = s.replaceAll("{x}", String(vars.x));
  return s;
}

/** "9 mentions" / "إشارة واحدة" — a mention count in either language. */
export function mentionCount(lang: Lang, n: number): string {
  return n === 1 ? t(lang, "mention1") : t(lang, "mentions", { n });
}

/** "12 articles" / "مقال واحد" — an outlet's article count in either language. */
export function articleCount(lang: Lang, n: number): string {
  return n === 1 ? t(lang, "sourceArticle1") : t(lang, "sourceArticles", { n });
}

/** Place kinds in Arabic (the English labels live in kind-labels.ts). */
export const KIND_LABELS_AR: Record<PlaceKind, string> = {
  country: "دولة",
  district: "شعبية",
  region: "منطقة",
  city: "مدينة",
  town: "بلدة",
  village: "قرية",
  neighbourhood: "حي",
  airbase: "قاعدة جوية",
  airport: "مطار",
  port: "ميناء",
  oilfield: "حقل نفط",
  camp: "معسكر",
  road: "طريق",
  crossing: "منفذ حدودي",
  poi: "موقع",
};

/** A place's names with the interface language's first: ["Misrata", "مصراتة"] or the reverse. */
export function namesInOrder(lang: Lang, place: { nameAr: string; nameEn: string }): [string, string] {
  return lang === "ar" ? [place.nameAr, place.nameEn] : [place.nameEn, place.nameAr];
}
