import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db';
import { runOncePerPeriod, type JobDefinition } from '../src/jobs';
import { createTestDatabase } from '../src/testing';

/**
 * The scheduler's rule, with two replicas as two connection pools on one database: however many
 * timers fire in a period, the job runs once in it; a failed run gives the period back.
 */
/** Long periods: the test never straddles a period boundary. */
const YEAR_MS = 365 * 86_400_000;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
const replicas: DataSource[] = [];

beforeAll(async () => {
  db = await createTestDatabase('jobs');
  for (let i = 0; i < 2; i++) {
    const { dataSource } = createDataSource({ url: db.url, schema: 'service', entities: [] });
    replicas.push(await dataSource.initialize());
  }
});
afterAll(async () => {
  for (const ds of replicas) await ds.destroy();
  await db?.drop();
});

const runsOf = async (job: string) => (await replicas[0].query(`select period::text, runner from service.job_runs where job = $1 order by period`, [job])) as { period: string; runner: string }[];

test('timers of two replicas firing in one period run the job once, and the run is recorded', async () => {
  let runs = 0;
  const job: JobDefinition = { name: 'test.once', everyMs: YEAR_MS, run: async () => void runs++ };
  const fired = await Promise.all([...replicas, ...replicas].map((ds) => runOncePerPeriod(ds, 'service', job)));
  expect(runs).toBe(1);
  expect(fired.filter(Boolean)).toHaveLength(1);
  expect(await runsOf('test.once')).toEqual([{ period: String(Math.floor(Date.now() / YEAR_MS)), runner: expect.stringContaining(`:${process.pid}`) }]);
  // the next timer in the same period finds it taken
  expect(await runOncePerPeriod(replicas[1], 'service', job)).toBe(false);
  expect(runs).toBe(1);
});

test('a run that fails gives its period back, so another replica retries it', async () => {
  let attempts = 0;
  const job: JobDefinition = {
    name: 'test.retry',
    everyMs: YEAR_MS,
    run: async () => {
      if (++attempts === 1) throw new Error('database went away');
    },
  };
  await expect(runOncePerPeriod(replicas[0], 'service', job)).rejects.toThrow('database went away');
  expect(await runsOf('test.retry')).toEqual([]);
  expect(await runOncePerPeriod(replicas[1], 'service', job)).toBe(true);
  expect(attempts).toBe(2);
  expect(await runsOf('test.retry')).toHaveLength(1);
});
