// Per-user sliding-window limit on answers. Pure: the caller passes the clock, so tests need no timers.

export interface CooldownOptions {
  /** Answers allowed per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
}

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export class Cooldown {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly opts: CooldownOptions) {}

  take(userId: string, now: number): CooldownVerdict {
    const { max, windowMs } = this.opts;
    if (max <= 0) return { ok: true };
    const since = now - windowMs;
    const recent = (this.hits.get(userId) ?? []).filter((t) => t > since);
    if (recent.length >= max) {
      this.hits.set(userId, recent);
      return { ok: false, retryAfterMs: (recent[0] as number) + windowMs - now };
    }
    recent.push(now);
    this.hits.set(userId, recent);
    // Forget idle users now and then, so a large server cannot grow the map without bound.
    if (this.hits.size > 10_000) this.prune(now);
    return { ok: true };
  }

  prune(now: number): void {
    const since = now - this.opts.windowMs;
    for (const [user, times] of this.hits) if (!times.some((t) => t > since)) this.hits.delete(user);
  }

  get size(): number {
    return this.hits.size;
  }
}
