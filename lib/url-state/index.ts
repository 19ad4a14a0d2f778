export type { MapViewState, Panel, Lang } from "./types";
export { PANELS, LANGS, ROLES, COMBAT_KINDS, type Role, type CombatKind } from "./types";
export { DEFAULT_VIEW, MIN_ZOOM, MAX_ZOOM } from "./defaults";
export { KEYS } from "./keys";
export { parseViewState, type SearchInput } from "./parse";
export { writeViewState, viewHref } from "./write";
export { sanitizeViewState, type KnownIds } from "./sanitize";
export { PLACE_ID, ARTICLE_ID, MENTION_ID, MAX_VALUE_LENGTH, MAX_QUERY_LENGTH, COORD_DECIMALS } from "./params";
