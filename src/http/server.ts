// The HTTP interactions endpoint: POST /interactions (signed by Discord), GET /health, GET /metrics.
// Each request: size limit (413), Ed25519 signature (401, nothing runs), timestamp window and seen ids (replays: 401),
// PING → {"type":1}, otherwise the shared Router answers through the bridge and its callback body is the response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../discord/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import { listen, notFound, serveOps, type HealthSource } from '../ops/ops.ts';
import type { Bridge } from './bridge.ts';
import { HTTP_LIMITS } from './limits.ts';
import { SeenIds } from './seen.ts';
import { verifyRequest } from './verify.ts';

export interface InteractionsServerOptions {
  publicKey: KeyObject;
  bridge: Bridge;
  metrics: Metrics;
  logger: Logger;
  /** Whether the storage answers, for /health. */
  storage?: () => Promise<boolean>;
  /** Seconds since the epoch; tests move it to replay a request later. */
  now?: () => number;
}

export interface InteractionsServer {
  server: Server;
  port: number;
  /** Requests whose HTTP answer has not been written yet. */
  readonly inFlight: number;
  /**
   * Graceful stop: new requests get 503 at once, the ones in flight finish (their HTTP answer, and `drainWork`, which
   * waits for deferred edits), then the listener closes. Never waits past `timeoutMs`.
   */
  stop(drainWork: () => Promise<void>, timeoutMs?: number): Promise<void>;
}

const INTERACTION_PING = 1;

export async function startInteractionsServer(
  opts: InteractionsServerOptions,
  port: number,
  host = '0.0.0.0',
): Promise<InteractionsServer> {
  const { metrics, logger } = opts;
  const seen = new SeenIds(HTTP_LIMITS.maxClockSkewSeconds * 2 * 1000);
  let stopping = false;
  let inFlight = 0;
  let idle: (() => void) | null = null;
  const source: HealthSource = {
    ready: () => !stopping,
    ...(opts.storage ? { storage: opts.storage } : {}),
  };

  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'application/json') => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    metrics.httpRequest('/interactions', status);
  };
  const refuse = (res: ServerResponse, status: number, error: string) =>
    send(res, status, JSON.stringify({ error }));

  const interactions = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (stopping) {
      res.setHeader('connection', 'close');
      return refuse(res, 503, 'shutting down');
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > HTTP_LIMITS.maxBodyBytes) return tooLarge(res);
    const body = await readBody(req, HTTP_LIMITS.maxBodyBytes);
    if (body === null) return tooLarge(res);
    const verdict = verifyRequest(
      opts.publicKey,
      header(req, 'x-signature-ed25519'),
      header(req, 'x-signature-timestamp'),
      body,
      (opts.now ?? (() => Date.now() / 1000))(),
    );
    if (verdict !== 'ok') {
      logger.warn({ event: 'http-refused', reason: verdict });
      return refuse(res, 401, verdict === 'stale' ? 'stale timestamp' : 'invalid request signature');
    }
    let payload: { id?: unknown; type?: unknown };
    try {
      payload = JSON.parse(body.toString('utf8')) as typeof payload;
    } catch {
      return refuse(res, 400, 'body is not JSON');
    }
    if (payload.type === INTERACTION_PING) return send(res, 200, '{"type":1}');
    if (typeof payload.id !== 'string') return refuse(res, 400, 'no interaction id');
    // A signed request within the timestamp window could still be sent twice: each interaction runs once.
    if (!seen.add(payload.id)) {
      logger.warn({ event: 'http-refused', reason: 'replayed', interaction: payload.id });
      return refuse(res, 401, 'interaction already received');
    }
    const answer = await opts.bridge.dispatch(payload as { id: string }, HTTP_LIMITS.answerTimeoutMs);
    if (!answer) {
      metrics.error('http-no-answer');
      return refuse(res, 500, 'no answer');
    }
    send(res, 200, answer.body, answer.contentType);
  };

  const tooLarge = (res: ServerResponse) => {
    // Do not read the rest: close once the answer is out.
    res.setHeader('connection', 'close');
    refuse(res, 413, `body over ${HTTP_LIMITS.maxBodyBytes} bytes`);
  };

  const server = createServer((req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    void route(req, res).catch((err: unknown) => {
      logger.error({ event: 'http-failed', err });
      metrics.error('http');
      if (!res.headersSent) refuse(res, 500, 'internal error');
      else res.destroy();
    });
  });
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/interactions') {
      if (req.method !== 'POST') return refuse(res, 405, 'POST only');
      return interactions(req, res);
    }
    if (!(await serveOps(req, res, source, metrics))) notFound(res);
  };

  return {
    server,
    port: await listen(server, port, host),
    get inFlight() {
      return inFlight;
    },
    async stop(drainWork, timeoutMs = 8000) {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)));
      const answered = inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => (idle = r));
      await Promise.race([Promise.all([answered, drainWork()]), deadline]);
      clearTimeout(timer);
      server.closeIdleConnections();
      await Promise.race([new Promise<void>((r) => server.close(() => r())), sleep(500)]);
      server.closeAllConnections();
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The whole body, or null as soon as it passes `limit` bytes (then the socket is left to close). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
