// Interaction payloads as Discord sends them, with every field discord.js 14.28 reads (see shared/fake-discord.md).
import { snowflake } from './snowflake.ts';

export interface Who {
  /** Absent: a DM with the bot (no guild_id, no member; the user installed the app). */
  guildId?: string;
  applicationId: string;
  locale?: string;
  userId?: string;
  channelId?: string;
  /** The member's permissions in the channel, as Discord's decimal bit string (default '0': none). */
  permissions?: string;
}

/** Manage Server (1 << 5), as a permissions string. */
export const MANAGE_GUILD = String(1 << 5);

export type Option = {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: Option[];
};

const STRING = 3;
const SUB_COMMAND = 1;
const ATTACHMENT = 11;

export function stringOption(name: string, value: string, focused = false): Option {
  return focused ? { name, type: STRING, value, focused: true } : { name, type: STRING, value };
}

/** A subcommand and its options (Discord nests them this way: type 1, options inside). */
export function subcommand(name: string, options: Option[] = []): Option {
  return { name, type: SUB_COMMAND, options };
}

/** An attachment option: its value is the attachment's id, the attachment itself goes in data.resolved. */
export function attachmentOption(name: string, attachmentId: string): Option {
  return { name, type: ATTACHMENT, value: attachmentId };
}

/** A resolved attachment, as Discord puts it in data.resolved.attachments. */
export interface AttachmentObject {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

function base(
  type: number,
  who: Who,
  data: unknown,
): Record<string, unknown> & { id: string; token: string } {
  const userId = who.userId ?? '111111111111111111';
  const channelId = who.channelId ?? '222222222222222222';
  const user = {
    id: userId,
    username: `user${userId.slice(-3)}`,
    discriminator: '0',
    avatar: null,
    global_name: 'User',
  };
  const common = {
    id: snowflake(),
    application_id: who.applicationId,
    type,
    token: `tok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    data,
    channel_id: channelId,
    locale: who.locale ?? 'fr',
    app_permissions: '2147483647',
    entitlements: [],
  };
  if (!who.guildId)
    // A DM with the bot: the user at the top level, no member, the app installed by that user (context 1: BotDM).
    return {
      ...common,
      channel: { id: channelId, type: 1, recipients: [user] },
      user,
      authorizing_integration_owners: { '1': userId },
      context: 1,
    };
  return {
    ...common,
    guild_id: who.guildId,
    channel: { id: channelId, type: 0, guild_id: who.guildId, name: 'general' },
    member: {
      user,
      roles: [],
      joined_at: new Date(0).toISOString(),
      permissions: who.permissions ?? '0',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
    },
    guild_locale: 'fr',
    authorizing_integration_owners: { '0': who.guildId },
    context: 0,
  };
}

export function slashCommand(
  name: string,
  options: Option[],
  who: Who,
  resolved?: { attachments?: Record<string, AttachmentObject> },
) {
  return base(2, who, {
    id: snowflake(),
    name,
    type: 1,
    options,
    ...(who.guildId ? { guild_id: who.guildId } : {}),
    ...(resolved ? { resolved } : {}),
  });
}

export function autocomplete(name: string, options: Option[], who: Who) {
  return base(4, who, {
    id: snowflake(),
    name,
    type: 1,
    options,
    ...(who.guildId ? { guild_id: who.guildId } : {}),
  });
}

/** Every field of a message object that discord.js reads, empty; `fields` fill in or override. */
export function message(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: snowflake(),
    type: 0,
    channel_id: snowflake(),
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...fields,
  };
}

/** A message someone posted in `who`'s channel. */
export function messageObject(fields: Record<string, unknown>, who: Who): Record<string, unknown> {
  return message({
    channel_id: who.channelId ?? '222222222222222222',
    guild_id: who.guildId,
    author: {
      id: '333333333333333333',
      username: 'someone',
      discriminator: '0',
      avatar: null,
      global_name: null,
    },
    ...fields,
  });
}

/**
 * A press on a button of a message the bot sent: pass that message's embeds and components back. `ownerId` is the
 * user whose command produced the message (default: the presser).
 */
export function button(
  customId: string,
  message: { embeds?: unknown[]; components?: unknown[] },
  who: Who,
  ownerId?: string,
) {
  const p = base(3, who, { custom_id: customId, component_type: 2 });
  p.message = messageObject(
    {
      author: {
        id: '444444444444444444',
        username: 'article-bot',
        discriminator: '0',
        avatar: null,
        bot: true,
      },
      application_id: who.applicationId,
      embeds: message.embeds ?? [],
      components: message.components ?? [],
      interaction_metadata: {
        id: snowflake(),
        type: 2,
        user: {
          id: ownerId ?? who.userId ?? '111111111111111111',
          username: 'user',
          discriminator: '0',
          avatar: null,
        },
        authorizing_integration_owners: who.guildId
          ? { '0': who.guildId }
          : { '1': who.userId ?? '111111111111111111' },
      },
    },
    who,
  );
  return p;
}

export function messageContextMenu(name: string, content: string, who: Who) {
  const target = messageObject({ content }, who);
  return base(2, who, {
    id: snowflake(),
    name,
    type: 3,
    target_id: target.id,
    resolved: { messages: { [target.id as string]: target } },
    guild_id: who.guildId,
  });
}
