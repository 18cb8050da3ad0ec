/**
 * Serialised answers of a read route, each valid for one generation of the data it shows (for
 * offers: offers_generation, migration 031). The generation is read in the same snapshot as the
 * page, so a kept answer is never staler than its generation; a reader checks the current one
 * (one single-row query) before using it. Bounded by the bytes kept; least recently used go first.
 */
export class PageCache {
  private readonly entries = new Map<string, { generation: string; body: string }>();
  private bytes = 0;

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  get(key: string, generation: string): string | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.remove(key);
    if (e.generation !== generation) return undefined;
    this.entries.set(key, e);
    this.bytes += e.body.length;
    return e.body;
  }

  set(key: string, generation: string, body: string): void {
    this.remove(key);
    if (body.length > this.maxBytes / 8) return;
    this.entries.set(key, { generation, body });
    this.bytes += body.length;
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
    }
  }

  private remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.body.length;
  }
}
