// The work of POST /api/geoparse once its body is checked: the text's mentions, each with its
// place and event, as the JSON the route answers. Pure (no I/O): it runs in a worker thread
// (geoparse.worker.ts) and, with KHABAR_GEOPARSE_INLINE=1 or in tests, on the calling thread;
// both give the same bytes because both call this one function.
import { sentenceAt, splitSentences } from "@/lib/corpus/sentences";
import { labelMentions } from "@/lib/events";
import { loadGazetteer } from "@/lib/gazetteer";
import { geoparse } from "@/lib/geoparse";

/**
 * The mentions of `text` as the route's body, `{"mentions": [...]}`, serialised here so the
 * worker hands back one string (no structured clone of thousands of objects, no JSON.stringify on
 * the event loop). Each mention: its span, its place's names and coordinates, its sentence, its
 * event (lib/events), then any further field lib/geoparse gives a mention, passed through as is.
 *
 * @example geoparseBody("اشتباكات في ترهونة") // '{"mentions":[{"start":11,"end":17,"surface":"ترهونة","placeId":"tarhuna",…}]}'
 */
export function geoparseBody(text: string): string {
  const gazetteer = loadGazetteer();
  const sentences = splitSentences(text);
  const found = geoparse(text, gazetteer).filter((m) => gazetteer.byId.has(m.placeId));
  const events = labelMentions(text, found.map((m) => ({ ...m, kind: gazetteer.byId.get(m.placeId)!.kind })));
  const mentions = found.flatMap((m, i) => {
    const p = gazetteer.byId.get(m.placeId);
    if (!p) return [];
    const sentence = sentenceAt(sentences, m.start) ?? { start: 0, end: text.length };
    // Whatever else lib/geoparse says of a mention (its evidence, say) follows, as it gave it.
    const { start, end, surface, placeId: _id, ...more } = m;
    return [{
      start, end, surface, placeId: p.id, nameAr: p.nameAr, nameEn: p.nameEn,
      kind: p.kind, lat: p.lat, lon: p.lon, precisionKm: p.precisionKm, country: p.country,
      sentence: { start: sentence.start, end: sentence.end }, event: events[i]!, ...more,
    }];
  });
  return JSON.stringify({ mentions });
}
