/** Arabic text handling shared by the gazetteer, the geoparser and search (pure, no I/O). */
export { foldCode, isInlineSpace, IGNORE, BREAK } from "./fold";
export { normalizeName, normalizeWithOffsets, type Normalized } from "./normalize";
export { tokenize, originalIndex, type Token } from "./tokenize";
export { readings, mayHaveProclitic, type Reading } from "./proclitics";
