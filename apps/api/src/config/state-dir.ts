import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest directory upwards holding pnpm-workspace.yaml, else the working directory. */
export function findRepoRoot(start: string = process.cwd()): string {
  let current = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(current, 'pnpm-workspace.yaml'))) {
      return current;
    }
    const parent = path.dirname(current);
    if (parent === current) {
      return process.cwd();
    }
    current = parent;
  }
}

export function resolveStateDir(configured: string | undefined): string {
  return path.resolve(configured ?? path.join(findRepoRoot(), '.kushim'));
}
