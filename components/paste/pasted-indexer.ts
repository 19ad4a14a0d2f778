// Loaded with import() only when someone adds or opens a pasted article, so the gazetteer, the
// geoparser and lz-string stay out of the map's first-load JavaScript.
import { indexPastedArticle, type PastedIndex, type PastedInput } from "@/lib/corpus/index-pasted";
import { loadGazetteer } from "@/lib/gazetteer/load";
import { geoparse } from "@/lib/geoparse/geoparse";
import { labelPastedIndex } from "./pasted-events";
export { decodeArticleFromUrl, encodeArticleForUrl } from "@/lib/ingest/share-text";

/**
 * Geoparses, labels (lib/events) and indexes a pasted article in the browser with the project gazetteer.
 *
 * @example indexPasted({ text: "اشتباكات قرب ترهونة" }).places[0]?.id // → "tarhuna"
 */
export function indexPasted(input: PastedInput): PastedIndex {
  const gazetteer = loadGazetteer();
  // Each quote labelled by lib/events too, as the analyzer labels a saved article's mentions.
  const index = indexPastedArticle(input, {
    parse: (text) => geoparse(text, gazetteer),
    placeById: (id) => gazetteer.byId.get(id),
  });
  return labelPastedIndex(index, (id) => gazetteer.byId.get(id)?.kind);
}
