// GET /health and GET /metrics, for both modes: the HTTP endpoint serves them beside POST /interactions, the gateway
// bot on HEALTH_PORT. A load balancer or orchestrator polls /health; Prometheus scrapes /metrics.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.ts';
import { version } from './version.ts';

export interface HealthSource {
  /** False before start-up is done and once shutdown has begun (the balancer then stops sending work). */
  ready(): boolean;
  /** Whether the database answers; null when the process runs without a store. */
  storage?: () => Promise<boolean>;
}

export interface Health {
  status: 'ok' | 'unavailable';
  ready: boolean;
  storage: 'ok' | 'unreachable' | 'none';
  version: string;
  uptimeSeconds: number;
}

export async function health(source: HealthSource): Promise<Health> {
  const ready = source.ready();
  let storage: Health['storage'] = 'none';
  if (source.storage) storage = (await source.storage().catch(() => false)) ? 'ok' : 'unreachable';
  return {
    status: ready && storage !== 'unreachable' ? 'ok' : 'unavailable',
    ready,
    storage,
    version: version(),
    uptimeSeconds: Math.round(process.uptime()),
  };
}

/** Answer /health and /metrics; false when the request is for another route. */
export async function serveOps(
  req: IncomingMessage,
  res: ServerResponse,
  source: HealthSource,
  metrics: Metrics,
): Promise<boolean> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/health') {
    const h = await health(source);
    const status = h.status === 'ok' ? 200 : 503;
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(h));
    metrics.httpRequest('/health', status);
    return true;
  }
  if (path === '/metrics') {
    const body = await metrics.text();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
    return true;
  }
  return false;
}

/** The gateway bot's HEALTH_PORT server: only the two routes. */
export async function startOpsServer(
  port: number,
  source: HealthSource,
  metrics: Metrics,
  host = '0.0.0.0',
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void serveOps(req, res, source, metrics).then((handled) => {
      if (!handled) notFound(res);
    });
  });
  return {
    server,
    port: await listen(server, port, host),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Both servers' answer to a route they do not serve. */
export function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end('{"error":"not found"}');
}

/** Listen, failing on a port already taken; the port listened on (port 0 picks a free one). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}
