// Discord-shaped ids: 17–19 digit snowflakes (the REST layer keys rate-limit buckets on them).
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** Which shard of `count` receives events for a guild, as Discord computes it. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A guild id that lands on `shard` of `count`. */
export function guildIdForShard(shard: number, count: number): string {
  for (;;) {
    const id = snowflake(Date.now() - Math.floor(Math.random() * 1e9));
    if (shardOf(id, count) === shard) return id;
  }
}
