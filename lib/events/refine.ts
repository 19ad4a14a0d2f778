import { cancellation } from "./cues/negation-future";
import type { Governor } from "./scope";
import type { Cue, MentionEvent } from "./types";
import { isWord, type Word } from "./words";
import { wordSet } from "./wordset";

/** A cue found in the text, with the proclitics it was read under. */
export type FoundCue = Cue & { prefix: string };
/** A mention's label while solving: why it is a reference, its phrase and its sentence. */
export type Labelled = MentionEvent & { reason?: string; head: number; last: number; sentence: number };

// Words that make a visit or an arrival military: troops, or a military site (EVENTS.md).
const MILITARY_NOUNS = wordSet([
  "قوات", "تعزيزات", "رتل", "أرتال", "وحدات", "عسكري", "العسكري", "عسكرية", "مقر", "قيادة", "قاعدة", "معسكر", "ثكنة", "جنود", "مقاتلين",
  "مرتزقة", "آليات", "مدرعات", "دبابات", "كتيبة", "لواء", "سرية", "عناصر", "الحربية", "البحرية", "أسلحة", "سلاح", "ذخائر", "ذخيرة",
]);

/**
 * True when one of `set` stands from three words before the cue to the place (the place's own
 * words included: «قاعدة الجفرة»), the cue itself excepted.
 *
 * @example near(ws, cueOf("وصلت قوات إلى مدينة هون"), head, last, MILITARY_NOUNS) // → true (قوات)
 */
export function near(ws: readonly Word[], c: FoundCue, head: number, last: number, set: ReadonlySet<string>): boolean {
  const lo = Math.max(0, Math.min(c.first - 3, head));
  const hi = Math.max(c.last, last);
  for (let i = lo; i <= hi; i++) if ((i < c.first || i > c.last) && isWord(ws[i], set)) return true;
  return false;
}

/**
 * The label a cue gives a place, with the refinements of EVENTS.md's further rules: an advance
 * toward a place is a clash, into it control; a visit, an arrival or a transfer with troops or a
 * military site is military; storming with a capture is control.
 *
 * @example event(cueOf("تقدمت"), {kind:"to"}, …) // → {role:"combat", kind:"clash", cue}
 */
export function event(
  c: FoundCue,
  gov: Governor,
  ws: readonly Word[],
  base: Omit<Labelled, "role">,
  head: number,
  clauseCues: readonly FoundCue[],
  sentenceCues: readonly FoundCue[] = clauseCues,
): Labelled {
  // A cue of the same sense just before (a verb and its object: «نصب … منظومة دفاع جوي»,
  // «اللقاءات التي جمعتهما») belongs to the span, so a reader sees the whole phrase.
  const partner = sentenceCues.find((o) => o !== c && o.last < c.first && c.first - o.last <= 3 && o.role === c.role && o.kind === c.kind);
  const cue: [number, number] = [partner ? partner.start : c.start, c.end];
  if (c.tag === "advance") return { role: "combat", kind: gov.kind === "to" ? "clash" : "control", cue, ...base };
  if ((c.tag === "visit" || c.tag === "arrival" || c.tag === "transfer") && near(ws, c, head, base.last, MILITARY_NOUNS)) {
    // Troops or a military site make a visit, an arrival or a group moving its fighters military.
    return { role: "military", cue, ...base };
  }
  if (c.tag === "assault") {
    // «اقتحمت القوات المدينة وسيطرت عليها»: storming with a capture is control (EVENTS.md).
    const captured = clauseCues.find((o) => o.kind === "control" && o.tag !== "advance" && Math.abs(o.first - c.first) <= 8 && !cancellation(ws, o));
    if (captured) return { role: "combat", kind: "control", cue, ...base };
  }
  return { role: c.role, ...(c.kind ? { kind: c.kind } : {}), cue, ...base };
}

