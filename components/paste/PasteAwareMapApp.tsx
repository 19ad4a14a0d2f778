"use client";
import { MapApp, type MapAppProps } from "../shell/MapApp";
import { PastedArticleContext } from "./pasted-context";
import { usePastedArticle } from "./use-pasted-article";

/**
 * The map page with "Add an article": holds the pasted (unsaved) article for MapApp, which counts
 * it into the server's data under the view's filters (lib/corpus/merge-pasted), so markers,
 * lists, filters and the timeline treat it like any other; the parts that mark it unsaved read
 * the context.
 */
export function PasteAwareMapApp(props: MapAppProps) {
  const pasted = usePastedArticle();
  return (
    <PastedArticleContext.Provider value={pasted}>
      <MapApp {...props} />
    </PastedArticleContext.Provider>
  );
}
