// The corpus as the server's pages and routes read it: the store, opened once per process, and the
// gazetteer that names its places.
import { loadGazetteer } from "@/lib/gazetteer/load";
import { getStore } from "@/lib/store";
import type { Gazetteer } from "@/lib/gazetteer/types";
import type { Store } from "@/lib/store/types";

/** The store and gazetteer every request shares (opened on first use; the seeds imported then). */
export function corpus(): { store: Store; gazetteer: Gazetteer } {
  return { store: getStore(), gazetteer: loadGazetteer() };
}
