// `npm run build` (and prestart): discord.js and everything it requires as one file, dist/vendor/discord.js, which the
// compiled bot imports as `#discord.js` under node's `bundled` condition (package.json "imports", npm start's flags).
// Why: discord.js is about 400 files across a dozen packages; node resolves, reads and compiles each one, which was the
// largest single part of the bot's start-up (about 350 ms of the second it had, on this 2-core machine) and about
// 15 MB of its memory. One minified file loads in a fraction of that (npm run bench, start-up). Same code, same
// version: the file is rebuilt from node_modules/discord.js whenever the build runs.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist', 'vendor');
mkdirSync(out, { recursive: true });

// discord.js is CommonJS: name its exports one by one, so the ESM bundle has the same named exports as the package.
const names = Object.keys(createRequire(join(root, 'package.json'))('discord.js')).filter(
  (n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default',
);
const entry = join(out, 'discord-entry.mjs');
writeFileSync(
  entry,
  `import d from 'discord.js';\nexport default d;\nexport const { ${names.join(', ')} } = d;\n`,
);

await build({
  entryPoints: [entry],
  outfile: join(out, 'discord.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  // discord.js reads constructor names in places (errors, toString): keep them.
  keepNames: true,
  // Optional native speed-ups of ws and @discordjs/ws: loaded when installed, as without the bundle.
  external: ['zlib-sync', 'bufferutil', 'utf-8-validate', 'erlpack'],
  // Bundled CommonJS calls require() for node's own modules.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  absWorkingDir: root,
  logLevel: 'warning',
  legalComments: 'eof',
});
