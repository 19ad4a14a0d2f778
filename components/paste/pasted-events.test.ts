import { describe, expect, it } from "vitest";
import { mergePastedView, pastedQuotes } from "@/lib/corpus/merge-pasted";
import type { CorpusView } from "@/lib/corpus/view";
import { indexPasted } from "./pasted-indexer";
import { mergePastedWithEvents, pastedUnderEvents, withPastedRoles } from "./pasted-events";

// Three sentences, three roles: a strike (the airport and the city holding it), talks, reinforcements.
const TEXT = "قصفت الطائرات مطار معيتيقة في طرابلس.\nوعقد اجتماع في القاهرة لبحث الأزمة.\nوصلت تعزيزات عسكرية إلى مصراتة.";

const emptyView: CorpusView = {
  places: [],
  timeline: { unit: "week", bins: [], undated: 0, undatedArticles: 0 },
  sources: [],
  articles: { total: 0, offset: 0, limit: 50, articles: [] },
  totals: { mentions: 0, articles: 0 },
};

describe("the pasted article's events", () => {
  const index = indexPasted({ text: TEXT });

  it("labels each quote in the browser, with the cue at article offsets", () => {
    const [tripoli] = index.mentionsByPlace.get("tripoli")!;
    expect(tripoli!.event).toEqual({ role: "combat", kind: "strike", cue: [0, 4] });
    expect(TEXT.slice(0, 4)).toBe("قصفت");
    const [cairo] = index.mentionsByPlace.get("cairo")!;
    expect(cairo!.event?.role).toBe("civil");
    expect(TEXT.slice(...cairo!.event!.cue!)).toContain("اجتماع");
    expect(index.mentionsByPlace.get("misrata")![0]!.event?.role).toBe("military");
  });

  it("keeps only the chosen roles and kinds, places left with none dropped", () => {
    const combat = pastedUnderEvents(index, { roles: ["combat"] })!;
    expect([...combat.mentionsByPlace.keys()].sort()).toEqual(["mitiga-airport", "tripoli"]);
    expect(combat.places.map((p) => p.id).sort()).toEqual(["mitiga-airport", "tripoli"]);
    expect(pastedUnderEvents(index, { roles: ["combat"], kinds: ["clash"] })!.places).toEqual([]);
    expect(pastedUnderEvents(index, {})).toBe(index);
  });

  it("puts its mentions into the merged places' role counts", () => {
    const kept = pastedUnderEvents(index, { roles: ["combat", "civil"] });
    const merged = mergePastedView(emptyView, kept, {});
    const places = withPastedRoles(merged.places, kept, (id) => pastedQuotes(kept, id, {}));
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(byId.has("misrata")).toBe(false);
    expect(byId.get("tripoli")?.roles).toEqual({ combat: 1, military: 0, civil: 0, reference: 0 });
    expect(byId.get("cairo")?.roles).toEqual({ combat: 0, military: 0, civil: 1, reference: 0 });
  });

  it("adds to the server's counts of a place the view already has", () => {
    const tripoliPlace = index.places.find((p) => p.id === "tripoli")!;
    const { countsByArticle: _counts, ...summary } = tripoliPlace;
    const server: CorpusView = { ...emptyView, places: [{ ...summary, count: 3, roles: { combat: 0, military: 1, civil: 0, reference: 2 } }] };
    const merged = mergePastedView(server, index, {});
    const tripoli = withPastedRoles(merged.places, index, (id) => pastedQuotes(index, id, {})).find((p) => p.id === "tripoli")!;
    expect(tripoli.count).toBe(4);
    expect(tripoli.roles).toEqual({ combat: 1, military: 1, civil: 0, reference: 2 });
  });

  it("merges into the map's view under the role filter, roles counted", () => {
    const shown = mergePastedWithEvents(emptyView, index, { roles: ["military"] });
    expect(shown.places.map((p) => [p.id, p.roles])).toEqual([["misrata", { combat: 0, military: 1, civil: 0, reference: 0 }]]);
    expect(shown.totals.mentions).toBe(1);
  });
});
