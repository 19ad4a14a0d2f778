"use client";
import { useCallback, useState } from "react";
import type { Place } from "@/lib/gazetteer/place";
import { fromNameRow, type PlaceNameRow } from "@/lib/explore/place-names";
import type { FuzzyNames } from "@/lib/explore/fuzzy-names";
import { searchIndexFor } from "@/lib/explore/search";

export type NamesState =
  | { status: "idle" | "loading" }
  /** fuzzy: the typo-tolerant view of the same names (lib/explore/fuzzy-names), once its chunk has loaded */
  | { status: "ready"; places: Place[]; fuzzy?: FuzzyNames }
  | { status: "error"; message: string };

// One fetch per tab: the list does not change while the page is open.
let shared: Promise<Place[]> | undefined;
let sharedFuzzy: Promise<FuzzyNames> | undefined;

// MiniSearch comes in its own chunk, after the names: the first screen does not carry it, and
// exact and prefix matches work while it loads. A failed load just leaves search exact.
function fetchFuzzy(places: Place[]): Promise<FuzzyNames> {
  sharedFuzzy ??= import("@/lib/explore/fuzzy-names").then((m) => m.buildFuzzyNames(searchIndexFor(places)));
  return sharedFuzzy;
}

function fetchNames(): Promise<Place[]> {
  shared ??= fetch("/api/gazetteer")
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<PlaceNameRow[]>;
    })
    .then((rows) => rows.map(fromNameRow))
    .catch((err: unknown) => {
      shared = undefined;
      throw err;
    });
  return shared;
}

/**
 * The gazetteer's place names, loaded when first asked for (the search box's first focus), so the
 * first page load does not carry them.
 *
 * @example const { names, load } = useGazetteerNames(); <input onFocus={load} />
 */
export function useGazetteerNames(): { names: NamesState; load: () => void } {
  const [names, setNames] = useState<NamesState>({ status: "idle" });
  const load = useCallback(() => {
    setNames((s) => (s.status === "idle" || s.status === "error" ? { status: "loading" } : s));
    fetchNames().then(
      (places) => {
        setNames({ status: "ready", places });
        fetchFuzzy(places).then(
          (fuzzy) => setNames((s) => (s.status === "ready" && s.places === places ? { ...s, fuzzy } : s)),
          () => undefined,
        );
      },
      (err: unknown) => setNames({ status: "error", message: err instanceof Error ? err.message : String(err) }),
    );
  }, []);
  return { names, load };
}
