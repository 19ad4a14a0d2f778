import type { ArticleMeta, PlaceSummary } from "../corpus/types";
import { dayRange, isoDate, isoWeekStart, monthStart, nextMonthStart, type DayRange } from "./dates";

export type TimelineUnit = "week" | "month";

/** One bar of the histogram: the days start..end (ISO, inclusive). */
export type TimelineBin = {
  start: string;
  end: string;
  /** mentions attributed to these days; fractional when an article's range spans several bins */
  count: number;
  /** articles whose published range overlaps these days */
  articles: number;
  /** the mentions of `count` per role (lib/events), when the counts came with roles */
  roles?: RoleWeights;
};

/** Mentions per role, as the store counts them. */
export type RoleWeights = { combat: number; military: number; civil: number; reference: number };
const ROLE_KEYS = ["combat", "military", "civil", "reference"] as const;

export type Timeline = {
  unit: TimelineUnit;
  /** consecutive bins from the earliest to the latest published day, empty bins included */
  bins: TimelineBin[];
  /** mentions in articles with no published date (drawn apart, not on the axis) */
  undated: number;
  undatedArticles: number;
};

/** Spans longer than this (in days) are binned by month, shorter ones by ISO week. */
export const MONTHLY_ABOVE_DAYS = 183;

/**
 * Mentions per article id, summed over place summaries (pass the places the timeline should
 * count: all of them, or the ones left after a filter).
 * @example mentionsPerArticle([{ countsByArticle: { "002": 4 } }, { countsByArticle: { "002": 1 } }]) // Map { "002" => 5 }
 */
export function mentionsPerArticle(places: readonly Pick<PlaceSummary, "countsByArticle">[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const place of places) {
    for (const [articleId, n] of Object.entries(place.countsByArticle)) {
      out.set(articleId, (out.get(articleId) ?? 0) + n);
    }
  }
  return out;
}

/**
 * A histogram of mentions over time from the articles' published ranges.
 *
 * - Unit: by month when the dated articles span more than ~6 months (MONTHLY_ABOVE_DAYS),
 *   else by ISO week (Monday to Sunday); `opts.unit` forces one.
 * - Decision: an article's published range says we do not know the day, not that it was
 *   published over many days, so its mentions are spread evenly over the days of the range
 *   and each bin gets the share of the days it holds (an article dated 20–31 January with
 *   12 mentions puts 12 in January, or 6 and 6 across two weeks of six days each). Putting
 *   everything at the midpoint would draw a precise date we do not have, and would show
 *   nothing under a period the date filter keeps the article for. The bars then sum to the
 *   total; bins count fractional mentions, and `articles` says how many articles touch each bin.
 * - Articles with no (or no valid) date are counted in `undated`.
 *
 * @example
 * buildTimeline([{ id: "a", published: { from: "2020-01-06", to: "2020-01-19" }, ... }], new Map([["a", 10]]))
 * // { unit: "week", bins: [{ start: "2020-01-06", end: "2020-01-12", count: 5, articles: 1 },
 * //                        { start: "2020-01-13", end: "2020-01-19", count: 5, articles: 1 }], undated: 0, undatedArticles: 0 }
 */
export function buildTimeline(
  articles: readonly Pick<ArticleMeta, "id" | "published">[],
  mentionCounts: ReadonlyMap<string, number>,
  opts: { unit?: TimelineUnit } = {},
): Timeline {
  return timelineFromRanges(
    articles.map((a) => ({ published: a.published, articles: 1, mentions: mentionCounts.get(a.id) ?? 0 })),
    opts,
  );
}

/** Mentions and articles that share one published range (the store counts them so, per range). */
export type RangeWeight = { published: { from: string; to: string } | null; articles: number; mentions: number; roles?: RoleWeights };

/**
 * The same histogram as buildTimeline from counts per published range, as the store gives them
 * (one row per distinct range, however many articles share it), so 100,000 articles cost as
 * much as the few thousand days they were published on.
 *
 * @example timelineFromRanges([{ published: { from: "2020-01-07", to: "2020-01-07" }, articles: 2, mentions: 9 }])
 *   // → { unit: "week", bins: [{ start: "2020-01-06", end: "2020-01-12", count: 9, articles: 2 }], undated: 0, undatedArticles: 0 }
 */
export function timelineFromRanges(ranges: readonly RangeWeight[], opts: { unit?: TimelineUnit } = {}): Timeline {
  const dated: { range: DayRange; weight: number; articles: number; roles?: RoleWeights }[] = [];
  const withRoles = ranges.length > 0 && ranges.every((r) => r.roles);
  let undated = 0;
  let undatedArticles = 0;
  for (const r of ranges) {
    const range = dayRange(r.published);
    if (range === null) {
      undated += r.mentions;
      undatedArticles += r.articles;
    } else {
      dated.push({ range, weight: r.mentions, articles: r.articles, ...(r.roles ? { roles: r.roles } : {}) });
    }
  }
  if (dated.length === 0) return { unit: opts.unit ?? "week", bins: [], undated, undatedArticles };

  // A loop, not Math.min(...): spreading 100,000 arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const { range } of dated) {
    if (range.from < first) first = range.from;
    if (range.to > last) last = range.to;
  }
  const unit = opts.unit ?? (last - first + 1 > MONTHLY_ABOVE_DAYS ? "month" : "week");

  // Bin edges as day numbers: bin i holds days starts[i] .. starts[i + 1] - 1.
  const starts: number[] = [];
  let day = unit === "week" ? isoWeekStart(first) : monthStart(first);
  while (day <= last) {
    starts.push(day);
    day = unit === "week" ? day + 7 : nextMonthStart(day);
  }
  starts.push(day);

  const counts = new Array<number>(starts.length - 1).fill(0);
  const touching = new Array<number>(starts.length - 1).fill(0);
  const roleCounts = withRoles ? counts.map(() => ({ combat: 0, military: 0, civil: 0, reference: 0 })) : undefined;
  for (const { range, weight, articles, roles } of dated) {
    const days = range.to - range.from + 1;
    for (let i = binOf(starts, range.from); i < counts.length && starts[i]! <= range.to; i++) {
      const overlap = Math.min(range.to, starts[i + 1]! - 1) - Math.max(range.from, starts[i]!) + 1;
      counts[i]! += (weight * overlap) / days;
      touching[i]! += articles;
      if (roleCounts && roles) for (const k of ROLE_KEYS) roleCounts[i]![k] += (roles[k] * overlap) / days;
    }
  }

  const bins = counts.map((count, i) => ({
    start: isoDate(starts[i]!),
    end: isoDate(starts[i + 1]! - 1),
    count,
    articles: touching[i]!,
    ...(roleCounts ? { roles: roleCounts[i]! } : {}),
  }));
  return { unit, bins, undated, undatedArticles };
}

/** Index of the bin holding `day` (binary search over sorted bin starts). */
function binOf(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
