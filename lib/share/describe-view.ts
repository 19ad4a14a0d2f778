import type { MapViewState } from "../url-state";
import { cleanText } from "./clean-text";

export const SITE_NAME = "Khabar Map";
export const SITE_DESCRIPTION =
  "Places named in Arabic news reports about Libya, on a map, each with the sentence that mentions it.";

export type ViewContext = {
  /** the selected place, as the gazetteer names it */
  place?: { nameAr: string; nameEn: string; kind: string };
  /** the sentence of the selected mention */
  quote?: string;
  /** the title of the selected mention's article */
  articleTitle?: string;
};

const KIND_LABEL: Record<string, string> = {
  airbase: "air base",
  oilfield: "oil field",
  poi: "site",
};

function filtersText(state: MapViewState): string {
  const parts: string[] = [];
  if (state.what) parts.push(`About “${cleanText(state.what, 60)}”.`);
  if (state.from && state.to) parts.push(`Reports from ${state.from} to ${state.to}.`);
  else if (state.from) parts.push(`Reports from ${state.from}.`);
  else if (state.to) parts.push(`Reports up to ${state.to}.`);
  if (state.articles?.length) {
    const shown = state.articles.slice(0, 5).join(", ");
    parts.push(`Article${state.articles.length > 1 ? "s" : ""} ${shown}${state.articles.length > 5 ? "…" : ""}.`);
  }
  if (state.sources?.length) {
    const shown = state.sources.slice(0, 3).map((n) => cleanText(n, 40)).join(", ");
    parts.push(`From ${shown}${state.sources.length > 3 ? "…" : ""}.`);
  }
  return parts.join(" ");
}

/**
 * The page title and description of a view, for <title>, the description meta tag and the Open
 * Graph / Twitter cards. Names come in the order of the view's language; the filters (topic,
 * dates, articles, outlets) follow the lead. Plain text: the framework escapes it where it goes.
 *
 * @example describeView({ place: "misrata" }, { place: { nameAr: "مصراتة", nameEn: "Misrata", kind: "city" } })
 *   // → { title: "Misrata — مصراتة · Khabar Map", description: "Misrata (مصراتة), city: …" }
 */
export function describeView(state: MapViewState, context: ViewContext = {}): { title: string; description: string } {
  const filters = filtersText(state);
  const place = context.place;
  if (!place) {
    // The topic names what the view is about better than a half-typed place search does.
    const q = state.what ? cleanText(state.what, 60) : state.q ? cleanText(state.q, 60) : "";
    const title = q ? `“${q}” · ${SITE_NAME}` : `${SITE_NAME} — Libya in the news`;
    return { title, description: cleanText([SITE_DESCRIPTION, filters].filter(Boolean).join(" "), 300) };
  }
  const nameAr = cleanText(place.nameAr, 60);
  const nameEn = cleanText(place.nameEn, 60);
  const names = state.lang === "ar" ? `${nameAr} — ${nameEn}` : `${nameEn} — ${nameAr}`;
  const title = `${names} · ${SITE_NAME}`;
  let lead: string;
  if (context.quote) {
    const quote = cleanText(context.quote, 200);
    const source = context.articleTitle ? ` — ${cleanText(context.articleTitle, 80)}` : "";
    lead = `«${quote}»${source}`;
  } else {
    const kind = KIND_LABEL[place.kind] ?? place.kind;
    lead = `${nameEn} (${nameAr}), ${kind}: the Arabic news reports that mention it, each quoted, on a map.`;
  }
  return { title, description: cleanText([lead, filters].filter(Boolean).join(" "), 300) };
}
