import type { DataSource } from 'typeorm';

/** A periodic job owned by one subgraph; `run` must be idempotent (running it twice changes nothing). */
export interface JobDefinition {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs `job.run` under a session advisory lock named after the job, so with N replicas each run
 * happens on one of them; returns false when another replica holds the lock.
 */
export async function runExclusive(dataSource: DataSource, job: Pick<JobDefinition, 'name' | 'run'>): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`select pg_try_advisory_lock(hashtext($1)) as locked`, [`member-graph:job:${job.name}`]);
    if (!locked) return false;
    try {
      await job.run();
      return true;
    } finally {
      await runner.query(`select pg_advisory_unlock(hashtext($1))`, [`member-graph:job:${job.name}`]);
    }
  } finally {
    await runner.release();
  }
}

/** Starts the jobs on timers (unref'd); returns a stop function that waits for runs in flight. */
export function scheduleJobs(dataSource: DataSource, jobs: JobDefinition[], onError: (job: string, e: unknown) => void) {
  const inFlight = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      const p = runExclusive(dataSource, job)
        .catch((e) => onError(job.name, e))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return async () => {
    timers.forEach(clearInterval);
    await Promise.all(inFlight);
  };
}
