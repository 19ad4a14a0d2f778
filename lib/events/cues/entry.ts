import type { CueSense } from "../types";

/**
 * One entry of a cue family: its written forms (folded; see forms.ts), future forms, the sense
 * it reports, and optional context: `next` (the following word must be one of these, e.g. ضربة
 * → جوية), `extend` (following words that belong to the cue span, e.g. مؤتمر → صحفي) and
 * `notAfter` (a preceding word that turns it into something else, e.g. وقف before إطلاق النار).
 */
export type CueEntry = {
  forms: readonly string[];
  future?: readonly string[];
  sense: CueSense;
  next?: ReadonlySet<string>;
  extend?: ReadonlySet<string>;
  notAfter?: ReadonlySet<string>;
  /** A following word that makes the word part of another cue: سقوط قتلى is no fall of a city. */
  notNext?: ReadonlySet<string>;
};

/**
 * Builds an entry from verb forms ({present, future}) and/or noun forms.
 * Example: entry({ role: "combat", kind: "strike" }, verbForms("قصف", "قصف"), nounForms("قصف")).
 */
export function entry(
  sense: CueSense,
  verb: { present: string[]; future: string[] } | undefined,
  nouns: readonly string[] = [],
  context: Pick<CueEntry, "next" | "extend" | "notAfter" | "notNext"> = {},
): CueEntry {
  return { forms: [...(verb?.present ?? []), ...nouns], future: verb?.future ?? [], sense, ...context };
}
