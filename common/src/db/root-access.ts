import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The first folder on the way to `target` (itself included when it is a folder) that users other than
 * its owner and group cannot enter, or null. As root, Postgres runs as the `postgres` user, which must
 * be able to enter every folder above its binaries and its data directory.
 */
export function firstBlockedFolder(target: string): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of ['', ...parts]) {
    current = part ? path.join(current, part) : current;
    if (!existsSync(current)) return null; // created later, by the owner of the nearest existing folder
    const stat = statSync(current);
    if (!stat.isDirectory()) return null;
    if ((stat.mode & 0o001) === 0) return current;
  }
  return null;
}
