import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { ident } from '../events/sql';

/** A periodic job owned by one subgraph; `run` must be idempotent (running it twice changes nothing). */
export interface JobDefinition {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/** How long a subgraph keeps the record of its scheduled runs. */
const KEEP_RUNS_DAYS = 7;

const lockName = (job: string) => `member-graph:job:${job}`;

/**
 * Runs `job.run` under a session advisory lock named after the job, so with N replicas each run
 * happens on one of them; returns false when another replica holds the lock.
 */
export async function runExclusive(dataSource: DataSource, job: Pick<JobDefinition, 'name' | 'run'>): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`select pg_try_advisory_lock(hashtext($1)) as locked`, [lockName(job.name)]);
    if (!locked) return false;
    try {
      await job.run();
      return true;
    } finally {
      await runner.query(`select pg_advisory_unlock(hashtext($1))`, [lockName(job.name)]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * What the scheduler runs on every replica's timer: once per period across replicas. The period is
 * the database clock's `epoch ms / everyMs` (one clock for every machine); the first replica whose
 * timer fires in a period records it in `<schema>.job_runs` and runs the job under the advisory lock,
 * the others find the period taken and skip. A failed run gives its period back, so another replica
 * may retry it. Returns whether this call ran the job.
 */
export async function runOncePerPeriod(dataSource: DataSource, schema: string, job: JobDefinition): Promise<boolean> {
  const runs = `${ident(schema)}.job_runs`;
  let period: string | undefined;
  const ran = await runExclusive(dataSource, {
    name: job.name,
    run: async () => {
      const claimed = await dataSource.query(
        `insert into ${runs} (job, period, runner) values ($1, floor(extract(epoch from clock_timestamp()) * 1000 / $2)::bigint, $3)
         on conflict do nothing returning period`,
        [job.name, job.everyMs, `${hostname()}:${process.pid}`],
      );
      if (claimed.length === 0) return;
      period = String(claimed[0].period);
      try {
        await job.run();
      } catch (error) {
        await dataSource.query(`delete from ${runs} where job = $1 and period = $2`, [job.name, period]);
        throw error;
      }
      await dataSource.query(`update ${runs} set finished_at = now() where job = $1 and period = $2`, [job.name, period]);
      await dataSource.query(`delete from ${runs} where job = $1 and started_at < now() - make_interval(days => $2)`, [job.name, KEEP_RUNS_DAYS]);
    },
  });
  return ran && period !== undefined;
}

/**
 * Starts the jobs on timers (unref'd), each run once per period across replicas (`runOncePerPeriod`);
 * returns a stop function that waits for runs in flight.
 */
export function scheduleJobs(dataSource: DataSource, schema: string, jobs: JobDefinition[], onError: (job: string, e: unknown) => void) {
  const inFlight = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      const p = runOncePerPeriod(dataSource, schema, job)
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
