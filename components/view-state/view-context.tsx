"use client";
import { createContext, useContext } from "react";
import type { Lang } from "@/lib/url-state";
import { placeViewHref } from "./links";

/**
 * What deep parts of the map (popups, quotes) need of the view without threading props through
 * the Leaflet layers: the language, the open quote, the filter the quotes follow, and links.
 * react-leaflet renders popups through portals, so context reaches them.
 */
export type ViewContextValue = {
  lang: Lang;
  /** the selected mention (its quote is marked and its page shown) */
  mention?: string;
  selectMention: (mentionId: string) => void;
  /**
   * the filter query (a, from, to, source, what) of the data shown, for the mentions API
   * ("a=002&what=…"), "" for none: quotes follow the counts they are listed under
   */
  filterQuery: string;
  /** the topic of the data shown: its words are marked in every quote */
  what?: string;
  /** the link to the current view with a place and quote selected, as it is when called */
  quoteHref: (placeId: string, mentionId: string) => string;
};

const fallback: ViewContextValue = {
  lang: "en",
  selectMention: () => {},
  filterQuery: "",
  quoteHref: (placeId, mentionId) => placeViewHref(placeId, { mention: mentionId }),
};

export const ViewContext = createContext<ViewContextValue>(fallback);

/** The view context, or English with no filter outside the map page. */
export function useViewContext(): ViewContextValue {
  return useContext(ViewContext);
}
