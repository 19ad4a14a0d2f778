import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseViewState } from "./parse";
import { writeViewState } from "./write";
import { DEFAULT_VIEW, MAX_ZOOM, MIN_ZOOM } from "./defaults";
import { LANGS, PANELS, type MapViewState } from "./types";

const coord = (max: number) => fc.integer({ min: -max * 1e5, max: max * 1e5 }).map((k) => k / 1e5);
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("-"));
const articleId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,12}$/);
const day = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Search text as a person types it: letters of both scripts, digits, spaces and punctuation, already normalised.
const query = fc
  .string({ unit: fc.constantFrom(..."abcQRSمصراتةأبوقرين 0123-'&=?#%+,:"), minLength: 1, maxLength: 100 })
  .map((s) => s.trim().replace(/\s+/g, " "))
  .filter((s) => s.length > 0);

const viewState: fc.Arbitrary<MapViewState> = fc
  .record(
    {
      center: fc.record({ lat: coord(90), lon: coord(180) }),
      zoom: fc.integer({ min: MIN_ZOOM * 2, max: MAX_ZOOM * 2 }).map((h) => h / 2),
      place: slug,
      mention: fc.tuple(articleId, fc.nat({ max: 999_999_999 })).map(([a, n]) => `${a}:${n}`),
      panel: fc.constantFrom(...PANELS),
      articles: fc.uniqueArray(articleId, { minLength: 1, maxLength: 8 }).map((ids) => [...ids].sort()),
      range: fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      q: query,
      lang: fc.constantFrom(...LANGS),
    },
    { requiredKeys: [] },
  )
  .map(({ range, ...rest }) => {
    const s: MapViewState = { ...rest };
    if (range) [s.from, s.to] = range;
    return s;
  });

/** The state a URL can carry: fields equal to their defaults are the same as absent ones. */
function withoutDefaults(s: MapViewState): MapViewState {
  const out = { ...s };
  if (out.center?.lat === DEFAULT_VIEW.center.lat && out.center.lon === DEFAULT_VIEW.center.lon) delete out.center;
  if (out.zoom === DEFAULT_VIEW.zoom) delete out.zoom;
  if (out.panel === DEFAULT_VIEW.panel) delete out.panel;
  if (out.lang === DEFAULT_VIEW.lang) delete out.lang;
  return out;
}

describe("round trip", () => {
  it("parse(write(s)) deep-equals s for every valid state (defaults read back as absent)", () => {
    fc.assert(
      fc.property(viewState, (s) => {
        expect(parseViewState(writeViewState(s))).toEqual(withoutDefaults(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("writing is stable: write(parse(write(s))) === write(s)", () => {
    fc.assert(
      fc.property(viewState, (s) => {
        const url = writeViewState(s);
        expect(writeViewState(parseViewState(url))).toBe(url);
      }),
      { numRuns: 500 },
    );
  });

  it("whatever a URL holds, writing what was parsed never emits markup, quotes or raw spaces", () => {
    const hostilePiece = fc.constantFrom("<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "&", "=", "#", "%", "NaN", "999", "-5", "x".repeat(3000));
    const key = fc.constantFrom("c", "z", "p", "m", "panel", "a", "from", "to", "q", "lang", "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.oneof(hostilePiece, fc.string())), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const out = writeViewState(parseViewState(params));
        expect(out).not.toMatch(/[<>"' ]|script/i);
        expect(out.length).toBeLessThan(3000);
      }),
      { numRuns: 1000 },
    );
  });
});
