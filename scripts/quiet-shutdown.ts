import { format } from 'node:util';

/**
 * Messages that only say the database went away: from the background work being torn down (relays,
 * consumers, jobs, the connection pools) or a connection cut mid-query.
 */
const EXPECTED_AT_SHUTDOWN =
  /^\[(relay|consumer|job|typeorm) |terminating connection due to administrator command|the database system is shutting down|Connection terminated|ECONNREFUSED|ECONNRESET/;

/**
 * From now on, console warnings and errors caused by the database going away are dropped; any other
 * message still prints. A terminal's Ctrl-C reaches the embedded Postgres at the same moment as the
 * launcher (one process group), so its connections are cut while the servers close in order.
 */
export function quietShutdown(): void {
  for (const level of ['warn', 'error'] as const) {
    const print = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      if (!EXPECTED_AT_SHUTDOWN.test(format(...args))) print(...args);
    };
  }
}
