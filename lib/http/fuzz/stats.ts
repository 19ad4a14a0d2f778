/** Counts of answers by status, printed sorted: `200×812 400×2210 404×930`. */
export class Histogram {
  private readonly counts = new Map<number | string, number>();

  add(status: number | string): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + 1);
  }

  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  count(status: number | string): number {
    return this.counts.get(status) ?? 0;
  }

  /** Numeric statuses in order, then any label ("timeout", "reset"). */
  format(): string {
    const keys = [...this.counts.keys()].sort((a, b) =>
      typeof a === "number" && typeof b === "number" ? a - b : typeof a === "number" ? -1 : typeof b === "number" ? 1 : String(a).localeCompare(String(b)),
    );
    return keys.map((k) => `${k}×${this.counts.get(k)}`).join(" ");
  }
}

/** The value at quantile `q` (0–1) of `xs` by the nearest-rank rule; NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
