"use client";
import { createContext, useContext } from "react";
import type { PastedArticleApi } from "./use-pasted-article";

/** The pasted (unsaved) article of this tab, for the parts that show or add it. */
export const PastedArticleContext = createContext<PastedArticleApi | null>(null);

/** The pasted article's state and actions, or null outside the map page. */
export function usePastedArticleContext(): PastedArticleApi | null {
  return useContext(PastedArticleContext);
}
