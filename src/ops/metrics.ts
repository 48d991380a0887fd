// Prometheus metrics (prom-client), one registry per process, shared by the gateway bot and the HTTP endpoint.
// Labels are bounded: command names come from our own registered commands, outcomes and kinds are fixed sets.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { InteractionOutcome } from '../discord/router.ts';

/** What the article cache reports (hits and misses since start, entries and their total size now). */
export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export interface Metrics {
  registry: Registry;
  /** The Router's observe hook. */
  observe(outcome: InteractionOutcome): void;
  /** HTTP endpoint answers by status (401 bad signature, 413 too large, 503 stopping, …). */
  httpRequest(route: string, status: number): void;
  /** Errors outside an interaction's own handling (a failed follow-up, a store that stopped answering). */
  error(where: string): void;
  /** Read at scrape time, so the cache never has to push numbers. */
  setCacheStats(read: () => CacheStats | null): void;
  text(): Promise<string>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const interactions = new Counter({
    name: 'article_bot_interactions_total',
    help: 'Interactions handled, by kind, command and outcome',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'article_bot_interaction_duration_seconds',
    help: 'Time from receiving an interaction to its answer being sent (the final edit when deferred)',
    labelNames: ['kind'] as const,
    // Autocomplete answers in about a millisecond; a deferred answer takes seconds.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'article_bot_errors_total',
    help: 'Errors, by where they happened',
    labelNames: ['where'] as const,
    registers: [registry],
  });
  const http = new Counter({
    name: 'article_bot_http_requests_total',
    help: 'HTTP requests answered, by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  let readCache: () => CacheStats | null = () => null;
  const cache = (name: string, help: string, pick: (s: CacheStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const s = readCache();
        if (s) this.set(pick(s));
      },
    });
  cache('article_bot_article_cache_hits', 'Article engine cache hits since start', (s) => s.hits);
  cache('article_bot_article_cache_misses', 'Article engine cache misses since start', (s) => s.misses);
  cache('article_bot_article_cache_entries', 'Article engines held in memory', (s) => s.entries);
  cache('article_bot_article_cache_bytes', 'Text size of the articles held in memory', (s) => s.bytes);

  return {
    registry,
    observe(o) {
      interactions.inc({ kind: o.kind, command: o.command, outcome: o.outcome });
      latency.observe({ kind: o.kind }, o.ms / 1000);
      if (o.outcome === 'error') errors.inc({ where: 'interaction' });
    },
    httpRequest(route, status) {
      http.inc({ route, status: String(status) });
    },
    error(where) {
      errors.inc({ where });
    },
    setCacheStats(read) {
      readCache = read;
    },
    text: () => registry.metrics(),
  };
}
