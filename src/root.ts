// The project's root folder (where package.json and data/ are), found by walking up from the calling module, so the
// same code finds data/ when run from src/ with tsx and from dist/src/ as compiled JavaScript.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function packageRoot(from: string = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
