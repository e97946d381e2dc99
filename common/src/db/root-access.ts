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

/**
 * Refuses, with one sentence saying what to do, to start an embedded Postgres as root where the
 * `postgres` user cannot reach its binaries or data (e.g. a clone under /root): initdb would otherwise
 * fail with an EACCES stack trace.
 */
export function assertReachableByPostgresUser(paths: { binaries: string; dataDir: string }): void {
  if (process.getuid?.() !== 0) return;
  for (const [what, target] of [['its programs', paths.binaries], ['its data directory', paths.dataDir]] as const) {
    const blocked = firstBlockedFolder(target);
    if (blocked) {
      throw new Error(
        `Embedded Postgres cannot start: run as root, it runs as the "postgres" user, who cannot enter ${blocked} to reach ${what}; ` +
          `clone the project into a folder others may enter (e.g. under /srv), run as a normal user, set EMBEDDED_PG_DIR elsewhere, or set DATABASE_URL.`,
      );
    }
  }
}
