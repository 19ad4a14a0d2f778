"use client";
import { useMemo } from "react";
import { mergePastedPlaces } from "@/lib/corpus/merge-pasted";
import { MapApp, type MapAppProps } from "./MapApp";
import { PastedArticleContext } from "./pasted-context";
import { usePastedArticle } from "./use-pasted-article";

/**
 * The map page with "Add an article": holds the pasted (unsaved) article and hands MapApp the
 * saved places and articles with the pasted one counted in, so markers, lists, filters and the
 * timeline treat it like any other; the parts that mark it unsaved read the context.
 */
export function PasteAwareMapApp(props: MapAppProps) {
  const pasted = usePastedArticle();
  const { index } = pasted;
  const places = useMemo(() => mergePastedPlaces(props.places, index?.places ?? []), [props.places, index]);
  const articles = useMemo(() => (index ? [index.article, ...props.articles] : props.articles), [props.articles, index]);
  return (
    <PastedArticleContext.Provider value={pasted}>
      <MapApp {...props} places={places} articles={articles} />
    </PastedArticleContext.Provider>
  );
}
