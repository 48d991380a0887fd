// Interaction ids seen recently, so one signed request is not run twice (a replay inside the timestamp window).
// Ids are kept for `ttlMs` in insertion order; the oldest are dropped first, so memory stays bounded by traffic.

export class SeenIds {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 100_000,
  ) {}

  /** True the first time an id is added, false when it was seen within the ttl. */
  add(id: string, now: number = Date.now()): boolean {
    this.expire(now);
    if (this.ids.has(id)) return false;
    this.ids.set(id, now);
    if (this.ids.size > this.max) this.ids.delete(this.ids.keys().next().value as string);
    return true;
  }

  private expire(now: number): void {
    for (const [id, at] of this.ids) {
      if (now - at <= this.ttlMs) break;
      this.ids.delete(id);
    }
  }
}
