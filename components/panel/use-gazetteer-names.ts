"use client";
import { useCallback, useState } from "react";
import type { Place } from "@/lib/gazetteer/place";
import { fromNameRow, type PlaceNameRow } from "@/lib/explore/place-names";

export type NamesState = { status: "idle" | "loading" } | { status: "ready"; places: Place[] } | { status: "error"; message: string };

// One fetch per tab: the list does not change while the page is open.
let shared: Promise<Place[]> | undefined;

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
      (places) => setNames({ status: "ready", places }),
      (err: unknown) => setNames({ status: "error", message: err instanceof Error ? err.message : String(err) }),
    );
  }, []);
  return { names, load };
}
