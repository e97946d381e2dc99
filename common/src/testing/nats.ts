import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { BusConfig } from '../config/bus';
import { connectNatsBus } from '../events/nats/connection';

const LOCAL_NATS = 'nats://127.0.0.1:4222';

/** Where the NATS tests run, or why they do not. */
export type NatsForTests = { url: string } | { skip: string } | { fail: string };

/** True when something at host:port greets like a NATS server (`INFO {…}`) within a second. Synchronous (test collection is). */
function natsAnswers(host: string, port: number): boolean {
  const probe = `const s=require('net').connect(${port},${JSON.stringify(host)});s.setTimeout(1000,()=>process.exit(1));s.on('error',()=>process.exit(1));s.once('data',(d)=>process.exit(String(d).startsWith('INFO ')?0:1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

/**
 * Selects the NATS tests: `NATS_URL` when set (it must answer); otherwise nats://127.0.0.1:4222 when a
 * NATS server answers there; otherwise they are skipped with a visible notice, or fail when
 * `REQUIRE_NATS=true` (CI, where a server must be present).
 */
export function natsForTests(env: NodeJS.ProcessEnv = process.env, localAnswers = () => natsAnswers('127.0.0.1', 4222)): NatsForTests {
  if (env.NATS_URL) return { url: env.NATS_URL };
  if (localAnswers()) return { url: LOCAL_NATS };
  const why = `no NATS_URL and no NATS server on ${LOCAL_NATS}`;
  if (env.REQUIRE_NATS === 'true') return { fail: `REQUIRE_NATS=true but ${why}` };
  return { skip: `NATS bus tests skipped: ${why} (set NATS_URL, or REQUIRE_NATS=true to fail instead)` };
}

/**
 * Registers `suite(url)` inside a describe when NATS is available; otherwise one visibly skipped test
 * (and a warning) naming why, or one failing test under REQUIRE_NATS=true.
 */
export function describeWithNats(title: string, suite: (url: string) => void): void {
  const nats = natsForTests();
  if ('url' in nats) return describe(title, () => suite(nats.url));
  if ('fail' in nats) return describe(title, () => test('a NATS server is reachable', () => { throw new Error(nats.fail); }));
  console.warn(nats.skip);
  describe(title, () => test.skip(nats.skip, () => undefined));
}

/** A bus config with a fresh random prefix (its own stream and subjects), and `drop()` that deletes its stream. */
export function natsTestBus(url: string): { bus: Extract<BusConfig, { kind: 'nats' }>; drop(): Promise<void> } {
  const bus = { kind: 'nats' as const, url, prefix: `t${randomBytes(5).toString('hex')}`, streamReplicas: 1 };
  return {
    bus,
    async drop() {
      const connection = await connectNatsBus(bus);
      await connection.jsm.streams.delete(connection.names.stream).catch(() => undefined);
      await connection.close();
    },
  };
}
