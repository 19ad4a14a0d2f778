/**
 * The query keys, in the order writeViewState writes them (so equal views give equal URLs).
 * Short where the value is long or frequent, whole words where a reader would not guess.
 */
export const KEYS = {
  center: "c",
  zoom: "z",
  place: "p",
  mention: "m",
  panel: "panel",
  articles: "a",
  from: "from",
  to: "to",
  sources: "source",
  what: "what",
  roles: "role",
  kinds: "kind",
  q: "q",
  lang: "lang",
} as const;

export type StateField = keyof typeof KEYS;
export const FIELD_ORDER = Object.keys(KEYS) as StateField[];
