import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CountIndex, packMentions, unpackMentions, type IndexFilter } from "./count-index";

type M = { place: number; sentence: number; role: number; kind: number };
type Art = { n: number; from: number | null; to: number | null; source: number | null; mentions: M[] };

/** Random articles in increasing row order, dated over 40 days (some undated), 3 outlets, 5 places. */
const articlesArb = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 1, max: 3 }),
      day: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      span: fc.integer({ min: 0, max: 5 }),
      source: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
      mentions: fc.array(
        fc
          .record({ place: fc.integer({ min: 0, max: 4 }), sentence: fc.integer({ min: 0, max: 60 }), role: fc.integer({ min: 0, max: 3 }), kind: fc.integer({ min: 1, max: 3 }) })
          // Only combat mentions (role 1) have a kind.
          .map((m) => ({ ...m, kind: m.role === 1 ? m.kind : 0 })),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 30 },
  )
  .map((raw) => {
    let n = 0;
    return raw.map((r): Art => {
      n += r.gap;
      return { n, from: r.day, to: r.day === null ? null : r.day + r.span, source: r.source, mentions: r.mentions };
    });
  });

const filterArb = fc.record(
  {
    from: fc.integer({ min: 0, max: 45 }),
    to: fc.integer({ min: 0, max: 45 }),
    sources: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1 }).map((a) => new Set(a)),
    articles: fc.uniqueArray(fc.integer({ min: 1, max: 90 }), { minLength: 1 }).map((a) => new Set(a)),
    sentences: fc.uniqueArray(fc.integer({ min: 0, max: 60 })).map((list) => {
      const bits = new Uint8Array(61);
      for (const s of list) bits[s] = 1;
      return bits;
    }),
    roleBits: fc.integer({ min: 1, max: 15 }),
    kindBits: fc.integer({ min: 1, max: 7 }).map((b) => b << 1),
  },
  { requiredKeys: [] },
);

/** The filter's rule, written the slow, obvious way (what SQL would say). */
function kept(a: Art, f: IndexFilter): boolean {
  if (f.articles && !f.articles.has(a.n)) return false;
  if (a.from !== null && ((f.from !== undefined && a.to! < f.from) || (f.to !== undefined && a.from > f.to))) return false;
  return !f.sources || (a.source !== null && f.sources.has(a.source));
}
const mentionKept = (m: M, f: IndexFilter) =>
  (!f.sentences || f.sentences[m.sentence] === 1) &&
  (f.roleBits === undefined || (f.roleBits & (1 << m.role)) !== 0) &&
  (f.kindBits === undefined || (m.role === 1 && (f.kindBits & (1 << m.kind)) !== 0));

function build(arts: Art[]): CountIndex {
  const index = new CountIndex();
  index.add(arts.map((a) => ({ n: a.n, from: a.from, to: a.to, source: a.source, pack: packMentions(a.mentions) })));
  return index;
}

/** Newest first as the store orders: end of range, start, undated last, row number. */
const newest = (a: Art, b: Art) => (b.to ?? -Infinity) - (a.to ?? -Infinity) || (b.from ?? -Infinity) - (a.from ?? -Infinity) || a.n - b.n;

describe("the counting index agrees with the filter rule spelled out", () => {
  it("packs and unpacks mentions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ place: fc.integer({ min: 0, max: 65535 }), sentence: fc.integer({ min: 0, max: 2 ** 32 - 1 }), role: fc.integer({ min: 0, max: 3 }), kind: fc.integer({ min: 0, max: 3 }) })),
        (ms) => {
          expect(unpackMentions(packMentions(ms))).toEqual(ms);
        },
      ),
    );
  });

  it("counts places, outlets and ranges as the rule says", () => {
    fc.assert(
      fc.property(articlesArb, filterArb, (arts, f) => {
        const index = build(arts);
        const places = new Map<number, number>();
        const roles = new Map<number, number[]>();
        const sources = new Map<number, { articles: number; mentions: number }>();
        let ranges = 0;
        for (const a of arts) {
          if (!kept(a, f)) continue;
          const ms = a.mentions.filter((m) => mentionKept(m, f));
          for (const m of ms) {
            places.set(m.place, (places.get(m.place) ?? 0) + 1);
            const t = roles.get(m.place) ?? [0, 0, 0, 0];
            t[m.role]!++;
            roles.set(m.place, t);
          }
          if (ms.length && a.source !== null) {
            const c = sources.get(a.source) ?? { articles: 0, mentions: 0 };
            sources.set(a.source, { articles: c.articles + 1, mentions: c.mentions + ms.length });
          }
          ranges += ms.length;
        }
        expect(index.placeCounts(f)).toEqual(places);
        expect(index.placeRoles(f)).toEqual(roles);
        const byRole = index.rangeCounts(f).reduce((t, r) => t.map((x, i) => x + r.roles[i]!), [0, 0, 0, 0]);
        expect(byRole).toEqual([...roles.values()].reduce((t, r) => t.map((x, i) => x + r[i]!), [0, 0, 0, 0]));
        expect(index.sourceCounts(f)).toEqual(sources);
        expect(index.rangeCounts(f).reduce((n, r) => n + r.mentions, 0)).toBe(ranges);
      }),
    );
  });

  it("pages articles and a place's quotes newest first, and finds the page holding a quote", () => {
    fc.assert(
      fc.property(articlesArb, filterArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 4 }), (arts, f, place, limit) => {
        const index = build(arts);
        const sorted = [...arts].sort(newest);
        const wantArticles = sorted
          .filter((a) => kept(a, f) && (f.sentences || f.roleBits !== undefined || f.kindBits !== undefined ? a.mentions.some((m) => mentionKept(m, f)) : true))
          .map((a) => a.n);
        const page = index.articles(f, "newest", 0, 100);
        expect(page.rows).toEqual(wantArticles);
        const refs = sorted.flatMap((a) =>
          kept(a, f) ? a.mentions.flatMap((m, position) => (m.place === place && mentionKept(m, f) ? [{ row: a.n, position }] : [])) : [],
        );
        const all = index.quotes(place, f, { offset: 0, limit: 1000 });
        expect(all.refs).toEqual(refs);
        expect(all.total).toBe(refs.length);
        if (refs.length) {
          const target = refs[refs.length - 1]!;
          const held = index.quotes(place, f, { offset: 0, limit, at: target });
          expect(held.refs).toContainEqual(target);
          expect(held.offset % limit).toBe(0);
        }
      }),
    );
  });

  it("extends with new articles: counts then include them", () => {
    const index = new CountIndex();
    index.add([{ n: 1, from: 10, to: 10, source: 0, pack: packMentions([{ place: 2, sentence: 1, role: 1, kind: 2 }]) }]);
    expect(index.lastRow).toBe(1);
    index.add([{ n: 4, from: null, to: null, source: null, pack: packMentions([{ place: 2, sentence: 2, role: 0, kind: 0 }, { place: 0, sentence: 2, role: 3, kind: 0 }]) }]);
    expect(index.lastRow).toBe(4);
    expect(index.placeCounts({ from: 50 })).toEqual(new Map([[2, 1], [0, 1]]));
    expect(index.articles({}, "oldest", 0, 10).rows).toEqual([1, 4]);
    // Strikes only: the combat mention of article 1.
    expect(index.placeRoles({ kindBits: 1 << 2 })).toEqual(new Map([[2, [0, 1, 0, 0]]]));
  });
});
