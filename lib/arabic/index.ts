/** Arabic text handling shared by the gazetteer, the geoparser and search (pure, no I/O). */
export { foldCode, foldExpansion, isInlineSpace, isInvisible, IGNORE, BREAK, EXPAND } from "./fold";
export { normalizeName, normalizeWithOffsets, type Normalized } from "./normalize";
export { tokenize, originalIndex, type Token } from "./tokenize";
export { readings, type Reading } from "./proclitics";
