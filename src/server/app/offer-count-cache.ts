/**
 * Totals of the offer list per filter set, valid for one generation of the offers table
 * (offers_generation, migration 031: every statement that changes offers moves it on). Paging
 * through a result, or many users looking at the same filters, then counts once instead of on
 * every page. Bounded: the oldest filter sets are forgotten first.
 */
export class OfferCountCache {
  private readonly entries = new Map<string, { generation: string; total: number }>();

  constructor(private readonly maxEntries = 1000) {}

  /** Whether some total is kept for these filters (of whichever generation). */
  knows(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string, generation: string): number | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation !== generation) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last, so that eviction takes the least recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.total;
  }

  set(key: string, generation: string, total: number): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, total });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}
