// Raw interaction payloads (from an HTTP request) → the same discord.js Interaction objects, Router and commands the
// gateway bot uses, and the interaction callback → the HTTP response.
//
// Why this shape: Discord lets an HTTP endpoint answer in the response body instead of calling
// POST /interactions/{id}/{token}/callback. discord.js always calls that route, so the client here never logs in to the
// gateway and its REST layer gets a custom `makeRequest` (an @discordjs/rest option): for an interaction whose HTTP
// request is still open, the callback POST is caught and its body becomes the HTTP response; everything else (webhook
// edits and follow-ups after a deferral) goes to the real API. Raw payloads become Interaction objects through the
// client's own InteractionCreate action, so there is no second copy of any parsing or command logic.
import { DefaultRestOptions, Events, type Client, type Interaction } from '#discord.js';
import type { ClientFactoryOptions } from '../discord/client.ts';
import { createClient } from '../discord/client.ts';

/** What the interaction callback sent: the HTTP response body and its content type. */
export interface CapturedAnswer {
  body: Buffer;
  contentType: string;
}

/** What @discordjs/rest's queueRequest receives (the fields read here). */
interface QueuedRequest {
  fullRoute: string;
  method: string;
  body?: unknown;
  files?: readonly unknown[];
}

interface Pending {
  resolve(answer: CapturedAnswer): void;
}

const CALLBACK = /\/interactions\/(\d{17,20})\/[^/]+\/callback(?:\?|$)/;

export interface Bridge {
  client: Client;
  /**
   * Turn a raw payload into an Interaction and emit it to `onInteraction`. Resolves with the callback's body once the
   * handler answers (reply, defer, autocomplete result, update), or null when the handler finished without answering
   * or the payload was not one discord.js builds an interaction for.
   */
  dispatch(payload: { id: string }, timeoutMs: number): Promise<CapturedAnswer | null>;
  destroy(): Promise<void>;
}

export function createBridge(
  token: string,
  onInteraction: (i: Interaction) => Promise<void>,
  opts: ClientFactoryOptions = {},
): Bridge {
  const pending = new Map<string, Pending>();
  const jobs = new Map<string, Promise<void>>();
  const passThrough = opts.rest?.makeRequest ?? DefaultRestOptions.makeRequest;

  const client = createClient({
    ...opts,
    rest: {
      ...opts.rest,
      async makeRequest(url, init) {
        const id = CALLBACK.exec(url)?.[1];
        const waiter = id ? pending.get(id) : undefined;
        if (!id || !waiter) return passThrough(url, init as Parameters<typeof passThrough>[1]);
        pending.delete(id);
        waiter.resolve(await toAnswer(init.body));
        // What Discord answers to a callback without ?with_response: 204, no body. The router never asks for the
        // response object (withResponse), so nothing reads a body here.
        return new Response(null, { status: 204 });
      },
    },
  });
  // Webhook edits and follow-ups are authorised by the interaction token, but the REST layer wants a token set.
  client.rest.setToken(token);
  // The common case, a JSON callback, is caught one step earlier, before @discordjs/rest picks a bucket, serialises the
  // body, arms an abort timer and builds a Response for it: that was about a tenth of the endpoint's CPU time per
  // interaction (npm run bench, profile). A callback with files still goes the whole way, to makeRequest above,
  // because only the REST layer builds its multipart body.
  const rest = client.rest as unknown as { queueRequest(r: QueuedRequest): Promise<Response> };
  const queueRequest = rest.queueRequest.bind(rest);
  rest.queueRequest = async (r) => {
    const id = r.method === 'POST' && !r.files?.length ? CALLBACK.exec(r.fullRoute)?.[1] : undefined;
    const waiter = id ? pending.get(id) : undefined;
    if (!id || !waiter) return queueRequest(r);
    pending.delete(id);
    waiter.resolve({ body: Buffer.from(JSON.stringify(r.body), 'utf8'), contentType: 'application/json' });
    return new Response(null, { status: 204 });
  };
  client.on(Events.InteractionCreate, (i) => {
    jobs.set(i.id, onInteraction(i));
  });
  const action = (client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } })
    .actions.InteractionCreate;

  return {
    client,
    async dispatch(payload, timeoutMs) {
      const answered = new Promise<CapturedAnswer>((resolve) => pending.set(payload.id, { resolve }));
      let job: Promise<void> | undefined;
      try {
        // Synchronous: the action builds the Interaction and emits InteractionCreate before returning.
        action.handle(payload);
      } finally {
        // A payload discord.js cannot read throws here: leave nothing pending for it.
        job = jobs.get(payload.id);
        jobs.delete(payload.id);
        if (!job) pending.delete(payload.id);
      }
      if (!job) return null;
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([
        answered,
        job.then(() => null),
        new Promise<null>((r) => (timer = setTimeout(r, timeoutMs, null))),
      ]);
      clearTimeout(timer);
      // A job that ended without answering, or answered too late: a later callback goes to the API (and fails there).
      if (result === null) pending.delete(payload.id);
      return result;
    },
    async destroy() {
      await client.destroy().catch(() => undefined);
    },
  };
}

/** The callback's body as bytes: a JSON string normally, FormData when a reply carries files. */
async function toAnswer(body: unknown): Promise<CapturedAnswer> {
  if (typeof body === 'string') return { body: Buffer.from(body, 'utf8'), contentType: 'application/json' };
  // Discord accepts multipart/form-data responses too; Response serialises FormData with its boundary.
  const res = new Response(body as ConstructorParameters<typeof Response>[0]);
  return {
    body: Buffer.from(await res.arrayBuffer()),
    contentType: res.headers.get('content-type') ?? 'application/octet-stream',
  };
}
