// A local fake Discord: REST + gateway WebSocket on 127.0.0.1 (random port), enough for the real discord.js client.
// It records every REST request (interaction callbacks, webhook edits, command registration) for tests to assert on,
// can inject 429/500 answers, expire interactions (10062) and webhook tokens (50027), and drop a gateway connection with close code 4000 to force
// a RESUME, replaying the dispatches the session missed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { message, type AttachmentObject } from './payloads.ts';
import { shardOf, snowflake } from './snowflake.ts';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, decoded (so "@original", not "%40original"). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  at: number;
  /** The status the fake answered with (set once answered). */
  status?: number;
}

export interface Failure {
  method?: string;
  path: RegExp;
  status: 429 | 500 | 404;
  times: number;
  body?: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Every dispatch sent in this session, for RESUME replay. */
  buffer: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
  guilds: string[];
}

export interface FakeDiscordOptions {
  /** What GET /gateway/bot recommends. */
  shards?: number;
  guilds?: string[];
  applicationId?: string;
  heartbeatIntervalMs?: number;
}

export class FakeDiscord {
  readonly applicationId: string;
  readonly botUserId = snowflake();
  readonly guilds: string[];
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Session>();
  readonly identifies: { shard: [number, number]; intents: number }[] = [];
  readonly resumes: { sessionId: string; seq: number }[] = [];
  /** Commands registered by PUT, by route. */
  readonly registered = new Map<string, unknown[]>();
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly failures: Failure[] = [];
  private readonly expired = new Set<string>();
  private readonly expiredTokens = new Set<string>();
  private readonly waiters = new Set<{
    test: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  private readonly opts: Required<Omit<FakeDiscordOptions, 'guilds' | 'applicationId'>>;
  /** Files users "uploaded", served at /attachments/<id>/<name> as Discord's CDN would. */
  private readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  port = 0;

  constructor(opts: FakeDiscordOptions = {}) {
    this.opts = { shards: opts.shards ?? 1, heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250 };
    this.applicationId = opts.applicationId ?? snowflake();
    this.guilds = opts.guilds ?? [snowflake()];
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.http.listen(0, '127.0.0.1', r));
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.http.closeAllConnections();
    await new Promise<void>((r) => this.http.close(() => r()));
  }

  // ---- test controls -------------------------------------------------------------------------------------------

  /** A file a user attached: served by this fake at its own address; put the result in data.resolved.attachments. */
  attach(
    filename: string,
    bytes: Uint8Array | string,
    contentType = 'text/plain; charset=utf-8',
  ): AttachmentObject {
    const id = snowflake();
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    this.files.set(id, { bytes: data, contentType });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: data.byteLength, url, proxy_url: url, content_type: contentType };
  }

  /** Answer the next `times` requests matching with an error status (429 carries retry-after). */
  fail(f: Failure): void {
    this.failures.push({ ...f });
  }

  /** Callbacks for this interaction answer 404 Unknown interaction (10062), as when 3 s have passed. */
  expire(interactionId: string): void {
    this.expired.add(interactionId);
  }

  /** Webhook edits and follow-ups with this interaction token answer 401 Invalid Webhook Token (50027), as after 15 min. */
  expireToken(token: string): void {
    this.expiredTokens.add(token);
  }

  /** Resolve with the first recorded request (past or future) that passes `test`. */
  waitForRequest(test: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: (r: RecordedRequest) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error('fake Discord: no matching request in time'));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The interaction-callback request for an interaction. */
  callbackFor(interactionId: string, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path.startsWith(`/interactions/${interactionId}/`) &&
        r.path.endsWith('/callback'),
      timeoutMs,
    );
  }

  /** A webhook request (edit of @original or follow-up) made with an interaction's token. */
  webhookFor(token: string, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.path.startsWith(`/webhooks/${this.applicationId}/${token}`),
      timeoutMs,
    );
  }

  /** Send an INTERACTION_CREATE to the shard that owns its guild (buffered while that shard is disconnected). */
  dispatchInteraction(payload: { id: string; guild_id?: unknown }): Session {
    const session = this.sessionForGuild(typeof payload.guild_id === 'string' ? payload.guild_id : undefined);
    this.dispatch(session, 'INTERACTION_CREATE', payload);
    return session;
  }

  /** Close the live connection of a shard's session; 4000 lets the client RESUME. */
  disconnect(shard = 0, code = 4000): void {
    const s = [...this.sessions.values()].find((x) => x.shard[0] === shard && x.socket);
    s?.socket?.close(code, 'fake: unknown error');
  }

  sessionForGuild(guildId?: string): Session {
    const live = [...this.sessions.values()];
    const count = live[0]?.shard[1] ?? 1;
    const shard = guildId ? shardOf(guildId, count) : 0;
    // The newest session of that shard (a re-IDENTIFY makes a new one).
    const s = live.filter((x) => x.shard[0] === shard).at(-1);
    if (!s) throw new Error(`fake Discord: no session for shard ${shard}`);
    return s;
  }

  // ---- gateway -------------------------------------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    let session: Session | null = null;
    const send = (p: unknown) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(p));
    send({ op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs }, s: null, t: null });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as {
        op: number;
        d: { shard?: [number, number]; intents: number; session_id: string; seq: number };
      };
      switch (msg.op) {
        case 1:
          send({ op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          const shard = msg.d.shard ?? [0, 1];
          this.identifies.push({ shard, intents: msg.d.intents });
          const guilds = this.guilds.filter((g) => shardOf(g, shard[1]) === shard[0]);
          session = { id: snowflake(), shard, seq: 0, buffer: [], socket: ws, guilds };
          this.sessions.set(session.id, session);
          this.dispatch(session, 'READY', {
            v: 10,
            user: {
              id: this.botUserId,
              username: 'article-bot',
              discriminator: '0',
              avatar: null,
              bot: true,
            },
            application: { id: this.applicationId, flags: 0 },
            guilds: guilds.map((id) => ({ id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            shard,
          });
          for (const id of guilds) this.dispatch(session, 'GUILD_CREATE', guild(id));
          break;
        }
        case 6: {
          const s = this.sessions.get(msg.d.session_id);
          if (!s) {
            send({ op: 9, d: false, s: null, t: null });
            break;
          }
          this.resumes.push({ sessionId: s.id, seq: msg.d.seq });
          session = s;
          s.socket = ws;
          for (const e of s.buffer) if (e.s > msg.d.seq) send({ op: 0, ...e });
          this.dispatch(s, 'RESUMED', {});
          break;
        }
      }
    });
    ws.on('close', () => {
      if (session && session.socket === ws) session.socket = null;
    });
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    const e = { s: ++session.seq, t, d };
    session.buffer.push(e);
    if (session.buffer.length > 1000) session.buffer.shift();
    const ws = session.socket;
    if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify({ op: 0, ...e }));
  }

  // ---- REST ----------------------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = /^\/attachments\/(\d+)\//.exec(url.pathname);
    if (file && req.method === 'GET') {
      const f = this.files.get(file[1] as string);
      if (!f) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': f.contentType, 'content-length': String(f.bytes.byteLength) });
      return void res.end(f.bytes);
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    if (raw && String(req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      at: Date.now(),
    };
    this.requests.push(rec);

    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };

    const failure = this.failures.find(
      (f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === rec.method),
    );
    if (failure) {
      failure.times--;
      this.notify(rec);
      if (failure.status === 429)
        return json(
          429,
          failure.body ?? { message: 'You are being rate limited.', retry_after: 0.05, global: false },
          {
            'retry-after': '0.05',
            'x-ratelimit-scope': 'user',
          },
        );
      return json(failure.status, failure.body ?? { message: 'Internal Server Error', code: 0 });
    }

    this.notify(rec);
    let m: RegExpExecArray | null;
    if (rec.method === 'GET' && (path === '/gateway/bot' || path === '/gateway'))
      return json(200, {
        url: this.gatewayUrl,
        shards: this.opts.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
      });
    if (rec.method === 'GET' && path === '/applications/@me')
      return json(200, { id: this.applicationId, name: 'article-bot', flags: 0, bot_public: false });
    if ((m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path))) {
      if (this.expired.has(m[1] as string)) return json(404, { message: 'Unknown interaction', code: 10062 });
      if (url.searchParams.get('with_response') === 'true')
        return json(200, { interaction: { id: m[1], type: 2 } });
      rec.status = 204;
      res.writeHead(204).end();
      return;
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(path))) {
      if (this.expiredTokens.has(m[2] as string))
        return json(401, { message: 'Invalid Webhook Token', code: 50027 });
      return json(200, this.message((body ?? {}) as Record<string, unknown>));
    }
    if (rec.method === 'PUT' && (m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const cmds = (body as Record<string, unknown>[]).map((c) => ({
        id: snowflake(),
        application_id: m![1],
        version: snowflake(),
        type: 1,
        ...c,
        ...(m![3] ? { guild_id: m![3] } : {}),
      }));
      this.registered.set(path, cmds);
      return json(200, cmds);
    }
    json(404, { message: `fake Discord: no route ${rec.method} ${path}`, code: 0 });
  }

  private notify(rec: RecordedRequest): void {
    for (const w of this.waiters)
      if (w.test(rec)) {
        this.waiters.delete(w);
        w.resolve(rec);
      }
  }

  /** A complete-looking message object, as the client expects back from webhook edits and follow-ups. */
  message(data: Record<string, unknown>): Record<string, unknown> {
    return message({
      type: 20,
      author: { id: this.botUserId, username: 'article-bot', discriminator: '0', avatar: null, bot: true },
      application_id: this.applicationId,
      interaction_metadata: {
        id: snowflake(),
        type: 2,
        user: { id: snowflake(), username: 'user', discriminator: '0', avatar: null },
        authorizing_integration_owners: {},
      },
      ...data,
    });
  }
}

function guild(id: string): Record<string, unknown> {
  return {
    id,
    name: `Guild ${id.slice(-4)}`,
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'fr',
    nsfw_level: 0,
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: new Date().toISOString(),
    channels: [],
    threads: [],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(opts).start();
}
