// The store's counting index: every article's dates and outlet and every mention's place and
// sentence, in typed arrays in memory, so counts under any filter are one linear pass (about 10 ms
// for 100,000 articles) instead of a GROUP BY over millions of rows. It is derived data: built from
// the database (each article's packed mentions, see packMentions) and rebuilt or extended when the
// database changes; the database stays the only source of truth. Pure: no I/O.

/** Days since 1970-01-01; the articles' dates as the store keeps them. NO_DAY: undated. */
export const NO_DAY = -2147483648;
/** No outlet recorded. */
export const NO_SOURCE = -1;

// A local copy: some module loaders turn an imported or exported binding into a getter, which
// would cost a call per article in the loops below.
const NO_DAY_LOCAL = -2147483648;
const NOTHING = () => {};
const COMBAT = 1;

/** Whether a mention's event (role × 4 + kind) passes the role and kind bits of a filter. */
function eventKept(event: number, roleBits: number | undefined, kindBits: number | undefined): boolean {
  const role = event >> 2;
  if (roleBits !== undefined && (roleBits & (1 << role)) === 0) return false;
  return kindBits === undefined || (role === COMBAT && (kindBits & (1 << (event & 3))) !== 0);
}

/** One article as the index loads it: row number, dates, outlet id, packed mentions. */
export type IndexedArticle = { n: number; from: number | null; to: number | null; source: number | null; pack: Uint8Array };

/** The roles of lib/events, in the order the index numbers them (their codes are the indices). */
export const ROLES = ["reference", "combat", "military", "civil"] as const;
/** The combat kinds, numbered from 1 (0: none). */
export const KINDS = ["", "clash", "strike", "control"] as const;

/** A filter in the index's terms: ids already turned into numbers, the topic into a sentence set. */
export type IndexFilter = {
  /** article row numbers to keep */
  articles?: ReadonlySet<number>;
  from?: number;
  to?: number;
  /** outlet ids to keep */
  sources?: ReadonlySet<number>;
  /** sentence row numbers whose mentions are kept (the topic's matches), as a bitmap */
  sentences?: Uint8Array;
  /** role codes to keep, as bits (1 << code); kinds likewise: a mention is kept when its role is, and,
   *  with kinds, only combat mentions of those kinds */
  roleBits?: number;
  kindBits?: number;
};

const MENTION_BYTES = 8;

/** A mention as the index keeps it: place number, sentence row number, role and kind codes. */
export type PackedMention = { place: number; sentence: number; role: number; kind: number };

/**
 * An article's mentions packed for the index: per mention, its place number (u16), sentence row
 * number (u32, little-endian), role code and kind code (u8 each), in text order.
 *
 * @example unpackMentions(packMentions([{ place: 3, sentence: 70, role: 1, kind: 2 }])) // → the same
 */
export function packMentions(mentions: readonly PackedMention[]): Uint8Array {
  const out = new Uint8Array(mentions.length * MENTION_BYTES);
  const view = new DataView(out.buffer);
  mentions.forEach((m, i) => {
    view.setUint16(i * MENTION_BYTES, m.place, true);
    view.setUint32(i * MENTION_BYTES + 2, m.sentence, true);
    view.setUint8(i * MENTION_BYTES + 6, m.role);
    view.setUint8(i * MENTION_BYTES + 7, m.kind);
  });
  return out;
}

/** The inverse of packMentions. */
export function unpackMentions(pack: Uint8Array): PackedMention[] {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  const out: PackedMention[] = [];
  for (let i = 0; i + MENTION_BYTES <= pack.byteLength; i += MENTION_BYTES) {
    out.push({ place: view.getUint16(i, true), sentence: view.getUint32(i + 2, true), role: view.getUint8(i + 6), kind: view.getUint8(i + 7) });
  }
  return out;
}

/** Mentions per role, in ROLES order. */
export type RoleTally = [number, number, number, number];

/** A typed array that grows by doubling, for appending articles as they arrive. */
class Column<T extends Int32Array | Uint16Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

const int32 = (n: number) => new Int32Array(n);
const uint16 = (n: number) => new Uint16Array(n);

/**
 * Articles and mentions in columns. Article i holds mentions mStart[i] … mStart[i + 1] - 1, in
 * text order; articles are in row-number order.
 *
 * @example
 *   const index = new CountIndex();
 *   index.add([{ n: 1, from: 18000, to: 18000, source: 2, pack: packMentions([{ place: 0, sentence: 5 }]) }]);
 *   index.placeCounts({}) // → Map { 0 → 1 }
 */
export class CountIndex {
  private readonly n = new Column(int32(0), int32);
  private readonly from = new Column(int32(0), int32);
  private readonly to = new Column(int32(0), int32);
  private readonly source = new Column(int32(0), int32);
  private readonly mStart = new Column(int32(1), int32);
  private readonly place = new Column(uint16(0), uint16);
  private readonly sentence = new Column(int32(0), int32);
  /** role code × 4 + kind code, per mention */
  private readonly event = new Column(uint16(0), uint16);
  /** the article index of each mention */
  private readonly owner = new Column(int32(0), int32);
  private maxPlace = -1;
  private newest: Int32Array | undefined;
  private oldest: Int32Array | undefined;
  private byPlace = new Map<number, Int32Array>();

  constructor() {
    this.mStart.push(0);
  }

  get articleCount(): number {
    return this.n.length;
  }

  /** The row number of the last article added (0 when empty): the next load asks for rows after it. */
  get lastRow(): number {
    return this.n.length ? this.n.data[this.n.length - 1]! : 0;
  }

  /** Appends articles, in increasing row number. */
  add(articles: Iterable<IndexedArticle>): void {
    for (const a of articles) {
      this.n.push(a.n);
      this.from.push(a.from ?? NO_DAY);
      this.to.push(a.to ?? NO_DAY);
      this.source.push(a.source ?? NO_SOURCE);
      const view = new DataView(a.pack.buffer, a.pack.byteOffset, a.pack.byteLength);
      const owner = this.n.length - 1;
      for (let i = 0; i + MENTION_BYTES <= a.pack.byteLength; i += MENTION_BYTES) {
        const place = view.getUint16(i, true);
        if (place > this.maxPlace) this.maxPlace = place;
        this.place.push(place);
        this.sentence.push(view.getUint32(i + 2, true));
        this.event.push(view.getUint8(i + 6) * 4 + view.getUint8(i + 7));
        this.owner.push(owner);
      }
      this.mStart.push(this.place.length);
    }
    this.newest = undefined;
    this.oldest = undefined;
    this.byPlace.clear();
  }

  /**
   * Calls visit(article, kept) for each article the filter keeps with at least one kept mention,
   * `kept` its number of kept mentions; with `each`, also each kept mention. Typed arrays are read
   * through locals: this loop runs over every article of the store.
   */
  private scan(f: IndexFilter, visit: (article: number, kept: number) => void, each?: (mention: number) => void): void {
    const starts = this.mStart.data;
    const rows = this.n.data;
    const fromDays = this.from.data;
    const toDays = this.to.data;
    const sourceIds = this.source.data;
    const sentence = this.sentence.data;
    const event = this.event.data;
    const { articles, sources, sentences, roleBits, kindBits } = f;
    const lo = f.from ?? -Infinity;
    const hi = f.to ?? Infinity;
    const undated = NO_DAY_LOCAL;
    for (let i = 0, count = this.n.length; i < count; i++) {
      if (articles && !articles.has(rows[i]!)) continue;
      const from = fromDays[i]!;
      if (from !== undated && (toDays[i]! < lo || from > hi)) continue;
      if (sources && !sources.has(sourceIds[i]!)) continue;
      const end = starts[i + 1]!;
      let kept = 0;
      for (let k = starts[i]!; k < end; k++) {
        if (sentences && sentences[sentence[k]!] !== 1) continue;
        if ((roleBits !== undefined || kindBits !== undefined) && !eventKept(event[k]!, roleBits, kindBits)) continue;
        kept++;
        if (each) each(k);
      }
      if (kept > 0) visit(i, kept);
    }
  }

  /** Mentions per place number under a filter. */
  placeCounts(f: IndexFilter): Map<number, number> {
    const out = new Map<number, number>();
    for (const [no, t] of this.placeRoles(f)) out.set(no, t[0] + t[1] + t[2] + t[3]);
    return out;
  }

  /** Mentions per place number and role under a filter. */
  placeRoles(f: IndexFilter): Map<number, RoleTally> {
    const counts = new Int32Array((this.maxPlace + 1) * 4);
    const place = this.place.data;
    const event = this.event.data;
    this.scan(f, NOTHING, (k) => counts[place[k]! * 4 + (event[k]! >> 2)]!++);
    const out = new Map<number, RoleTally>();
    for (let no = 0; no <= this.maxPlace; no++) {
      const t: RoleTally = [counts[no * 4]!, counts[no * 4 + 1]!, counts[no * 4 + 2]!, counts[no * 4 + 3]!];
      if (t[0] + t[1] + t[2] + t[3] > 0) out.set(no, t);
    }
    return out;
  }

  /** Per outlet id: mentions, and articles with at least one kept mention. */
  sourceCounts(f: IndexFilter): Map<number, { articles: number; mentions: number }> {
    const out = new Map<number, { articles: number; mentions: number }>();
    const sourceIds = this.source.data;
    this.scan(f, (i, kept) => {
      const s = sourceIds[i]!;
      if (s === NO_SOURCE) return;
      const c = out.get(s);
      if (c) {
        c.articles++;
        c.mentions += kept;
      } else out.set(s, { articles: 1, mentions: kept });
    });
    return out;
  }

  /** Per distinct published range (from, to; NO_DAY when undated): articles, mentions and mentions per role kept. */
  rangeCounts(f: IndexFilter): { from: number; to: number; articles: number; mentions: number; roles: RoleTally }[] {
    const out = new Map<number, { from: number; to: number; articles: number; mentions: number; roles: RoleTally }>();
    const fromDays = this.from.data;
    const toDays = this.to.data;
    const event = this.event.data;
    const tally: RoleTally = [0, 0, 0, 0];
    this.scan(
      f,
      (i, kept) => {
        const from = fromDays[i]!;
        const to = toDays[i]!;
        // Days fit in 20 bits for centuries either side of 1970: one number keys the pair.
        const key = from === NO_DAY_LOCAL ? -1 : from * 1_048_576 + (to - from);
        let c = out.get(key);
        if (!c) out.set(key, (c = { from, to, articles: 0, mentions: 0, roles: [0, 0, 0, 0] }));
        c.articles++;
        c.mentions += kept;
        for (let r = 0; r < 4; r++) {
          c.roles[r]! += tally[r]!;
          tally[r] = 0;
        }
      },
      // Called for each kept mention of an article before the article's visit.
      (k) => tally[event[k]! >> 2]!++,
    );
    return [...out.values()];
  }

  /** Article indices newest first: by end of range, then start, undated last, then row number. */
  private newestOrder(): Int32Array {
    if (!this.newest) {
      const order = Int32Array.from({ length: this.n.length }, (_, i) => i);
      const to = this.to.data;
      const from = this.from.data;
      // NO_DAY is the smallest int32: undated sorts last when descending.
      order.sort((a, b) => to[b]! - to[a]! || from[b]! - from[a]! || a - b);
      this.newest = order;
    }
    return this.newest;
  }

  /** Article indices oldest first: by start of range, then end, undated last, then row number. */
  private oldestOrder(): Int32Array {
    if (!this.oldest) {
      const order = Int32Array.from({ length: this.n.length }, (_, i) => i);
      const to = this.to.data;
      const from = this.from.data;
      const undated = (i: number) => (from[i] === NO_DAY ? 1 : 0);
      order.sort((a, b) => undated(a) - undated(b) || from[a]! - from[b]! || to[a]! - to[b]! || a - b);
      this.oldest = order;
    }
    return this.oldest;
  }

  /**
   * The row numbers of the articles a filter keeps (with a topic: those with a kept mention), in
   * order, one page of them and the total.
   */
  articles(f: IndexFilter, order: "newest" | "oldest", offset: number, limit: number): { total: number; offset: number; rows: number[] } {
    const keep = new Uint8Array(this.n.length);
    this.scan(f, (i) => (keep[i] = 1));
    // An article with no mention at all is still an article: without a topic or a role filter it is listed too.
    if (!f.sentences && f.roleBits === undefined && f.kindBits === undefined) {
      const starts = this.mStart.data;
      for (let i = 0; i < this.n.length; i++) if (starts[i] === starts[i + 1] && this.keepsWithoutMentions(i, f)) keep[i] = 1;
    }
    const sorted = order === "newest" ? this.newestOrder() : this.oldestOrder();
    const kept: number[] = [];
    for (let j = 0; j < sorted.length; j++) if (keep[sorted[j]!] === 1) kept.push(sorted[j]!);
    const start = Math.min(offset, kept.length === 0 ? 0 : Math.floor((kept.length - 1) / limit) * limit);
    return { total: kept.length, offset: start, rows: kept.slice(start, start + limit).map((i) => this.n.data[i]!) };
  }

  /** The article, date and outlet tests of the filter, for an article that has no mention. */
  private keepsWithoutMentions(i: number, f: IndexFilter): boolean {
    if (f.articles && !f.articles.has(this.n.data[i]!)) return false;
    const from = this.from.data[i]!;
    if (from !== NO_DAY_LOCAL && ((f.from !== undefined && this.to.data[i]! < f.from) || (f.to !== undefined && from > f.to))) return false;
    return !f.sources || f.sources.has(this.source.data[i]!);
  }

  /** A place's mentions newest article first, text order within an article (cached per place). */
  private placeOrder(placeNo: number): Int32Array {
    let order = this.byPlace.get(placeNo);
    if (!order) {
      // Walk the articles newest first and take the place's mentions of each in text order: one
      // pass over the mentions, no sort.
      const list: number[] = [];
      const place = this.place.data;
      const starts = this.mStart.data;
      for (const i of this.newestOrder()) {
        for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) if (place[k] === placeNo) list.push(k);
      }
      order = Int32Array.from(list);
      this.byPlace.set(placeNo, order);
    }
    return order;
  }

  /**
   * One page of a place's kept mentions, each as (article row number, position in the article's
   * mentions), newest first; `at` (row number, position) picks the page holding that mention.
   */
  quotes(
    placeNo: number,
    f: IndexFilter,
    page: { offset: number; limit: number; at?: { row: number; position: number } },
  ): { total: number; offset: number; refs: { row: number; position: number }[] } {
    const keep = new Uint8Array(this.n.length);
    this.scan(f, (i) => (keep[i] = 1));
    const owner = this.owner.data;
    const sentence = this.sentence.data;
    const kept: number[] = [];
    let atIndex = -1;
    for (const k of this.placeOrder(placeNo)) {
      const i = owner[k]!;
      if (keep[i] !== 1) continue;
      if (f.sentences && f.sentences[sentence[k]!] !== 1) continue;
      if ((f.roleBits !== undefined || f.kindBits !== undefined) && !eventKept(this.event.data[k]!, f.roleBits, f.kindBits)) continue;
      if (page.at && this.n.data[i] === page.at.row && k - this.mStart.data[i]! === page.at.position) atIndex = kept.length;
      kept.push(k);
    }
    const wanted = atIndex >= 0 ? Math.floor(atIndex / page.limit) * page.limit : page.offset;
    const lastPage = kept.length === 0 ? 0 : Math.floor((kept.length - 1) / page.limit) * page.limit;
    const offset = Math.min(Math.max(0, wanted), lastPage);
    const refs = kept.slice(offset, offset + page.limit).map((k) => {
      const i = owner[k]!;
      return { row: this.n.data[i]!, position: k - this.mStart.data[i]! };
    });
    return { total: kept.length, offset, refs };
  }
}
