// Commands that take longer than the router's defer threshold, so their answer goes through the webhook routes
// (PATCH @original, or a follow-up POST when they fail after the defer).
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../../../src/discord/command.ts';

/** Longer than the router waits before deferring (1.5 s), well within Discord's 3 s. */
export const SLOW_MS = 1700;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers `content` after SLOW_MS. */
export function slowCommand(name = 'slow', content = 'fini'): Command {
  return {
    data: new SlashCommandBuilder().setName(name).setDescription('takes its time'),
    async execute() {
      await sleep(SLOW_MS);
      return { content };
    },
  };
}

/** Throws after SLOW_MS, once the interaction is deferred: the user gets an ephemeral follow-up. */
export function slowFailingCommand(name = 'slowboom'): Command {
  return {
    data: new SlashCommandBuilder().setName(name).setDescription('fails after deferring'),
    async execute() {
      await sleep(SLOW_MS);
      throw new Error('late failure');
    },
  };
}
