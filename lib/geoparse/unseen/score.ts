import type { GeoMention } from "../types";

/** One hand-annotated mention: the name as written and the place it means. */
export type GoldMention = readonly [surface: string, placeId: string];

/** How predictions compare with the gold of one text. */
export type Score = {
  truePositives: number;
  missed: GoldMention[];
  extra: { surface: string; placeId: string }[];
  precision: number;
  recall: number;
};

/**
 * Pairs each gold mention with one prediction of the same place whose span covers its surface
 * (a facility word before the name may be inside the predicted span: "موانئ السدرة" covers
 * "السدرة"), in text order. Unpaired gold is missed, unpaired predictions are extra.
 *
 * Example: score([{surface:"مطار معيتيقة", placeId:"mitiga-airport", ...}], [["مطار معيتيقة","mitiga-airport"]])
 * → { truePositives: 1, missed: [], extra: [], precision: 1, recall: 1 }.
 */
export function score(predicted: readonly GeoMention[], gold: readonly GoldMention[]): Score {
  const used = new Set<number>();
  const missed: GoldMention[] = [];
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && p.placeId === g[1] && p.surface.includes(g[0]));
    if (k < 0) missed.push(g);
    else used.add(k);
  }
  const extra = predicted.filter((_, i) => !used.has(i)).map((p) => ({ surface: p.surface, placeId: p.placeId }));
  const tp = used.size;
  return {
    truePositives: tp,
    missed,
    extra,
    precision: predicted.length === 0 ? 1 : tp / predicted.length,
    recall: gold.length === 0 ? 1 : tp / gold.length,
  };
}
