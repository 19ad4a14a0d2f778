import { clauseAround } from "./clause";
import { continues } from "./continues";
import { event, near, type FoundCue, type Labelled } from "./refine";
import { firstFrom, wordAt } from "./word-index";
import { findCues } from "./cues";
import { cancellation, FUTURE_TIME } from "./cues/negation-future";
import { referenceReason } from "./cues/reference-patterns";
import { governor, phraseHead, PLACE_TYPE_WORDS } from "./scope";
import { sentenceOf, sentenceSpans } from "./sentence";
import type { MentionEvent, MentionInput } from "./types";
import { isWord, prefixIn, words, type Word } from "./words";
import { wordSet } from "./wordset";

// How far a cue may be from the place it labels, in words.
const BEFORE = 25;
const AFTER = 10;
const FAR_AFTER = 25;
const WITNESS = wordSet(["تشهد", "شهدت", "يشهد", "شهد", "تعيش", "عاشت"]);
// Movement cues that reach their destination (EVENTS.md: the destination of a movement).
const REACHES = new Set(["advance", "pursuit", "arrival", "visit", "transfer", "spread"]);
const ABOUT = wordSet(["حول", "بشأن", "حيال"]);
const TOWARD = wordSet(["إلى", "الى", "نحو", "باتجاه", "تجاه", "صوب", "حتى"]);
// What makes a launch military: aircraft, drones, missiles, attacks.
const AIRCRAFT = wordSet(["طائرات", "طائرة", "مسيرات", "مسيرة", "المسيرة", "صواريخ", "صاروخ", "هجمات", "هجوم", "غارات", "مقاتلات", "الطيران", "عمليات", "قوات", "غرفة"]);

/**
 * The role, combat kind and cue of each mention, in order (EVENTS.md). Per mention: its sentence
 * and noun phrase; reference patterns first (a locator, an affiliation, a name…); then a place
 * that locates the one just before it, or follows it in a list, takes that one's label; then
 * the nearest cue of its clause (before it first), unless negated or future; a destination
 * keeps only movement cues; a country must be the scene (في، ب…) to be more than a reference.
 *
 * @example labelMentions("قصفت قوات حفتر مطار معيتيقة في طرابلس", [معيتيقة, طرابلس])
 *   // → [{role:"combat",kind:"strike",cue:[0,4]}, {role:"combat",kind:"strike",cue:[0,4]}]
 */
export function labelMentions(text: string, mentions: readonly MentionInput[]): MentionEvent[] {
  const ws = words(text);
  // A cue word inside a place name is no cue: زارة in «عين زارة» is not "visited".
  const cues = findCues(text, ws).filter((c) => !mentions.some((m) => c.start < m.end && m.start < c.end));
  const spans = sentenceSpans(text);
  const sentences = mentions.map((m) => sentenceOf(spans, m.start));
  // Mentions per sentence, so each mention sees its neighbours without a pass over all of them.
  const bySentence = new Map<number, MentionInput[]>();
  mentions.forEach((m, i) => {
    const k = sentences[i]![0];
    const list = bySentence.get(k);
    if (list) list.push(m);
    else bySentence.set(k, [m]);
  });
  // Cues per sentence: a mention's cues are always in its own sentence.
  const cuesBySentence = new Map<number, FoundCue[]>();
  for (const c of cues) {
    const k = sentenceOf(spans, c.start)[0];
    const list = cuesBySentence.get(k);
    if (list) list.push(c);
    else cuesBySentence.set(k, [c]);
  }
  const out: Labelled[] = [];
  mentions.forEach((m, i) => {
    const prev = out.at(-1);
    const k = sentences[i]![0];
    out.push(labelOne(text, ws, cuesBySentence.get(k) ?? [], m, sentences[i]!, bySentence.get(k)!, prev));
  });
  return out.map(({ role, kind, cue }) => (role === "reference" ? { role } : { role, ...(kind ? { kind } : {}), ...(cue ? { cue } : {}) }));
}

/** Labels one mention given the label of the mention before it. */
function labelOne(
  text: string,
  ws: readonly Word[],
  cues: readonly FoundCue[],
  m: MentionInput,
  [sStart, sEnd]: [number, number],
  all: readonly MentionInput[],
  prev: Labelled | undefined,
): Labelled {
  const from = wordAt(ws, sStart);
  const to = firstFrom(ws, sEnd);
  const first = wordAt(ws, m.start);
  const last = wordAt(ws, m.end - 1);
  const head = phraseHead(ws, first, from);
  const w = ws[head]!;
  const prefix = head === first ? w.norm.slice(0, foldedLength(text.slice(w.start, m.start))) : (prefixIn(w, PLACE_TYPE_WORDS) ?? "");
  const gov = governor(ws, head, prefix, from);
  const base = { head, last, sentence: sStart };
  const reference = (reason: string): Labelled => ({ role: "reference", reason, ...base });

  const others = all.length - 1;
  const isCountry = m.kind === "country";
  const cueLasts = new Set(cues.filter((c) => c.last < head && c.last >= from).map((c) => c.last));
  const clauseFrom = clauseAround(text, ws, head, from, to)[0];
  const reason = referenceReason({ text, ws, head, last, gov, from, to, others, isCountry, cueLasts, clauseFrom });
  if (reason) return reference(reason);

  // «غرفة عمليات سرت الجفرة»: a second name right after a name's place belongs to the name.
  if (prev && prev.sentence === sStart && (prev.reason === "affiliation" || prev.reason === "name") && head === prev.last + 1 && /^\s+$/.test(text.slice(ws[prev.last]!.end, ws[head]!.start))) {
    return { ...prev, ...base };
  }
  // A place right after another that it contains or continues: «مطار معيتيقة بطرابلس»,
  // «منطقتي أبو قرين والقداحية», «سرت والجفرة» share the label of the first.
  if (prev && prev.sentence === sStart && prev.reason !== "affiliation") {
    const joined = continues(text, ws, prev.last, head, gov, prefix);
    if (joined) return { ...prev, ...base, ...(prev.reason ? { reason: prev.reason } : {}) };
  }

  if (isCountry && !["in", "outskirts", "on", "to"].includes(gov.kind)) return reference("actor");
  // A time after the place puts its event in the future: «ملتقى الحوار في تونس الشهر المقبل».
  for (let d = 1; d <= 3 && last + d < to; d++) if (isWord(ws[last + d], FUTURE_TIME)) return reference("future");

  // A scene set at the start of a sentence («وفي العاصمة طرابلس، قال … إن سلاحه الجوي استهدف»)
  // or the subject of "تشهد" («تشهد ليبيا … خروقات») reaches further after it.
  const frame = (gov.at === from || head === from) && /^\s*[،,]/.test(text.slice(ws[last]!.end));
  const witness = gov.kind === "in" && gov.at === head - 1 && isWord(ws[gov.at], WITNESS);
  const after = frame || witness ? FAR_AFTER : AFTER;
  const [cFrom, cTo] = frame ? [from, to] : clauseAround(text, ws, head, from, to);
  const clauseCues = cues.filter((c) => c.first >= cFrom && c.last < cTo);
  const candidates = clauseCues
    .filter((c) => c.last < head || c.first > last)
    // Every cue before the place comes first, nearest first; then the cues after it («وسط تحليق
    // مكثف للطيران» after «المعارك … في محيط بنينا» does not take the place).
    .map((c) => ({ c, score: c.last < head ? head - c.last : c.first - last + (frame || witness ? 3 : 100) }))
    .filter(({ c }) => (c.last < head ? head - c.last <= BEFORE : c.first - last <= after))
    .sort((a, b) => a.score - b.score);
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i]!.c;
    // A civil or military noun after ل is a purpose or part of a body's name
    // («مقر المفوضية العليا للانتخابات», «لاستضافة اجتماع»): no event.
    if (c.role !== "combat" && c.prefix.endsWith("ل")) continue;
    // «نقلت الأناضول» is no transfer: نقل counts only when the place lies toward its destination.
    if (c.towardOnly && !(c.last < head && (gov.kind === "to" || ws.slice(c.last + 1, head).some((x) => isWord(x, TOWARD))))) continue;
    if (c.tag === "launch" && !near(ws, c, head, last, AIRCRAFT)) continue;
    if (c.tag === "casualty") {
      // The dead of a flood or a storm: the disaster is the event («ضحايا الفيضانات في درنة»).
      const disaster = cues.find((o) => o.tag === "disaster");
      if (disaster) c = { ...disaster, first: c.first, last: c.last, start: c.start, end: c.end, prefix: c.prefix };
    }
    if (c.tag === "spread") {
      // «تجددت الاشتباكات في طرابلس … وامتدت إلى حي باب بن غشير»: the event that spread.
      const source = cues.filter((o) => o.last < c.first && o.first >= from && o.tag !== "spread").at(-1);
      if (!source) continue;
      c = { ...source, first: c.first, last: c.last, start: c.start, end: c.end, future: c.future, prefix: c.prefix, tag: "spread" };
    }
    const why = cancellation(ws, c, cFrom);
    if (why === "goal") {
      // The aim of an operation: only fighting reported under way labels the place.
      const fighting = candidates.slice(i + 1).find(({ c: o }) => o.last < head && (o.kind === "clash" || o.kind === "strike") && !cancellation(ws, o, cFrom));
      return fighting ? event(fighting.c, gov, ws, base, head, clauseCues, cues) : reference("goal");
    }
    if (why) {
      // «أوامر بالتعامل مع أي تقدم نحو سرت»: an order to repel a possible advance is military.
      const order = candidates.find(({ c: o }) => o.tag === "order" && o.last < c.first && !cancellation(ws, o, cFrom));
      return order && why !== "negated" ? event(order.c, gov, ws, base, head, clauseCues, cues) : reference(why);
    }
    // A destination takes only a movement that reaches it («وصلت تعزيزات عسكرية إلى مصراتة»):
    // other cues are passed over («أسقطت طائرة … أثناء عودتها إلى مصراتة»).
    if (gov.kind === "to" && !REACHES.has(c.tag ?? "")) continue;
    if (isCountry && gov.kind === "to" && c.tag !== "visit" && c.tag !== "arrival") return reference("actor");
    // A meeting that was the target of a strike («غارة جوية استهدفت اجتماعا في مرزق»): the
    // combat verb right before the civil noun is the event tied to the place.
    if (c.role === "civil" && c.tag !== "disaster") {
      const target = cues.find((o) => o.role === "combat" && o.last < c.first && c.first - o.last <= 2 && o.first >= cFrom);
      if (target && !cancellation(ws, target, cFrom)) c = target;
    }
    // A country after a more specific place of the same event only widens it: «سرت، آخر معاقل
    // التنظيم في ليبيا».
    if (isCountry && c.last < head && all.some((o) => o !== m && o.start > ws[c.last]!.end && o.end <= ws[head]!.start)) return reference("wider");
    if (c.tag === "talks" || c.tag === "conference") {
      // A meeting about a place: «مؤتمر حول ليبيا», «اجتماع عقد في روما بحث الوضع في الكفرة».
      if (gov.kind === "outskirts" && isWord(ws[gov.at], ABOUT)) return reference("topic");
      if (c.last < head && all.some((o) => o !== m && o.start > ws[c.last]!.end && o.end <= ws[head]!.start)) return reference("topic");
    }
    return event(c, gov, ws, base, head, clauseCues, cues);
  }
  return reference(gov.kind === "to" ? "destination" : "no cue");
}

/** Folded length of a prefix (tashkeel and tatweel dropped), to cut it off a word's `norm`. */
function foldedLength(s: string): number {
  return s.replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F]/g, "").length;
}
