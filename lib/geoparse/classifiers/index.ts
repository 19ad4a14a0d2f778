import type { Candidate, Signals } from "../candidate";
import type { Context } from "../context";
import { ADJECTIVE, adjective } from "./adjective";
import { bareNoun } from "./bare-noun";
import { commonWord } from "./common-word";
import { construct } from "./construct";
import { countryCue } from "./country-cue";
import { demonstrative } from "./demonstrative";
import { numeral } from "./numeral";
import { facilityCue } from "./facility-cue";
import { lookalike } from "./lookalike";
import { oilContext } from "./oil-context";
import { organisation } from "./organisation";
import { PERSON, person } from "./person";
import { phraseHead } from "./phrase-head";
import { placeCue } from "./place-cue";
import { senseTail } from "./sense-tail";
import { tanween } from "./tanween";
import { VERB, verbReading } from "./verb-reading";
import { VOCALISED, vocalisation } from "./vocalisation";

/** A classifier looks at one candidate in its context and says something about it, or nothing. */
export type Classifier = (c: Candidate, ctx: Context) => Signals | null;

/** The classifiers, in order; rejections stop the chain. */
export const CLASSIFIERS: readonly Classifier[] = [
  bareNoun,
  organisation,
  person,
  adjective,
  construct,
  numeral,
  phraseHead,
  senseTail,
  tanween,
  demonstrative,
  vocalisation,
  verbReading,
  oilContext, // before facilityCue, whose word ("ميناء", "مطار") wins over the sentence's topic
  facilityCue,
  placeCue,
  countryCue,
  lookalike,
  commonWord,
];

/**
 * Runs every classifier (but `skip`) and merges what they say into one Signals.
 * Example: "قاعدة الجفرة" → { facilityKinds: ["airbase","camp"], cued: true }.
 */
export function classify(c: Candidate, ctx: Context, skip?: Classifier): Signals {
  const out: Signals = {};
  for (const classifier of CLASSIFIERS) {
    if (classifier === skip) continue;
    const s = classifier(c, ctx);
    if (!s) continue;
    if (s.reject) return { reject: s.reject };
    Object.assign(out, s, { cued: out.cued || s.cued });
  }
  return out;
}

export {
  ADJECTIVE,
  PERSON,
  VERB,
  VOCALISED,
  adjective,
  bareNoun,
  commonWord,
  construct,
  countryCue,
  demonstrative,
  facilityCue,
  lookalike,
  numeral,
  oilContext,
  organisation,
  person,
  phraseHead,
  placeCue,
  senseTail,
  tanween,
  verbReading,
  vocalisation,
};
