// The discord.js client: Guilds intent only (no privileged intents), no mentions, REST optionally elsewhere.
import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './render/reply.ts';

export interface ClientFactoryOptions {
  /** Another REST base URL (proxy or local fake Discord); the gateway URL follows from its /gateway/bot answer. */
  apiUrl?: string | null;
  /** Extra REST options, e.g. a higher globalRequestsPerSecond against the fake in load tests. */
  rest?: ClientOptions['rest'];
}

export function createClient(opts: ClientFactoryOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: { ...(opts.apiUrl ? { api: opts.apiUrl } : {}), ...opts.rest },
  });
}
