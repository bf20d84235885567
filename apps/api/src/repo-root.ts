import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder holding data/ (the repository, or /app in the image), found from this file up. */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'data', 'neighbourhoods'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
