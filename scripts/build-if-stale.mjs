// prestart / pretest: compile to dist/ (npm run build) only when a source file is newer than the last build, so
// `npm start` on a fresh clone works and later starts skip the few seconds tsc takes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
// Written after each successful build (tsc itself leaves its files untouched when nothing changed).
const stamp = join(root, 'dist', '.built');
// data/: the default article's index is prebuilt with the code (src/default-engine.ts).
// package-lock.json: a new discord.js means a new bundle (scripts/bundle-vendor.mjs).
const inputs = [
  'src',
  'commands',
  'data',
  'scripts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
if (changed > built) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // What `npm run build` does after tsc: discord.js as one file, and the default article's index, for a start-up
  // without indexing.
  for (const step of [['scripts/bundle-vendor.mjs'], ['dist/src/build-index.js', '--prebuilt']])
    execFileSync(process.execPath, [join(root, step[0]), ...step.slice(1)], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  writeFileSync(stamp, new Date().toISOString() + '\n');
}
