import type { Place, PlaceKind } from "../gazetteer/place";

/**
 * A name found in the text before resolution: tokens [first, last], span [start, end) in the
 * original text (proclitic outside), its normalised key and every place with that name.
 */
export type Candidate = {
  first: number;
  last: number;
  start: number;
  end: number;
  key: string;
  places: readonly Place[];
};

/**
 * What the classifiers say about a candidate. `reject` drops it (with the reason, for
 * debugging); `facilityKinds` comes from a facility word before the name (with that word's
 * span start); `cued` means a place word announces it; `needsSupport` means the name is also a
 * common word and must be supported by a cue or a related place nearby; `listCue` means the cue
 * word is plural or dual ("موانئ", "أحياء") and also announces the names listed after this one;
 * `countryCue` means the words before it ask for a country ("الحدود مع تونس", "سفارة الجزائر").
 */
export type Signals = {
  reject?: string;
  facilityKinds?: readonly PlaceKind[];
  facilityCueStart?: number;
  cued?: boolean;
  needsSupport?: boolean;
  listCue?: boolean;
  countryCue?: boolean;
};
