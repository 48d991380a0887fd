// Whose articles an interaction sees: the server's when the bot is installed there, else the user's own (DMs, group
// DMs, and servers where only the user installed the app).
import type { BaseInteraction } from '#discord.js';
import type { Scope } from '../storage/types.ts';

export function scopeOfInteraction(
  i: Pick<BaseInteraction, 'guildId' | 'user' | 'authorizingIntegrationOwners'>,
): Scope {
  const owners = i.authorizingIntegrationOwners;
  // A user-only install inside a server is the user's; no owner data at all (older payloads) means the server's.
  const guildInstalled = Boolean(owners?.guildId) || !owners?.userId;
  return i.guildId && guildInstalled ? `guild:${i.guildId}` : `user:${i.user.id}`;
}
