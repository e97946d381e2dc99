import { readFileSync } from 'node:fs';
import { withClient } from '@member-graph/common/db';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU milliseconds (user + system) a process has used, from /proc/<pid>/stat; 0 when it is gone or unreadable. */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Resident set size in MB, from /proc/<pid>/status. */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pids of the Postgres backends serving `database` (readable only when Postgres runs on this machine). */
export async function postgresBackends(databaseUrl: string, database: string): Promise<number[]> {
  const rows = await withClient(databaseUrl, (c) => c.query<{ pid: number }>(`select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [database]));
  return rows.rows.map((r) => r.pid).filter((pid) => cpuMs(pid) > 0 || readable(pid));
}

const readable = (pid: number) => {
  try {
    readFileSync(`/proc/${pid}/stat`);
    return true;
  } catch {
    return false;
  }
};

/** CPU ms per named process between `snapshot()` and `delta()`. */
export function cpuMeter(pids: Record<string, number[]>) {
  const read = () => Object.fromEntries(Object.entries(pids).map(([name, list]) => [name, list.reduce((n, pid) => n + cpuMs(pid), 0)]));
  let before = read();
  return {
    snapshot: () => void (before = read()),
    delta: (): Record<string, number> => {
      const now = read();
      return Object.fromEntries(Object.keys(now).map((k) => [k, now[k] - before[k]]));
    },
  };
}
