// The npm scripts as a user runs them: `npm start` without a token, and `npm run deploy` against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/server.ts';
import { cleanEnv, runScript } from './helpers/spawn.ts';
import { TOKEN } from './helpers/harness.ts';
import { COMMAND_NAMES } from './helpers/command-names.ts';

describe('npm start', () => {
  it('without a token exits 1 with one line saying what to set and pointing at npm run ask', async () => {
    const r = await runScript('start', cleanEnv());
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DISCORD_TOKEN/);
    expect(lines[0]).toMatch(/npm run ask/);
    expect(r.stdout.trim()).toBe('');
  }, 30_000);

  it('with malformed settings exits 1 with one clear line per setting, never echoing the token', async () => {
    const r = await runScript(
      'start',
      cleanEnv({
        DISCORD_TOKEN: TOKEN,
        LOG_LEVEL: 'loud',
        COOLDOWN_MAX: 'five',
        DISCORD_API_URL: 'localhost',
      }),
    );
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.startsWith('Invalid setting: '))).toBe(true);
    expect(lines.join('\n')).toMatch(/LOG_LEVEL[\s\S]*COOLDOWN_MAX|COOLDOWN_MAX[\s\S]*LOG_LEVEL/);
    expect(lines.join('\n')).toContain('DISCORD_API_URL');
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  }, 30_000);
});

describe('npm run deploy', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('registers every command in one bulk PUT for a guild, and is idempotent', async () => {
    const guild = fake.guilds[0]!;
    const env = cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: guild,
      DISCORD_API_URL: fake.apiUrl,
    });
    const runs = [await runScript('deploy', env), await runScript('deploy', env)];
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Registered ${COMMAND_NAMES.length} commands in guild ${guild}`);
      expect(r.stdout).toContain('/said');
      expect(r.stdout).not.toContain(TOKEN);
    }
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${guild}/commands`);
    expect(puts[0]!.headers.authorization).toBe(`Bot ${TOKEN}`);
    const names = (puts[0]!.body as { name: string }[]).map((c) => c.name).sort();
    expect(names).toEqual(COMMAND_NAMES);
    expect(puts[1]!.body).toEqual(puts[0]!.body);
  }, 45_000);

  it('registers globally when no guild is set, finding the application id itself', async () => {
    const r = await runScript('deploy', cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('globally');
    const put = fake.requests.filter((x) => x.method === 'PUT').at(-1)!;
    expect(put.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect((put.body as unknown[]).length).toBe(COMMAND_NAMES.length);
  }, 30_000);
});
