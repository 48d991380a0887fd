// The CLI on input test/cli.test.ts does not already cover (it has the empty, 10 000-character and binary question,
// and the missing and empty article): hard article files are refused with one line and no stack trace, and --batch
// survives hostile lines (one answer or one error line per line in, exit 0).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/load.ts';

const CLI = join(ROOT, 'src', 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'cli-hard-'));

function cli(args: string[], input: string | Buffer = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('CLI with hard input', () => {
  it.each([
    [
      'a binary article file (NUL bytes)',
      () => file('binary.txt', Buffer.from([0x4c, 0x65, 0, 0, 0xff, 0xfe, 0x01])),
    ],
    ['a whitespace-only article file', () => file('blank.txt', ' \n\t\r\n   \n')],
    [
      'a directory as the article',
      () => (mkdirSync(join(dir, 'folder.txt'), { recursive: true }), join(dir, 'folder.txt')),
    ],
    [
      'an article with invalid metadata JSON',
      () => (file('meta.json', '{ not json'), file('meta.txt', 'Le ministre a dit que tout va bien.')),
    ],
  ])('%s: non-zero exit, one line on stderr, no stack trace', (_what, make) => {
    const r = cli(['--article', make(), 'Qui a parlé ?']);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^error: /);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('--batch --json: one line out per hostile line in, exit 0', () => {
    const lines = [
      'Qui a dit que les talibans doivent respecter leurs engagements ?',
      'x'.repeat(10_000),
      '\u0000\u0001binary\u0002',
      "@everyone <@&123> '^$|!= (.*a){20} 😀 مرحبا e\u0301",
      '\uD800 lone surrogate',
      '**markdown** `code` ||spoiler||',
    ];
    const r = cli(['--batch', '--json'], lines.join('\n') + '\n');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n');
    expect(out).toHaveLength(lines.length);
    for (const line of out) {
      const obj = JSON.parse(line) as { found?: boolean; error?: string };
      expect(typeof obj.found === 'boolean' || typeof obj.error === 'string', line.slice(0, 200)).toBe(true);
    }
  });
});
