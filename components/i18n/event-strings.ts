import type { CombatKind, Lang, Role } from "@/lib/url-state";

type Entry = { en: string; ar: string };

/**
 * The strings of the "what happened" parts of the map (role filter, marker look, quote labels,
 * legend, timeline), kept apart from i18n.ts so they can grow without touching the shared table.
 * Arabic counts use the "label: n" form, as i18n.ts does, so no plural forms are needed.
 */
export const EVENT_STRINGS = {
  filterTitle: { en: "What happened", ar: "ما الذي جرى" },
  filterKinds: { en: "Kinds of combat", ar: "أنواع القتال" },
  kindsNote: { en: "Choosing kinds keeps combat only.", ar: "اختيار الأنواع يُبقي القتال وحده." },
  showAll: { en: "Show every role", ar: "عرض كل الأدوار" },
  quoteLabel: { en: "What happened here:", ar: "ما جرى هنا:" },
  cueTitle: { en: "The words that say what happened", ar: "الكلمات التي تقول ما جرى" },
  legendRing: { en: "Dark arc: the share of combat mentions", ar: "القوس الداكن: نسبة إشارات القتال" },
  legendNoBadge: { en: "No badge: only named there", ar: "دون شارة: ذُكر المكان فقط" },
  legendBadge: { en: "Badge: the most reported event ({x})", ar: "الشارة: أكثر ما رُوي من أحداث ({x})" },
  legendCue: { en: "Underlined in a quote: the words behind its label", ar: "المسطَّر في الاقتباس: الكلمات التي بُني عليها الوسم" },
  timelineRoles: { en: "Bars split by role, combat at the bottom", ar: "الأعمدة مقسومة حسب الدور، القتال في الأسفل" },
} satisfies Record<string, Entry>;

export type EventStringKey = keyof typeof EVENT_STRINGS;

/** A string of EVENT_STRINGS in `lang`, `{x}` filled. */
export function et(lang: Lang, key: EventStringKey, vars: { x?: string } = {}): string {
  const s = EVENT_STRINGS[key][lang];
  return vars.x === undefined ? s : s.replace("{x}", vars.x);
}

/** The roles as the filter and the legend name them. */
export const ROLE_NAMES: Record<Role, Entry> = {
  combat: { en: "Combat", ar: "قتال" },
  military: { en: "Military activity", ar: "نشاط عسكري" },
  civil: { en: "Civil events", ar: "أحداث مدنية" },
  reference: { en: "Only named", ar: "ذِكر فقط" },
};

/** What each role covers, under its checkbox. */
export const ROLE_HINTS: Record<Role, Entry> = {
  combat: { en: "fighting, strikes, captures", ar: "اشتباكات وضربات وسيطرة" },
  military: { en: "deployments, reinforcements, bases in use", ar: "انتشار وتعزيزات وقواعد مستخدمة" },
  civil: { en: "talks, visits, protests, disasters", ar: "محادثات وزيارات واحتجاجات وكوارث" },
  reference: { en: "a locator, an origin, a name", ar: "تحديد موقع أو أصل أو اسم" },
};

export const KIND_NAMES: Record<CombatKind, Entry> = {
  clash: { en: "Clashes", ar: "اشتباكات" },
  strike: { en: "Strikes", ar: "ضربات" },
  control: { en: "Control", ar: "سيطرة" },
};

/** The small label of a quote: the combat kind when there is one, else the role. */
export const EVENT_LABELS: Record<CombatKind | Role, Entry> = {
  clash: { en: "clash", ar: "اشتباك" },
  strike: { en: "strike", ar: "ضربة" },
  control: { en: "control", ar: "سيطرة" },
  combat: { en: "combat", ar: "قتال" },
  military: { en: "military", ar: "عسكري" },
  civil: { en: "civil", ar: "مدني" },
  reference: { en: "named only", ar: "ذِكر فقط" },
};
