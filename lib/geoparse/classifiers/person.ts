import type { Candidate, Signals } from "../candidate";
import { wordAfter as wordAfter_, wordsBefore as wordsBefore_, type Context } from "../context";
import { COMMON_WORD_NAMES as COMMON_WORD_NAMES_, GIVEN_NAMES as GIVEN_NAMES_, MODIFIER_NAMES as MODIFIER_NAMES_, PERSON_TITLES as PERSON_TITLES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordAfter = wordAfter_;
const wordsBefore = wordsBefore_;
const COMMON_WORD_NAMES = COMMON_WORD_NAMES_;
const GIVEN_NAMES = GIVEN_NAMES_;
const MODIFIER_NAMES = MODIFIER_NAMES_;
const PERSON_TITLES = PERSON_TITLES_;

/** The rejection reason of person names (the geoparser remembers these names). */
export const PERSON = "person name";

/**
 * A name that is part of a person's name is not a place: after a title or a first name
 * ("المشير خليفة حفتر", "فائز السراج"), or followed by a first/father's name ("عقيلة صالح"),
 * or itself a first name followed by another name ("صلاح الدين النمروش").
 * The geoparser then drops the same name elsewhere in the text (one sense per article).
 */
export function person(c: Candidate, ctx: Context): Signals | null {
  // A name joined by و is the next item of a list, not the family name of the word before it:
  // "سوق المشير وسوق الترك" (المشير is also a title).
  const listed = c.start > ctx.tokens[c.first]!.start && ctx.tokens[c.first]!.norm.charCodeAt(0) === WAW;
  const before = listed ? [] : wordsBefore(ctx, c.first);
  const prev = before[0]?.stem;
  if (prev !== undefined && GIVEN_NAMES.has(prev)) return { reject: PERSON };
  // A title is often the subject of a visit ("زار الرئيس القاهرة"): a city or country name that
  // is not also an ordinary word stays a place after it; other names there are family names.
  if (prev !== undefined && PERSON_TITLES.has(prev) && !isUnambiguousCityOrCountry(c)) return { reject: PERSON };
  const after = wordAfter(ctx, c.last);
  // ... unless it is a city or country that is no ordinary word: "حكومة الوحدة في طرابلس عبد الحميد الدبيبة".
  if (after && GIVEN_NAMES.has(after.norm) && c.first === c.last && !isUnambiguousCityOrCountry(c)) return { reject: PERSON };
  // A name that is itself a first name, followed by another word, is a person: "صلاح الدين النمروش".
  if (after && GIVEN_NAMES.has(c.key) && !after.norm.startsWith("و")) return { reject: PERSON };
  return null;
}

const WAW = 0x0648;

function isUnambiguousCityOrCountry(c: Candidate): boolean {
  return !COMMON_WORD_NAMES.has(c.key) && !MODIFIER_NAMES.has(c.key) && c.places.some((p) => p.kind === "city" || p.kind === "country");
}
