// The real discord.js client against the local fake Discord: every command, autocomplete, buttons, the context menu,
// French and English locales. Assertions are about Discord mechanics, not the engine's exact wording.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/discord/limits.ts';
import { decodeCustomId } from '../../src/discord/custom-id.ts';
import type { Engine } from '../../src/search/types.ts';
import {
  autocomplete,
  button,
  messageContextMenu,
  slashCommand,
  stringOption,
  subcommand,
  type Option,
} from '../fake-discord/payloads.ts';
import { breakableEngine } from './helpers/engine.ts';
import { expectWellFormed as expectLimits } from './helpers/limits-check.ts';
import { startHarness, tokenLeaks, type CallbackBody, type Embed, type Harness } from './helpers/harness.ts';

const EPHEMERAL = 64;
let h: Harness;
let engine: Engine;
let breakAsk: (on: boolean) => void;

beforeAll(async () => {
  ({ engine, breakAsk } = await breakableEngine());
  h = await startHarness(engine);
});
afterAll(async () => {
  await h?.stop();
});

const slash = (name: string, options: Option[] = [], locale = 'fr') =>
  h.send(slashCommand(name, options, h.who(locale)));

/** What every message the bot sends must satisfy, whatever it says. */
function expectWellFormed(body: CallbackBody): void {
  expectLimits(body.data!);
}

const text = (e: Embed) =>
  [e.title, e.author?.name, e.description, ...(e.fields ?? []).map((f) => f.value)].join('\n');
const labels = (b: CallbackBody) =>
  (b.data?.components ?? []).flatMap((r) => r.components.map((c) => c.label));

describe.each([
  [
    'fr',
    {
      context: 'Contexte',
      next: 'Suivant ▶',
      source: 'Phrase source',
      noMatch: "Je n'ai rien trouvé sur « ",
    },
  ],
  [
    'en-US',
    { context: 'Context', next: 'Next ▶', source: 'Source sentence', noMatch: 'I found nothing about “' },
  ],
] as const)('locale %s', (locale, L) => {
  it('/ask answers with an embed, localized labels and a Context button', async () => {
    const body = await slash(
      'ask',
      [stringOption('question', 'Qui a dit que les talibans doivent respecter leurs engagements ?')],
      locale,
    );
    expect(body.type).toBe(4);
    expectWellFormed(body);
    expect(body.data!.flags ?? 0).toBe(0);
    const e = body.data!.embeds![0]!;
    expect(e.fields!.at(-1)!.name).toContain(L.source);
    expect(labels(body)).toContain(L.context);
  });

  it('/who, /when and /search answer with embeds', async () => {
    for (const [name, opt, value] of [
      ['who', 'quote', 'doivent respecter leurs engagements'],
      ['when', 'query', 'Blinken talibans'],
      ['search', 'query', 'ambassade Kaboul'],
    ] as const) {
      const body = await slash(name, [stringOption(opt, value)], locale);
      expect(body.type, name).toBe(4);
      expectWellFormed(body);
      expect(body.data!.embeds!.length, name).toBeGreaterThan(0);
    }
  });

  it('/said speaker:kortunov works with free text (no suggestion picked)', async () => {
    const body = await slash('said', [stringOption('speaker', 'kortunov')], locale);
    expectWellFormed(body);
    expect(text(body.data!.embeds![0]!)).toMatch(/Kortunov/);
  });

  it('/speakers, /timeline, /article info and /help', async () => {
    for (const [name, options] of [
      ['speakers', []],
      ['timeline', []],
      ['article', [subcommand('info')]],
    ] as const) {
      const body = await slash(name, [...options], locale);
      expectWellFormed(body);
      expect(body.data!.embeds!.length, name).toBe(1);
    }
    const help = await slash('help', [], locale);
    expectWellFormed(help);
    expect(help.data!.flags).toBe(EPHEMERAL);
    expect(text(help.data!.embeds![0]!)).toContain(locale === 'fr' ? '/question' : '/ask');
  });

  it('no match: a short ephemeral reply echoing the (escaped) question, ≤ 3 suggestions', async () => {
    const body = await slash('search', [stringOption('query', 'xyzzy **plugh** @everyone')], locale);
    expectWellFormed(body);
    expect(body.data!.flags).toBe(EPHEMERAL);
    expect(body.data!.embeds ?? []).toHaveLength(0);
    expect(body.data!.content).toContain(L.noMatch);
    expect(body.data!.content).toContain('\\*\\*plugh\\*\\*');
    expect(body.data!.content).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(body.data!.content!.split('\n').filter((l) => l.startsWith('• ')).length).toBeLessThanOrEqual(3);
  });

  it('the message context menu searches the message text', async () => {
    const body = await h.send(
      messageContextMenu('Search the article', 'Que pense Kortunov des talibans ?', h.who(locale)),
    );
    expectWellFormed(body);
    expect(body.type).toBe(4);
    const empty = await h.send(messageContextMenu('Search the article', '   ', h.who(locale)));
    expect(empty.data!.flags).toBe(EPHEMERAL);
  });
});

describe('autocomplete', () => {
  it('empty speaker input lists all speakers; ≤ 25 choices, names ≤ 100, short values', async () => {
    const body = await h.send(autocomplete('said', [stringOption('speaker', '', true)], h.who()));
    expect(body.type).toBe(8);
    const choices = body.data!.choices!;
    expect(choices.length).toBe(Math.min(engine.speakers().length, 25));
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.some((c) => /Kortunov/.test(c.name))).toBe(true);
  });

  it('a picked speaker (its id) works like typed text', async () => {
    const body = await h.send(autocomplete('said', [stringOption('speaker', 'Kort', true)], h.who()));
    const pick = body.data!.choices!.find((c) => /Kortunov/.test(c.name))!;
    const answer = await slash('said', [stringOption('speaker', pick.value)]);
    expect(text(answer.data!.embeds![0]!)).toMatch(/Kortunov/);
  });

  it('/who suggests statements as you type, and a picked one answers with its speaker', async () => {
    const body = await h.send(autocomplete('who', [stringOption('quote', 'talibans', true)], h.who('en-US')));
    const choices = body.data!.choices!;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    const answer = await slash('who', [stringOption('quote', choices[0]!.value)]);
    expectWellFormed(answer);
    expect(answer.data!.embeds).toHaveLength(1);
  });

  it('is answered within the 3-second deadline', async () => {
    const started = Date.now();
    await h.send(autocomplete('who', [stringOption('quote', 'a', true)], h.who()));
    expect(Date.now() - started).toBeLessThan(LIMITS.interactionDeadlineMs);
  });
});

describe('buttons', () => {
  async function multiResult(): Promise<CallbackBody> {
    for (const q of ['talibans', 'Moscou', 'Kaboul', 'Russie']) {
      const body = await slash('search', [stringOption('query', q)]);
      if (labels(body).includes('Suivant ▶')) return body;
    }
    throw new Error('no query with several results');
  }

  it('Next pages through results by updating the message; the state is in the custom id', async () => {
    const first = await multiResult();
    const next = first.data!.components![0]!.components.find((c) => c.label === 'Suivant ▶')!;
    const state = decodeCustomId(next.custom_id);
    expect(state).toMatchObject({ kind: 'page', page: 1 });
    const page2 = await h.send(button(next.custom_id, first.data!, h.who()));
    expect(page2.type).toBe(7);
    expectWellFormed(page2);
    expect(page2.data!.embeds![0]!.footer!.text).toMatch(/2\/\d+/);
    // Same title as the first page: it is read back from the message, not remembered.
    expect(page2.data!.embeds![0]!.title).toBe(first.data!.embeds![0]!.title);
    const prev = page2.data!.components![0]!.components.find((c) => c.label === '◀ Précédent')!;
    expect(prev.disabled).toBe(false);
  });

  it('Context shows the whole paragraph, ephemerally, in the presser’s language', async () => {
    const first = await slash('ask', [
      stringOption('question', 'Qui a dit que les talibans doivent respecter leurs engagements ?'),
    ]);
    const ctx = first.data!.components![0]!.components.find((c) => c.label === 'Contexte')!;
    const body = await h.send(button(ctx.custom_id, first.data!, h.who('en-GB')));
    expect(body.type).toBe(4);
    expectWellFormed(body);
    expect(body.data!.flags).toBe(EPHEMERAL);
    expect(body.data!.embeds![0]!.title).toMatch(/^Paragraph \d+$/);
  });

  it('a button whose result is gone, or a foreign custom id, gets a short ephemeral notice', async () => {
    for (const id of ['ans:n:a:1:st99998,st99999', 'ctx:st99999', 'something-else']) {
      const body = await h.send(button(id, { embeds: [] }, h.who()));
      expect(body.type).toBe(4);
      expect(body.data!.flags).toBe(EPHEMERAL);
      expect(body.data!.allowed_mentions).toEqual({ parse: [] });
    }
  });
});

describe('failures', () => {
  it('an engine error gives a short ephemeral message, logs the full error, and the bot goes on', async () => {
    breakAsk(true);
    const body = await slash('ask', [stringOption('question', 'boom')]);
    breakAsk(false);
    expect(body.data!.flags).toBe(EPHEMERAL);
    expect(body.data!.content).toMatch(/Désolé/);
    expect(body.data!.content).not.toMatch(/exploded/);
    const line = h.logs.find((l) => l.includes('interaction-failed'))!;
    expect(JSON.parse(line).err.stack).toMatch(/engine exploded on purpose/);
    const after = await slash('speakers');
    expect(after.data!.embeds).toHaveLength(1);
  });

  it('a command this build does not know (stale registration) gets a short ephemeral message', async () => {
    const body = await slash('removed-command');
    expect(body.data!.flags).toBe(EPHEMERAL);
    expect(body.data!.allowed_mentions).toEqual({ parse: [] });
  });

  // REST 429/500, expired tokens, bursts and floods: test/reliability/discord-faults.test.ts.

  it('logs one JSON line per event with the shard id, and never the token', () => {
    expect(h.logs.length).toBeGreaterThan(10);
    for (const l of h.logs) expect(JSON.parse(l).shard).toBe(0);
    expect(tokenLeaks(h.fake.requests, h.logs)).toEqual([]);
  });

  it('connects with the Guilds intent only', () => {
    expect(h.fake.identifies.map((i) => i.intents)).toEqual([1]);
  });
});
