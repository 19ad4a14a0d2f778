/**
 * A small seeded generator (mulberry32) with the few draws the fuzzer needs. Seeded rather than
 * Math.random so that a failing run is replayed exactly from the seed it printed.
 *
 * @example const r = new Rng(15); r.int(0, 9); r.pick(["GET", "POST"]); r.chance(0.1)
 */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from an empty list");
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** One of `choices`, each drawn in proportion to its weight. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((s, [w]) => s + w, 0);
    let x = this.next() * total;
    for (const [w, v] of choices) {
      if ((x -= w) < 0) return v;
    }
    return choices.at(-1)![1];
  }

  /** `n` characters drawn from `alphabet`. */
  string(alphabet: string, n: number): string {
    const chars = [...alphabet];
    let s = "";
    for (let i = 0; i < n; i++) s += this.pick(chars);
    return s;
  }
}

/** A fresh seed for a run that was not given one (FUZZ_SEED): 31 bits, printable, replayable. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}
